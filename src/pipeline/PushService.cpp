#include "pipeline/PushService.h"

#include "formats/export/ExportJson.h"
#include "transport/FileStore.h"
#include "storage/SqlTime.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <thread>

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

} // namespace

RetryPolicy retryPolicyFor(const ConnectionRecord &c)
{
    RetryPolicy p;
    p.baseMs = c.retryBaseMs;
    p.maxDelayMs = c.retryMaxMs;
    p.maxRetries = c.maxRetries;
    return p;
}

PushService::PushService(Database &db) : m_db(db), m_config(db), m_orders(db), m_exports(db) {}
PushService::~PushService() = default;

QString PushService::idempotencyKey(qint64 orgId, const QString &orderId, int generation)
{
    const QByteArray material = QByteArray::number(orgId) + '\x1f' + orderId.toUtf8() + '\x1f' + QByteArray::number(generation);
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}

Result<std::shared_ptr<ErpConnector>> PushService::connectorFor(const ConnectionRecord &connection)
{
    const QString key = connection.type + QString::fromUtf8(QJsonDocument(connection.config).toJson(QJsonDocument::Compact))
        + QString::number(connection.concurrency);
    auto it = m_connectors.find(connection.id);
    if (it != m_connectors.end() && it->configKey == key)
        return it->connector;
    auto created = ConnectorRegistry::instance().create(connection);
    if (!created)
        return created.error();
    std::shared_ptr<ErpConnector> shared(std::move(*created));
    m_connectors.insert(connection.id, CachedConnector{key, shared});
    return shared;
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

Result<QByteArray> PushService::buildDocument(const QString &orderId, const ExportRecord &exportRow, const SourceRecord &source, QString *sha)
{
    auto order = m_orders.load(orderId);
    if (!order)
        return order.error();
    ExportContext ctx;
    ctx.orgSlug = source.orgSlug;
    ctx.sourceName = source.name;
    // The export's creation time, so every attempt of one export sends the same document.
    ctx.exportedAt = timeFromText(exportRow.createdAt);
    ctx.idempotencyKey = exportRow.idempotencyKey;
    return exportJson(*order, ctx, sha);
}

Result<QList<PushService::Claimed>> PushService::claim(int maxOrders, const QStringList &onlyIds, PushRound &round)
{
    QStringList &messages = round.messages;
    OrderStateChanges claimedChanges;
    QList<Claimed> claimed;
    m_sources.clear();
    m_sourceConnections.clear();
    QString sql = QStringLiteral("SELECT id, source_id, state, push_generation, attempt, org_id FROM draft_order WHERE ");
    if (onlyIds.isEmpty()) {
        sql += QStringLiteral("(state = 'approved' OR (state = 'retry_wait' AND next_attempt_at <= ?)) ORDER BY updated_at, id LIMIT ?");
    } else {
        QStringList marks;
        for (qsizetype i = 0; i < onlyIds.size(); ++i)
            marks << QStringLiteral("?");
        sql += QStringLiteral("state IN ('approved', 'retry_wait') AND id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    Status st = m_db.transaction([&]() -> Status {
        QSqlQuery &q = m_db.query(sql);
        if (onlyIds.isEmpty()) {
            q.addBindValue(nowText());
            q.addBindValue(maxOrders * 4);
        } else {
            for (const QString &id : onlyIds)
                q.addBindValue(id);
        }
        if (Status s = execQuery(q, QStringLiteral("finding orders to push")); !s)
            return s;
        struct Candidate {
            QString id;
            qint64 sourceId;
            OrderState state;
            int generation;
            int attempt;
            qint64 orgId;
        };
        QList<Candidate> candidates;
        while (q.next())
            candidates.append({q.value(0).toString(), q.value(1).toLongLong(), stateFromName(q.value(2).toString()).value_or(OrderState::Approved),
                               q.value(3).toInt(), q.value(4).toInt(), q.value(5).toLongLong()});
        q.finish();

        QHash<qint64, int> budget;   // per connection, what the circuit breaker admits this round
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Candidate &c : candidates) {
            if (claimed.size() >= maxOrders)
                break;
            auto connection = connectionForOrder(c.sourceId);
            if (!connection) {
                messages << QStringLiteral("Order %1 cannot be pushed: %2").arg(c.id, connection.error().message);
                continue;
            }
            if (connection->status != QLatin1String("ACTIVE")) {
                messages << QStringLiteral("Order %1 waits: connection '%2' is disabled.").arg(c.id, connection->name);
                continue;
            }
            if (!budget.contains(connection->id)) {
                CircuitBreaker::State state = circuitOf(*connection);
                const int admits = breakerFor(*connection).admits(state, now);
                budget.insert(connection->id, admits < 0 ? std::numeric_limits<int>::max() : admits);
                if (admits == 0 && state.consecutiveFailures > 0)
                    messages << QStringLiteral("Connection '%1' is paused by its circuit breaker until %2 after %3 failures in a row.")
                                    .arg(connection->name, timeText(state.openUntil)).arg(state.consecutiveFailures);
                else if (admits == 0)
                    messages << QStringLiteral("Connection '%1' is paused until %2 by an error a person must fix; the last error of its waiting orders says which.")
                                    .arg(connection->name, timeText(state.openUntil));
                if (state.name != connection->circuitState) {
                    if (Status e = m_config.updateCircuit(connection->id, state.name, state.openUntil, state.consecutiveFailures); !e)
                        return e;
                }
            }
            int &left = budget[connection->id];
            if (left <= 0)
                continue;
            auto connector = connectorFor(*connection);
            if (!connector) {
                messages << QStringLiteral("Order %1 cannot be pushed: %2").arg(c.id, connector.error().message);
                continue;
            }

            Claimed item;
            item.connection = *connection;
            item.connector = *connector;
            // Only an automatic retry (retry_wait) can have a pending export of this generation.
            Result<std::optional<ExportRecord>> pending = std::optional<ExportRecord>();
            if (c.state == OrderState::RetryWait)
                pending = m_exports.pendingFor(c.id, c.generation);
            if (!pending)
                return pending.error();
            if (pending->has_value() && (*pending)->connectionId != connection->id) {
                // The source now delivers through another connection (the operator replaced a broken one). The
                // old export will never be answered there: close it, and push a new export on the new connection.
                if (Status e = m_exports.markFailed((*pending)->id, QStringLiteral("connection_changed"),
                                                    QStringLiteral("not delivered: the source now uses connection '%1'").arg(connection->name), QString());
                    !e)
                    return e;
                *pending = std::nullopt;
            }
            QByteArray document;
            if (pending->has_value()) {
                item.exportRow = **pending;   // automatic retry: same export, same key, same file name, same document
                auto doc = buildDocument(c.id, item.exportRow, m_sources[c.sourceId], &item.request.contentSha256);
                if (!doc)
                    return doc.error();
                document = std::move(*doc);
            } else {
                item.exportRow.orgId = c.orgId;
                item.exportRow.orderId = c.id;
                item.exportRow.connectionId = connection->id;
                item.exportRow.pushGeneration = c.generation;
                item.exportRow.idempotencyKey = idempotencyKey(c.orgId, c.id, c.generation);
                item.exportRow.fileName = item.connector->exportFileName(c.id, now);
                item.exportRow.createdAt = nowText();
                auto doc = buildDocument(c.id, item.exportRow, m_sources[c.sourceId], &item.request.contentSha256);
                if (!doc)
                    return doc.error();
                document = std::move(*doc);
                item.exportRow.contentSha256 = item.request.contentSha256;
                if (Status s = m_exports.create(item.exportRow); !s)
                    return s;
            }
            // Attempts count per idempotency key across exports, so the push log's (key, attempt) stays unique.
            const Result<int> lastAttempt = m_exports.lastAttempt(item.exportRow.idempotencyKey);
            if (!lastAttempt)
                return lastAttempt.error();
            item.request.orderId = c.id;
            item.request.orgId = c.orgId;
            item.request.fileName = item.exportRow.fileName;
            item.request.idempotencyKey = item.exportRow.idempotencyKey;
            item.request.attempt = *lastAttempt + 1;
            item.request.document = std::move(document);

            OrderRepository::Transition t;
            t.to = OrderState::Pushing;
            t.actor = QStringLiteral("engine");
            t.action = QStringLiteral("push");
            t.expectedFrom = c.state;
            t.detail = QStringLiteral("attempt %1 via '%2'%3").arg(item.request.attempt).arg(connection->name,
                        item.exportRow.fileName.isEmpty() ? QString() : QStringLiteral(" as ") + item.exportRow.fileName);
            t.set = {{QStringLiteral("attempt"), item.request.attempt}, {QStringLiteral("connection_id"), connection->id}};
            auto changed = m_orders.transition(c.id, t);
            if (!changed) {
                if (changed.error().code == QLatin1String("state_changed"))
                    continue;   // another worker or an operator got there first
                return changed.error();
            }
            --left;
            claimedChanges.append(*changed);
            claimed.append(std::move(item));
        }
        return {};
    });
    if (!st)
        return st.error();
    round.changes.append(claimedChanges);
    return claimed;
}

