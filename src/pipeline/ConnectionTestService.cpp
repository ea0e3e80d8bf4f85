#include "pipeline/ConnectionTestService.h"

#include "connectors/DropzoneConnector.h"
#include "connectors/ErpConnector.h"
#include "domain/Cancellation.h"
#include "domain/messages/ConnectionMessages.h"
#include "sources/FileSource.h"
#include "sources/SourceSettings.h"
#include "storage/ConnectionTestRepository.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"
#include "transport/FileStore.h"
#include "transport/SftpConfigSchema.h"
#include "transport/SftpProbe.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <functional>

Q_LOGGING_CATEGORY(lcConnectionTest, "orderflow.connectiontest")

namespace orderflow {
namespace {

using StepSink = std::function<void(const ConnectionTestStep &)>;

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

ConnectionTestStep stepFrom(const SftpProbeStep &s)
{
    return ConnectionTestStep{s.name, s.ok, s.ms, s.ok ? s.detail : s.error.message, s.ok ? QString() : s.error.code};
}

Error cancelledError()
{
    return Error(CancelledCode, msg::TestCancelled());
}

// Collects the steps of one test and hands each on as it ends.
class StepLog {
public:
    StepLog(ConnectionTestReport &report, StepSink sink) : m_report(report), m_sink(std::move(sink)) {}

