// Value types that travel between the console's data worker thread and the GUI thread by queued signals.
// Plain copyable structs: nothing here touches the database or a widget.
#pragma once

#include "domain/OrderState.h"
#include "pipeline/OperatorActions.h"
#include "storage/ExportRepository.h"
#include "storage/InboundRepository.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <optional>

namespace orderflow::console {

// The order table's columns. Every column sorts in SQL on a raw value (see OrderQuerySql).
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

// What the operator asked to see: one queue, narrowed by the filter bar, in one order.
struct OrderQuery {
    OrderState state = OrderState::Review;
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
        return state == o.state && orgId == o.orgId && sourceId == o.sourceId && partner == o.partner
            && receivedFrom == o.receivedFrom && receivedTo == o.receivedTo && text == o.text;
    }
};

// Where a page starts: just after this (sort value, row id) pair — keyset paging, so rows that enter or leave
// the queue meanwhile never shift a page the way OFFSET would.
struct OrderKey {
    QVariant sortValue;
    qint64 rowId = 0;
};

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

struct OrderPage {
    QList<OrderRow> rows;
    bool atEnd = false;
    QString error;
};

struct QueueStat {
    int count = 0;
    QString oldestAt;        // the oldest order's last change (UTC text), empty when the queue is empty
};

struct QueueStats {
    QHash<int, QueueStat> byState;   // key: int(OrderState)
    QString error;
};

struct FilterChoice {
    qint64 id = 0;
    QString label;
};

struct FilterChoices {
    QList<FilterChoice> orgs;
    QList<FilterChoice> sources;
};

struct ValidationIssue {
    QString field;
    QString message;
};

struct OrderDetail {
    bool found = false;
    QString error;
    OrderRow summary;
    QString erpCustomerNumber;
    QString orderDate;
    QString deliveryDate;
    QString notes;
    QString billTo;          // one line per address part
    QString shipTo;
    QString sourceFormat;
    QString totalQuantity;
    int pushGeneration = 1;
    QString approvedAt;
    struct Line {
        int lineNo = 0;
        QString sku, partnerSku, gtin, description, quantity, unit, unitPrice, lineTotal;
    };
    QList<Line> lines;
    QList<ValidationIssue> problems;
    std::optional<InboundRecord> inbound;
    QList<ExportRecord> exports;
    QList<PushLogRecord> attempts;
    QJsonArray audit;
};

struct ExportRow {
    ExportRecord record;
    QString orderNumber;
    QString connectionName;
    bool ackOverdue = false;
};

struct PushLogRow {
    PushLogRecord record;
    QString orderNumber;
};

struct DashboardStats {
    QHash<int, int> ordersByState;
    QList<int> pushesPerMinute;      // the last 30 minutes, oldest first
    int failedPushesLastHour = 0;
    int failedOrders = 0;
    QString oldestWaitingAt;         // the oldest order that still waits for something
    QString oldestWaitingState;
    QString error;
};

enum class ActionKind { Approve, PushNow, Retry, RetryAllFailed, Reject, Revalidate, Replay };

struct ActionRequest {
    ActionKind kind = ActionKind::Approve;
    QStringList orderIds;
    qint64 inboundId = 0;
    QString reason;
    OrderQuery scope;        // RetryAllFailed: every failed order the filter matches
};

struct ActionOutcome {
    ActionKind kind = ActionKind::Approve;
    QList<ActionResult> results;
    QString error;           // the action could not run at all

    int succeeded() const;
    int failed() const;
};

} // namespace orderflow::console

Q_DECLARE_METATYPE(orderflow::console::OrderQuery)
Q_DECLARE_METATYPE(orderflow::console::OrderKey)
Q_DECLARE_METATYPE(orderflow::console::OrderPage)
Q_DECLARE_METATYPE(orderflow::console::QueueStats)
Q_DECLARE_METATYPE(orderflow::console::FilterChoices)
Q_DECLARE_METATYPE(orderflow::console::OrderDetail)
Q_DECLARE_METATYPE(orderflow::console::DashboardStats)
Q_DECLARE_METATYPE(orderflow::console::ActionRequest)
Q_DECLARE_METATYPE(orderflow::console::ActionOutcome)
