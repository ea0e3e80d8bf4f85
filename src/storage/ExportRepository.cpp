#include "storage/ExportRepository.h"

#include "storage/RowRuns.h"
#include "storage/SqlTime.h"

#include <QJsonDocument>
#include <QSet>

namespace orderflow {
namespace {

const QString kColumns = QStringLiteral(
    "id, org_id, order_id, connection_id, push_generation, idempotency_key, file_name, status, content_sha256, erp_order_id, "
    "error_code, error_message, ack_file, created_at, sent_at, acked_at, generator, source_name, org_slug");

ExportRecord exportFrom(const QSqlQuery &q)
{
    ExportRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.orgId = q.value(i++).toLongLong();
    r.orderId = q.value(i++).toString();
    r.connectionId = q.value(i++).toLongLong();
    r.pushGeneration = q.value(i++).toInt();
    r.idempotencyKey = q.value(i++).toString();
    r.fileName = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.contentSha256 = q.value(i++).toString();
    r.erpOrderId = q.value(i++).toString();
    r.errorCode = q.value(i++).toString();
    r.errorMessage = q.value(i++).toString();
    r.ackFile = q.value(i++).toString();
    r.createdAt = q.value(i++).toString();
    r.sentAt = q.value(i++).toString();
    r.ackedAt = q.value(i++).toString();
    r.generator = q.value(i++).toString();
    r.sourceName = q.value(i++).toString();
    r.orgSlug = q.value(i++).toString();
    return r;
}

} // namespace

QByteArray pushLogJson(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject exportJsonRow(const ExportRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("order_id"), r.orderId}, {QStringLiteral("connection_id"), r.connectionId},
                  {QStringLiteral("push_generation"), r.pushGeneration}, {QStringLiteral("idempotency_key"), r.idempotencyKey},
                  {QStringLiteral("status"), r.status}, {QStringLiteral("created_at"), r.createdAt}};
    auto put = [&](const char *k, const QString &v) { if (!v.isEmpty()) o.insert(QLatin1String(k), v); };
    put("file_name", r.fileName); put("content_sha256", r.contentSha256); put("erp_order_id", r.erpOrderId);
    put("error_code", r.errorCode); put("error_message", r.errorMessage); put("ack_file", r.ackFile);
    put("sent_at", r.sentAt); put("acked_at", r.ackedAt);
    return o;
}

QJsonObject pushLogJsonRow(const PushLogRecord &r)
{
    QJsonObject o{{QStringLiteral("export_id"), r.exportId}, {QStringLiteral("order_id"), r.orderId},
                  {QStringLiteral("attempt"), r.attempt}, {QStringLiteral("idempotency_key"), r.idempotencyKey},
                  {QStringLiteral("started_at"), r.startedAt}, {QStringLiteral("latency_ms"), r.latencyMs},
                  {QStringLiteral("outcome"), r.outcome}};
    if (!r.finishedAt.isEmpty()) o.insert(QStringLiteral("finished_at"), r.finishedAt);
    if (!r.request.isEmpty()) o.insert(QStringLiteral("request"), r.request);
    if (!r.response.isEmpty()) o.insert(QStringLiteral("response"), r.response);
    if (!r.error.isEmpty()) o.insert(QStringLiteral("error"), r.error);
    if (!r.nextAttemptAt.isEmpty()) o.insert(QStringLiteral("next_attempt_at"), r.nextAttemptAt);
    if (!r.ack.isEmpty()) o.insert(QStringLiteral("ack"), r.ack);
    if (!r.ackError.isEmpty()) o.insert(QStringLiteral("ack_error"), r.ackError);
    return o;
}

Status ExportRepository::create(ExportRecord &r)
{
    return createAll({&r});
}

