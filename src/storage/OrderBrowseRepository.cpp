#include "storage/OrderBrowseRepository.h"

#include "storage/OrderRowSql.h"

#include <QSet>

#include <algorithm>

namespace orderflow {
namespace {

constexpr int kIdChunk = 400;   // stays well below SQLite's bound-parameter limit

struct SqlWithBinds {
    QString sql;
    QVariantList binds;
};

// LIKE pattern for "contains", with the wildcards in the operator's text taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString sortExpression(OrderColumn column)
{
    // Raw values, never display strings; COALESCE keeps NULLs out of the keyset comparison. Each expression is
    // the one a queue index of migration 002 is built on, so a sorted page is an index walk.
    switch (column) {
    case OrderColumn::OrderNumber: return QStringLiteral("COALESCE(d.order_number, '')");
    case OrderColumn::Customer: return QStringLiteral("COALESCE(d.customer_name, '')");
    // By source id, not name: it keeps the sort in one index-friendly column; sources are few.
    case OrderColumn::Source: return QStringLiteral("d.source_id");
    case OrderColumn::Lines: return QStringLiteral("d.line_count");
    case OrderColumn::Amount: return QStringLiteral("CAST(COALESCE(d.net_amount, '0') AS REAL)");
    case OrderColumn::Currency: return QStringLiteral("COALESCE(d.currency, '')");
    case OrderColumn::InState: return QStringLiteral("d.updated_at");
    case OrderColumn::LastError: return QStringLiteral("COALESCE(d.last_error, '')");
    case OrderColumn::Received:
    case OrderColumn::Count: break;
    }
    return QStringLiteral("d.received_at");
}

// The states the queue indexes on scattered keys (order number, customer, amount) leave out, as migration 020
// names them: every order passes through them, and keeping them out of those indexes halves a state change's
// cost on the push path. Their queues are short and sort their rows.
constexpr OrderState kUnsortedStates[] = {OrderState::Received, OrderState::Pushing};

bool partialSortIndex(OrderColumn column)
{
    return column == OrderColumn::OrderNumber || column == OrderColumn::Customer || column == OrderColumn::Amount;
}

// "WHERE …" for the query's queue: one state, or every state. A sort served by a partial index repeats that
// index's condition, so SQLite sees the index applies (it does not infer it from `state = ?`).
QString stateSql(const OrderQuery &query, QVariantList &binds)
{
    if (query.allStates)
        return QStringLiteral("WHERE 1 = 1");
    binds << stateName(query.state);
    if (!partialSortIndex(query.sortColumn) || std::find(std::begin(kUnsortedStates), std::end(kUnsortedStates), query.state) != std::end(kUnsortedStates))
        return QStringLiteral("WHERE d.state = ?");
    static const QString partial = [] {
        QStringList names;
        for (OrderState s : kUnsortedStates)
            names << QLatin1Char('\'') + stateName(s) + QLatin1Char('\'');
        return QStringLiteral("WHERE d.state = ? AND d.state NOT IN (%1)").arg(names.join(QStringLiteral(", ")));
    }();
    return partial;
}

// " AND …" conditions of the query's filter (without the state).
QString filterSql(const OrderQuery &query, QVariantList &binds)
{
    QString sql;
    if (query.orgId) {
        sql += QStringLiteral(" AND d.org_id = ?");
        binds << query.orgId;
    }
    if (query.sourceId) {
        sql += QStringLiteral(" AND d.source_id = ?");
        binds << query.sourceId;
    }
    if (!query.partner.trimmed().isEmpty()) {
        const QString p = containsPattern(query.partner);
        sql += QStringLiteral(" AND (d.customer_partner_id LIKE ? ESCAPE '\\' OR d.customer_name LIKE ? ESCAPE '\\')");
        binds << p << p;
    }
    if (query.receivedFrom.isValid()) {
        sql += QStringLiteral(" AND d.received_at >= ?");
        binds << query.receivedFrom.toString(Qt::ISODate);
    }
    if (query.receivedTo.isValid()) {
        sql += QStringLiteral(" AND d.received_at < ?");
        binds << query.receivedTo.addDays(1).toString(Qt::ISODate);
    }
    if (!query.text.trimmed().isEmpty()) {
        const QString p = containsPattern(query.text);
        sql += QStringLiteral(" AND (d.order_number LIKE ? ESCAPE '\\' OR d.customer_name LIKE ? ESCAPE '\\' OR EXISTS "
                              "(SELECT 1 FROM order_line l WHERE l.order_id = d.id AND (l.sku LIKE ? ESCAPE '\\' OR l.partner_sku LIKE ? ESCAPE '\\')))");
        binds << p << p << p << p;
    }
    return sql;
}

QString rowSelect(const OrderQuery &query)
{
    return QStringLiteral("SELECT %1, %2 FROM draft_order d JOIN org o ON o.id = d.org_id JOIN source s ON s.id = d.source_id ")
        .arg(orderrow::columns(), sortExpression(query.sortColumn));
}

SqlWithBinds pageSql(const OrderQuery &query, const std::optional<OrderKey> &after, int limit)
{
    const QString sortExpr = sortExpression(query.sortColumn);
    const bool asc = query.sortOrder == Qt::AscendingOrder;
    SqlWithBinds out;
    out.sql = rowSelect(query) + stateSql(query, out.binds);
    out.sql += filterSql(query, out.binds);
    if (after) {
        // Row values compare (sort value, rowid) as one key: ties on the sort value are ordered by rowid, so a
        // page boundary inside a run of equal values neither repeats nor skips a row.
        out.sql += QStringLiteral(" AND (%1, d.rowid) %2 (?, ?)").arg(sortExpr, asc ? QStringLiteral(">") : QStringLiteral("<"));
        out.binds << after->sortValue << after->rowId;
    }
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    out.sql += QStringLiteral(" ORDER BY %1 %2, d.rowid %2 LIMIT ?").arg(sortExpr, dir);
    out.binds << limit;
    return out;
}

SqlWithBinds rowsSql(const OrderQuery &query, const QStringList &ids)
{
    SqlWithBinds out;
    const QStringList marks(ids.size(), QStringLiteral("?"));
    out.sql = rowSelect(query) + QStringLiteral("WHERE d.id IN (%1) AND d.state = ?").arg(marks.join(QLatin1Char(',')));
    for (const QString &id : ids)
        out.binds << id;
    out.binds << stateName(query.state);
    out.sql += filterSql(query, out.binds);
    return out;
}

// Statements whose text varies with the filter are prepared here, not through Database::query(), whose cache
// would keep one statement per text forever.
QSqlQuery prepared(Database &db, const SqlWithBinds &s)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(s.sql);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    return q;
}

} // namespace

