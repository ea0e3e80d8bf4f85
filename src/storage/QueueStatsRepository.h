// Figures over the order queues and the push log: how many orders wait where and since when, and how pushes went
// in the last hour. Each figure is a few index lookups, never a scan of a million orders.
#pragma once

#include "domain/OrderState.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace orderflow {

struct QueueStat {
    int count = 0;
    QString oldestAt;        // the oldest order's last change (UTC text); empty when empty or a final state
};

struct DashboardFigures {
    QHash<int, int> ordersByState;   // key: int(OrderState)
    QList<int> pushesPerMinute;      // the last 30 minutes, oldest first
    int failedPushesLastHour = 0;
    int failedOrders = 0;
    int waitingForPerson = 0;        // orders in states that wait for a person (waitsForPerson)
    QString oldestWaitingAt;         // the oldest order that still waits, for the pipeline or for a person
    QString oldestWaitingState;
};

class QueueStatsRepository {
public:
    static constexpr int kMinutesCharted = 30;

    explicit QueueStatsRepository(Database &db) : m_db(db) {}

    // Every queue's size and, for queues that are not final, its oldest order; orgId 0: every organisation.
    Result<QHash<OrderState, QueueStat>> queues(qint64 orgId);
    // The same for some states only (a change feed recounts the queues its changes touched).
    Result<QHash<OrderState, QueueStat>> queues(qint64 orgId, const QList<OrderState> &states);
    // The dashboard's figures as of `now`.
    Result<DashboardFigures> dashboard(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace orderflow
