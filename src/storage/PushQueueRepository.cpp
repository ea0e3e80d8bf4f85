#include "storage/PushQueueRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {
namespace {

constexpr auto kColumns = "id, source_id, state, push_generation, attempt, org_id";
constexpr auto kDue = "(state = 'approved' OR (state = 'retry_wait' AND next_attempt_at <= ?))";

QString marks(qsizetype n)
{
    QStringList out;
    for (qsizetype i = 0; i < n; ++i)
        out << QStringLiteral("?");
    return out.join(QLatin1Char(','));
}

} // namespace

Result<QList<DueOrder>> PushQueueRepository::read(QSqlQuery &q, const QString &what)
{
    if (Status s = execQuery(q, what); !s)
        return s.error();
    QList<DueOrder> out;
    while (q.next())
        out.append(DueOrder{q.value(0).toString(), q.value(1).toLongLong(), stateFromName(q.value(2).toString()).value_or(OrderState::Approved),
                            q.value(3).toInt(), q.value(4).toInt(), q.value(5).toLongLong()});
    q.finish();
    return out;
}

Result<QList<DueOrder>> PushQueueRepository::due(const QList<qint64> &sourceIds, const QDateTime &now, int limit)
{
    if (sourceIds.isEmpty() || limit <= 0)
        return QList<DueOrder>();
    // The oldest `limit` of each kind, then the oldest `limit` of both: the approved ones are read in the order of
    // (state, updated_at) and the read stops at the limit. (One WHERE with the OR read every approved order of the
    // table and sorted them all, for every claim.) Orders changed in the same millisecond go in the order they were
    // stored (rowid, which the index holds), so the index gives the whole order and nothing is sorted on the way.
    const QString in = marks(sourceIds.size());
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT * FROM (SELECT %1, updated_at, rowid FROM draft_order WHERE state = 'approved' AND source_id IN (%2) "
                                             "ORDER BY updated_at, rowid LIMIT ?) "
                                             "UNION ALL SELECT * FROM (SELECT %1, updated_at, rowid FROM draft_order WHERE state = 'retry_wait' AND next_attempt_at <= ? "
                                             "AND source_id IN (%2) ORDER BY updated_at, rowid LIMIT ?) ORDER BY 7, 8 LIMIT ?")
                                  .arg(QLatin1String(kColumns), in));
    for (qint64 id : sourceIds)
        q.addBindValue(id);
    q.addBindValue(limit);
    q.addBindValue(timeText(now));
    for (qint64 id : sourceIds)
        q.addBindValue(id);
    q.addBindValue(limit);
    q.addBindValue(limit);
    return read(q, QStringLiteral("finding orders to push"));
}

Result<bool> PushQueueRepository::anyDue(const QList<qint64> &sourceIds, const QDateTime &now)
{
    if (sourceIds.isEmpty())
        return false;
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT 1 FROM draft_order WHERE source_id IN (%1) AND %2 LIMIT 1")
                                  .arg(marks(sourceIds.size()), QLatin1String(kDue)));
    for (qint64 id : sourceIds)
        q.addBindValue(id);
    q.addBindValue(timeText(now));
    if (Status s = execQuery(q, QStringLiteral("looking for orders to push")); !s)
        return s.error();
    const bool any = q.next();
    q.finish();
    return any;
}

Result<QList<DueOrder>> PushQueueRepository::pushable(const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return QList<DueOrder>();
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM draft_order WHERE state IN ('approved', 'retry_wait') AND id IN (%2)")
                                  .arg(QLatin1String(kColumns), marks(orderIds.size())));
    for (const QString &id : orderIds)
        q.addBindValue(id);
    return read(q, QStringLiteral("finding orders to push"));
}

Result<QList<DueOrder>> PushQueueRepository::pushing(const QDateTime &changedBy)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM draft_order WHERE state = 'pushing' AND updated_at <= ?").arg(QLatin1String(kColumns)));
    q.addBindValue(timeText(changedBy));
    return read(q, QStringLiteral("finding interrupted pushes"));
}

Result<int> PushQueueRepository::transientFailures(const QString &idempotencyKey)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE idempotency_key = ? AND outcome = 'transient'"));
    q.addBindValue(idempotencyKey);
    if (Status s = execQuery(q, QStringLiteral("counting failed attempts")); !s)
        return s.error();
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

} // namespace orderflow