Status ExportRepository::createAll(const QList<ExportRecord *> &records)
{
    constexpr int kColumns = 11;
    return forRowRuns(records.size(), [&](qsizetype at, qsizetype n) -> Status {
        QString rows;
        for (qsizetype i = 0; i < n; ++i)
            rows += i == 0 ? QStringLiteral("(?,?,?,?,?,?,'PENDING',?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?,'PENDING',?,?,?,?,?)");
        Statement &q = m_db.statement(QStringLiteral("INSERT INTO erp_export (org_id, order_id, connection_id, push_generation, idempotency_key, file_name, "
                                                     "status, content_sha256, created_at, generator, source_name, org_slug) VALUES %1 RETURNING id, order_id")
                                          .arg(rows));
        QHash<QString, ExportRecord *> byOrder;
        for (qsizetype i = 0; i < n; ++i) {
            ExportRecord &r = *records.at(at + i);
            if (r.createdAt.isEmpty())
                r.createdAt = nowText();
            r.status = QStringLiteral("PENDING");
            const int b = int(i) * kColumns;
            q.bind(b + 0, r.orgId);
            q.bind(b + 1, r.orderId);
            q.bind(b + 2, r.connectionId);
            q.bind(b + 3, qint64(r.pushGeneration));
            q.bind(b + 4, r.idempotencyKey);
            q.bind(b + 5, r.fileName.isEmpty() ? QString() : r.fileName);
            q.bind(b + 6, r.contentSha256.isEmpty() ? QString() : r.contentSha256);
            q.bind(b + 7, r.createdAt);
            q.bind(b + 8, textOrNull(r.generator));
            q.bind(b + 9, textOrNull(r.sourceName));
            q.bind(b + 10, textOrNull(r.orgSlug));
            byOrder.insert(r.orderId, &r);
        }
        if (Status s = q.exec(n == 1 ? QStringLiteral("creating the export of order %1").arg(records.at(at)->orderId)
                                     : QStringLiteral("creating the exports of %1 orders").arg(n));
            !s)
            return s;
        for (bool row = q.hasRow(); row; row = q.next()) {
            if (ExportRecord *r = byOrder.value(q.value(1).toString()))
                r->id = q.value(0).toLongLong();
        }
        for (qsizetype i = 0; i < n; ++i) {
            if (records.at(at + i)->id == 0)
                return Error(QStringLiteral("internal"), QStringLiteral("The export of order %1 was written without an id.").arg(records.at(at + i)->orderId));
        }
        return {};
    });
}

Result<std::optional<ExportRecord>> ExportRepository::one(QSqlQuery &q, const QString &what)
{
    if (Status s = execQuery(q, what); !s)
        return s.error();
    if (!q.next())
        return std::optional<ExportRecord>();
    return std::optional<ExportRecord>(exportFrom(q));
}

Result<ExportRecord> ExportRepository::get(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    auto r = one(q, QStringLiteral("reading export %1").arg(id));
    if (!r)
        return r.error();
    if (!r->has_value())
        return Error(QStringLiteral("not_found"), QStringLiteral("No export %1.").arg(id));
    return **r;
}

Result<std::optional<ExportRecord>> ExportRepository::pendingFor(const QString &orderId, int generation)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE order_id = ? AND push_generation = ? AND status = 'PENDING' ORDER BY id DESC LIMIT 1").arg(kColumns));
    q.addBindValue(orderId);
    q.addBindValue(generation);
    return one(q, QStringLiteral("reading the pending export of order %1").arg(orderId));
}

Result<std::optional<ExportRecord>> ExportRepository::byFileName(qint64 connectionId, const QString &fileName)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE connection_id = ? AND file_name = ?").arg(kColumns));
    q.addBindValue(connectionId);
    q.addBindValue(fileName);
    return one(q, QStringLiteral("finding the export named %1").arg(fileName));
}

Result<std::optional<ExportRecord>> ExportRepository::latestOpenFor(qint64 connectionId, const QString &orderId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE connection_id = ? AND order_id = ? AND status IN ('SENT', 'PENDING') ORDER BY id DESC LIMIT 1").arg(kColumns));
    q.addBindValue(connectionId);
    q.addBindValue(orderId);
    return one(q, QStringLiteral("finding the export of order %1").arg(orderId));
}

Result<std::optional<ExportRecord>> ExportRepository::onOtherConnection(qint64 connectionId, const QString &fileName, const QString &orderId)
{
    // By (connection_id, file_name) for each other connection, so the unique index serves it.
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE connection_id IN (SELECT id FROM erp_connection WHERE id <> ?) "
                                            "AND file_name = ? ORDER BY id DESC LIMIT 1").arg(kColumns));
    q.addBindValue(connectionId);
    q.addBindValue(fileName);
    auto byName = one(q, QStringLiteral("finding the export named %1").arg(fileName));
    q.finish();
    if (!byName || byName->has_value() || orderId.isEmpty())
        return byName;
    QSqlQuery &o = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE order_id = ? AND connection_id <> ? AND status IN ('SENT', 'PENDING') "
                                            "ORDER BY id DESC LIMIT 1").arg(kColumns));
    o.addBindValue(orderId);
    o.addBindValue(connectionId);
    auto byOrder = one(o, QStringLiteral("finding the export of order %1").arg(orderId));
    o.finish();
    return byOrder;
}