void PushService::deliver(QList<Claimed> &claimed)
{
    // Fan out per connection up to its connector's parallelism; the database stays on this thread.
    QHash<qint64, QList<Claimed *>> byConnection;
    for (Claimed &c : claimed)
        byConnection[c.connection.id].append(&c);
    for (auto it = byConnection.begin(); it != byConnection.end(); ++it) {
        QList<Claimed *> &items = it.value();
        const int parallel = std::clamp(std::min(items.first()->connector->maxParallelism(), items.first()->connection.concurrency), 1, int(items.size()));
        // Each of `parallel` threads hands its share to the connector as one batch (the dropzone group-commits it).
        auto work = [&](qsizetype first, qsizetype last) {
            QList<PushRequest> requests;
            for (qsizetype i = first; i < last; ++i)
                requests.append(items[i]->request);
            const QDateTime started = QDateTime::currentDateTimeUtc();
            QElapsedTimer timer;
            timer.start();
            const QList<PushResult> results = items.first()->connector->pushBatch(requests);
            const qint64 perItem = requests.isEmpty() ? 0 : timer.elapsed() / requests.size();
            for (qsizetype i = first; i < last; ++i) {
                items[i]->started = started;
                items[i]->latencyMs = perItem;
                items[i]->result = results.value(i - first);
            }
        };
        const qsizetype share = (items.size() + parallel - 1) / parallel;
        if (parallel == 1) {
            work(0, items.size());
        } else {
            std::vector<std::thread> threads;
            for (qsizetype first = 0; first < items.size(); first += share)
                threads.emplace_back(work, first, std::min(items.size(), first + share));
            for (std::thread &t : threads)
                t.join();
        }
        // Deliveries must be durable before they are recorded as sent.
        if (Status f = items.first()->connector->flush(); !f) {
            for (Claimed *c : items) {
                if (c->result.outcome == PushOutcome::Delivered) {
                    c->result.outcome = PushOutcome::Transient;
                    c->result.errorCode = f.error().code;
                    c->result.error = f.error().message;
                }
            }
        }
    }
}

