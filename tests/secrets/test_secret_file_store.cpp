// The encrypted secrets file on a real file: round trip, a wrong or malformed master key, a tampered, truncated
// or reshuffled file — each a clear error, never a wrong value — mode 0600, and no value ever in clear.
#include "SecretsTestSupport.h"

#include "secrets/EncryptedFileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace orderflow;
using namespace orderflow::test;

class TestSecretFileStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void freshIvForEveryWrite();
    void valueNeverInClear();
    void wrongMasterKey();
    void malformedMasterKey_data();
    void malformedMasterKey();
    void tamperedByte();
    void everySingleByteFlipIsCaughtOrHarmless();
    void swappedValues();
    void truncatedFile_data();
    void truncatedFile();
    void modeIs0600();
    void noTemporaryFilesLeft();
    void badReferenceTouchesNothing();
    void resultDroppedWhenContextIsGone();
    void defaultLocation();

private:
    CredentialStorePtr store(const QByteArray &key) const;
    QByteArray fileBytes() const;
    void writeFileBytes(const QByteArray &bytes) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;
};

void TestSecretFileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sub/secrets.enc"));
    m_key = randomMasterKey();
}

CredentialStorePtr TestSecretFileStore::store(const QByteArray &key) const
{
    auto s = EncryptedFileStore::create(m_path, key);
    if (!s)
        qFatal("cannot create the file store: %s", qPrintable(s.error().message));
    return *s;
}

QByteArray TestSecretFileStore::fileBytes() const
{
    QFile f(m_path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestSecretFileStore::writeFileBytes(const QByteArray &bytes) const
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestSecretFileStore::roundTrip()
{
    const CredentialStorePtr s = store(m_key);
    QCOMPARE(s->backend(), CredentialStore::Backend::File);
    QVERIFY(s->describe().contains(m_path));

    // Nothing there yet: an empty list, and "not found" that says how to store it.
    Result<QStringList> empty = listSecrets(s);
    QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().message));
    QVERIFY(empty->isEmpty());
    Result<QByteArray> missing = readSecret(s, QStringLiteral("connection/7/password"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, SecretError::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("orderflow secrets set connection/7/password")), qPrintable(missing.error().message));

    const QByteArray password = distinctiveSecret("pw");
    const QByteArray binary = QByteArray("\x00\xff\x01 key\n", 8);
    QVERIFY(writeSecret(s, QStringLiteral("connection/7/password"), password).ok());
    QVERIFY(writeSecret(s, QStringLiteral("source/3/key_passphrase"), binary).ok());
    QCOMPARE(*readSecret(s, QStringLiteral("connection/7/password")), password);
    QCOMPARE(*readSecret(s, QStringLiteral("source/3/key_passphrase")), binary);
    QCOMPARE(*listSecrets(s), (QStringList{QStringLiteral("connection/7/password"), QStringLiteral("source/3/key_passphrase")}));

    // Another store object with the same key — as another process would open it — reads the same.
    const CredentialStorePtr again = store(m_key);
    QCOMPARE(*readSecret(again, QStringLiteral("connection/7/password")), password);

    // Overwrite, then remove; removing twice says it is not there.
    QVERIFY(writeSecret(s, QStringLiteral("connection/7/password"), "rotated").ok());
    QCOMPARE(*readSecret(again, QStringLiteral("connection/7/password")), QByteArray("rotated"));
    QVERIFY(removeSecret(s, QStringLiteral("connection/7/password")).ok());
    QCOMPARE(*listSecrets(s), QStringList{QStringLiteral("source/3/key_passphrase")});
    const Status twice = removeSecret(s, QStringLiteral("connection/7/password"));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, SecretError::NotFound);
    QCOMPARE(readSecret(s, QStringLiteral("connection/7/password")).error().code, SecretError::NotFound);
}

