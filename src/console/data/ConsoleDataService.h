// The GUI side of the console's data access: owns the worker threads and hands out tickets. Requests return
// at once; answers arrive as signals carrying the ticket, so a view ignores answers to questions it no longer
// asks. Three workers so that a slow statistic or a bulk action never holds up the page an operator waits for.
#pragma once

#include "data/ConsoleTypes.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QObject>

namespace orderflow::console {

class ConsoleDataWorker;

class ConsoleDataService : public QObject {
    Q_OBJECT
public:
    explicit ConsoleDataService(QObject *parent = nullptr);
    ~ConsoleDataService() override;

    // Opens the database on every worker; the first worker also applies `configToApply` (the demo set-up)
    // before the others open, so they see it. `ready` follows.
    void open(const QString &path, const QJsonObject &configToApply = {}, Database::OpenMode mode = Database::OpenMode::Existing);
    bool isReady() const { return m_ready; }
    const QString &databasePath() const { return m_path; }

    quint64 requestPage(const OrderQuery &query, const std::optional<OrderKey> &after, int limit);
    quint64 requestRows(const OrderQuery &query, const QStringList &ids);
    quint64 requestCount(const OrderQuery &query);
    quint64 requestQueueStats(qint64 orgId);
    quint64 requestFilterChoices();
    quint64 requestDetail(const QString &orderId);
    quint64 requestExports(int limit);
    quint64 requestPushLog(int limit);
    quint64 requestInbound(int limit);
    quint64 requestInboundContent(qint64 inboundId);
    quint64 requestDashboard();
    // Every connection and source with its status (the Connections and Sources views, the first-run hint).
    quint64 requestSetupOverview();
    quint64 runAction(const ActionRequest &request);
    // Stops a running action between two orders; what was done stays done (actionFinished says which).
    void cancelAction(quint64 ticket);

    // The change feed runs on a thread of its own once the database is open, polling every `feedIntervalMs`.
    // Every view follows feedUpdated, whichever process made the change. watchOrders names the query whose
    // count and rows the updates carry; it returns the generation that updates for this query bear.
    // `sinceSeq`: the feed position the view's rows were read at (OrderPage::seq); -1 when it has none yet.
    quint64 watchOrders(const OrderQuery &query, qint64 sinceSeq = -1);
    quint64 watchedGeneration() const { return m_watchGeneration; }
    void setFeedInterval(int ms) { m_feedIntervalMs = ms; }
    // Looks at the feed now (after an operator's action) instead of at its next tick.
    void pollFeedNow();

    // Stops the workers and joins their threads (at shutdown).
    void shutdown();

signals:
    void ready(const QString &error);   // empty error: open
    void pageReady(quint64 ticket, const orderflow::console::OrderPage &page);
    void rowsReady(quint64 ticket, const QList<orderflow::OrderRow> &rows, const QStringList &requested);
    void countReady(quint64 ticket, int count);
    void queueStatsReady(quint64 ticket, const orderflow::console::QueueStats &stats);
    void filterChoicesReady(quint64 ticket, const orderflow::console::FilterChoices &choices);
    void detailReady(quint64 ticket, const orderflow::console::OrderDetail &detail);
    void exportsReady(quint64 ticket, const QList<orderflow::console::ExportRow> &rows, const QString &error);
    void pushLogReady(quint64 ticket, const QList<orderflow::console::PushLogRow> &rows, const QString &error);
    void inboundReady(quint64 ticket, const QList<orderflow::InboundRecord> &rows, const QString &error);
    void inboundContentReady(quint64 ticket, const QByteArray &content, const QString &error);
    void dashboardReady(quint64 ticket, const orderflow::console::DashboardStats &stats);
    void setupOverviewReady(quint64 ticket, const orderflow::console::SetupOverview &overview);
    void actionFinished(quint64 ticket, const orderflow::console::ActionOutcome &outcome);
    void actionProgress(quint64 ticket, int done, int total);
    void changed(const orderflow::OrderStateChanges &changes);
    void feedUpdated(const orderflow::console::FeedUpdate &update);

private:
    struct Lane;
    Lane *startLane(const QString &purpose);
    template <typename F>
    quint64 post(Lane *lane, F &&call);
    void laneOpened(const QString &error);

    QList<Lane *> m_lanes;
    Lane *m_reader = nullptr;
    Lane *m_stats = nullptr;
    Lane *m_actions = nullptr;
    Lane *m_feed = nullptr;
    quint64 m_watchGeneration = 0;
    OrderQuery m_watchQuery;
    qint64 m_watchSince = -1;
    int m_feedIntervalMs = 300;
    QHash<quint64, std::shared_ptr<std::atomic_bool>> m_cancels;   // running actions
    quint64 m_nextTicket = 1;
    QString m_path;
    int m_pendingOpens = 0;
    QString m_openError;
    bool m_ready = false;
};

} // namespace orderflow::console
