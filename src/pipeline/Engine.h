// The engine: starts the workers on their threads, wires their nudges together, and reports what changed.
// Used by `orderflow run` and by the console; the owner's thread never touches the database through it.
#pragma once

#include "domain/OrderEvent.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace orderflow {

class SourceScheduler;
class Worker;

struct EngineOptions {
    QString databasePath;
    int ingestIntervalMs = 500;
    int processIntervalMs = 500;
    int pushIntervalMs = 250;
    int ackIntervalMs = 500;
    int outboxIntervalMs = 500;
    int pushBatch = 200;
    // At shutdown, how long to wait for sources still busy (a poll finishing its batch, a call to a server that does
    // not answer) before leaving them behind.
    int sourceStopWaitMs = 3000;
};

class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override;

    void start();
    // Graceful and quick: network work in progress is abandoned (a push round records what it did; what was not
    // delivered waits again, uncharged), each worker finishes its current slice, then threads join. A source still
    // blocked in a call after sourceStopWaitMs is left behind (what it has not committed is read again later).
    void stop();
    bool isRunning() const { return !m_threads.isEmpty(); }

public slots:
    void nudgePush();

signals:
    void ordersChanged(const orderflow::OrderStateChanges &changes);
    void problem(const QString &worker, const QString &message);

private:
    EngineOptions m_options;
    QList<QThread *> m_threads;
    QList<Worker *> m_workers;
    Worker *m_push = nullptr;
    SourceScheduler *m_sources = nullptr;
};

} // namespace orderflow
