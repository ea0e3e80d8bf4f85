#include "pipeline/SourceWorker.h"

#include "pipeline/IngestorSink.h"
#include "sources/SourceFactories.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace orderflow {
namespace {

constexpr qint64 kHardErrorPauseMs = 5 * 60 * 1000;
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

void SourceWorker::abort()
{
    m_aborted = true;
    QMutexLocker locker(&m_sourceLock);
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
    auto created = createSource(m_record);
    if (!created) {
        // Not retried until the source's configuration changes: only a person can fix it.
        m_status.lastError = created.error().message;
        m_status.lastErrorAt = nowText();
        m_statusDirty = true;
        report(created.error().message);
        saveStatus(true);
        return;
    }
    {
        QMutexLocker locker(&m_sourceLock);
        m_source = std::move(*created);
        if (m_aborted)
            m_source->abort();
    }
    IngestorSink::Listener listener;
    listener.stored = [this](const OrderStateChanges &changes) { publish(changes); };
    listener.problem = [this](const QString &message) { report(message); };
    listener.failure = [this](const Error &error) { failed(error); };
    listener.working = [this](int backlog) {
        m_status.lastSuccessAt = nowText();
        const bool changed = m_status.backlog != backlog;
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
    QMutexLocker locker(&m_sourceLock);
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
    m_statusDirty = true;
    if (m_source && needsOperator(error.code)) {
        const qint64 pauseMs = qint64(m_record.config.value(QStringLiteral("error_pause_ms")).toDouble(double(kHardErrorPauseMs)));
        m_pausedUntilMs = m_clock.elapsed() + pauseMs;
        m_pauseStamp = m_source->resumeStamp();
        m_status.pausedUntil = timeText(QDateTime::currentDateTimeUtc().addMSecs(pauseMs));
        report(QStringLiteral("%1 — source '%2' paused for %3 s (resumes earlier when its configuration or known_hosts changes).")
                   .arg(error.message, m_record.name).arg(pauseMs / 1000));
    } else {
        report(error.message);
    }
    saveStatus(true);
}

bool SourceWorker::tick()
{
    if (m_aborted || !m_source)
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
    if (m_aborted)
        return false;
    if (!result) {
        failed(result.error());
        return false;
    }
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
        report(QStringLiteral("Source '%1': could not record its status: %2").arg(m_record.name, s.error().message));
        return;
    }
    m_statusDirty = false;
    m_statusSaved = true;
    m_statusSavedMs = t;
}

} // namespace orderflow
