// The OS keychain store against a real secret service: gnome-keyring-daemon in a private D-Bus session, started
// by tests/secrets/with-keyring.sh (CTest skips with 77 when it cannot run). A secret stored by one process is
// read by another (the CLI, secret-tool, this test); delete works; an absent, hung or locked secret service is
// a clear error, and QtKeychain's plaintext fallback is never used.
#include "SecretsTestSupport.h"

#include "secrets/EncryptedFileStore.h"
#include "secrets/KeychainStore.h"
#include "secrets/SecretResolver.h"
#include "secrets/SecretsThread.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace orderflow;
using namespace orderflow::test;

namespace {

CliRun secretTool(const QStringList &args, const QByteArray &input = {})
{
    return runTool(QStringLiteral("secret-tool"), args, input);
}

// What QtKeychain stores: schema org.qt.keychain, attributes user = key, server = service, type = plaintext.
CliRun lookUp(const QString &ref)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("user"), ref, QStringLiteral("server"), QStringLiteral("orderflow")});
}

} // namespace

class TestSecretsKeychain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectsTheKeychainWhenAServiceAnswers();
    void roundTripInProcess();
    void cliStoresOtherProcessesRead();
    void otherProgramsStoreWeRead();
    void cliDeletes();
    void migrateBetweenFileAndKeychain();
    void resolveSecretOnAWorkerThread();
    void absentServiceIsAClearError();
    void hungServiceIsReportedNotWaitedOn();
    void lockedKeyringIsAClearError();   // last: the keyring stays locked (unlocking needs a prompt)

private:
    QProcessEnvironment env() const;
    void assertNoPlaintextAnywhere(const QByteArray &secret) const;

    pid_t m_keyringPid = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecretsKeychain::initTestCase()
{
    m_keyringPid = pid_t(qEnvironmentVariableIntValue("ORDERFLOW_TEST_KEYRING_PID"));
    if (m_keyringPid <= 0)
        QSKIP("no private keyring: run this test through tests/secrets/with-keyring.sh (ctest does)");
    QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
}

void TestSecretsKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv("ORDERFLOW_SECRET_STORE");
    qunsetenv("ENCRYPTION_MASTER_KEY");
    qunsetenv("ORDERFLOW_SECRETS_FILE");
}

void TestSecretsKeychain::cleanup()
{
    ::kill(m_keyringPid, SIGCONT);
}

QProcessEnvironment TestSecretsKeychain::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("ORDERFLOW_SECRET_STORE"));
    e.remove(QStringLiteral("ENCRYPTION_MASTER_KEY"));
    e.insert(QStringLiteral("ORDERFLOW_SECRETS_FILE"), m_dir->filePath(QStringLiteral("secrets.enc")));
    e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("orderflow.*=true"));   // every log line, to search
    return e;
}

// Nothing below the private HOME and XDG directories holds the value in clear (QtKeychain's insecure fallback
// would write it into a settings file there).
void TestSecretsKeychain::assertNoPlaintextAnywhere(const QByteArray &secret) const
{
    QStringList roots{qEnvironmentVariable("HOME"), qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                      qEnvironmentVariable("XDG_CACHE_HOME"), m_dir->path()};
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret), qPrintable(QStringLiteral("the secret is in clear in %1").arg(f.fileName())));
        }
    }
}

void TestSecretsKeychain::selectsTheKeychainWhenAServiceAnswers()
{
    // Even with a master key set: a secret service that answers comes first.
    qputenv("ENCRYPTION_MASTER_KEY", randomMasterKey());
    Result<CredentialStorePtr> store = openStore();
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    QCOMPARE((*store)->backend(), CredentialStore::Backend::Keychain);
    QCOMPARE((*store)->describe(), QStringLiteral("the OS keychain (service orderflow)"));

    qputenv("ORDERFLOW_SECRET_STORE", "file");
    Result<CredentialStorePtr> file = openStore();
    QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
    QCOMPARE((*file)->backend(), CredentialStore::Backend::File);
}

