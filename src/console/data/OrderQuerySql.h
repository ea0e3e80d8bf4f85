// Turns an OrderQuery into SQL: the filter, the raw sort expression and keyset paging. Sorting and filtering
// happen in the database so a queue of a million orders opens as fast as one of ten.
#pragma once

#include "data/ConsoleTypes.h"

#include <QSqlQuery>
#include <QVariantList>

namespace orderflow::console {

struct SqlWithBinds {
    QString sql;
    QVariantList binds;
};

class OrderQuerySql {
public:
    explicit OrderQuerySql(const OrderQuery &query) : m_query(query) {}

    // Rows of the queue after `after` (or from the start), at most `limit`.
    SqlWithBinds page(const std::optional<OrderKey> &after, int limit) const;
    // Those of `ids` that are in the queue and match the filter (live updates).
    SqlWithBinds rows(const QStringList &ids) const;
    SqlWithBinds count() const;
    // Every failed order the filter matches, whatever queue is shown ("retry all failed in this queue").
    SqlWithBinds failedIds() const;

    static QString sortExpression(OrderColumn column);
    static QString selectColumns();

private:
    // " AND …" conditions of the filter (without the state).
    QString filterSql(QVariantList &binds) const;

    OrderQuery m_query;
};

// Reads one row of selectColumns() (sort value last).
OrderRow orderRowFrom(const QSqlQuery &q);

} // namespace orderflow::console