Result<QList<ExportRecord>> ExportRepository::forOrder(const QString &orderId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE order_id = ? ORDER BY id").arg(kColumns));
    q.addBindValue(orderId);
    if (Status s = execQuery(q, QStringLiteral("listing exports of order %1").arg(orderId)); !s)
        return s.error();
    QList<ExportRecord> out;
    while (q.next())
        out.append(exportFrom(q));
    return out;
}

Result<QList<ExportRecord>> ExportRepository::list(int limit, const QString &status, int offset)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE (? = '' OR status = ?) ORDER BY id DESC LIMIT ? OFFSET ?").arg(kColumns));
    q.addBindValue(nonNull(status));
    q.addBindValue(nonNull(status));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = execQuery(q, QStringLiteral("listing exports")); !s)
        return s.error();
    QList<ExportRecord> out;
    while (q.next())
        out.append(exportFrom(q));
    return out;
}

Result<qint64> ExportRepository::count(const QString &status)
{
    return queryCount(m_db, QStringLiteral("SELECT COUNT(*) FROM erp_export WHERE (? = '' OR status = ?)"), {nonNull(status), nonNull(status)},
                      QStringLiteral("counting exports"));
}

Result<qint64> ExportRepository::pushLogCount(const QString &orderId)
{
    return queryCount(m_db, QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE (? = '' OR order_id = ?)"), {nonNull(orderId), nonNull(orderId)},
                      QStringLiteral("counting push attempts"));
}

Result<QList<ExportRecord>> ExportRepository::pendingOnConnection(qint64 connectionId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_export WHERE connection_id = ? AND status = 'PENDING' ORDER BY id").arg(kColumns));
    q.addBindValue(connectionId);
    if (Status s = execQuery(q, QStringLiteral("listing pending exports")); !s)
        return s.error();
    QList<ExportRecord> out;
    while (q.next())
        out.append(exportFrom(q));
    return out;
}

Error ExportRepository::notChanged(qint64 id, const QString &change, const QString &allowedFrom)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT status FROM erp_export WHERE id = ?"));
    q.addBindValue(id);
    QString now;
    if (execQuery(q, QStringLiteral("reading export %1").arg(id)) && q.next())
        now = q.value(0).toString();
    q.finish();
    if (now.isEmpty())
        return Error(QStringLiteral("not_found"), QStringLiteral("Export %1 could not be %2: there is no such export.").arg(id).arg(change));
    return Error(QStringLiteral("state_changed"),
                 QStringLiteral("Export %1 could not be %2: it is %3 now, not %4; it was changed meanwhile.").arg(id).arg(change, now, allowedFrom));
}

Status ExportRepository::markSent(qint64 id, const QString &contentSha256)
{
    Statement &q = m_db.statement(QStringLiteral("UPDATE erp_export SET status = 'SENT', sent_at = ?, content_sha256 = COALESCE(content_sha256, ?) "
                                                 "WHERE id = ? AND status = 'PENDING' RETURNING id"));
    q.bind(0, nowText());
    q.bind(1, textOrNull(contentSha256));
    q.bind(2, id);
    if (Status s = q.exec(QStringLiteral("marking export %1 sent").arg(id)); !s)
        return s;
    const bool changed = q.hasRow();
    q.next();   // one row at most: let the statement go
    if (!changed)
        return notChanged(id, QStringLiteral("marked sent"), QStringLiteral("PENDING"));
    return {};
}

Status ExportRepository::keepContentHash(qint64 id, const QString &contentSha256)
{
    if (contentSha256.isEmpty())
        return {};
    Statement &q = m_db.statement(QStringLiteral("UPDATE erp_export SET content_sha256 = ? WHERE id = ? AND content_sha256 IS NULL"));
    q.bind(0, contentSha256);
    q.bind(1, id);
    return q.exec(QStringLiteral("keeping the content hash of export %1").arg(id));
}

Status ExportRepository::markAcked(qint64 id, const QString &erpOrderId, const QString &ackFile)
{
    Statement &q = m_db.statement(QStringLiteral("UPDATE erp_export SET status = 'ACKED', erp_order_id = ?, ack_file = ?, acked_at = ?, "
                                                 "sent_at = COALESCE(sent_at, ?) WHERE id = ? AND status IN ('PENDING', 'SENT') RETURNING id"));
    const QString now = nowText();
    q.bind(0, textOrNull(erpOrderId));
    q.bind(1, textOrNull(ackFile));
    q.bind(2, now);
    q.bind(3, now);
    q.bind(4, id);
    if (Status s = q.exec(QStringLiteral("marking export %1 acknowledged").arg(id)); !s)
        return s;
    const bool changed = q.hasRow();
    q.next();   // one row at most: let the statement go
    if (!changed)
        return notChanged(id, QStringLiteral("marked acknowledged"), QStringLiteral("PENDING or SENT"));
    return {};
}

