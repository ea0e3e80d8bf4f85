#include "storage/AckControlRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {

Result<qint64> AckControlRepository::take(qint64 orgId, const QString &partner, const QString &series, int count)
{
    if (count < 1)
        return Error(QStringLiteral("internal"), QStringLiteral("Cannot reserve %1 control numbers.").arg(count));
    // One statement, so two writers never read the same last value (SQLite and PostgreSQL both lock the row).
    QSqlQuery &q = m_db.query(QStringLiteral(
        "INSERT INTO ack_control_counter (org_id, partner, series, last_value, updated_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (org_id, partner, series) DO UPDATE SET "
        "last_value = CASE WHEN ack_control_counter.last_value + excluded.last_value > ? THEN excluded.last_value "
        "ELSE ack_control_counter.last_value + excluded.last_value END, updated_at = excluded.updated_at "
        "RETURNING last_value"));
    q.addBindValue(orgId);
    q.addBindValue(partner);
    q.addBindValue(series);
    q.addBindValue(qint64(count));
    q.addBindValue(nowText());
    q.addBindValue(kMaxValue);
    if (Status s = execQuery(q, QStringLiteral("taking the next %1 control number toward partner %2").arg(series, partner)); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("db"), QStringLiteral("Taking the next %1 control number toward partner %2 returned no row.").arg(series, partner));
    const qint64 lastValue = q.value(0).toLongLong();
    q.finish();
    return lastValue - count + 1;
}

Result<qint64> AckControlRepository::last(qint64 orgId, const QString &partner, const QString &series)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT last_value FROM ack_control_counter WHERE org_id = ? AND partner = ? AND series = ?"));
    q.addBindValue(orgId);
    q.addBindValue(partner);
    q.addBindValue(series);
    if (Status s = execQuery(q, QStringLiteral("reading the %1 control number toward partner %2").arg(series, partner)); !s)
        return s.error();
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

} // namespace orderflow
