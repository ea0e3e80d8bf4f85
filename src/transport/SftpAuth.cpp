#include "transport/SftpAuth.h"

#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"
#include "transport/SftpLibssh.h"
#include "transport/SftpWatchdog.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace orderflow::sftp {

Status authenticate(ssh_session ssh, const SftpConfig &config, const SftpWatchdog &watchdog)
{
    const QString who = msg::SftpUserOn(config.user, config.host, config.port);
    auto authError = [&](int rc, const QString &what) -> Error {
        if (watchdog.fired())
            return Error(FileError::Connection, QStringLiteral("%1 did not answer within %2 ms during authentication; OrderFlow retries later.")
                                                    .arg(config.describe()).arg(config.connectTimeoutMs));
        if (rc == SSH_AUTH_ERROR)
            return Error(FileError::Connection, QStringLiteral("Connection to %1 failed during %2: %3. OrderFlow retries later.").arg(config.describe(), what, sshErrorText(ssh)));
        return Error();
    };

    // No "none" probe first: OpenSSH delays every failed attempt by ~9 ms. The accepted methods are known after
    // the first real attempt anyway.
    int rc = SSH_AUTH_DENIED;
    auto methods = [&] { return ssh_userauth_list(ssh, nullptr); };
    QStringList rejected;
    bool triedAny = false;

    if (!config.keyFile.isEmpty()) {
        const QFileInfo keyInfo(config.keyFile);
        if (!keyInfo.exists())
            return Error(FileError::Auth, msg::SftpKeyFileMissing(config.keyFile, who));
        if (!keyInfo.isReadable())
            return Error(FileError::Auth, msg::SftpKeyFileUnreadable(config.keyFile, who));
        Result<QByteArray> passphrase = config.keyPassphrase();
        if (!passphrase)
            return passphrase.error();
        ssh_key key = nullptr;
        const QByteArray path = QFile::encodeName(config.keyFile);
        const int imported = ssh_pki_import_privkey_file(path.constData(), passphrase->isEmpty() ? nullptr : passphrase->constData(), nullptr, nullptr, &key);
        passphrase->fill('\0');
        if (imported != SSH_OK || !key) {
            return Error(FileError::Auth,
                         !config.hasKeyPassphrase()
                             ? msg::SftpKeyNotLoaded(config.keyFile, who)
                             : msg::SftpKeyWrongPassphrase(config.keyFile, who, config.keyPassphraseOrigin()));
        }
        rc = ssh_userauth_publickey(ssh, nullptr, key);
        ssh_key_free(key);
        triedAny = true;
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR)
            return authError(rc, QStringLiteral("public key authentication"));
        if (rc != SSH_AUTH_PARTIAL && (methods() & SSH_AUTH_METHOD_PUBLICKEY))
            rejected << msg::SftpThePrivateKey(config.keyFile);
    }

    if (config.hasPassword()) {
        Result<QByteArray> password = config.password();
        if (!password)
            return password.error();
        const int known = triedAny ? methods() : 0;
        if (known == 0 || (known & SSH_AUTH_METHOD_PASSWORD)) {
            rc = ssh_userauth_password(ssh, nullptr, password->constData());
            triedAny = true;
        }
        const int offeredNow = methods();
        if (rc == SSH_AUTH_DENIED && !(offeredNow & SSH_AUTH_METHOD_PASSWORD) && (offeredNow & SSH_AUTH_METHOD_INTERACTIVE)) {
            // Servers that only do PAM offer keyboard-interactive; answer each hidden prompt with the password.
            rc = ssh_userauth_kbdint(ssh, nullptr, nullptr);
            int rounds = 0;
            while (rc == SSH_AUTH_INFO && ++rounds < 5) {
                const int prompts = ssh_userauth_kbdint_getnprompts(ssh);
                for (int i = 0; i < prompts; ++i) {
                    char echo = 0;
                    ssh_userauth_kbdint_getprompt(ssh, unsigned(i), &echo);
                    ssh_userauth_kbdint_setanswer(ssh, unsigned(i), echo ? "" : password->constData());
                }
                rc = ssh_userauth_kbdint(ssh, nullptr, nullptr);
            }
        }
        password->fill('\0');
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR)
            return authError(rc, QStringLiteral("password authentication"));
        if (methods() & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE))
            rejected << msg::SftpThePasswordFrom(config.passwordOrigin());
    }

    const int accepted = methods();
    QStringList offered;
    if (accepted & SSH_AUTH_METHOD_PUBLICKEY) offered << QStringLiteral("publickey");
    if (accepted & SSH_AUTH_METHOD_PASSWORD) offered << QStringLiteral("password");
    if (accepted & SSH_AUTH_METHOD_INTERACTIVE) offered << QStringLiteral("keyboard-interactive");
    const QString offeredText = offered.isEmpty() ? QStringLiteral("none") : offered.join(QStringLiteral(", "));
    if (rejected.isEmpty())
        return Error(FileError::Auth, msg::SftpNoMatchingMethod(who, offeredText));
    return Error(FileError::Auth, msg::SftpAuthRejected(who, rejected.join(QStringLiteral(" and ")), offeredText));
}

} // namespace orderflow::sftp
