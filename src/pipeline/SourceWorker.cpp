#include "pipeline/SourceWorker.h"

#include "domain/messages/SourceMessages.h"
#include "pipeline/IngestorSink.h"
#include "sources/SourceRegistry.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace orderflow {
namespace {

// A poll that changes nothing refreshes last_poll_at at most this often; every other change is written at once.
constexpr qint64 kStatusRefreshMs = 5000;

QByteArray configKey(const SourceRecord &r)
{
    return r.type.toUtf8() + '\n' + QJsonDocument(r.config).toJson(QJsonDocument::Compact);
}

} // namespace

SourceWorker::SourceWorker(SourceRecord record, QString dbPath, int tickMs)
    : Worker(QStringLiteral("source %1/%2").arg(record.orgSlug, record.name), std::move(dbPath), tickMs), m_sourceId(record.id),
      m_record(std::move(record))
{
    m_status.sourceId = m_sourceId;
    m_clock.start();
}

SourceWorker::~SourceWorker()
{
    teardown();
}

void SourceWorker::abortInFlight()
{
    if (m_source)
        m_source->abort();
}

void SourceWorker::started()
{
    m_started = true;
    // What the status said before this run (last success, last error) stays until something newer happens.
    if (auto prior = SourceStatusRepository(db()).get(m_sourceId); prior && *prior)
        m_status = **prior;
    if (!m_status.pausedUntil.isEmpty()) {   // a pause does not outlive the run that decided it
        m_status.pausedUntil.clear();
        m_statusDirty = true;
    }
    build();
}

void SourceWorker::stopping()
{
    teardown();
    m_started = false;
}

void SourceWorker::reconfigure(const SourceRecord &record)
{
    const bool rebuild = configKey(record) != configKey(m_record);
    m_record = record;
    if (!m_started)
        return;
    if (rebuild)
        build();
    else if (m_source)
        m_source->updateRecord(record);
    nudge();
}

void SourceWorker::build()
{
    teardown();
    m_nextPollMs = 0;
    m_pausedUntilMs = 0;
    m_pauseStamp.clear();
    if (!m_status.pausedUntil.isEmpty()) {
        m_status.pausedUntil.clear();
        m_statusDirty = true;
    }
    auto created = SourceRegistry::instance().create(m_record);
    if (!created) {
        // Not retried until the source's configuration changes: only a person can fix it.
        m_status.lastError = created.error().message;
        m_status.lastErrorAt = nowText();
        m_statusDirty = true;
        reportState(subject(), QStringLiteral("config"), created.error().message);
        saveStatus(true);
        return;
    }
    {
        std::lock_guard lock(abortMutex());
        m_source = std::move(*created);
        if (aborting())
            m_source->abort();
    }
    IngestorSink::Listener listener;
    listener.stored = [this](const OrderStateChanges &changes) { publish(changes); };
    listener.problem = [this](const QString &message) { report(message); };
    listener.failure = [this](const Error &error) { failed(error); };
    listener.paused = [this](const Error &error, qint64 pauseMs) { pausedBySource(error, pauseMs); };
    listener.working = [this](int backlog) {
        working();
        m_status.lastSuccessAt = nowText();
        const bool resumed = !m_status.pausedUntil.isEmpty();
        m_status.pausedUntil.clear();
        const bool changed = m_status.backlog != backlog || resumed;
        m_status.backlog = backlog;
        m_statusDirty = true;
        saveStatus(changed);
    };
    m_sink = std::make_unique<IngestorSink>(db(), *m_source, std::move(listener));
}

void SourceWorker::teardown()
{
    if (m_source && m_pushedRunning)
        m_source->stop();
    m_pushedRunning = false;
    m_sink.reset();
    std::lock_guard lock(abortMutex());
    m_source.reset();
}

bool SourceWorker::paused()
{
    if (m_pausedUntilMs == 0)
        return false;
    if (m_clock.elapsed() < m_pausedUntilMs && m_source->resumeStamp() == m_pauseStamp)
        return true;
    m_pausedUntilMs = 0;
    m_status.pausedUntil.clear();
    m_statusDirty = true;
    saveStatus(true);
    return false;
}

