// The engine's push scheduling (DESIGN §4): on the push worker's thread it claims due orders per connection
// (round-robin across organisations and connections, PushService::claim), hands each connection's batch to that
// connection's own thread (ConnectionWorker), and records each batch when it completes. A connection has at most
// its concurrency of batches in flight (and a blocking connector one); a busy, slow, hung or paused connection is
// skipped by the claim, so it never holds back another one. The database stays on the push worker's thread.
#pragma once

#include "pipeline/PushService.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <mutex>

namespace orderflow {

class ConnectionWorker;

class PushScheduler final : public QObject {
    Q_OBJECT
public:
    // recorded: what recording a completed batch changed and said; wake: a connection has room again.
    PushScheduler(PushService &service, int batchSize, std::function<void(const PushRound &)> recorded, std::function<void()> wake,
                  QObject *parent = nullptr);
    ~PushScheduler() override;

    // Claims for every connection that has room and starts the batches on their threads; what the claim did.
    Result<PushRound> dispatch();
    // Batches started and not yet recorded.
    int inFlight() const { return int(m_batches.size()); }
    // For shutdown, after PushService::abort(): joins the connection threads and records what they finished; a
    // batch that never started waits again, uncharged. A batch an asynchronous connector left unfinished stays in
    // `pushing` and is recovered at the next start, as after a crash.
    void shutdown();

private:
    struct Slot {
        QThread *thread = nullptr;
        ConnectionWorker *worker = nullptr;
        int inFlight = 0;
        int limit = 1;
    };
    struct Batch {
        qint64 connectionId = 0;
        QList<PushService::Claimed> items;
        std::shared_ptr<std::atomic<bool>> started;
    };
    struct Completion {
        quint64 batchId = 0;
        QList<PushResult> results;
        QDateTime started;
        qint64 elapsedMs = 0;
    };
    Slot &slotFor(qint64 connectionId);
    void start(qint64 connectionId, QList<PushService::Claimed> items);
    void collect();   // records the batches that completed
    void record(Batch &batch, const QList<PushResult> &results, const QDateTime &started, qint64 elapsedMs);

    PushService &m_service;
    int m_batchSize;
    std::function<void(const PushRound &)> m_recorded;
    std::function<void()> m_wake;
    QHash<qint64, Slot> m_slots;
    QHash<quint64, Batch> m_batches;
    quint64 m_nextBatch = 0;
    std::mutex m_mutex;                 // completions arrive on the connection threads
    QList<Completion> m_completed;
};

} // namespace orderflow
