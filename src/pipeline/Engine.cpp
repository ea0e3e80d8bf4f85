#include "pipeline/Engine.h"

#include "pipeline/CatalogWorker.h"
#include "pipeline/OutboxWorker.h"
#include "pipeline/SourceScheduler.h"
#include "pipeline/Workers.h"

#include <QDeadlineTimer>

namespace orderflow {

Engine::Engine(EngineOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    qRegisterMetaType<orderflow::OrderStateChanges>("orderflow::OrderStateChanges");
    qRegisterMetaType<QList<orderflow::SourceRecord>>("QList<orderflow::SourceRecord>");
}

Engine::~Engine()
{
    stop();
}

void Engine::start()
{
    if (isRunning())
        return;
    // Every source runs on its own thread (SourceScheduler); the watcher re-reads which sources are enabled.
    auto *sources = new SourceWatcher(m_options.databasePath, m_options.ingestIntervalMs);
    auto *process = new ProcessWorker(QStringLiteral("process"), m_options.databasePath, m_options.processIntervalMs);
    auto *push = new PushWorker(m_options.databasePath, m_options.pushIntervalMs, m_options.pushBatch);
    auto *ack = new AckWorker(m_options.databasePath, m_options.ackIntervalMs);
    auto *outbox = new OutboxWorker(m_options.databasePath, m_options.outboxIntervalMs);
    auto *catalog = new CatalogWorker(m_options.databasePath, m_options.processIntervalMs);
    m_push = push;
    m_sources = new SourceScheduler(m_options.databasePath, m_options.ingestIntervalMs, this);
    // Work flows downstream as soon as it exists, not only on the next timer tick: new orders to processing, the
    // acknowledgements queued with them to the outbox.
    m_sources->setDownstream({process, outbox});
    connect(sources, &SourceWatcher::sourcesChanged, m_sources, &SourceScheduler::apply);
    connect(m_sources, &SourceScheduler::changed, this, &Engine::ordersChanged);
    connect(m_sources, &SourceScheduler::problem, this, &Engine::problem);
    connect(process, &Worker::workAvailable, push, &Worker::nudge);
    connect(catalog, &Worker::workAvailable, process, &Worker::nudge);   // an answer released waiting orders
    for (Worker *w : {static_cast<Worker *>(sources), static_cast<Worker *>(process), static_cast<Worker *>(push), static_cast<Worker *>(ack),
                      static_cast<Worker *>(outbox), static_cast<Worker *>(catalog)}) {
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
    // Sources first and without waiting: each is aborted and asked to stop, so one blocked on a server holds neither
    // the others nor the shutdown. Then network calls in progress are interrupted, so no worker finishes its slice
    // by waiting out a timeout.
    const QDeadlineTimer sourcesDeadline(m_options.sourceStopWaitMs);
    m_sources->stopAll();
    for (Worker *w : std::as_const(m_workers))
        w->abort();
    for (Worker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(w, &Worker::stop, Qt::BlockingQueuedConnection);
    for (QThread *t : std::as_const(m_threads)) {
        t->quit();
        t->wait();
    }
    m_sources->waitStopped(sourcesDeadline);
    delete m_sources;
    m_sources = nullptr;
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
