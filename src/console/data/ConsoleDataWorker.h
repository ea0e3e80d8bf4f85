// The console's read side and its operator actions, on a thread of their own with their own database
// connection. Every request carries a ticket; every answer is a queued signal with a value struct.
#pragma once

#include "data/ConsoleTypes.h"
#include "storage/Database.h"

#include <QObject>

class QTimer;

#include <memory>

namespace orderflow {
class Database;
}

namespace orderflow::console {

class ConsoleDataWorker : public QObject {
    Q_OBJECT
public:
    explicit ConsoleDataWorker(QString purpose, QObject *parent = nullptr);
    ~ConsoleDataWorker() override;

    // All of these run on the worker's thread (the service invokes them queued).
    void open(const QString &path, const QJsonObject &configToApply, orderflow::Database::OpenMode mode);
    void close();
    void page(quint64 ticket, const orderflow::OrderQuery &query, const std::optional<OrderKey> &after, int limit);
    void rows(quint64 ticket, const orderflow::OrderQuery &query, const QStringList &ids);
    void count(quint64 ticket, const orderflow::OrderQuery &query);
    void queueStats(quint64 ticket, qint64 orgId);
    void filterChoices(quint64 ticket);
    void detail(quint64 ticket, const QString &orderId);
    void exports(quint64 ticket, int limit);
    void pushLog(quint64 ticket, int limit);
    void inbound(quint64 ticket, int limit);
    void inboundContent(quint64 ticket, qint64 inboundId);
    void dashboard(quint64 ticket);
    void setupOverview(quint64 ticket);
    void action(quint64 ticket, const orderflow::console::ActionRequest &request);

    // The change feed (one worker runs it): polls every `intervalMs` and emits feedUpdated when anything changed,
    // and at least every few seconds with fresh queue figures (their ages move with the clock).
    void startFeed(int intervalMs);
    // The order query whose count and changed rows each update carries; answered by an update at once.
    // `sinceSeq`: the feed position the view was read at; changes after it are caught up (-1: none).
    void watch(quint64 generation, const orderflow::OrderQuery &query, qint64 sinceSeq);
    // Looks now instead of at the next tick (after an operator's action).
    void pollFeed();

signals:
    void opened(const QString &error);
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
    // State changes made by operator actions, so views update exactly as for the engine's own changes.
    void changed(const orderflow::OrderStateChanges &changes);
    void feedUpdated(const orderflow::console::FeedUpdate &update);

private:
    QString notOpen() const;

    QString m_purpose;
    std::unique_ptr<Database> m_db;

    QTimer *m_feedTimer = nullptr;
    qint64 m_feedSeq = -1;          // the last change delivered; -1 before the first look
    qint64 m_lastFullUpdateMs = 0;
    quint64 m_watchGeneration = 0;
    orderflow::OrderQuery m_watchQuery;
    bool m_watchDirty = false;
    qint64 m_catchUpFrom = -1;
    // The last figures sent: queues no change touched keep theirs (a million acknowledged orders are not
    // recounted three times a second); every full update recounts all.
    QHash<int, orderflow::QueueStat> m_lastStats;
    qint64 m_lastStatsOrg = -1;
    int m_lastWatchedCount = -1;
    quint64 m_lastCountedWatch = 0;
    qint64 m_countCostMs = 0;      // how long the watched count took last time
    qint64 m_lastCountAtMs = 0;
    bool m_countStale = false;     // a change touched the watched queue but its count was put off
};

} // namespace orderflow::console