Status ExportRepository::markAckedAll(const QList<Ack> &acks)
{
    const QString now = nowText();
    return forRowRuns(acks.size(), [&](qsizetype at, qsizetype n) -> Status {
        Statement &q = m_db.statement(QStringLiteral("UPDATE erp_export SET status = 'ACKED', erp_order_id = v.column2, ack_file = NULL, acked_at = ?, "
                                                     "sent_at = COALESCE(sent_at, ?), content_sha256 = COALESCE(erp_export.content_sha256, v.column3) "
                                                     "FROM (VALUES %1) AS v "
                                                     "WHERE erp_export.id = v.column1 AND erp_export.status IN ('PENDING', 'SENT') RETURNING erp_export.id")
                                          .arg(placeholderRows(n, 3)));
        q.bind(0, now);
        q.bind(1, now);
        for (qsizetype i = 0; i < n; ++i) {
            const Ack &a = acks.at(at + i);
            q.bind(2 + int(i) * 3, a.exportId);
            q.bind(3 + int(i) * 3, a.erpOrderId);
            q.bind(4 + int(i) * 3, textOrNull(a.contentSha256));
        }
        if (Status s = q.exec(QStringLiteral("marking %1 exports acknowledged").arg(n)); !s)
            return s;
        QSet<qint64> changed;
        for (bool row = q.hasRow(); row; row = q.next())
            changed.insert(q.value(0).toLongLong());
        for (qsizetype i = 0; i < n; ++i) {
            if (!changed.contains(acks.at(at + i).exportId))
                return notChanged(acks.at(at + i).exportId, QStringLiteral("marked acknowledged"), QStringLiteral("PENDING or SENT"));
        }
        return {};
    });
}

Status ExportRepository::markFailed(qint64 id, const QString &code, const QString &message, const QString &ackFile, const QString &contentSha256)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE erp_export SET status = 'FAILED', error_code = ?, error_message = ?, ack_file = ?, acked_at = ?, "
                                            "content_sha256 = COALESCE(content_sha256, ?) WHERE id = ? AND status IN ('PENDING', 'SENT')"));
    q.addBindValue(textOrNull(code));
    q.addBindValue(textOrNull(message));
    q.addBindValue(textOrNull(ackFile));
    q.addBindValue(ackFile.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(nowText()));
    q.addBindValue(textOrNull(contentSha256));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("marking export %1 failed").arg(id)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return notChanged(id, QStringLiteral("marked failed"), QStringLiteral("PENDING or SENT"));
    return {};
}

Result<int> ExportRepository::closePending(const QString &orderId, const QString &code, const QString &message)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE erp_export SET status = 'FAILED', error_code = ?, error_message = ? WHERE order_id = ? AND status = 'PENDING'"));
    q.addBindValue(code);
    q.addBindValue(textOrNull(message));
    q.addBindValue(orderId);
    if (Status s = execQuery(q, QStringLiteral("closing the pending export of order %1").arg(orderId)); !s)
        return s.error();
    return q.numRowsAffected();
}

Status ExportRepository::logAttempt(const PushLogRecord &r)
{
    return logAttempts({r});
}

Status ExportRepository::logAttempts(const QList<PushLogRecord> &records)
{
    constexpr int kColumns = 14;
    auto orNull = [](const QString &v) { return v.isEmpty() ? QString() : v; };
    return forRowRuns(records.size(), [&](qsizetype at, qsizetype n) -> Status {
        Statement &q = m_db.statement(QStringLiteral("INSERT INTO erp_push_log (org_id, export_id, order_id, connection_id, attempt, idempotency_key, started_at, "
                                                     "finished_at, latency_ms, outcome, request, response, error, next_attempt_at) VALUES ")
                                      + placeholderRows(n, kColumns));
        for (qsizetype i = 0; i < n; ++i) {
            const PushLogRecord &r = records.at(at + i);
            const int b = int(i) * kColumns;
            q.bind(b + 0, r.orgId);
            q.bind(b + 1, r.exportId);
            q.bind(b + 2, r.orderId);
            q.bind(b + 3, r.connectionId);
            q.bind(b + 4, qint64(r.attempt));
            q.bind(b + 5, r.idempotencyKey);
            q.bind(b + 6, r.startedAt);
            q.bind(b + 7, orNull(r.finishedAt));
            q.bind(b + 8, r.latencyMs);
            q.bind(b + 9, r.outcome);
            q.bindText(b + 10, r.requestJson.isNull() ? pushLogJson(r.request) : r.requestJson);
            q.bindText(b + 11, r.responseJson.isNull() ? pushLogJson(r.response) : r.responseJson);
            q.bind(b + 12, orNull(r.error));
            q.bind(b + 13, orNull(r.nextAttemptAt));
        }
        return q.exec(n == 1 ? QStringLiteral("writing the push log for order %1").arg(records.at(at).orderId)
                             : QStringLiteral("writing the push log for %1 orders").arg(n));
    });
}

