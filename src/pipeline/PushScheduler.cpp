#include "pipeline/PushScheduler.h"

#include "pipeline/ConnectionWorker.h"

#include <algorithm>

namespace orderflow {

PushScheduler::PushScheduler(PushService &service, int batchSize, std::function<void(const PushRound &)> recorded, std::function<void()> wake,
                             QObject *parent)
    : QObject(parent), m_service(service), m_batchSize(std::max(1, batchSize)), m_recorded(std::move(recorded)), m_wake(std::move(wake))
{
}

PushScheduler::~PushScheduler()
{
    shutdown();
}

void PushScheduler::setHandlers(std::function<void(const PushRound &)> recorded, std::function<void()> wake)
{
    m_recorded = std::move(recorded);
    m_wake = std::move(wake);
}

PushScheduler::Slot &PushScheduler::slotFor(qint64 connectionId)
{
    Slot &slot = m_slots[connectionId];
    if (!slot.thread) {
        slot.thread = new QThread;
        slot.thread->setObjectName(QStringLiteral("orderflow-connection-%1").arg(connectionId));
        slot.worker = new ConnectionWorker;
        slot.worker->moveToThread(slot.thread);
        slot.thread->start();
    }
    return slot;
}

Result<PushRound> PushScheduler::dispatch(int maxOrders, const QDateTime &dueBy)
{
    PushRound round;
    if (m_service.aborting())
        return round;
    collect();
    // Two claims at most: the first gives every connection with room a batch (started, or kept ahead when its
    // limit runs already); the second claims ahead for the connections the first one just started.
    for (int pass = 0; pass < 2 && round.attempted < maxOrders; ++pass) {
        ClaimLimits limits;
        // While other writers share the database, no claim holds its lock for more than kSharedBatch orders.
        const int cap = m_service.sharingTheDatabase() ? PushService::kSharedBatch : std::numeric_limits<int>::max();
        limits.perConnection = std::min(m_batchSize, cap);
        limits.dueBy = dueBy;
        for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
            if (!it->hasRoom())
                limits.skip.insert(it.key());   // busy, with a batch ahead: its queue is not even read
            else if (it->batch > 0)
                limits.batchOf.insert(it.key(), std::min(it->batch, cap));
        }
        auto claimed = m_service.claim(maxOrders - round.attempted, {}, round, limits);
        if (!claimed)
            return claimed.error();
        if (claimed->isEmpty())
            break;
        round.attempted += int(claimed->size());
        place(*claimed, false);
    }
    return round;
}

Result<PushRound> PushScheduler::dispatchAsked(const QStringList &orderIds)
{
    PushRound round;
    if (m_service.aborting())
        return round;
    collect();
    auto claimed = m_service.claim(int(orderIds.size()), orderIds, round);
    if (!claimed)
        return claimed.error();
    round.attempted = int(claimed->size());
    place(*claimed, true);
    return round;
}

void PushScheduler::place(QList<PushService::Claimed> &claimed, bool startAll)
{
    QHash<qint64, QList<PushService::Claimed>> byConnection;
    QList<qint64> order;
    for (PushService::Claimed &c : claimed) {
        if (!byConnection.contains(c.connection.id))
            order.append(c.connection.id);
        byConnection[c.connection.id].append(std::move(c));
    }
    for (qint64 connectionId : std::as_const(order)) {
        QList<PushService::Claimed> &items = byConnection[connectionId];
        Slot &slot = slotFor(connectionId);
        const int concurrency = std::max(1, items.first().connection.concurrency);
        slot.limit = std::clamp(std::min(concurrency, items.first().connector->maxInFlight()), 1, concurrency);
        const quint64 id = ++m_nextBatch;
        m_batches.insert(id, Batch{connectionId, slot.batch > 0 ? slot.batch : m_batchSize, std::move(items), std::make_shared<std::atomic<bool>>(false)});
        if (startAll || slot.running < slot.limit)
            start(id);
        else
            slot.ahead = id;
    }
}

