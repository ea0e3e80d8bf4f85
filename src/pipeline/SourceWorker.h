// One source on its own thread with its own database connection, so a hung or slow source never delays another:
// polls it every poll interval (or starts it, when it is pushed), records its status (last poll, last success, last
// error, paused until, backlog) and pauses it after an error only a person can fix.
#pragma once

#include "pipeline/Workers.h"
#include "sources/Source.h"
#include "storage/SourceStatusRepository.h"

#include <QElapsedTimer>

#include <memory>

namespace orderflow {

class IngestorSink;

class SourceWorker final : public Worker {
    Q_OBJECT
public:
    // tickMs: how often the worker looks whether its source is due (its poll interval comes from its config).
    SourceWorker(SourceRecord record, QString dbPath, int tickMs);
    ~SourceWorker() override;

    qint64 sourceId() const { return m_sourceId; }

public slots:
    // The source's row changed: a changed config builds a new instance; other fields just update it.
    void reconfigure(const orderflow::SourceRecord &record);

protected:
    void started() override;
    void stopping() override;
    bool tick() override;
    // Worker::abort() (any thread): what blocks the source now gives up, e.g. a connect to a server that never
    // answers; the worker does no more work.
    void abortInFlight() override;

private:
    void build();
    void teardown();
    bool paused();
    void failed(const Error &error);
    void pausedBySource(const Error &error, qint64 pauseMs);   // a pushed source waits (Retry-After, backoff)
    void working();                       // logs once that a failing source works again
    QString subject() const;              // for reportState()
    void saveStatus(bool now);

    const qint64 m_sourceId;
    SourceRecord m_record;
    std::unique_ptr<Source> m_source;     // created and dropped under abortMutex(): abort() reaches it from other threads
    std::unique_ptr<IngestorSink> m_sink;
    bool m_pushedRunning = false;
    bool m_started = false;
    QElapsedTimer m_clock;                // monotonic: polls and pauses never follow the wall clock
    qint64 m_nextPollMs = 0;
    qint64 m_pausedUntilMs = 0;
    QString m_pauseStamp;
    SourceStatus m_status;
    bool m_statusDirty = false;
    bool m_statusSaved = false;
    qint64 m_statusSavedMs = 0;
};

} // namespace orderflow
