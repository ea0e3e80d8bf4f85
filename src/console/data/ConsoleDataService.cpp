#include "data/ConsoleDataService.h"

#include "data/ConsoleDataWorker.h"

#include <QThread>

namespace orderflow::console {

struct ConsoleDataService::Lane {
    QThread *thread = nullptr;
    ConsoleDataWorker *worker = nullptr;
};

ConsoleDataService::ConsoleDataService(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<orderflow::OrderStateChanges>("orderflow::OrderStateChanges");
    m_reader = startLane(QStringLiteral("reader"));
    m_stats = startLane(QStringLiteral("stats"));
    m_actions = startLane(QStringLiteral("actions"));
    m_feed = startLane(QStringLiteral("feed"));
    qRegisterMetaType<orderflow::console::FeedUpdate>("orderflow::console::FeedUpdate");
    // An operator's action shows at once, not at the feed's next tick.
    connect(this, &ConsoleDataService::actionFinished, this, &ConsoleDataService::pollFeedNow);
}

ConsoleDataService::~ConsoleDataService()
{
    shutdown();
}

ConsoleDataService::Lane *ConsoleDataService::startLane(const QString &purpose)
{
    auto *lane = new Lane;
    lane->thread = new QThread(this);
    lane->thread->setObjectName(QStringLiteral("console-") + purpose);
    lane->worker = new ConsoleDataWorker(purpose);
    lane->worker->moveToThread(lane->thread);
    connect(lane->thread, &QThread::finished, lane->worker, &QObject::deleteLater);

    ConsoleDataWorker *w = lane->worker;
    connect(w, &ConsoleDataWorker::opened, this, &ConsoleDataService::laneOpened);
    connect(w, &ConsoleDataWorker::pageReady, this, &ConsoleDataService::pageReady);
    connect(w, &ConsoleDataWorker::rowsReady, this, &ConsoleDataService::rowsReady);
    connect(w, &ConsoleDataWorker::countReady, this, &ConsoleDataService::countReady);
    connect(w, &ConsoleDataWorker::queueStatsReady, this, &ConsoleDataService::queueStatsReady);
    connect(w, &ConsoleDataWorker::filterChoicesReady, this, &ConsoleDataService::filterChoicesReady);
    connect(w, &ConsoleDataWorker::detailReady, this, &ConsoleDataService::detailReady);
    connect(w, &ConsoleDataWorker::exportsReady, this, &ConsoleDataService::exportsReady);
    connect(w, &ConsoleDataWorker::pushLogReady, this, &ConsoleDataService::pushLogReady);
    connect(w, &ConsoleDataWorker::inboundReady, this, &ConsoleDataService::inboundReady);
    connect(w, &ConsoleDataWorker::inboundContentReady, this, &ConsoleDataService::inboundContentReady);
    connect(w, &ConsoleDataWorker::dashboardReady, this, &ConsoleDataService::dashboardReady);
    connect(w, &ConsoleDataWorker::setupOverviewReady, this, &ConsoleDataService::setupOverviewReady);
    connect(w, &ConsoleDataWorker::actionFinished, this, [this](quint64 ticket, const ActionOutcome &outcome) {
        m_cancels.remove(ticket);
        emit actionFinished(ticket, outcome);
    });
    connect(w, &ConsoleDataWorker::actionProgress, this, &ConsoleDataService::actionProgress);
    connect(w, &ConsoleDataWorker::changed, this, &ConsoleDataService::changed);
    connect(w, &ConsoleDataWorker::feedUpdated, this, &ConsoleDataService::feedUpdated);
    lane->thread->start();
    m_lanes.append(lane);
    return lane;
}

void ConsoleDataService::open(const QString &path, const QJsonObject &configToApply, Database::OpenMode mode)
{
    m_path = path;
    m_ready = false;
    m_openError.clear();
    m_pendingOpens = int(m_lanes.size());
    // The reader opens first (migrating and applying the configuration); the others open once it reports, so
    // no two connections race to migrate a new file.
    ConsoleDataWorker *first = m_reader->worker;
    QMetaObject::invokeMethod(first, [first, path, configToApply, mode] { first->open(path, configToApply, mode); }, Qt::QueuedConnection);
}

void ConsoleDataService::laneOpened(const QString &error)
{
    if (!error.isEmpty() && m_openError.isEmpty())
        m_openError = error;
    const bool firstReport = m_pendingOpens == int(m_lanes.size());
    --m_pendingOpens;
    if (firstReport && m_openError.isEmpty()) {
        for (Lane *lane : std::as_const(m_lanes)) {
            if (lane == m_reader)
                continue;
            ConsoleDataWorker *w = lane->worker;
            const QString path = m_path;
            QMetaObject::invokeMethod(w, [w, path] { w->open(path, {}, Database::OpenMode::Existing); }, Qt::QueuedConnection);
        }
        return;
    }
    if (firstReport || m_pendingOpens == 0) {
        m_ready = m_openError.isEmpty();
        m_pendingOpens = 0;
        if (m_ready && m_feed) {
            ConsoleDataWorker *w = m_feed->worker;
            const int interval = m_feedIntervalMs;
            const quint64 generation = m_watchGeneration;
            const OrderQuery query = m_watchQuery;
            const qint64 since = m_watchSince;
            QMetaObject::invokeMethod(w, [w, interval, generation, query, since] {
                if (generation)
                    w->watch(generation, query, since);
                w->startFeed(interval);
            }, Qt::QueuedConnection);
        }
        emit ready(m_openError);
    }
}

template <typename F>
quint64 ConsoleDataService::post(Lane *lane, F &&call)
{
    if (!lane)
        return 0;   // shut down: nobody will answer
    const quint64 ticket = m_nextTicket++;
    ConsoleDataWorker *w = lane->worker;
    QMetaObject::invokeMethod(w, [w, ticket, call = std::forward<F>(call)] { call(w, ticket); }, Qt::QueuedConnection);
    return ticket;
}

quint64 ConsoleDataService::requestPage(const OrderQuery &query, const std::optional<OrderKey> &after, int limit)
{
    return post(m_reader, [query, after, limit](ConsoleDataWorker *w, quint64 t) { w->page(t, query, after, limit); });
}

quint64 ConsoleDataService::requestRows(const OrderQuery &query, const QStringList &ids)
{
    return post(m_reader, [query, ids](ConsoleDataWorker *w, quint64 t) { w->rows(t, query, ids); });
}

quint64 ConsoleDataService::requestCount(const OrderQuery &query)
{
    return post(m_stats, [query](ConsoleDataWorker *w, quint64 t) { w->count(t, query); });
}

quint64 ConsoleDataService::requestQueueStats(qint64 orgId)
{
    return post(m_stats, [orgId](ConsoleDataWorker *w, quint64 t) { w->queueStats(t, orgId); });
}

quint64 ConsoleDataService::requestFilterChoices()
{
    return post(m_stats, [](ConsoleDataWorker *w, quint64 t) { w->filterChoices(t); });
}

quint64 ConsoleDataService::requestDetail(const QString &orderId)
{
    return post(m_reader, [orderId](ConsoleDataWorker *w, quint64 t) { w->detail(t, orderId); });
}

quint64 ConsoleDataService::requestExports(int limit)
{
    return post(m_stats, [limit](ConsoleDataWorker *w, quint64 t) { w->exports(t, limit); });
}

quint64 ConsoleDataService::requestPushLog(int limit)
{
    return post(m_stats, [limit](ConsoleDataWorker *w, quint64 t) { w->pushLog(t, limit); });
}

quint64 ConsoleDataService::requestInbound(int limit)
{
    return post(m_stats, [limit](ConsoleDataWorker *w, quint64 t) { w->inbound(t, limit); });
}

quint64 ConsoleDataService::requestInboundContent(qint64 inboundId)
{
    return post(m_reader, [inboundId](ConsoleDataWorker *w, quint64 t) { w->inboundContent(t, inboundId); });
}

quint64 ConsoleDataService::requestDashboard()
{
    return post(m_stats, [](ConsoleDataWorker *w, quint64 t) { w->dashboard(t); });
}

quint64 ConsoleDataService::requestSetupOverview()
{
    return post(m_stats, [](ConsoleDataWorker *w, quint64 t) { w->setupOverview(t); });
}

quint64 ConsoleDataService::runAction(const ActionRequest &request)
{
    const quint64 ticket = post(m_actions, [request](ConsoleDataWorker *w, quint64 t) { w->action(t, request); });
    if (ticket && request.cancel)
        m_cancels.insert(ticket, request.cancel);
    return ticket;
}

void ConsoleDataService::cancelAction(quint64 ticket)
{
    if (auto flag = m_cancels.value(ticket))
        flag->store(true);
}

quint64 ConsoleDataService::watchOrders(const OrderQuery &query, qint64 sinceSeq)
{
    m_watchQuery = query;
    m_watchSince = sinceSeq;
    const quint64 generation = ++m_watchGeneration;
    if (m_feed && m_ready) {
        ConsoleDataWorker *w = m_feed->worker;
        QMetaObject::invokeMethod(w, [w, generation, query, sinceSeq] { w->watch(generation, query, sinceSeq); }, Qt::QueuedConnection);
    }
    return generation;
}

void ConsoleDataService::pollFeedNow()
{
    if (!m_feed || !m_ready)
        return;
    ConsoleDataWorker *w = m_feed->worker;
    QMetaObject::invokeMethod(w, [w] { w->pollFeed(); }, Qt::QueuedConnection);
}

void ConsoleDataService::shutdown()
{
    for (Lane *lane : std::as_const(m_lanes)) {
        ConsoleDataWorker *w = lane->worker;
        // Close the connection on the thread that opened it (Qt Sql requires it), then let the thread end.
        QMetaObject::invokeMethod(w, [w] { w->close(); }, Qt::QueuedConnection);
        lane->thread->quit();
    }
    for (Lane *lane : std::as_const(m_lanes)) {
        lane->thread->wait();
        delete lane;
    }
    m_lanes.clear();
    m_reader = m_stats = m_actions = m_feed = nullptr;
}

} // namespace orderflow::console
