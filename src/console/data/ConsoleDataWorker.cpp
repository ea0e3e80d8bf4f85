#include "data/ConsoleDataWorker.h"

#include "data/ActionRunner.h"
#include "pipeline/Configuration.h"
#include "storage/AuditLog.h"
#include "storage/ChangeFeedRepository.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/OrderBrowseRepository.h"
#include "storage/OrderDetailRepository.h"
#include "storage/QueueStatsRepository.h"
#include "storage/SqlTime.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsoleData, "orderflow.console.data")

namespace orderflow::console {
namespace {

// Every request ends by resetting the connection's cached statements: a statement left mid-result keeps its
// read snapshot, and this connection would go on seeing the database as it was (and block WAL checkpoints).
class StatementReset {
public:
    explicit StatementReset(std::unique_ptr<Database> &db) : m_db(db) {}
    ~StatementReset()
    {
        if (m_db)
            m_db->resetStatements();
    }

private:
    std::unique_ptr<Database> &m_db;
};

} // namespace

int ActionOutcome::succeeded() const
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ActionResult &r) { return r.ok; }));
}

int ActionOutcome::failed() const
{
    return int(results.size()) - succeeded();
}

ConsoleDataWorker::ConsoleDataWorker(QString purpose, QObject *parent) : QObject(parent), m_purpose(std::move(purpose)) {}

ConsoleDataWorker::~ConsoleDataWorker() = default;

QString ConsoleDataWorker::notOpen() const
{
    return tr("The database is not open.");
}

void ConsoleDataWorker::open(const QString &path, const QJsonObject &configToApply, Database::OpenMode mode)
{
    auto db = Database::open(path, QStringLiteral("console-") + m_purpose, mode);
    if (!db) {
        emit opened(db.error().message);
        return;
    }
    m_db = std::move(*db);
    if (!configToApply.isEmpty()) {
        if (auto applied = applyConfigDocument(*m_db, configToApply); !applied) {
            emit opened(applied.error().message);
            return;
        }
    }
    emit opened({});
}

void ConsoleDataWorker::close()
{
    if (m_feedTimer)
        m_feedTimer->stop();
    m_db.reset();
}

void ConsoleDataWorker::page(quint64 ticket, const OrderQuery &query, const std::optional<OrderKey> &after, int limit)
{
    const StatementReset reset(m_db);
    OrderPage out;
    if (!m_db) {
        out.error = notOpen();
        emit pageReady(ticket, out);
        return;
    }
    // The page and the feed position it reflects, in one snapshot: the feed catches the view up from there.
    Status s = m_db->snapshot([&]() -> Status {
        auto seq = ChangeFeedRepository(*m_db).latestSeq();
        if (!seq)
            return seq.error();
        auto rows = OrderBrowseRepository(*m_db).page(query, after, limit);
        if (!rows)
            return rows.error();
        out.seq = *seq;
        out.rows = std::move(*rows);
        out.atEnd = out.rows.size() < limit;
        return {};
    });
    if (!s)
        out.error = s.error().message;
    emit pageReady(ticket, out);
}

void ConsoleDataWorker::rows(quint64 ticket, const OrderQuery &query, const QStringList &ids)
{
    const StatementReset reset(m_db);
    if (!m_db) {
        emit rowsReady(ticket, {}, {});
        return;
    }
    auto rows = OrderBrowseRepository(*m_db).rows(query, ids);
    if (!rows) {
        // Answer for none of the ids: an order that could not be read must not look as if it left the queue.
        qCWarning(lcConsoleData) << rows.error().message;
        emit rowsReady(ticket, {}, {});
        return;
    }
    emit rowsReady(ticket, *rows, ids);
}

void ConsoleDataWorker::count(quint64 ticket, const OrderQuery &query)
{
    const StatementReset reset(m_db);
    int n = -1;
    if (m_db) {
        if (auto counted = OrderBrowseRepository(*m_db).count(query))
            n = *counted;
        else
            qCWarning(lcConsoleData) << counted.error().message;
    }
    emit countReady(ticket, n);
}

