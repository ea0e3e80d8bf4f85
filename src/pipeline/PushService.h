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
#include <memory>

namespace orderflow {

struct PushRound {
    OrderStateChanges changes;
    int attempted = 0;
    int delivered = 0;
    int failed = 0;
    QStringList messages;
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

    static QString idempotencyKey(qint64 orgId, const QString &orderId, int generation);

    // The connector for a connection, created once and reused (a SFTP session survives between rounds).
    Result<std::shared_ptr<ErpConnector>> connectorFor(const ConnectionRecord &connection);
    Result<ConnectionRecord> connectionForOrder(qint64 sourceId);

private:
    struct Claimed {
        PushRequest request;
        ExportRecord exportRow;
        ConnectionRecord connection;
        std::shared_ptr<ErpConnector> connector;
        PushResult result;
        QDateTime started;
        qint64 latencyMs = 0;
    };
    Result<QList<Claimed>> claim(int maxOrders, const QStringList &onlyIds, PushRound &round);
    Result<QByteArray> buildDocument(const QString &orderId, const ExportRecord &exportRow, const SourceRecord &source, QString *sha);
    Status record(Claimed &c, PushRound &round);
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
    QHash<qint64, CachedConnector> m_connectors;
};

RetryPolicy retryPolicyFor(const ConnectionRecord &connection);

} // namespace orderflow
