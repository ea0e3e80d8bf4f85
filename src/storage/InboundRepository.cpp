#include "storage/InboundRepository.h"

#include "storage/SqlTime.h"

#include <QJsonDocument>

namespace orderflow {
namespace {

const QString kColumns = QStringLiteral(
    "i.id, i.org_id, i.source_id, s.name, i.remote_name, i.size, i.sha256, i.received_at, i.status, i.format, i.error, "
    "i.errors_json, i.order_count, COALESCE(i.duplicate_of, 0)");

InboundRecord recordFrom(const QSqlQuery &q)
{
    InboundRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.orgId = q.value(i++).toLongLong();
    r.sourceId = q.value(i++).toLongLong();
    r.sourceName = q.value(i++).toString();
    r.remoteName = q.value(i++).toString();
    r.size = q.value(i++).toLongLong();
    r.sha256 = q.value(i++).toString();
    r.receivedAt = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.format = q.value(i++).toString();
    r.error = q.value(i++).toString();
    r.errors = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    r.orderCount = q.value(i++).toInt();
    r.duplicateOf = q.value(i++).toLongLong();
    return r;
}

QVariant errorsText(const QJsonArray &errors)
{
    if (errors.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact));
}

QVariant firstError(const QJsonArray &errors)
{
    if (errors.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return errors.first().toObject().value(QStringLiteral("text")).toString();
}

} // namespace

QJsonObject inboundJson(const InboundRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("source"), r.sourceName}, {QStringLiteral("name"), r.remoteName},
                  {QStringLiteral("size"), r.size}, {QStringLiteral("sha256"), r.sha256}, {QStringLiteral("received_at"), r.receivedAt},
                  {QStringLiteral("status"), r.status}, {QStringLiteral("order_count"), r.orderCount}};
    if (!r.format.isEmpty())
        o.insert(QStringLiteral("format"), r.format);
    if (!r.errors.isEmpty())
        o.insert(QStringLiteral("errors"), r.errors);
    if (r.duplicateOf)
        o.insert(QStringLiteral("duplicate_of"), r.duplicateOf);
    return o;
}

Result<qint64> InboundRepository::findOriginal(qint64 sourceId, const QString &sha256)
{
    Statement &find = m_db.statement(QStringLiteral("SELECT id FROM inbound_message WHERE source_id = ? AND sha256 = ? AND status <> 'duplicate' ORDER BY id LIMIT 1"));
    find.bind(0, sourceId);
    find.bind(1, sha256);
    if (Status s = find.exec(QStringLiteral("checking for a duplicate file")); !s)
        return s.error();
    return find.hasRow() ? find.value(0).toLongLong() : 0;
}

Status InboundRepository::insert(InboundRecord &r, const QByteArray &content)
{
    Statement &ins = m_db.statement(QStringLiteral(
        "INSERT INTO inbound_message (org_id, source_id, remote_name, size, sha256, received_at, status, format, error, errors_json, "
        "order_count, duplicate_of, content) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    int i = 0;
    ins.bind(i++, r.orgId);
    ins.bind(i++, r.sourceId);
    ins.bind(i++, r.remoteName);
    ins.bind(i++, r.size);
    ins.bind(i++, nonNull(r.sha256));   // empty for a file too large to read
    ins.bind(i++, r.receivedAt);
    ins.bind(i++, r.status);
    ins.bind(i++, r.format.isEmpty() ? QString() : r.format);
    ins.bind(i++, firstError(r.errors));
    ins.bind(i++, errorsText(r.errors));
    ins.bind(i++, qint64(r.orderCount));
    if (r.duplicateOf)
        ins.bind(i++, r.duplicateOf);
    else
        ins.bindNull(i++);
    ins.bind(i++, content);
    if (Status s = ins.exec(QStringLiteral("recording inbound file %1").arg(r.remoteName)); !s)
        return s;
    r.id = ins.lastInsertId();
    return {};
}

Status InboundRepository::updateStatus(qint64 id, const QString &status, const QString &format, const QJsonArray &errors, int orderCount)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE inbound_message SET status = ?, format = ?, error = ?, errors_json = ?, order_count = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(format);
    q.addBindValue(firstError(errors));
    q.addBindValue(errorsText(errors));
    q.addBindValue(orderCount);
    q.addBindValue(id);
    return execQuery(q, QStringLiteral("updating inbound message %1").arg(id));
}

Result<InboundRecord> InboundRepository::get(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM inbound_message i JOIN source s ON s.id = i.source_id WHERE i.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading inbound message %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No inbound message %1.").arg(id));
    return recordFrom(q);
}

Result<QByteArray> InboundRepository::content(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT content FROM inbound_message WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading inbound message %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No inbound message %1.").arg(id));
    if (q.value(0).isNull())
        return Error(QStringLiteral("no_content"), QStringLiteral("Inbound message %1 has no stored content (it was too large to keep).").arg(id));
    return q.value(0).toByteArray();
}

Result<QStringList> InboundRepository::orderIds(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT id FROM draft_order WHERE inbound_id = ? ORDER BY rowid"));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading the orders of inbound message %1").arg(id)); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

