#include "models/QueueListModel.h"

#include "models/ConsoleRoles.h"
#include "models/DisplayFormat.h"
#include "storage/SqlTime.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace orderflow::console {
namespace {

// The order an operator reads the pipeline in: work that needs a person first, then the flow, then history.
constexpr OrderState kQueueOrder[] = {
    OrderState::Review, OrderState::Invalid, OrderState::Failed, OrderState::Received, OrderState::Approved,
    OrderState::Pushing, OrderState::RetryWait, OrderState::Sent, OrderState::Acked, OrderState::Rejected,
    OrderState::Duplicate,
};

} // namespace

QueueListModel::QueueListModel(QObject *parent) : QAbstractListModel(parent)
{
    for (OrderState s : kQueueOrder)
        m_queues.append({s, 0, {}});
}

int QueueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

bool QueueListModel::backingUp(const Queue &q) const
{
    if (isFinalState(q.state) || q.count == 0)
        return false;
    if (m_limits.maxCount > 0 && q.count > m_limits.maxCount)
        return true;
    if (m_limits.maxAgeMs > 0 && !q.oldestAt.isEmpty())
        return timeFromText(q.oldestAt).msecsTo(QDateTime::currentDateTimeUtc()) > m_limits.maxAgeMs;
    return false;
}

QVariant QueueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Queue &q = m_queues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  (%L2)").arg(DisplayFormat::stateTitle(q.state)).arg(q.count);
    case Qt::DecorationRole:
        return DisplayFormat::stateIcon(q.state);
    case Qt::ToolTipRole: {
        QString tip = DisplayFormat::stateDescription(q.state);
        if (!q.oldestAt.isEmpty())
            tip += QLatin1Char('\n') + tr("Oldest order waiting: %1").arg(DisplayFormat::ageSince(q.oldestAt));
        if (backingUp(q))
            tip += QLatin1Char('\n') + tr("This queue is backing up.");
        return tip;
    }
    case Qt::ForegroundRole:
        if (backingUp(q))
            return QBrush(QColor(0xa0, 0x30, 0x00));
        return {};
    case Qt::BackgroundRole:
        if (backingUp(q))
            return QBrush(QColor(0xff, 0xe8, 0xcc));
        return {};
    case Qt::FontRole:
        if (backingUp(q)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return backingUp(q) ? tr("%1, %n orders, backing up", nullptr, q.count).arg(DisplayFormat::stateTitle(q.state))
                            : tr("%1, %n orders", nullptr, q.count).arg(DisplayFormat::stateTitle(q.state));
    case StateRole:
        return int(q.state);
    case CountRole:
    case SortRole:
        return q.count;
    case BackingUpRole:
        return backingUp(q);
    default:
        return {};
    }
}

OrderState QueueListModel::stateAt(int row) const
{
    return m_queues.value(row, Queue{OrderState::Review, 0, {}}).state;
}

int QueueListModel::rowOf(OrderState state) const
{
    for (int i = 0; i < m_queues.size(); ++i) {
        if (m_queues.at(i).state == state)
            return i;
    }
    return -1;
}

int QueueListModel::count(OrderState state) const
{
    const int row = rowOf(state);
    return row < 0 ? 0 : m_queues.at(row).count;
}

bool QueueListModel::isBackingUp(OrderState state) const
{
    const int row = rowOf(state);
    return row >= 0 && backingUp(m_queues.at(row));
}

void QueueListModel::setOrgFilter(qint64 orgId)
{
    m_orgId = orgId;
}

void QueueListModel::setBacklogLimits(const BacklogLimits &limits)
{
    m_limits = limits;
    if (!m_queues.isEmpty())
        emit dataChanged(index(0), index(int(m_queues.size()) - 1));
}

void QueueListModel::setStats(const QueueStats &stats)
{
    if (!stats.error.isEmpty())
        return;
    for (int i = 0; i < m_queues.size(); ++i) {
        Queue &q = m_queues[i];
        const QueueStat s = stats.byState.value(int(q.state));
        // Ages change with the clock even when counts do not; repaint every row of the refresh.
        q.count = s.count;
        q.oldestAt = s.oldestAt;
    }
    emit dataChanged(index(0), index(int(m_queues.size()) - 1));
}

void QueueListModel::applyChanges(const OrderStateChanges &changes)
{
    QList<bool> touched(m_queues.size(), false);
    auto bump = [&](OrderState state, int delta) {
        const int row = rowOf(state);
        if (row < 0)
            return;
        m_queues[row].count = qMax(0, m_queues[row].count + delta);
        touched[row] = true;
    };
    for (const OrderStateChange &ch : changes) {
        if (m_orgId && ch.orgId != m_orgId)
            continue;
        if (!ch.created)
            bump(ch.from, -1);
        if (!ch.removed)
            bump(ch.to, +1);
    }
    for (int i = 0; i < touched.size(); ++i) {
        if (touched.at(i))
            emitRowChanged(i);
    }
}

void QueueListModel::emitRowChanged(int row)
{
    emit dataChanged(index(row), index(row));
}

} // namespace orderflow::console
