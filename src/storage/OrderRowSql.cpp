#include "storage/OrderRowSql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace orderflow::orderrow {

QString columns()
{
    return QStringLiteral("d.id, d.rowid, d.org_id, o.slug, s.name, d.order_number, d.customer_name, d.customer_partner_id, d.state, "
                          "d.line_count, d.net_amount, d.currency, d.received_at, d.updated_at, d.last_error");
}

OrderRow from(const QSqlQuery &q)
{
    OrderRow r;
    int i = 0;
    r.id = q.value(i++).toString();
    r.rowId = q.value(i++).toLongLong();
    r.orgId = q.value(i++).toLongLong();
    r.orgSlug = q.value(i++).toString();
    r.sourceName = q.value(i++).toString();
    r.orderNumber = q.value(i++).toString();
    r.customerName = q.value(i++).toString();
    r.partnerId = q.value(i++).toString();
    r.state = stateFromName(q.value(i++).toString()).value_or(OrderState::Received);
    r.lineCount = q.value(i++).toInt();
    r.netAmount = q.value(i++).toString();
    r.currency = q.value(i++).toString();
    r.receivedAt = q.value(i++).toString();
    r.updatedAt = q.value(i++).toString();
    r.lastError = q.value(i++).toString();
    r.sortValue = q.value(i++);
    return r;
}

Address addressFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    auto get = [&](const char *k) { return o.value(QLatin1String(k)).toString(); };
    return Address{get("name"), get("street"), get("city"), get("postal_code"), get("region"), get("country"), get("party_id")};
}

} // namespace orderflow::orderrow
