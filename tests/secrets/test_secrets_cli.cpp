// `orderflow secrets` as a user runs it, on the encrypted file (no secret service on this bus): the value comes
// from stdin and shows up nowhere — not in the output, not in any log line (every orderflow category on), not in
// the file — and every way it can go wrong says what to do.
#include "SecretsTestSupport.h"

#include "secrets/EncryptedFileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace orderflow;
using namespace orderflow::test;

class TestSecretsCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void setFromStdinLeaksNowhere();
    void promptOnATerminalDoesNotEcho();
    void lineBreaks_data();
    void lineBreaks();
    void valueOnCommandLineIsRefused();
    void emptyValueIsRefused();
    void deleteAndNotFound();
    void badReference();
    void secretsFileOverride();
    void noStoreConfigured();
    void explicitChoiceErrors();
    void wrongMasterKey();
    void concurrentWriters();
    void migrateNeedsBothStores();
    void configHoldsReferencesOnly();

private:
    QProcessEnvironment env() const;
    QString defaultFile() const { return m_dir->filePath(QStringLiteral("data/orderflow/secrets.enc")); }
    CredentialStorePtr fileStore(const QString &path = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
};

void TestSecretsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = randomMasterKey();
}

QProcessEnvironment TestSecretsCli::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    // A session bus address with nobody behind it: no secret service answers, quickly.
    e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1").arg(m_dir->filePath(QStringLiteral("no-bus"))));
    e.remove(QStringLiteral("DISPLAY"));
    e.remove(QStringLiteral("ORDERFLOW_SECRET_STORE"));
    e.remove(QStringLiteral("ORDERFLOW_SECRETS_FILE"));
    e.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(m_key));
    e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("orderflow.*=true"));   // every log line, to search
    return e;
}

CredentialStorePtr TestSecretsCli::fileStore(const QString &path) const
{
    auto s = EncryptedFileStore::create(path.isEmpty() ? defaultFile() : path, m_key);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

void TestSecretsCli::setFromStdinLeaksNowhere()
{
    const QByteArray secret = distinctiveSecret("cli");
    const CliRun set = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, env(), secret + '\n');
    QVERIFY2(set.code == 0, set.all().constData());
    QVERIFY2(set.out.contains(QByteArray(QByteArray("Stored secret connection/7/password in the encrypted file ") + QFile::encodeName(defaultFile()))), set.all().constData());
    QVERIFY2(set.err.contains("orderflow.secrets"), "the debug log was not on, so searching it proves nothing");
    QVERIFY(!set.all().contains(secret));

    // Another process (this one) reads what the CLI stored.
    QCOMPARE(*readSecret(fileStore(), QStringLiteral("connection/7/password")), secret);
    QFile file(defaultFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret));

    const CliRun list = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, env());
    QCOMPARE(list.code, 0);
    QCOMPARE(list.out, QByteArray("connection/7/password\n"));
    QVERIFY(!list.all().contains(secret));
    const CliRun json = runCli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--json")}, env());
    QCOMPARE(json.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("store")).toString(), QStringLiteral("file"));
    QCOMPARE(o.value(QStringLiteral("secrets")).toArray(), QJsonArray{QStringLiteral("connection/7/password")});
    QVERIFY(!json.all().contains(secret));
}

// On a terminal (a real pty, from util-linux's `script`) the value is asked twice and never echoed.
void TestSecretsCli::promptOnATerminalDoesNotEcho()
{
    auto typeInto = [this](const QByteArray &first, const QByteArray &second) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral("script"), {QStringLiteral("-qefc"), QStringLiteral("%1 secrets set connection/9/password").arg(QStringLiteral(ORDERFLOW_CLI)),
                                            QStringLiteral("/dev/null")});
        QByteArray seen;
        auto waitFor = [&](const QByteArray &text) {
            return QTest::qWaitFor([&] {
                seen += p->readAll();
                return seen.contains(text);
            }, 15000);
        };
        if (p->waitForStarted() && waitFor("Secret for connection/9/password: ")) {
            p->write(first + '\n');
            if (waitFor("Again, to confirm: "))
                p->write(second + '\n');
        }
        p->waitForFinished(15000);
        seen += p->readAll();
        return CliRun{p->exitCode(), seen, {}};
    };
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
        QSKIP("util-linux `script` is not installed: no pseudo-terminal to test the prompt with");

    const QByteArray secret = distinctiveSecret("tty");
    const CliRun ok = typeInto(secret, secret);
    QVERIFY2(ok.code == 0, ok.out.constData());
    QVERIFY2(ok.out.contains("Stored secret connection/9/password"), ok.out.constData());
    QVERIFY2(!ok.out.contains(secret), ok.out.constData());   // the terminal never showed it
    QCOMPARE(*readSecret(fileStore(), QStringLiteral("connection/9/password")), secret);

    const CliRun differ = typeInto("first-try", "second-try");
    QCOMPARE(differ.code, 2);
    QVERIFY2(differ.out.contains("the two entries differ; nothing was stored"), differ.out.constData());
    QVERIFY(!differ.out.contains("first-try") && !differ.out.contains("second-try"));
    QCOMPARE(*readSecret(fileStore(), QStringLiteral("connection/9/password")), secret);
}