void ConsoleDataWorker::queueStats(quint64 ticket, qint64 orgId)
{
    const StatementReset reset(m_db);
    QueueStats out;
    if (!m_db) {
        out.error = notOpen();
        emit queueStatsReady(ticket, out);
        return;
    }
    if (auto queues = QueueStatsRepository(*m_db).queues(orgId)) {
        for (auto it = queues->cbegin(); it != queues->cend(); ++it)
            out.byState.insert(int(it.key()), it.value());
    } else {
        out.error = queues.error().message;
    }
    emit queueStatsReady(ticket, out);
}

void ConsoleDataWorker::filterChoices(quint64 ticket)
{
    const StatementReset reset(m_db);
    FilterChoices out;
    if (m_db) {
        ConfigRepository config(*m_db);
        if (auto orgs = config.orgs()) {
            for (const OrgRecord &o : *orgs)
                out.orgs.append({o.id, o.name.isEmpty() ? o.slug : o.name});
        }
        if (auto sources = config.sources()) {
            for (const SourceRecord &s : *sources)
                out.sources.append({s.id, s.orgSlug + QLatin1Char('/') + s.name});
        }
    }
    emit filterChoicesReady(ticket, out);
}

void ConsoleDataWorker::detail(quint64 ticket, const QString &orderId)
{
    const StatementReset reset(m_db);
    OrderDetail d;
    if (!m_db) {
        d.error = notOpen();
    } else if (auto record = OrderDetailRepository(*m_db).get(orderId); !record) {
        d.error = record.error().message;
    } else if (!*record) {
        d.error = tr("Order %1 no longer exists.").arg(orderId);
    } else {
        static_cast<OrderDetailRecord &>(d) = std::move(**record);
        d.found = true;
    }
    emit detailReady(ticket, d);
}