void TestSecretFileStore::freshIvForEveryWrite()
{
    const CredentialStorePtr s = store(m_key);
    QVERIFY(writeSecret(s, QStringLiteral("connection/1/password"), "same value").ok());
    const QString first = QJsonDocument::fromJson(fileBytes()).object().value(QStringLiteral("secrets")).toObject().value(QStringLiteral("connection/1/password")).toString();
    QVERIFY(writeSecret(s, QStringLiteral("connection/1/password"), "same value").ok());
    const QString second = QJsonDocument::fromJson(fileBytes()).object().value(QStringLiteral("secrets")).toObject().value(QStringLiteral("connection/1/password")).toString();
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    // IV (12) + ciphertext (10) + tag (16).
    QCOMPARE(QByteArray::fromBase64(first.toLatin1()).size(), 12 + 10 + 16);
}

void TestSecretFileStore::valueNeverInClear()
{
    const CredentialStorePtr s = store(m_key);
    const QByteArray secret = distinctiveSecret("clear");
    QVERIFY(writeSecret(s, QStringLiteral("connection/7/password"), secret).ok());
    const QByteArray bytes = fileBytes();
    QVERIFY(bytes.contains("connection/7/password"));   // names are in clear, by design
    QVERIFY(!bytes.contains(secret));
    QVERIFY(!bytes.contains(secret.toBase64()));
    QVERIFY(!bytes.contains(secret.toHex()));
    QVERIFY(!bytes.contains(m_key));
    QVERIFY(!bytes.contains(QByteArray::fromHex(m_key)));
    QVERIFY(!bytes.contains(QByteArray::fromHex(m_key).toBase64()));
}

void TestSecretFileStore::wrongMasterKey()
{
    QVERIFY(writeSecret(store(m_key), QStringLiteral("connection/7/password"), distinctiveSecret("k")).ok());
    const QByteArray before = fileBytes();

    const QByteArray otherKey = randomMasterKey();
    const CredentialStorePtr wrong = store(otherKey);
    for (const Error &e : {readSecret(wrong, QStringLiteral("connection/7/password")).error(), listSecrets(wrong).error(),
                           writeSecret(wrong, QStringLiteral("connection/8/password"), "x").error(),
                           removeSecret(wrong, QStringLiteral("connection/7/password")).error()}) {
        QCOMPARE(e.code, SecretError::MasterKey);
        QVERIFY2(e.message.contains(QStringLiteral("ENCRYPTION_MASTER_KEY does not open the secrets file %1").arg(m_path)), qPrintable(e.message));
        QVERIFY(!e.message.contains(QString::fromLatin1(otherKey)));
        QVERIFY(!e.message.contains(QString::fromLatin1(m_key)));
    }
    // Nothing written with the wrong key: the file is as it was.
    QCOMPARE(fileBytes(), before);
}

void TestSecretFileStore::malformedMasterKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("says");
    const QByteArray good = randomMasterKey();
    QTest::newRow("unset") << QByteArray() << QStringLiteral("ENCRYPTION_MASTER_KEY is not set");
    QTest::newRow("63 characters") << good.left(63) << QStringLiteral("it has 63 characters");
    QTest::newRow("65 characters") << good + 'a' << QStringLiteral("it has 65 characters");
    QTest::newRow("line break") << good + '\n' << QStringLiteral("including spaces or a line break");
    QTest::newRow("not hex") << QByteArray(good).replace(10, 1, "g") << QStringLiteral("character 11 is not one");
    QTest::newRow("passphrase") << QByteArray("correct horse battery staple") << QStringLiteral("exactly 64 hexadecimal characters");
}

void TestSecretFileStore::malformedMasterKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, says);
    auto s = EncryptedFileStore::create(m_path, key);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, SecretError::MasterKey);
    QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QStringLiteral("openssl rand -hex 32")), qPrintable(s.error().message));
    if (key.size() > 8)
        QVERIFY(!s.error().message.contains(QString::fromLatin1(key.trimmed())));
    QVERIFY(!QFile::exists(m_path));
}

