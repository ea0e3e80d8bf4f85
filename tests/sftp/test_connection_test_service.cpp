// The connection test service (pipeline/ConnectionTestService) against a real OpenSSH sshd, real folders and a real
// SQLite file: one signal per step as it ends, with its latency, in order; a failing step stops what depends on it
// and says why; the result of a connection is recorded; cancel() ends a test blocked on a server that accepts TCP
// and never answers within two seconds.
#include "fixtures/SilentServer.h"
#include "../integration/Workspace.h"
#include "sshd/SshdFixture.h"
#include "domain/Cancellation.h"
#include "pipeline/ConnectionTestService.h"
#include "storage/ConnectionTestRepository.h"
#include "transport/FileStore.h"
#include "transport/SftpSession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <thread>

using namespace orderflow;
using orderflow::test::SilentServer;
using orderflow::test::SshdFixture;
using orderflow::test::Workspace;

namespace {

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

// One org "acme" with an ERP connection "erp" and a source "partner" of the given types and configs.
QJsonObject configDoc(const QString &connectionType, const QJsonObject &connectionConfig, const QString &sourceType, const QJsonObject &sourceConfig)
{
    return QJsonObject{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}},
        {QStringLiteral("connections"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")},
                                                               {QStringLiteral("type"), connectionType}, {QStringLiteral("config"), connectionConfig}}}},
        {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("partner")},
                                                           {QStringLiteral("type"), sourceType}, {QStringLiteral("config"), sourceConfig}}}},
    };
}

ConnectionTestTarget connectionTarget(Workspace &ws)
{
    auto connections = ConfigRepository(*ws.db).connections();
    if (!connections || connections->size() != 1)
        qFatal("expected one connection");
    return ConnectionTestTarget::forConnection(connections->first());
}

ConnectionTestTarget sourceTarget(Workspace &ws)
{
    auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("partner"));
    if (!source)
        qFatal("%s", qPrintable(source.error().message));
    return ConnectionTestTarget::forSource(*source);
}

struct StepSignal {
    QString name;
    bool ok = false;
    qint64 ms = -1;
    QString detail;
};

QList<StepSignal> stepSignals(const QSignalSpy &spy)
{
    QList<StepSignal> out;
    for (const QList<QVariant> &args : spy)
        out.append(StepSignal{args.at(0).toString(), args.at(1).toBool(), args.at(2).toLongLong(), args.at(3).toString()});
    return out;
}

ConnectionTestReport reportOf(const QSignalSpy &finished)
{
    return finished.first().first().value<ConnectionTestReport>();
}

QString describe(const ConnectionTestReport &r)
{
    QStringList lines{QStringLiteral("ok=%1 error=%2: %3").arg(r.ok).arg(r.firstError.code, r.firstError.message)};
    for (const ConnectionTestStep &s : r.steps)
        lines << QStringLiteral("  %1 %2 %3 ms %4").arg(s.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"), s.name).arg(s.latencyMs).arg(s.detail);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestConnectionTestService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void sftpSourceStepsInOrderWithLatencies();
    void sftpConnectionResultIsRecorded();
    void unknownHostKeyStopsTheRest();
    void folderSourceAndLocalDropzone();
    void brokenConnectionConfigIsAStep();
    void busyAndUnsupported();
    void cancelDuringHungConnect();
    void destroyedDuringHungConnect();
    void cancelAtAnyMomentOfTheConnect();
    void sessionAbortInterruptsHungOperation();

private:
    QString makeBase(const QString &name);
    // SFTP settings for a server that never answers: only a cancel can end a connect in time.
    QJsonObject silentServerConfig(int port) const;

    SshdFixture m_sshd;
    QString m_noSshd;   // why sshd cannot run here; empty when it runs
    QTemporaryDir m_tmp;
};

void TestConnectionTestService::initTestCase()
{
    // The folder, dropzone and service-state tests run without sshd; the SFTP ones skip when it is missing.
    if (!SshdFixture::available(&m_noSshd))
        return;
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_noSshd.clear();
}

QString TestConnectionTestService::makeBase(const QString &name)
{
    const QString base = m_sshd.dataDir() + QLatin1Char('/') + name;
    for (const char *sub : {"/in", "/dropzone", "/ack"})
        QDir().mkpath(base + QLatin1String(sub));
    return base;
}

QJsonObject TestConnectionTestService::silentServerConfig(int port) const
{
    return QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("port"), port}, {QStringLiteral("user"), QStringLiteral("nobody")},
                       {QStringLiteral("key_file"), m_tmp.filePath(QStringLiteral("never_read_key"))},
                       {QStringLiteral("known_hosts"), m_tmp.filePath(QStringLiteral("known_hosts"))},
                       {QStringLiteral("connect_timeout_ms"), 60000}};
}