Status PushService::record(Claimed &c, PushRound &round)
{
    PushLogRecord log;
    log.orgId = c.request.orgId;
    log.exportId = c.exportRow.id;
    log.orderId = c.request.orderId;
    log.connectionId = c.connection.id;
    log.attempt = c.request.attempt;
    log.idempotencyKey = c.request.idempotencyKey;
    log.startedAt = timeText(c.started);
    log.finishedAt = nowText();
    log.latencyMs = c.latencyMs;
    log.outcome = outcomeName(c.result.outcome);
    log.request = c.result.request;
    log.response = c.result.response;
    log.error = c.result.error;

    OrderRepository::Transition t;
    t.actor = QStringLiteral("engine");
    t.action = QStringLiteral("push");
    t.expectedFrom = OrderState::Pushing;
    QList<OrderRepository::Transition> then;

    switch (c.result.outcome) {
    case PushOutcome::Delivered:
        if (Status s = m_exports.markSent(c.exportRow.id); !s)
            return s;
        t.to = OrderState::Sent;
        t.detail = QStringLiteral("delivered to '%1'%2").arg(c.connection.name, c.request.fileName.isEmpty() ? QString() : QStringLiteral(" as ") + c.request.fileName);
        t.set = {{QStringLiteral("last_error"), QVariant(QMetaType::fromType<QString>())}, {QStringLiteral("next_attempt_at"), QVariant(QMetaType::fromType<QString>())}};
        ++round.delivered;
        break;
    case PushOutcome::Acked: {
        if (Status s = m_exports.markAcked(c.exportRow.id, c.result.erpOrderId, QString()); !s)
            return s;
        t.to = OrderState::Sent;
        t.detail = QStringLiteral("delivered to '%1'").arg(c.connection.name);
        t.set = {{QStringLiteral("last_error"), QVariant(QMetaType::fromType<QString>())}, {QStringLiteral("next_attempt_at"), QVariant(QMetaType::fromType<QString>())}};
        OrderRepository::Transition acked;
        acked.to = OrderState::Acked;
        acked.actor = QStringLiteral("engine");
        acked.action = QStringLiteral("ack");
        acked.detail = QStringLiteral("ERP order %1").arg(c.result.erpOrderId);
        then.append(acked);
        ++round.delivered;
        break;
    }
    case PushOutcome::Transient: {
        const RetryPolicy policy = retryPolicyFor(c.connection);
        QSqlQuery &q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE idempotency_key = ? AND outcome = 'transient'"));
        q.addBindValue(c.request.idempotencyKey);
        if (Status s = execQuery(q, QStringLiteral("counting failed attempts")); !s)
            return s;
        const int failures = (q.next() ? q.value(0).toInt() : 0) + 1;
        if (policy.allowsRetryAfter(failures)) {
            const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(policy.delayMs(failures, QRandomGenerator::global()->generateDouble()));
            log.nextAttemptAt = timeText(next);
            t.to = OrderState::RetryWait;
            t.detail = QStringLiteral("attempt %1 failed (%2); retry %3 of %4 at %5").arg(c.request.attempt).arg(c.result.error).arg(failures).arg(policy.maxRetries).arg(log.nextAttemptAt);
            t.set = {{QStringLiteral("next_attempt_at"), log.nextAttemptAt}, {QStringLiteral("last_error"), c.result.error}};
        } else {
            const QString message = QStringLiteral("gave up after %1 attempts: %2").arg(failures).arg(c.result.error);
            if (Status s = m_exports.markFailed(c.exportRow.id, c.result.errorCode.isEmpty() ? QStringLiteral("retries_exhausted") : c.result.errorCode, message, QString()); !s)
                return s;
            t.to = OrderState::Failed;
            t.detail = message;
            t.set = {{QStringLiteral("last_error"), message}, {QStringLiteral("next_attempt_at"), QVariant(QMetaType::fromType<QString>())}};
            ++round.failed;
        }
        break;
    }
    case PushOutcome::Permanent:
        if (Status s = m_exports.markFailed(c.exportRow.id, c.result.errorCode, c.result.error, QString()); !s)
            return s;
        t.to = OrderState::Failed;
        t.detail = c.result.error;
        t.set = {{QStringLiteral("last_error"), c.result.error}, {QStringLiteral("next_attempt_at"), QVariant(QMetaType::fromType<QString>())}};
        ++round.failed;
        break;
    }
    if (Status s = m_exports.logAttempt(log); !s)
        return s;
    auto changed = m_orders.transition(c.request.orderId, t);
    if (!changed)
        return changed.error();
    round.changes.append(*changed);
    for (const auto &next : then) {
        auto more = m_orders.transition(c.request.orderId, next);
        if (!more)
            return more.error();
        round.changes.append(*more);
    }
    return {};
}