Result<std::optional<InboundRepository::KeyedMessage>> InboundRepository::findIdempotencyKey(qint64 sourceId, const QString &key)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT inbound_id, body_sha256 FROM inbound_idempotency WHERE source_id = ? AND idempotency_key = ?"));
    q.addBindValue(sourceId);
    q.addBindValue(key);
    if (Status s = execQuery(q, QStringLiteral("looking up an Idempotency-Key")); !s)
        return s.error();
    std::optional<KeyedMessage> out;
    if (q.next())
        out = KeyedMessage{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return out;
}

Status InboundRepository::recordIdempotencyKey(qint64 sourceId, const QString &key, const QString &bodySha256, qint64 inboundId)
{
    QSqlQuery &q = m_db.query(QStringLiteral(
        "INSERT INTO inbound_idempotency (source_id, idempotency_key, body_sha256, inbound_id, created_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(sourceId);
    q.addBindValue(key);
    q.addBindValue(bodySha256);
    q.addBindValue(inboundId);
    q.addBindValue(nowText());
    return execQuery(q, QStringLiteral("recording an Idempotency-Key"));
}

Result<QList<InboundRecord>> InboundRepository::list(int limit, const QString &status, int offset)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM inbound_message i JOIN source s ON s.id = i.source_id WHERE (? = '' OR i.status = ?) ORDER BY i.id DESC LIMIT ? OFFSET ?").arg(kColumns));
    q.addBindValue(nonNull(status));
    q.addBindValue(nonNull(status));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = execQuery(q, QStringLiteral("listing inbound messages")); !s)
        return s.error();
    QList<InboundRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

Result<qint64> InboundRepository::count(const QString &status)
{
    return queryCount(m_db, QStringLiteral("SELECT COUNT(*) FROM inbound_message WHERE (? = '' OR status = ?)"), {nonNull(status), nonNull(status)},
                      QStringLiteral("counting inbound messages"));
}

Result<qint64> InboundRepository::interchangeSeenIn(qint64 sourceId, const QString &interchangeId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT inbound_id FROM inbound_interchange WHERE source_id = ? AND interchange_id = ? LIMIT 1"));
    q.addBindValue(sourceId);
    q.addBindValue(interchangeId);
    if (Status s = execQuery(q, QStringLiteral("checking interchange numbers")); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status InboundRepository::recordInterchange(qint64 sourceId, const QString &interchangeId, qint64 inboundId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO inbound_interchange (source_id, interchange_id, inbound_id) VALUES (?,?,?)"));
    q.addBindValue(sourceId);
    q.addBindValue(interchangeId);
    q.addBindValue(inboundId);
    return execQuery(q, QStringLiteral("recording interchange numbers"));
}

} // namespace orderflow
