// `orderflow run`: the daemon — the engine until Ctrl-C or SIGTERM; with --demo a self-contained workspace.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"
#include "config/EnvironmentBootstrap.h"
#include "connectors/ErpConnector.h"

#include "api/ApiServer.h"
#include "demo/DemoWorkspace.h"
#include "demo/SimulatedErp.h"
#include "domain/OrderId.h"
#include "pipeline/Engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace orderflow::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    char b = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &b, 1);
}

// DESIGN §10: ERP_API_*, PARTNER1_API_* and PARTNER2_SFTP_* create or update the REST ERP connection, the REST partner
// source and the SFTP partner source — in ORDERFLOW_ORG, else the only organisation, else a new "default" one.
Status applyEnvironment(Database &db)
{
    bool anySet = false;
    for (const QString &name : environmentBootstrapVariables())
        anySet = anySet || !qEnvironmentVariable(qPrintable(name)).trimmed().isEmpty();
    if (!anySet)
        return {};
    auto orgs = ConfigRepository(db).orgs();
    if (!orgs)
        return orgs.error();
    QString org = qEnvironmentVariable("ORDERFLOW_ORG").trimmed();
    if (org.isEmpty() && orgs->size() > 1)
        return Error(QStringLiteral("config"), QStringLiteral("The environment names partner sources or an ERP (ERP_API_URL, PARTNER1_API_URL, "
                                                              "PARTNER2_SFTP_HOST), and this database has several organisations: set "
                                                              "ORDERFLOW_ORG to the slug of the one they belong to."));
    if (org.isEmpty())
        org = orgs->isEmpty() ? QStringLiteral("default") : orgs->first().slug;
    bool exists = false;
    for (const OrgRecord &o : std::as_const(*orgs))
        exists = exists || o.slug == org;
    const auto boot = environmentBootstrap([](const QString &name) { return qEnvironmentVariable(qPrintable(name)); }, org, !exists,
                                           ConnectorRegistry::instance().contains(QStringLiteral("REST_JSON_V1")));
    for (const QString &note : boot.notes)
        err() << "orderflow: " << note << Qt::endl;
    if (boot.document.isEmpty())
        return {};
    if (Status s = applyConfig(db, boot.document); !s)
        return Error(s.error().code, QStringLiteral("the environment's sources and connection (ERP_API_*, PARTNER1_API_*, PARTNER2_SFTP_*): %1")
                                         .arg(s.error().message));
    return {};
}