void ConsoleDataWorker::exports(quint64 ticket, int limit)
{
    const StatementReset reset(m_db);
    QList<ExportRow> out;
    if (!m_db) {
        emit exportsReady(ticket, out, notOpen());
        return;
    }
    ExportRepository repo(*m_db);
    auto list = repo.list(limit);
    if (!list) {
        emit exportsReady(ticket, out, list.error().message);
        return;
    }
    ConfigRepository config(*m_db);
    QHash<qint64, ConnectionRecord> connections;
    if (auto all = config.connections()) {
        for (const ConnectionRecord &c : *all)
            connections.insert(c.id, c);
    }
    QStringList ids;
    for (const ExportRecord &e : *list)
        ids << e.orderId;
    const auto numbers = OrderBrowseRepository(*m_db).orderNumbers(ids);
    if (!numbers) {
        emit exportsReady(ticket, out, numbers.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ExportRecord &e : *list) {
        ExportRow row;
        row.record = e;
        row.orderNumber = numbers->value(e.orderId);
        const ConnectionRecord c = connections.value(e.connectionId);
        row.connectionName = c.name;
        if (e.status == QLatin1String("SENT") && !e.sentAt.isEmpty())
            row.ackOverdue = timeFromText(e.sentAt).msecsTo(now) > c.ackOverdueMs;
        out.append(row);
    }
    emit exportsReady(ticket, out, {});
}

void ConsoleDataWorker::pushLog(quint64 ticket, int limit)
{
    const StatementReset reset(m_db);
    QList<PushLogRow> out;
    if (!m_db) {
        emit pushLogReady(ticket, out, notOpen());
        return;
    }
    ExportRepository repo(*m_db);
    auto log = repo.pushLog({}, limit);
    if (!log) {
        emit pushLogReady(ticket, out, log.error().message);
        return;
    }
    QStringList ids;
    for (const PushLogRecord &r : *log)
        ids << r.orderId;
    const auto numbers = OrderBrowseRepository(*m_db).orderNumbers(ids);
    if (!numbers) {
        emit pushLogReady(ticket, out, numbers.error().message);
        return;
    }
    for (const PushLogRecord &r : *log)
        out.append({r, numbers->value(r.orderId)});
    emit pushLogReady(ticket, out, {});
}

void ConsoleDataWorker::inbound(quint64 ticket, int limit)
{
    const StatementReset reset(m_db);
    if (!m_db) {
        emit inboundReady(ticket, {}, notOpen());
        return;
    }
    InboundRepository repo(*m_db);
    auto list = repo.list(limit);
    emit inboundReady(ticket, list ? *list : QList<InboundRecord>(), list ? QString() : list.error().message);
}

void ConsoleDataWorker::inboundContent(quint64 ticket, qint64 inboundId)
{
    const StatementReset reset(m_db);
    if (!m_db) {
        emit inboundContentReady(ticket, {}, notOpen());
        return;
    }
    InboundRepository repo(*m_db);
    auto content = repo.content(inboundId);
    emit inboundContentReady(ticket, content ? *content : QByteArray(), content ? QString() : content.error().message);
}

void ConsoleDataWorker::dashboard(quint64 ticket)
{
    const StatementReset reset(m_db);
    DashboardStats out;
    if (!m_db) {
        out.error = notOpen();
    } else if (auto figures = QueueStatsRepository(*m_db).dashboard(QDateTime::currentDateTimeUtc())) {
        static_cast<DashboardFigures &>(out) = std::move(*figures);
    } else {
        out.error = figures.error().message;
    }
    emit dashboardReady(ticket, out);
}

void ConsoleDataWorker::setupOverview(quint64 ticket)
{
    const StatementReset reset(m_db);
    SetupOverview out;
    if (!m_db) {
        out.error = notOpen();
        emit setupOverviewReady(ticket, out);
        return;
    }
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    Status s = m_db->snapshot([&]() -> Status {
        SetupOverviewRepository repo(*m_db);
        auto connections = repo.connections(today);
        if (!connections)
            return connections.error();
        auto sources = repo.sources(today);
        if (!sources)
            return sources.error();
        out.connections = std::move(*connections);
        out.sources = std::move(*sources);
        return {};
    });
    if (!s)
        out.error = s.error().message;
    emit setupOverviewReady(ticket, out);
}

void ConsoleDataWorker::action(quint64 ticket, const ActionRequest &request)
{
    const StatementReset reset(m_db);
    ActionOutcome outcome;
    outcome.kind = request.kind;
    if (!m_db) {
        outcome.error = notOpen();
        emit actionFinished(ticket, outcome);
        return;
    }
    ActionRequest work = request;
    if (work.kind == ActionKind::RetryAllFailed) {
        // Resolved once, then retried like a selection: in chunks, with progress and a way to stop.
        auto ids = OrderBrowseRepository(*m_db).failedIds(work.scope);
        if (!ids) {
            outcome.error = ids.error().message;
            emit actionFinished(ticket, outcome);
            return;
        }
        work.kind = ActionKind::Retry;
        work.orderIds = *ids;
    }
    // Chunks of orders, each order in its own transaction: a cancel lands between two chunks, so every order
    // is either done or untouched, and the outcome says which.
    constexpr int kChunk = 25;
    const int total = work.kind == ActionKind::Replay ? 1 : int(work.orderIds.size());
    for (int start = 0; start == 0 || start < total; start += kChunk) {
        if (start > 0 && work.cancel && work.cancel->load()) {
            for (int i = start; i < total; ++i)
                outcome.results.append({work.orderIds.at(i), false, tr("not done: the operator cancelled before this order")});
            outcome.untouched = total - start;
            break;
        }
        ActionRequest chunk = work;
        if (work.kind != ActionKind::Replay)
            chunk.orderIds = work.orderIds.mid(start, kChunk);
        OrderStateChanges changes;
        const ActionOutcome part = runOperatorAction(*m_db, chunk, changes);
        outcome.results += part.results;
        if (!part.error.isEmpty())
            outcome.error = part.error;
        if (!changes.isEmpty())
            emit changed(changes);
        emit actionProgress(ticket, std::min(start + kChunk, total), total);
        if (total == 0)
            break;
    }
    emit actionFinished(ticket, outcome);
}

namespace {

constexpr int kFeedBatch = 5000;              // changes per update; a longer backlog follows at once
constexpr qint64 kFullUpdateEveryMs = 2000;   // queue ages move with the clock even when nothing changes

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
}

OrderStateChange stateChangeOf(const ChangeRecord &c)
{
    OrderStateChange ch;
    ch.orderId = c.orderId;
    ch.orgId = c.orgId;
    ch.created = c.kind == ChangeRecord::Kind::Created;
    ch.removed = c.kind == ChangeRecord::Kind::Removed;
    ch.from = c.from.value_or(c.to.value_or(OrderState::Received));
    ch.to = c.to.value_or(ch.from);
    return ch;
}

} // namespace

