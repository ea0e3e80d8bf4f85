// `orderflow hostkey trust|show HOST[:PORT]`: an SFTP server's host key, and trusting it.
//
// hostkey trust HOST[:PORT] scans the server's key, shows it as OpenSSH does ("ED25519 key fingerprint is
// SHA256:…"), and stores it in OrderFlow's known_hosts after a "yes" on stdin — or, non-interactively, with --yes
// (first use only) or --fingerprint SHA256:… (pinned: refused when the server presents another key).
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "transport/SftpConfig.h"
#include "transport/SftpHostKeyTrust.h"
#include "transport/SftpSession.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace orderflow::cli {

namespace {

QString matchName(KnownHosts::Match m)
{
    switch (m) {
    case KnownHosts::Match::Known: return QStringLiteral("known");
    case KnownHosts::Match::Unknown: return QStringLiteral("unknown");
    case KnownHosts::Match::Changed: return QStringLiteral("changed");
    case KnownHosts::Match::Revoked: return QStringLiteral("revoked");
    }
    return {};
}

QJsonObject hostKeyJson(const ServerHostKeyInfo &info, const QString &status)
{
    QJsonArray known;
    for (const HostPublicKey &k : info.knownKeys)
        known.append(QString(k.type + QLatin1Char(' ') + k.fingerprint()));
    return QJsonObject{{QStringLiteral("host"), info.host}, {QStringLiteral("port"), info.port}, {QStringLiteral("key_type"), info.key.type},
                       {QStringLiteral("fingerprint"), info.fingerprint}, {QStringLiteral("known_hosts"), info.knownHostsPath},
                       {QStringLiteral("before"), matchName(info.match)}, {QStringLiteral("previous_keys"), known}, {QStringLiteral("status"), status}};
}

// What OpenSSH shows before it asks, so the operator sees the familiar lines.
void describeKey(QTextStream &s, const ServerHostKeyInfo &info)
{
    const QString who = hostArgument(info.host, info.port);
    switch (info.match) {
    case KnownHosts::Match::Known:
        s << QStringLiteral("The host key of %1 is already trusted in %2:\n").arg(who, info.knownHostsPath);
        break;
    case KnownHosts::Match::Unknown:
        s << QStringLiteral("The authenticity of host '%1' can't be established (no entry in %2).\n").arg(who, info.knownHostsPath);
        break;
    case KnownHosts::Match::Changed:
    case KnownHosts::Match::Revoked:
        s << QStringLiteral("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                            "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
                            "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                            "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY! %1 now presents a different key than %2 lists%3.\n")
                 .arg(who, info.knownHostsPath, info.match == KnownHosts::Match::Revoked ? QStringLiteral(" (the presented key is marked @revoked)") : QString());
        for (const HostPublicKey &k : info.knownKeys)
            s << QStringLiteral("Previously trusted: %1 key fingerprint is %2.\n").arg(opensshKeyName(k.type), k.fingerprint());
        break;
    }
    s << QStringLiteral("%1 key fingerprint is %2.\n").arg(opensshKeyName(info.key.type), info.fingerprint);
    s.flush();
}

int cmdHostKey(const QStringList &args)
{
    Command c(QStringLiteral("orderflow hostkey trust HOST[:PORT] | hostkey show HOST[:PORT]: show an SFTP server's host key fingerprint "
                             "(as OpenSSH prints it) and store it in OrderFlow's known_hosts after confirmation.\n"
                             "Non-interactive: --fingerprint SHA256:… pins the expected key (refused when the server presents another); "
                             "--yes trusts a first-seen key without asking (never a changed one)."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("trust or show"));
    c.parser.addPositionalArgument(QStringLiteral("host"), QStringLiteral("HOST, HOST:PORT or [ADDRESS]:PORT (default port 22)"));
    QCommandLineOption fingerprint(QStringLiteral("fingerprint"), QStringLiteral("Expected key fingerprint, SHA256:… as printed by ssh-keygen -lf."), QStringLiteral("FP"));
    QCommandLineOption knownHosts(QStringLiteral("known-hosts"), QStringLiteral("known_hosts file (default $ORDERFLOW_KNOWN_HOSTS or %1).").arg(defaultKnownHostsPath()), QStringLiteral("FILE"));
    QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Trust a key seen for the first time without asking."));
    QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Connect timeout in seconds (default 15)."), QStringLiteral("SECONDS"), QStringLiteral("15"));
    c.parser.addOptions({fingerprint, knownHosts, yes, timeout});
    if (int r = c.parse(args, 2); r >= 0)
        return r;
    quietTransportLog();
    const QStringList pos = c.parser.positionalArguments();
    const QString action = pos.first();
    if (action != QLatin1String("trust") && action != QLatin1String("show"))
        return fail(QStringLiteral("use `orderflow hostkey trust HOST[:PORT]` or `orderflow hostkey show HOST[:PORT]`."), Usage);
    Result<HostAndPort> hp = parseHostAndPort(pos.at(1));
    if (!hp)
        return fail(hp.error().message, Usage);
    const QString path = c.parser.isSet(knownHosts) ? c.parser.value(knownHosts) : defaultKnownHostsPath();
    bool timeoutOk = false;
    const double seconds = c.parser.value(timeout).toDouble(&timeoutOk);
    if (!timeoutOk || seconds <= 0)
        return fail(QStringLiteral("--timeout wants a number of seconds."), Usage);
    const int timeoutMs = int(seconds * 1000);
    const bool json = c.wantsJson();
    QTextStream &talk = json ? err() : out();

    if (action == QLatin1String("trust") && c.parser.isSet(fingerprint)) {
        if (normalizeFingerprint(c.parser.value(fingerprint)).isEmpty())
            return fail(QStringLiteral("'%1' is not a SHA256 fingerprint as printed by ssh-keygen -lf (SHA256:…).").arg(c.parser.value(fingerprint)), Usage);
        Result<ServerHostKeyInfo> before = SftpSession::scanHostKey(hp->host, hp->port, path, timeoutMs);
        Result<ServerHostKeyInfo> trusted = trustServerHostKey(hp->host, hp->port, c.parser.value(fingerprint), path, timeoutMs);
        if (!trusted) {
            if (json && before)
                printJson(hostKeyJson(*before, QStringLiteral("refused")));
            return fail(trusted.error().message, trusted.error().code == QLatin1String("config") ? Usage : ItemFailed);
        }
        if (before) {
            trusted->match = before->match;
            trusted->knownKeys = before->knownKeys;
        }
        const QString status = before && before->match == KnownHosts::Match::Known ? QStringLiteral("already_trusted") : QStringLiteral("trusted");
        if (json) {
            printJson(hostKeyJson(*trusted, status));
        } else {
            out() << QStringLiteral("%1 key fingerprint is %2.\n").arg(opensshKeyName(trusted->key.type), trusted->fingerprint);
            out() << (status == QLatin1String("trusted") ? QStringLiteral("Matches the pinned fingerprint; stored for %1 in %2.\n")
                                                          : QStringLiteral("Matches the pinned fingerprint; already trusted for %1 in %2.\n"))
                             .arg(hostArgument(hp->host, hp->port), trusted->knownHostsPath);
            out().flush();
        }
        return Ok;
    }

    Result<ServerHostKeyInfo> info = SftpSession::scanHostKey(hp->host, hp->port, path, timeoutMs);
    if (!info)
        return fail(info.error().message, info.error().code == QLatin1String("config") ? Usage : ItemFailed);
    if (action == QLatin1String("show")) {
        if (json)
            printJson(hostKeyJson(*info, matchName(info->match)));
        else
            describeKey(out(), *info);
        return Ok;
    }

    describeKey(talk, *info);
    if (info->match == KnownHosts::Match::Known) {
        if (json)
            printJson(hostKeyJson(*info, QStringLiteral("already_trusted")));
        return Ok;
    }
    const bool changed = info->match != KnownHosts::Match::Unknown;
    if (c.parser.isSet(yes) && changed)
        return fail(QStringLiteral("the host key of %1 CHANGED; --yes only trusts a key seen for the first time. Confirm the new fingerprint with the "
                                   "server's administrator, then run again without --yes (and answer the question) or with --fingerprint %2.")
                        .arg(hostArgument(hp->host, hp->port), info->fingerprint),
                    ItemFailed);
    if (!c.parser.isSet(yes)) {
        talk << (changed ? QStringLiteral("%1 this key for %2 in %3? (type yes or the new fingerprint / no): ")
                         : QStringLiteral("%1 this key for %2 in %3? (y/yes or the fingerprint / n/no): "))
                    .arg(changed ? QStringLiteral("Replace the trusted key with") : QStringLiteral("Trust"), hostArgument(hp->host, hp->port), info->knownHostsPath);
        talk.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed();
        // OpenSSH also accepts the fingerprint itself as the answer. A first-seen key may be trusted with "y" too; replacing a
        // CHANGED key takes the whole word "yes" (or the fingerprint), so a reflex keystroke cannot accept a possible attack.
        const bool word = answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
            || (!changed && answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0);
        const bool confirmed = word || (!answer.isEmpty() && normalizeFingerprint(answer) == info->fingerprint);
        if (!confirmed) {
            if (json)
                printJson(hostKeyJson(*info, QStringLiteral("refused")));
            return fail(QStringLiteral("not trusted (answer was '%1'); nothing was stored.%2")
                            .arg(answer.left(60), changed && answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
                                                      ? QStringLiteral(" Replacing a changed key takes the whole word 'yes'.")
                                                      : QString()),
                        ItemFailed);
        }
    }
    if (Status stored = trustHostKey(hp->host, hp->port, info->key, path); !stored)
        return fail(stored.error().message, Failure);
    if (json) {
        printJson(hostKeyJson(*info, QStringLiteral("trusted")));
    } else {
        out() << QStringLiteral("Stored %1 key %2 for %3 in %4.\n").arg(opensshKeyName(info->key.type), info->fingerprint, hostArgument(hp->host, hp->port), path);
        out().flush();
    }
    return Ok;
}

} // namespace

CliCommand hostKeyCommand()
{
    return {QStringLiteral("hostkey"), {{QStringLiteral("hostkey trust HOST[:PORT]"), QStringLiteral("trust an SFTP server's host key")}}, cmdHostKey};
}

} // namespace orderflow::cli
