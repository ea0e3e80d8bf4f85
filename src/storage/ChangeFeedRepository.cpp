#include "storage/ChangeFeedRepository.h"

namespace orderflow {
namespace {

ChangeRecord::Entity entityFromText(const QString &text)
{
    if (text == QLatin1String("push_log"))
        return ChangeRecord::Entity::PushLog;
    if (text == QLatin1String("export"))
        return ChangeRecord::Entity::Export;
    if (text == QLatin1String("inbound"))
        return ChangeRecord::Entity::Inbound;
    if (text == QLatin1String("connection"))
        return ChangeRecord::Entity::Connection;
    if (text == QLatin1String("source"))
        return ChangeRecord::Entity::Source;
    return ChangeRecord::Entity::Order;
}

ChangeRecord::Kind kindFromText(const QString &text)
{
    if (text == QLatin1String("created"))
        return ChangeRecord::Kind::Created;
    if (text == QLatin1String("removed"))
        return ChangeRecord::Kind::Removed;
    return ChangeRecord::Kind::Changed;
}

} // namespace

Result<qint64> ChangeFeedRepository::latestSeq()
{
    // The AUTOINCREMENT counter, not MAX(seq): pruning can never make it go back.
    Statement &q = m_db.statement(QStringLiteral("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'change_log'), 0)"));
    if (Status s = q.exec(QStringLiteral("reading the change feed's position")); !s)
        return s.error();
    const qint64 seq = q.hasRow() ? q.value(0).toLongLong() : 0;
    q.reset();
    return seq;
}

Result<ChangeBatch> ChangeFeedRepository::since(qint64 after, int limit)
{
    ChangeBatch out;
    out.after = after;
    out.lastSeq = after;
    Statement &first = m_db.statement(QStringLiteral("SELECT MIN(seq) FROM change_log"));
    if (Status s = first.exec(QStringLiteral("reading the change feed")); !s)
        return s.error();
    const QVariant oldest = first.hasRow() ? first.value(0) : QVariant();
    first.reset();
    if (!oldest.isNull() && oldest.toLongLong() > after + 1 && after > 0) {
        // Pruned past the reader: what it missed is gone; it reloads and goes on from the newest change.
        auto latest = latestSeq();
        if (!latest)
            return latest.error();
        out.gap = true;
        out.lastSeq = *latest;
        return out;
    }
    Statement &q = m_db.statement(QStringLiteral("SELECT seq, entity, kind, org_id, order_id, from_state, to_state, at FROM change_log "
                                                 "WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.bind(0, after);
    q.bind(1, qint64(limit) + 1);
    if (Status s = q.exec(QStringLiteral("reading the change feed")); !s)
        return s.error();
    for (bool row = q.hasRow(); row; row = q.next()) {
        if (out.changes.size() == limit) {
            out.more = true;
            break;
        }
        ChangeRecord c;
        c.seq = q.value(0).toLongLong();
        c.entity = entityFromText(q.value(1).toString());
        c.kind = kindFromText(q.value(2).toString());
        c.orgId = q.value(3).toLongLong();
        c.orderId = q.value(4).toString();
        if (const QVariant v = q.value(5); !v.isNull())
            c.from = stateFromName(v.toString());
        if (const QVariant v = q.value(6); !v.isNull())
            c.to = stateFromName(v.toString());
        c.at = q.value(7).toString();
        out.lastSeq = c.seq;
        out.changes.append(std::move(c));
    }
    q.reset();
    return out;
}

} // namespace orderflow
