#include "pipeline/PushService.h"

#include "domain/Sha256.h"
#include "domain/messages/ConnectionMessages.h"
#include "formats/export/ExportJson.h"
#include "pipeline/PushScheduler.h"
#include "storage/SqlTime.h"
#include "storage/WriteTurns.h"
#include "transport/FileStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>

Q_LOGGING_CATEGORY(lcPush, "orderflow.push")

namespace orderflow {
namespace {

QString outcomeName(PushOutcome o)
{
    switch (o) {
    case PushOutcome::Delivered: return QStringLiteral("delivered");
    case PushOutcome::Acked: return QStringLiteral("acked");
    case PushOutcome::Transient: return QStringLiteral("transient");
    case PushOutcome::Permanent: return QStringLiteral("permanent");
    }
    return {};
}

CircuitBreaker breakerFor(const ConnectionRecord &c)
{
    return CircuitBreaker{c.breakerThreshold, c.breakerCooldownMs};
}

CircuitBreaker::State circuitOf(const ConnectionRecord &c)
{
    return CircuitBreaker::State{c.circuitState.isEmpty() ? QStringLiteral("closed") : c.circuitState, c.circuitOpenUntil, c.consecutiveFailures};
}

QString connectionSubject(qint64 id)
{
    return QStringLiteral("connection:%1").arg(id);
}

void notice(PushRound &round, const QString &subject, const QString &state, const QString &message, bool ifUnknown = false)
{
    round.notices.append(PushNotice{subject, state, message, ifUnknown});
}

// How long a connection that needs a person pauses before it is tried again (with one order).
qint64 operatorPauseMs(const ConnectionRecord &c)
{
    return std::max<qint64>(c.breakerCooldownMs, 1000);
}

QString resumesByItself(const ConnectionRecord &c)
{
    return msg::ResumesByItself(c.name, QString::number(operatorPauseMs(c) / 1000.0));
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

RetryPolicy retryPolicyFor(const ConnectionRecord &c)
{
    RetryPolicy p;
    p.baseMs = c.retryBaseMs;
    p.maxDelayMs = c.retryMaxMs;
    p.maxRetries = c.maxRetries;
    return p;
}

PushService::PushService(Database &db) : m_db(db), m_config(db), m_orders(db), m_exports(db), m_queue(db) {}
PushService::~PushService()
{
    m_roundScheduler.reset();   // its connection threads end before the connectors and the repositories go
}

QString PushService::idempotencyKey(qint64 orgId, const QString &orderId, int generation)
{
    const QByteArray material = QByteArray::number(orgId) + '\x1f' + orderId.toUtf8() + '\x1f' + QByteArray::number(generation);
    return QString::fromLatin1(sha256Hex(material));
}

Result<std::shared_ptr<ErpConnector>> PushService::connectorFor(const ConnectionRecord &connection)
{
    const QString key = connection.type + QString::fromUtf8(QJsonDocument(connection.config).toJson(QJsonDocument::Compact))
        + QString::number(connection.concurrency);
    {
        std::lock_guard lock(m_connectorsMutex);
        auto it = m_connectors.find(connection.id);
        if (it != m_connectors.end() && it->configKey == key)
            return it->connector;
    }
    auto created = ConnectorRegistry::instance().create(connection);
    if (!created)
        return created.error();
    std::shared_ptr<ErpConnector> shared(std::move(*created));
    std::lock_guard lock(m_connectorsMutex);
    if (m_aborting)
        shared->abort();
    m_connectors.insert(connection.id, CachedConnector{key, shared});
    return shared;
}

void PushService::abort()
{
    m_aborting = true;
    std::lock_guard lock(m_connectorsMutex);
    for (const CachedConnector &c : std::as_const(m_connectors))
        c.connector->abort();
}

Result<ConnectionRecord> PushService::connectionForOrder(qint64 sourceId)
{
    if (const auto it = m_sourceConnections.constFind(sourceId); it != m_sourceConnections.cend())
        return *it;
    if (!m_sources.contains(sourceId)) {
        auto s = m_config.source(sourceId);
        if (!s)
            return s.error();
        m_sources.insert(sourceId, *s);
    }
    auto connection = m_config.connectionForSource(m_sources[sourceId]);
    m_sourceConnections.insert(sourceId, connection);
    return connection;
}

Result<PushService::DocumentWriter> PushService::documentWriter(const QString &orderId, const ExportRecord &exportRow, const SourceRecord &source,
                                                                const Prefetched *prefetched)
{
    const Order *order = nullptr;
    if (prefetched) {
        if (const auto it = prefetched->orders.constFind(orderId); it != prefetched->orders.cend())
            order = &*it;
    }
    std::optional<Result<Order>> loaded;
    if (!order) {
        loaded = m_orders.load(orderId);
        if (!*loaded)
            return (*loaded).error();
        order = &**loaded;
    }
    ExportContext ctx;
    // As fixed when the export was created, so every attempt under its key sends the same bytes (an export from
    // before they were kept takes today's).
    ctx.orgSlug = exportRow.orgSlug.isEmpty() ? source.orgSlug : exportRow.orgSlug;
    ctx.sourceName = exportRow.sourceName.isEmpty() ? source.name : exportRow.sourceName;
    ctx.generator = exportRow.generator;
    // The export's creation time, so every attempt of one export sends the same document.
    ctx.exportedAt = timeFromText(exportRow.createdAt);
    ctx.idempotencyKey = exportRow.idempotencyKey;
    // The order as read in the claim's transaction, written out when the request starts, on the connection's thread.
    return DocumentWriter([order = *order, ctx](QString *sha) { return exportJson(order, ctx, sha); });
}

namespace {
void say(PushRound &round, const QString &message)
{
    if (!round.messages.contains(message))
        round.messages << message;
}
} // namespace

Result<QList<PushService::Lane>> PushService::lanes(PushRound &round, const QDateTime &now, const ClaimLimits &limits)
{
    // Route every source to its connection: the queue is read per connection, through the sources it serves.
    auto sources = m_config.sources();
    if (!sources)
        return sources.error();
    QList<Lane> out;
    QHash<qint64, qsizetype> laneOf;
    for (const SourceRecord &source : *sources) {
        m_sources.insert(source.id, source);
        auto connection = connectionForOrder(source.id);
        if (!connection) {
            auto waiting = m_queue.anyDue({source.id}, now);
            if (!waiting)
                return waiting.error();
            if (*waiting) {
                const QString message = msg::SourceOrdersCannotPush(source.name, source.orgSlug, connection.error().message);
                say(round, message);
                notice(round, QStringLiteral("source:%1").arg(source.id), QStringLiteral("no_connection:") + connection.error().code, message);
            }
            continue;
        }
        if (limits.skip.contains(connection->id))
            continue;
        if (const auto it = laneOf.constFind(connection->id); it != laneOf.cend()) {
            out[*it].sourceIds.append(source.id);
            continue;
        }
        laneOf.insert(connection->id, out.size());
        out.append(Lane{*connection, {source.id}, 0, false, limits.dueBy.isValid() ? limits.dueBy : now});
    }
    for (Lane &lane : out) {
        auto admitted = admission(lane, false, round, now);
        if (!admitted)
            return admitted.error();
        lane.budget = std::min(*admitted, limits.batchOf.value(lane.connection.id, limits.perConnection));
    }
    out.removeIf([](const Lane &l) { return l.budget <= 0; });
    return out;
}

Result<int> PushService::admission(Lane &lane, bool operatorAsked, PushRound &round, const QDateTime &now)
{
    ConnectionRecord &connection = lane.connection;
    // What is said about a connection that cannot take orders now only matters when orders wait for it.
    auto waiting = [&]() -> Result<bool> { return operatorAsked ? Result<bool>(true) : m_queue.anyDue(lane.sourceIds, now); };
    if (connection.status != QLatin1String("ACTIVE")) {
        auto any = waiting();
        if (!any)
            return any.error();
        if (*any && !operatorAsked) {
            say(round, msg::OrdersWaitDisabled(connection.name));
            notice(round, connectionSubject(connection.id), QStringLiteral("disabled"),
                   msg::ConnectionDisabledWait(connection.name, connection.orgSlug));
        }
        return 0;
    }
    CircuitBreaker::State state = circuitOf(connection);
    int admits = breakerFor(connection).admits(state, now);
    if (admits == 0 && operatorAsked)
        admits = 1;   // an operator's "push now" is the paused connection's next try, with one order
    if (state.name != connection.circuitState) {
        if (Status e = m_config.updateCircuit(connection.id, state.name, state.openUntil, state.consecutiveFailures); !e)
            return e.error();
        connection.circuitState = state.name;
    }
    if (admits == 0) {
        auto any = waiting();
        if (!any)
            return any.error();
        if (*any) {
            const bool breaker = state.consecutiveFailures > 0;
            const QString until = timeText(state.openUntil);
            say(round, breaker ? msg::PausedByBreaker(connection.name, until, state.consecutiveFailures) : msg::PausedForPerson(connection.name, until));
            // What the round that paused it said is the news; this is only news to a process that just started.
            notice(round, connectionSubject(connection.id), QStringLiteral("paused"),
                   breaker ? msg::PausedByBreakerOf(connection.name, connection.orgSlug, until, state.consecutiveFailures)
                           : msg::PausedForPersonOf(connection.name, connection.orgSlug, until),
                   true);
        }
        return 0;
    }
    return admits < 0 ? std::numeric_limits<int>::max() : admits;
}

Result<std::optional<PushService::Claimed>> PushService::claimOne(const DueOrder &c, const ConnectionRecord &connection,
                                                                  const std::shared_ptr<ErpConnector> &connector, const QDateTime &now,
                                                                  OrderStateChanges &changes, QList<PendingMove> *later, const Prefetched *prefetched)
{
    Claimed item;
    item.connection = connection;
    item.connector = connector;
    // Only an automatic retry (retry_wait) can have a pending export of this generation.
    Result<std::optional<ExportRecord>> pending = std::optional<ExportRecord>();
    if (c.state == OrderState::RetryWait)
        pending = m_exports.pendingFor(c.id, c.generation);
    if (!pending)
        return pending.error();
    if (pending->has_value() && (*pending)->connectionId != connection.id) {
        // The source now delivers through another connection (the operator replaced a broken one). The
        // old export will never be answered there: close it, and push a new export on the new connection.
        if (Status e = m_exports.markFailed((*pending)->id, QStringLiteral("connection_changed"),
                                            msg::NotDeliveredOtherConnection(connection.name), QString());
            !e)
            return e.error();
        *pending = std::nullopt;
    }
    if (pending->has_value()) {
        item.exportRow = **pending;   // automatic retry: same export, same key, same file name, same document
    } else {
        item.exportRow.orgId = c.orgId;
        item.exportRow.orderId = c.id;
        item.exportRow.connectionId = connection.id;
        item.exportRow.pushGeneration = c.generation;
        item.exportRow.idempotencyKey = prefetched && prefetched->keyOf.contains(c.id) ? prefetched->keyOf.value(c.id)
                                                                                        : idempotencyKey(c.orgId, c.id, c.generation);
        item.exportRow.fileName = connector->exportFileName(c.id, now);
        item.exportRow.createdAt = prefetched ? prefetched->createdAt : nowText();
        item.exportRow.generator = generatorName();
        item.exportRow.sourceName = m_sources[c.sourceId].name;
        item.exportRow.orgSlug = m_sources[c.sourceId].orgSlug;
    }
    // The document is written when the request starts (PushScheduler, on the connection's thread), not here in the
    // claim's transaction: its content hash reaches the export with the attempt's outcome.
    auto document = documentWriter(c.id, item.exportRow, m_sources[c.sourceId], prefetched);
    if (!document)
        return document.error();
    if (!pending->has_value()) {
        if (!later) {   // (with `later`, claimFromLane writes the lane's new exports together)
            if (Status s = m_exports.create(item.exportRow); !s)
                return s.error();
        }
    }
    // Attempts count per idempotency key across exports, so the push log's (key, attempt) stays unique.
    Result<int> lastAttempt = 0;
    if (const auto known = prefetched ? prefetched->keys.constFind(item.exportRow.idempotencyKey) : QHash<QString, int>::const_iterator();
        prefetched && known != prefetched->keys.cend())
        lastAttempt = *known;
    else
        lastAttempt = m_exports.lastAttempt(item.exportRow.idempotencyKey);
    if (!lastAttempt)
        return lastAttempt.error();
    item.request.orderId = c.id;
    item.request.orgId = c.orgId;
    item.request.fileName = item.exportRow.fileName;
    item.request.idempotencyKey = item.exportRow.idempotencyKey;
    item.request.attempt = *lastAttempt + 1;
    item.writeDocument = std::move(*document);

    OrderRepository::Transition t;
    t.to = OrderState::Pushing;
    t.actor = QStringLiteral("engine");
    t.action = QStringLiteral("push");
    t.expectedFrom = c.state;
    t.detail = item.exportRow.fileName.isEmpty() ? msg::AttemptVia(item.request.attempt, connection.name)
                                                 : msg::AttemptViaAs(item.request.attempt, connection.name, item.exportRow.fileName);
    t.set = {{QStringLiteral("attempt"), item.request.attempt}, {QStringLiteral("connection_id"), connection.id}};
    if (later) {   // moved to pushing together with the rest of the lane's claim (claimFromLane)
        later->append(PendingMove{t, {c.id, t.detail, QString()}});
        return std::optional<Claimed>(std::move(item));
    }
    auto changed = m_orders.transition(c.id, t);
    if (!changed) {
        if (changed.error().code == QLatin1String("state_changed"))
            return std::optional<Claimed>();   // another worker or an operator got there first
        return changed.error();
    }
    changes.append(*changed);
    return std::optional<Claimed>(std::move(item));
}

Status PushService::claimRoundRobin(QList<Lane> &lanes, int maxOrders, const QDateTime &now, QList<Claimed> &claimed,
                                    OrderStateChanges &changes, PushRound &round)
{
    // Round-robin over organisations, and over the connections of each: every pass gives each organisation an
    // equal share of what is left and splits it among its connections; what a connection cannot use (a short
    // backlog, its breaker's budget) goes to the others in the next pass. The first lane moves on every claim.
    if (!lanes.isEmpty()) {
        const qsizetype first = m_nextLane++ % lanes.size();
        std::rotate(lanes.begin(), lanes.begin() + first, lanes.end());
    }
    int remaining = maxOrders;
    while (remaining > 0) {
        QList<qint64> orgs;
        QHash<qint64, QList<Lane *>> byOrg;
        for (Lane &lane : lanes) {
            if (lane.exhausted || lane.budget <= 0)
                continue;
            if (!byOrg.contains(lane.connection.orgId))
                orgs.append(lane.connection.orgId);
            byOrg[lane.connection.orgId].append(&lane);
        }
        if (orgs.isEmpty())
            break;
        const int perOrg = std::max(1, remaining / int(orgs.size()));
        for (qint64 org : std::as_const(orgs)) {
            const QList<Lane *> &orgLanes = byOrg[org];
            const int perLane = std::max(1, perOrg / int(orgLanes.size()));
            for (Lane *lane : orgLanes) {
                const int want = std::min({perLane, lane->budget, remaining});
                if (want <= 0)
                    continue;
                const Result<int> taken = claimFromLane(*lane, want, now, claimed, changes, round);
                if (!taken)
                    return taken.error();
                lane->budget -= *taken;
                remaining -= *taken;
                if (*taken < want)
                    lane->exhausted = true;   // nothing more due (or its connector is unusable): not read again
            }
        }
    }
    return {};
}

Result<int> PushService::claimFromLane(Lane &lane, int want, const QDateTime &now, QList<Claimed> &claimed, OrderStateChanges &changes, PushRound &round)
{
    auto due = m_queue.due(lane.sourceIds, lane.dueBy, want);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return 0;
    auto connector = connectorFor(lane.connection);
    if (!connector) {
        say(round, msg::ConnectionOrdersCannotPush(lane.connection.name, connector.error().message));
        notice(round, connectionSubject(lane.connection.id), QStringLiteral("connector:") + connector.error().code, connector.error().message);
        return 0;
    }
    // The lane's orders with their lines, and the last attempt under each one's key, in a few statements for the
    // whole batch instead of three per order. (An order's key is derived from its id and generation, also that of
    // a retry's pending export; claimOne reads whatever is missing here one by one.)
    Prefetched prefetched;
    prefetched.createdAt = timeText(now);
    QStringList ids;
    ids.reserve(due->size());
    for (const DueOrder &order : std::as_const(*due)) {
        ids.append(order.id);
        const QString key = idempotencyKey(order.orgId, order.id, order.generation);
        prefetched.keyOf.insert(order.id, key);
        prefetched.keys.insert(key, 0);
    }
    auto orders = m_orders.loadAll(ids);
    if (!orders)
        return orders.error();
    prefetched.orders = std::move(*orders);
    auto attempts = m_exports.lastAttempts(prefetched.keys.keys());
    if (!attempts)
        return attempts.error();
    for (auto it = attempts->cbegin(); it != attempts->cend(); ++it)
        prefetched.keys[it.key()] = it.value();
    int taken = 0;
    QList<PendingMove> moves;
    const qsizetype first = claimed.size();
    for (const DueOrder &order : std::as_const(*due)) {
        auto item = claimOne(order, lane.connection, *connector, now, changes, &moves, &prefetched);
        if (!item)
            return item.error();
        if (item->has_value()) {
            claimed.append(std::move(**item));
            ++taken;
        }
    }
    QList<ExportRecord *> exports;   // the new ones (id 0); a retry's export exists already
    for (qsizetype i = first; i < claimed.size(); ++i) {
        if (claimed[i].exportRow.id == 0)
            exports.append(&claimed[i].exportRow);
    }
    if (Status s = m_exports.createAll(exports); !s)
        return s.error();
    // The orders go to pushing in a few statements, grouped by what their UPDATE sets (the state they come from and
    // their attempt number). Inside the claim's transaction: the due orders were read in it, so none changed since;
    // their exports (with the idempotency keys) and the pushing state commit together, before any request is sent.
    while (!moves.isEmpty()) {
        const OrderRepository::Transition t = moves.first().transition;
        QList<OrderRepository::Move> group;
        moves.removeIf([&](const PendingMove &m) {
            if (m.transition.expectedFrom != t.expectedFrom || m.transition.set != t.set)
                return false;
            group.append(m.move);
            return true;
        });
        auto changed = m_orders.transitionAll(group, t);
        if (!changed)
            return changed.error();
        changes.append(*changed);
    }
    return taken;
}

Status PushService::claimAsked(const QStringList &onlyIds, const QDateTime &now, QList<Claimed> &claimed, OrderStateChanges &changes, PushRound &round)
{
    // An operator's "push now": these orders, whatever their next attempt time; each one that cannot go says why.
    auto orders = m_queue.pushable(onlyIds);
    if (!orders)
        return orders.error();
    QHash<qint64, Lane> lanes;
    for (const DueOrder &order : std::as_const(*orders)) {
        auto connection = connectionForOrder(order.sourceId);
        if (!connection) {
            say(round, msg::OrderCannotPush(order.id, connection.error().message));
            continue;
        }
        if (connection->status != QLatin1String("ACTIVE")) {
            say(round, msg::OrderWaitsDisabled(order.id, connection->name));
            continue;
        }
        if (!lanes.contains(connection->id)) {
            Lane lane{*connection, {order.sourceId}, 0, false, now};
            auto admitted = admission(lane, true, round, now);
            if (!admitted)
                return admitted.error();
            lane.budget = *admitted;
            lanes.insert(connection->id, lane);
        }
        Lane &lane = lanes[connection->id];
        if (lane.budget <= 0) {
            say(round, msg::OrderWaitsPaused(order.id, connection->name, timeText(connection->circuitOpenUntil)));
            continue;
        }
        auto connector = connectorFor(lane.connection);
        if (!connector) {
            say(round, msg::OrderCannotPush(order.id, connector.error().message));
            continue;
        }
        auto item = claimOne(order, lane.connection, *connector, now, changes);
        if (!item)
            return item.error();
        if (item->has_value()) {
            claimed.append(std::move(**item));
            --lane.budget;
        }
    }
    return {};
}

Result<QList<PushService::Claimed>> PushService::claim(int maxOrders, const QStringList &onlyIds, PushRound &round, const ClaimLimits &limits)
{
    OrderStateChanges changes;
    QList<Claimed> claimed;
    m_sources.clear();
    m_sourceConnections.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status st = m_db.transaction([&]() -> Status {
        if (!onlyIds.isEmpty())
            return claimAsked(onlyIds, now, claimed, changes, round);
        auto open = lanes(round, now, limits);
        if (!open)
            return open.error();
        return claimRoundRobin(*open, maxOrders, now, claimed, changes, round);
    });
    if (!st)
        return st.error();
    round.changes.append(changes);
    return claimed;
}

PushResult PushService::notStarted()
{
    PushResult r;
    r.errorCode = PushError::NotAttempted;
    r.error = msg::NotAttemptedShuttingDown();
    return r;
}

void PushService::settle(const QList<Claimed *> &items, const QList<PushResult> &results, const QDateTime &started, qint64 elapsedMs)
{
    const qint64 perItem = items.isEmpty() ? 0 : elapsedMs / items.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        items[i]->started = started;
        items[i]->latencyMs = perItem;
        items[i]->result = results.value(i);
    }
}

namespace {

// The push log row of a claimed attempt, as it ended (at finishedAt; now when not given).
PushLogRecord attemptLog(const PushService::Claimed &c, const QString &startedAt = {}, const QString &finishedAt = {})
{
    PushLogRecord log;
    log.orgId = c.request.orgId;
    log.exportId = c.exportRow.id;
    log.orderId = c.request.orderId;
    log.connectionId = c.connection.id;
    log.attempt = c.request.attempt;
    log.idempotencyKey = c.request.idempotencyKey;
    log.startedAt = startedAt.isEmpty() ? timeText(c.started) : startedAt;
    log.finishedAt = finishedAt.isEmpty() ? nowText() : finishedAt;
    log.latencyMs = c.latencyMs;
    log.outcome = outcomeName(c.result.outcome);
    log.request = c.result.request;
    log.response = c.result.response;
    log.requestJson = c.result.requestJson;
    log.responseJson = c.result.responseJson;
    log.error = c.result.error;
    return log;
}

// Delivered and acknowledged by the same answer: one write of the order, both steps in its audit trail.
OrderRepository::Transition ackedByTheAnswer()
{
    OrderRepository::Transition t;
    t.actor = QStringLiteral("engine");
    t.action = QStringLiteral("ack");
    t.expectedFrom = OrderState::Pushing;
    t.via = OrderRepository::Transition::Step{OrderState::Sent, QStringLiteral("push"), QString()};
    t.to = OrderState::Acked;
    t.set = {{QStringLiteral("last_error"), nullText()}, {QStringLiteral("next_attempt_at"), nullText()}};
    return t;
}

} // namespace

Status PushService::recordAcked(const QList<Claimed *> &acked, PushRound &round)
{
    // The common case of a batch, in a handful of statements instead of several per order: the exports
    // acknowledged, the attempts logged, the orders moved pushing → (sent →) acked, all in the batch's transaction.
    if (acked.isEmpty())
        return {};
    QList<ExportRepository::Ack> acks;
    QList<PushLogRecord> logs;
    QList<OrderRepository::Move> moves;
    const QString finishedAt = nowText();   // the batch's answers are recorded together: one time for all of them
    QDateTime started;
    QString startedAt;
    for (const Claimed *c : acked) {
        if (startedAt.isEmpty() || c->started != started) {   // a batch started at one time (PushService::settle)
            started = c->started;
            startedAt = timeText(started);
        }
        acks.append({c->exportRow.id, c->result.erpOrderId, c->request.contentSha256});
        logs.append(attemptLog(*c, startedAt, finishedAt));
        moves.append({c->request.orderId, msg::ErpOrder(c->result.erpOrderId), msg::DeliveredTo(c->connection.name)});
    }
    if (Status s = m_exports.markAckedAll(acks); !s)
        return s;
    if (Status s = m_exports.logAttempts(logs); !s)
        return s;
    auto changed = m_orders.transitionAll(moves, ackedByTheAnswer());
    if (!changed)
        return changed.error();
    round.changes.append(*changed);
    round.delivered += int(acked.size());
    return {};
}

Status PushService::record(Claimed &c, PushRound &round, const QDateTime &waitUntil, const QString &waitReason, QDateTime *nextAttempt)
{
    PushLogRecord log = attemptLog(c);
    bool logged = true;

    OrderRepository::Transition t;
    t.actor = QStringLiteral("engine");
    t.action = QStringLiteral("push");
    t.expectedFrom = OrderState::Pushing;

    switch (c.fate) {
    case Fate::Delivered:   // handed over, acknowledged later (an answer that acknowledged it goes to recordAcked)
        if (Status s = m_exports.markSent(c.exportRow.id, c.request.contentSha256); !s)
            return s;
        t.to = OrderState::Sent;
        t.detail = c.request.fileName.isEmpty() ? msg::DeliveredTo(c.connection.name) : msg::DeliveredToAs(c.connection.name, c.request.fileName);
        t.set = {{QStringLiteral("last_error"), nullText()}, {QStringLiteral("next_attempt_at"), nullText()}};
        ++round.delivered;
        break;
    case Fate::Failed: {
        const RetryPolicy policy = retryPolicyFor(c.connection);
        const Result<int> before = m_queue.transientFailures(c.request.idempotencyKey);
        if (!before)
            return before.error();
        const int failures = *before + 1;
        if (policy.allowsRetryAfter(failures)) {
            const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(policy.delayMs(failures, QRandomGenerator::global()->generateDouble(), c.result.retryAfterMs));
            if (nextAttempt)
                *nextAttempt = next;
            log.nextAttemptAt = timeText(next);
            t.to = OrderState::RetryWait;
            t.detail = msg::AttemptFailedRetry(c.request.attempt, c.result.error, failures, policy.maxRetries, log.nextAttemptAt);
            t.set = {{QStringLiteral("next_attempt_at"), log.nextAttemptAt}, {QStringLiteral("last_error"), c.result.error}};
        } else {
            const QString message = msg::GaveUpAfter(failures, c.result.error);
            if (Status s = m_exports.markFailed(c.exportRow.id, c.result.errorCode.isEmpty() ? QStringLiteral("retries_exhausted") : c.result.errorCode, message, QString(),
                                                c.request.contentSha256);
                !s)
                return s;
            t.to = OrderState::Failed;
            t.detail = message;
            t.set = {{QStringLiteral("last_error"), message}, {QStringLiteral("next_attempt_at"), nullText()}};
            ++round.failed;
        }
        break;
    }
    case Fate::Permanent:
        if (Status s = m_exports.markFailed(c.exportRow.id, c.result.errorCode, c.result.error, QString(), c.request.contentSha256); !s)
            return s;
        t.to = OrderState::Failed;
        t.detail = c.result.error;
        t.set = {{QStringLiteral("last_error"), c.result.error}, {QStringLiteral("next_attempt_at"), nullText()}};
        ++round.failed;
        break;
    case Fate::NeedsPerson:
        // Not the order's fault and not a retry: the export stays pending (same name, same key) and the order
        // waits for the connection's next try, saying why.
        log.outcome = QStringLiteral("paused");
        log.nextAttemptAt = timeText(waitUntil);
        t.to = OrderState::RetryWait;
        t.detail = msg::AttemptWaitsForPerson(c.request.attempt, c.result.error);
        t.set = {{QStringLiteral("next_attempt_at"), log.nextAttemptAt}, {QStringLiteral("last_error"), waitReason}};
        break;
    case Fate::NotAttempted:
        logged = false;   // nothing was tried: no attempt to log, and the attempt number is given back
        t.to = OrderState::RetryWait;
        t.detail = waitReason;
        t.set = {{QStringLiteral("next_attempt_at"), timeText(waitUntil)}, {QStringLiteral("last_error"), waitReason},
                 {QStringLiteral("attempt"), c.request.attempt - 1}};
        break;
    case Fate::Interrupted:
        log.outcome = QStringLiteral("interrupted");
        t.to = OrderState::RetryWait;
        t.detail = msg::AttemptInterruptedByShutdown(c.request.attempt);
        t.set = {{QStringLiteral("next_attempt_at"), nowText()}, {QStringLiteral("last_error"), c.result.error}};
        break;
    }
    if (logged) {
        if (Status s = m_exports.logAttempt(log); !s)
            return s;
    }
    if (t.to == OrderState::RetryWait && c.fate != Fate::NotAttempted) {
        // The export stays pending, but the ERP may hold the document this attempt sent: its hash is kept now, so
        // the export names it however it is closed later (an operator's rejection, a move to another connection).
        if (Status s = m_exports.keepContentHash(c.exportRow.id, c.request.contentSha256); !s)
            return s;
    }
    auto changed = m_orders.transition(c.request.orderId, t);
    if (!changed)
        return changed.error();
    round.changes.append(*changed);
    return {};
}

bool PushService::sharingTheDatabase() const
{
    return WriteTurns::of(m_db.path()).interactiveWithin(kSharedWindow);
}

Status PushService::recordBatch(QList<Claimed> &claimed, PushRound &round)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool aborting = m_aborting;
    // One verdict per connection and batch: an outage is one failure for the circuit breaker, not one per order.
    struct Verdict {
        ConnectionRecord connection;
        CircuitBreaker::State circuit;
        bool delivered = false;
        std::optional<PushResult> needsPerson;   // the first error a person must fix
        std::optional<PushResult> failure;       // the first transient failure charged to an order
        QDateTime holdUntil;                     // when what was not attempted is due again
    };
    QHash<qint64, Verdict> verdicts;
    QList<qint64> connectionOrder;
    for (Claimed &c : claimed) {
        const QString &code = c.result.errorCode;
        if (c.result.outcome == PushOutcome::Delivered || c.result.outcome == PushOutcome::Acked)
            c.fate = Fate::Delivered;
        else if (code == PushError::NotAttempted)
            c.fate = Fate::NotAttempted;
        else if (aborting && code == FileError::Connection)
            c.fate = Fate::Interrupted;
        else if (needsOperator(code))
            c.fate = Fate::NeedsPerson;
        else
            c.fate = c.result.outcome == PushOutcome::Permanent ? Fate::Permanent : Fate::Failed;
        if (!verdicts.contains(c.connection.id)) {
            verdicts.insert(c.connection.id, Verdict{c.connection, {}, false, {}, {}, {}});
            connectionOrder.append(c.connection.id);
        }
        Verdict &v = verdicts[c.connection.id];
        v.delivered = v.delivered || c.fate == Fate::Delivered;
        if (c.fate == Fate::NeedsPerson && !v.needsPerson)
            v.needsPerson = c.result;
        if (c.fate == Fate::Failed && !v.failure)
            v.failure = c.result;
    }

