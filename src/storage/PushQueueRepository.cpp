#include "storage/PushQueueRepository.h"

#include "storage/RowRuns.h"
#include "storage/SqlTime.h"

#include <algorithm>

namespace orderflow {
namespace {

constexpr auto kColumns = "id, source_id, state, push_generation, attempt, org_id";
constexpr auto kDue = "(state = 'approved' OR (state = 'retry_wait' AND next_attempt_at <= ?))";

// Source ids in one statement (due() names them twice): well below SQLite's 32766 variables.
constexpr qsizetype kSourcesPerStatement = 10000;

// A row of kColumns.
DueOrder dueOrderFrom(const QSqlQuery &q)
{
    return DueOrder{q.value(0).toString(), q.value(1).toLongLong(), stateFromName(q.value(2).toString()).value_or(OrderState::Approved),
                    q.value(3).toInt(), q.value(4).toInt(), q.value(5).toLongLong()};
}

} // namespace

Result<QList<DueOrder>> PushQueueRepository::read(QSqlQuery &q, const QString &what)
{
    if (Status s = execQuery(q, what); !s)
        return s.error();
    QList<DueOrder> out;
    while (q.next())
        out.append(dueOrderFrom(q));
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
    // More sources than one statement takes: the oldest `limit` of each chunk, then the oldest `limit` of those.
    struct Row {
        DueOrder order;
        QString updatedAt;
        qint64 rowid = 0;
    };
    const bool merge = sourceIds.size() > kSourcesPerStatement;
    QList<Row> rows;   // (only when merging)
    QList<DueOrder> out;
    Status st = forChunks(sourceIds.size(), kSourcesPerStatement, [&](qsizetype at, qsizetype n) -> Status {
        QSqlQuery &q = m_db.query(QStringLiteral("SELECT * FROM (SELECT %1, updated_at, rowid FROM draft_order WHERE state = 'approved' AND source_id IN (%2) "
                                                 "ORDER BY updated_at, rowid LIMIT ?) "
                                                 "UNION ALL SELECT * FROM (SELECT %1, updated_at, rowid FROM draft_order WHERE state = 'retry_wait' AND next_attempt_at <= ? "
                                                 "AND source_id IN (%2) ORDER BY updated_at, rowid LIMIT ?) ORDER BY 7, 8 LIMIT ?")
                                      .arg(QLatin1String(kColumns), placeholderList(n)));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(sourceIds.at(at + i));
        q.addBindValue(limit);
        q.addBindValue(timeText(now));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(sourceIds.at(at + i));
        q.addBindValue(limit);
        q.addBindValue(limit);
        if (Status s = execQuery(q, QStringLiteral("finding orders to push")); !s)
            return s;
        while (q.next()) {
            if (merge)
                rows.append(Row{dueOrderFrom(q), q.value(6).toString(), q.value(7).toLongLong()});
            else
                out.append(dueOrderFrom(q));
        }
        q.finish();
        return {};
    });
    if (!st)
        return st.error();
    if (merge) {
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.updatedAt != b.updatedAt ? a.updatedAt < b.updatedAt : a.rowid < b.rowid;
        });
        for (qsizetype i = 0; i < std::min(rows.size(), qsizetype(limit)); ++i)
            out.append(std::move(rows[i].order));
    }
    return out;
}

Result<bool> PushQueueRepository::anyDue(const QList<qint64> &sourceIds, const QDateTime &now)
{
    bool any = false;
    Status st = forChunks(sourceIds.size(), kSourcesPerStatement, [&](qsizetype at, qsizetype n) -> Status {
        if (any)
            return {};
        QSqlQuery &q = m_db.query(QStringLiteral("SELECT 1 FROM draft_order WHERE source_id IN (%1) AND %2 LIMIT 1")
                                      .arg(placeholderList(n), QLatin1String(kDue)));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(sourceIds.at(at + i));
        q.addBindValue(timeText(now));
        if (Status s = execQuery(q, QStringLiteral("looking for orders to push")); !s)
            return s;
        any = q.next();
        q.finish();
        return {};
    });
    if (!st)
        return st.error();
    return any;
}

Result<QList<DueOrder>> PushQueueRepository::pushable(const QStringList &orderIds)
{
    QList<DueOrder> out;
    Status st = forRowRuns(orderIds.size(), [&](qsizetype at, qsizetype n) -> Status {
        QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM draft_order WHERE state IN ('approved', 'retry_wait') AND id IN (%2)")
                                      .arg(QLatin1String(kColumns), placeholderList(n)));
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(orderIds.at(at + i));
        auto found = read(q, QStringLiteral("finding orders to push"));
        if (!found)
            return found.error();
        out.append(*found);
        return {};
    });
    if (!st)
        return st.error();
    return out;
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