int cmdRun(const QStringList &args)
{
    Command c(QStringLiteral("orderflow run [--demo] [--config FILE] [--listen ADDR:PORT|off]: run the engine (ingest, process, push, acks) until stopped with Ctrl-C or SIGTERM."), false);
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Create and run a self-contained demo workspace (partner folder, dropzone, simulated ERP)."));
    QCommandLineOption demoDir(QStringLiteral("demo-dir"), QStringLiteral("Where the demo workspace lives (default ./orderflow-demo)."), QStringLiteral("DIR"), QStringLiteral("orderflow-demo"));
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Apply this configuration file before starting."), QStringLiteral("FILE"));
    QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Stop after SECONDS (for scripts and tests)."), QStringLiteral("SECONDS"));
    QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print every state change."));
    QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Serve the monitoring API (and http sources) on ADDR:PORT, or 'off' (default 127.0.0.1:8080)."),
                              QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    QCommandLineOption maxBody(QStringLiteral("api-max-body"), QStringLiteral("Largest request body the API accepts, in bytes (default 1048576); larger ones get 413."),
                               QStringLiteral("BYTES"), QStringLiteral("1048576"));
    QCommandLineOption tokenSecret(QStringLiteral("api-token-secret"), QStringLiteral("Credential store reference of the API's admin token (default: "
                                                                                      "the variable ORDERFLOW_API_TOKEN)."), QStringLiteral("REF"));
    c.parser.addOptions({demo, demoDir, config, duration, quiet, listen, maxBody, tokenSecret});
    if (int r = c.parse(args); r >= 0)
        return r;
    ApiOptions api;
    const QString listenAt = c.parser.value(listen).trimmed();
    const bool serveApi = listenAt.compare(QLatin1String("off"), Qt::CaseInsensitive) != 0;
    if (serveApi) {
        const qsizetype colon = listenAt.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? listenAt.mid(colon + 1).toUInt(&portOk) : 0;
        QString host = colon > 0 ? listenAt.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (!portOk || port > 65535 || !api.address.setAddress(host))
            return fail(QStringLiteral("--listen '%1' is not ADDR:PORT (e.g. 127.0.0.1:8080, 0.0.0.0:8080, [::1]:8080) or 'off'.").arg(listenAt), Usage);
        api.port = quint16(port);
        bool bodyOk = false;
        api.maxBodyBytes = c.parser.value(maxBody).toLongLong(&bodyOk);
        if (!bodyOk || api.maxBodyBytes < 1)
            return fail(QStringLiteral("--api-max-body '%1' is not a number of bytes.").arg(c.parser.value(maxBody)), Usage);
        api.adminTokenSecret = c.parser.value(tokenSecret);
    }
    // First of all, so a stop request during start-up is a graceful stop, not a kill.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling."));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    QString dbPath = c.dbPath();
    DemoPaths paths;
    if (c.parser.isSet(demo)) {
        paths = demoPaths(c.parser.value(demoDir));
        if (!c.parser.isSet(c.db))
            dbPath = paths.database;
    }
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    QLockFile lock(dbPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100)) {
        if (lock.error() != QLockFile::LockFailedError)
            return fail(QStringLiteral("cannot create the lock file %1.lock; check that its directory is writable.").arg(dbPath));
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return fail(QStringLiteral("another `orderflow run` (pid %1) already works on %2; stop it first, or use another --db.").arg(pid).arg(dbPath));
    }
    auto db = Database::open(dbPath, QStringLiteral("run"), Database::OpenMode::Create);   // the daemon sets a workspace up
    if (!db)
        return fail(db.error().message);
    if (c.parser.isSet(demo)) {
        auto demoConfig = prepareDemoWorkspace(paths);
        if (!demoConfig)
            return fail(demoConfig.error().message);
        if (Status s = applyConfig(**db, *demoConfig); !s)
            return fail(s.error().message);
    }
    if (c.parser.isSet(config)) {
        // As `config apply`. A secret it let go of but could not delete is named (with how to delete it later); the
        // engine runs all the same.
        if (const int rc = applyConfigFile(**db, c.parser.value(config), false); rc != Ok && rc != ItemFailed)
            return rc;
    }
    if (Status s = applyEnvironment(**db); !s)
        return fail(s.error().message, codeFor(s.error()));
    db->reset();

    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        err() << "orderflow: stopping (finishing the current work)…" << Qt::endl;
        QCoreApplication::quit();
    });

    EngineOptions options;
    options.databasePath = dbPath;
    Engine engine(options);
    const bool verbose = !c.parser.isSet(quiet);
    QObject::connect(&engine, &Engine::ordersChanged, qApp, [verbose](const OrderStateChanges &changes) {
        if (!verbose)
            return;
        for (const OrderStateChange &ch : changes)
            out() << QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")) << "  order " << shortOrderId(ch.orderId) << "  "
                  << (ch.created ? QStringLiteral("received") : stateName(ch.from) + QStringLiteral(" → ") + stateName(ch.to)) << Qt::endl;
    });
    // Problems need no printing here: the workers log each one once (category orderflow.engine, on stderr).

    std::unique_ptr<SimulatedErp> erp;
    std::unique_ptr<DemoFeeder> feeder;
    if (c.parser.isSet(demo)) {
        erp = std::make_unique<SimulatedErp>(paths.dropzone, paths.acks);
        erp->start();
        feeder = std::make_unique<DemoFeeder>(paths.inbox);
        const QString rerun = feeder->rerunNote(paths.root);
        feeder->start();
        out() << "OrderFlow demo workspace: " << paths.root << "\n"
              << "  partner folder: " << paths.inbox << "\n  dropzone:       " << paths.dropzone << "\n  database:       " << dbPath << "\n"
              << "Orders flow from the partner folder to the simulated ERP. In another terminal try:\n"
              << "  " << QCoreApplication::applicationFilePath() << " orders list --db " << dbPath << "\n"
              << "  " << QCoreApplication::applicationFilePath() << " retry ID --db " << dbPath << "    (the Globex order fails once: credit hold)\n"
              << "Ctrl-C stops." << Qt::endl;
        if (!rerun.isEmpty())
            out() << rerun << Qt::endl;
    } else {
        out() << "orderflow: engine running on " << dbPath << " (Ctrl-C stops)" << Qt::endl;
    }
    engine.start();
    std::unique_ptr<ApiService> apiService;
    if (serveApi) {
        api.databasePath = dbPath;
        apiService = std::make_unique<ApiService>(api);
        QObject::connect(apiService.get(), &ApiService::ordersChanged, &engine, &Engine::nudgePush);
        if (Status s = apiService->start(); !s && c.parser.isSet(listen)) {
            engine.stop();
            return fail(s.error().message);
        } else if (!s) {
            // The default address is busy (another daemon on this machine): the engine runs without the API. Said on
            // stdout like the other start-up facts: nothing went wrong that the operator asked for.
            out() << "orderflow: " << s.error().message << " The engine runs without it." << Qt::endl;
            apiService.reset();
        }
    }
    if (apiService) {
        out() << "orderflow: monitoring API on http://" << (api.address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(api.address.toString()) : api.address.toString())
              << ":" << apiService->port() << "/ (/health, /metrics, /api/v1/orders)" << Qt::endl;
    }
    if (c.parser.isSet(duration))
        QTimer::singleShot(int(c.parser.value(duration).toDouble() * 1000), qApp, &QCoreApplication::quit);
    const int rc = QCoreApplication::exec();
    // The API first: no request reaches a source that is stopping.
    apiService.reset();
    engine.stop();
    out() << "orderflow: stopped." << Qt::endl;
    return rc;
}

} // namespace

CliCommand runCommand()
{
    return {QStringLiteral("run"), {{QStringLiteral("run [--demo] [--config FILE] [--listen ADDR:PORT|off]"), QStringLiteral("run the engine (daemon) and the monitoring API")}}, cmdRun};
}

} // namespace orderflow::cli