void ConsoleDataWorker::startFeed(int intervalMs)
{
    if (!m_feedTimer) {
        m_feedTimer = new QTimer(this);
        connect(m_feedTimer, &QTimer::timeout, this, &ConsoleDataWorker::pollFeed);
    }
    m_feedTimer->start(intervalMs);
    pollFeed();
}

void ConsoleDataWorker::watch(quint64 generation, const OrderQuery &query, qint64 sinceSeq)
{
    m_watchGeneration = generation;
    m_watchQuery = query;
    m_watchDirty = true;
    m_catchUpFrom = sinceSeq;
    pollFeed();
}

void ConsoleDataWorker::pollFeed()
{
    if (!m_db)
        return;
    const StatementReset reset(m_db);
    ChangeFeedRepository feed(*m_db);
    auto latest = feed.latestSeq();
    if (!latest) {
        qCWarning(lcConsoleData) << latest.error().message;
        return;
    }
    const bool due = monotonicMs() - m_lastFullUpdateMs >= kFullUpdateEveryMs;
    if (*latest == m_feedSeq && !m_watchDirty && !due && !m_countStale)
        return;   // the usual tick: one index lookup, nothing to tell

    FeedUpdate u;
    bool more = false;
    bool recountAll = false;
    const bool first = m_feedSeq < 0;
    // Whether a change can add a row to the watched view, change one in it or take one out.
    const auto concernsWatch = [this](const OrderStateChange &ch) {
        const bool inOrg = !m_watchQuery.orgId || ch.orgId == m_watchQuery.orgId;
        return m_watchGeneration && inOrg
            && ((!ch.created && ch.from == m_watchQuery.state) || (!ch.removed && ch.to == m_watchQuery.state));
    };
    // One read snapshot: the changes, the queue counts and the watched query's count and rows agree.
    Status s = m_db->snapshot([&]() -> Status {
        QSet<QString> asked;
        const auto ask = [&](const OrderStateChange &ch) {
            if (concernsWatch(ch) && !asked.contains(ch.orderId)) {
                asked.insert(ch.orderId);
                u.watchedIds << ch.orderId;
            }
        };
        if (first) {
            auto seq = feed.latestSeq();
            if (!seq)
                return seq.error();
            u.seq = *seq;
        } else {
            auto batch = feed.since(m_feedSeq, kFeedBatch);
            if (!batch)
                return batch.error();
            u.seq = batch->lastSeq;
            u.reload = batch->gap;
            more = batch->more;
            for (const ChangeRecord &c : std::as_const(batch->changes)) {
                switch (c.entity) {
                case ChangeRecord::Entity::PushLog: u.pushLogChanged = true; continue;
                case ChangeRecord::Entity::Export: u.exportsChanged = true; continue;
                case ChangeRecord::Entity::Inbound: u.inboundChanged = true; continue;
                case ChangeRecord::Entity::Connection: u.connectionsChanged = true; continue;
                case ChangeRecord::Entity::Source: u.sourcesChanged = true; continue;
                case ChangeRecord::Entity::Order: break;
                }
                const OrderStateChange ch = stateChangeOf(c);
                u.changes.append(ch);
                if (u.firstChangeAt.isEmpty())
                    u.firstChangeAt = c.at;
                u.lastChangeAt = c.at;
                ask(ch);
            }
        }
        if (m_watchGeneration && m_catchUpFrom >= 0 && m_catchUpFrom < u.seq) {
            // The view was read at m_catchUpFrom: the orders of its query changed since then are read again.
            auto missed = feed.since(m_catchUpFrom, kFeedBatch);
            if (!missed)
                return missed.error();
            if (missed->gap || missed->more)
                u.reload = true;
            for (const ChangeRecord &c : std::as_const(missed->changes)) {
                if (c.entity == ChangeRecord::Entity::Order && c.seq <= u.seq)
                    ask(stateChangeOf(c));
            }
        }
        // Recount the queues the changes touched; all of them on a full update, after a gap, when the batch was
        // cut (the snapshot holds changes the batch does not), or for another organisation.
        QSet<OrderState> touched;
        for (const OrderStateChange &ch : std::as_const(u.changes)) {
            if (!ch.created)
                touched.insert(ch.from);
            if (!ch.removed)
                touched.insert(ch.to);
        }
        recountAll = due || first || more || u.reload || m_lastStatsOrg != m_watchQuery.orgId;
        QList<OrderState> states;
        for (OrderState st : kAllOrderStates) {
            if (recountAll || touched.contains(st))
                states << st;
        }
        auto queues = QueueStatsRepository(*m_db).queues(m_watchQuery.orgId, states);
        if (!queues)
            return queues.error();
        u.stats.byState = recountAll ? QHash<int, QueueStat>() : m_lastStats;
        for (auto it = queues->cbegin(); it != queues->cend(); ++it)
            u.stats.byState.insert(int(it.key()), it.value());
        if (m_watchGeneration) {
            u.watch = m_watchGeneration;
            // The watched count is recounted when its queue changed (not on the clock: a text filter over a big
            // queue can take seconds). A slow count runs at most every ten times its own duration, so the feed
            // keeps its pace; meanwhile the last count stands and the next tick counts again.
            const bool newWatch = m_watchDirty || m_lastCountedWatch != m_watchGeneration;
            const bool wanted = newWatch || u.reload || first || m_countStale || touched.contains(m_watchQuery.state);
            const bool allowed = newWatch || monotonicMs() - m_lastCountAtMs >= 10 * m_countCostMs;
            if (wanted && allowed) {
                const qint64 started = monotonicMs();
                auto counted = OrderBrowseRepository(*m_db).count(m_watchQuery);
                if (!counted)
                    return counted.error();
                u.watchedCount = *counted;
                m_countCostMs = monotonicMs() - started;
                m_lastCountAtMs = monotonicMs();
                m_countStale = false;
            } else {
                u.watchedCount = m_lastWatchedCount;
                m_countStale = m_countStale || wanted;
            }
            OrderBrowseRepository browse(*m_db);
            if (!u.watchedIds.isEmpty()) {
                auto rows = browse.rows(m_watchQuery, u.watchedIds);
                if (!rows)
                    return rows.error();
                u.watchedRows = std::move(*rows);
            }
        }
        return {};
    });
    if (!s) {
        // Nothing moves on: the next tick tries the same changes again.
        qCWarning(lcConsoleData) << "change feed:" << s.error().message;
        return;
    }
    m_feedSeq = u.seq;
    m_watchDirty = false;
    m_catchUpFrom = -1;
    m_lastStats = u.stats.byState;
    m_lastStatsOrg = m_watchQuery.orgId;
    m_lastWatchedCount = u.watchedCount;
    m_lastCountedWatch = u.watch;
    if (recountAll)
        m_lastFullUpdateMs = monotonicMs();
    emit feedUpdated(u);
    if (more)
        QMetaObject::invokeMethod(this, &ConsoleDataWorker::pollFeed, Qt::QueuedConnection);
}

} // namespace orderflow::console
