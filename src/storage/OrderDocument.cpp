#include "storage/OrderDocument.h"

#include "formats/export/ExportJson.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/ExportRepository.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>

namespace orderflow {

Result<std::optional<OrderDocument>> orderDocument(Database &db, const QString &orderId)
{
    OrderRepository orders(db);
    auto order = orders.load(orderId);
    if (!order) {
        if (order.error().code == QLatin1String("not_found"))
            return std::optional<OrderDocument>();
        return order.error();
    }
    ConfigRepository config(db);
    auto source = config.source(order->sourceId);
    ExportContext ctx;
    ctx.orgSlug = source ? source->orgSlug : QString();
    ctx.sourceName = source ? source->name : QString();
    auto status = orders.status(orderId);
    if (!status)
        return status.error();
    ExportRepository exports(db);
    QJsonArray exportRows, attempts;
    if (auto ex = exports.forOrder(orderId))
        for (const ExportRecord &r : *ex)
            exportRows.append(exportJsonRow(r));
    if (auto log = exports.pushLog(orderId, 1000))
        for (const PushLogRecord &r : *log)
            attempts.prepend(pushLogJsonRow(r));
    auto audit = AuditLog(db).forEntity(QStringLiteral("order"), orderId);
    OrderDocument out;
    out.orgId = order->orgId;
    out.json = QJsonObject{{QStringLiteral("order"), exportDocument(*order, ctx)}, {QStringLiteral("status"), *status},
                           {QStringLiteral("exports"), exportRows}, {QStringLiteral("push_attempts"), attempts},
                           {QStringLiteral("audit"), audit ? *audit : QJsonArray()}};
    return std::optional<OrderDocument>(out);
}

} // namespace orderflow
