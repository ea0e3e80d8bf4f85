// Value types that travel between the console's data worker thread and the GUI thread by queued signals.
// Plain copyable structs: nothing here touches the database or a widget. What the queries take and return
// (OrderQuery, OrderRow, …) is the engine's (src/storage/); here are the answers as the views receive them.
#pragma once

#include "pipeline/OperatorActions.h"
#include "storage/ExportRepository.h"
#include "storage/InboundRepository.h"
#include "storage/OrderDetailRepository.h"
#include "storage/OrderQuery.h"
#include "storage/QueueStatsRepository.h"
#include "storage/SetupOverviewRepository.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <memory>

namespace orderflow::console {

struct OrderPage {
    QList<OrderRow> rows;
    bool atEnd = false;
    qint64 seq = -1;          // the change feed's position in the snapshot the page was read from
    QString error;
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

// What the detail pane shows: the order as OrderDetailRepository reads it, or why it cannot be shown.
struct OrderDetail : OrderDetailRecord {
    bool found = false;
    QString error;
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

// What the change feed brought since the last update (see ChangeFeedRepository): the orders that changed, and, read
// in the same snapshot, the queue counts and the watched query's count and changed rows, so the sidebar, the
// table's count and its rows agree with each other at every update.
struct FeedUpdate {
    qint64 seq = 0;                 // every change up to this one is in this update (or an earlier one)
    bool reload = false;            // the feed was pruned past this reader: reload every view
    OrderStateChanges changes;      // order changes, oldest first
    bool pushLogChanged = false;
    bool exportsChanged = false;
    bool inboundChanged = false;
    bool connectionsChanged = false; // an ERP connection was added, changed (status, circuit, last test) or removed
    bool sourcesChanged = false;     // a source was added, changed or removed, or the engine recorded a poll of one
    QueueStats stats;               // every queue, for the watched organisation
    quint64 watch = 0;              // the watched query these figures are for (ConsoleDataService::watchOrders)
    int watchedCount = -1;          // orders the watched query matches
    QList<OrderRow> watchedRows;    // the changed orders the watched query matches, as they are now
    QStringList watchedIds;         // the changed orders asked about: one absent from watchedRows left the view
    QString firstChangeAt;          // when the oldest and the newest change of this update were made (UTC text: the
    QString lastChangeAt;           // changed row's own time, migration 021), for measuring the delay from change to view
    QString error;
};

struct DashboardStats : DashboardFigures {
    QString error;
};

// Every connection and source with its status and today's orders, as the Connections and Sources views list them
// (read in one snapshot).
struct SetupOverview {
    QList<ConnectionOverview> connections;
    QList<SourceOverview> sources;
    QString error;
};

enum class ActionKind { Approve, PushNow, Retry, RetryAllFailed, Reject, Revalidate, Replay };

struct ActionRequest {
    ActionKind kind = ActionKind::Approve;
    QStringList orderIds;
    qint64 inboundId = 0;
    QString reason;
    OrderQuery scope;        // RetryAllFailed: every failed order the filter matches
    // Set from the GUI thread to stop a long action between two orders (each order is its own transaction).
    std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
};

struct ActionOutcome {
    ActionKind kind = ActionKind::Approve;
    QList<ActionResult> results;
    QString error;           // the action could not run at all
    int untouched = 0;       // cancelled: the orders left as they were (reported in results as not done)

    int succeeded() const;
    int failed() const;
};

} // namespace orderflow::console

Q_DECLARE_METATYPE(orderflow::console::OrderPage)
Q_DECLARE_METATYPE(orderflow::console::QueueStats)
Q_DECLARE_METATYPE(orderflow::console::FilterChoices)
Q_DECLARE_METATYPE(orderflow::console::OrderDetail)
Q_DECLARE_METATYPE(orderflow::console::DashboardStats)
Q_DECLARE_METATYPE(orderflow::console::SetupOverview)
Q_DECLARE_METATYPE(orderflow::console::FeedUpdate)
Q_DECLARE_METATYPE(orderflow::console::ActionRequest)
Q_DECLARE_METATYPE(orderflow::console::ActionOutcome)