void TestSecretFileStore::tamperedByte()
{
    const CredentialStorePtr s = store(m_key);
    const QByteArray secret = distinctiveSecret("t");
    QVERIFY(writeSecret(s, QStringLiteral("connection/7/password"), secret).ok());
    QJsonObject root = QJsonDocument::fromJson(fileBytes()).object();
    QJsonObject secrets = root.value(QStringLiteral("secrets")).toObject();
    QByteArray sealed = QByteArray::fromBase64(secrets.value(QStringLiteral("connection/7/password")).toString().toLatin1());
    sealed[14] = char(sealed[14] ^ 0x20);   // one bit of the ciphertext
    secrets.insert(QStringLiteral("connection/7/password"), QString::fromLatin1(sealed.toBase64()));
    root.insert(QStringLiteral("secrets"), secrets);
    writeFileBytes(QJsonDocument(root).toJson());

    const Result<QByteArray> r = readSecret(s, QStringLiteral("connection/7/password"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, SecretError::Corrupt);
    QVERIFY2(r.error().message.contains(QStringLiteral("connection/7/password")) && r.error().message.contains(m_path), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("orderflow secrets set connection/7/password")), qPrintable(r.error().message));
}

// Whatever single byte of the file is altered, each secret either reads back exactly as stored (the byte did not
// matter, e.g. JSON indentation) or fails with a clear error. Never a different value.
void TestSecretFileStore::everySingleByteFlipIsCaughtOrHarmless()
{
    const CredentialStorePtr s = store(m_key);
    const QByteArray a = distinctiveSecret("a");
    const QByteArray b = distinctiveSecret("b");
    QVERIFY(writeSecret(s, QStringLiteral("connection/1/password"), a).ok());
    QVERIFY(writeSecret(s, QStringLiteral("connection/2/password"), b).ok());
    const QByteArray original = fileBytes();
    int caught = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        QByteArray altered = original;
        altered[i] = char(altered[i] ^ 0x01);
        writeFileBytes(altered);
        for (const auto &[ref, value] : {std::pair{QStringLiteral("connection/1/password"), a}, std::pair{QStringLiteral("connection/2/password"), b}}) {
            const Result<QByteArray> r = readSecret(s, ref);
            if (r.ok()) {
                QVERIFY2(*r == value, qPrintable(QStringLiteral("byte %1 flipped: %2 read a different value").arg(i).arg(ref)));
            } else {
                ++caught;
                QVERIFY2(r.error().code == SecretError::Corrupt || r.error().code == SecretError::MasterKey || r.error().code == SecretError::NotFound,
                         qPrintable(QStringLiteral("byte %1: %2 %3").arg(i).arg(r.error().code, r.error().message)));
                QVERIFY(!r.error().message.contains(QString::fromLatin1(a)) && !r.error().message.contains(QString::fromLatin1(b)));
            }
        }
    }
    QVERIFY(caught > original.size());   // most bytes matter
    writeFileBytes(original);
    QCOMPARE(*readSecret(s, QStringLiteral("connection/2/password")), b);
}

void TestSecretFileStore::swappedValues()
{
    const CredentialStorePtr s = store(m_key);
    QVERIFY(writeSecret(s, QStringLiteral("connection/1/password"), distinctiveSecret("one")).ok());
    QVERIFY(writeSecret(s, QStringLiteral("connection/2/password"), distinctiveSecret("two")).ok());
    QJsonObject root = QJsonDocument::fromJson(fileBytes()).object();
    QJsonObject secrets = root.value(QStringLiteral("secrets")).toObject();
    const QJsonValue one = secrets.value(QStringLiteral("connection/1/password"));
    secrets.insert(QStringLiteral("connection/1/password"), secrets.value(QStringLiteral("connection/2/password")));
    secrets.insert(QStringLiteral("connection/2/password"), one);
    root.insert(QStringLiteral("secrets"), secrets);
    writeFileBytes(QJsonDocument(root).toJson());

    for (const QString &ref : {QStringLiteral("connection/1/password"), QStringLiteral("connection/2/password")}) {
        const Result<QByteArray> r = readSecret(s, ref);
        QVERIFY2(!r.ok(), qPrintable(ref));
        QCOMPARE(r.error().code, SecretError::Corrupt);
        QVERIFY2(r.error().message.contains(QStringLiteral("copied there from another entry")), qPrintable(r.error().message));
    }
}

void TestSecretFileStore::truncatedFile_data()
{
    QTest::addColumn<double>("keep");
    QTest::newRow("empty") << 0.0;
    QTest::newRow("a tenth") << 0.1;
    QTest::newRow("half") << 0.5;
    QTest::newRow("all but the closing brace") << -1.0;
}

