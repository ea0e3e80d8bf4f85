#include "transport/SftpHostKeyTrust.h"

#include "transport/FileStore.h"
#include "transport/SftpLog.h"

namespace orderflow {

Result<HostAndPort> parseHostAndPort(const QString &text, int defaultPort)
{
    const QString t = text.trimmed();
    HostAndPort out;
    out.port = defaultPort;
    auto invalid = [&] {
        return Error(QStringLiteral("config"), QStringLiteral("'%1' is not HOST or HOST:PORT (use [ADDRESS]:PORT for IPv6).").arg(text));
    };
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid();
        out.host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return invalid();
            portText = rest.mid(1);
        }
    } else if (t.count(QLatin1Char(':')) == 1) {
        out.host = t.section(QLatin1Char(':'), 0, 0);
        portText = t.section(QLatin1Char(':'), 1);
    } else {
        out.host = t;   // a name, an IPv4 address or a bare IPv6 address
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        out.port = portText.toInt(&ok);
        if (!ok || out.port <= 0 || out.port > 65535)
            return invalid();
    }
    if (out.host.isEmpty() || out.host.contains(QLatin1Char(' ')))
        return invalid();
    return out;
}

Status trustHostKey(const QString &host, int port, const HostPublicKey &key, const QString &knownHostsPath)
{
    if (!key.isValid())
        return Error(FileError::HostKey, QStringLiteral("No host key to trust for %1:%2.").arg(host).arg(port));
    KnownHosts known(knownHostsPath.isEmpty() ? defaultKnownHostsPath() : knownHostsPath);
    if (Status loaded = known.load(); !loaded)
        return loaded;
    const QList<HostPublicKey> before = known.keysFor(host, port);
    if (before.size() == 1 && before.first() == key)
        return {};
    if (Status replaced = known.replace(host, port, key); !replaced)
        return replaced;
    qCInfo(lcSftp, "trusted host key %s %s for %s:%d in %s%s", qUtf8Printable(key.type), qUtf8Printable(key.fingerprint()), qUtf8Printable(host),
           port, qUtf8Printable(known.path()), before.isEmpty() ? "" : " (replacing the previous key)");
    return {};
}

Result<ServerHostKeyInfo> trustServerHostKey(const QString &host, int port, const QString &expectedFingerprint, const QString &knownHostsPath,
                                             int timeoutMs)
{
    const QString expected = normalizeFingerprint(expectedFingerprint);
    if (expected.isEmpty())
        return Error(QStringLiteral("config"), QStringLiteral("'%1' is not a SHA256 fingerprint as printed by ssh-keygen -lf (SHA256:…).").arg(expectedFingerprint));
    Result<ServerHostKeyInfo> info = SftpSession::scanHostKey(host, port, knownHostsPath, timeoutMs);
    if (!info)
        return info;
    if (info->fingerprint != expected)
        return Error(FileError::HostKey, QStringLiteral("%1:%2 presented %3 %4, not the expected %5; nothing was stored. Confirm the fingerprint "
                                                        "with the server's administrator.")
                                             .arg(host).arg(port).arg(info->key.type, info->fingerprint, expected));
    if (Status stored = trustHostKey(host, port, info->key, info->knownHostsPath); !stored)
        return stored.error();
    info->match = KnownHosts::Match::Known;
    info->knownKeys = {info->key};
    return info;
}

} // namespace orderflow
