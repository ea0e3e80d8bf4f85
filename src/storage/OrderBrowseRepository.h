// Browsing orders: a queue's rows page by page (keyset paging), re-reading changed rows, counting, and the ids a
// filter matches. Sorting and filtering happen in the database, so a queue of a million orders opens as fast as
// one of ten.
#pragma once

#include "storage/Database.h"
#include "storage/OrderQuery.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace orderflow {

class OrderBrowseRepository {
public:
    explicit OrderBrowseRepository(Database &db) : m_db(db) {}

    // At most `limit` rows of the queue in the query's order, starting just after `after` (or at the start).
    Result<QList<OrderRow>> page(const OrderQuery &query, const std::optional<OrderKey> &after, int limit);
    // Those of `ids` that are in the queue and match the filter (live updates), in no particular order.
    Result<QList<OrderRow>> rows(const OrderQuery &query, const QStringList &ids);
    // How many orders are in the queue and match the filter.
    Result<int> count(const OrderQuery &query);
    // Every failed order the filter matches, whatever queue the query names, oldest received first.
    Result<QStringList> failedIds(const OrderQuery &filter);
    // PO numbers by order id for the ids that exist (logs show the PO, not the UUID).
    Result<QHash<QString, QString>> orderNumbers(const QStringList &ids);
    // The statement page() runs for a queue's first page (its query plan is checked by a test).
    static QString pageStatement(const OrderQuery &query);

private:
    Database &m_db;
};

} // namespace orderflow