void PushScheduler::start(quint64 batchId)
{
    const Batch &batch = m_batches[batchId];
    Slot &slot = slotFor(batch.connectionId);
    ++slot.running;
    const std::shared_ptr<ErpConnector> connector = batch.items.first().connector;
    const int concurrency = std::max(1, batch.items.first().connection.concurrency);
    QList<PushRequest> requests;
    QList<PushService::DocumentWriter> writers;
    for (const PushService::Claimed &c : batch.items) {
        requests.append(c.request);
        writers.append(c.writeDocument);
    }
    std::shared_ptr<std::atomic<bool>> started = batch.started;
    ConnectionWorker *worker = slot.worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, connector, requests, writers, concurrency, batchId, started]() mutable {
            started->store(true);
            // The documents are written here, on the connection's thread, so the push worker's thread (which claims
            // and records every connection's batches) does not; their hashes go back with the results.
            QStringList hashes;
            for (qsizetype i = 0; i < requests.size(); ++i) {
                if (writers.at(i))
                    requests[i].document = writers.at(i)(&requests[i].contentSha256);
                hashes.append(requests.at(i).contentSha256);
            }
            writers.clear();
            worker->start(connector, requests, concurrency, [this, batchId, hashes](QList<PushResult> results, QDateTime at, qint64 elapsedMs) {
                for (PushResult &r : results) {   // still on the connection's thread
                    r.requestJson = pushLogJson(r.request);
                    r.responseJson = pushLogJson(r.response);
                }
                {
                    std::lock_guard lock(m_mutex);
                    m_completed.append(Completion{batchId, std::move(results), at, elapsedMs, hashes});
                }
                QMetaObject::invokeMethod(this, &PushScheduler::collect, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void PushScheduler::collect()
{
    QList<Completion> done;
    {
        std::lock_guard lock(m_mutex);
        done.swap(m_completed);
    }
    for (Completion &c : done) {
        auto it = m_batches.find(c.batchId);
        if (it == m_batches.end())
            continue;
        Batch batch = std::move(*it);
        m_batches.erase(it);
        for (qsizetype i = 0; i < batch.items.size() && i < c.hashes.size(); ++i)
            batch.items[i].request.contentSha256 = c.hashes.at(i);
        QList<PushResult> results = std::move(c.results);
        auto slot = m_slots.find(batch.connectionId);   // gone at shutdown: the batch ahead is recorded there
        if (slot != m_slots.end()) {
            slot->running = std::max(0, slot->running - 1);
            if (std::none_of(results.cbegin(), results.cend(), [](const PushResult &r) { return isConnectionFailure(r); }))
                resize(*slot, int(batch.items.size()), batch.sizedFor, c.elapsedMs);
            if (slot->ahead) {
                const auto cause = std::find_if(results.cbegin(), results.cend(), [](const PushResult &r) { return isConnectionFailure(r); });
                if (cause == results.cend() && !m_service.aborting()) {
                    // The next batch starts before this one is recorded: the connection works while the database does.
                    if (slot->running < slot->limit) {
                        start(*slot->ahead);
                        slot->ahead.reset();
                    }
                } else {
                    // The connection failed (or OrderFlow stops): the batch ahead is not attempted; it is recorded
                    // with this one, like the rest of a batch after a connection failure, and waits as long.
                    const PushResult skipped = cause != results.cend() ? notAttempted(*cause) : PushService::notStarted();
                    Batch ahead = m_batches.take(*slot->ahead);
                    slot->ahead.reset();
                    results.append(QList<PushResult>(ahead.items.size(), skipped));
                    batch.items.append(std::move(ahead.items));
                }
            }
        }
        record(batch, results, c.started, c.elapsedMs);
    }
    if (!done.isEmpty() && m_wake)
        m_wake();   // the connections have room again
}

void PushScheduler::resize(Slot &slot, int orders, int sizedFor, qint64 elapsedMs) const
{
    if (orders <= 0)
        return;
    const int current = slot.batch > 0 ? slot.batch : m_batchSize;
    // A full batch tells the pace; a short one (the queue ran dry, or the claim was shortened) only whether it was
    // slower than wanted.
    const double paced = double(orders) * kBatchSeconds * 1000.0 / double(std::max<qint64>(elapsedMs, 1));
    if (orders < sizedFor && paced > current)
        return;
    const int grown = int(std::min<double>(paced, double(current) * 4));   // at most four times as large at once
    slot.batch = std::clamp(grown, std::max(1, slot.limit), std::max(kMaxBatch, m_batchSize));
}

void PushScheduler::record(Batch &batch, const QList<PushResult> &results, const QDateTime &started, qint64 elapsedMs)
{
    QList<PushService::Claimed *> items;
    for (PushService::Claimed &c : batch.items)
        items.append(&c);
    PushService::settle(items, results, started, elapsedMs);
    PushRound round;
    round.attempted = int(batch.items.size());
    if (Status s = m_service.recordBatch(batch.items, round); !s)
        round.messages << s.error().message;
    if (m_recorded)
        m_recorded(round);
}

void PushScheduler::shutdown()
{
    for (Slot &slot : m_slots) {
        slot.thread->quit();
        slot.thread->wait();
        delete slot.worker;
        delete slot.thread;
    }
    m_slots.clear();
    collect();
    // Batches whose start never ran (claimed ahead, or handed over as the thread stopped): nothing was attempted,
    // they wait again uncharged.
    for (auto it = m_batches.begin(); it != m_batches.end();) {
        if (it->started->load()) {
            ++it;
            continue;
        }
        Batch batch = std::move(*it);
        it = m_batches.erase(it);
        record(batch, QList<PushResult>(batch.items.size(), PushService::notStarted()), QDateTime::currentDateTimeUtc(), 0);
    }
    m_batches.clear();
}

} // namespace orderflow
