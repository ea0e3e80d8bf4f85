// The queues sidebar: one row per order state with its live count, marked when the queue is backing up.
// Counts move with every state-change event and are corrected by a periodic authoritative refresh.
#pragma once

#include "data/ConsoleTypes.h"
#include "domain/OrderEvent.h"

#include <QAbstractListModel>

namespace orderflow::console {

struct BacklogLimits {
    qint64 maxAgeMs = 30 * 60 * 1000;   // the oldest order waits longer than this
    int maxCount = 500;                 // or more orders than this wait
};

class QueueListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit QueueListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    OrderState stateAt(int row) const;
    int rowOf(OrderState state) const;
    int count(OrderState state) const;
    bool isBackingUp(OrderState state) const;

    void setOrgFilter(qint64 orgId);
    void setBacklogLimits(const BacklogLimits &limits);
    void setStats(const QueueStats &stats);
    void applyChanges(const OrderStateChanges &changes);

private:
    struct Queue {
        OrderState state;
        int count = 0;
        QString oldestAt;
    };
    bool backingUp(const Queue &q) const;
    void emitRowChanged(int row);

    QList<Queue> m_queues;
    BacklogLimits m_limits;
    qint64 m_orgId = 0;
};

} // namespace orderflow::console
