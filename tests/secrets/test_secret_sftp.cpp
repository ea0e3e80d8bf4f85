// Secrets named in SFTP configs ({"secret": REF}) against the real sshd fixture: parsed as references, resolved
// on the worker thread that connects, from the credential store (the encrypted file here); password_env and
// key_file keep working; errors name the reference, never the value. The CLI's test-connection reads the secret
// another process stored.
#include "../integration/Workspace.h"
#include "SecretsTestSupport.h"
#include "sshd/SshdFixture.h"

#include "secrets/EncryptedFileStore.h"
#include "transport/FileStore.h"
#include "transport/SftpConfig.h"
#include "transport/SftpSession.h"

#include <QThread>

#include <unistd.h>

using namespace orderflow;
using namespace orderflow::test;

class TestSecretSftp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void parsing_data();
    void parsing();
    void keyPassphraseFromTheStoreOnAWorkerThread();
    void wrongStoredPassphraseNamesTheReferenceNotTheValue();
    void missingSecretSaysHowToStoreIt();
    void passwordEnvStillWorks();
    void passwordFromTheStoreAsAnOrdinaryUser();

private:
    QJsonObject sftp(const QJsonObject &overrides, const QString &user = {}) const;
    Status connectOnWorker(const QJsonObject &json) const;
    CredentialStorePtr store() const;

    SshdFixture m_sshd;
    QTemporaryDir m_tmp;
    QByteArray m_key;
    std::optional<SshdFixture::TestUser> m_user;
};

void TestSecretSftp::initTestCase()
{
    QString why;
    if (!SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_tmp.isValid());
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    m_key = randomMasterKey();
    qputenv("ORDERFLOW_SECRET_STORE", "file");
    qputenv("ENCRYPTION_MASTER_KEY", m_key);
    qputenv("ORDERFLOW_SECRETS_FILE", QFile::encodeName(m_tmp.filePath(QStringLiteral("secrets.enc"))));
    qputenv("ORDERFLOW_KNOWN_HOSTS", QFile::encodeName(m_tmp.filePath(QStringLiteral("default_known_hosts"))));
    if (SshdFixture::isRoot()) {
        Result<SshdFixture::TestUser> user = m_sshd.createTestUser();
        if (user)
            m_user = *user;
        else
            qWarning("no throwaway user (%s): the password test skips", qPrintable(user.error().message));
    }
}

CredentialStorePtr TestSecretSftp::store() const
{
    return *EncryptedFileStore::create(m_tmp.filePath(QStringLiteral("secrets.enc")), m_key);
}

QJsonObject TestSecretSftp::sftp(const QJsonObject &overrides, const QString &user) const
{
    QJsonObject json = m_sshd.sftpConfig(user);
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isNull())
            json.remove(it.key());
        else
            json.insert(it.key(), it.value());
    }
    return json;
}

// Like the engine: the session is opened, and its secrets resolved, on a worker thread.
Status TestSecretSftp::connectOnWorker(const QJsonObject &json) const
{
    Result<SftpConfig> config = SftpConfig::fromJson(json);
    if (!config)
        return config.error();
    Status result = Error(QStringLiteral("test"), QStringLiteral("the worker did not run"));
    std::unique_ptr<QThread> worker(QThread::create([&result, c = *config] {
        SftpSession session(c);
        result = session.connect();
    }));
    worker->start();
    if (!worker->wait(60000))
        return Error(QStringLiteral("test"), QStringLiteral("the worker did not finish"));
    return result;
}

void TestSecretSftp::parsing_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("error");   // empty: parses
    const QJsonObject ref{{QStringLiteral("secret"), QStringLiteral("connection/7/password")}};
    QTest::newRow("password reference") << QJsonObject{{QStringLiteral("key_file"), QJsonValue()}, {QStringLiteral("password"), ref}} << QString();
    QTest::newRow("passphrase reference") << QJsonObject{{QStringLiteral("key_passphrase"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/7/key_passphrase")}}}}
                                          << QString();
    QTest::newRow("inline password") << QJsonObject{{QStringLiteral("password"), QStringLiteral("hunter2")}} << QStringLiteral("'password' holds a secret inline");
    QTest::newRow("inline passphrase") << QJsonObject{{QStringLiteral("key_passphrase"), QStringLiteral("hunter2")}} << QStringLiteral("'key_passphrase' holds a secret inline");
    QTest::newRow("bad reference") << QJsonObject{{QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("password")}}}}
                                   << QStringLiteral("is not a secret reference");
    QTest::newRow("extra keys") << QJsonObject{{QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/7/password")}, {QStringLiteral("value"), QStringLiteral("x")}}}}
                                << QStringLiteral("must be a reference to the credential store");
    QTest::newRow("both ways") << QJsonObject{{QStringLiteral("password"), ref}, {QStringLiteral("password_env"), QStringLiteral("X")}}
                               << QStringLiteral("'password' and 'password_env' are both set");
    QTest::newRow("no way to authenticate") << QJsonObject{{QStringLiteral("key_file"), QJsonValue()}} << QStringLiteral("has neither 'key_file' nor a password");
}

void TestSecretSftp::parsing()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, error);
    const Result<SftpConfig> c = SftpConfig::fromJson(sftp(overrides));
    if (error.isEmpty()) {
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QVERIFY(c->passwordSecret == QLatin1String("connection/7/password") || c->keyPassphraseSecret == QLatin1String("connection/7/key_passphrase"));
        return;
    }
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QStringLiteral("config"));
    QVERIFY2(c.error().message.contains(error), qPrintable(c.error().message));
    QVERIFY(!c.error().message.contains(QStringLiteral("hunter2")));
}

