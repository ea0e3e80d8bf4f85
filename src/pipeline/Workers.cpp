#include "pipeline/Workers.h"

#include "connectors/AckPoller.h"
#include "connectors/ErpConnector.h"
#include "pipeline/Heartbeats.h"
#include "pipeline/OrderProcessor.h"
#include "pipeline/PushScheduler.h"
#include "pipeline/PushService.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"
#include "transport/SftpConfig.h"
#include "transport/SftpConfigSchema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "orderflow.engine")

namespace orderflow {
namespace {
constexpr qint64 kReportEveryMs = 60000;
constexpr qint64 kStalePushMs = 10 * 60 * 1000;


// Changes when an operator trusts a host key, so a paused SFTP source/connection resumes at once.
QString knownHostsStamp(const QJsonObject &config)
{
    if (config.value(TransportKey::Mode).toString() != TransportMode::Sftp)
        return {};
    const QString path = sftpSettingsSchema().stringValue(config, SftpKey::KnownHosts);
    return orderflow::knownHostsStamp(path.isEmpty() ? defaultKnownHostsPath() : path);
}

// A source or connection stopped by an error a person must fix: until pausedUntilMs, or until its known_hosts changes.
struct HardErrorPause {
    qint64 untilMs = 0;
    QString knownHosts;

    bool active(const QJsonObject &transport, qint64 nowMs) const
    {
        return untilMs > nowMs && knownHostsStamp(transport) == knownHosts;
    }
    void start(const QJsonObject &transport, qint64 nowMs, qint64 forMs)
    {
        untilMs = nowMs + forMs;
        knownHosts = knownHostsStamp(transport);
    }
};
}

Worker::Worker(QString name, QString dbPath, int intervalMs)
    : m_name(std::move(name)), m_dbPath(std::move(dbPath)), m_intervalMs(intervalMs)
{
}

Worker::~Worker()
{
    heartbeats::forget(m_name);
}

void Worker::start()
{
    auto opened = Database::open(m_dbPath, m_name);
    if (!opened) {
        report(opened.error().message);
        return;
    }
    m_db = std::move(*opened);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &Worker::nudge);
    started();
    m_timer->start();
    nudge();
}

void Worker::stop()
{
    heartbeats::forget(m_name);
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    stopping();
    m_db.reset();
}

void Worker::nudge()
{
    if (m_stopped || !m_db || m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &Worker::run, Qt::QueuedConnection);
}

void Worker::run()
{
    m_scheduled = false;
    if (m_stopped || !m_db)
        return;
    heartbeats::beat(m_name, m_intervalMs);
    const bool more = tick();
    if (m_db)
        m_db->resetStatements();
    if (more)
        nudge();   // more waiting: continue after other events had their turn
}

void Worker::abort()
{
    m_aborting = true;
    std::lock_guard lock(m_abortMutex);
    abortInFlight();
}

// Each problem is logged here, once, through the engine's category; the problem() signal is for a user interface.
void Worker::report(const QString &message)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto it = m_lastReported.constFind(message);
    if (it != m_lastReported.cend() && now - *it < kReportEveryMs)
        return;
    if (m_lastReported.size() >= 64) {
        // Only what could still be a repeat is kept: the table never outgrows a minute's distinct messages.
        m_lastReported.removeIf([now](QHash<QString, qint64>::iterator e) { return now - e.value() >= kReportEveryMs; });
        if (m_lastReported.size() >= 4096)
            m_lastReported.clear();
    }
    m_lastReported.insert(message, now);
    qCWarning(lcEngine).noquote() << QStringLiteral("%1: %2").arg(m_name, message);
    emit problem(m_name, message);
}

void Worker::reportState(const QString &subject, const QString &state, const QString &message, bool ifUnknown)
{
    const auto it = m_states.find(subject);
    if (state.isEmpty()) {
        if (it == m_states.end())
            return;
        m_states.erase(it);
        qCInfo(lcEngine).noquote() << QStringLiteral("%1: %2").arg(m_name, message);
        return;
    }
    if (it != m_states.end() && (*it == state || ifUnknown))
        return;
    m_states.insert(subject, state);
    qCWarning(lcEngine).noquote() << QStringLiteral("%1: %2").arg(m_name, message);
    emit problem(m_name, message);
}

void Worker::publish(const OrderStateChanges &changes)
{
    if (changes.isEmpty())
        return;
    emit changed(changes);
    emit workAvailable();
}

// ---- process ------------------------------------------------------------------------------------------------

bool ProcessWorker::tick()
{
    OrderProcessor processor(db());
    // A batch is read and validated without the write lock; its writes then give way to other writers (an HTTP
    // request waiting for its 202) every kMinPerTurn orders (OrderProcessor), so a larger batch no longer holds
    // SQLite's one write lock long (500 in one transaction once held it for up to a second: bench_http_intake p99).
    constexpr int kBatch = 400;
    // Received orders gather until the first of them has waited kSettleMs or a batch is full: under a stream of
    // orders one write transaction for many of them, not one after each commit of the intake, whose requests would
    // otherwise wait for this worker's turn every time (decided; bench_http_intake). An order waits at most
    // kSettleMs longer for its validation.
    constexpr qint64 kSettleMs = 50;
    auto backlog = OrderRepository(db()).receivedBacklog(kBatch);
    if (!backlog) {
        report(backlog.error().message);
        return false;
    }
    if (backlog->count > 0 && backlog->count < kBatch && backlog->oldest.isValid()) {
        const qint64 age = backlog->oldest.msecsTo(QDateTime::currentDateTimeUtc());
        if (age >= 0 && age < kSettleMs) {
            if (!m_settling) {
                m_settling = true;
                QTimer::singleShot(int(kSettleMs - age), this, [this] {
                    m_settling = false;
                    nudge();
                });
            }
            return false;
        }
    }
    auto changes = processor.processBatch(kBatch);
    if (!changes) {
        report(changes.error().message);
        return false;
    }
    publish(*changes);
    // A batch may end early to let another writer in (OrderProcessor): go on while it processed any.
    return !changes->isEmpty();
}