    void add(const ConnectionTestStep &step)
    {
        m_report.steps.append(step);
        if (!step.ok && (m_report.firstError.code.isEmpty() || step.errorCode == CancelledCode))
            m_report.firstError = Error(step.errorCode, step.detail);
        m_sink(step);
    }
    void add(const QString &name, qint64 ms, const Status &s, const QString &detail = {})
    {
        add(ConnectionTestStep{name, s.ok(), ms, s.ok() ? detail : s.error().message, s.ok() ? QString() : s.error().code});
    }

private:
    ConnectionTestReport &m_report;
    StepSink m_sink;
};

// SFTP sources and dropzones: connect, host key, authentication, SFTP, then every directory (transport/SftpProbe).
void testOverSftp(const ConnectionTestTarget &t, ConnectionTestReport &report, Cancellation &cancellation, const StepSink &sink)
{
    SftpProbeControl control;
    control.stepDone = [&sink](const SftpProbeStep &s) { sink(stepFrom(s)); };
    control.cancellation = &cancellation;
    const SftpProbeReport probe = probeSftpConnection(t.transport, SftpProbePaths{t.listDirs, t.writeDirs, t.createdOnDemand}, control);
    report.endpoint = probe.target;
    for (const SftpProbeStep &s : probe.steps)
        report.steps.append(stepFrom(s));
    report.firstError = probe.firstError;
    report.hostKey = probe.hostKey;
    report.fingerprint = probe.fingerprint;
    report.notes += probe.notes;
}

// Folder sources: the same directory checks as over SFTP, on the local file system.
void testLocalFolder(const ConnectionTestTarget &t, ConnectionTestReport &report, Cancellation &cancellation, const StepSink &sink)
{
    StepLog log(report, sink);
    auto store = createFileStore(t.transport);
    if (!store) {
        log.add(msg::StepConfiguration(), -1, Status(store.error()));
        return;
    }
    FileStore *s = store->get();
    const Cancellation::Interrupt interrupt = cancellation.onCancel([s] { s->abort(); });
    report.endpoint = (*store)->describe();
    QElapsedTimer timer;
    for (const QString &dir : t.listDirs) {
        if (cancellation.isCancelled())
            return;
        timer.start();
        auto listed = (*store)->list(dir, {});
        log.add(msg::StepList(dir), timer.elapsed(), listed ? Status() : Status(listed.error()), listed ? msg::FileCount(listed->size()) : QString());
    }
    QStringList writeDirs;
    for (const QString &dir : t.writeDirs) {
        QString checked = dir;
        if (t.createdOnDemand.contains(dir)) {
            Result<bool> present = (*store)->exists(dir);
            if (present && !*present) {
                checked = parentPath(dir);
                report.notes.append(msg::CreatedOnFirstUse(dir, checked));
            }   // present, or unknown: the write step then reports what is wrong
        }
        appendUnique(writeDirs, checked);
    }
    for (const QString &dir : std::as_const(writeDirs)) {
        if (cancellation.isCancelled())
            return;
        const QString probe = joinPath(dir, QStringLiteral(".orderflow-probe-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        timer.start();
        const Status written = (*store)->writeAtomic(probe, QByteArrayLiteral("OrderFlow connection test; safe to delete.\n"), false);
        log.add(msg::StepWriteAndRename(probe), timer.elapsed(), written);
        if (!written)
            continue;
        timer.start();
        const Status removed = (*store)->remove(probe);
        log.add(msg::StepRemove(probe), timer.elapsed(), removed);
    }
}

// Other connections: the connector's own checks (a local dropzone, a mock). They run as one call: a cancel
// aborts the connector's network work, and no step is reported after it.
void testWithConnector(const ConnectionTestTarget &t, ConnectionTestReport &report, Cancellation &cancellation, const StepSink &sink)
{
    StepLog log(report, sink);
    report.endpoint = t.type;
    auto connector = ConnectorRegistry::instance().create(t.connection);
    if (!connector) {
        log.add(msg::StepConfiguration(), -1, Status(connector.error()));
        return;
    }
    ErpConnector *c = connector->get();
    const Cancellation::Interrupt interrupt = cancellation.onCancel([c] { c->abort(); });
    const QList<ConnectionCheck> checks = c->test();
    if (cancellation.isCancelled())
        return;
    for (const ConnectionCheck &c : checks)
        log.add(ConnectionTestStep{c.step, c.ok, c.latencyMs, c.detail, c.ok ? QString() : QStringLiteral("check_failed")});
    if (checks.isEmpty())
        report.firstError = Error(QStringLiteral("check_failed"), msg::NoChecksRan());
}

} // namespace

// ---- target and report --------------------------------------------------------------------------------------

ConnectionTestTarget ConnectionTestTarget::forConnection(const ConnectionRecord &c)
{
    ConnectionTestTarget t;
    t.kind = Kind::Connection;
    t.id = c.id;
    t.name = c.name;
    t.org = c.orgSlug;
    t.type = c.type;
    t.transport = c.config;
    t.connection = c;
    const bool dropzone = c.type == QLatin1String("DROPZONE_JSON_V1");
    const ConfigSchema &dz = DropzoneConnector::schema();
    t.sftp = dropzone && dz.stringValue(c.config, TransportKey::Mode) == TransportMode::Sftp;
    const QString dir = dropzone ? dz.stringValue(c.config, DropzoneKey::Path) : QString();
    const QString ackDir = dir.isEmpty() ? (dropzone ? dz.stringValue(c.config, DropzoneKey::AckPath) : QString()) : dropzoneAckPath(c.config);
    appendUnique(t.listDirs, dir);
    appendUnique(t.listDirs, ackDir);
    appendUnique(t.writeDirs, dir);      // NAME.tmp → NAME
    appendUnique(t.writeDirs, ackDir);   // ack files move to processed/ and error/ below it
    return t;
}

ConnectionTestTarget ConnectionTestTarget::forSource(const SourceRecord &s)
{
    ConnectionTestTarget t;
    t.kind = Kind::Source;
    t.id = s.id;
    t.name = s.name;
    t.org = s.orgSlug;
    t.type = s.type;
    t.transport = fileTransportOf(s);
    t.sftp = s.type == QLatin1String("sftp");
    const SourceSettings settings(s);
    const QString dir = settings.string(SourceKey::Path);
    appendUnique(t.listDirs, dir);
    if (!dir.isEmpty()) {
        const QString archive = settings.archivePath();
        const QString error = settings.errorPath();
        appendUnique(t.writeDirs, archive);
        appendUnique(t.writeDirs, error);
        t.createdOnDemand << archive << error;
        appendUnique(t.writeDirs, settings.string(SourceKey::OutboundPath));
    }
    return t;
}

QString ConnectionTestTarget::kindName() const
{
    return kind == Kind::Connection ? QStringLiteral("connection") : QStringLiteral("source");
}

QString ConnectionTestReport::kindName() const
{
    return kind == ConnectionTestTarget::Kind::Connection ? QStringLiteral("connection") : QStringLiteral("source");
}

QJsonObject ConnectionTestReport::toJson() const
{
    QJsonArray stepArray;
    for (const ConnectionTestStep &s : steps) {
        QJsonObject o{{QStringLiteral("step"), s.name}, {QStringLiteral("ok"), s.ok}, {QStringLiteral("ms"), s.latencyMs}};
        if (s.ok && !s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        if (!s.ok) {
            o.insert(QStringLiteral("error_code"), s.errorCode);
            o.insert(QStringLiteral("error"), s.detail);
        }
        stepArray.append(o);
    }
    QJsonObject out{{QStringLiteral("ok"), ok}, {QStringLiteral("target"), endpoint}, {QStringLiteral("steps"), stepArray},
                    {QStringLiteral("kind"), kindName()}, {QStringLiteral("name"), name}, {QStringLiteral("org"), org},
                    {QStringLiteral("type"), type}, {QStringLiteral("tested_at"), timeText(startedAt)},
                    {QStringLiteral("total_ms"), totalMs}};
    if (!fingerprint.isEmpty()) {
        out.insert(QStringLiteral("host_key"), QString(hostKey.type + QLatin1Char(' ') + fingerprint));
        out.insert(QStringLiteral("fingerprint"), fingerprint);
    }
    if (!ok) {
        out.insert(QStringLiteral("error_code"), firstError.code);
        out.insert(QStringLiteral("error"), firstError.message);
    }
    if (cancelled)
        out.insert(QStringLiteral("cancelled"), true);
    if (!notes.isEmpty())
        out.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return out;
}

// ---- the service ---------------------------------------------------------------------------------------------

// One test: written by its thread while it runs, read by the service once the thread has finished.
struct ConnectionTestService::Run {
    ConnectionTestTarget target;
    QString databasePath;
    Cancellation cancellation;
    ConnectionTestReport report;

    void execute(const StepSink &sink);
};

void ConnectionTestService::Run::execute(const StepSink &sink)
{
    const ConnectionTestTarget &t = target;
    report.kind = t.kind;
    report.id = t.id;
    report.name = t.name;
    report.org = t.org;
    report.type = t.type;
    report.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();
    qCDebug(lcConnectionTest, "testing %s '%s' of org '%s'", qUtf8Printable(t.kindName()), qUtf8Printable(t.name), qUtf8Printable(t.org));

    if (t.sftp)
        testOverSftp(t, report, cancellation, sink);
    else if (t.kind == ConnectionTestTarget::Kind::Connection)
        testWithConnector(t, report, cancellation, sink);
    else
        testLocalFolder(t, report, cancellation, sink);

    report.totalMs = total.elapsed();
    report.cancelled = cancellation.isCancelled();
    if (report.cancelled && report.firstError.code != CancelledCode)
        report.firstError = cancelledError();
    report.ok = report.firstError.code.isEmpty() && !report.steps.isEmpty();
    if (report.steps.isEmpty() && report.firstError.code.isEmpty())
        report.firstError = Error(QStringLiteral("check_failed"), msg::NoStepRan());
    qCInfo(lcConnectionTest, "%s '%s' of org '%s': %s in %lld ms", qUtf8Printable(t.kindName()), qUtf8Printable(t.name), qUtf8Printable(t.org),
           report.ok ? "ok" : qUtf8Printable(report.firstError.code), report.totalMs);

    if (report.cancelled || databasePath.isEmpty() || t.id <= 0)
        return;
    auto db = Database::open(databasePath, QStringLiteral("connection-test"));
    Status recorded = !db ? Status(db.error())
                      : t.kind == ConnectionTestTarget::Kind::Connection ? ConnectionTestRepository(**db).record(t.id, report.startedAt, report.toJson())
                                                                         : ConnectionTestRepository(**db).recordSource(t.id, report.startedAt, report.toJson());
    if (!recorded)
        report.notes.append(msg::TestNotRecorded(recorded.error().message));
}

ConnectionTestService::ConnectionTestService(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_worker(this, QStringLiteral("connection-test"))
{
    qRegisterMetaType<orderflow::ConnectionTestReport>("orderflow::ConnectionTestReport");
}

ConnectionTestService::~ConnectionTestService() = default;

Status ConnectionTestService::start(const ConnectionTestTarget &target)
{
    if (const Run *running = m_worker.current())
        return Error(QStringLiteral("busy"), msg::TestBusy(running->target.kindName(), running->target.name));
    if (target.kind == ConnectionTestTarget::Kind::Source && !target.sftp && target.type != QLatin1String("folder"))
        return Error(QStringLiteral("unsupported"), msg::TestUnsupported(target.name, target.type));

    auto run = std::make_shared<Run>();
    run->target = target;
    run->databasePath = m_databasePath;
    // Each step crosses to this object's thread as it ends; the lambdas die with this object (the destructor
    // waits for the thread, so `this` outlives every call from it).
    StepSink sink = [this](const ConnectionTestStep &step) {
        QMetaObject::invokeMethod(this, [this, step] { emit stepFinished(step.name, step.ok, step.latencyMs, step.detail); }, Qt::QueuedConnection);
    };
    // finished comes after every step.
    m_worker.start(std::move(run), [sink](Run &r) { r.execute(sink); }, [this](std::shared_ptr<Run> done) { emit finished(std::move(done->report)); });
    return {};
}

void ConnectionTestService::cancel()
{
    m_worker.cancel();
}

} // namespace orderflow
