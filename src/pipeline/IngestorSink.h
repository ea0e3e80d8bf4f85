// The engine's side of SourceSink: what a source read goes through the Ingestor (and its checkpoint through the
// checkpoint repository) on the source's own database connection; what that changed, and how the source says it
// is doing, goes to whoever runs the source (SourceWorker, or a test).
#pragma once

#include "sources/Source.h"
#include "sources/SourceSink.h"

#include <functional>

namespace orderflow {

class Database;

class IngestorSink final : public SourceSink {
public:
    struct Listener {
        std::function<void(const OrderStateChanges &)> stored;   // after each commit that created orders
        std::function<void(const QString &)> problem;
        std::function<void(const Error &)> failure;
        std::function<void(int backlog)> working;
        std::function<void(const Error &, qint64 pauseMs)> paused;
    };

    // source: the source this sink serves (its current record is read at every call).
    IngestorSink(Database &db, const Source &source, Listener listener = {});

    Result<QList<IngestedFile>> store(const QList<InboundDocument> &documents, const std::optional<CheckpointAdvance> &checkpoint) override;
    Result<QList<IngestedFile>> storeWhileClientsWait(const QList<InboundDocument> &documents) override;
    Result<std::optional<QString>> checkpoint(const QString &stream) override;
    Result<IngestReport> pollFolder(FileStore &store, StabilityTracker &tracker) override;
    void reportProblem(const QString &message) override;
    void reportFailure(const Error &error) override;
    void reportPaused(const Error &error, qint64 pauseMs) override;
    void reportWorking(int backlog) override;

private:
    void stored(const OrderStateChanges &changes);

    Database &m_db;
    const Source &m_source;
    Listener m_listener;
};

} // namespace orderflow
