#include "storage/MonitoringRepository.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace orderflow {

Result<QMap<QString, qint64>> MonitoringRepository::pushesByOutcome()
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT outcome, COUNT(*) FROM erp_push_log GROUP BY outcome"));
    if (Status s = execQuery(q, QStringLiteral("counting pushes by outcome")); !s)
        return s.error();
    QMap<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.finish();
    return out;
}

Result<PushLatencyHistogram> MonitoringRepository::pushLatency(const QList<qint64> &boundsMs)
{
    // One pass over the log: a SUM per bucket, built from the bounds (numbers, never user text).
    QString sql = QStringLiteral("SELECT COUNT(latency_ms), COALESCE(SUM(latency_ms), 0)");
    for (qint64 b : boundsMs)
        sql += QStringLiteral(", COALESCE(SUM(CASE WHEN latency_ms <= %1 THEN 1 ELSE 0 END), 0)").arg(b);
    sql += QStringLiteral(" FROM erp_push_log WHERE latency_ms IS NOT NULL");
    QSqlQuery &q = m_db.query(sql);
    if (Status s = execQuery(q, QStringLiteral("reading push latencies")); !s)
        return s.error();
    PushLatencyHistogram h;
    h.boundsMs = boundsMs;
    if (q.next()) {
        h.count = q.value(0).toLongLong();
        h.sumMs = q.value(1).toLongLong();
        for (int i = 0; i < boundsMs.size(); ++i)
            h.cumulative << q.value(2 + i).toLongLong();
    }
    q.finish();
    return h;
}

Status MonitoringRepository::ping(int waitMs)
{
    // SELECT 1 would answer without touching the file; the schema version is read from it.
    QSqlQuery timeout(m_db.sql());
    int usualWaitMs = 0;
    if (timeout.exec(QStringLiteral("PRAGMA busy_timeout")) && timeout.next())
        usualWaitMs = timeout.value(0).toInt();
    timeout.finish();
    timeout.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(waitMs));
    const auto restoreWait = qScopeGuard([&] { QSqlQuery(m_db.sql()).exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(usualWaitMs)); });

    QSqlQuery &q = m_db.query(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (Status s = execQuery(q, QStringLiteral("reading the database's schema version")); !s)
        return s;
    q.next();
    q.finish();
    // An empty write transaction: fails when another connection has held the write lock for longer than waitMs — or
    // when this process's writers have had or waited for it that long (one of them blocked by another process's lock:
    // the health check does not queue behind it for the writers' own, longer, wait).
    if (Status s = m_db.transaction([] { return Status(); }, waitMs); !s) {
        return Error(QStringLiteral("db_locked"),
                     QStringLiteral("The database %1 takes no writes: its write lock has been held by another connection for more than %2 s "
                                    "(%3), so no order can be stored or moved on. Find the process that keeps it (a backup, an sqlite3 shell "
                                    "left in a transaction) and end it.")
                         .arg(m_db.path()).arg(waitMs / 1000.0).arg(s.error().message));
    }
    return {};
}

} // namespace orderflow
