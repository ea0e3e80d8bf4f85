#include "storage/OrderDetailRepository.h"

#include "storage/AuditLog.h"
#include "storage/OrderRowSql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace orderflow {
namespace {

QList<ValidationProblem> problemsFromJson(const QString &text)
{
    QList<ValidationProblem> out;
    const QJsonArray problems = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &p : problems)
        out.append({p.toObject().value(QStringLiteral("field")).toString(), p.toObject().value(QStringLiteral("message")).toString()});
    return out;
}

} // namespace

Result<std::optional<OrderDetailRecord>> OrderDetailRepository::get(const QString &orderId)
{
    // The summary's sort value is the received time: the detail is sorted by nothing.
    QSqlQuery &q = m_db.query(QStringLiteral(
        "SELECT %1, d.received_at, d.erp_customer_number, d.order_date, d.requested_delivery_date, d.notes, d.bill_to, d.ship_to, "
        "d.source_format, d.total_quantity, d.push_generation, d.approved_at, d.problems, d.inbound_id "
        "FROM draft_order d JOIN org o ON o.id = d.org_id JOIN source s ON s.id = d.source_id WHERE d.id = ?")
                                  .arg(orderrow::columns()));
    q.addBindValue(orderId);
    if (Status s = execQuery(q, QStringLiteral("reading order %1").arg(orderId)); !s)
        return s.error();
    if (!q.next())
        return std::optional<OrderDetailRecord>();
    OrderDetailRecord d;
    d.summary = orderrow::from(q);
    int i = orderrow::kColumnCount + 1;
    d.erpCustomerNumber = q.value(i++).toString();
    d.orderDate = q.value(i++).toString();
    d.deliveryDate = q.value(i++).toString();
    d.notes = q.value(i++).toString();
    d.billTo = orderrow::addressFromJson(q.value(i++).toString());
    d.shipTo = orderrow::addressFromJson(q.value(i++).toString());
    d.sourceFormat = q.value(i++).toString();
    d.totalQuantity = q.value(i++).toString();
    d.pushGeneration = q.value(i++).toInt();
    d.approvedAt = q.value(i++).toString();
    d.problems = problemsFromJson(q.value(i++).toString());
    const qint64 inboundId = q.value(i++).toLongLong();
    q.finish();

    QSqlQuery &lines = m_db.query(QStringLiteral("SELECT line_no, sku, partner_sku, gtin, description, quantity, unit, unit_price, line_total, "
                                                 "price_as_sent, price_basis_code, price_basis_quantity, price_basis_unit FROM order_line WHERE order_id = ? ORDER BY line_no"));
    lines.addBindValue(orderId);
    if (Status s = execQuery(lines, QStringLiteral("reading the lines of order %1").arg(orderId)); !s)
        return s.error();
    while (lines.next()) {
        OrderDetailRecord::Line l;
        l.lineNo = lines.value(0).toInt();
        l.sku = lines.value(1).toString();
        l.partnerSku = lines.value(2).toString();
        l.gtin = lines.value(3).toString();
        l.description = lines.value(4).toString();
        l.quantity = lines.value(5).toString();
        l.unit = lines.value(6).toString();
        l.unitPrice = lines.value(7).toString();
        l.lineTotal = lines.value(8).toString();
        l.priceAsSent = lines.value(9).toString();
        l.basisCode = lines.value(10).toString();
        l.basisQuantity = lines.value(11).toString();
        l.basisUnit = lines.value(12).toString();
        d.lines.append(l);
    }

    if (inboundId) {
        auto inbound = InboundRepository(m_db).get(inboundId);
        if (inbound)
            d.inbound = *inbound;
        else if (inbound.error().code != QLatin1String("not_found"))
            return inbound.error();
    }
    ExportRepository exports(m_db);
    auto exported = exports.forOrder(orderId);
    if (!exported)
        return exported.error();
    d.exports = *exported;
    auto attempts = exports.pushLog(orderId, kAttemptLimit);
    if (!attempts)
        return attempts.error();
    d.attempts = *attempts;
    auto trail = AuditLog(m_db).forEntity(QStringLiteral("order"), orderId);
    if (!trail)
        return trail.error();
    d.audit = *trail;
    return std::optional<OrderDetailRecord>(std::move(d));
}

} // namespace orderflow
