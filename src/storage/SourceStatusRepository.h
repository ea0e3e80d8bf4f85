// How each source is doing — last poll, last success, last error, paused until, backlog — written by the engine's
// source scheduler, read by the console and `orderflow sources status`.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace orderflow {

struct SourceStatus {
    qint64 sourceId = 0;
    QString lastPollAt;      // UTC text; empty: never
    QString lastSuccessAt;
    QString lastError;       // the last poll's failure, kept after a later success (compare the times)
    QString lastErrorAt;
    QString pausedUntil;     // empty: not paused
    int backlog = -1;        // what waits at the source after the last poll; -1 unknown
    qint64 pollErrors = 0;   // how often the source failed to read, ever (a counter for /metrics)
    QString updatedAt;
};

// One source with its status, for listings (sources never polled have an empty status).
struct SourceStatusRow {
    qint64 sourceId = 0;
    QString orgSlug;
    QString name;
    QString type;
    bool enabled = true;
    bool polled = false;     // a status row exists
    SourceStatus status;
};

class SourceStatusRepository {
public:
    explicit SourceStatusRepository(Database &db) : m_db(db) {}

    // Creates or replaces the status of status.sourceId (a source removed meanwhile is no error: nothing to keep).
    Status save(const SourceStatus &status);
    Result<std::optional<SourceStatus>> get(qint64 sourceId);
    // Every source (or one organisation's), with its status, by organisation and name.
    Result<QList<SourceStatusRow>> list(const QString &orgSlug = {});

private:
    Database &m_db;
};

QJsonObject sourceStatusJson(const SourceStatusRow &row);

} // namespace orderflow