Result<QList<PushLogRecord>> ExportRepository::pushLog(const QString &orderId, int limit, int offset)
{
    // The export's acknowledgement belongs to the attempt that delivered it (success or reconciled; an export is
    // delivered at most once): an ERP's rejection shows on that attempt, not only on the export.
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT l.org_id, l.export_id, l.order_id, l.connection_id, l.attempt, l.idempotency_key, l.started_at, "
                                            "l.finished_at, l.latency_ms, l.outcome, l.request, l.response, l.error, l.next_attempt_at, "
                                            "CASE WHEN l.outcome IN ('success', 'reconciled') AND e.acked_at IS NOT NULL "
                                            "     THEN CASE e.status WHEN 'ACKED' THEN 'accepted' WHEN 'FAILED' THEN 'rejected' END END, "
                                            "CASE WHEN l.outcome IN ('success', 'reconciled') AND e.status = 'FAILED' AND e.acked_at IS NOT NULL "
                                            "     THEN TRIM(COALESCE(e.error_code, '') || ': ' || COALESCE(e.error_message, ''), ': ') END "
                                            "FROM erp_push_log l LEFT JOIN erp_export e ON e.id = l.export_id "
                                            "WHERE (? = '' OR l.order_id = ?) ORDER BY l.id DESC LIMIT ? OFFSET ?"));
    q.addBindValue(nonNull(orderId));
    q.addBindValue(nonNull(orderId));
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (Status s = execQuery(q, QStringLiteral("reading the push log")); !s)
        return s.error();
    QList<PushLogRecord> out;
    while (q.next()) {
        PushLogRecord r;
        int i = 0;
        r.orgId = q.value(i++).toLongLong();
        r.exportId = q.value(i++).toLongLong();
        r.orderId = q.value(i++).toString();
        r.connectionId = q.value(i++).toLongLong();
        r.attempt = q.value(i++).toInt();
        r.idempotencyKey = q.value(i++).toString();
        r.startedAt = q.value(i++).toString();
        r.finishedAt = q.value(i++).toString();
        r.latencyMs = q.value(i++).toLongLong();
        r.outcome = q.value(i++).toString();
        r.request = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
        r.response = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
        r.error = q.value(i++).toString();
        r.nextAttemptAt = q.value(i++).toString();
        r.ack = q.value(i++).toString();
        r.ackError = q.value(i++).toString();
        out.append(r);
    }
    return out;
}

Result<int> ExportRepository::lastAttempt(const QString &idempotencyKey)
{
    Statement &q = m_db.statement(QStringLiteral("SELECT COALESCE(MAX(attempt), 0) FROM erp_push_log WHERE idempotency_key = ?"));
    q.bind(0, idempotencyKey);
    if (Status s = q.exec(QStringLiteral("reading the push log")); !s)
        return s.error();
    const int last = q.hasRow() ? q.value(0).toInt() : 0;
    q.next();   // one row: let the statement go
    return last;
}

Result<QHash<QString, int>> ExportRepository::lastAttempts(const QStringList &idempotencyKeys)
{
    QHash<QString, int> out;
    Status st = forRowRuns(idempotencyKeys.size(), [&](qsizetype at, qsizetype n) -> Status {
        Statement &q = m_db.statement(QStringLiteral("SELECT idempotency_key, MAX(attempt) FROM erp_push_log WHERE idempotency_key IN (%1) "
                                                     "GROUP BY idempotency_key").arg(placeholderList(n)));
        for (qsizetype i = 0; i < n; ++i)
            q.bind(int(i), idempotencyKeys.at(at + i));
        if (Status s = q.exec(QStringLiteral("reading the push log")); !s)
            return s;
        for (bool row = q.hasRow(); row; row = q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace orderflow
