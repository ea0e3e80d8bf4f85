#include "transport/SftpConfig.h"

#include "secrets/SecretResolver.h"
#include "transport/SftpConfigSchema.h"
#include "transport/FileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace orderflow {
namespace {

const QString ConfigCode = QStringLiteral("config");

SecretSource sourceOf(const QString &field, const QString &envVar, const QString &reference)
{
    SecretSource source;
    source.field = field;
    source.envVar = envVar;
    source.reference = reference;
    return source;
}

} // namespace

Result<SftpConfig> SftpConfig::fromJson(const QJsonObject &config)
{
    const ConfigSchema &schema = sftpSettingsSchema();
    SftpConfig c;
    c.host = schema.stringValue(config, SftpKey::Host).trimmed();
    if (c.host.isEmpty())
        return Error(ConfigCode, QStringLiteral("SFTP configuration has no 'host'. Set the server's host name or address."));
    // A port written as text ("2222") is still taken, as it always was.
    const QJsonValue portValue = config.value(SftpKey::Port);
    c.port = portValue.isString() ? portValue.toString().toInt()
           : portValue.isUndefined() || portValue.isNull() ? int(schema.intValue(config, SftpKey::Port))
                                                            : portValue.toInt();
    if (c.port <= 0 || c.port > 65535)
        return Error(ConfigCode, QStringLiteral("SFTP port for %1 is invalid; use a number between 1 and 65535.").arg(c.host));
    c.user = schema.stringValue(config, SftpKey::User);
    if (c.user.isEmpty())
        c.user = schema.stringValue(config, SftpKey::Username);
    if (c.user.isEmpty())
        return Error(ConfigCode, QStringLiteral("SFTP configuration for %1:%2 has no 'user'.").arg(c.host).arg(c.port));
    c.keyFile = schema.stringValue(config, SftpKey::KeyFile);
    // A secret in the file would end up in config dumps and version control; the file only names where it is.
    for (const QString &field : {SftpKey::Password, SftpKey::KeyPassphrase}) {
        Result<SecretSource> source = secretSourceOf(config, field);
        if (!source)
            return Error(ConfigCode, QStringLiteral("SFTP configuration for %1: %2").arg(c.describe(), source.error().message));
        (field == SftpKey::Password ? c.passwordEnv : c.keyPassphraseEnv) = source->envVar;
        (field == SftpKey::Password ? c.passwordSecret : c.keyPassphraseSecret) = source->reference;
    }
    c.knownHostsPath = schema.stringValue(config, SftpKey::KnownHosts);
    if (c.knownHostsPath.isEmpty())
        c.knownHostsPath = defaultKnownHostsPath();
    const QString pin = schema.stringValue(config, SftpKey::Fingerprint).trimmed();
    if (!pin.isEmpty()) {
        c.pinnedFingerprint = normalizeFingerprint(pin);
        if (c.pinnedFingerprint.isEmpty())
            return Error(ConfigCode, QStringLiteral("The pinned host key fingerprint for %1:%2 is not of the form SHA256:… "
                                                    "(as printed by ssh-keygen -lf).").arg(c.host).arg(c.port));
    }
    c.connectTimeoutMs = int(schema.intValue(config, SftpKey::ConnectTimeoutMs));
    c.ioTimeoutMs = int(schema.intValue(config, SftpKey::IoTimeoutMs));
    if (c.connectTimeoutMs < 100 || c.ioTimeoutMs < 100)
        return Error(ConfigCode, QStringLiteral("SFTP timeouts for %1:%2 must be at least 100 ms.").arg(c.host).arg(c.port));

    if (c.keyFile.isEmpty() && !c.hasPassword())
        return Error(ConfigCode, QStringLiteral("SFTP configuration for %1 has neither 'key_file' nor a password ('password_env', or "
                                                "\"password\": {\"secret\": \"KIND/ID/password\"}); configure one way to authenticate.").arg(c.describe()));
    return c;
}

QString SftpConfig::describe() const
{
    return QStringLiteral("sftp://%1@%2:%3").arg(user, host).arg(port);
}

QString SftpConfig::passwordOrigin() const
{
    return sourceOf(SftpKey::Password, passwordEnv, passwordSecret).origin();
}

QString SftpConfig::keyPassphraseOrigin() const
{
    return sourceOf(SftpKey::KeyPassphrase, keyPassphraseEnv, keyPassphraseSecret).origin();
}

Result<QByteArray> SftpConfig::password() const
{
    return resolveSecretSource(sourceOf(SftpKey::Password, passwordEnv, passwordSecret), QStringLiteral("password for %1").arg(describe()));
}

Result<QByteArray> SftpConfig::keyPassphrase() const
{
    return resolveSecretSource(sourceOf(SftpKey::KeyPassphrase, keyPassphraseEnv, keyPassphraseSecret),
                               QStringLiteral("passphrase of key %1").arg(keyFile));
}

QString knownHostsStamp(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? QString::number(info.lastModified().toMSecsSinceEpoch()) + QLatin1Char('/') + QString::number(info.size()) : QString();
}

QString defaultKnownHostsPath()
{
    const QString fromEnv = qEnvironmentVariable("ORDERFLOW_KNOWN_HOSTS");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/orderflow/known_hosts");
}

QString normalizeFingerprint(const QString &fingerprint)
{
    QString fp = fingerprint.trimmed();
    if (fp.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        fp = fp.mid(7);
    while (fp.endsWith(QLatin1Char('=')))
        fp.chop(1);
    // SHA-256 is 32 bytes: 43 base64 characters without padding.
    if (fp.size() != 43)
        return {};
    for (const QChar ch : std::as_const(fp)) {
        if (!(ch.isLetterOrNumber() && ch.unicode() < 128) && ch != QLatin1Char('+') && ch != QLatin1Char('/'))
            return {};
    }
    return QStringLiteral("SHA256:") + fp;
}

} // namespace orderflow