Status PushService::recordBatch(QList<Claimed> &claimed, PushRound &round)
{
    QHash<qint64, CircuitBreaker::State> circuits;
    QHash<qint64, ConnectionRecord> connections;
    QHash<qint64, QString> pausedFor;
    Status s = m_db.transaction([&]() -> Status {
        for (Claimed &c : claimed) {
            if (Status e = record(c, round); !e)
                return e;
            if (!circuits.contains(c.connection.id)) {
                auto fresh = m_config.connection(c.connection.id);
                circuits.insert(c.connection.id, fresh ? circuitOf(*fresh) : circuitOf(c.connection));
                connections.insert(c.connection.id, c.connection);
            }
            CircuitBreaker::State &state = circuits[c.connection.id];
            if (c.result.outcome == PushOutcome::Transient && needsOperator(c.result.errorCode)) {
                // An unknown or changed host key, rejected credentials, a broken configuration: retrying at once
                // only hammers the server (and risks locking an account), so the connection pauses now. The
                // order waits in retry_wait until a person has fixed the cause.
                state.name = QStringLiteral("open");
                state.openUntil = QDateTime::currentDateTimeUtc().addMSecs(std::max<qint64>(c.connection.breakerCooldownMs, 1000));
                pausedFor.insert(c.connection.id, c.result.error);
            } else if (c.result.outcome == PushOutcome::Transient) {
                breakerFor(c.connection).onTransientFailure(state, QDateTime::currentDateTimeUtc());
            }
            else if (c.result.outcome != PushOutcome::Permanent)
                breakerFor(c.connection).onSuccess(state);
        }
        for (auto it = circuits.begin(); it != circuits.end(); ++it) {
            if (Status e = m_config.updateCircuit(it.key(), it->name, it->openUntil, it->consecutiveFailures); !e)
                return e;
            if (pausedFor.contains(it.key()))
                round.messages << QStringLiteral("Connection '%1' paused until %2: %3 Orders wait in retry_wait; fix the cause, the next attempt follows the pause.")
                                      .arg(connections[it.key()].name, timeText(it->openUntil), pausedFor.value(it.key()));
            else if (it->name == QLatin1String("open"))
                round.messages << QStringLiteral("Connection '%1' paused after %2 failures in a row; next try at %3.")
                                      .arg(connections[it.key()].name).arg(it->consecutiveFailures).arg(timeText(it->openUntil));
        }
        return {};
    });
    if (!s) {
        // The deliveries happened but could not be recorded: recover() finds them by name and records them.
        return Error(s.error().code, QStringLiteral("Pushed %1 orders but could not record the results (%2); they are reconciled later.")
                                         .arg(claimed.size()).arg(s.error().message));
    }
    return {};
}

