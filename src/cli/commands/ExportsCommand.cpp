// `orderflow exports list`: ERP exports with their status; overdue acks flagged.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "domain/OrderId.h"
#include "storage/ConfigRepository.h"
#include "storage/ExportRepository.h"
#include "storage/SqlTime.h"

#include <QHash>
#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdExports(const QStringList &args)
{
    Command c(QStringLiteral("orderflow exports list [--status S] [--limit N] [--offset K]: ERP exports with their status (PENDING, SENT, ACKED, FAILED), "
                             "newest first; overdue acks flagged."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S"));
    c.parser.addOption(status);
    const PagingOptions paging(c, QStringLiteral("exports"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    Paging page;
    if (int r = paging.read(c, page); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    ExportRepository exports(**db);
    auto rows = exports.list(page.limit, c.parser.value(status).toUpper(), page.offset);
    if (!rows)
        return fail(rows.error().message);
    auto total = exports.count(c.parser.value(status).toUpper());
    if (!total)
        return fail(total.error().message);
    if (!c.wantsJson())
        out() << QStringLiteral("%1  %2  %3  %4  %5\n").arg(QStringLiteral("ID"), 6).arg(QStringLiteral("STATUS"), -7).arg(QStringLiteral("ORDER"), -8)
                     .arg(QStringLiteral("FILE"), QStringLiteral("ERP ORDER / ERROR"));
    QHash<qint64, qint64> overdueMs;
    if (auto conns = ConfigRepository(**db).connections())
        for (const ConnectionRecord &cr : *conns)
            overdueMs.insert(cr.id, cr.ackOverdueMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray a;
    for (const ExportRecord &r : *rows) {
        QJsonObject o = exportJsonRow(r);
        const bool overdue = r.status == QLatin1String("SENT") && timeFromText(r.sentAt).msecsTo(now) > overdueMs.value(r.connectionId, 3600000);
        o.insert(QStringLiteral("ack_overdue"), overdue);
        a.append(o);
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  %3  %4  %5%6\n").arg(r.id, 6).arg(r.status, -7).arg(shortOrderId(r.orderId), r.fileName, r.erpOrderId.isEmpty() ? r.errorMessage : r.erpOrderId,
                                                                  overdue ? QStringLiteral("  ACK OVERDUE") : QString());
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    printTruncation(c, rows->size(), page.offset, *total, QStringLiteral("exports"));
    return Ok;
}

} // namespace

CliCommand exportsCommand()
{
    return {QStringLiteral("exports"), {{QStringLiteral("exports list"), QStringLiteral("ERP exports and ack status")}}, cmdExports};
}

} // namespace orderflow::cli
