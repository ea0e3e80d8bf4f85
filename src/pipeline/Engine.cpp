#include "pipeline/Engine.h"

#include "pipeline/OutboxWorker.h"
#include "pipeline/Workers.h"

namespace orderflow {

Engine::Engine(EngineOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<orderflow::OrderStateChanges>("orderflow::OrderStateChanges");
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    if (isRunning())
        return;
    auto *ingest = new IngestWorker(m_options.databasePath, m_options.ingestIntervalMs);
    auto *process = new ProcessWorker(QStringLiteral("process"), m_options.databasePath, m_options.processIntervalMs);
    auto *push = new PushWorker(m_options.databasePath, m_options.pushIntervalMs, m_options.pushBatch);
    auto *ack = new AckWorker(m_options.databasePath, m_options.ackIntervalMs);
    auto *outbox = new OutboxWorker(m_options.databasePath, m_options.outboxIntervalMs);
    m_push = push;
    // Work flows downstream as soon as it exists, not only on the next timer tick.
    connect(ingest, &Worker::workAvailable, process, &Worker::nudge);
    connect(process, &Worker::workAvailable, push, &Worker::nudge);
    connect(ingest, &Worker::workAvailable, outbox, &Worker::nudge);   // acknowledgements queued with new orders
    for (Worker *w : {static_cast<Worker *>(ingest), static_cast<Worker *>(process), static_cast<Worker *>(push), static_cast<Worker *>(ack),
                      static_cast<Worker *>(outbox)}) {
        auto *thread = new QThread(this);
        thread->setObjectName(QStringLiteral("orderflow-") + w->name());
        w->moveToThread(thread);
        connect(thread, &QThread::started, w, &Worker::start);
        connect(thread, &QThread::finished, w, &QObject::deleteLater);
        connect(w, &Worker::changed, this, &Engine::ordersChanged);
        connect(w, &Worker::problem, this, &Engine::problem);
        m_threads.append(thread);
        m_workers.append(w);
        thread->start();
    }
}

void Engine::stop()
{
    if (!isRunning())
        return;
    // Network calls in progress are interrupted first, so no worker finishes its slice by waiting out a timeout.
    for (Worker *w : std::as_const(m_workers))
        w->abort();
    for (Worker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &Worker::stop, Qt::BlockingQueuedConnection);
    for (QThread *t : std::as_const(m_threads)) {
        t->quit();
        t->wait();
    }
    qDeleteAll(m_threads);
    m_threads.clear();
    m_workers.clear();
    m_push = nullptr;
}

void Engine::nudgePush()
{
    if (m_push)
        QMetaObject::invokeMethod(m_push, &Worker::nudge, Qt::QueuedConnection);
}

} // namespace orderflow
