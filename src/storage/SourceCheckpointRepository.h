// Where a source that reads a stream or an API stands (a cursor, an offset, a stream id). It moves only inside the
// transaction that stores what was read up to it (Ingestor::storeDocuments), so both are durable or neither is.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace orderflow {

struct SourceCheckpoint {
    qint64 sourceId = 0;
    QString stream;      // one stream of the source (a partition, a stream key); "" when it has only one
    QString cursor;      // the source's own notation: a page token, an offset, a stream id
    QString updatedAt;
};

class SourceCheckpointRepository {
public:
    explicit SourceCheckpointRepository(Database &db) : m_db(db) {}

    Result<std::optional<SourceCheckpoint>> get(qint64 sourceId, const QString &stream = {});
    Result<QList<SourceCheckpoint>> list(qint64 sourceId);
    // Moves the checkpoint of (sourceId, stream) from `expected` (std::nullopt: none stored yet) to `cursor`. Fails
    // with code "checkpoint_conflict", changing nothing, when the stored checkpoint is not `expected`: another reader
    // (a second daemon, an earlier run) moved it since this one read it, and what was read must not be stored.
    // Call it inside the transaction that stores what was read.
    Status advance(qint64 sourceId, const QString &stream, const std::optional<QString> &expected, const QString &cursor);

private:
    Database &m_db;
};

} // namespace orderflow
