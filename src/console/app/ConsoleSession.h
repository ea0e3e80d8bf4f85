// One console session: the database (through the data service), the engine on its threads, and in demo mode
// the simulated partner and ERP on a thread of their own. The main window talks to this, not to the parts.
#pragma once

#include "data/ConsoleDataService.h"
#include "pipeline/Engine.h"

#include <QLockFile>
#include <QObject>

#include <memory>

namespace orderflow::console {

struct SessionOptions {
    QString databasePath;
    bool demo = false;
    bool create = false;   // create a missing database (--create); the demo always may
    QString demoDir;
    bool runEngine = true;
    EngineOptions engine;
};

class ConsoleSession : public QObject {
    Q_OBJECT
public:
    enum class EngineState { Starting, Running, RunElsewhere, Off, Failed };
    Q_ENUM(EngineState)

    explicit ConsoleSession(SessionOptions options, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Opens the database (applying the demo configuration in demo mode) off the GUI thread; then starts the
    // engine. `ready` reports the outcome.
    void start();
    void shutdown();

    ConsoleDataService *data() const { return m_data; }
    EngineState engineState() const { return m_engineState; }
    QString engineStateText() const;
    const SessionOptions &options() const { return m_options; }

public slots:
    void nudgePush();

signals:
    void ready(const QString &error);
    void engineStateChanged(orderflow::console::ConsoleSession::EngineState state);
    // Every order state change, from the engine's workers and from the operator's own actions.
    void ordersChanged(const orderflow::OrderStateChanges &changes);
    void engineProblem(const QString &worker, const QString &message);

private:
    void onDataReady(const QString &error);
    void startEngine();
    void startDemoActors();
    void setEngineState(EngineState state);

    SessionOptions m_options;
    ConsoleDataService *m_data = nullptr;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QLockFile> m_lock;
    QThread *m_demoThread = nullptr;
    EngineState m_engineState = EngineState::Off;
    qint64 m_lockOwnerPid = 0;
};

} // namespace orderflow::console
