#include "data/OrderQuerySql.h"

#include <QSqlQuery>

namespace orderflow::console {
namespace {

// LIKE pattern for "contains", with the wildcards in the operator's text taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QString OrderQuerySql::selectColumns()
{
    return QStringLiteral("d.id, d.rowid, d.org_id, o.slug, s.name, d.order_number, d.customer_name, d.customer_partner_id, d.state, "
                          "d.line_count, d.net_amount, d.currency, d.received_at, d.updated_at, d.last_error");
}

QString OrderQuerySql::sortExpression(OrderColumn column)
{
    // Raw values, never display strings; COALESCE keeps NULLs out of the keyset comparison.
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

QString OrderQuerySql::filterSql(QVariantList &binds) const
{
    QString sql;
    if (m_query.orgId) {
        sql += QStringLiteral(" AND d.org_id = ?");
        binds << m_query.orgId;
    }
    if (m_query.sourceId) {
        sql += QStringLiteral(" AND d.source_id = ?");
        binds << m_query.sourceId;
    }
    if (!m_query.partner.trimmed().isEmpty()) {
        const QString p = containsPattern(m_query.partner);
        sql += QStringLiteral(" AND (d.customer_partner_id LIKE ? ESCAPE '\\' OR d.customer_name LIKE ? ESCAPE '\\')");
        binds << p << p;
    }
    if (m_query.receivedFrom.isValid()) {
        sql += QStringLiteral(" AND d.received_at >= ?");
        binds << m_query.receivedFrom.toString(Qt::ISODate);
    }
    if (m_query.receivedTo.isValid()) {
        sql += QStringLiteral(" AND d.received_at < ?");
        binds << m_query.receivedTo.addDays(1).toString(Qt::ISODate);
    }
    if (!m_query.text.trimmed().isEmpty()) {
        const QString p = containsPattern(m_query.text);
        sql += QStringLiteral(" AND (d.order_number LIKE ? ESCAPE '\\' OR d.customer_name LIKE ? ESCAPE '\\' OR EXISTS "
                              "(SELECT 1 FROM order_line l WHERE l.order_id = d.id AND (l.sku LIKE ? ESCAPE '\\' OR l.partner_sku LIKE ? ESCAPE '\\')))");
        binds << p << p << p << p;
    }
    return sql;
}

SqlWithBinds OrderQuerySql::page(const std::optional<OrderKey> &after, int limit) const
{
    const QString sortExpr = sortExpression(m_query.sortColumn);
    const bool asc = m_query.sortOrder == Qt::AscendingOrder;
    SqlWithBinds out;
    out.sql = QStringLiteral("SELECT %1, %2 FROM draft_order d JOIN org o ON o.id = d.org_id JOIN source s ON s.id = d.source_id "
                             "WHERE d.state = ?").arg(selectColumns(), sortExpr);
    out.binds << stateName(m_query.state);
    out.sql += filterSql(out.binds);
    if (after) {
        out.sql += QStringLiteral(" AND (%1, d.rowid) %2 (?, ?)").arg(sortExpr, asc ? QStringLiteral(">") : QStringLiteral("<"));
        out.binds << after->sortValue << after->rowId;
    }
    const QString dir = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    out.sql += QStringLiteral(" ORDER BY %1 %2, d.rowid %2 LIMIT ?").arg(sortExpr, dir);
    out.binds << limit;
    return out;
}

SqlWithBinds OrderQuerySql::rows(const QStringList &ids) const
{
    SqlWithBinds out;
    QStringList marks(ids.size(), QStringLiteral("?"));
    out.sql = QStringLiteral("SELECT %1, %2 FROM draft_order d JOIN org o ON o.id = d.org_id JOIN source s ON s.id = d.source_id "
                             "WHERE d.id IN (%3) AND d.state = ?")
                  .arg(selectColumns(), sortExpression(m_query.sortColumn), marks.join(QLatin1Char(',')));
    for (const QString &id : ids)
        out.binds << id;
    out.binds << stateName(m_query.state);
    out.sql += filterSql(out.binds);
    return out;
}

SqlWithBinds OrderQuerySql::count() const
{
    SqlWithBinds out;
    out.sql = QStringLiteral("SELECT COUNT(*) FROM draft_order d WHERE d.state = ?");
    out.binds << stateName(m_query.state);
    out.sql += filterSql(out.binds);
    return out;
}

SqlWithBinds OrderQuerySql::failedIds() const
{
    SqlWithBinds out;
    out.sql = QStringLiteral("SELECT d.id FROM draft_order d WHERE d.state = ?");
    out.binds << stateName(OrderState::Failed);
    out.sql += filterSql(out.binds);
    out.sql += QStringLiteral(" ORDER BY d.received_at, d.rowid");
    return out;
}

OrderRow orderRowFrom(const QSqlQuery &q)
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

} // namespace orderflow::console