void SourceWorker::failed(const Error &error)
{
    m_status.lastError = error.message;
    m_status.lastErrorAt = nowText();
    ++m_status.pollErrors;
    m_statusDirty = true;
    const QString &code = error.code;
    // A folder it may not read is looked at again on every poll (cheap, and it resumes the moment the permissions
    // are fixed); a host key or login problem pauses the source instead of reconnecting. A pushed source that
    // runs handles its own reconnecting: it is only reported.
    if (m_source && needsOperator(code) && code != FileError::Permission && !m_pushedRunning) {
        const qint64 pauseMs = m_source->errorPauseMs();
        m_pausedUntilMs = m_clock.elapsed() + pauseMs;
        m_pauseStamp = m_source->resumeStamp();
        m_status.pausedUntil = timeText(QDateTime::currentDateTimeUtc().addMSecs(pauseMs));
        reportState(subject(), QStringLiteral("paused:") + code,
                    msg::SourcePausedFor(error.message, m_record.name, pauseMs / 1000));
    } else {
        reportState(subject(), QStringLiteral("error:") + code, error.message);
    }
    saveStatus(true);
}

void SourceWorker::pausedBySource(const Error &error, qint64 pauseMs)
{
    m_status.lastError = error.message;
    m_status.lastErrorAt = nowText();
    m_status.pausedUntil = timeText(QDateTime::currentDateTimeUtc().addMSecs(pauseMs));
    m_statusDirty = true;
    reportState(subject(), QStringLiteral("paused:") + error.code,
                msg::SourceReadsAgainIn(error.message, m_record.name, (pauseMs + 999) / 1000));
    saveStatus(true);
}

void SourceWorker::working()
{
    reportState(subject(), QString(), msg::SourceReadAgain(m_record.name, m_record.orgSlug));
}

QString SourceWorker::subject() const
{
    return QStringLiteral("source:%1").arg(m_sourceId);
}

bool SourceWorker::tick()
{
    if (aborting() || !m_source)
        return false;
    if (paused()) {
        saveStatus(false);
        return false;
    }
    const qint64 now = m_clock.elapsed();
    if (now < m_nextPollMs) {
        saveStatus(false);
        return false;
    }
    m_nextPollMs = now + m_source->pollIntervalMs();

    if (m_source->mode() == SourceMode::Pushed) {
        // Started once; a source that could not start is tried again every poll interval.
        if (!m_pushedRunning) {
            if (Status s = m_source->start(*m_sink); !s)
                failed(s.error());
            else
                m_pushedRunning = true;
        }
        saveStatus(false);
        return false;
    }

    m_status.lastPollAt = nowText();
    m_statusDirty = true;
    auto result = m_source->poll(*m_sink);
    if (aborting())
        return false;
    if (!result) {
        failed(result.error());
        return false;
    }
    working();
    for (const QString &p : std::as_const(result->problems))
        report(p);
    // Written at once when something an operator watches changed: it recovered, files came in, the backlog moved.
    const bool recovered = m_status.lastErrorAt >= m_status.lastSuccessAt && !m_status.lastErrorAt.isEmpty();
    const bool notable = recovered || result->taken > 0 || result->backlog != m_status.backlog;
    m_status.lastSuccessAt = nowText();
    m_status.backlog = result->backlog;
    saveStatus(notable);
    if (result->more) {
        m_nextPollMs = 0;   // a backlog: poll again at once
        return true;
    }
    return false;
}

void SourceWorker::saveStatus(bool now)
{
    if (!m_statusDirty || !m_started)
        return;
    const qint64 t = m_clock.elapsed();
    if (!now && m_statusSaved && t - m_statusSavedMs < kStatusRefreshMs)
        return;
    SourceStatusRepository repository(db());
    if (Status s = db().transaction([&] { return repository.save(m_status); }); !s) {
        report(msg::SourceStatusNotRecorded(m_record.name, s.error().message));
        return;
    }
    m_statusDirty = false;
    m_statusSaved = true;
    m_statusSavedMs = t;
}

} // namespace orderflow