void TestSecretsCli::lineBreaks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("echo") << QByteArray("pw\n") << QByteArray("pw");
    QTest::newRow("printf") << QByteArray("pw") << QByteArray("pw");
    QTest::newRow("crlf") << QByteArray("pw\r\n") << QByteArray("pw");
    QTest::newRow("two lines keep the inner break") << QByteArray("line1\nline2\n") << QByteArray("line1\nline2");
    QTest::newRow("spaces kept") << QByteArray(" pw \n") << QByteArray(" pw ");
}

void TestSecretsCli::lineBreaks()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, stored);
    const CliRun set = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("source/2/token")}, env(), input);
    QVERIFY2(set.code == 0, set.all().constData());
    QCOMPARE(*readSecret(fileStore(), QStringLiteral("source/2/token")), stored);
}

void TestSecretsCli::valueOnCommandLineIsRefused()
{
    const QByteArray secret = distinctiveSecret("argv");
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password"), QString::fromLatin1(secret)}, env());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("never from the command line"), r.all().constData());
    QVERIFY(!r.all().contains(secret));   // not even echoed back in the error
    QVERIFY(!QFile::exists(defaultFile()));
}

void TestSecretsCli::emptyValueIsRefused()
{
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, env(), "\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("the secret is empty; nothing was stored"), r.all().constData());
    QVERIFY(!QFile::exists(defaultFile()));
}

void TestSecretsCli::deleteAndNotFound()
{
    QVERIFY(runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, env(), "pw").code == 0);
    const CliRun del = runCli({QStringLiteral("secrets"), QStringLiteral("delete"), QStringLiteral("connection/7/password")}, env());
    QVERIFY2(del.code == 0, del.all().constData());
    QVERIFY(del.out.contains("Deleted secret connection/7/password"));
    QCOMPARE(readSecret(fileStore(), QStringLiteral("connection/7/password")).error().code, SecretError::NotFound);
    const CliRun again = runCli({QStringLiteral("secrets"), QStringLiteral("delete"), QStringLiteral("connection/7/password")}, env());
    QCOMPARE(again.code, 4);
    QVERIFY2(again.err.contains("There is no secret connection/7/password in the encrypted file"), again.all().constData());
    const CliRun list = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, env());
    QCOMPARE(list.code, 0);
    QVERIFY(list.out.isEmpty());
    QVERIFY(list.err.contains("No secrets in the encrypted file"));
}

void TestSecretsCli::badReference()
{
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("password")}, env(), "pw");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("A reference is <kind>/<id>/<field>, e.g. connection/7/password"), r.all().constData());
    QVERIFY(!QFile::exists(defaultFile()));
}

void TestSecretsCli::secretsFileOverride()
{
    const QString custom = m_dir->filePath(QStringLiteral("elsewhere/custom.enc"));
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("ORDERFLOW_SECRETS_FILE"), custom);
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/1/password")}, e, "pw");
    QVERIFY2(r.code == 0, r.all().constData());
    QVERIFY(r.out.contains(QFile::encodeName(custom)));
    QVERIFY(QFile::exists(custom));
    QVERIFY(!QFile::exists(defaultFile()));
    QCOMPARE(*readSecret(fileStore(custom), QStringLiteral("connection/1/password")), QByteArray("pw"));
}

void TestSecretsCli::noStoreConfigured()
{
    QProcessEnvironment e = env();
    e.remove(QStringLiteral("ENCRYPTION_MASTER_KEY"));
    const QByteArray secret = distinctiveSecret("none");
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, e, secret);
    QCOMPARE(r.code, 3);
    for (const char *says : {"No credential store is available", "no secret service (OS keychain) answered", "gnome-keyring-daemon --unlock",
                             "ENCRYPTION_MASTER_KEY is not set", "openssl rand -hex 32", "ORDERFLOW_SECRET_STORE=keychain|file"})
        QVERIFY2(r.err.contains(says), qPrintable(QStringLiteral("missing '%1' in: %2").arg(QString::fromLatin1(says), r.text())));
    QVERIFY(!r.all().contains(secret));
    QVERIFY(!QFile::exists(defaultFile()));
}

