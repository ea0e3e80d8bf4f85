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

Result<PushRound> PushScheduler::dispatch()
{
    PushRound round;
    if (m_service.aborting())
        return round;
    collect();
    ClaimLimits limits;
    limits.perConnection = m_batchSize;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (it->inFlight >= it->limit)
            limits.skip.insert(it.key());   // busy: its queue is not even read
    }
    auto claimed = m_service.claim(std::numeric_limits<int>::max() / 2, {}, round, limits);
    if (!claimed)
        return claimed.error();
    QHash<qint64, QList<PushService::Claimed>> byConnection;
    QList<qint64> order;
    for (PushService::Claimed &c : *claimed) {
        if (!byConnection.contains(c.connection.id))
            order.append(c.connection.id);
        byConnection[c.connection.id].append(std::move(c));
    }
    for (qint64 id : std::as_const(order))
        start(id, std::move(byConnection[id]));
    round.attempted = int(claimed->size());
    return round;
}

void PushScheduler::start(qint64 connectionId, QList<PushService::Claimed> items)
{
    Slot &slot = slotFor(connectionId);
    const std::shared_ptr<ErpConnector> connector = items.first().connector;
    const int concurrency = std::max(1, items.first().connection.concurrency);
    slot.limit = std::clamp(std::min(concurrency, connector->maxInFlight()), 1, concurrency);
    ++slot.inFlight;
    const quint64 id = ++m_nextBatch;
    QList<PushRequest> requests;
    for (const PushService::Claimed &c : std::as_const(items))
        requests.append(c.request);
    auto started = std::make_shared<std::atomic<bool>>(false);
    m_batches.insert(id, Batch{connectionId, std::move(items), started});
    ConnectionWorker *worker = slot.worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, connector, requests, concurrency, id, started] {
            started->store(true);
            worker->start(connector, requests, concurrency, [this, id](QList<PushResult> results, QDateTime at, qint64 elapsedMs) {
                {
                    std::lock_guard lock(m_mutex);
                    m_completed.append(Completion{id, std::move(results), at, elapsedMs});
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
        record(batch, c.results, c.started, c.elapsedMs);
    }
    if (!done.isEmpty() && m_wake)
        m_wake();   // the connections have room again
}

void PushScheduler::record(Batch &batch, const QList<PushResult> &results, const QDateTime &started, qint64 elapsedMs)
{
    if (auto slot = m_slots.find(batch.connectionId); slot != m_slots.end())
        slot->inFlight = std::max(0, slot->inFlight - 1);
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
    // Batches whose start never ran: nothing was attempted, they wait again uncharged.
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
