#include "storage/MonitoringRepository.h"

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

Status MonitoringRepository::ping()
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT 1"));
    if (Status s = execQuery(q, QStringLiteral("checking the database")); !s)
        return s;
    q.next();
    q.finish();
    return {};
}

} // namespace orderflow
