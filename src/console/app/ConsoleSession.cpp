#include "app/ConsoleSession.h"

#include "demo/DemoWorkspace.h"
#include "demo/SimulatedErp.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace orderflow::console {

ConsoleSession::ConsoleSession(SessionOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_data(new ConsoleDataService(this))
{
    connect(m_data, &ConsoleDataService::ready, this, &ConsoleSession::onDataReady);
    connect(m_data, &ConsoleDataService::changed, this, &ConsoleSession::ordersChanged);
    connect(m_data, &ConsoleDataService::actionFinished, this, [this](quint64, const ActionOutcome &outcome) {
        // Approved orders are pushed by the engine's push worker; wake it instead of waiting for its timer.
        if (outcome.succeeded() > 0
            && (outcome.kind == ActionKind::Approve || outcome.kind == ActionKind::PushNow || outcome.kind == ActionKind::Retry
                || outcome.kind == ActionKind::RetryAllFailed))
            nudgePush();
    });
}

ConsoleSession::~ConsoleSession()
{
    shutdown();
}

void ConsoleSession::start()
{
    QJsonObject demoConfig;
    if (m_options.demo) {
        const DemoPaths paths = demoPaths(m_options.demoDir);
        if (m_options.databasePath.isEmpty())
            m_options.databasePath = paths.database;
        // Creating four folders is the only file work done here, once, before the window is interactive.
        auto prepared = prepareDemoWorkspace(paths);
        if (!prepared) {
            setEngineState(EngineState::Failed);
            emit ready(prepared.error().message);
            return;
        }
        demoConfig = *prepared;
    }
    setEngineState(EngineState::Starting);
    m_data->open(m_options.databasePath, demoConfig,
                 m_options.demo || m_options.create ? Database::OpenMode::Create : Database::OpenMode::Existing);
}

void ConsoleSession::onDataReady(const QString &error)
{
    if (!error.isEmpty()) {
        setEngineState(EngineState::Failed);
        emit ready(error);
        return;
    }
    if (m_options.runEngine)
        startEngine();
    else
        setEngineState(EngineState::Off);
    if (m_options.demo)
        startDemoActors();
    emit ready({});
}

void ConsoleSession::startEngine()
{
    // The same lock as `orderflow run`: two engines on one SQLite file would both push. When a daemon already
    // runs, the console watches and acts, and leaves the pipeline to it.
    m_lock = std::make_unique<QLockFile>(m_options.databasePath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        QString host, app;
        m_lock->getLockInfo(&m_lockOwnerPid, &host, &app);
        m_lock.reset();
        setEngineState(EngineState::RunElsewhere);
        return;
    }
    EngineOptions engineOptions = m_options.engine;
    engineOptions.databasePath = m_options.databasePath;
    m_engine = std::make_unique<Engine>(engineOptions);
    connect(m_engine.get(), &Engine::ordersChanged, this, &ConsoleSession::ordersChanged);
    connect(m_engine.get(), &Engine::problem, this, &ConsoleSession::engineProblem);
    m_engine->start();
    setEngineState(EngineState::Running);
}

void ConsoleSession::startDemoActors()
{
    // The simulated partner and ERP read and write files on timers: they get their own thread, created there
    // so their timers live there too.
    const DemoPaths paths = demoPaths(m_options.demoDir);
    m_demoThread = new QThread(this);
    m_demoThread->setObjectName(QStringLiteral("console-demo"));
    auto *host = new QObject;
    host->moveToThread(m_demoThread);
    connect(m_demoThread, &QThread::finished, host, &QObject::deleteLater);
    m_demoThread->start();
    QMetaObject::invokeMethod(host, [host, paths] {
        auto *erp = new SimulatedErp(paths.dropzone, paths.acks, host);
        erp->start();
        auto *feeder = new DemoFeeder(paths.inbox, host);
        feeder->start();
    }, Qt::QueuedConnection);
}

void ConsoleSession::shutdown()
{
    if (m_demoThread) {
        m_demoThread->quit();
        m_demoThread->wait();
        delete m_demoThread;
        m_demoThread = nullptr;
    }
    if (m_engine) {
        m_engine->stop();
        m_engine.reset();
        setEngineState(EngineState::Off);
    }
    m_lock.reset();
    m_data->shutdown();
}

void ConsoleSession::nudgePush()
{
    if (m_engine)
        m_engine->nudgePush();
}

void ConsoleSession::setEngineState(EngineState state)
{
    if (m_engineState == state)
        return;
    m_engineState = state;
    emit engineStateChanged(state);
}

QString ConsoleSession::engineStateText() const
{
    switch (m_engineState) {
    case EngineState::Starting: return tr("Engine starting…");
    case EngineState::Running: return tr("Engine running");
    case EngineState::RunElsewhere:
        return tr("Engine runs in another process (pid %1); this console watches and acts only").arg(m_lockOwnerPid);
    case EngineState::Off: return tr("Engine off");
    case EngineState::Failed: return tr("Engine not started: the database could not be opened");
    }
    return {};
}

} // namespace orderflow::console
