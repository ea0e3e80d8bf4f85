#include "storage/OutboxRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {
namespace {

const QString kColumns = QStringLiteral(
    "o.id, o.org_id, g.slug, o.source_id, s.name, o.inbound_id, i.remote_name, o.kind, o.file_name, o.status, o.attempts, "
    "o.next_attempt_at, COALESCE(o.last_error, ''), o.created_at, COALESCE(o.sent_at, ''), COALESCE(o.sent_to, '')");
const QString kFrom = QStringLiteral(
    "FROM partner_outbox o JOIN source s ON s.id = o.source_id JOIN org g ON g.id = o.org_id JOIN inbound_message i ON i.id = o.inbound_id");

OutboxRecord recordFrom(const QSqlQuery &q)
{
    OutboxRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.orgId = q.value(i++).toLongLong();
    r.orgSlug = q.value(i++).toString();
    r.sourceId = q.value(i++).toLongLong();
    r.sourceName = q.value(i++).toString();
    r.inboundId = q.value(i++).toLongLong();
    r.inboundName = q.value(i++).toString();
    r.kind = q.value(i++).toString();
    r.fileName = q.value(i++).toString();
    r.status = q.value(i++).toString();
    r.attempts = q.value(i++).toInt();
    r.nextAttemptAt = q.value(i++).toString();
    r.lastError = q.value(i++).toString();
    r.createdAt = q.value(i++).toString();
    r.sentAt = q.value(i++).toString();
    r.sentTo = q.value(i++).toString();
    return r;
}

Status expectOneRow(QSqlQuery &q, qint64 id, const QString &what)
{
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("state_changed"), QStringLiteral("Cannot %1: outbox entry %2 is gone or was already sent.").arg(what).arg(id));
    return {};
}

} // namespace

QJsonObject outboxJson(const OutboxRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("org"), r.orgSlug}, {QStringLiteral("source"), r.sourceName},
                  {QStringLiteral("inbound_id"), r.inboundId}, {QStringLiteral("inbound_name"), r.inboundName}, {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("file_name"), r.fileName}, {QStringLiteral("status"), r.status}, {QStringLiteral("attempts"), r.attempts},
                  {QStringLiteral("created_at"), r.createdAt}};
    if (r.status != QLatin1String("sent"))
        o.insert(QStringLiteral("next_attempt_at"), r.nextAttemptAt);
    if (!r.lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), r.lastError);
    if (!r.sentAt.isEmpty())
        o.insert(QStringLiteral("sent_at"), r.sentAt);
    if (!r.sentTo.isEmpty())
        o.insert(QStringLiteral("sent_to"), r.sentTo);
    return o;
}

Result<bool> OutboxRepository::fileNameTaken(qint64 sourceId, const QString &fileName)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT 1 FROM partner_outbox WHERE source_id = ? AND file_name = ? LIMIT 1"));
    q.addBindValue(sourceId);
    q.addBindValue(fileName);
    if (Status s = execQuery(q, QStringLiteral("checking outbox file name %1").arg(fileName)); !s)
        return s.error();
    const bool taken = q.next();
    q.finish();
    return taken;
}

Status OutboxRepository::insert(OutboxRecord &r)
{
    QSqlQuery &q = m_db.query(QStringLiteral(
        "INSERT INTO partner_outbox (org_id, source_id, inbound_id, kind, file_name, content, status, attempts, next_attempt_at, created_at) "
        "VALUES (?,?,?,?,?,?,'pending',0,?,?)"));
    const QString now = nowText();
    q.addBindValue(r.orgId);
    q.addBindValue(r.sourceId);
    q.addBindValue(r.inboundId);
    q.addBindValue(r.kind);
    q.addBindValue(r.fileName);
    q.addBindValue(r.content);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = execQuery(q, QStringLiteral("queueing %1 acknowledgement %2").arg(r.kind, r.fileName)); !s)
        return s;
    r.id = q.lastInsertId().toLongLong();
    r.status = QStringLiteral("pending");
    r.nextAttemptAt = now;
    r.createdAt = now;
    return {};
}

Result<bool> OutboxRepository::anyDue(const QDateTime &now)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT 1 FROM partner_outbox WHERE status IN ('pending', 'failed', 'sending') AND next_attempt_at <= ? LIMIT 1"));
    q.addBindValue(timeText(now));
    if (Status s = execQuery(q, QStringLiteral("looking for acknowledgements due to partners")); !s)
        return s.error();
    const bool due = q.next();
    q.finish();
    return due;
}