void TestSecretsCli::explicitChoiceErrors()
{
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("file"));
    e.remove(QStringLiteral("ENCRYPTION_MASTER_KEY"));
    CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, e);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("ORDERFLOW_SECRET_STORE=file asks for the encrypted file, but: ENCRYPTION_MASTER_KEY is not set"), r.all().constData());

    e.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(m_key));
    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("keychain"));
    r = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, e);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("The OS keychain was asked for (ORDERFLOW_SECRET_STORE=keychain), but no secret service answered"), r.all().constData());
    QVERIFY2(r.err.contains("dbus-run-session"), r.all().constData());

    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("vault"));
    r = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, e);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("ORDERFLOW_SECRET_STORE: 'vault' is not a credential store; use 'keychain'"), r.all().constData());
}

void TestSecretsCli::wrongMasterKey()
{
    QVERIFY(runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, env(), "pw").code == 0);
    QProcessEnvironment e = env();
    const QByteArray other = randomMasterKey();
    e.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(other));
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, e);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("ENCRYPTION_MASTER_KEY does not open the secrets file"), r.all().constData());
    QVERIFY(!r.all().contains(other) && !r.all().contains(m_key));
}

// Several processes storing at once: the lock file keeps each one's entry.
void TestSecretsCli::concurrentWriters()
{
    constexpr int Writers = 6;
    std::vector<std::unique_ptr<QProcess>> procs;
    QList<QByteArray> values;
    for (int i = 0; i < Writers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env());
        p->start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/%1/password").arg(i)});
        QVERIFY(p->waitForStarted());
        values.append(distinctiveSecret("conc"));
        p->write(values.last());
        p->closeWriteChannel();
        procs.push_back(std::move(p));
    }
    for (auto &p : procs) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const CredentialStorePtr s = fileStore();
    QCOMPARE(listSecrets(s)->size(), Writers);
    for (int i = 0; i < Writers; ++i)
        QCOMPARE(*readSecret(s, QStringLiteral("connection/%1/password").arg(i)), values.at(i));
}

void TestSecretsCli::migrateNeedsBothStores()
{
    QVERIFY(runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, env(), "pw").code == 0);
    const CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("keychain")}, env());
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("no secret service answered"), r.all().constData());
    QCOMPARE(*readSecret(fileStore(), QStringLiteral("connection/7/password")), QByteArray("pw"));   // nothing lost

    const CliRun bad = runCli({QStringLiteral("secrets"), QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("cloud")}, env());
    QCOMPARE(bad.code, 2);
    const CliRun none = runCli({QStringLiteral("secrets"), QStringLiteral("migrate")}, env());
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains("--to keychain|file"));
}

// Configs name secrets ({"secret": REF}); a secret written inline is still refused, and `config export` shows
// the reference, never a value.
void TestSecretsCli::configHoldsReferencesOnly()
{
    const QString db = m_dir->filePath(QStringLiteral("orderflow.db"));
    const QString dropzone = m_dir->filePath(QStringLiteral("dropzone"));
    QDir().mkpath(dropzone);
    auto configWith = [&](const QJsonValue &password) {
        QJsonObject sftp{{QStringLiteral("mode"), QStringLiteral("sftp")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                         {QStringLiteral("user"), QStringLiteral("erp")}, {QStringLiteral("path"), QStringLiteral("/in")},
                         {QStringLiteral("password"), password}};
        const QJsonObject doc{
            {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}},
            {QStringLiteral("connections"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")},
                                                                   {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("config"), sftp}}}}};
        const QString path = m_dir->filePath(QStringLiteral("config.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(doc).toJson());
        return path;
    };
    const QByteArray inline_ = distinctiveSecret("inline");
    CliRun r = runCli({QStringLiteral("config"), QStringLiteral("apply"), configWith(QString::fromLatin1(inline_)), QStringLiteral("--db"), db}, env());
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("config.password") && r.err.contains("never hold the secret itself") && r.err.contains("{\"secret\": \"KIND/ID/FIELD\"}"), r.all().constData());
    QVERIFY(!r.all().contains(inline_));

    r = runCli({QStringLiteral("config"), QStringLiteral("apply"), configWith(QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/erp/password")}}),
                QStringLiteral("--db"), db}, env());
    QVERIFY2(r.code == 0, r.all().constData());
    r = runCli({QStringLiteral("config"), QStringLiteral("export"), QStringLiteral("--db"), db}, env());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("\"secret\": \"connection/erp/password\""), r.out.constData());
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSecretsCli)
#include "test_secrets_cli.moc"
