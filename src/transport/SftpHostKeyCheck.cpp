#include "transport/SftpHostKeyCheck.h"

#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"
#include "transport/SftpLibssh.h"
#include "transport/SftpLog.h"

namespace orderflow::sftp {
namespace {

QString fingerprintList(const QList<HostPublicKey> &keys)
{
    QStringList parts;
    for (const HostPublicKey &k : keys)
        parts.append(k.type + QLatin1Char(' ') + k.fingerprint());
    return parts.join(QStringLiteral(", "));
}

} // namespace

// Extracts the server's host key as type + blob, the way known_hosts stores it.
Result<HostPublicKey> serverHostKeyOf(ssh_session ssh, const QString &where)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(ssh, &key) != SSH_OK || !key)
        return Error(FileError::Connection, QStringLiteral("%1 did not present a host key: %2.").arg(where, sshErrorText(ssh)));
    char *b64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &b64);
    const char *typeName = ssh_key_type_to_char(ssh_key_type(key));
    HostPublicKey out;
    if (rc == SSH_OK && b64 && typeName)
        out = KnownHosts::parseKey(QString::fromLatin1(typeName), QString::fromLatin1(b64));
    ssh_string_free_char(b64);
    ssh_key_free(key);
    if (!out.isValid())
        return Error(FileError::HostKey, QStringLiteral("The host key presented by %1 could not be read.").arg(where));
    return out;
}

Status checkHostKey(const SftpConfig &config, const HostPublicKey &serverKey)
{
    const QString where = QStringLiteral("%1:%2").arg(config.host).arg(config.port);
    const QString fp = serverKey.fingerprint();

    KnownHosts known(config.knownHostsPath);
    if (Status loaded = known.load(); !loaded)
        return Error(FileError::HostKey, msg::HostKeyNotChecked(where, loaded.error().message));
    const KnownHosts::Lookup lookup = known.lookup(config.host, config.port, serverKey);

    if (lookup.match == KnownHosts::Match::Revoked) {
        qCDebug(lcSftp, "host key %s of %s is revoked", qUtf8Printable(fp), qUtf8Printable(where));
        return Error(FileError::HostKey,
                     msg::HostKeyRevoked(where, serverKey.type, fp, known.path(), lookup.line));
    }
    if (!config.pinnedFingerprint.isEmpty()) {
        if (fp == config.pinnedFingerprint) {
            if (lookup.match == KnownHosts::Match::Changed)
                qCWarning(lcSftp, "%s: host key %s matches the pinned fingerprint; %s lists another key for it (%s)",
                          qUtf8Printable(where), qUtf8Printable(fp), qUtf8Printable(known.path()), qUtf8Printable(fingerprintList(lookup.knownKeys)));
            return {};
        }
        qCDebug(lcSftp, "host key of %s is %s, pinned %s", qUtf8Printable(where), qUtf8Printable(fp), qUtf8Printable(config.pinnedFingerprint));
        return Error(FileError::HostKey,
                     msg::HostKeyMismatch(where, serverKey.type, fp, config.pinnedFingerprint));
    }
    switch (lookup.match) {
    case KnownHosts::Match::Known:
        return {};
    case KnownHosts::Match::Unknown:
        qCDebug(lcSftp, "host key of %s is unknown: %s %s", qUtf8Printable(where), qUtf8Printable(serverKey.type), qUtf8Printable(fp));
        return Error(FileError::HostKey,
                     msg::HostKeyUnknown(where, serverKey.type, fp, known.path()));
    case KnownHosts::Match::Changed:
    default:
        qCDebug(lcSftp, "HOST KEY CHANGED for %s: presented %s, known %s", qUtf8Printable(where), qUtf8Printable(fp),
                   qUtf8Printable(fingerprintList(lookup.knownKeys)));
        return Error(FileError::HostKey,
                     msg::HostKeyChanged(where, serverKey.type, fp, known.path(), lookup.line, fingerprintList(lookup.knownKeys)));
    }
}

} // namespace orderflow::sftp
