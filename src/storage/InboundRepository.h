// Inbound messages: every file or message received, with its bytes, before anything else happens.
#pragma once

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace orderflow {

struct InboundRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    qint64 sourceId = 0;
    QString sourceName;
    QString remoteName;
    qint64 size = 0;
    QString sha256;
    QString receivedAt;
    QString status;        // received, parsed, parse_error, duplicate
    QString format;
    QString error;         // first error, one line
    QJsonArray errors;     // every error, structured
    int orderCount = 0;
    qint64 duplicateOf = 0;
};

class InboundRepository {
public:
    explicit InboundRepository(Database &db) : m_db(db) {}

    // The earlier message with the same bytes from the same source (0 when none).
    Result<qint64> findOriginal(qint64 sourceId, const QString &sha256);
    // Stores the record (and the bytes, when given); sets record.id.
    Status insert(InboundRecord &record, const QByteArray &content);
    Status updateStatus(qint64 id, const QString &status, const QString &format, const QJsonArray &errors, int orderCount);
    Result<InboundRecord> get(qint64 id);
    // The inbound message that first brought this interchange control number from this source (0: none yet).
    Result<qint64> interchangeSeenIn(qint64 sourceId, const QString &interchangeId);
    Status recordInterchange(qint64 sourceId, const QString &interchangeId, qint64 inboundId);
    Result<QByteArray> content(qint64 id);
    // The ids of the orders parsed from this message, in the order they were stored.
    Result<QStringList> orderIds(qint64 id);

    // An Idempotency-Key a pushed source was given with a message (the http source): the message it brought and the
    // sha256 of the body it came with; nullopt when the key is new for this source.
    struct KeyedMessage {
        qint64 inboundId = 0;
        QString bodySha256;
    };
    Result<std::optional<KeyedMessage>> findIdempotencyKey(qint64 sourceId, const QString &key);
    Status recordIdempotencyKey(qint64 sourceId, const QString &key, const QString &bodySha256, qint64 inboundId);
    // Newest first.
    Result<QList<InboundRecord>> list(int limit, const QString &status = {}, int offset = 0);
    Result<qint64> count(const QString &status = {});

private:
    Database &m_db;
};

QJsonObject inboundJson(const InboundRecord &r);

} // namespace orderflow
