// `orderflow inbound list`: received files and their parse results.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "storage/InboundRepository.h"

#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdInbound(const QStringList &args)
{
    Command c(QStringLiteral("orderflow inbound list [--status S] [--limit N] [--offset K]: received files (parsed, parse_error, duplicate) with their "
                             "errors, newest first."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S"));
    c.parser.addOption(status);
    const PagingOptions paging(c, QStringLiteral("files"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    Paging page;
    if (int r = paging.read(c, page); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    InboundRepository inbound(**db);
    auto rows = inbound.list(page.limit, c.parser.value(status), page.offset);
    if (!rows)
        return fail(rows.error().message);
    auto total = inbound.count(c.parser.value(status));
    if (!total)
        return fail(total.error().message);
    if (!c.wantsJson())
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n").arg(QStringLiteral("ID"), 6).arg(QStringLiteral("STATUS"), -11).arg(QStringLiteral("FILE"), QStringLiteral("ORDERS"),
                                                                   QStringLiteral("SOURCE"), QStringLiteral("ERROR"));
    QJsonArray a;
    for (const InboundRecord &r : *rows) {
        a.append(inboundJson(r));
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  %3  %4 orders  %5  %6\n").arg(r.id, 6).arg(r.status, -11).arg(r.remoteName).arg(r.orderCount).arg(r.sourceName, r.error);
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    printTruncation(c, rows->size(), page.offset, *total, QStringLiteral("files"));
    return Ok;
}

} // namespace

CliCommand inboundCommand()
{
    return {QStringLiteral("inbound"), {{QStringLiteral("inbound list"), QStringLiteral("received files and their parse results")}}, cmdInbound};
}

} // namespace orderflow::cli
