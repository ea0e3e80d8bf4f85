// `orderflow sources list|show|add|edit|disable|enable|remove` (ConfigEntityActions), and `orderflow sources status`:
// how each source is doing — last poll, last success, last error, paused until, backlog — as the running engine
// records it.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"
#include "cli/commands/ConfigEntityActions.h"

#include "storage/SourceStatusRepository.h"
#include "storage/SqlTime.h"

#include <QJsonArray>

namespace orderflow::cli {
namespace {

// One word for the operator: disabled, paused, failing (the last poll failed), ok, or never polled.
QString stateOf(const SourceStatusRow &r)
{
    const SourceStatus &s = r.status;
    if (!r.enabled)
        return QStringLiteral("disabled");
    if (!s.pausedUntil.isEmpty() && timeFromText(s.pausedUntil) > QDateTime::currentDateTimeUtc())
        return QStringLiteral("paused");
    if (!s.lastErrorAt.isEmpty() && s.lastErrorAt >= s.lastSuccessAt)
        return QStringLiteral("failing");
    if (!s.lastSuccessAt.isEmpty())
        return QStringLiteral("ok");
    return QStringLiteral("never polled");
}

int cmdSourcesStatus(const QStringList &args)
{
    Command c(QStringLiteral("orderflow sources status [--org SLUG]: each source's last poll, last success, last error, pause and backlog "
                             "(files waiting), as the running engine (`orderflow run`, the console) records them."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Only this organisation."), QStringLiteral("SLUG"));
    c.parser.addOption(org);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    if (c.parser.positionalArguments().first() != QLatin1String("status"))
        return fail(QStringLiteral("use `orderflow sources status`."), Usage);
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    auto rows = SourceStatusRepository(**db).list(c.parser.value(org));
    if (!rows)
        return fail(rows.error().message);
    if (c.wantsJson()) {
        QJsonArray a;
        for (const SourceStatusRow &r : *rows) {
            QJsonObject o = sourceStatusJson(r);
            o.insert(QStringLiteral("state"), stateOf(r));
            a.append(o);
        }
        printJson(a);
        return Ok;
    }
    if (rows->isEmpty())
        out() << "No sources. Add one with `orderflow sources add` or `orderflow config apply FILE`.\n";
    for (const SourceStatusRow &r : *rows) {
        const SourceStatus &s = r.status;
        const QString never = QStringLiteral("never");
        out() << QStringLiteral("%1  %2  %3  %4  last poll %5, last success %6, backlog %7\n")
                     .arg(r.sourceId, 4)
                     .arg(r.orgSlug + QLatin1Char('/') + r.name, -24)
                     .arg(r.type, -6)
                     .arg(stateOf(r), -12)
                     .arg(s.lastPollAt.isEmpty() ? never : s.lastPollAt, s.lastSuccessAt.isEmpty() ? never : s.lastSuccessAt,
                          s.backlog < 0 ? QStringLiteral("unknown") : QString::number(s.backlog));
        if (!s.lastError.isEmpty())
            out() << QStringLiteral("      ! %1 %2: %3\n").arg(s.lastErrorAt >= s.lastSuccessAt ? QStringLiteral("last error") : QStringLiteral("earlier error"),
                                                          s.lastErrorAt, s.lastError);
        if (stateOf(r) == QLatin1String("paused"))
            out() << QStringLiteral("      paused until %1 (earlier when its configuration or known_hosts changes)\n").arg(s.pausedUntil);
    }
    out().flush();
    return Ok;
}

int cmdSources(const QStringList &args)
{
    if (args.size() > 1 && args.at(1) == QLatin1String("status"))
        return cmdSourcesStatus(args);
    return runEntityAction(ConfigEntity::Source, args);
}

} // namespace

CliCommand sourcesCommand()
{
    return {QStringLiteral("sources"),
            {{QStringLiteral("sources list|show|add|edit|disable|enable|remove"), {}},
             {QString(), QStringLiteral("one partner source at a time, checked and audited")},
             {QStringLiteral("sources status"), QStringLiteral("each source's last poll, success, error, pause, backlog")}},
            cmdSources};
}

} // namespace orderflow::cli
