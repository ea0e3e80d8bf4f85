// The engine's push scheduling (DESIGN §4): on the push worker's thread it claims due orders per connection
// (round-robin across organisations and connections, PushService::claim), hands each connection's batch to that
// connection's own thread (ConnectionWorker), and records each batch when it completes. A connection runs at most
// its concurrency of batches at once (a blocking connector one); while they run, one more batch is claimed ahead,
// so the database work for the next batch overlaps the file or network work of the current one. A busy, slow, hung
// or paused connection is skipped by the claim, so it never holds back another one. The database stays on the
// push worker's thread. `orderflow push` and PushService::runRound drive the same scheduler to the end of a round.
#pragma once

#include "pipeline/PushService.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>
#include <mutex>
#include <optional>

namespace orderflow {

class ConnectionWorker;

class PushScheduler final : public QObject {
    Q_OBJECT
public:
    // recorded: what recording a completed batch changed and said; wake: a connection has room again.
    PushScheduler(PushService &service, int batchSize, std::function<void(const PushRound &)> recorded, std::function<void()> wake,
                  QObject *parent = nullptr);
    ~PushScheduler() override;
    void setHandlers(std::function<void(const PushRound &)> recorded, std::function<void()> wake);

    // Claims for every connection that has room — a batch to start while fewer than its limit run, and one batch
    // ahead while they run — and starts what may start on the connections' threads; what the claim did
    // (`attempted`: orders claimed). At most maxOrders orders, due by dueBy (invalid: now).
    Result<PushRound> dispatch(int maxOrders = std::numeric_limits<int>::max() / 2, const QDateTime &dueBy = {});
    // The operator's "push now": exactly these orders, whatever their next attempt time; each connection's share
    // starts at once as one batch.
    Result<PushRound> dispatchAsked(const QStringList &orderIds);
    // Batches claimed and not yet recorded (in flight, or claimed ahead).
    int inFlight() const { return int(m_batches.size()); }
    // For shutdown, after PushService::abort(): joins the connection threads and records what they finished; a
    // batch that never started (one claimed ahead) waits again, uncharged. A batch an asynchronous connector left
    // unfinished stays in `pushing` and is recovered at the next start, as after a crash.
    void shutdown();

private:
    struct Slot {
        QThread *thread = nullptr;
        ConnectionWorker *worker = nullptr;
        int running = 0;
        int limit = 1;
        std::optional<quint64> ahead;   // the batch claimed while the running ones work
        int batch = 0;                  // orders per batch for this connection (0: the scheduler's first size)
        bool hasRoom() const { return running < limit || !ahead; }
    };
    // A batch is sized to about kBatchSeconds of its connection's measured pace, between the connection's
    // concurrency and kMaxBatch (decided): a fast ERP gets large batches, so the claim's and the record's
    // commits, and the index pages each rewrites, are shared by many orders; a slow one small batches, so an
    // order does not wait in `pushing` behind hundreds of others before its answer is recorded.
    static constexpr double kBatchSeconds = 0.25;
    static constexpr int kMaxBatch = 2000;
    void resize(Slot &slot, int orders, int sizedFor, qint64 elapsedMs) const;
    struct Batch {
        qint64 connectionId = 0;
        int sizedFor = 0;   // the connection's batch size when it was claimed (fewer items: the queue ran short)
        QList<PushService::Claimed> items;
        std::shared_ptr<std::atomic<bool>> started;
    };
    struct Completion {
        quint64 batchId = 0;
        QList<PushResult> results;
        QDateTime started;
        qint64 elapsedMs = 0;
        QStringList hashes;   // each request's document hash, written on the connection's thread
    };
    Slot &slotFor(qint64 connectionId);
    // Starts each connection's claimed orders, or keeps them as the connection's batch ahead (unless startAll).
    void place(QList<PushService::Claimed> &claimed, bool startAll);
    void start(quint64 batchId);
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