void TestSecretFileStore::truncatedFile()
{
    QFETCH(double, keep);
    const CredentialStorePtr s = store(m_key);
    const QByteArray secret = distinctiveSecret("trunc");
    QVERIFY(writeSecret(s, QStringLiteral("connection/7/password"), secret).ok());
    const QByteArray bytes = fileBytes();
    const QByteArray cut = keep < 0 ? bytes.left(bytes.size() - 2) : bytes.left(qsizetype(bytes.size() * keep));   // -2: keep the last '}' off, drop the newline
    writeFileBytes(cut);
    for (const Error &e : {readSecret(s, QStringLiteral("connection/7/password")).error(), listSecrets(s).error(),
                           writeSecret(s, QStringLiteral("connection/8/password"), "x").error()}) {
        QCOMPARE(e.code, SecretError::Corrupt);
        QVERIFY2(e.message.contains(QStringLiteral("The secrets file %1 is damaged").arg(m_path)), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("truncated or altered")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QString::fromLatin1(secret)));
    }
    QCOMPARE(fileBytes(), cut);   // a damaged file is not overwritten
}

void TestSecretFileStore::modeIs0600()
{
    const mode_t previous = ::umask(0);   // the file must not depend on a careful umask
    const CredentialStorePtr s = store(m_key);
    const Status written = writeSecret(s, QStringLiteral("connection/7/password"), "x");
    ::umask(previous);
    QVERIFY(written.ok());
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));   // the directory the store created

    // A file someone made readable is private again after the next write (a new file replaces it).
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0644) == 0);
    QVERIFY(writeSecret(s, QStringLiteral("connection/8/password"), "y").ok());
    QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
}

void TestSecretFileStore::noTemporaryFilesLeft()
{
    const CredentialStorePtr s = store(m_key);
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeSecret(s, QStringLiteral("connection/%1/password").arg(i), "v").ok());
    QVERIFY(removeSecret(s, QStringLiteral("connection/0/password")).ok());
    const QStringList files = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{QStringLiteral("secrets.enc")});
}

void TestSecretFileStore::badReferenceTouchesNothing()
{
    const CredentialStorePtr s = store(m_key);
    for (const QString &bad : {QStringLiteral("password"), QStringLiteral("connection/7"), QStringLiteral("a/b/c/d"), QStringLiteral("connection//password"),
                               QStringLiteral("connection/7/pass word"), QStringLiteral("../7/password"), QStringLiteral("index")}) {
        const Status st = writeSecret(s, bad, "x");
        QVERIFY2(!st.ok(), qPrintable(bad));
        QCOMPARE(st.error().code, SecretError::Reference);
        QVERIFY2(st.error().message.contains(QStringLiteral("<kind>/<id>/<field>")), qPrintable(st.error().message));
    }
    QVERIFY(!QFile::exists(m_path));
}

void TestSecretFileStore::resultDroppedWhenContextIsGone()
{
    const CredentialStorePtr s = store(m_key);
    QVERIFY(writeSecret(s, QStringLiteral("connection/7/password"), "x").ok());
    bool called = false;
    auto *context = new QObject;
    s->read(QStringLiteral("connection/7/password"), context, [&called](const Result<QByteArray> &) { called = true; });
    delete context;
    // A later request on the same thread is answered, so the first one's answer has had its chance to arrive.
    QCOMPARE(*readSecret(s, QStringLiteral("connection/7/password")), QByteArray("x"));
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestSecretFileStore::defaultLocation()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("xdg"))));
    qunsetenv("ORDERFLOW_SECRETS_FILE");
    QCOMPARE(defaultSecretsFilePath(), m_dir->filePath(QStringLiteral("xdg/orderflow/secrets.enc")));
    qputenv("ORDERFLOW_SECRETS_FILE", "/srv/orderflow/secrets.enc");
    QCOMPARE(defaultSecretsFilePath(), QStringLiteral("/srv/orderflow/secrets.enc"));
    qunsetenv("ORDERFLOW_SECRETS_FILE");
}

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSecretFileStore)
#include "test_secret_file_store.moc"
