#include "storage/SourceCheckpointRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {

Result<std::optional<SourceCheckpoint>> SourceCheckpointRepository::get(qint64 sourceId, const QString &stream)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT cursor, updated_at FROM source_checkpoint WHERE source_id = ? AND stream = ?"));
    q.addBindValue(sourceId);
    q.addBindValue(nonNull(stream));
    if (Status s = execQuery(q, QStringLiteral("reading the checkpoint of source %1").arg(sourceId)); !s)
        return s.error();
    std::optional<SourceCheckpoint> out;
    if (q.next())
        out = SourceCheckpoint{sourceId, stream, q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return out;
}

Result<QList<SourceCheckpoint>> SourceCheckpointRepository::list(qint64 sourceId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT stream, cursor, updated_at FROM source_checkpoint WHERE source_id = ? ORDER BY stream"));
    q.addBindValue(sourceId);
    if (Status s = execQuery(q, QStringLiteral("reading the checkpoints of source %1").arg(sourceId)); !s)
        return s.error();
    QList<SourceCheckpoint> out;
    while (q.next())
        out.append(SourceCheckpoint{sourceId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status SourceCheckpointRepository::advance(qint64 sourceId, const QString &stream, const std::optional<QString> &expected, const QString &cursor)
{
    const QString now = nowText();
    if (expected) {
        QSqlQuery &q = m_db.query(QStringLiteral("UPDATE source_checkpoint SET cursor = ?, updated_at = ? WHERE source_id = ? AND stream = ? AND cursor = ?"));
        q.addBindValue(cursor);
        q.addBindValue(now);
        q.addBindValue(sourceId);
        q.addBindValue(nonNull(stream));
        q.addBindValue(*expected);
        if (Status s = execQuery(q, QStringLiteral("moving the checkpoint of source %1").arg(sourceId)); !s)
            return s;
        if (q.numRowsAffected() == 1)
            return {};
    } else {
        QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO source_checkpoint (source_id, stream, cursor, updated_at) VALUES (?,?,?,?) "
                                                 "ON CONFLICT (source_id, stream) DO NOTHING"));
        q.addBindValue(sourceId);
        q.addBindValue(nonNull(stream));
        q.addBindValue(cursor);
        q.addBindValue(now);
        if (Status s = execQuery(q, QStringLiteral("storing the first checkpoint of source %1").arg(sourceId)); !s)
            return s;
        if (q.numRowsAffected() == 1)
            return {};
    }
    auto current = get(sourceId, stream);
    const QString stored = !current ? QStringLiteral("(unreadable)") : *current ? QStringLiteral("'%1'").arg((*current)->cursor) : QStringLiteral("none");
    return Error(QStringLiteral("checkpoint_conflict"),
                 QStringLiteral("The checkpoint of source %1%2 is %3, not %4 as when these messages were read: another reader moved it. "
                                "Nothing was stored; the source reads again from the stored checkpoint. If two engines read this source, "
                                "stop one of them.")
                     .arg(sourceId)
                     .arg(stream.isEmpty() ? QString() : QStringLiteral(" (stream '%1')").arg(stream), stored,
                          expected ? QStringLiteral("'%1'").arg(*expected) : QStringLiteral("none")));
}

} // namespace orderflow