Result<QList<OrderRow>> OrderBrowseRepository::page(const OrderQuery &query, const std::optional<OrderKey> &after, int limit)
{
    QSqlQuery q = prepared(m_db, pageSql(query, after, limit));
    if (Status s = execQuery(q, QStringLiteral("listing orders")); !s)
        return s.error();
    QList<OrderRow> out;
    while (q.next())
        out.append(orderrow::from(q));
    return out;
}

Result<QList<OrderRow>> OrderBrowseRepository::rows(const OrderQuery &query, const QStringList &ids)
{
    QList<OrderRow> out;
    for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
        QSqlQuery q = prepared(m_db, rowsSql(query, ids.mid(i, kIdChunk)));
        if (Status s = execQuery(q, QStringLiteral("reading changed orders")); !s)
            return s.error();
        while (q.next())
            out.append(orderrow::from(q));
    }
    return out;
}

Result<int> OrderBrowseRepository::count(const OrderQuery &query)
{
    SqlWithBinds s;
    s.sql = QStringLiteral("SELECT COUNT(*) FROM draft_order d ") + stateSql(query, s.binds);
    s.sql += filterSql(query, s.binds);
    QSqlQuery q = prepared(m_db, s);
    if (Status st = execQuery(q, QStringLiteral("counting orders")); !st)
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QStringList> OrderBrowseRepository::failedIds(const OrderQuery &filter)
{
    SqlWithBinds s;
    s.sql = QStringLiteral("SELECT d.id FROM draft_order d WHERE d.state = ?");
    s.binds << stateName(OrderState::Failed);
    s.sql += filterSql(filter, s.binds);
    s.sql += QStringLiteral(" ORDER BY d.received_at, d.rowid");
    QSqlQuery q = prepared(m_db, s);
    if (Status st = execQuery(q, QStringLiteral("finding failed orders")); !st)
        return st.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString OrderBrowseRepository::pageStatement(const OrderQuery &query)
{
    return pageSql(query, std::nullopt, 100).sql;
}

Result<QHash<QString, QString>> OrderBrowseRepository::orderNumbers(const QStringList &ids)
{
    QHash<QString, QString> out;
    const QStringList unique = QSet<QString>(ids.cbegin(), ids.cend()).values();
    for (qsizetype i = 0; i < unique.size(); i += kIdChunk) {
        const QStringList chunk = unique.mid(i, kIdChunk);
        SqlWithBinds s;
        s.sql = QStringLiteral("SELECT id, order_number FROM draft_order WHERE id IN (%1)")
                    .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        for (const QString &id : chunk)
            s.binds << id;
        QSqlQuery q = prepared(m_db, s);
        if (Status st = execQuery(q, QStringLiteral("reading order numbers")); !st)
            return st.error();
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

} // namespace orderflow