void TestSecretSftp::keyPassphraseFromTheStoreOnAWorkerThread()
{
    QVERIFY(writeSecret(store(), QStringLiteral("connection/1/key_passphrase"), m_sshd.clientKeyPassphrase().toUtf8()).ok());
    const Status s = connectOnWorker(sftp({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                           {QStringLiteral("key_passphrase"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/1/key_passphrase")}}}}));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
}

void TestSecretSftp::wrongStoredPassphraseNamesTheReferenceNotTheValue()
{
    const QByteArray wrong = distinctiveSecret("passphrase");
    QVERIFY(writeSecret(store(), QStringLiteral("connection/2/key_passphrase"), wrong).ok());
    const Status s = connectOnWorker(sftp({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                           {QStringLiteral("key_passphrase"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/2/key_passphrase")}}}}));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, FileError::Auth);
    QVERIFY2(s.error().message.contains(QStringLiteral("the passphrase from secret connection/2/key_passphrase is wrong")), qPrintable(s.error().message));
    QVERIFY(!s.error().message.contains(QString::fromLatin1(wrong)));
}

void TestSecretSftp::missingSecretSaysHowToStoreIt()
{
    const Status s = connectOnWorker(sftp({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                           {QStringLiteral("key_passphrase"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/404/key_passphrase")}}}}));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, SecretError::NotFound);
    QVERIFY2(s.error().message.contains(QStringLiteral("(secret connection/404/key_passphrase) could not be read"))
                 && s.error().message.contains(QStringLiteral("orderflow secrets set connection/404/key_passphrase")),
             qPrintable(s.error().message));
}

void TestSecretSftp::passwordEnvStillWorks()
{
    qputenv("ORDERFLOW_TEST_PASSPHRASE_ENV", m_sshd.clientKeyPassphrase().toUtf8());
    const Status s = connectOnWorker(sftp({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                           {QStringLiteral("key_passphrase_env"), QStringLiteral("ORDERFLOW_TEST_PASSPHRASE_ENV")}}));
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    const Status unset = connectOnWorker(sftp({{QStringLiteral("key_file"), m_sshd.encryptedClientKeyPath()},
                                               {QStringLiteral("key_passphrase_env"), QStringLiteral("ORDERFLOW_TEST_NOT_SET")}}));
    QVERIFY(!unset.ok());
    QVERIFY2(unset.error().message.contains(QStringLiteral("environment variable ORDERFLOW_TEST_NOT_SET")), qPrintable(unset.error().message));
}

// Password authentication as an ordinary user, with the password in the credential store: in this process on a
// worker thread, and in the CLI's test-connection (another process reading what this one stored).
void TestSecretSftp::passwordFromTheStoreAsAnOrdinaryUser()
{
    if (!m_user)
        QSKIP("needs a throwaway ordinary user (run as root)");
    QVERIFY(writeSecret(store(), QStringLiteral("connection/erp/password"), m_user->password.toUtf8()).ok());
    const QJsonObject passwordOnly = sftp({{QStringLiteral("key_file"), QJsonValue()},
                                           {QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/erp/password")}}}},
                                          m_user->name);
    const Status s = connectOnWorker(passwordOnly);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));

    Workspace ws;
    const QString base = m_sshd.dataDir() + QStringLiteral("/secretpw");
    for (const char *sub : {"", "/dropzone", "/ack"}) {
        QDir().mkpath(base + QLatin1String(sub));
        QVERIFY(::chown(QFile::encodeName(base + QLatin1String(sub)).constData(), m_user->uid, m_user->gid) == 0);
    }
    QJsonObject connectionConfig = passwordOnly;
    connectionConfig.insert(QStringLiteral("mode"), QStringLiteral("sftp"));
    connectionConfig.insert(QStringLiteral("path"), QString(base + QStringLiteral("/dropzone")));
    connectionConfig.insert(QStringLiteral("ack_path"), QString(base + QStringLiteral("/ack")));
    ws.apply(QJsonObject{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}}}},
        {QStringLiteral("connections"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")},
                                                               {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("config"), connectionConfig}}}}});
    const CliRun test = runCli({QStringLiteral("test-connection"), QStringLiteral("erp"), QStringLiteral("--db"), ws.dbPath}, QProcessEnvironment::systemEnvironment());
    QVERIFY2(test.code == 0, test.all().constData());
    QVERIFY2(test.all().contains("authenticate"), test.all().constData());
    QVERIFY(!test.all().contains(m_user->password.toUtf8()));
    QFile db(ws.dbPath);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(m_user->password.toUtf8()));

    // A wrong stored password: the message names the reference.
    QVERIFY(writeSecret(store(), QStringLiteral("connection/erp/password"), "not-the-password").ok());
    const CliRun wrong = runCli({QStringLiteral("test-connection"), QStringLiteral("erp"), QStringLiteral("--db"), ws.dbPath}, QProcessEnvironment::systemEnvironment());
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.all().contains("the password from secret connection/erp/password"), wrong.all().constData());
    QVERIFY(!wrong.all().contains("not-the-password"));
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSecretSftp)
#include "test_secret_sftp.moc"
