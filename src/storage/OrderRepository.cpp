#include "storage/OrderRepository.h"

#include "domain/OrderId.h"
#include "storage/OrderRowSql.h"
#include "storage/RowRuns.h"
#include "storage/SqlTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace orderflow {
namespace {

QString addressText(const Address &a)
{
    if (a.isEmpty())
        return {};
    QJsonObject o;
    auto put = [&](const char *k, const QString &v) { if (!v.isEmpty()) o.insert(QLatin1String(k), v); };
    put("name", a.name); put("street", a.street); put("city", a.city); put("postal_code", a.postalCode);
    put("region", a.region); put("country", a.country); put("party_id", a.partyId);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant decimalOrNull(const std::optional<Decimal> &d, int minScale = 0)
{
    return d ? QVariant(d->toString(minScale)) : QVariant(QMetaType::fromType<QString>());
}

std::optional<Decimal> decimalFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return Decimal::parse(QStringView(v.toString()));
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

const QString kSummaryColumns = QStringLiteral(
    "d.id, d.org_id, o.slug, s.name, d.order_number, d.customer_name, d.state, d.line_count, d.net_amount, d.currency, "
    "d.received_at, d.updated_at, d.last_error, d.next_attempt_at");

OrderSummary summaryFrom(const QSqlQuery &q)
{
    OrderSummary s;
    s.id = q.value(0).toString();
    s.orgId = q.value(1).toLongLong();
    s.orgSlug = q.value(2).toString();
    s.sourceName = q.value(3).toString();
    s.orderNumber = q.value(4).toString();
    s.customerName = q.value(5).toString();
    s.state = stateFromName(q.value(6).toString()).value_or(OrderState::Received);
    s.lineCount = q.value(7).toInt();
    s.netAmount = q.value(8).toString();
    s.currency = q.value(9).toString();
    s.receivedAt = q.value(10).toString();
    s.updatedAt = q.value(11).toString();
    s.lastError = q.value(12).toString();
    s.nextAttemptAt = q.value(13).toString();
    return s;
}

} // namespace

QJsonObject orderSummaryJson(const OrderSummary &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("org"), s.orgSlug}, {QStringLiteral("source"), s.sourceName},
                  {QStringLiteral("order_number"), s.orderNumber}, {QStringLiteral("customer"), s.customerName},
                  {QStringLiteral("state"), stateName(s.state)}, {QStringLiteral("line_count"), s.lineCount},
                  {QStringLiteral("net_amount"), s.netAmount}, {QStringLiteral("currency"), s.currency},
                  {QStringLiteral("received_at"), s.receivedAt}, {QStringLiteral("updated_at"), s.updatedAt}};
    if (!s.lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), s.lastError);
    if (!s.nextAttemptAt.isEmpty())
        o.insert(QStringLiteral("next_attempt_at"), s.nextAttemptAt);
    return o;
}

