// `orderflow pushlog [ID]`: every push attempt, newest first.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "domain/OrderId.h"
#include "storage/ExportRepository.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdPushlog(const QStringList &args)
{
    Command c(QStringLiteral("orderflow pushlog [ID] [--limit N] [--offset K]: every push attempt (newest first), optionally of one order."));
    c.parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("order id, a unique prefix, or its last 8 characters"), QStringLiteral("[ID]"));
    const PagingOptions paging(c, QStringLiteral("attempts"));
    if (int r = c.parse(args); r >= 0)
        return r;
    Paging page;
    if (int r = paging.read(c, page); r >= 0)
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
    ExportRepository exports(**db);
    auto rows = exports.pushLog(id, page.limit, page.offset);
    if (!rows)
        return fail(rows.error().message);
    auto total = exports.pushLogCount(id);
    if (!total)
        return fail(total.error().message);
    if (!c.wantsJson())
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n").arg(QStringLiteral("STARTED"), -23).arg(QStringLiteral("ORDER"), -8).arg(QStringLiteral("ATTEMPT"), -9)
                     .arg(QStringLiteral("OUTCOME"), -11).arg(QStringLiteral("LATENCY"), QStringLiteral("ERROR"));
    QJsonArray a;
    for (const PushLogRecord &r : *rows) {
        a.append(pushLogJsonRow(r));
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  attempt %3  %4  %5 ms  %6\n").arg(r.startedAt, shortOrderId(r.orderId)).arg(r.attempt).arg(r.ack == QLatin1String("rejected") ? QStringLiteral("rejected") : r.outcome, -11).arg(r.latencyMs).arg(r.errorShown());
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    printTruncation(c, rows->size(), page.offset, *total, QStringLiteral("push attempts"));
    return Ok;
}

} // namespace

CliCommand pushlogCommand()
{
    return {QStringLiteral("pushlog"), {{QStringLiteral("pushlog [ID]"), QStringLiteral("push attempts")}}, cmdPushlog};
}

} // namespace orderflow::cli
