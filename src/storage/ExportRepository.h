// ERP exports (one per push, PENDING → SENT → ACKED | FAILED) and the push log (one row per attempt).
#pragma once

#include "storage/Database.h"

#include <QJsonObject>

namespace orderflow {

struct ExportRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orderId;
    qint64 connectionId = 0;
    int pushGeneration = 1;
    QString idempotencyKey;
    QString fileName;
    QString status;         // PENDING, SENT, ACKED, FAILED
    QString contentSha256;
    QString erpOrderId;
    QString errorCode;
    QString errorMessage;
    QString ackFile;
    QString createdAt;
    QString sentAt;
    QString ackedAt;
    // What the document says of its origin, fixed when the export is created (every attempt sends the same bytes);
    // empty for exports created before these were kept.
    QString generator;
    QString sourceName;
    QString orgSlug;
};

struct PushLogRecord {
    qint64 orgId = 0;
    qint64 exportId = 0;
    QString orderId;
    qint64 connectionId = 0;
    int attempt = 1;
    QString idempotencyKey;
    QString startedAt;
    QString finishedAt;
    qint64 latencyMs = 0;
    QString outcome;        // success, transient, permanent, reconciled, interrupted
    QJsonObject request;    // metadata only: target, size, content sha — never secrets
    QJsonObject response;
    QString error;
    QString nextAttemptAt;
    // What the ERP's acknowledgement said about the delivery this attempt made (read with the log from its
    // export): empty while none came or for attempts that delivered nothing; "accepted" or "rejected".
    QString ack;
    QString ackError;       // the ERP's reason when it rejected the order
    QByteArray requestJson;    // when not null: request as written (pushLogJson), made ahead on another thread
    QByteArray responseJson;   // the same for response

    // The attempt's outcome with its answer: "success" stays, "rejected by the ERP: …" is what an operator sees.
    QString errorShown() const { return ack == QLatin1String("rejected") ? ackError : error; }
};

class ExportRepository {
public:
    explicit ExportRepository(Database &db) : m_db(db) {}

    Status create(ExportRecord &record);
    // Several new exports (of different orders) in as few statements as the runs allow; each gets its id.
    Status createAll(const QList<ExportRecord *> &records);
    Result<ExportRecord> get(qint64 id);
    // The order's PENDING export of this generation (automatic retries reuse it), if any.
    Result<std::optional<ExportRecord>> pendingFor(const QString &orderId, int generation);
    Result<std::optional<ExportRecord>> byFileName(qint64 connectionId, const QString &fileName);
    // The newest SENT (or PENDING) export of an order on a connection (acks that name the order, not the file).
    Result<std::optional<ExportRecord>> latestOpenFor(qint64 connectionId, const QString &orderId);
    // An export of another connection than this one named fileName, else (orderId given) the newest open export
    // of the order on another connection: the owner of an answer found in a folder two connections share.
    Result<std::optional<ExportRecord>> onOtherConnection(qint64 connectionId, const QString &fileName, const QString &orderId);
    Result<QList<ExportRecord>> forOrder(const QString &orderId);
    // Newest first.
    Result<QList<ExportRecord>> list(int limit, const QString &status = {}, int offset = 0);
    Result<qint64> count(const QString &status = {});
    Result<QList<ExportRecord>> pendingOnConnection(qint64 connectionId);

    // Each changes exactly one export or fails (code "state_changed", naming its status now): PENDING → SENT;
    // PENDING|SENT → ACKED; PENDING|SENT → FAILED.
    // contentSha256: the hash of the document the attempt sent, kept when the export has none yet (a push writes its
    // document when it starts, after the claim created the export).
    Status markSent(qint64 id, const QString &contentSha256 = {});
    Status markAcked(qint64 id, const QString &erpOrderId, const QString &ackFile);
    Status markFailed(qint64 id, const QString &code, const QString &message, const QString &ackFile, const QString &contentSha256 = {});
    // The hash of a document an attempt sent while the export stays PENDING (a transient failure, a pause, an
    // interruption): kept when the export has none yet, so however the export is closed later, the document the
    // ERP may hold is named. Nothing when the hash is empty.
    Status keepContentHash(qint64 id, const QString &contentSha256);
    // Closes every PENDING export of the order as FAILED with this code and message (an operator cancelled the
    // order); returns how many there were.
    Result<int> closePending(const QString &orderId, const QString &code, const QString &message);

    Status logAttempt(const PushLogRecord &record);
    // A batch's answers in as few statements as the runs allow: each export (id, ERP order id) acknowledged
    // straight from PENDING or SENT, and each attempt logged. Fails (state_changed) when an export was changed meanwhile.
    struct Ack {
        qint64 exportId = 0;
        QString erpOrderId;
        QString contentSha256;   // kept when the export has none yet, as with markSent
    };
    Status markAckedAll(const QList<Ack> &acks);
    Status logAttempts(const QList<PushLogRecord> &records);
    Result<QList<PushLogRecord>> pushLog(const QString &orderId, int limit, int offset = 0);
    Result<qint64> pushLogCount(const QString &orderId);
    Result<int> lastAttempt(const QString &idempotencyKey);
    // lastAttempt() of several keys at once; a key without attempts is absent.
    Result<QHash<QString, int>> lastAttempts(const QStringList &idempotencyKeys);

private:
    Result<std::optional<ExportRecord>> one(QSqlQuery &q, const QString &what);
    Error notChanged(qint64 id, const QString &change, const QString &allowedFrom);
    Database &m_db;
};

QJsonObject exportJsonRow(const ExportRecord &r);
QJsonObject pushLogJsonRow(const PushLogRecord &r);
// A push log's request or response as stored: compact JSON, UTF-8; null for an empty object (stored as NULL).
QByteArray pushLogJson(const QJsonObject &o);

} // namespace orderflow
