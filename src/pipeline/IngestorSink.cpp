#include "pipeline/IngestorSink.h"

#include "pipeline/Ingestor.h"
#include "storage/SourceCheckpointRepository.h"
#include "storage/WriteTurns.h"

namespace orderflow {

IngestorSink::IngestorSink(Database &db, const Source &source, Listener listener) : m_db(db), m_source(source), m_listener(std::move(listener)) {}

Result<QList<IngestedFile>> IngestorSink::store(const QList<InboundDocument> &documents, const std::optional<CheckpointAdvance> &checkpoint)
{
    OrderStateChanges changes;
    auto files = Ingestor(m_db).storeDocuments(m_source.record(), documents, checkpoint, &changes);
    if (files)
        stored(changes);
    return files;
}

Result<QList<IngestedFile>> IngestorSink::storeWhileClientsWait(const QList<InboundDocument> &documents)
{
    const WriteTurns::Interactive clientsWait;   // the push stage keeps its transactions short meanwhile
    return store(documents, std::nullopt);
}

Result<std::optional<QString>> IngestorSink::checkpoint(const QString &stream)
{
    auto stored = SourceCheckpointRepository(m_db).get(m_source.record().id, stream);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<QString>();
    return std::optional<QString>((*stored)->cursor);
}

Result<IngestReport> IngestorSink::pollFolder(FileStore &store, StabilityTracker &tracker)
{
    auto report = Ingestor(m_db).pollSource(m_source.record(), store, tracker);
    if (report)
        stored(report->changes);
    return report;
}

void IngestorSink::reportProblem(const QString &message)
{
    if (m_listener.problem)
        m_listener.problem(message);
}

void IngestorSink::reportFailure(const Error &error)
{
    if (m_listener.failure)
        m_listener.failure(error);
}

void IngestorSink::reportPaused(const Error &error, qint64 pauseMs)
{
    if (m_listener.paused)
        m_listener.paused(error, pauseMs);
    else if (m_listener.failure)
        m_listener.failure(error);
}

void IngestorSink::reportWorking(int backlog)
{
    if (m_listener.working)
        m_listener.working(backlog);
}

void IngestorSink::stored(const OrderStateChanges &changes)
{
    if (!changes.isEmpty() && m_listener.stored)
        m_listener.stored(changes);
}

} // namespace orderflow
