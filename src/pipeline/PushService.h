// Push orchestration (DESIGN §4): claims due orders, pushes them through their connection's connector, and
// records every attempt. Crash-safe by construction:
//   claim   (one transaction): order approved|retry_wait → pushing, export row PENDING with its file name and
//           idempotency key decided *before* anything is written;
//   deliver (no transaction):  connector.push() for each claimed order, up to the connection's concurrency;
//   record  (one transaction): push log row per attempt, export SENT/ACKED/FAILED, order → sent|acked|retry_wait|failed.
// A kill between the steps leaves orders in `pushing`; recover() asks the connector whether each export arrived
// (the dropzone looks for the file) and either records the delivery or schedules the attempt again under the
// same name and key — so no order is lost and none is written twice.
#pragma once

#include "connectors/ErpConnector.h"
#include "domain/OrderEvent.h"
#include "pipeline/RetryPolicy.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/OrderRepository.h"

#include <QHash>

#include <atomic>
#include <memory>
#include <mutex>

namespace orderflow {

// What a round found out about a connection (or a source), for the log. The push worker logs a subject once per
// change of its state, not once per round: a paused connection is one line when it pauses and one when it works again.
struct PushNotice {
    QString subject;          // "connection:3", "source:7"
    QString state;            // empty: works (again); otherwise what is wrong ("needs_person:permission_denied", …)
    QString message;
    bool ifUnknown = false;   // only news when nothing is known yet about the subject (a state read at start-up)
};

struct PushRound {
    OrderStateChanges changes;
    int attempted = 0;
    int delivered = 0;
    int failed = 0;
    QStringList messages;       // for whoever asked for this round (`orderflow push`)
    QList<PushNotice> notices;  // for the log
};

class PushService {
public:
    explicit PushService(Database &db);
    ~PushService();

    // Claims and pushes up to maxOrders due orders (all connections). With onlyIds, pushes just those
    // (operator "push now"), whatever their next attempt time.
    Result<PushRound> runRound(int maxOrders, const QStringList &onlyIds = {});
    // Orders left in `pushing` by a crash (or, with staleAfterMs > 0, by a process that stopped answering).
    Result<OrderStateChanges> recover(qint64 staleAfterMs = 0);
    // From any thread, for shutdown: network work in progress is abandoned at once and no new batch starts. The
    // round still records what happened: what was not delivered waits again, uncharged, under the same export.
    void abort();

    static QString idempotencyKey(qint64 orgId, const QString &orderId, int generation);

    // The connector for a connection, created once and reused (a SFTP session survives between rounds).
    Result<std::shared_ptr<ErpConnector>> connectorFor(const ConnectionRecord &connection);
    Result<ConnectionRecord> connectionForOrder(qint64 sourceId);

private:
    // How an attempt ended, for the order, its retry budget and the connection's circuit.
    enum class Fate {
        Delivered,
        Failed,         // transient: charged to the order's retries
        Permanent,
        NeedsPerson,    // host key, login, configuration, permissions: the order waits uncharged, the connection pauses
        NotAttempted,   // skipped after the connection failed for an earlier order of the batch: uncharged
        Interrupted,    // abandoned by a shutdown: uncharged, due again at once
    };
    struct Claimed {
        PushRequest request;
        ExportRecord exportRow;
        ConnectionRecord connection;
        std::shared_ptr<ErpConnector> connector;
        PushResult result;
        Fate fate = Fate::Failed;
        QDateTime started;
        qint64 latencyMs = 0;
    };
    Result<QList<Claimed>> claim(int maxOrders, const QStringList &onlyIds, PushRound &round);
    Result<QByteArray> buildDocument(const QString &orderId, const ExportRecord &exportRow, const SourceRecord &source, QString *sha);
    // waitUntil/waitReason: when and why an order that needs a person or was not attempted is due again.
    Status record(Claimed &c, PushRound &round, const QDateTime &waitUntil, const QString &waitReason, QDateTime *nextAttempt);
    Status recordBatch(QList<Claimed> &claimed, PushRound &round);
    void deliver(QList<Claimed> &claimed);

    Database &m_db;
    ConfigRepository m_config;
    OrderRepository m_orders;
    ExportRepository m_exports;
    QHash<qint64, SourceRecord> m_sources;
    QHash<qint64, Result<ConnectionRecord>> m_sourceConnections;   // per round
    struct CachedConnector {
        QString configKey;
        std::shared_ptr<ErpConnector> connector;
    };
    std::mutex m_connectorsMutex;   // abort() reaches the connectors from another thread
    QHash<qint64, CachedConnector> m_connectors;
    std::atomic<bool> m_aborting{false};
};

RetryPolicy retryPolicyFor(const ConnectionRecord &connection);

} // namespace orderflow