void TestConnectionTestService::sftpSourceStepsInOrderWithLatencies()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    Workspace ws;
    const QString base = makeBase(QStringLiteral("order"));
    QJsonObject transport = m_sshd.sftpConfig();
    transport.remove(QStringLiteral("mode"));
    ws.apply(configDoc(QStringLiteral("MOCK"), {}, QStringLiteral("sftp"), merged(transport, {{QStringLiteral("path"), QString(base + QStringLiteral("/in"))}})));

    ConnectionTestService service(ws.dbPath);
    QSignalSpy steps(&service, &ConnectionTestService::stepFinished);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    QVERIFY(service.start(sourceTarget(ws)).ok());
    QVERIFY(service.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!service.isRunning());
    const ConnectionTestReport report = reportOf(finished);
    QVERIFY2(report.ok, qPrintable(describe(report)));

    // One signal per step, in the order they ran, each with its latency — the same steps the report lists.
    const QList<StepSignal> seen = stepSignals(steps);
    QStringList names;
    for (const StepSignal &s : seen) {
        QVERIFY2(s.ok, qPrintable(s.name));
        QVERIFY2(s.ms >= 0, qPrintable(s.name));
        names << s.name;
    }
    const QString in = base + QStringLiteral("/in");
    QCOMPARE(names.mid(0, 5), (QStringList{QStringLiteral("connect"), QStringLiteral("host key"), QStringLiteral("authenticate"), QStringLiteral("sftp"),
                                           QStringLiteral("list ") + in}));
    // archive/ and error/ do not exist yet: their parent takes the write probe instead, once, and a note says so.
    QCOMPARE(names.size(), 8);
    QVERIFY2(names.at(5).startsWith(QStringLiteral("write ") + in + QStringLiteral("/.orderflow-probe-")), qPrintable(names.at(5)));
    QVERIFY2(names.at(6).startsWith(QStringLiteral("rename to ") + in + QStringLiteral("/.orderflow-probe-")), qPrintable(names.at(6)));
    QVERIFY2(names.at(7).startsWith(QStringLiteral("remove ") + in + QStringLiteral("/.orderflow-probe-")), qPrintable(names.at(7)));
    QCOMPARE(report.steps.size(), seen.size());
    for (qsizetype i = 0; i < seen.size(); ++i) {
        QCOMPARE(report.steps.at(i).name, seen.at(i).name);
        QCOMPARE(report.steps.at(i).latencyMs, seen.at(i).ms);
    }
    QCOMPARE(seen.at(1).detail, QStringLiteral("ssh-ed25519 ") + m_sshd.hostKeyFingerprint());
    QCOMPARE(seen.at(4).detail, QStringLiteral("0 files"));
    QCOMPARE(report.notes.size(), 2);
    QVERIFY2(report.notes.first().contains(in + QStringLiteral("/archive does not exist yet; OrderFlow creates it on first use")), qPrintable(report.notes.first()));
    QCOMPARE(report.endpoint, QStringLiteral("sftp://%1@127.0.0.1:%2").arg(m_sshd.sftpConfig().value(QStringLiteral("user")).toString()).arg(m_sshd.port()));
    QVERIFY(report.totalMs >= 0);
    QCOMPARE(QDir(in).entryList(QDir::Files | QDir::Hidden), QStringList());   // nothing left behind
}

