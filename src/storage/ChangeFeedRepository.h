// The change feed (migrations 011, 017): what changed since a sequence number, for every process that shows orders,
// connections or sources.
// Triggers append to it in the writer's own transaction, so a reader that has seen sequence N has seen every
// change up to N (SQLite commits one writer at a time, in order).
#pragma once

#include "domain/OrderState.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace orderflow {

struct ChangeRecord {
    enum class Entity { Order, PushLog, Export, Inbound, Connection, Source };   // Source: its settings or its status
    enum class Kind { Created, Changed, Removed };

    qint64 seq = 0;
    Entity entity = Entity::Order;
    Kind kind = Kind::Changed;
    qint64 orgId = 0;
    QString orderId;
    std::optional<OrderState> from;   // orders: the state before (not for Created)
    std::optional<OrderState> to;     // orders: the state after (not for Removed)
    QString at;                       // UTC text of the commit's transaction
};

struct ChangeBatch {
    qint64 after = 0;          // the sequence asked for
    qint64 lastSeq = 0;        // the last change read (== after when nothing changed)
    bool gap = false;          // changes after `after` were pruned: the reader must reload everything
    bool more = false;         // the limit cut the batch; ask again from lastSeq
    QList<ChangeRecord> changes;
};

class ChangeFeedRepository {
public:
    explicit ChangeFeedRepository(Database &db) : m_db(db) {}

    // The newest sequence number (0 on a new database): one index lookup.
    Result<qint64> latestSeq();
    // The changes after `after`, oldest first, at most `limit`.
    Result<ChangeBatch> since(qint64 after, int limit);

private:
    Database &m_db;
};

} // namespace orderflow
