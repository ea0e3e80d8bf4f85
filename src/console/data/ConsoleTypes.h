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

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace orderflow::console {

struct OrderPage {
    QList<OrderRow> rows;
    bool atEnd = false;
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

struct DashboardStats : DashboardFigures {
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

Q_DECLARE_METATYPE(orderflow::console::OrderPage)
Q_DECLARE_METATYPE(orderflow::console::QueueStats)
Q_DECLARE_METATYPE(orderflow::console::FilterChoices)
Q_DECLARE_METATYPE(orderflow::console::OrderDetail)
Q_DECLARE_METATYPE(orderflow::console::DashboardStats)
Q_DECLARE_METATYPE(orderflow::console::ActionRequest)
Q_DECLARE_METATYPE(orderflow::console::ActionOutcome)
