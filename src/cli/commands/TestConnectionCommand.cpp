// `orderflow test-connection NAME`: checks an ERP connection or a source, found by name. SFTP ones (a dropzone in
// mode "sftp", a source of type "sftp") get the full probe: TCP connect, host key, authentication, SFTP, then list /
// write / rename / remove in every directory the engine will use, each step with its latency. Other connections run
// their connector's own test; folder sources the same directory checks locally. Nothing is exported, nothing is left
// behind, no secret is printed.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "connectors/ErpConnector.h"
#include "storage/ConfigRepository.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"
#include "transport/SftpConfig.h"
#include "transport/SftpProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace orderflow::cli {

namespace {

struct Target {
    QString kind;            // "connection" or "source"
    QString name;
    QString org;
    QString type;            // connector type or source type
    QJsonObject transport;   // config with "mode" set for SFTP
    bool sftp = false;
    QStringList listDirs;
    QStringList writeDirs;
    QStringList createdOnDemand;   // write dirs the engine creates itself when missing (source archive/error)
    qint64 connectionId = 0;
    ConnectionRecord connection;
};

QString configString(const QJsonObject &config, const char *key, const QString &fallback = {})
{
    const QString v = config.value(QLatin1String(key)).toString();
    return v.isEmpty() ? fallback : v;
}

QString parentDir(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : p.left(slash);
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

Target targetForConnection(const ConnectionRecord &c)
{
    Target t;
    t.kind = QStringLiteral("connection");
    t.name = c.name;
    t.org = c.orgSlug;
    t.type = c.type;
    t.transport = c.config;
    t.connectionId = c.id;
    t.connection = c;
    t.sftp = c.type == QLatin1String("DROPZONE_JSON_V1") && c.config.value(QStringLiteral("mode")).toString() == QLatin1String("sftp");
    const QString dir = configString(c.config, "path");
    const QString ackDir = configString(c.config, "ack_path", dir.isEmpty() ? QString() : joinPath(dir, QStringLiteral("ack")));
    appendUnique(t.listDirs, dir);
    appendUnique(t.listDirs, ackDir);
    appendUnique(t.writeDirs, dir);      // NAME.tmp → NAME
    appendUnique(t.writeDirs, ackDir);   // ack files move to processed/ and error/ below it
    return t;
}

Target targetForSource(const SourceRecord &s)
{
    Target t;
    t.kind = QStringLiteral("source");
    t.name = s.name;
    t.org = s.orgSlug;
    t.type = s.type;
    t.transport = s.config;
    t.sftp = s.type == QLatin1String("sftp");
    if (t.sftp)
        t.transport.insert(QStringLiteral("mode"), QStringLiteral("sftp"));
    const QString dir = configString(s.config, "path");
    appendUnique(t.listDirs, dir);
    if (!dir.isEmpty()) {
        const QString archive = configString(s.config, "archive_path", joinPath(dir, QStringLiteral("archive")));
        const QString error = configString(s.config, "error_path", joinPath(dir, QStringLiteral("error")));
        appendUnique(t.writeDirs, archive);
        appendUnique(t.writeDirs, error);
        t.createdOnDemand << archive << error;
        appendUnique(t.writeDirs, configString(s.config, "outbound_path"));
    }
    return t;
}

// The engine creates a source's archive and error directories on first use; when one does not exist yet, check that
// its parent takes the probe instead (and say so), rather than failing a setup that will work.
QStringList resolveOnDemandDirs(FileStore &store, const Target &t, QStringList *notes)
{
    QStringList dirs;
    for (const QString &dir : t.writeDirs) {
        if (!t.createdOnDemand.contains(dir)) {
            appendUnique(dirs, dir);
            continue;
        }
        Result<bool> present = store.exists(dir);
        if (present && !*present) {
            const QString parent = parentDir(dir);
            notes->append(QStringLiteral("%1 does not exist yet; OrderFlow creates it on first use (checked %2 instead)").arg(dir, parent));
            appendUnique(dirs, parent);
        } else {
            appendUnique(dirs, dir);   // present, or unknown (the probe then reports what is wrong)
        }
    }
    return dirs;
}

// Folder sources: the same directory checks as the SFTP probe, on the local file system.
SftpProbeReport probeLocal(FileStore &store, const QStringList &listDirs, const QStringList &writeDirs)
{
    SftpProbeReport report;
    report.target = store.describe();
    auto add = [&](SftpProbeStep step, const Status &s) {
        step.ok = s.ok();
        if (!s.ok()) {
            step.error = s.error();
            if (report.firstError.code.isEmpty())
                report.firstError = s.error();
        }
        report.steps.append(step);
    };
    QElapsedTimer timer;
    for (const QString &dir : listDirs) {
        SftpProbeStep step;
        step.name = QStringLiteral("list %1").arg(dir);
        timer.start();
        auto listed = store.list(dir, {});
        step.ms = timer.elapsed();
        if (listed)
            step.detail = QStringLiteral("%1 files").arg(listed->size());
        add(step, listed ? Status() : Status(listed.error()));
    }
    for (const QString &dir : writeDirs) {
        const QString probe = joinPath(dir, QStringLiteral(".orderflow-probe-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        SftpProbeStep write;
        write.name = QStringLiteral("write and rename %1").arg(probe);
        timer.start();
        const Status w = store.writeAtomic(probe, QByteArrayLiteral("OrderFlow connection test; safe to delete.\n"), false);
        write.ms = timer.elapsed();
        add(write, w);
        if (!w)
            continue;
        SftpProbeStep remove;
        remove.name = QStringLiteral("remove %1").arg(probe);
        timer.start();
        const Status r = store.remove(probe);
        remove.ms = timer.elapsed();
        add(remove, r);
    }
    report.ok = report.firstError.code.isEmpty();
    return report;
}

// A connector's own checks (REST, mock, a local dropzone) in the same shape.
SftpProbeReport fromConnectorChecks(const QString &target, const QList<ConnectionCheck> &checks)
{
    SftpProbeReport report;
    report.target = target;
    for (const ConnectionCheck &c : checks) {
        SftpProbeStep step;
        step.name = c.step;
        step.ok = c.ok;
        step.ms = c.latencyMs;
        if (c.ok) {
            step.detail = c.detail;
        } else {
            step.error = Error(QStringLiteral("check_failed"), c.detail);
            if (report.firstError.code.isEmpty())
                report.firstError = step.error;
        }
        report.steps.append(step);
    }
    report.ok = report.firstError.code.isEmpty() && !checks.isEmpty();
    if (checks.isEmpty())
        report.firstError = Error(QStringLiteral("check_failed"), QStringLiteral("the connector ran no checks"));
    return report;
}

void recordConnectionTest(Database &db, qint64 connectionId, const SftpProbeReport &report)
{
    QJsonObject summary{{QStringLiteral("ok"), report.ok}, {QStringLiteral("steps"), int(report.steps.size())}};
    if (!report.ok) {
        summary.insert(QStringLiteral("error_code"), report.firstError.code);
        summary.insert(QStringLiteral("error"), report.firstError.message);
    }
    QSqlQuery &q = db.query(QStringLiteral("UPDATE erp_connection SET last_test_at = ?, last_test_result = ? WHERE id = ?"));
    q.addBindValue(nowText());
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(connectionId);
    if (!execQuery(q, QStringLiteral("recording the test result")))
        err() << "orderflow: note: could not record the test result in the database." << Qt::endl;
}

void printReport(const Target &t, const SftpProbeReport &report, const QStringList &notes)
{
    out() << QStringLiteral("Testing %1 '%2' (%3, org %4): %5\n").arg(t.kind, t.name, t.type, t.org, report.target.isEmpty() ? QStringLiteral("?") : report.target);
    for (const SftpProbeStep &s : report.steps) {
        const QString ms = s.ms < 0 ? QStringLiteral("    -") : QStringLiteral("%1 ms").arg(s.ms, 5);
        out() << QStringLiteral("  %1  %2  %3").arg(s.ok ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), ms).arg(s.name);
        if (s.ok && !s.detail.isEmpty())
            out() << QStringLiteral("  (%1)").arg(s.detail);
        if (!s.ok)
            out() << QStringLiteral("\n        %1").arg(s.error.message);
        out() << '\n';
    }
    for (const QString &n : notes)
        out() << QStringLiteral("  note: %1\n").arg(n);
    if (report.ok)
        out() << QStringLiteral("result: ok\n");
    else
        out() << QStringLiteral("result: FAILED (%1)\n").arg(report.firstError.code);
    out().flush();
}

// After an unknown host key: how to trust it — but only after checking the fingerprint out of band.
QString trustHint(const Target &t, const SftpProbeReport &report)
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

    QList<Target> matches;
    if (!c.parser.isSet(asSource)) {
        auto conns = config.connections();
        if (!conns)
            return fail(conns.error().message);
        for (const ConnectionRecord &cr : *conns)
            if (cr.name == name && (orgSlug.isEmpty() || cr.orgSlug == orgSlug))
                matches.append(targetForConnection(cr));
    }
    if (!c.parser.isSet(asConnection)) {
        auto sources = config.sources();
        if (!sources)
            return fail(sources.error().message);
        for (const SourceRecord &s : *sources)
            if (s.name == name && (orgSlug.isEmpty() || s.orgSlug == orgSlug))
                matches.append(targetForSource(s));
    }
    if (matches.isEmpty())
        return fail(QStringLiteral("no connection or source named '%1'%2.").arg(name, orgSlug.isEmpty() ? QString() : QStringLiteral(" in org '%1'").arg(orgSlug)), NotFound);
    if (matches.size() > 1) {
        QStringList which;
        for (const Target &t : std::as_const(matches))
            which << QStringLiteral("%1 in org %2").arg(t.kind, t.org);
        return fail(QStringLiteral("'%1' names more than one thing (%2); add --org SLUG, --source or --connection.").arg(name, which.join(QStringLiteral(", "))), Usage);
    }
    const Target &t = matches.first();

    SftpProbeReport report;
    QStringList notes;
    if (t.sftp) {
        QStringList writeDirs = t.writeDirs;
        if (!t.createdOnDemand.isEmpty()) {
            if (auto store = createFileStore(t.transport); store && (*store)->open()) {
                writeDirs = resolveOnDemandDirs(**store, t, &notes);
                (*store)->close();
            }
        }
        report = probeSftpConnection(t.transport, SftpProbePaths{t.listDirs, writeDirs});
    } else if (t.kind == QLatin1String("connection")) {
        auto connector = ConnectorRegistry::instance().create(t.connection);
        if (!connector)
            return fail(connector.error().message, codeFor(connector.error()));
        report = fromConnectorChecks(t.type, (*connector)->test());
    } else if (t.type == QLatin1String("folder")) {
        auto store = createFileStore(t.transport);
        if (!store)
            return fail(store.error().message);
        report = probeLocal(**store, t.listDirs, resolveOnDemandDirs(**store, t, &notes));
    } else {
        return fail(QStringLiteral("source '%1' is of type '%2'; test-connection checks sftp and folder sources and ERP connections.").arg(t.name, t.type), Usage);
    }
    if (t.kind == QLatin1String("connection"))
        recordConnectionTest(**db, t.connectionId, report);

    const QString hint = trustHint(t, report);
    if (c.wantsJson()) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("kind"), t.kind);
        o.insert(QStringLiteral("name"), t.name);
        o.insert(QStringLiteral("org"), t.org);
        o.insert(QStringLiteral("type"), t.type);
        if (!notes.isEmpty())
            o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
        if (!report.fingerprint.isEmpty())
            o.insert(QStringLiteral("fingerprint"), report.fingerprint);
        printJson(o);
        if (!hint.isEmpty())
            err() << hint << Qt::endl;
    } else {
        printReport(t, report, notes);
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
    return {QStringLiteral("test-connection"), QStringLiteral("test-connection NAME"), QStringLiteral("check an ERP connection or a source"), cmdTestConnection};
}

} // namespace orderflow::cli
