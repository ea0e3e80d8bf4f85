#include "storage/QueueStatsRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {

Result<QHash<OrderState, QueueStat>> QueueStatsRepository::queues(qint64 orgId)
{
    return queues(orgId, QList<OrderState>(std::begin(kAllOrderStates), std::end(kAllOrderStates)));
}

Result<QHash<OrderState, QueueStat>> QueueStatsRepository::queues(qint64 orgId, const QList<OrderState> &states)
{
    // One small query per state: each is answered from an index on state, where one GROUP BY over the
    // whole table would scan a million rows.
    QSqlQuery &count = m_db.query(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = ? AND (? = 0 OR org_id = ?)"));
    QSqlQuery &oldest = m_db.query(QStringLiteral("SELECT MIN(updated_at) FROM draft_order WHERE state = ? AND (? = 0 OR org_id = ?)"));
    QHash<OrderState, QueueStat> out;
    for (OrderState st : states) {
        QueueStat stat;
        count.bindValue(0, stateName(st));
        count.bindValue(1, orgId);
        count.bindValue(2, orgId);
        if (Status s = execQuery(count, QStringLiteral("counting orders")); !s)
            return s.error();
        if (count.next())
            stat.count = count.value(0).toInt();
        count.finish();
        // The age only matters where orders wait for someone; final queues are large and never back up.
        if (stat.count > 0 && !isFinalState(st)) {
            oldest.bindValue(0, stateName(st));
            oldest.bindValue(1, orgId);
            oldest.bindValue(2, orgId);
            if (Status s = execQuery(oldest, QStringLiteral("finding the oldest order")); !s)
                return s.error();
            if (oldest.next())
                stat.oldestAt = oldest.value(0).toString();
            oldest.finish();
        }
        out.insert(st, stat);
    }
    return out;
}

Result<DashboardFigures> QueueStatsRepository::dashboard(const QDateTime &now)
{
    DashboardFigures out;
    QSqlQuery &count = m_db.query(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = ?"));
    for (OrderState st : kAllOrderStates) {
        count.bindValue(0, stateName(st));
        if (Status s = execQuery(count, QStringLiteral("counting orders")); !s)
            return s.error();
        if (count.next())
            out.ordersByState.insert(int(st), count.value(0).toInt());
        count.finish();
    }
    out.failedOrders = out.ordersByState.value(int(OrderState::Failed));
    for (OrderState st : kAllOrderStates) {
        if (waitsForPerson(st))
            out.waitingForPerson += out.ordersByState.value(int(st));
    }

    // The push log is appended in time order: walk it newest first by id and stop at the cut-off, instead of
    // scanning the whole log for a time range it has no index on.
    const QString hourAgo = timeText(now.addSecs(-3600));
    out.pushesPerMinute = QList<int>(kMinutesCharted, 0);
    QSqlQuery &log = m_db.query(QStringLiteral("SELECT started_at, outcome FROM erp_push_log ORDER BY id DESC"));
    if (Status s = execQuery(log, QStringLiteral("reading the push log")); !s)
        return s.error();
    while (log.next()) {
        const QString at = log.value(0).toString();
        if (at < hourAgo)
            break;
        const qint64 minutesAgo = timeFromText(at).secsTo(now) / 60;
        if (minutesAgo >= 0 && minutesAgo < kMinutesCharted)
            ++out.pushesPerMinute[kMinutesCharted - 1 - int(minutesAgo)];
        const QString outcome = log.value(1).toString();
        if (outcome == QLatin1String("transient") || outcome == QLatin1String("permanent"))
            ++out.failedPushesLastHour;
    }
    log.finish();

    QSqlQuery &oldest = m_db.query(QStringLiteral("SELECT MIN(updated_at) FROM draft_order WHERE state = ?"));
    for (OrderState st : kAllOrderStates) {
        if (isFinalState(st) || out.ordersByState.value(int(st)) == 0)
            continue;   // nothing waits there any more
        oldest.bindValue(0, stateName(st));
        if (Status s = execQuery(oldest, QStringLiteral("finding the oldest order")); !s)
            return s.error();
        if (oldest.next()) {
            const QString at = oldest.value(0).toString();
            if (!at.isEmpty() && (out.oldestWaitingAt.isEmpty() || at < out.oldestWaitingAt)) {
                out.oldestWaitingAt = at;
                out.oldestWaitingState = stateName(st);
            }
        }
        oldest.finish();
    }
    return out;
}

} // namespace orderflow