void TestSecretsKeychain::roundTripInProcess()
{
    const CredentialStorePtr store = *openStore(SecretStoreChoice::Keychain);
    const QByteArray secret = distinctiveSecret("kc");
    const QByteArray binary("\x01\x00\xfe\xff", 4);
    QVERIFY(writeSecret(store, QStringLiteral("connection/11/password"), secret).ok());
    QVERIFY(writeSecret(store, QStringLiteral("connection/11/key_passphrase"), binary).ok());
    QCOMPARE(*readSecret(store, QStringLiteral("connection/11/password")), secret);
    QCOMPARE(*readSecret(store, QStringLiteral("connection/11/key_passphrase")), binary);
    const Result<QStringList> names = listSecrets(store);
    QVERIFY(names.ok());
    QVERIFY(names->contains(QStringLiteral("connection/11/password")) && names->contains(QStringLiteral("connection/11/key_passphrase")));

    QVERIFY(writeSecret(store, QStringLiteral("connection/11/password"), "rotated").ok());
    QCOMPARE(*readSecret(store, QStringLiteral("connection/11/password")), QByteArray("rotated"));
    QCOMPARE(listSecrets(store)->count(QStringLiteral("connection/11/password")), 1);

    QVERIFY(removeSecret(store, QStringLiteral("connection/11/password")).ok());
    QVERIFY(removeSecret(store, QStringLiteral("connection/11/key_passphrase")).ok());
    const Result<QByteArray> gone = readSecret(store, QStringLiteral("connection/11/password"));
    QCOMPARE(gone.error().code, SecretError::NotFound);
    QVERIFY2(gone.error().message.contains(QStringLiteral("There is no secret connection/11/password in the OS keychain")), qPrintable(gone.error().message));
    QCOMPARE(removeSecret(store, QStringLiteral("connection/11/password")).error().code, SecretError::NotFound);
    QVERIFY(!listSecrets(store)->contains(QStringLiteral("connection/11/password")));
    assertNoPlaintextAnywhere(secret);
}

void TestSecretsKeychain::cliStoresOtherProcessesRead()
{
    const QByteArray secret = distinctiveSecret("cli-kc");
    const CliRun set = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/7/password")}, env(), secret + '\n');
    QVERIFY2(set.code == 0, set.all().constData());
    QVERIFY2(set.out.contains("Stored secret connection/7/password in the OS keychain (service orderflow)."), set.all().constData());
    QVERIFY2(set.err.contains("orderflow.secrets"), "the debug log was not on, so searching it proves nothing");
    QVERIFY(!set.all().contains(secret));

    // libsecret's own tool, another process, finds it under service orderflow and the reference.
    const CliRun looked = lookUp(QStringLiteral("connection/7/password"));
    QCOMPARE(looked.code, 0);
    QCOMPARE(looked.out, secret);
    // So does this process, through the store.
    QCOMPARE(*readSecret(*openStore(), QStringLiteral("connection/7/password")), secret);

    const CliRun list = runCli({QStringLiteral("secrets"), QStringLiteral("list"), QStringLiteral("--json")}, env());
    QCOMPARE(list.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(list.out).object();
    QCOMPARE(o.value(QStringLiteral("store")).toString(), QStringLiteral("keychain"));
    QVERIFY(o.value(QStringLiteral("secrets")).toArray().contains(QStringLiteral("connection/7/password")));
    QVERIFY(!list.all().contains(secret));
    // The index holds names only.
    const CliRun index = secretTool({QStringLiteral("lookup"), QStringLiteral("user"), QStringLiteral("index"), QStringLiteral("server"), QStringLiteral("orderflow")});
    QCOMPARE(index.code, 0);
    QVERIFY(index.out.contains("connection/7/password"));
    QVERIFY(!index.out.contains(secret));
    assertNoPlaintextAnywhere(secret);
}

void TestSecretsKeychain::otherProgramsStoreWeRead()
{
    const QByteArray secret = distinctiveSecret("tool");
    const CliRun stored = secretTool({QStringLiteral("store"), QStringLiteral("--label=orderflow:connection/5/password"), QStringLiteral("user"),
                                      QStringLiteral("connection/5/password"), QStringLiteral("server"), QStringLiteral("orderflow"),
                                      QStringLiteral("type"), QStringLiteral("plaintext")}, secret);
    QVERIFY2(stored.code == 0, stored.all().constData());
    QCOMPARE(*readSecret(*openStore(SecretStoreChoice::Keychain), QStringLiteral("connection/5/password")), secret);
    QVERIFY(removeSecret(*openStore(SecretStoreChoice::Keychain), QStringLiteral("connection/5/password")).ok());
    QCOMPARE(lookUp(QStringLiteral("connection/5/password")).code, 1);
}

void TestSecretsKeychain::cliDeletes()
{
    QVERIFY(runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("source/4/token")}, env(), "tok").code == 0);
    QCOMPARE(lookUp(QStringLiteral("source/4/token")).out, QByteArray("tok"));
    const CliRun del = runCli({QStringLiteral("secrets"), QStringLiteral("delete"), QStringLiteral("source/4/token")}, env());
    QVERIFY2(del.code == 0, del.all().constData());
    QVERIFY(del.out.contains("Deleted secret source/4/token from the OS keychain"));
    QCOMPARE(lookUp(QStringLiteral("source/4/token")).code, 1);   // gone for every program
    const CliRun again = runCli({QStringLiteral("secrets"), QStringLiteral("delete"), QStringLiteral("source/4/token")}, env());
    QCOMPARE(again.code, 4);
    QVERIFY2(again.err.contains("There is no secret source/4/token in the OS keychain"), again.all().constData());
    const CliRun list = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, env());
    QVERIFY(!list.out.contains("source/4/token"));
}

