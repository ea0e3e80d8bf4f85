// The secret-leak test (issue 10): connections and sources with distinctive secrets — a password in the credential
// store that works, one that is wrong, a wrong one in an environment variable — pushes that succeed and fail, then
// every place an operator or an attacker could read is searched for every secret, as it is and base64- or
// hex-encoded: the database file (and its WAL), the daemon's whole log at debug level, the push log, exports, every
// `--json` and text output of the CLI, error messages, `config export`, the files the ERP and the partner get.
// No hit anywhere. The run must also have done what it claims (orders delivered, failures recorded with the
// reference they came from), so the search is not over empty output.
#include "../integration/Workspace.h"
#include "SecretsTestSupport.h"
#include "sshd/SshdFixture.h"

#include <QDirIterator>

#include <unistd.h>

using namespace orderflow;
using namespace orderflow::test;

namespace {

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

QJsonObject secretRef(const QString &ref)
{
    return QJsonObject{{QStringLiteral("secret"), ref}};
}

} // namespace

class TestSecretLeaks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void noSecretAppearsAnywhere();

private:
    QProcessEnvironment env() const;
    QJsonObject folderSource(const QString &org, const QString &name, const QString &path) const;
    QJsonObject connection(const QString &org, const QString &name, const QJsonObject &sftp, const QString &base) const;

    SshdFixture m_sshd;
    QTemporaryDir m_tmp;
    QByteArray m_key;
    std::optional<SshdFixture::TestUser> m_user;
};

void TestSecretLeaks::initTestCase()
{
    QString why;
    if (!SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    if (!SshdFixture::isRoot())
        QSKIP("needs a throwaway ordinary user with a password on the sshd fixture (run as root)");
    QVERIFY(m_tmp.isValid());
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    Result<SshdFixture::TestUser> user = m_sshd.createTestUser();
    QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
    m_user = *user;
    QVERIFY2(m_user->password.size() >= 12, "the fixture's password is too short to search for");
    m_key = randomMasterKey();
}

QProcessEnvironment TestSecretLeaks::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("file"));
    e.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(m_key));
    e.insert(QStringLiteral("ORDERFLOW_SECRETS_FILE"), m_tmp.filePath(QStringLiteral("secrets.enc")));
    e.insert(QStringLiteral("ORDERFLOW_KNOWN_HOSTS"), m_tmp.filePath(QStringLiteral("known_hosts")));
    // Everything the engine can say, debug included.
    e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("orderflow*.debug=true"));
    return e;
}

QJsonObject TestSecretLeaks::folderSource(const QString &org, const QString &name, const QString &path) const
{
    return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("folder")},
                       {QStringLiteral("format"), QStringLiteral("auto")}, {QStringLiteral("auto_approve"), true},
                       {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("pattern"), QStringLiteral("*.json")},
                                                              {QStringLiteral("settle_ms"), 0}, {QStringLiteral("poll_interval_ms"), 200}}}};
}

QJsonObject TestSecretLeaks::connection(const QString &org, const QString &name, const QJsonObject &sftp, const QString &base) const
{
    return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")},
                       {QStringLiteral("retry_base_ms"), 200}, {QStringLiteral("retry_max_ms"), 1000}, {QStringLiteral("max_retries"), 2},
                       {QStringLiteral("config"), merged(sftp, QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")},
                                                                           {QStringLiteral("path"), QString(base + QStringLiteral("/dropzone"))},
                                                                           {QStringLiteral("ack_path"), QString(base + QStringLiteral("/ack"))}})}};
}

