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
    connect(w, &ConsoleDataWorker::actionFinished, this, &ConsoleDataService::actionFinished);
    connect(w, &ConsoleDataWorker::changed, this, &ConsoleDataService::changed);
    lane->thread->start();
    m_lanes.append(lane);
    return lane;
}

void ConsoleDataService::open(const QString &path, const QJsonObject &configToApply)
{
    m_path = path;
    m_ready = false;
    m_openError.clear();
    m_pendingOpens = int(m_lanes.size());
    // The reader opens first (migrating and applying the configuration); the others open once it reports, so
    // no two connections race to migrate a new file.
    ConsoleDataWorker *first = m_reader->worker;
    QMetaObject::invokeMethod(first, [first, path, configToApply] { first->open(path, configToApply); }, Qt::QueuedConnection);
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
            QMetaObject::invokeMethod(w, [w, path] { w->open(path, {}); }, Qt::QueuedConnection);
        }
        return;
    }
    if (firstReport || m_pendingOpens == 0) {
        m_ready = m_openError.isEmpty();
        m_pendingOpens = 0;
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

quint64 ConsoleDataService::runAction(const ActionRequest &request)
{
    return post(m_actions, [request](ConsoleDataWorker *w, quint64 t) { w->action(t, request); });
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
    m_reader = m_stats = m_actions = nullptr;
}

} // namespace orderflow::console
