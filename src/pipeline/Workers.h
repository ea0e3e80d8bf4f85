// The engine's long-lived workers. Each lives on its own QThread with its own database connection, wakes on a
// timer or a queued nudge, and reports what changed as small value events. No nested event loops.
#pragma once

#include "domain/OrderEvent.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace orderflow {

class FileStore;
class ErpConnector;
class PushService;

class Worker : public QObject {
    Q_OBJECT
public:
    Worker(QString name, QString dbPath, int intervalMs);
    ~Worker() override;
    const QString &name() const { return m_name; }

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
    Database &db() { return *m_db; }
    void report(const QString &message);
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
    QHash<QString, qint64> m_lastReported;   // message → when, so a dead server does not flood the log
};

class ProcessWorker final : public Worker {
    Q_OBJECT
public:
    using Worker::Worker;

protected:
    bool tick() override;
};

class PushWorker final : public Worker {
    Q_OBJECT
public:
    PushWorker(QString dbPath, int intervalMs, int batchSize);
    ~PushWorker() override;

protected:
    void started() override;
    void stopping() override;
    bool tick() override;

private:
    std::unique_ptr<PushService> m_service;
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

private:
    struct ConnectionState;
    QHash<qint64, std::shared_ptr<ConnectionState>> m_connections;
};

} // namespace orderflow