void TestSecretLeaks::noSecretAppearsAnywhere()
{
    const QByteArray goodPassword = m_user->password.toUtf8();
    const QByteArray wrongStored = distinctiveSecret("wrong-stored");
    const QByteArray wrongEnv = distinctiveSecret("wrong-env");
    const QList<QPair<const char *, QByteArray>> secrets{{"working password", goodPassword}, {"wrong stored password", wrongStored},
                                                         {"wrong password in the environment", wrongEnv}};
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("OF_LEAK_TEST_PASSWORD"), QString::fromUtf8(wrongEnv));

    // The store, filled the way an admin does it: on stdin, never argv.
    for (const auto &[ref, value] : {QPair<QString, QByteArray>{QStringLiteral("connection/erp/password"), goodPassword},
                                     QPair<QString, QByteArray>{QStringLiteral("source/partner-sftp/password"), goodPassword},
                                     QPair<QString, QByteArray>{QStringLiteral("connection/erp-wrong/password"), wrongStored}}) {
        const CliRun set = runCli({QStringLiteral("secrets"), QStringLiteral("set"), ref}, e, value + '\n');
        QVERIFY2(set.code == 0, set.all().constData());
    }

    // The server side: one folder tree per connection, owned by the throwaway user.
    const QString base = m_sshd.dataDir() + QStringLiteral("/leaks");
    for (const char *sub : {"", "/acme", "/acme/dropzone", "/acme/ack", "/acme/in", "/beta", "/beta/dropzone", "/beta/ack", "/gamma", "/gamma/dropzone",
                            "/gamma/ack"}) {
        QVERIFY(QDir().mkpath(base + QLatin1String(sub)));
        QVERIFY(::chown(QFile::encodeName(base + QLatin1String(sub)).constData(), m_user->uid, m_user->gid) == 0);
    }
    QJsonObject sftp = m_sshd.sftpConfig(m_user->name);
    sftp.remove(QStringLiteral("key_file"));
    sftp.remove(QStringLiteral("mode"));
    sftp.insert(QStringLiteral("connect_timeout_ms"), 3000);
    const QJsonObject good = merged(sftp, QJsonObject{{QStringLiteral("password"), secretRef(QStringLiteral("connection/erp/password"))}});
    const QJsonObject wrong = merged(sftp, QJsonObject{{QStringLiteral("password"), secretRef(QStringLiteral("connection/erp-wrong/password"))}});
    const QJsonObject wrongByEnv = merged(sftp, QJsonObject{{QStringLiteral("password_env"), QStringLiteral("OF_LEAK_TEST_PASSWORD")}});
    const QJsonObject sftpSource = merged(sftp, QJsonObject{{QStringLiteral("password"), secretRef(QStringLiteral("source/partner-sftp/password"))},
                                                            {QStringLiteral("path"), QString(base + QStringLiteral("/acme/in"))},
                                                            {QStringLiteral("pattern"), QStringLiteral("*.json")},
                                                            {QStringLiteral("settle_ms"), 0},
                                                            {QStringLiteral("poll_interval_ms"), 200}});

    Workspace ws;
    const QString inboxBeta = ws.dir.filePath(QStringLiteral("inbox-beta"));
    const QString inboxGamma = ws.dir.filePath(QStringLiteral("inbox-gamma"));
    QVERIFY(QDir().mkpath(inboxBeta) && QDir().mkpath(inboxGamma));
    auto org = [](const char *slug) { return QJsonObject{{QStringLiteral("slug"), QLatin1String(slug)}, {QStringLiteral("name"), QLatin1String(slug)}}; };
    const QJsonObject doc{
        {QStringLiteral("orgs"), QJsonArray{org("acme"), org("beta"), org("gamma")}},
        {QStringLiteral("connections"), QJsonArray{connection(QStringLiteral("acme"), QStringLiteral("erp"), good, base + QStringLiteral("/acme")),
                                                   connection(QStringLiteral("beta"), QStringLiteral("erp-wrong"), wrong, base + QStringLiteral("/beta")),
                                                   connection(QStringLiteral("gamma"), QStringLiteral("erp-env"), wrongByEnv, base + QStringLiteral("/gamma"))}},
        {QStringLiteral("sources"), QJsonArray{folderSource(QStringLiteral("acme"), QStringLiteral("partner"), ws.inbox),
                                               QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("partner-sftp")},
                                                           {QStringLiteral("type"), QStringLiteral("sftp")}, {QStringLiteral("format"), QStringLiteral("auto")},
                                                           {QStringLiteral("auto_approve"), true}, {QStringLiteral("config"), sftpSource}},
                                               folderSource(QStringLiteral("beta"), QStringLiteral("partner"), inboxBeta),
                                               folderSource(QStringLiteral("gamma"), QStringLiteral("partner"), inboxGamma)}},
    };
    const QString configPath = ws.dir.filePath(QStringLiteral("config.json"));
    {
        QFile f(configPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
    }
    ws.db.reset();
    QList<CliRun> runs;
    auto cli = [&](QStringList args) {
        args << QStringLiteral("--db") << ws.dbPath;
        runs.append(runCli(args, e, {}, 120000));
        return runs.constLast();
    };
    QVERIFY2(cli({QStringLiteral("config"), QStringLiteral("apply"), configPath}).code == 0, runs.constLast().all().constData());

    // Orders for every connection: two through the local folder and one over SFTP for the working one.
    for (int i = 0; i < 2; ++i)
        ws.drop(QStringLiteral("acme-%1.json").arg(i), Workspace::order(100 + i));
    {
        const QString remote = base + QStringLiteral("/acme/in/remote.json");
        QFile f(remote);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Workspace::order(150));
        f.close();
        QVERIFY(::chown(QFile::encodeName(remote).constData(), m_user->uid, m_user->gid) == 0);
    }
    for (const QString &dir : {inboxBeta, inboxGamma}) {
        QFile f(QDir(dir).filePath(QStringLiteral("order.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Workspace::order(200));
    }

    // The daemon, at debug level, long enough to deliver, fail, retry and pause.
    QProcess daemon;
    daemon.setProcessEnvironment(e);
    daemon.start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("run"), QStringLiteral("--db"), ws.dbPath, QStringLiteral("--duration"), QStringLiteral("8")});
    QVERIFY(daemon.waitForFinished(60000));
    const QByteArray daemonLog = daemon.readAllStandardOutput() + daemon.readAllStandardError();

    // What the operator looks at afterwards, in text and JSON.
    for (const QStringList &args : QList<QStringList>{
             {QStringLiteral("orders"), QStringLiteral("list")},
             {QStringLiteral("pushlog")},
             {QStringLiteral("exports"), QStringLiteral("list")},
             {QStringLiteral("inbound"), QStringLiteral("list")},
             {QStringLiteral("sources"), QStringLiteral("status")},
             {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--all")},
             {QStringLiteral("test-connection"), QStringLiteral("erp")},
             {QStringLiteral("test-connection"), QStringLiteral("erp-wrong")},
             {QStringLiteral("test-connection"), QStringLiteral("erp-env")},
             {QStringLiteral("test-connection"), QStringLiteral("partner-sftp")}}) {
        cli(args);
        cli(QStringList(args) << QStringLiteral("--json"));
    }
    cli({QStringLiteral("config"), QStringLiteral("export")});
    cli({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--defaults")});
    runs.append(runCli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--json")}, e));
    const CliRun orders = cli({QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &o : QJsonDocument::fromJson(orders.out).array()) {
        cli({QStringLiteral("orders"), QStringLiteral("show"), o.toObject().value(QStringLiteral("id")).toString()});
        cli({QStringLiteral("orders"), QStringLiteral("show"), o.toObject().value(QStringLiteral("id")).toString(), QStringLiteral("--json")});
    }

    // The run did what it claims: orders reached the working connection's dropzone, the failing ones recorded why.
    QByteArray everything = daemonLog;
    for (const CliRun &r : std::as_const(runs))
        everything += r.all() + '\n';
    QVERIFY2(QDir(base + QStringLiteral("/acme/dropzone")).entryList({QStringLiteral("sales_order_*.json")}, QDir::Files).size() == 3,
             daemonLog.right(4000).constData());
    QVERIFY2(everything.contains("connection/erp-wrong/password"), "the wrong stored password's failure is named nowhere");
    QVERIFY2(everything.contains("OF_LEAK_TEST_PASSWORD"), "the wrong environment password's failure is named nowhere");

    // Every file a reader could get at: the database and its journal, the workspace (config, partner folders,
    // error notes), the server's folders (exports, acks), the encrypted store itself.
    QList<QPair<QString, QByteArray>> files;
    for (const QString &root : {ws.dir.path(), base, m_tmp.path()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                files.append({f.fileName(), f.readAll()});
        }
    }
    QVERIFY(files.size() >= 5);
    for (const auto &[what, secret] : secrets) {
        for (const QByteArray &form : {secret, secret.toBase64(), secret.toHex()}) {
            QVERIFY2(!everything.contains(form), qPrintable(QStringLiteral("the %1 appears in the output or log").arg(QLatin1String(what))));
            for (const auto &[path, content] : std::as_const(files))
                QVERIFY2(!content.contains(form), qPrintable(QStringLiteral("the %1 appears in %2").arg(QLatin1String(what), path)));
        }
    }
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSecretLeaks)
#include "test_secret_leaks.moc"