void TestConnectionTestService::sftpConnectionResultIsRecorded()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    Workspace ws;
    const QString base = makeBase(QStringLiteral("recorded"));
    ws.apply(configDoc(QStringLiteral("DROPZONE_JSON_V1"),
                       merged(m_sshd.sftpConfig(), {{QStringLiteral("path"), QString(base + QStringLiteral("/dropzone"))}, {QStringLiteral("ack_path"), QString(base + QStringLiteral("/ack"))}}),
                       QStringLiteral("folder"), {{QStringLiteral("path"), ws.inbox}}));
    const ConnectionTestTarget target = connectionTarget(ws);
    auto before = ConnectionTestRepository(*ws.db).last(target.id);
    QVERIFY(before.ok());
    QVERIFY(!before->has_value());   // never tested

    ConnectionTestService service(ws.dbPath);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    QVERIFY(service.start(target).ok());
    QVERIFY(finished.wait(20000));
    const ConnectionTestReport report = reportOf(finished);
    QVERIFY2(report.ok, qPrintable(describe(report)));

    // What the connection keeps: when, the verdict, and every step with its latency.
    auto last = ConnectionTestRepository(*ws.db).last(target.id);
    QVERIFY(last.ok());
    QVERIFY(last->has_value());
    const ConnectionTestRecord &record = **last;
    QVERIFY(qAbs(record.testedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(record.result.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(record.result.value(QStringLiteral("kind")).toString(), QStringLiteral("connection"));
    const QJsonArray steps = record.result.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), report.steps.size());
    QStringList names;
    for (const QJsonValue &s : steps) {
        QVERIFY(s.toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(s.toObject().value(QStringLiteral("ms")).toInteger(-1) >= 0);
        names << s.toObject().value(QStringLiteral("step")).toString();
    }
    QVERIFY2(names.contains(QStringLiteral("list %1/dropzone").arg(base)) && names.contains(QStringLiteral("list %1/ack").arg(base)), qPrintable(names.join(QLatin1Char('\n'))));
    QCOMPARE(QDir(base + QStringLiteral("/dropzone")).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestConnectionTestService::unknownHostKeyStopsTheRest()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    Workspace ws;
    const QString base = makeBase(QStringLiteral("hostkey"));
    const QString emptyKnownHosts = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
    ws.apply(configDoc(QStringLiteral("DROPZONE_JSON_V1"),
                       merged(m_sshd.sftpConfig(), {{QStringLiteral("path"), QString(base + QStringLiteral("/dropzone"))},
                                                    {QStringLiteral("ack_path"), QString(base + QStringLiteral("/ack"))},
                                                    {QStringLiteral("known_hosts"), emptyKnownHosts}}),
                       QStringLiteral("folder"), {{QStringLiteral("path"), ws.inbox}}));
    const ConnectionTestTarget target = connectionTarget(ws);

    ConnectionTestService service(ws.dbPath);
    QSignalSpy steps(&service, &ConnectionTestService::stepFinished);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    QVERIFY(service.start(target).ok());
    QVERIFY(finished.wait(20000));
    const ConnectionTestReport report = reportOf(finished);

    // Connected, then the host key failed: nothing after it ran (no authentication, no listing, no write).
    const QList<StepSignal> seen = stepSignals(steps);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).name, QStringLiteral("connect"));
    QVERIFY(seen.at(0).ok);
    QCOMPARE(seen.at(1).name, QStringLiteral("host key"));
    QVERIFY(!seen.at(1).ok);
    QVERIFY2(seen.at(1).detail.contains(QStringLiteral("is not known")) && seen.at(1).detail.contains(m_sshd.hostKeyFingerprint())
                 && seen.at(1).detail.contains(QStringLiteral("orderflow hostkey trust")),
             qPrintable(seen.at(1).detail));
    QVERIFY(!report.ok);
    QVERIFY(!report.cancelled);
    QCOMPARE(report.firstError.code, FileError::HostKey);
    QCOMPARE(report.fingerprint, m_sshd.hostKeyFingerprint());

    // The failure is recorded too, with the reason.
    auto last = ConnectionTestRepository(*ws.db).last(target.id);
    QVERIFY(last.ok() && last->has_value());
    QCOMPARE((*last)->result.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE((*last)->result.value(QStringLiteral("error_code")).toString(), FileError::HostKey);
    QCOMPARE((*last)->result.value(QStringLiteral("steps")).toArray().size(), 2);
}

void TestConnectionTestService::folderSourceAndLocalDropzone()
{
    Workspace ws;
    QDir().mkpath(ws.inbox + QStringLiteral("/archive"));
    ws.apply(configDoc(QStringLiteral("DROPZONE_JSON_V1"), {{QStringLiteral("path"), ws.dropzone}, {QStringLiteral("ack_path"), ws.acks}},
                       QStringLiteral("folder"), {{QStringLiteral("path"), ws.inbox}}));
    ws.drop(QStringLiteral("waiting.json"), Workspace::order(1));

    ConnectionTestService service(ws.dbPath);
    QSignalSpy steps(&service, &ConnectionTestService::stepFinished);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    QVERIFY(service.start(sourceTarget(ws)).ok());
    QVERIFY(finished.wait(10000));
    ConnectionTestReport report = reportOf(finished);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(report.endpoint, QStringLiteral("local file system"));
    QStringList names;
    for (const StepSignal &s : stepSignals(steps)) {
        QVERIFY(s.ok && s.ms >= 0);
        names << s.name.section(QLatin1Char(' '), 0, 0);
    }
    // list inbox; archive exists (probed itself), error does not (its parent, the inbox, instead)
    QCOMPARE(names, (QStringList{QStringLiteral("list"), QStringLiteral("write"), QStringLiteral("remove"), QStringLiteral("write"), QStringLiteral("remove")}));
    QCOMPARE(report.steps.first().detail, QStringLiteral("1 files"));
    QVERIFY(report.steps.at(1).name.startsWith(QStringLiteral("write and rename ") + ws.inbox + QStringLiteral("/archive/.orderflow-probe-")));
    QCOMPARE(report.notes.size(), 1);
    QCOMPARE(QDir(ws.inbox + QStringLiteral("/archive")).entryList(QDir::Files | QDir::Hidden), QStringList());   // nothing left behind
    QCOMPARE(QDir(ws.inbox).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("waiting.json")});

    // The local dropzone runs the connector's own checks, and the result is recorded.
    steps.clear();
    finished.clear();
    QVERIFY(service.start(connectionTarget(ws)).ok());
    QVERIFY(finished.wait(10000));
    report = reportOf(finished);
    QVERIFY2(report.ok, qPrintable(describe(report)));
    QCOMPARE(steps.size(), report.steps.size());
    QCOMPARE(steps.first().at(0).toString(), QStringLiteral("connect"));
    auto last = ConnectionTestRepository(*ws.db).last(report.id);
    QVERIFY(last.ok() && last->has_value());
    QCOMPARE((*last)->result.value(QStringLiteral("ok")).toBool(), true);
}

