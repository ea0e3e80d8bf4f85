// The push queue: which orders are due for their ERP connection, read per connection (through the sources that
// deliver to it) so a paused connection's backlog is never read, and orders left `pushing` by a crash.
#pragma once

#include "domain/OrderState.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

namespace orderflow {

struct DueOrder {
    QString id;
    qint64 sourceId = 0;
    OrderState state = OrderState::Approved;
    int generation = 1;
    int attempt = 0;
    qint64 orgId = 0;
};

class PushQueueRepository {
public:
    explicit PushQueueRepository(Database &db) : m_db(db) {}

    // The oldest orders of these sources that are due (approved, or retry_wait whose next attempt is due by now),
    // at most `limit`, oldest change first.
    Result<QList<DueOrder>> due(const QList<qint64> &sourceIds, const QDateTime &now, int limit);
    // Whether any order of these sources is due (one row read, however long the backlog).
    Result<bool> anyDue(const QList<qint64> &sourceIds, const QDateTime &now);
    // These orders, if they may be pushed (approved or retry_wait), whatever their next attempt time.
    Result<QList<DueOrder>> pushable(const QStringList &orderIds);
    // Orders in `pushing` whose last change is at or before `changedBy`.
    Result<QList<DueOrder>> pushing(const QDateTime &changedBy);
    // How many attempts under this idempotency key failed transiently.
    Result<int> transientFailures(const QString &idempotencyKey);

private:
    Result<QList<DueOrder>> read(QSqlQuery &q, const QString &what);
    Database &m_db;
};

} // namespace orderflow