// ---- push ---------------------------------------------------------------------------------------------------


PushWorker::PushWorker(QString dbPath, int intervalMs, int batchSize)
    : Worker(QStringLiteral("push"), std::move(dbPath), intervalMs), m_batchSize(batchSize)
{
}
PushWorker::~PushWorker() = default;

void PushWorker::started()
{
    {
        std::lock_guard lock(abortMutex());
        m_service = std::make_unique<PushService>(db());
        if (aborting())
            m_service->abort();
    }
    auto recovered = m_service->recover(0);
    if (!recovered)
        report(recovered.error().message);
    else
        publish(*recovered);
    m_sinceRecovery.start();
    // Each connection pushes on its own thread; batches are recorded here as they complete.
    m_scheduler = std::make_unique<PushScheduler>(*m_service, m_batchSize, [this](const PushRound &round) { reportRound(round); },
                                                  [this] { nudge(); });
}

void PushWorker::stopping()
{
    // Network work was abandoned by abort(): the connection threads end at once, and what they finished is recorded.
    if (m_scheduler)
        m_scheduler->shutdown();
    std::lock_guard lock(abortMutex());
    m_scheduler.reset();
    m_service.reset();
}

void PushWorker::abortInFlight()
{
    if (m_service)
        m_service->abort();
}

void PushWorker::reportRound(const PushRound &round)
{
    for (const PushNotice &n : std::as_const(round.notices))
        reportState(n.subject, n.state, n.message, n.ifUnknown);
    if (!round.changes.isEmpty())
        emit changed(round.changes);
    db().resetStatements();   // a batch recorded outside tick() holds no read snapshot either
}

bool PushWorker::tick()
{
    if (aborting())
        return false;
    if (m_sinceRecovery.elapsed() > kStalePushMs / 2 && m_scheduler->inFlight() == 0) {
        // Orders another process claimed and then abandoned (a killed `orderflow push`); never our own in flight.
        if (auto recovered = m_service->recover(kStalePushMs); recovered)
            publish(*recovered);
        else
            report(recovered.error().message);
        m_sinceRecovery.restart();
    }
    auto round = m_scheduler->dispatch();
    if (!round) {
        report(round.error().message);
        return false;
    }
    reportRound(*round);
    return false;   // completions wake this worker again
}

// ---- acks ---------------------------------------------------------------------------------------------------

struct AckWorker::ConnectionState {
    QString configKey;
    std::unique_ptr<ErpConnector> connector;
    HardErrorPause pause;
};

AckWorker::AckWorker(QString dbPath, int intervalMs) : Worker(QStringLiteral("ack"), std::move(dbPath), intervalMs) {}
AckWorker::~AckWorker() = default;

bool AckWorker::tick()
{
    ConfigRepository config(db());
    auto connections = config.connections(true);
    if (!connections) {
        report(connections.error().message);
        return false;
    }
    AckPoller poller(db());
    for (const ConnectionRecord &c : *connections) {
        if (aborting())
            break;
        const QString subject = QStringLiteral("acks:%1").arg(c.id);
        const QString key = QString::fromUtf8(QJsonDocument(c.config).toJson(QJsonDocument::Compact));
        std::shared_ptr<ConnectionState> state;
        {
            std::lock_guard lock(abortMutex());
            std::shared_ptr<ConnectionState> &slot = m_connections[c.id];
            if (!slot || slot->configKey != key) {
                slot = std::make_shared<ConnectionState>();
                slot->configKey = key;
                auto connector = ConnectorRegistry::instance().create(c);
                if (connector)
                    slot->connector = std::move(*connector);
                else
                    reportState(subject, QStringLiteral("config"), connector.error().message);
            }
            state = slot;
        }
        if (!state->connector)
            continue;
        const auto location = state->connector->ackLocation();
        if (!location)
            continue;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (state->pause.active(c.config, now))
            continue;
        auto result = poller.poll(c, *location->store, location->directory);
        if (!result) {
            const QString &code = result.error().code;
            if (needsOperator(code)) {
                const qint64 pauseMs = std::max<qint64>(c.breakerCooldownMs, 1000);
                state->pause.start(c.config, now, pauseMs);
                reportState(subject, QStringLiteral("paused:") + code,
                            QStringLiteral("Connection '%1': %2 — ack polling paused; tried again every %3 s (at once when known_hosts changes).")
                                .arg(c.name, result.error().message).arg(pauseMs / 1000.0));
            } else {
                reportState(subject, QStringLiteral("error:") + code, QStringLiteral("Connection '%1': %2").arg(c.name, result.error().message));
            }
            continue;
        }
        reportState(subject, QString(), QStringLiteral("Connection '%1' (%2): acks are read again.").arg(c.name, c.orgSlug));
        for (const QString &p : std::as_const(result->problems))
            report(p);
        emit changed(result->changes);
    }
    return false;
}

void AckWorker::abortInFlight()
{
    for (const std::shared_ptr<ConnectionState> &s : std::as_const(m_connections)) {
        if (s && s->connector)
            s->connector->abort();
    }
}

} // namespace orderflow