Result<QList<OutboxRecord>> OutboxRepository::claimDue(const QDateTime &now, const QDateTime &leaseUntil, int limit)
{
    QSqlQuery &find = m_db.query(QStringLiteral("SELECT %1, o.content %2 WHERE o.status IN ('pending', 'failed', 'sending') AND o.next_attempt_at <= ? "
                                                "ORDER BY o.next_attempt_at, o.id LIMIT ?").arg(kColumns, kFrom));
    find.addBindValue(timeText(now));
    find.addBindValue(limit);
    if (Status s = execQuery(find, QStringLiteral("finding acknowledgements due to partners")); !s)
        return s.error();
    QList<OutboxRecord> due;
    while (find.next()) {
        OutboxRecord r = recordFrom(find);
        r.content = find.value(16).toByteArray();
        due.append(std::move(r));
    }
    find.finish();

    QList<OutboxRecord> claimed;
    QSqlQuery &claim = m_db.query(QStringLiteral("UPDATE partner_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? "
                                                 "WHERE id = ? AND status <> 'sent' AND next_attempt_at <= ?"));
    for (OutboxRecord &r : due) {
        claim.addBindValue(timeText(leaseUntil));
        claim.addBindValue(r.id);
        claim.addBindValue(timeText(now));
        if (Status s = execQuery(claim, QStringLiteral("claiming outbox entry %1").arg(r.id)); !s)
            return s.error();
        if (claim.numRowsAffected() != 1)
            continue;   // another sender took it
        r.status = QStringLiteral("sending");
        ++r.attempts;
        r.nextAttemptAt = timeText(leaseUntil);
        claimed.append(std::move(r));
    }
    return claimed;
}

Result<int> OutboxRepository::releaseClaims()
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE partner_outbox SET status = CASE WHEN last_error IS NULL THEN 'pending' ELSE 'failed' END, "
                                             "next_attempt_at = ? WHERE status = 'sending'"));
    q.addBindValue(nowText());
    if (Status s = execQuery(q, QStringLiteral("releasing interrupted acknowledgement deliveries")); !s)
        return s.error();
    return q.numRowsAffected();
}

Status OutboxRepository::rename(qint64 id, const QString &fileName)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE partner_outbox SET file_name = ? WHERE id = ? AND status <> 'sent'"));
    q.addBindValue(fileName);
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("renaming outbox entry %1 to %2").arg(id).arg(fileName)); !s)
        return s;
    return expectOneRow(q, id, QStringLiteral("rename it"));
}

Status OutboxRepository::markSent(qint64 id, const QString &sentTo)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE partner_outbox SET status = 'sent', sent_at = ?, sent_to = ?, last_error = NULL WHERE id = ? AND status <> 'sent'"));
    q.addBindValue(nowText());
    q.addBindValue(sentTo);
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("recording acknowledgement %1 as sent").arg(id)); !s)
        return s;
    return expectOneRow(q, id, QStringLiteral("record it as sent"));
}

Status OutboxRepository::markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE partner_outbox SET status = 'failed', last_error = ?, next_attempt_at = ? WHERE id = ? AND status <> 'sent'"));
    q.addBindValue(error);
    q.addBindValue(timeText(nextAttempt));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("recording a failed acknowledgement delivery (%1)").arg(id)); !s)
        return s;
    return expectOneRow(q, id, QStringLiteral("record the failure"));
}

Result<OutboxRecord> OutboxRepository::get(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 %2 WHERE o.id = ?").arg(kColumns, kFrom));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading outbox entry %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No outbox entry %1.").arg(id));
    OutboxRecord r = recordFrom(q);
    q.finish();
    return r;
}

Result<QList<OutboxRecord>> OutboxRepository::list(const QString &status, const QString &orgSlug, int limit)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 %2 WHERE (? = '' OR g.slug = ?) AND "
                                             "(CASE ? WHEN '' THEN o.status <> 'sent' WHEN 'all' THEN 1 ELSE o.status = ? END) "
                                             "ORDER BY o.id DESC LIMIT ?").arg(kColumns, kFrom));
    q.addBindValue(nonNull(orgSlug));
    q.addBindValue(nonNull(orgSlug));
    q.addBindValue(nonNull(status));
    q.addBindValue(nonNull(status));
    q.addBindValue(limit);
    if (Status s = execQuery(q, QStringLiteral("listing the partner outbox")); !s)
        return s.error();
    QList<OutboxRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    q.finish();
    return out;
}

} // namespace orderflow
