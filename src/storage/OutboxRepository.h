// The partner outbox: acknowledgements (997, CONTRL) owed to partners, queued with the inbound message they answer
// and delivered later by the outbox worker (pending → sending → sent, or failed and tried again).
#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

namespace orderflow {

struct OutboxRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgSlug;
    qint64 sourceId = 0;
    QString sourceName;
    qint64 inboundId = 0;
    QString inboundName;   // the partner file it acknowledges
    QString kind;          // 997, CONTRL
    QString fileName;      // decided when queued; changed only before a write, never after
    QByteArray content;    // read by claimDue(), not by list()
    QString status;        // pending, sending, failed, sent
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    QString createdAt;
    QString sentAt;
    QString sentTo;        // where it was delivered ("/srv/out/997_….x12", "sftp://…/out/997_….x12")
};

class OutboxRepository {
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    // Whether a row of this source already uses the file name.
    Result<bool> fileNameTaken(qint64 sourceId, const QString &fileName);
    // Queues the record as pending, due now; sets record.id. Call inside the transaction that stores the inbound
    // message it acknowledges.
    Status insert(OutboxRecord &record);
    // Whether any row is due at now: a cheap read, so an idle sender never takes the write lock.
    Result<bool> anyDue(const QDateTime &now);
    // Claims up to limit rows that are due at now (pending, failed, or a claim that ran out) for one attempt:
    // status sending, attempts + 1, next_attempt_at = leaseUntil. Call inside a transaction; returns only the
    // rows this call claimed, with their content.
    Result<QList<OutboxRecord>> claimDue(const QDateTime &now, const QDateTime &leaseUntil, int limit);
    // Claims left by a process that died mid-attempt become due at once (start-up of the only sender).
    Result<int> releaseClaims();
    // A new file name, recorded before the file is written under it.
    Status rename(qint64 id, const QString &fileName);
    Status markSent(qint64 id, const QString &sentTo);
    Status markFailed(qint64 id, const QString &error, const QDateTime &nextAttempt);
    Result<OutboxRecord> get(qint64 id);
    // Newest first. status empty: everything not sent yet; "all": every row; else that status.
    Result<QList<OutboxRecord>> list(const QString &status, const QString &orgSlug, int limit);

private:
    Database &m_db;
};

QJsonObject outboxJson(const OutboxRecord &r);

} // namespace orderflow
