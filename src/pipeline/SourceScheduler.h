// Runs every enabled source on its own thread (one SourceWorker per source, each with its own database
// connection), so a hung or slow source never delays another. The SourceWatcher re-reads the enabled sources on its
// own thread; the scheduler starts, reconfigures and stops source workers to match. The scheduler lives on the
// engine's thread and never touches the database.
//
// One thread per source suits the tens of sources a site has; a source blocked in a call (an SFTP server that
// accepts and never answers) blocks only its own thread, and at shutdown it is left behind after a short wait
// instead of holding the process.
#pragma once

#include "pipeline/Workers.h"
#include "storage/ConfigRepository.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace orderflow {

class SourceWorker;

// Reads the enabled sources every interval and says when the list changed (and once at start).
class SourceWatcher final : public Worker {
    Q_OBJECT
public:
    SourceWatcher(QString dbPath, int intervalMs);

signals:
    void sourcesChanged(const QList<orderflow::SourceRecord> &sources);

protected:
    bool tick() override;

private:
    QByteArray m_lastKey;
};

class SourceScheduler final : public QObject {
    Q_OBJECT
public:
    // tickMs: how often each source worker looks whether its source is due.
    SourceScheduler(QString dbPath, int tickMs, QObject *parent = nullptr);
    ~SourceScheduler() override;

    // Workers to nudge when a source stored something (processing, the partner outbox).
    void setDownstream(const QList<Worker *> &workers) { m_downstream = workers; }
    // Asks every source to stop (aborting what blocks it) without waiting.
    void stopAll();
    // Waits until `until` for the stopped sources' threads; a thread still blocked then is left behind (it ends on
    // its own when its call returns) and named in the log. Returns how many were left behind.
    int waitStopped(QDeadlineTimer until);
    // Source ids with a running worker.
    QList<qint64> running() const { return m_running.keys(); }

public slots:
    // The enabled sources now: start the new ones, reconfigure the changed ones, stop the rest.
    void apply(const QList<orderflow::SourceRecord> &sources);

signals:
    void changed(const orderflow::OrderStateChanges &changes);
    void problem(const QString &worker, const QString &message);

private:
    struct Running {
        QThread *thread = nullptr;
        SourceWorker *worker = nullptr;
        SourceRecord record;
    };
    void startSource(const SourceRecord &record);
    void retire(const Running &running);
    void threadEnded(QThread *thread);

    QString m_dbPath;
    int m_tickMs;
    QList<Worker *> m_downstream;
    QHash<qint64, Running> m_running;
    QHash<QThread *, QPair<qint64, QString>> m_retiring;   // stopped, their threads not ended yet: source id, name
    QList<SourceRecord> m_wanted;                           // the last list applied
    bool m_stopped = false;
};

} // namespace orderflow