void TestConnectionTestService::brokenConnectionConfigIsAStep()
{
    Workspace ws;
    ws.apply(configDoc(QStringLiteral("MOCK"), {}, QStringLiteral("folder"), {{QStringLiteral("path"), ws.inbox}}));
    ConnectionTestTarget target = connectionTarget(ws);
    target.connection.type = QStringLiteral("NO_SUCH_TYPE");   // as if a newer OrderFlow had stored it

    ConnectionTestService service(ws.dbPath);
    QSignalSpy steps(&service, &ConnectionTestService::stepFinished);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    QVERIFY(service.start(target).ok());
    QVERIFY(finished.wait(10000));
    const ConnectionTestReport report = reportOf(finished);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().at(0).toString(), QStringLiteral("configuration"));
    QCOMPARE(steps.first().at(1).toBool(), false);
    QVERIFY2(steps.first().at(3).toString().contains(QStringLiteral("NO_SUCH_TYPE")), qPrintable(steps.first().at(3).toString()));
    QCOMPARE(report.firstError.code, QStringLiteral("config"));
    QVERIFY(!report.ok);
}

void TestConnectionTestService::busyAndUnsupported()
{
    Workspace ws;
    ws.apply(configDoc(QStringLiteral("MOCK"), {}, QStringLiteral("folder"), {{QStringLiteral("path"), ws.inbox}}));
    ConnectionTestService service(ws.dbPath);
    QSignalSpy finished(&service, &ConnectionTestService::finished);

    ConnectionTestTarget rest = sourceTarget(ws);
    rest.type = QStringLiteral("rest");
    const Status unsupported = service.start(rest);
    QVERIFY(!unsupported.ok());
    QCOMPARE(unsupported.error().code, QStringLiteral("unsupported"));
    QVERIFY2(unsupported.error().message.contains(QStringLiteral("'rest'")), qPrintable(unsupported.error().message));
    QVERIFY(!service.isRunning());

    QVERIFY(service.start(connectionTarget(ws)).ok());
    const Status busy = service.start(sourceTarget(ws));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code, QStringLiteral("busy"));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(reportOf(finished).ok);
}

