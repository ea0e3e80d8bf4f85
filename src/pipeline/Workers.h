// The engine's long-lived workers. Each lives on its own QThread with its own database connection, wakes on a
// timer or a queued nudge, and reports what changed as small value events. No nested event loops.
#pragma once

#include "domain/OrderEvent.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>

namespace orderflow {

class FileStore;
class ErpConnector;
class PushService;
class PushScheduler;

class Worker : public QObject {
    Q_OBJECT
public:
    Worker(QString name, QString dbPath, int intervalMs);
    ~Worker() override;
    const QString &name() const { return m_name; }

    // From any thread, before stop(): network work in progress is abandoned at once (in a state the next start
    // recovers), so stopping never waits for a server that does not answer.
    void abort();

public slots:
    void start();    // on the worker's thread: open the database, run once, start the timer
    void stop();     // stop taking work; the current tick has finished when this runs
    void nudge();    // new work may be waiting: run soon

signals:
    void changed(const orderflow::OrderStateChanges &changes);
    void problem(const QString &worker, const QString &message);
    void workAvailable();   // something downstream may have work now

protected:
    // One slice of work; returns true when there may be more right away.
    virtual bool tick() = 0;
    virtual void started() {}
    virtual void stopping() {}   // drop anything that holds queries before the connection closes
    // Called by abort() with abortMutex() held: interrupt the network calls in progress. Subclasses hold the same
    // mutex while they create or drop what this reaches.
    virtual void abortInFlight() {}
    std::mutex &abortMutex() { return m_abortMutex; }
    bool aborting() const { return m_aborting; }
    Database &db() { return *m_db; }
    // A problem without a lasting subject: logged, the same text at most once a minute.
    void report(const QString &message);
    // The state of one subject (a source, a connection): logged once per change, not on every tick. An empty state
    // means it works (again): message is logged only when something was wrong before. With ifUnknown the state only
    // counts when nothing is known about the subject yet.
    void reportState(const QString &subject, const QString &state, const QString &message, bool ifUnknown = false);
    void publish(const OrderStateChanges &changes);

private:
    void run();

    QString m_name;
    QString m_dbPath;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
    std::unique_ptr<Database> m_db;
    bool m_stopped = false;
    bool m_scheduled = false;
    std::atomic<bool> m_aborting{false};
    std::mutex m_abortMutex;
    QHash<QString, qint64> m_lastReported;   // message → when; entries older than the repeat interval are dropped
    QHash<QString, QString> m_states;        // subject → what is wrong with it; subjects that work are not kept
};

class ProcessWorker final : public Worker {
    Q_OBJECT
public:
    using Worker::Worker;

protected:
    bool tick() override;

private:
    bool m_settling = false;   // a nudge is due when the gathering orders have settled
};

struct PushRound;

class PushWorker final : public Worker {
    Q_OBJECT
public:
    PushWorker(QString dbPath, int intervalMs, int batchSize);
    ~PushWorker() override;

protected:
    void started() override;
    void stopping() override;
    void abortInFlight() override;
    bool tick() override;

private:
    void reportRound(const PushRound &round);

    std::unique_ptr<PushService> m_service;
    std::unique_ptr<PushScheduler> m_scheduler;
    int m_batchSize;
    QElapsedTimer m_sinceRecovery;
};

class AckWorker final : public Worker {
    Q_OBJECT
public:
    AckWorker(QString dbPath, int intervalMs);
    ~AckWorker() override;

protected:
    bool tick() override;
    void abortInFlight() override;

private:
    struct ConnectionState;
    QHash<qint64, std::shared_ptr<ConnectionState>> m_connections;
};

} // namespace orderflow