    // The acknowledged orders, in runs of kSharedBatch while another writer waits for its turn and clients wait for
    // writes (sharingTheDatabase; the WAL checkpointer waiting alone does not split a record): the rest of them
    // then go in the next transactions (a batch of 2,000 held the lock for some 60 ms). Each order's record is whole
    // in one transaction; one left unrecorded by a failure is found by recover() like any other.
    const auto answeredAcked = [](const Claimed &c) { return c.fate == Fate::Delivered && c.result.outcome == PushOutcome::Acked; };
    QList<Claimed *> acked;
    for (Claimed &c : claimed) {
        if (answeredAcked(c))
            acked.append(&c);
    }
    qsizetype ackedDone = 0;        // recorded in the transaction under way
    qsizetype ackedCommitted = 0;   // recorded in committed transactions
    const auto recordAckedRuns = [&]() -> Status {
        while (ackedDone < acked.size()) {
            const qsizetype n = std::min<qsizetype>(kSharedBatch, acked.size() - ackedDone);
            if (Status e = recordAcked(acked.mid(ackedDone, n), round); !e)
                return e;
            ackedDone += n;
            if (ackedDone < acked.size() && WriteTurns::of(m_db.path()).waiting() > 0 && sharingTheDatabase())
                return {};   // commit now; the rest after the waiting writer's turn
        }
        return {};
    };

