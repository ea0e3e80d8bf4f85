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
#include "storage/PushQueueRepository.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <chrono>
#include <limits>
#include <memory>
#include <mutex>

namespace orderflow {

class PushScheduler;

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

// What a claim may take: at most perConnection orders of each connection; connections in `skip` are not read.
// With dueBy, only orders due by then (a round takes what was due when it began, never an order it already tried).
struct ClaimLimits {
    int perConnection = std::numeric_limits<int>::max();
    QHash<qint64, int> batchOf;   // a connection's own batch size, in place of perConnection
    QSet<qint64> skip;
    QDateTime dueBy;
};

class PushService {
public:
    explicit PushService(Database &db);
    ~PushService();

    // Claims and pushes up to maxOrders orders that are due when it begins (all connections), through the engine's
    // scheduler (PushScheduler: each connection on its own thread with an event loop, so asynchronous connectors
    // work here too); returns when every batch is recorded. With onlyIds, pushes just those (operator "push now"),
    // whatever their next attempt time. For `orderflow push` and tests: it runs this thread's event loop until the
    // round is over, so it refuses to run inside a running event loop (no nested event loops).
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

    // How an attempt ended, for the order, its retry budget and the connection's circuit.
    enum class Fate {
        Delivered,
        Failed,         // transient: charged to the order's retries
        Permanent,
        NeedsPerson,    // host key, login, configuration, permissions: the order waits uncharged, the connection pauses
        NotAttempted,   // skipped after the connection failed for an earlier order of the batch: uncharged
        Interrupted,    // abandoned by a shutdown: uncharged, due again at once
    };
    // Writes an export document (and its content hash), off the claim: PushScheduler runs it on the connection's
    // thread when the request starts.
    using DocumentWriter = std::function<QByteArray(QString *contentSha256)>;
    struct Claimed {
        PushRequest request;     // its document and content hash are written by writeDocument when it starts
        DocumentWriter writeDocument;
        ExportRecord exportRow;
        ConnectionRecord connection;
        std::shared_ptr<ErpConnector> connector;
        PushResult result;
        Fate fate = Fate::Failed;
        QDateTime started;
        qint64 latencyMs = 0;
    };
    // A connection the queue is read for: the sources that deliver to it, and how many orders it may take.
    struct Lane {
        ConnectionRecord connection;
        QList<qint64> sourceIds;
        int budget = 0;
        bool exhausted = false;
        QDateTime dueBy;   // orders due by then are read
    };
    // Claims up to maxOrders due orders round-robin across organisations and their connections; a connection that
    // is disabled or paused is not read at all (what is said about it is said once per round, if orders wait).
    Result<QList<Claimed>> claim(int maxOrders, const QStringList &onlyIds, PushRound &round, const ClaimLimits &limits = {});
    // The steps of a claim.
    Result<QList<Lane>> lanes(PushRound &round, const QDateTime &now, const ClaimLimits &limits);
    Result<int> admission(Lane &lane, bool operatorAsked, PushRound &round, const QDateTime &now);
    Status claimRoundRobin(QList<Lane> &lanes, int maxOrders, const QDateTime &now, QList<Claimed> &claimed, OrderStateChanges &changes, PushRound &round);
    Result<int> claimFromLane(Lane &lane, int want, const QDateTime &now, QList<Claimed> &claimed, OrderStateChanges &changes, PushRound &round);
    Status claimAsked(const QStringList &onlyIds, const QDateTime &now, QList<Claimed> &claimed, OrderStateChanges &changes, PushRound &round);
    // An order's move to pushing, left to the caller (claimFromLane moves a lane's orders together).
    struct PendingMove {
        OrderRepository::Transition transition;
        OrderRepository::Move move;
    };
    // What a lane's claim read for all its orders at once: the orders with their lines, and the last attempt
    // logged under each idempotency key (0: none); and the time the claim's new exports are created at.
    struct Prefetched {
        QHash<QString, Order> orders;
        QHash<QString, int> keys;
        QHash<QString, QString> keyOf;   // each order's idempotency key
        QString createdAt;
    };
    // Builds the export and the request; moves the order to pushing unless `later` takes the move.
    Result<std::optional<Claimed>> claimOne(const DueOrder &order, const ConnectionRecord &connection, const std::shared_ptr<ErpConnector> &connector,
                                            const QDateTime &now, OrderStateChanges &changes, QList<PendingMove> *later = nullptr,
                                            const Prefetched *prefetched = nullptr);
    Status recordBatch(QList<Claimed> &claimed, PushRound &round);
    bool aborting() const { return m_aborting; }
    // Whether a writer that answers a waiting client (an HTTP source's intake) took turns within kSharedWindow: the
    // push stage then claims at most kSharedBatch orders at once and records acknowledgements in runs of as many
    // while a writer waits, so an HTTP request waiting for its 202 waits milliseconds, not the tens of milliseconds a
    // batch of 2,000 holds the lock (decided).
    bool sharingTheDatabase() const;
    static constexpr int kSharedBatch = 250;
    static constexpr std::chrono::milliseconds kSharedWindow{1000};

private:
    Result<DocumentWriter> documentWriter(const QString &orderId, const ExportRecord &exportRow, const SourceRecord &source,
                                          const Prefetched *prefetched);
    // waitUntil/waitReason: when and why an order that needs a person or was not attempted is due again.
    Status record(Claimed &c, PushRound &round, const QDateTime &waitUntil, const QString &waitReason, QDateTime *nextAttempt);
    // The batch's orders the ERP acknowledged in its answer, recorded together.
    Status recordAcked(const QList<Claimed *> &acked, PushRound &round);
public:
    // The result of a claimed push that was never started (a shutdown): uncharged, due again at once.
    static PushResult notStarted();
    // Hands a batch's results (same order) to its claimed items, with when it started and its share of the time.
    static void settle(const QList<Claimed *> &items, const QList<PushResult> &results, const QDateTime &started, qint64 elapsedMs);
private:

    Database &m_db;
    ConfigRepository m_config;
    OrderRepository m_orders;
    ExportRepository m_exports;
    PushQueueRepository m_queue;
    int m_nextLane = 0;   // round-robin: which connection a claim starts with
    QHash<qint64, SourceRecord> m_sources;
    QHash<qint64, Result<ConnectionRecord>> m_sourceConnections;   // per round
    struct CachedConnector {
        QString configKey;
        std::shared_ptr<ErpConnector> connector;
    };
    std::mutex m_connectorsMutex;   // abort() reaches the connectors from another thread
    QHash<qint64, CachedConnector> m_connectors;
    std::atomic<bool> m_aborting{false};
    // runRound's scheduler, kept between rounds so a connector stays on the thread it started on.
    std::unique_ptr<PushScheduler> m_roundScheduler;
};

RetryPolicy retryPolicyFor(const ConnectionRecord &connection);

} // namespace orderflow
