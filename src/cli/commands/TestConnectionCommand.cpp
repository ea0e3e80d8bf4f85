// `orderflow test-connection NAME`: checks an ERP connection or a source, found by name, with the engine's
// connection test service (pipeline/ConnectionTestService): SFTP ones get connect, host key, authentication, SFTP,
// then list / write / rename / remove in every directory the engine will use, each step with its latency; other
// connections run their connector's own checks; folder sources the same directory checks locally. Nothing is
// exported, nothing is left behind, no secret is printed; the result is recorded for the console.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "pipeline/ConnectionTestService.h"
#include "storage/ConfigRepository.h"
#include "transport/FileStore.h"
#include "transport/SftpConfig.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace orderflow::cli {

namespace {

void printReport(const ConnectionTestReport &report)
{
    out() << QStringLiteral("Testing %1 '%2' (%3, org %4): %5\n").arg(report.kindName(), report.name, report.type, report.org, report.endpoint.isEmpty() ? QStringLiteral("?") : report.endpoint);
    for (const ConnectionTestStep &s : report.steps) {
        const QString ms = s.latencyMs < 0 ? QStringLiteral("    -") : QStringLiteral("%1 ms").arg(s.latencyMs, 5);
        out() << QStringLiteral("  %1  %2  %3").arg(s.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), ms).arg(s.name);
        if (s.ok && !s.detail.isEmpty())
            out() << QStringLiteral("  (%1)").arg(s.detail);
        if (!s.ok)
            out() << QStringLiteral("\n        %1").arg(s.detail);
        out() << '\n';
    }
    for (const QString &n : report.notes)
        out() << QStringLiteral("  note: %1\n").arg(n);
    if (report.ok)
        out() << QStringLiteral("result: ok\n");
    else
        out() << QStringLiteral("result: FAILED (%1)\n").arg(report.firstError.code);
    out().flush();
}

// After an unknown host key: how to trust it — but only after checking the fingerprint out of band.
QString trustHint(const ConnectionTestTarget &t, const ConnectionTestReport &report)
{
    if (report.firstError.code != FileError::HostKey || report.fingerprint.isEmpty())
        return {};
    Result<SftpConfig> config = SftpConfig::fromJson(t.transport);
    if (!config)
        return {};
    QString cmd = QStringLiteral("orderflow hostkey trust %1 --fingerprint %2").arg(hostArgument(config->host, config->port), report.fingerprint);
    if (config->knownHostsPath != defaultKnownHostsPath())
        cmd += QStringLiteral(" --known-hosts ") + config->knownHostsPath;
    return QStringLiteral("The server presented %1 key %2. Compare it with what the server's administrator gives you "
                          "(ssh-keygen -lf on the server's host key); if it matches:\n  %3")
        .arg(opensshKeyName(report.hostKey.type), report.fingerprint, cmd);
}

int cmdTestConnection(const QStringList &args)
{
    Command c(QStringLiteral("orderflow test-connection NAME: check an ERP connection or a source without exporting or ingesting anything.\n"
                             "SFTP connections and sources: connect, host key, authentication, then list/write/rename/remove in every "
                             "directory the engine uses, with the latency of each step."));
    c.parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("connection or source name"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organisation (when the name exists in several)."), QStringLiteral("SLUG"));
    QCommandLineOption asSource(QStringLiteral("source"), QStringLiteral("NAME is a source (when a connection has the same name)."));
    QCommandLineOption asConnection(QStringLiteral("connection"), QStringLiteral("NAME is an ERP connection."));
    c.parser.addOptions({org, asSource, asConnection});
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    quietTransportLog();
    const QString name = c.parser.positionalArguments().first();
    const QString orgSlug = c.parser.value(org);
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    ConfigRepository config(**db);

    QList<ConnectionTestTarget> matches;
    if (!c.parser.isSet(asSource)) {
        auto conns = config.connections();
        if (!conns)
            return fail(conns.error().message);
        for (const ConnectionRecord &cr : *conns)
            if (cr.name == name && (orgSlug.isEmpty() || cr.orgSlug == orgSlug))
                matches.append(ConnectionTestTarget::forConnection(cr));
    }
    if (!c.parser.isSet(asConnection)) {
        auto sources = config.sources();
        if (!sources)
            return fail(sources.error().message);
        for (const SourceRecord &s : *sources)
            if (s.name == name && (orgSlug.isEmpty() || s.orgSlug == orgSlug))
                matches.append(ConnectionTestTarget::forSource(s));
    }
    if (matches.isEmpty())
        return fail(QStringLiteral("no connection or source named '%1'%2.").arg(name, orgSlug.isEmpty() ? QString() : QStringLiteral(" in org '%1'").arg(orgSlug)), NotFound);
    if (matches.size() > 1) {
        QStringList which;
        for (const ConnectionTestTarget &t : std::as_const(matches))
            which << QStringLiteral("%1 in org %2").arg(t.kindName(), t.org);
        return fail(QStringLiteral("'%1' names more than one thing (%2); add --org SLUG, --source or --connection.").arg(name, which.join(QStringLiteral(", "))), Usage);
    }
    const ConnectionTestTarget &t = matches.first();
    const QString dbPath = (*db)->path();
    db->reset();

    // The service tests on its own thread; this waits for its answer in the application's event loop.
    ConnectionTestService service(dbPath);
    ConnectionTestReport report;
    QObject::connect(&service, &ConnectionTestService::finished, qApp, [&report](const ConnectionTestReport &r) {
        report = r;
        QCoreApplication::quit();
    });
    if (Status started = service.start(t); !started)
        return fail(started.error().message, started.error().code == QLatin1String("unsupported") ? Usage : Failure);
    QCoreApplication::exec();

    const QString hint = trustHint(t, report);
    if (c.wantsJson()) {
        printJson(report.toJson());
        if (!hint.isEmpty())
            err() << hint << Qt::endl;
    } else {
        printReport(report);
        if (!hint.isEmpty())
            out() << hint << Qt::endl;
    }
    if (report.ok)
        return Ok;
    return report.firstError.code == QLatin1String("config") ? Failure : ItemFailed;
}

} // namespace

CliCommand testConnectionCommand()
{
    return {QStringLiteral("test-connection"), {{QStringLiteral("test-connection NAME"), QStringLiteral("check an ERP connection or a source")}}, cmdTestConnection};
}

} // namespace orderflow::cli
