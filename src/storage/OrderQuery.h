// What an operator browses: one queue of orders, narrowed by a filter, in one sort order, paged by keyset.
// Plain copyable values (they travel between threads by queued signals); OrderBrowseRepository turns them into SQL.
#pragma once

#include "domain/OrderState.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVariant>

namespace orderflow {

// The columns an order list sorts on. Every column sorts in SQL on a raw value, never on a display string.
enum class OrderColumn {
    OrderNumber,
    Customer,
    Source,
    Lines,
    Amount,
    Currency,
    Received,
    InState,      // time of the last change, i.e. since when the order waits in this queue
    LastError,
    Count
};

// One queue, narrowed by the filter, in one order.
struct OrderQuery {
    OrderState state = OrderState::Review;
    bool allStates = false;  // every queue at once (the monitoring API's list without a state filter); `state` is ignored
    qint64 orgId = 0;        // 0: every organisation
    qint64 sourceId = 0;     // 0: every source
    QString partner;         // customer partner id or name (contains)
    QDate receivedFrom;      // inclusive; invalid: open
    QDate receivedTo;        // inclusive; invalid: open
    QString text;            // PO number, customer or SKU (contains)
    OrderColumn sortColumn = OrderColumn::Received;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool sameFilter(const OrderQuery &o) const
    {
        return state == o.state && allStates == o.allStates && orgId == o.orgId && sourceId == o.sourceId && partner == o.partner
            && receivedFrom == o.receivedFrom && receivedTo == o.receivedTo && text == o.text;
    }
};

// Where a page starts: just after this (sort value, row id) pair — keyset paging, so rows that enter or leave
// the queue meanwhile never shift a page the way OFFSET would.
struct OrderKey {
    QVariant sortValue;
    qint64 rowId = 0;
};

// One order as a list shows it.
struct OrderRow {
    QString id;
    qint64 rowId = 0;
    qint64 orgId = 0;
    QString orgSlug;
    QString sourceName;
    QString orderNumber;
    QString customerName;
    QString partnerId;
    OrderState state = OrderState::Received;
    int lineCount = 0;
    QString netAmount;
    QString currency;
    QString receivedAt;
    QString updatedAt;
    QString lastError;
    QVariant sortValue;      // the raw value the query sorted on

    OrderKey key() const { return {sortValue, rowId}; }
};

} // namespace orderflow

Q_DECLARE_METATYPE(orderflow::OrderQuery)
Q_DECLARE_METATYPE(orderflow::OrderKey)