void TestSecretsKeychain::migrateBetweenFileAndKeychain()
{
    QProcessEnvironment fileEnv = env();
    const QByteArray key = randomMasterKey();
    fileEnv.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(key));
    fileEnv.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("file"));
    const QByteArray a = distinctiveSecret("mig-a");
    const QByteArray b = distinctiveSecret("mig-b");
    QVERIFY(runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/21/password")}, fileEnv, a).code == 0);
    QVERIFY(runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("source/22/token")}, fileEnv, b).code == 0);
    QCOMPARE(lookUp(QStringLiteral("connection/21/password")).code, 1);

    CliRun moved = runCli({QStringLiteral("secrets"), QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("keychain")}, fileEnv);
    QVERIFY2(moved.code == 0, moved.all().constData());
    QVERIFY2(moved.out.contains("Moved 2 secrets from the encrypted file") && moved.out.contains("to the OS keychain"), moved.all().constData());
    QVERIFY(moved.out.contains("connection/21/password") && moved.out.contains("source/22/token"));
    QVERIFY(!moved.all().contains(a) && !moved.all().contains(b));
    QCOMPARE(lookUp(QStringLiteral("connection/21/password")).out, a);
    QCOMPARE(lookUp(QStringLiteral("source/22/token")).out, b);
    const auto file = EncryptedFileStore::create(m_dir->filePath(QStringLiteral("secrets.enc")), key);
    QVERIFY(file.ok());
    QVERIFY(listSecrets(*file)->isEmpty());

    CliRun back = runCli({QStringLiteral("secrets"), QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("file"), QStringLiteral("--keep")}, fileEnv);
    QVERIFY2(back.code == 0, back.all().constData());
    QVERIFY2(back.out.contains("Copied"), back.all().constData());
    QCOMPARE(*readSecret(*file, QStringLiteral("connection/21/password")), a);
    QCOMPARE(*readSecret(*file, QStringLiteral("source/22/token")), b);
    QCOMPARE(lookUp(QStringLiteral("source/22/token")).out, b);   // --keep: still in the keychain
    QVERIFY(!back.all().contains(a) && !back.all().contains(b));
}

void TestSecretsKeychain::resolveSecretOnAWorkerThread()
{
    const QByteArray secret = distinctiveSecret("worker");
    QVERIFY(writeSecret(*openStore(SecretStoreChoice::Keychain), QStringLiteral("connection/31/password"), secret).ok());

    std::optional<Result<QByteArray>> onWorker;
    std::unique_ptr<QThread> worker(QThread::create([&onWorker] { onWorker = resolveSecret(QStringLiteral("connection/31/password"), 10000); }));
    worker->start();
    QVERIFY(worker->wait(15000));
    QVERIFY(onWorker.has_value());
    QVERIFY2(onWorker->ok(), qPrintable(onWorker->ok() ? QString() : onWorker->error().message));
    QCOMPARE(onWorker->value(), secret);

    // The secrets thread itself must never wait for its own answer.
    std::optional<Result<QByteArray>> onSecretsThread;
    QSemaphore done;
    QVERIFY(secrets::runOnSecretsThread([&] {
        onSecretsThread = resolveSecret(QStringLiteral("connection/31/password"), 1000);
        done.release();
    }));
    QVERIFY(done.tryAcquire(1, 5000));
    QVERIFY(!onSecretsThread->ok());
    QCOMPARE(onSecretsThread->error().code, SecretError::Thread);
}

