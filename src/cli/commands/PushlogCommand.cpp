// `orderflow pushlog [ID]`: every push attempt, newest first.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "storage/ExportRepository.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdPushlog(const QStringList &args)
{
    Command c(QStringLiteral("orderflow pushlog [ID]: every push attempt (newest first), optionally of one order."));
    c.parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("order id or unique prefix"), QStringLiteral("[ID]"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    c.parser.addOption(limit);
    if (int r = c.parse(args); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    QString id;
    if (!c.parser.positionalArguments().isEmpty()) {
        auto resolved = OrderRepository(**db).resolveId(c.parser.positionalArguments().first());
        if (!resolved)
            return fail(resolved.error().message, codeFor(resolved.error()));
        id = *resolved;
    }
    auto rows = ExportRepository(**db).pushLog(id, c.parser.value(limit).toInt());
    if (!rows)
        return fail(rows.error().message);
    QJsonArray a;
    for (const PushLogRecord &r : *rows) {
        a.append(pushLogJsonRow(r));
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  attempt %3  %4  %5 ms  %6\n").arg(r.startedAt, r.orderId.left(8)).arg(r.attempt).arg(r.ack == QLatin1String("rejected") ? QStringLiteral("rejected") : r.outcome, -11).arg(r.latencyMs).arg(r.errorShown());
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    return Ok;
}

} // namespace

CliCommand pushlogCommand()
{
    return {QStringLiteral("pushlog"), {{QStringLiteral("pushlog [ID]"), QStringLiteral("push attempts")}}, cmdPushlog};
}

} // namespace orderflow::cli