    Status s = m_db.transaction([&]() -> Status {
        for (qint64 id : std::as_const(connectionOrder)) {
            Verdict &v = verdicts[id];
            auto fresh = m_config.connection(id);
            v.circuit = fresh ? circuitOf(*fresh) : circuitOf(v.connection);
            const CircuitBreaker::State before = v.circuit;
            const QString subject = connectionSubject(id);
            const QString who = msg::ConnectionNamed(v.connection.name, v.connection.orgSlug);
            if (v.needsPerson) {
                // An unknown or changed host key, rejected credentials, a broken configuration, no permission: retrying
                // at once cannot help (and may lock an account), so the connection pauses now and is tried again with
                // one order after the pause; its orders wait in retry_wait, uncharged, until a person fixed the cause.
                v.circuit.name = QStringLiteral("open");
                v.circuit.openUntil = now.addMSecs(operatorPauseMs(v.connection));
                v.holdUntil = v.circuit.openUntil;
                const QString message = msg::PausedUntilNeedsPerson(v.connection.name, timeText(v.circuit.openUntil), v.needsPerson->error,
                                                                                    resumesByItself(v.connection));
                round.messages << message;
                notice(round, subject, QStringLiteral("needs_person:") + v.needsPerson->errorCode,
                       msg::IsPausedBecause(who, v.needsPerson->error, resumesByItself(v.connection)));
            } else if (v.delivered) {
                breakerFor(v.connection).onSuccess(v.circuit);
                notice(round, subject, QString(), msg::DeliversAgain(who));
            } else if (v.failure) {
                breakerFor(v.connection).onTransientFailure(v.circuit, now);
                if (v.circuit.name == QLatin1String("open")) {
                    v.holdUntil = v.circuit.openUntil;
                    const QString message = msg::PausedAfterFailures(v.connection.name, v.circuit.consecutiveFailures, timeText(v.circuit.openUntil));
                    round.messages << message;
                    notice(round, subject, QStringLiteral("circuit_open"),
                           msg::PausedAfterFailedRounds(who, v.circuit.consecutiveFailures, timeText(v.circuit.openUntil), v.failure->error));
                } else {
                    notice(round, subject, QStringLiteral("failing"),
                           msg::FailedTriedLater(who, v.failure->error));
                }
            }
            if (v.circuit.name != before.name || v.circuit.openUntil != before.openUntil || v.circuit.consecutiveFailures != before.consecutiveFailures) {
                if (Status e = m_config.updateCircuit(id, v.circuit.name, v.circuit.openUntil, v.circuit.consecutiveFailures); !e)
                    return e;
            }
        }
        // Orders that were tried first: a charged failure tells when the ones not attempted after it are due.
        for (Claimed &c : claimed) {
            if (c.fate == Fate::NotAttempted)
                continue;
            if (answeredAcked(c))
                continue;   // recorded together (recordAckedRuns)
            Verdict &v = verdicts[c.connection.id];
            QString reason;
            if (c.fate == Fate::NeedsPerson)
                reason = msg::WaitReason(c.result.error, c.connection.name, QString::number(operatorPauseMs(c.connection) / 1000.0));
            QDateTime next;
            if (Status e = record(c, round, v.holdUntil.isValid() ? v.holdUntil : now, reason, &next); !e)
                return e;
            if (!v.holdUntil.isValid() && next.isValid())
                v.holdUntil = next;
        }
        if (Status e = recordAckedRuns(); !e)
            return e;
        for (Claimed &c : claimed) {
            if (c.fate != Fate::NotAttempted)
                continue;
            const Verdict &v = verdicts[c.connection.id];
            const QString cause = c.result.response.value(QStringLiteral("error_code")).toString();
            QString reason = msg::NotAttemptedBatchFailed(c.connection.name, c.result.error);
            if (needsOperator(cause))
                reason += QLatin1Char(' ') + resumesByItself(c.connection);
            QDateTime holdUntil = v.holdUntil;
            if (!holdUntil.isValid())   // nothing charged (a shutdown, retries used up): due again after one base delay
                holdUntil = aborting ? now : now.addMSecs(retryPolicyFor(c.connection).delayMs(1, 0.0));
            if (Status e = record(c, round, holdUntil, reason, nullptr); !e)
                return e;
        }
        return {};
    });
    while (s) {
        ackedCommitted = ackedDone;
        if (ackedDone == acked.size())
            break;
        s = m_db.transaction(recordAckedRuns);
    }
    if (!s) {
        // The deliveries happened but could not be recorded: recover() finds them by name and records them. When
        // the batch's first transaction committed, only the acknowledged orders of the failed one are left.
        const qsizetype unrecorded = ackedCommitted > 0 ? acked.size() - ackedCommitted : claimed.size();
        return Error(s.error().code, msg::PushedNotRecorded(int(unrecorded), s.error().message));
    }
    return {};
}

Result<PushRound> PushService::runRound(int maxOrders, const QStringList &onlyIds)
{
    // The engine's scheduling, driven to the end of one round: every connection's batches go to its own thread
    // (whose event loop an asynchronous connector completes on); while a batch is in flight the next one is
    // claimed, so database work overlaps the file or network work. This thread's event loop runs until every batch
    // the round claimed is recorded — the only loop on this thread, never one nested in another.
    if (QThread::currentThread()->loopLevel() > 0)
        return Error(QStringLiteral("internal"), QStringLiteral("PushService::runRound runs this thread's event loop until the round is over and "
                                                                "cannot run inside another; an event-driven caller uses PushScheduler."));
    constexpr int kRoundBatch = 100;
    if (!m_roundScheduler)
        m_roundScheduler = std::make_unique<PushScheduler>(*this, kRoundBatch, nullptr, nullptr);
    PushScheduler &scheduler = *m_roundScheduler;
    PushRound total;
    Status failure;
    int budget = maxOrders;
    bool claiming = true;
    const QDateTime dueBy = QDateTime::currentDateTimeUtc();
    auto merge = [&total](const PushRound &r, bool recorded) {
        total.changes.append(r.changes);
        for (const QString &m : r.messages) {
            if (!total.messages.contains(m))
                total.messages << m;
        }
        total.notices.append(r.notices);
        if (recorded) {
            total.attempted += r.attempted;
            total.delivered += r.delivered;
            total.failed += r.failed;
        }
    };
    QEventLoop loop;
    std::function<void()> step = [&] {
        if (claiming && budget > 0) {
            auto claimed = onlyIds.isEmpty() ? scheduler.dispatch(budget, dueBy) : scheduler.dispatchAsked(onlyIds);
            if (!claimed) {
                failure = claimed.error();
                claiming = false;
            } else {
                merge(*claimed, false);
                budget -= claimed->attempted;
                // Claimed nothing with nothing in flight: nothing was due. The operator's orders are claimed once.
                claiming = onlyIds.isEmpty() && (claimed->attempted > 0 || scheduler.inFlight() > 0);
            }
        }
        if (scheduler.inFlight() == 0)
            loop.quit();
    };
    scheduler.setHandlers([&](const PushRound &r) { merge(r, true); },
                          [&] { QMetaObject::invokeMethod(&loop, [&] { step(); }, Qt::QueuedConnection); });
    step();
    if (scheduler.inFlight() > 0)
        loop.exec();
    scheduler.setHandlers(nullptr, nullptr);
    if (!failure)
        return failure.error();
    return total;
}

Result<OrderStateChanges> PushService::recover(qint64 staleAfterMs)
{
    OrderStateChanges changes;
    auto stuck = m_queue.pushing(QDateTime::currentDateTimeUtc().addMSecs(-staleAfterMs));
    if (!stuck)
        return stuck.error();
    m_sourceConnections.clear();
    m_sources.clear();

    QHash<qint64, Error> unreachable;   // connections whose check failed in this pass
    for (const DueOrder &o : std::as_const(*stuck)) {
        auto pending = m_exports.pendingFor(o.id, o.generation);
        if (!pending)
            return pending.error();
        bool delivered = false;
        QString deliveredSha;   // the hash the delivered document states, when it is still there
        QString uncheckable;
        ConnectionRecord connection;
        if (pending->has_value()) {
            auto conn = m_config.connection((*pending)->connectionId);
            if (!conn)
                return conn.error();
            connection = *conn;
            auto connector = connectorFor(connection);
            if (!connector)
                return connector.error();
            PushRequest req;
            req.orderId = o.id;
            req.fileName = (*pending)->fileName;
            req.idempotencyKey = (*pending)->idempotencyKey;
            if (const auto known = unreachable.constFind(connection.id); known != unreachable.cend()) {
                uncheckable = known->message;
            } else if (auto present = (*connector)->isDelivered(req); present) {
                delivered = present->delivered;
                deliveredSha = present->contentSha256;
            } else {
                // A server that is down (or hung) is asked once per pass, not once per order. Not knowing is no
                // evidence of a delivery: the order is retried under the same name and key, which the dropzone
                // recognises as this export when it finds the file there.
                unreachable.insert(connection.id, present.error());
                uncheckable = present.error().message;
                qCWarning(lcPush).noquote() << QStringLiteral("Cannot check whether interrupted pushes reached '%1': %2 They are retried under the same names and keys.")
                                                   .arg(connection.name, uncheckable);
            }
        }
        Status s = m_db.transaction([&]() -> Status {
            OrderRepository::Transition t;
            t.actor = QStringLiteral("engine");
            t.action = QStringLiteral("recover");
            t.expectedFrom = OrderState::Pushing;
            if (pending->has_value()) {
                PushLogRecord log;
                log.orgId = o.orgId;
                log.exportId = (*pending)->id;
                log.orderId = o.id;
                log.connectionId = connection.id;
                auto last = m_exports.lastAttempt((*pending)->idempotencyKey);
                if (!last)
                    return last.error();
                log.attempt = *last + 1;
                log.idempotencyKey = (*pending)->idempotencyKey;
                log.startedAt = nowText();
                log.finishedAt = log.startedAt;
                log.outcome = delivered ? QStringLiteral("reconciled") : QStringLiteral("interrupted");
                log.error = delivered ? QString() : uncheckable.isEmpty() ? msg::AttemptInterrupted() : msg::AttemptInterruptedUnchecked(uncheckable);
                // A push writes its document when it starts, so the export of one interrupted before its outcome was
                // recorded may have no content hash yet. The delivered document names its own; when the ERP took it
                // away, the document is written again to name it, and the push log says the hash is of that copy.
                QString sha = deliveredSha;
                if (delivered) {
                    log.response = QJsonObject{{QStringLiteral("file"), (*pending)->fileName}};
                    if (sha.isEmpty() && (*pending)->contentSha256.isEmpty()) {
                        auto source = m_config.source(o.sourceId);
                        auto writer = source ? documentWriter(o.id, **pending, *source, nullptr) : Result<DocumentWriter>(source.error());
                        if (writer) {
                            (*writer)(&sha);
                            log.response.insert(QStringLiteral("note"), QStringLiteral("the delivered file is gone or unreadable: content_sha256 is that "
                                                                                         "of the document written again now"));
                        } else {
                            qCWarning(lcPush).noquote() << QStringLiteral("Export %1 of order %2 was found delivered as '%3', but the hash of its document "
                                                                          "cannot be named (%4); the export is marked sent without it.")
                                                               .arg((*pending)->id).arg(o.id, (*pending)->fileName, writer.error().message);
                        }
                    }
                    if (!sha.isEmpty())
                        log.response.insert(QStringLiteral("content_sha256"), sha);
                }
                if (Status e = m_exports.logAttempt(log); !e)
                    return e;
                if (delivered) {
                    if (Status e = m_exports.markSent((*pending)->id, sha); !e)
                        return e;
                }
            }
            if (delivered) {
                t.to = OrderState::Sent;
                t.detail = msg::FoundAfterRestart((*pending)->fileName);
            } else {
                t.to = OrderState::RetryWait;
                t.detail = msg::InterruptedRetryingNow();
                t.set = {{QStringLiteral("next_attempt_at"), nowText()}};
            }
            auto changed = m_orders.transition(o.id, t);
            if (!changed)
                return changed.error().code == QLatin1String("state_changed") ? Status() : Status(changed.error());
            changes.append(*changed);
            return {};
        });
        if (!s)   // one order that cannot be reconciled now must not hold up the others
            qCWarning(lcPush).noquote() << QStringLiteral("Cannot reconcile order %1 now (%2); will try again.").arg(o.id, s.error().message);
    }
    return changes;
}

} // namespace orderflow