Status OrderRepository::insert(Order &order)
{
    if (order.id.isEmpty())
        order.id = newOrderId();
    Statement &ins = m_db.statement(QStringLiteral(
        "INSERT INTO draft_order (id, org_id, source_id, inbound_id, connection_id, order_number, customer_partner_id, customer_name, "
        "erp_customer_number, bill_to, ship_to, order_date, requested_delivery_date, currency, notes, declared_line_count, "
        "source_format, inbound_sha256, received_at, state, push_generation, line_count, created_at, updated_at) "
        "VALUES (?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'received',1,?,?,?)"));
    const QString now = nowText();
    if (!order.receivedAt.isValid())
        order.receivedAt = QDateTime::currentDateTimeUtc();
    int i = 0;
    ins.bind(i++, order.id);
    ins.bind(i++, order.orgId);
    ins.bind(i++, order.sourceId);
    if (order.inboundId)
        ins.bind(i++, order.inboundId);
    else
        ins.bindNull(i++);
    ins.bind(i++, order.orderNumber.isNull() ? QStringLiteral("") : order.orderNumber);
    ins.bind(i++, textOrNull(order.customer.partnerId));
    ins.bind(i++, textOrNull(order.customer.name));
    ins.bind(i++, textOrNull(order.customer.erpCustomerNumber));
    ins.bind(i++, textOrNull(addressText(order.billTo)));
    ins.bind(i++, textOrNull(addressText(order.shipTo)));
    ins.bind(i++, dateOrNull(order.orderDate));
    ins.bind(i++, dateOrNull(order.requestedDeliveryDate));
    ins.bind(i++, textOrNull(order.currency));
    ins.bind(i++, textOrNull(order.notes));
    ins.bind(i++, order.declaredLineCount ? QVariant(*order.declaredLineCount) : QVariant());
    ins.bind(i++, textOrNull(order.sourceFormat));
    ins.bind(i++, textOrNull(order.inboundSha256));
    ins.bind(i++, timeText(order.receivedAt));
    ins.bind(i++, qint64(order.lines.size()));
    ins.bind(i++, now);
    ins.bind(i++, now);
    if (Status s = ins.exec(QStringLiteral("storing order %1").arg(order.orderNumber)); !s)
        return s;
    Statement &line = m_db.statement(QStringLiteral(
        "INSERT INTO order_line (org_id, order_id, line_no, sku, partner_sku, gtin, description, quantity, unit, unit_price, line_total, "
        "price_as_sent, price_basis_code, price_basis_quantity, price_basis_unit) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    for (const OrderLine &l : order.lines) {
        int j = 0;
        line.bind(j++, order.orgId);
        line.bind(j++, order.id);
        line.bind(j++, qint64(l.lineNo));
        line.bind(j++, textOrNull(l.sku));
        line.bind(j++, textOrNull(l.partnerSku));
        line.bind(j++, textOrNull(l.gtin));
        line.bind(j++, textOrNull(l.description));
        line.bind(j++, decimalOrNull(l.quantity));
        line.bind(j++, textOrNull(l.unit));
        line.bind(j++, decimalOrNull(l.unitPrice));
        line.bind(j++, decimalOrNull(l.lineTotal));
        line.bind(j++, decimalOrNull(l.priceAsSent));
        line.bind(j++, textOrNull(l.priceBasis.code));
        line.bind(j++, decimalOrNull(l.priceBasis.quantity));
        line.bind(j++, textOrNull(l.priceBasis.unit));
        if (Status s = line.exec(QStringLiteral("storing a line of order %1").arg(order.orderNumber)); !s)
            return s;
    }
    order.state = OrderState::Received;
    return m_audit.record({order.orgId, QStringLiteral("engine"), QStringLiteral("received"), QStringLiteral("order"), order.id, {},
                           stateName(OrderState::Received), QStringLiteral("from inbound message %1").arg(order.inboundId)});
}

namespace {

// The columns of an order's row and of its lines, as load() and loadAll() read them.
const QString kOrderColumns = QStringLiteral(
    "id, org_id, source_id, inbound_id, order_number, customer_partner_id, customer_name, erp_customer_number, bill_to, "
    "ship_to, order_date, requested_delivery_date, currency, notes, declared_line_count, source_format, inbound_sha256, "
    "received_at, fingerprint, state, push_generation, approved_at");
const QString kLineColumns = QStringLiteral(
    "line_no, sku, partner_sku, gtin, description, quantity, unit, unit_price, line_total, "
    "price_as_sent, price_basis_code, price_basis_quantity, price_basis_unit");

Order orderFrom(const Statement &q)
{
    Order o;
    int i = 0;
    o.id = q.value(i++).toString();
    o.orgId = q.value(i++).toLongLong();
    o.sourceId = q.value(i++).toLongLong();
    o.inboundId = q.value(i++).toLongLong();
    o.orderNumber = q.value(i++).toString();
    o.customer.partnerId = q.value(i++).toString();
    o.customer.name = q.value(i++).toString();
    o.customer.erpCustomerNumber = q.value(i++).toString();
    o.billTo = orderrow::addressFromJson(q.value(i++).toString());
    o.shipTo = orderrow::addressFromJson(q.value(i++).toString());
    o.orderDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    o.requestedDeliveryDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    o.currency = q.value(i++).toString();
    o.notes = q.value(i++).toString();
    if (const QVariant v = q.value(i++); !v.isNull())
        o.declaredLineCount = v.toInt();
    o.sourceFormat = q.value(i++).toString();
    o.inboundSha256 = q.value(i++).toString();
    o.receivedAt = timeFromText(q.value(i++).toString());
    o.fingerprint = q.value(i++).toString();
    o.state = stateFromName(q.value(i++).toString()).value_or(OrderState::Received);
    o.pushGeneration = q.value(i++).toInt();
    o.approvedAt = timeFromText(q.value(i++).toString());
    return o;
}

// A line from kLineColumns, starting at column `at`.
OrderLine lineFrom(const Statement &q, int at)
{
    OrderLine l;
    l.lineNo = q.value(at + 0).toInt();
    l.sku = q.value(at + 1).toString();
    l.partnerSku = q.value(at + 2).toString();
    l.gtin = q.value(at + 3).toString();
    l.description = q.value(at + 4).toString();
    l.quantity = decimalFrom(q.value(at + 5));
    l.unit = q.value(at + 6).toString();
    l.unitPrice = decimalFrom(q.value(at + 7));
    l.lineTotal = decimalFrom(q.value(at + 8));
    l.priceAsSent = decimalFrom(q.value(at + 9));
    l.priceBasis.code = q.value(at + 10).toString();
    l.priceBasis.quantity = decimalFrom(q.value(at + 11));
    l.priceBasis.unit = q.value(at + 12).toString();
    return l;
}

} // namespace

Result<Order> OrderRepository::load(const QString &id)
{
    Statement &q = m_db.statement(QStringLiteral("SELECT %1 FROM draft_order WHERE id = ?").arg(kOrderColumns));
    q.bind(0, id);
    if (Status s = q.exec(QStringLiteral("reading order %1").arg(id)); !s)
        return s.error();
    if (!q.hasRow())
        return Error(QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(id));
    Order o = orderFrom(q);
    q.next();   // one row by primary key: let the statement go

    Statement &lines = m_db.statement(QStringLiteral("SELECT %1 FROM order_line WHERE order_id = ? ORDER BY line_no").arg(kLineColumns));
    lines.bind(0, id);
    if (Status s = lines.exec(QStringLiteral("reading lines of order %1").arg(id)); !s)
        return s.error();
    for (bool row = lines.hasRow(); row; row = lines.next())
        o.lines.append(lineFrom(lines, 0));
    return o;
}

Result<QHash<QString, Order>> OrderRepository::loadAll(const QStringList &ids)
{
    // A batch's orders with two statements per run of ids (the rows, then all their lines) instead of two per order.
    QHash<QString, Order> out;
    out.reserve(ids.size());
    Status st = forRowRuns(ids.size(), [&](qsizetype at, qsizetype n) -> Status {
        const QString marks = placeholderList(n);
        Statement &q = m_db.statement(QStringLiteral("SELECT %1 FROM draft_order WHERE id IN (%2)").arg(kOrderColumns, marks));
        for (qsizetype i = 0; i < n; ++i)
            q.bind(int(i), ids.at(at + i));
        if (Status s = q.exec(QStringLiteral("reading %1 orders").arg(n)); !s)
            return s;
        for (bool row = q.hasRow(); row; row = q.next()) {
            Order o = orderFrom(q);
            const QString id = o.id;
            out.insert(id, std::move(o));
        }
        Statement &lines = m_db.statement(QStringLiteral("SELECT order_id, %1 FROM order_line WHERE order_id IN (%2) ORDER BY order_id, line_no")
                                              .arg(kLineColumns, marks));
        for (qsizetype i = 0; i < n; ++i)
            lines.bind(int(i), ids.at(at + i));
        if (Status s = lines.exec(QStringLiteral("reading the lines of %1 orders").arg(n)); !s)
            return s;
        Order *order = nullptr;
        for (bool row = lines.hasRow(); row; row = lines.next()) {
            const QString orderId = lines.value(0).toString();
            if (!order || order->id != orderId) {
                const auto it = out.find(orderId);
                order = it == out.end() ? nullptr : &*it;
            }
            if (order)
                order->lines.append(lineFrom(lines, 1));
        }
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

Result<QString> OrderRepository::resolveId(const QString &idOrPrefix)
{
    const QString text = idOrPrefix.trimmed().toLower();
    if (text.size() < 6)
        return Error(QStringLiteral("bad_id"), QStringLiteral("'%1' is too short to name an order: give the id, at least its first 6 characters, or its last %2.")
                                                   .arg(idOrPrefix).arg(kShortOrderIdLength));
    // A prefix through the primary key's index; the end of an id (the short form listings show, shortOrderId) by
    // reading the index whole (some 80 ms a million orders), only for what is not a whole id.
    QStringList found;
    const auto read = [&](QSqlQuery &q) -> Status {
        if (Status s = execQuery(q, QStringLiteral("finding order %1").arg(text)); !s)
            return s;
        while (q.next()) {
            if (const QString id = q.value(0).toString(); !found.contains(id))
                found << id;
        }
        q.finish();
        return {};
    };
    QSqlQuery &byStart = m_db.query(QStringLiteral("SELECT id FROM draft_order WHERE id >= ? AND id < ? ORDER BY id LIMIT 2"));
    byStart.addBindValue(text);
    byStart.addBindValue(QString(text + QChar(0xffff)));
    if (Status s = read(byStart); !s)
        return s.error();
    if (text.size() >= kShortOrderIdLength && text.size() < 36) {
        QSqlQuery &byEnd = m_db.query(QStringLiteral("SELECT id FROM draft_order WHERE substr(id, -?) = ? LIMIT 2"));
        byEnd.addBindValue(int(text.size()));
        byEnd.addBindValue(text);
        if (Status s = read(byEnd); !s)
            return s.error();
    }
    if (found.isEmpty())
        return Error(QStringLiteral("not_found"), QStringLiteral("No order with id %1. `orderflow orders list` shows the orders.").arg(idOrPrefix));
    if (found.size() > 1)
        return Error(QStringLiteral("ambiguous"), QStringLiteral("'%1' matches several orders; give more characters of the id (from its start, or from its end).").arg(idOrPrefix));
    return found.first();
}

namespace {
// The WHERE clause of a listing and its values: one place for list() and count().
QString filterWhere(const OrderFilter &filter, QVariantList &binds)
{
    QString where = QStringLiteral(" WHERE 1=1");
    if (filter.state) {
        where += QStringLiteral(" AND d.state = ?");
        binds << stateName(*filter.state);
    }
    if (!filter.orgSlug.isEmpty()) {
        where += QStringLiteral(" AND o.slug = ?");
        binds << filter.orgSlug;
    }
    return where;
}
} // namespace

Result<QList<OrderSummary>> OrderRepository::list(const OrderFilter &filter)
{
    QVariantList binds;
    QString sql = QStringLiteral("SELECT %1 FROM draft_order d JOIN org o ON o.id = d.org_id JOIN source s ON s.id = d.source_id").arg(kSummaryColumns)
        + filterWhere(filter, binds);
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY d.received_at DESC, d.id DESC LIMIT ? OFFSET ?") : QStringLiteral(" ORDER BY d.received_at, d.id LIMIT ? OFFSET ?");
    binds << filter.limit << filter.offset;
    QSqlQuery &q = m_db.query(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = execQuery(q, QStringLiteral("listing orders")); !s)
        return s.error();
    QList<OrderSummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

Result<qint64> OrderRepository::count(const OrderFilter &filter)
{
    QVariantList binds;
    return queryCount(m_db, QStringLiteral("SELECT COUNT(*) FROM draft_order d JOIN org o ON o.id = d.org_id") + filterWhere(filter, binds), binds,
                      QStringLiteral("counting orders"));
}

Result<QJsonObject> OrderRepository::status(const QString &id)
{
    Statement &q = m_db.statement(QStringLiteral(
        "SELECT state, problems, last_error, next_attempt_at, push_generation, duplicate_of FROM draft_order WHERE id = ?"));
    q.bind(0, id);
    if (Status s = q.exec(QStringLiteral("reading the status of order %1").arg(id)); !s)
        return s.error();
    if (!q.hasRow())
        return Error(QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(id));
    QJsonObject status{{QStringLiteral("state"), q.value(0).toString()}, {QStringLiteral("push_generation"), q.value(4).toInt()}};
    if (!q.value(1).isNull())
        status.insert(QStringLiteral("problems"), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array());
    if (!q.value(2).isNull())
        status.insert(QStringLiteral("last_error"), q.value(2).toString());
    if (!q.value(3).isNull())
        status.insert(QStringLiteral("next_attempt_at"), q.value(3).toString());
    if (!q.value(5).isNull())
        status.insert(QStringLiteral("duplicate_of"), q.value(5).toString());
    q.next();   // one row by primary key: let the statement go
    return status;
}

Result<QHash<OrderState, int>> OrderRepository::stateCounts(const QString &orgSlug)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT d.state, COUNT(*) FROM draft_order d JOIN org o ON o.id = d.org_id WHERE (? = '' OR o.slug = ?) GROUP BY d.state"));
    q.addBindValue(nonNull(orgSlug));
    q.addBindValue(nonNull(orgSlug));
    if (Status s = execQuery(q, QStringLiteral("counting orders")); !s)
        return s.error();
    QHash<OrderState, int> out;
    while (q.next()) {
        if (auto st = stateFromName(q.value(0).toString()))
            out.insert(*st, q.value(1).toInt());
    }
    return out;
}

Result<QStringList> OrderRepository::idsInState(OrderState state, int limit)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT id FROM draft_order WHERE state = ? ORDER BY received_at, id LIMIT ?"));
    q.addBindValue(stateName(state));
    q.addBindValue(limit);
    if (Status s = execQuery(q, QStringLiteral("finding %1 orders").arg(stateName(state))); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QHash<QString, QString>> OrderRepository::versions(const QStringList &ids)
{
    QHash<QString, QString> out;
    out.reserve(ids.size());
    Status st = forRowRuns(ids.size(), [&](qsizetype at, qsizetype n) -> Status {
        Statement &q = m_db.statement(QStringLiteral("SELECT id, updated_at FROM draft_order WHERE id IN (%1)").arg(placeholderList(n)));
        for (qsizetype i = 0; i < n; ++i)
            q.bind(int(i), ids.at(at + i));
        if (Status s = q.exec(QStringLiteral("reading when %1 orders last changed").arg(n)); !s)
            return s;
        for (bool row = q.hasRow(); row; row = q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

Result<OrderRepository::Backlog> OrderRepository::receivedBacklog(int limit)
{
    // Both from the start of the (state, received_at) index: at most `limit` entries read.
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT count(*), min(received_at) FROM (SELECT received_at FROM draft_order "
                                             "WHERE state = 'received' ORDER BY received_at LIMIT ?)"));
    q.addBindValue(limit);
    if (Status s = execQuery(q, QStringLiteral("counting received orders")); !s)
        return s.error();
    Backlog b;
    if (q.next()) {
        b.count = q.value(0).toInt();
        b.oldest = timeFromText(q.value(1).toString());
    }
    q.finish();
    return b;
}

Result<OrderStateChange> OrderRepository::transition(const QString &orderId, const Transition &t)
{
    // With an expected state (every engine step), the table is checked up front and one UPDATE … RETURNING
    // both changes the row and proves it was still in that state; otherwise the current state is read first.
    OrderState from;
    if (t.expectedFrom) {
        from = *t.expectedFrom;
    } else {
        QSqlQuery &cur = m_db.query(QStringLiteral("SELECT state FROM draft_order WHERE id = ?"));
        cur.addBindValue(orderId);
        if (Status s = execQuery(cur, QStringLiteral("reading order %1").arg(orderId)); !s)
            return s.error();
        if (!cur.next())
            return Error(QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(orderId));
        from = stateFromName(cur.value(0).toString()).value_or(OrderState::Received);
        cur.finish();
    }
    for (const auto &[a, b] : {std::pair{from, t.via ? t.via->state : t.to}, std::pair{t.via ? t.via->state : t.to, t.to}}) {
        if (Status s = checkTransition(a, b); !s)
            return Error(s.error().code, QStringLiteral("Order %1: %2").arg(orderId, s.error().message));
        if (!t.via)
            break;
    }

    QString sql = QStringLiteral("UPDATE draft_order SET state = ?, updated_at = ?");
    for (const auto &[column, value] : t.set)
        sql += QStringLiteral(", %1 = ?").arg(column);
    sql += QStringLiteral(" WHERE id = ? AND state = ?");
    if (!t.expectedVersion.isNull())
        sql += QStringLiteral(" AND updated_at = ?");
    if (!t.orgId)
        sql += QStringLiteral(" RETURNING org_id");
    Statement &up = m_db.statement(sql);
    int b = 0;
    up.bind(b++, stateName(t.to));
    up.bind(b++, nowText());
    for (const auto &[column, value] : t.set)
        up.bind(b++, value);
    up.bind(b++, orderId);
    up.bind(b++, stateName(from));
    if (!t.expectedVersion.isNull())
        up.bind(b++, t.expectedVersion);
    if (Status s = up.exec(QStringLiteral("changing order %1 to %2").arg(orderId, stateName(t.to))); !s)
        return s.error();
    if (t.orgId ? up.changes() != 1 : !up.hasRow())
        return stateChanged(orderId, from);
    const qint64 orgId = t.orgId ? t.orgId : up.value(0).toLongLong();
    if (t.via) {
        if (Status s = m_audit.record({orgId, t.actor, t.via->action, QStringLiteral("order"), orderId, stateName(from), stateName(t.via->state), t.via->detail}); !s)
            return s.error();
    }
    const OrderState auditedFrom = t.via ? t.via->state : from;
    if (Status s = m_audit.record({orgId, t.actor, t.action, QStringLiteral("order"), orderId, stateName(auditedFrom), stateName(t.to), t.detail}); !s)
        return s.error();
    return OrderStateChange{orderId, orgId, from, t.to, false};
}

Error OrderRepository::stateChanged(const QString &orderId, OrderState expected)
{
    QSqlQuery &now = m_db.query(QStringLiteral("SELECT state FROM draft_order WHERE id = ?"));
    now.addBindValue(orderId);
    if (Status s = execQuery(now, QStringLiteral("reading order %1").arg(orderId)); !s)
        return s.error();
    if (!now.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No order %1.").arg(orderId));
    const QString actual = now.value(0).toString();
    now.finish();
    return Error(QStringLiteral("state_changed"),
                 QStringLiteral("Order %1 is now '%2', not '%3'; it was changed meanwhile.").arg(orderId, actual, stateName(expected)));
}

QString OrderRepository::moveRunSql(const QStringList &setColumns, qsizetype ids)
{
    QString sets;
    for (const QString &column : setColumns)
        sets += QStringLiteral(", %1 = ?").arg(column);
    // `+state`: the rows are found by their ids; the state only checks them. (As a plain `state = ?` the planner
    // took a queue index over the state for a run of many ids, and walked every order in it — the whole backlog
    // of approved orders for each run of a claim.)
    return QStringLiteral("UPDATE draft_order SET state = ?, updated_at = ?%1 WHERE +state = ? AND id IN (%2) RETURNING id, org_id")
        .arg(sets, placeholderList(ids));
}

Result<OrderStateChanges> OrderRepository::transitionAll(const QList<Move> &moves, const Transition &t)
{
    if (!t.expectedFrom)
        return Error(QStringLiteral("internal"), QStringLiteral("OrderRepository::transitionAll needs the state the orders are expected in."));
    const OrderState from = *t.expectedFrom;
    const OrderState passed = t.via ? t.via->state : t.to;
    if (Status s = checkTransition(from, passed); !s)
        return s.error();
    if (t.via) {
        if (Status s = checkTransition(passed, t.to); !s)
            return s.error();
    }
    QStringList setColumns;
    for (const auto &[column, value] : t.set)
        setColumns << column;
    const QString now = nowText();
    OrderStateChanges changes;
    QList<AuditEntry> audit;
    audit.reserve(moves.size() * (t.via ? 2 : 1));
    Status st = forRowRuns(moves.size(), [&](qsizetype at, qsizetype n) -> Status {
        Statement &up = m_db.statement(moveRunSql(setColumns, n));
        int b = 0;
        up.bind(b++, stateName(t.to));
        up.bind(b++, now);
        for (const auto &[column, value] : t.set)
            up.bind(b++, value);
        up.bind(b++, stateName(from));
        for (qsizetype i = 0; i < n; ++i)
            up.bind(b++, moves.at(at + i).orderId);
        if (Status s = up.exec(QStringLiteral("changing %1 orders to %2").arg(n).arg(stateName(t.to))); !s)
            return s;
        QHash<QString, qint64> orgOf;
        for (bool row = up.hasRow(); row; row = up.next())
            orgOf.insert(up.value(0).toString(), up.value(1).toLongLong());
        for (qsizetype i = 0; i < n; ++i) {
            const Move &m = moves.at(at + i);
            const auto org = orgOf.constFind(m.orderId);
            if (org == orgOf.cend())
                return stateChanged(m.orderId, from);
            if (t.via)
                audit.append({*org, t.actor, t.via->action, QStringLiteral("order"), m.orderId, stateName(from), stateName(passed), m.viaDetail});
            audit.append({*org, t.actor, t.action, QStringLiteral("order"), m.orderId, stateName(t.via ? passed : from), stateName(t.to), m.detail});
            changes.append(OrderStateChange{m.orderId, *org, from, t.to, false});
        }
        return {};
    });
    if (!st)
        return st.error();
    if (Status s = m_audit.recordAll(audit); !s)
        return s.error();
    return changes;
}

QList<QPair<QString, QVariant>> OrderRepository::processingColumns(const Order &order, const OrderTotals &totals,
                                                                  const QList<ValidationProblem> &problems)
{
    QJsonArray p;
    for (const ValidationProblem &vp : problems)
        p.append(QJsonObject{{QStringLiteral("field"), vp.field}, {QStringLiteral("message"), vp.message}});
    return {{QStringLiteral("fingerprint"), order.fingerprint},
            {QStringLiteral("line_count"), qint64(totals.lineCount)},
            {QStringLiteral("total_quantity"), decimalOrNull(totals.totalQuantity)},
            {QStringLiteral("net_amount"), decimalOrNull(totals.netAmount, 2)},
            {QStringLiteral("problems"), p.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)))},
            {QStringLiteral("customer_name"), textOrNull(order.customer.name)},
            {QStringLiteral("erp_customer_number"), textOrNull(order.customer.erpCustomerNumber)}};
}

Status OrderRepository::saveProcessing(const Order &order, const OrderTotals &totals, const QList<ValidationProblem> &problems)
{
    const auto columns = processingColumns(order, totals, problems);
    QString sql = QStringLiteral("UPDATE draft_order SET updated_at = ?");
    for (const auto &[column, value] : columns)
        sql += QStringLiteral(", %1 = ?").arg(column);
    sql += QStringLiteral(" WHERE id = ? RETURNING id");
    Statement &q = m_db.statement(sql);
    int b = 0;
    q.bind(b++, nowText());
    for (const auto &[column, value] : columns)
        q.bind(b++, value);
    q.bind(b++, order.id);
    if (Status s = q.exec(QStringLiteral("saving totals of order %1").arg(order.id)); !s)
        return s;
    const bool saved = q.hasRow();
    q.next();   // one row by primary key: let the statement go
    if (!saved)
        return Error(QStringLiteral("not_found"), QStringLiteral("Could not save the totals of order %1: there is no such order.").arg(order.id));
    return saveLineTotals(order);
}

Status OrderRepository::saveLineTotals(const Order &order)
{
    Statement &lines = m_db.statement(QStringLiteral("UPDATE order_line SET sku = ?, line_total = ? WHERE order_id = ? AND line_no = ?"));
    for (const OrderLine &l : order.lines) {
        lines.bind(0, textOrNull(l.sku));
        lines.bind(1, decimalOrNull(l.lineTotal));
        lines.bind(2, order.id);
        lines.bind(3, qint64(l.lineNo));
        if (Status s = lines.exec(QStringLiteral("saving line totals of order %1").arg(order.id)); !s)
            return s;
        if (lines.changes() == 0)
            return Error(QStringLiteral("not_found"), QStringLiteral("Could not save line %1 of order %2: the order has no such line.").arg(l.lineNo).arg(order.id));
    }
    return {};
}

Result<QString> OrderRepository::findByFingerprint(qint64 orgId, const QString &fingerprint, const QString &exceptId)
{
    // Mostly no row matches, seldom a few: the earliest is picked here rather than by ORDER BY … LIMIT 1, for which
    // SQLite opens a temporary sorter on every call (once per processed order).
    Statement &q = m_db.statement(QStringLiteral("SELECT received_at, id FROM draft_order WHERE org_id = ? AND fingerprint = ? AND id <> ? "
                                                 "AND state <> 'duplicate' AND state <> 'rejected'"));
    q.bind(0, orgId);
    q.bind(1, fingerprint);
    q.bind(2, exceptId);
    if (Status s = q.exec(QStringLiteral("checking for duplicate orders")); !s)
        return s.error();
    QString earliestAt, earliest;
    for (bool row = q.hasRow(); row; row = q.next()) {
        const QString at = q.value(0).toString(), id = q.value(1).toString();
        if (earliest.isNull() || at < earliestAt || (at == earliestAt && id < earliest)) {
            earliestAt = at;
            earliest = id;
        }
    }
    return earliest.isNull() ? QString() : earliest;
}

Status OrderRepository::makeDueNow(const QString &orderId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE draft_order SET next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'retry_wait'"));
    const QString now = nowText();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(orderId);
    if (Status s = execQuery(q, QStringLiteral("scheduling order %1 now").arg(orderId)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("state_changed"), QStringLiteral("Order %1 is no longer waiting to retry.").arg(orderId));
    return {};
}

} // namespace orderflow