Result<PushRound> PushService::runRound(int maxOrders, const QStringList &onlyIds)
{
    // Batches overlap: while an I/O thread delivers batch N, this thread records batch N-1 and claims batch N+1.
    // The database work hides behind the file or network work instead of adding to it; every batch is still
    // claimed before anything is written and recorded only after, so the crash guarantees are unchanged.
    constexpr int kPipelineBatch = 100;
    PushRound round;
    const int batch = onlyIds.isEmpty() ? std::min(maxOrders, kPipelineBatch) : maxOrders;
    auto first = claim(batch, onlyIds, round);
    if (!first)
        return first.error();
    QList<Claimed> current = std::move(*first);
    QList<Claimed> delivered;
    int claimedTotal = int(current.size());
    Status failure;
    while (!current.isEmpty()) {
        std::thread io([this, &current] { deliver(current); });
        Status step = delivered.isEmpty() ? Status() : recordBatch(delivered, round);
        delivered.clear();
        QList<Claimed> next;
        if (step && onlyIds.isEmpty() && claimedTotal < maxOrders) {
            auto more = claim(std::min(batch, maxOrders - claimedTotal), {}, round);
            if (more) {
                next = std::move(*more);
                claimedTotal += int(next.size());
            } else {
                step = more.error();
            }
        }
        io.join();
        round.attempted += int(current.size());
        delivered = std::move(current);
        current = std::move(next);
        if (!step) {
            failure = step;
            break;
        }
    }
    if (!delivered.isEmpty()) {
        if (Status s = recordBatch(delivered, round); !s && failure)
            failure = s;
    }
    for (const QString &m : std::as_const(round.messages))
        qCInfo(lcPush).noquote() << m;
    if (!failure)
        return failure.error();
    return round;
}

Result<OrderStateChanges> PushService::recover(qint64 staleAfterMs)
{
    OrderStateChanges changes;
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT id, source_id, push_generation, org_id, attempt FROM draft_order WHERE state = 'pushing' AND updated_at <= ?"));
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc().addMSecs(-staleAfterMs)));
    if (Status s = execQuery(q, QStringLiteral("finding interrupted pushes")); !s)
        return s.error();
    m_sourceConnections.clear();
    struct Stuck {
        QString id;
        qint64 sourceId;
        int generation;
        qint64 orgId;
        int attempt;
    };
    QList<Stuck> stuck;
    while (q.next())
        stuck.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toLongLong(), q.value(4).toInt()});
    q.finish();
    m_sources.clear();

    for (const Stuck &o : stuck) {
        auto pending = m_exports.pendingFor(o.id, o.generation);
        if (!pending)
            return pending.error();
        bool delivered = false;
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
            auto present = (*connector)->isDelivered(req);
            if (!present) {
                qCWarning(lcPush).noquote() << QStringLiteral("Cannot check whether order %1 reached '%2': %3; will check again.").arg(o.id, connection.name, present.error().message);
                continue;
            }
            delivered = *present;
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
                log.error = delivered ? QString() : QStringLiteral("the attempt was interrupted (the program stopped); retrying under the same name and key");
                if (Status e = m_exports.logAttempt(log); !e)
                    return e;
                if (delivered) {
                    if (Status e = m_exports.markSent((*pending)->id); !e)
                        return e;
                }
            }
            if (delivered) {
                t.to = OrderState::Sent;
                t.detail = QStringLiteral("found %1 (or the ERP's answer to it) after a restart: recorded as delivered").arg((*pending)->fileName);
            } else {
                t.to = OrderState::RetryWait;
                t.detail = QStringLiteral("interrupted push; retrying now");
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
