// The console's read side and its operator actions, on a thread of their own with their own database
// connection. Every request carries a ticket; every answer is a queued signal with a value struct.
#pragma once

#include "data/ConsoleTypes.h"

#include <QObject>

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
    void open(const QString &path, const QJsonObject &configToApply);
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
    void action(quint64 ticket, const orderflow::console::ActionRequest &request);

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
    void actionFinished(quint64 ticket, const orderflow::console::ActionOutcome &outcome);
    // State changes made by operator actions, so views update exactly as for the engine's own changes.
    void changed(const orderflow::OrderStateChanges &changes);

private:
    QString notOpen() const;

    QString m_purpose;
    std::unique_ptr<Database> m_db;
};

} // namespace orderflow::console