void TestConnectionTestService::cancelDuringHungConnect()
{
    SilentServer silent;
    Workspace ws;
    const QJsonObject sftp = silentServerConfig(silent.port());
    ws.apply(configDoc(QStringLiteral("DROPZONE_JSON_V1"), merged(sftp, {{QStringLiteral("path"), QStringLiteral("/dropzone")}}),
                       QStringLiteral("folder"), {{QStringLiteral("path"), ws.inbox}}));
    const ConnectionTestTarget target = connectionTarget(ws);

    ConnectionTestService service(ws.dbPath);
    QSignalSpy steps(&service, &ConnectionTestService::stepFinished);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    QVERIFY(service.start(target).ok());
    QTRY_COMPARE_WITH_TIMEOUT(silent.connections(), 1, 5000);   // the client waits for a banner that never comes
    QTest::qWait(300);
    QVERIFY(service.isRunning());
    QCOMPARE(steps.size(), 0);

    QElapsedTimer timer;
    timer.start();
    service.cancel();
    QVERIFY(finished.wait(5000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("finished %1 ms after cancel()").arg(elapsed)));

    const ConnectionTestReport report = reportOf(finished);
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QCOMPARE(report.firstError.code, CancelledCode);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().at(0).toString(), QStringLiteral("connect"));
    QCOMPARE(steps.first().at(1).toBool(), false);
    QVERIFY2(steps.first().at(3).toString().contains(QStringLiteral("Cancelled")), qPrintable(steps.first().at(3).toString()));
    // A cancelled test says nothing about the connection: nothing recorded.
    auto last = ConnectionTestRepository(*ws.db).last(target.id);
    QVERIFY(last.ok());
    QVERIFY(!last->has_value());
}

void TestConnectionTestService::destroyedDuringHungConnect()
{
    SilentServer silent;
    Workspace ws;
    const QJsonObject sftp = silentServerConfig(silent.port());
    ws.apply(configDoc(QStringLiteral("MOCK"), {}, QStringLiteral("sftp"), merged(sftp, {{QStringLiteral("path"), QStringLiteral("/in")}})));

    auto service = std::make_unique<ConnectionTestService>(ws.dbPath);
    QVERIFY(service->start(sourceTarget(ws)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(silent.connections(), 1, 5000);
    QElapsedTimer timer;
    timer.start();
    service.reset();   // cancels and joins the test's thread
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestConnectionTestService::cancelAtAnyMomentOfTheConnect()
{
    // Before the socket exists, while it connects, while it waits for the banner: the cancel always lands.
    SilentServer silent;
    Workspace ws;
    ws.apply(configDoc(QStringLiteral("MOCK"), {}, QStringLiteral("sftp"), merged(silentServerConfig(silent.port()), {{QStringLiteral("path"), QStringLiteral("/in")}})));
    const ConnectionTestTarget target = sourceTarget(ws);
    ConnectionTestService service(ws.dbPath);
    QSignalSpy finished(&service, &ConnectionTestService::finished);
    for (int i = 0; i < 30; ++i) {
        QVERIFY(service.start(target).ok());
        if (i % 3 == 1)
            QThread::usleep(200 * (i % 7));
        else if (i % 3 == 2)
            QTest::qWait(i % 5);
        QElapsedTimer timer;
        timer.start();
        service.cancel();
        QVERIFY2(finished.wait(3000), qPrintable(QStringLiteral("round %1").arg(i)));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("round %1: %2 ms").arg(i).arg(timer.elapsed())));
        const ConnectionTestReport report = reportOf(finished);
        QVERIFY(report.cancelled);
        QCOMPARE(report.firstError.code, CancelledCode);
        finished.clear();
    }
}

void TestConnectionTestService::sessionAbortInterruptsHungOperation()
{
    if (!m_noSshd.isEmpty())
        QSKIP(qPrintable(m_noSshd));
    // A server that stops answering after the connection is up: abort() from another thread ends the blocked call.
    QJsonObject config = m_sshd.sftpConfig();
    config.insert(QStringLiteral("io_timeout_ms"), 60000);
    Result<SftpConfig> parsed = SftpConfig::fromJson(config);
    QVERIFY(parsed.ok());
    SftpSession session(*parsed);
    QVERIFY(session.connect().ok());
    QVERIFY(m_sshd.suspend().ok());
    Result<QList<SftpEntry>> listed = QList<SftpEntry>();
    std::atomic<bool> done{false};
    std::thread worker([&] {
        listed = session.listDirectory(m_sshd.dataDir());
        done = true;
    });
    QTest::qWait(300);
    const bool blocked = !done;
    QElapsedTimer timer;
    timer.start();
    session.abort();
    worker.join();
    const qint64 elapsed = timer.elapsed();
    QVERIFY(m_sshd.resume().ok());
    QVERIFY(blocked);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, FileError::Connection);
    QVERIFY2(listed.error().message.contains(QStringLiteral("Stopped")), qPrintable(listed.error().message));
    // An aborted session stays closed.
    const Status again = session.connect();
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("Stopped")), qPrintable(again.error().message));
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestConnectionTestService)
#include "test_connection_test_service.moc"
