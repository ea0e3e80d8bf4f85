// The port every ERP connector implements. The engine only talks to this; connectors are found by type name
// in the ConnectorRegistry. The port is non-blocking: the engine starts a push with startPush() on the
// connection's own thread (which runs an event loop) and the connector completes it later through its callback, so
// a connector may use QNetworkAccessManager or any asynchronous client. A connector written against the blocking
// calls (push, pushBatch, flush) gets the adapter: startPush runs them right there and completes at once.
// Results are values, never exceptions.
#pragma once

#include "config/ConfigSchema.h"
#include "domain/Result.h"
#include "storage/ConfigRepository.h"
#include "transport/FileStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace orderflow {

struct PushRequest {
    QString orderId;
    qint64 orgId = 0;
    QString fileName;        // decided and stored on the export row before the first attempt
    QString idempotencyKey;
    int attempt = 1;
    QByteArray document;     // orderflow_export_json_v1
    QString contentSha256;
};

enum class PushOutcome {
    Delivered,   // handed over; the ERP acknowledges later (ack files)
    Acked,       // the ERP accepted it and answered at once (REST, mock)
    Transient,   // try again later
    Permanent,   // retrying will not help; a person must act
};

struct PushResult {
    PushOutcome outcome = PushOutcome::Transient;
    QString errorCode;
    QString error;           // operator-readable; never a secret
    QString erpOrderId;
    qint64 retryAfterMs = -1;  // Transient: how long the server asked us to wait (HTTP Retry-After); -1: it did not say
    QJsonObject request;     // metadata for the push log: target, size — never secrets
    QJsonObject response;
    // request and response as the push log stores them (pushLogJson), written on the connection's thread when the
    // batch's results come back (PushScheduler), so the push worker, which records every connection's batches,
    // does not serialise them; null: not written yet (the record serialises request and response itself).
    QByteArray requestJson;
    QByteArray responseJson;
};

namespace PushError {
// Skipped because an earlier push of the same batch found the connection down or unusable.
inline const QString NotAttempted = QStringLiteral("not_attempted");
}

// A failure of the connection rather than of the order (server unreachable or silent, host key, login,
// configuration, permissions): the other orders of the batch would only fail the same way.
inline bool isConnectionFailure(const PushResult &r)
{
    return r.outcome != PushOutcome::Delivered && r.outcome != PushOutcome::Acked
        && (r.errorCode == FileError::Connection || needsOperator(r.errorCode));
}

// The result for a request skipped after `cause` (an isConnectionFailure) in the same batch.
inline PushResult notAttempted(const PushResult &cause)
{
    PushResult r;
    r.outcome = PushOutcome::Transient;
    r.errorCode = PushError::NotAttempted;
    r.error = cause.error;
    r.response = QJsonObject{{QStringLiteral("error_code"), cause.errorCode}, {QStringLiteral("note"), QStringLiteral("not attempted")}};
    return r;
}

struct ConnectionCheck {
    QString step;            // "connect", "list", "write", ...
    bool ok = false;
    qint64 latencyMs = 0;
    QString detail;
};

// Where a connector's ERP leaves acknowledgement files (DROPZONE_JSON_V1), for the ack poller.
struct AckLocation {
    std::shared_ptr<FileStore> store;
    QString directory;
};

class ErpConnector {
public:
    virtual ~ErpConnector() = default;
    virtual QString type() const = 0;
    // The name an export will have, decided and stored before the first write (DESIGN §4); empty when the
    // connector does not deliver files.
    virtual QString exportFileName(const QString &, const QDateTime &) const { return {}; }
    // How many pushes may run at the same time on this connector instance.
    virtual int maxParallelism() const { return 1; }

    virtual PushResult push(const PushRequest &request) = 0;
    // Several pushes in one go (one result per request, same order); connectors that can share work across a
    // batch (the dropzone's group commit) override it. One after the other, until the connection itself fails: the
    // rest of the batch is then not attempted (PushError::NotAttempted), so a dead or hung server costs one
    // timeout per batch, not one per order.
    // Completion of startPush(): one result per request, same order. Called exactly once, on the connection's thread.
    using PushDone = std::function<void(QList<PushResult> results)>;
    // Starts pushing a batch on the connection's thread and returns; `done` is called when the batch is over and
    // its deliveries are durable. `parallel` is how many pushes of the batch may run at the same time (the
    // connection's concurrency). The default adapts a blocking connector: pushBatch shared out among `parallel`
    // threads, then one flush for the whole batch (the dropzone's group commit), then done.
    virtual void startPush(const QList<PushRequest> &requests, int parallel, PushDone done) { done(pushBlocking(requests, parallel)); }
    // How many started batches may be in flight at once; a blocking connector (the adapter) runs one at a time.
    virtual int maxInFlight() const { return 1; }
    // The blocking adapter itself (what the default startPush runs).
    QList<PushResult> pushBlocking(const QList<PushRequest> &requests, int parallel);

    virtual QList<PushResult> pushBatch(const QList<PushRequest> &requests)
    {
        QList<PushResult> out;
        out.reserve(requests.size());
        std::optional<PushResult> cause;
        for (const PushRequest &r : requests) {
            if (cause) {
                out.append(notAttempted(*cause));
                continue;
            }
            out.append(push(r));
            if (isConnectionFailure(out.constLast()))
                cause = out.constLast();
        }
        return out;
    }
    // From any thread, for shutdown: network work in progress returns at once (as a transient failure), and so
    // does every later call on this connector.
    virtual void abort() {}
    // After a crash or an interrupted attempt: did this export reach the ERP already?
    struct Delivery {
        bool delivered = false;
        // The hash the delivered document states itself (its meta.content_sha256) when it is still there to be
        // read; empty when the ERP took it away (only its answer shows the delivery) or it cannot be read.
        QString contentSha256;
    };
    virtual Result<Delivery> isDelivered(const PushRequest &) { return Delivery{}; }
    // Make a batch of deliveries durable (fsync of the dropzone directory) before they are recorded as sent.
    virtual Status flush() { return {}; }
    virtual QList<ConnectionCheck> test() = 0;
    // Acknowledgement files, when this connector's ERP answers that way.
    virtual std::optional<AckLocation> ackLocation() { return std::nullopt; }
};

class ConnectorRegistry {
public:
    using Factory = std::function<Result<std::unique_ptr<ErpConnector>>(const ConnectionRecord &)>;

    static ConnectorRegistry &instance();
    // `schema` describes the connection's "config"; `config apply` checks every connection of `type` against it.
    void add(const QString &type, const QString &description, Factory factory, ConfigSchema schema);
    Result<std::unique_ptr<ErpConnector>> create(const ConnectionRecord &connection) const;
    QList<QPair<QString, QString>> types() const;
    bool contains(const QString &type) const { return m_entries.contains(type); }
    // The schema of a type's "config"; nullptr for a type not registered.
    const ConfigSchema *schema(const QString &type) const;

    // What every connection has beside its org, name, type and config: status, retries, concurrency, breaker, acks.
    static ConfigSchema commonFields();

private:
    ConnectorRegistry();
    struct Entry {
        QString description;
        Factory factory;
        ConfigSchema schema;
    };
    QMap<QString, Entry> m_entries;
};

} // namespace orderflow