void TestSecretsKeychain::absentServiceIsAClearError()
{
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=%1").arg(m_dir->filePath(QStringLiteral("no-bus"))));
    e.remove(QStringLiteral("DISPLAY"));
    const QByteArray secret = distinctiveSecret("absent");
    CliRun r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/41/password")}, e, secret);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("No credential store is available") && r.err.contains("ENCRYPTION_MASTER_KEY is not set")
                 && r.err.contains("gnome-keyring-daemon --unlock"), r.all().constData());
    QVERIFY(!r.all().contains(secret));

    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("keychain"));
    r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/41/password")}, e, secret);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("no secret service answered"), r.all().constData());
    // No plaintext fallback: the value is nowhere on disk, and not in the real keyring either.
    assertNoPlaintextAnywhere(secret);
    QCOMPARE(lookUp(QStringLiteral("connection/41/password")).code, 1);

    // With a master key, the file takes over.
    e.remove(QStringLiteral("ORDERFLOW_SECRET_STORE"));
    e.insert(QStringLiteral("ENCRYPTION_MASTER_KEY"), QString::fromLatin1(randomMasterKey()));
    r = runCli({QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/41/password")}, e, secret);
    QVERIFY2(r.code == 0, r.all().constData());
    QVERIFY(r.out.contains("in the encrypted file"));
}

// A secret service that stops answering (SIGSTOP: the bus name stays, nothing replies) is reported after the
// timeout, and later requests fail at once instead of queuing behind the stuck one; it recovers by itself.
void TestSecretsKeychain::hungServiceIsReportedNotWaitedOn()
{
    const CredentialStorePtr store = *openStore(SecretStoreChoice::Keychain);
    QVERIFY(writeSecret(store, QStringLiteral("connection/51/password"), "before").ok());
    QCOMPARE(::kill(m_keyringPid, SIGSTOP), 0);

    const CredentialStorePtr impatient = std::make_shared<KeychainStore>(1000);
    QElapsedTimer clock;
    clock.start();
    Result<QByteArray> r = readSecret(impatient, QStringLiteral("connection/51/password"));
    const qint64 first = clock.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, SecretError::Timeout);
    QVERIFY2(r.error().message.contains(QStringLiteral("did not answer within 1000 ms when reading secret connection/51/password")), qPrintable(r.error().message));
    QVERIFY2(first >= 900 && first < 4000, qPrintable(QString::number(first)));

    clock.restart();
    r = readSecret(impatient, QStringLiteral("connection/51/password"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, SecretError::Timeout);
    QVERIFY2(r.error().message.contains(QStringLiteral("has not answered a request made")), qPrintable(r.error().message));
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));

    // Another process gives up after its own timeout too, with the reason.
    QProcessEnvironment e = env();
    e.insert(QStringLiteral("ORDERFLOW_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("1000"));
    e.insert(QStringLiteral("ORDERFLOW_SECRET_STORE"), QStringLiteral("keychain"));
    clock.restart();
    const CliRun cli = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, e);
    QCOMPARE(cli.code, 3);
    QVERIFY2(cli.err.contains("no secret service answered (it did not answer within 1000 ms)"), cli.all().constData());
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));

    QCOMPARE(::kill(m_keyringPid, SIGCONT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(readSecret(impatient, QStringLiteral("connection/51/password")).ok(), 20000);
    QCOMPARE(*readSecret(store, QStringLiteral("connection/51/password")), QByteArray("before"));
}

void TestSecretsKeychain::lockedKeyringIsAClearError()
{
    const CredentialStorePtr store = *openStore(SecretStoreChoice::Keychain);
    QVERIFY(writeSecret(store, QStringLiteral("connection/61/password"), "x").ok());
    const CliRun lock = runTool(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.secrets"),
                                                              QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                                              QStringLiteral("array:objpath:/org/freedesktop/secrets/aliases/default")});
    QVERIFY2(lock.code == 0, lock.all().constData());

    // A locked keyring cannot prompt here; libsecret then reports "not found", which must not be passed on.
    const Result<QByteArray> r = readSecret(store, QStringLiteral("connection/61/password"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, SecretError::Denied);
    QVERIFY2(r.error().message.contains(QStringLiteral("the keyring is locked")) && r.error().message.contains(QStringLiteral("Unlock the keyring")),
             qPrintable(r.error().message));
    const Status w = writeSecret(store, QStringLiteral("connection/61/password"), "y");
    QVERIFY(!w.ok());
    QCOMPARE(w.error().code, SecretError::Denied);

    const CliRun cli = runCli({QStringLiteral("secrets"), QStringLiteral("list")}, env());
    QCOMPARE(cli.code, 3);
    QVERIFY2(cli.err.contains("the keyring is locked"), cli.all().constData());
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSecretsKeychain)
#include "test_secrets_keychain.moc"
