// SftpFileStore (the FileStore the folder source, dropzone and ack poller use) against a real OpenSSH sshd:
// every operation, name collisions, missing directories, 2,000 files, interoperability with OpenSSH's sftp client,
// the server dropping or hanging mid-session, and the test-connection probe.
#include "sshd/SshdFixture.h"
#include "transport/FileStore.h"
#include "transport/SftpFileStore.h"
#include "transport/SftpProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace orderflow;
using orderflow::test::SshdFixture;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(gen.generate() & 0xff);
    return data;
}

bool writeLocal(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readLocal(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString message(const Status &s) { return s.ok() ? QString() : s.error().message; }
template <typename T>
QString message(const Result<T> &r) { return r.ok() ? QString() : r.error().message; }

} // namespace

class TestSftpFileStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createdThroughFactory();
    void writeAndReadBack_data();
    void writeAndReadBack();
    void listFiltersSortsAndSkipsTmp();
    void nameCollisionIsExists();
    void moveNeverOverwrites();
    void existsAndRemove();
    void ensureDirCreatesParents();
    void missingDirectoryNamesThePath();
    void readTooLarge();
    void twoThousandFiles();
    void openSshReadsWhatWeWrote();
    void weReadWhatOpenSshPut();
    void serverStoppedMidSessionThenReconnects();
    void serverHungDuringUpload();
    void probeReportsEveryStep();
    void probeReportsMissingDirectory();

private:
    std::unique_ptr<SftpFileStore> makeStore(QJsonObject overrides = {}) const;

    SshdFixture m_sshd;
    std::unique_ptr<SftpFileStore> m_store;
    QString m_dir;   // per test function, on the server (= local disk)
};

std::unique_ptr<SftpFileStore> TestSftpFileStore::makeStore(QJsonObject overrides) const
{
    QJsonObject json = m_sshd.sftpConfig();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        json.insert(it.key(), it.value());
    Result<SftpConfig> config = SftpConfig::fromJson(json);
    if (!config)
        qFatal("bad config: %s", qPrintable(config.error().message));
    return std::make_unique<SftpFileStore>(*config);
}

void TestSftpFileStore::initTestCase()
{
    QString why;
    if (!SshdFixture::available(&why))
        QSKIP(qPrintable(why));
    const Status started = m_sshd.start();
    QVERIFY2(started.ok(), qPrintable(message(started)));
}

void TestSftpFileStore::init()
{
    m_dir = m_sshd.dataDir() + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(QDir().mkpath(m_dir));
    if (!m_sshd.isRunning())
        QVERIFY(m_sshd.start().ok());
    m_store = makeStore();
    QVERIFY2(m_store->open().ok(), "open");
}

void TestSftpFileStore::cleanup()
{
    if (m_store)
        m_store->close();
    m_store.reset();
    QDir(m_dir).removeRecursively();
}

void TestSftpFileStore::createdThroughFactory()
{
    Result<std::unique_ptr<FileStore>> store = createFileStore(m_sshd.sftpConfig());
    QVERIFY2(store.ok(), qPrintable(message(store)));
    QCOMPARE((*store)->describe(), QStringLiteral("sftp://%1@127.0.0.1:%2").arg(m_sshd.currentUser()).arg(m_sshd.port()));
    QVERIFY((*store)->writeAtomic(m_dir + QStringLiteral("/f.json"), "{}", true).ok());
    QCOMPARE(readLocal(m_dir + QStringLiteral("/f.json")), QByteArray("{}"));

    // Invalid configurations fail with a message, not a crash.
    Result<std::unique_ptr<FileStore>> bad = createFileStore(QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")}});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("host")));
}

void TestSftpFileStore::writeAndReadBack_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("sync");
    QTest::newRow("empty") << qsizetype(0) << false;
    QTest::newRow("one byte") << qsizetype(1) << true;
    QTest::newRow("10 KB") << qsizetype(10 * 1000) << false;
    QTest::newRow("exactly one read chunk") << qsizetype(64 * 1024) << false;
    QTest::newRow("read chunk + 1") << qsizetype(64 * 1024 + 1) << false;
    QTest::newRow("more than one write chunk") << qsizetype(300 * 1024) << true;
    QTest::newRow("5 MB") << qsizetype(5 * 1000 * 1000 + 7) << false;
}

void TestSftpFileStore::writeAndReadBack()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, sync);
    const QByteArray data = randomBytes(size, quint32(size));
    const QString path = m_dir + QStringLiteral("/order.json");
    const Status w = m_store->writeAtomic(path, data, sync);
    QVERIFY2(w.ok(), qPrintable(message(w)));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    QCOMPARE(readLocal(path), data);
    const Result<QByteArray> r = m_store->read(path, 10 * 1000 * 1000);
    QVERIFY2(r.ok(), qPrintable(message(r)));
    QCOMPARE(r->size(), data.size());
    QVERIFY(*r == data);
}

void TestSftpFileStore::listFiltersSortsAndSkipsTmp()
{
    QVERIFY(writeLocal(m_dir + QStringLiteral("/b.json"), "bb"));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/a.JSON"), "a"));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/c.edi"), "ccc"));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/d.json.tmp"), "half-written"));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/.hidden.json"), "h"));
    QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/sub.json")));
    QVERIFY(QFile::link(m_dir + QStringLiteral("/b.json"), m_dir + QStringLiteral("/link.json")));
    QVERIFY(QFile::link(m_dir + QStringLiteral("/missing"), m_dir + QStringLiteral("/dangling.json")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);

    Result<QList<FileEntry>> json = m_store->list(m_dir, QStringLiteral("*.json"));
    QVERIFY2(json.ok(), qPrintable(message(json)));
    QStringList names;
    for (const FileEntry &e : std::as_const(*json))
        names << e.name;
    // A link is never listed as a file, not even one to a file beside it: it could as well lead out of the folder.
    QCOMPARE(names, (QStringList{QStringLiteral(".hidden.json"), QStringLiteral("a.JSON"), QStringLiteral("b.json")}));
    QCOMPARE(json->at(2).size, 2);
    QVERIFY(json->at(2).modified >= before && json->at(2).modified.timeSpec() == Qt::UTC);

    Result<QList<FileEntry>> two = m_store->list(m_dir, QStringLiteral("*.edi;b*"));
    QVERIFY(two.ok());
    QCOMPARE(two->size(), 2);
    Result<QList<FileEntry>> all = m_store->list(m_dir, QString());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);

    // listEntries names what list() leaves out, by kind, so a source can refuse it; directories stay out.
    QVERIFY(::mkfifo(QFile::encodeName(m_dir + QStringLiteral("/pipe.json")).constData(), 0644) == 0);
    QVERIFY(QFile::link(m_dir + QStringLiteral("/sub.json"), m_dir + QStringLiteral("/dirlink.json")));   // a folder, not a file
    Result<QList<FileEntry>> entries = m_store->listEntries(m_dir, QStringLiteral("*.json"));
    QVERIFY2(entries.ok(), qPrintable(message(entries)));
    QHash<QString, FileEntry::Kind> kinds;
    for (const FileEntry &e : std::as_const(*entries))
        kinds.insert(e.name, e.kind);
    QCOMPARE(kinds.size(), 6);
    QVERIFY(kinds.value(QStringLiteral("b.json")) == FileEntry::Kind::Regular);
    QVERIFY(kinds.value(QStringLiteral("link.json")) == FileEntry::Kind::Symlink);
    QVERIFY(kinds.value(QStringLiteral("dangling.json")) == FileEntry::Kind::Symlink);
    QVERIFY(kinds.value(QStringLiteral("pipe.json")) == FileEntry::Kind::Fifo);
    QCOMPARE(m_store->list(m_dir, QStringLiteral("*.json"))->size(), 3);
}

void TestSftpFileStore::nameCollisionIsExists()
{
    const QString path = m_dir + QStringLiteral("/sales_order_1.json");
    QVERIFY(m_store->writeAtomic(path, "first", false).ok());
    const Status second = m_store->writeAtomic(path, "second", false);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, FileError::Exists);
    QVERIFY2(second.error().message.contains(path), qPrintable(second.error().message));
    QVERIFY(!isTransientFileError(second.error()));
    QCOMPARE(readLocal(path), QByteArray("first"));   // never overwritten
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));   // and no litter
}

void TestSftpFileStore::moveNeverOverwrites()
{
    QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/archive")));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/a.edi"), "A"));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/b.edi"), "B"));
    QVERIFY(m_store->move(m_dir + QStringLiteral("/a.edi"), m_dir + QStringLiteral("/archive/a.edi")).ok());
    QCOMPARE(readLocal(m_dir + QStringLiteral("/archive/a.edi")), QByteArray("A"));
    QVERIFY(!QFile::exists(m_dir + QStringLiteral("/a.edi")));

    const Status clash = m_store->move(m_dir + QStringLiteral("/b.edi"), m_dir + QStringLiteral("/archive/a.edi"));
    QCOMPARE(clash.error().code, FileError::Exists);
    QCOMPARE(readLocal(m_dir + QStringLiteral("/archive/a.edi")), QByteArray("A"));
    QVERIFY(QFile::exists(m_dir + QStringLiteral("/b.edi")));

    const Status gone = m_store->move(m_dir + QStringLiteral("/vanished.edi"), m_dir + QStringLiteral("/archive/vanished.edi"));
    QCOMPARE(gone.error().code, FileError::NotFound);
    QVERIFY2(gone.error().message.contains(m_dir + QStringLiteral("/vanished.edi")), qPrintable(gone.error().message));

    const Status noDir = m_store->move(m_dir + QStringLiteral("/b.edi"), m_dir + QStringLiteral("/no-such-archive/b.edi"));
    QCOMPARE(noDir.error().code, FileError::NotFound);
    QVERIFY2(noDir.error().message.contains(m_dir + QStringLiteral("/no-such-archive")), qPrintable(noDir.error().message));
}

void TestSftpFileStore::existsAndRemove()
{
    const QString path = m_dir + QStringLiteral("/x.json");
    QCOMPARE(m_store->exists(path).value(), false);
    QVERIFY(writeLocal(path, "x"));
    QCOMPARE(m_store->exists(path).value(), true);
    QVERIFY(m_store->remove(path).ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_store->remove(path).ok());   // already gone: fine
    QCOMPARE(m_store->exists(m_dir).value(), true);
}

void TestSftpFileStore::ensureDirCreatesParents()
{
    const QString deep = m_dir + QStringLiteral("/ack/processed/2025");
    QVERIFY2(m_store->ensureDir(deep).ok(), "ensureDir");
    QVERIFY(QFileInfo(deep).isDir());
    QVERIFY(m_store->ensureDir(deep).ok());   // idempotent
    QVERIFY(writeLocal(m_dir + QStringLiteral("/plainfile"), "f"));
    const Status onFile = m_store->ensureDir(m_dir + QStringLiteral("/plainfile"));
    QVERIFY(!onFile.ok());
    QVERIFY(onFile.error().message.contains(m_dir + QStringLiteral("/plainfile")));
}

void TestSftpFileStore::missingDirectoryNamesThePath()
{
    const QString missing = m_dir + QStringLiteral("/not-there");
    const Result<QList<FileEntry>> listed = m_store->list(missing, QStringLiteral("*.edi"));
    QCOMPARE(listed.error().code, FileError::NotFound);
    QVERIFY2(listed.error().message.contains(missing), qPrintable(listed.error().message));
    QVERIFY2(listed.error().message.contains(QStringLiteral("SFTP status 2")), qPrintable(listed.error().message));

    const Status written = m_store->writeAtomic(missing + QStringLiteral("/sales_order.json"), "{}", false);
    QCOMPARE(written.error().code, FileError::NotFound);
    QVERIFY2(written.error().message.contains(QStringLiteral("directory %1 does not exist").arg(missing)), qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(m_store->describe()), qPrintable(written.error().message));

    const Result<QByteArray> read = m_store->read(missing + QStringLiteral("/a.edi"), 1000);
    QCOMPARE(read.error().code, FileError::NotFound);
    QVERIFY(read.error().message.contains(missing + QStringLiteral("/a.edi")));
    // The session is still usable after status errors.
    QVERIFY(m_store->session().isConnected());
    QVERIFY(m_store->list(m_dir, QString()).ok());
}

void TestSftpFileStore::readTooLarge()
{
    QVERIFY(writeLocal(m_dir + QStringLiteral("/big.edi"), QByteArray(5000, 'x')));
    const Result<QByteArray> r = m_store->read(m_dir + QStringLiteral("/big.edi"), 4999);
    QCOMPARE(r.error().code, FileError::TooLarge);
    QVERIFY(r.error().message.contains(QStringLiteral("5000")));
    QCOMPARE(m_store->read(m_dir + QStringLiteral("/big.edi"), 5000)->size(), 5000);
}

void TestSftpFileStore::twoThousandFiles()
{
    for (int i = 0; i < 2000; ++i)
        QVERIFY(writeLocal(m_dir + QStringLiteral("/po_%1.edi").arg(i, 5, 10, QLatin1Char('0')), QByteArray::number(i)));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/readme.txt"), "not an order"));
    QElapsedTimer timer;
    timer.start();
    const Result<QList<FileEntry>> listed = m_store->list(m_dir, QStringLiteral("*.edi"));
    const qint64 ms = timer.elapsed();
    QVERIFY2(listed.ok(), qPrintable(message(listed)));
    QCOMPARE(listed->size(), 2000);
    QCOMPARE(listed->first().name, QStringLiteral("po_00000.edi"));
    QCOMPARE(listed->last().name, QStringLiteral("po_01999.edi"));
    qInfo("listed 2000 files in %lld ms", ms);
    QVERIFY(ms < 5000);
}

void TestSftpFileStore::openSshReadsWhatWeWrote()
{
    const QString local = m_sshd.workDir() + QStringLiteral("/downloaded-") + QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(QDir().mkpath(local));
    QList<QByteArray> contents;
    for (int i = 0; i < 3; ++i) {
        contents << randomBytes(1000 + i * 70000, quint32(i + 10));
        QVERIFY(m_store->writeAtomic(m_dir + QStringLiteral("/out_%1.json").arg(i), contents.last(), true).ok());
    }
    const Result<QString> out = m_sshd.runSftpBatch({QStringLiteral("get %1/out_* %2/").arg(m_dir, local)});
    QVERIFY2(out.ok(), qPrintable(message(out)));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(readLocal(local + QStringLiteral("/out_%1.json").arg(i)), contents.at(i));
    QDir(local).removeRecursively();
}

void TestSftpFileStore::weReadWhatOpenSshPut()
{
    const QString local = m_sshd.workDir() + QStringLiteral("/upload-") + QString::fromLatin1(QTest::currentTestFunction());
    QVERIFY(QDir().mkpath(local));
    QList<QByteArray> contents;
    for (int i = 0; i < 3; ++i) {
        contents << randomBytes(500 + i * 150000, quint32(i + 20));
        QVERIFY(writeLocal(local + QStringLiteral("/in_%1.edi").arg(i), contents.last()));
    }
    const Result<QString> out = m_sshd.runSftpBatch({QStringLiteral("mkdir %1/inbound").arg(m_dir), QStringLiteral("put %1/in_* %2/inbound/").arg(local, m_dir)});
    QVERIFY2(out.ok(), qPrintable(message(out)));
    const Result<QList<FileEntry>> listed = m_store->list(m_dir + QStringLiteral("/inbound"), QStringLiteral("*.edi"));
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(listed->at(i).size, contents.at(i).size());
        const Result<QByteArray> r = m_store->read(m_dir + QStringLiteral("/inbound/") + listed->at(i).name, 1 << 20);
        QVERIFY(r.ok());
        QVERIFY(*r == contents.at(i));
    }
    QDir(local).removeRecursively();
}

void TestSftpFileStore::serverStoppedMidSessionThenReconnects()
{
    QVERIFY(writeLocal(m_dir + QStringLiteral("/a.edi"), "A"));
    QVERIFY(m_store->list(m_dir, QString()).ok());
    QVERIFY(m_sshd.stop(true).ok());   // the server dies; the connection drops

    QElapsedTimer timer;
    timer.start();
    const Result<QList<FileEntry>> listed = m_store->list(m_dir, QString());
    QCOMPARE(listed.error().code, FileError::Connection);
    QVERIFY(isTransientFileError(listed.error()));
    QVERIFY2(listed.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_sshd.port())), qPrintable(listed.error().message));
    const Status written = m_store->writeAtomic(m_dir + QStringLiteral("/b.json"), "{}", false);
    QCOMPARE(written.error().code, FileError::Connection);
    const Status moved = m_store->move(m_dir + QStringLiteral("/a.edi"), m_dir + QStringLiteral("/a.done"));
    QCOMPARE(moved.error().code, FileError::Connection);
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(!QFile::exists(m_dir + QStringLiteral("/b.json")));

    QVERIFY(m_sshd.start().ok());   // same port
    const Result<QList<FileEntry>> again = m_store->list(m_dir, QString());
    QVERIFY2(again.ok(), qPrintable(message(again)));
    QCOMPARE(again->size(), 1);
    QVERIFY(m_store->writeAtomic(m_dir + QStringLiteral("/b.json"), "{}", false).ok());
    QVERIFY(m_store->move(m_dir + QStringLiteral("/a.edi"), m_dir + QStringLiteral("/a.done")).ok());
}

void TestSftpFileStore::serverHungDuringUpload()
{
    m_store = makeStore({{QStringLiteral("io_timeout_ms"), 800}, {QStringLiteral("connect_timeout_ms"), 800}});
    QVERIFY(m_store->open().ok());
    QVERIFY(m_sshd.suspend().ok());
    QElapsedTimer timer;
    timer.start();
    const Status written = m_store->writeAtomic(m_dir + QStringLiteral("/big.json"), randomBytes(4 << 20, 7), false);
    const qint64 ms = timer.elapsed();
    QVERIFY(m_sshd.resume().ok());
    QCOMPARE(written.error().code, FileError::Connection);
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    QVERIFY(!QFile::exists(m_dir + QStringLiteral("/big.json")));
    // After the hang the store works again (a new connection).
    QVERIFY2(m_store->writeAtomic(m_dir + QStringLiteral("/big.json"), "{}", false).ok(), "retry after resume");
}

void TestSftpFileStore::probeReportsEveryStep()
{
    QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/in")));
    QVERIFY(QDir().mkpath(m_dir + QStringLiteral("/archive")));
    QVERIFY(writeLocal(m_dir + QStringLiteral("/in/x.edi"), "x"));
    const SftpProbeReport report = probeSftpConnection(m_sshd.sftpConfig(), {{m_dir + QStringLiteral("/in")}, {m_dir + QStringLiteral("/in"), m_dir + QStringLiteral("/archive")}});
    QVERIFY2(report.ok, qPrintable(report.firstError.message));
    QStringList names;
    for (const SftpProbeStep &s : report.steps) {
        QVERIFY(s.ok);
        QVERIFY(s.ms >= 0);
        names << s.name.section(QLatin1Char(' '), 0, 0);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("connect"), QStringLiteral("host"), QStringLiteral("authenticate"), QStringLiteral("sftp"),
                                 QStringLiteral("list"), QStringLiteral("write"), QStringLiteral("rename"), QStringLiteral("remove"),
                                 QStringLiteral("write"), QStringLiteral("rename"), QStringLiteral("remove")}));
    QCOMPARE(report.fingerprint, m_sshd.hostKeyFingerprint());
    QCOMPARE(report.steps.at(4).detail, QStringLiteral("1 files"));
    QCOMPARE(QDir(m_dir + QStringLiteral("/archive")).entryList(QDir::Files | QDir::Hidden).size(), 0);   // nothing left behind
    QCOMPARE(QDir(m_dir + QStringLiteral("/in")).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QVERIFY(report.toJson().value(QStringLiteral("ok")).toBool());
}

void TestSftpFileStore::probeReportsMissingDirectory()
{
    QJsonObject config = m_sshd.sftpConfig();
    const SftpProbeReport report = probeSftpConnection(config, {{m_dir + QStringLiteral("/nope")}, {m_dir + QStringLiteral("/nope2")}});
    QVERIFY(!report.ok);
    QCOMPARE(report.firstError.code, FileError::NotFound);
    QVERIFY(report.firstError.message.contains(m_dir + QStringLiteral("/nope")));
    QVERIFY(report.steps.at(3).ok);   // connected fine; the paths are the problem

    // An unknown host key stops the probe at "host key" with the fingerprint to offer.
    config.insert(QStringLiteral("known_hosts"), QString(m_sshd.workDir() + QStringLiteral("/empty_known_hosts")));
    const SftpProbeReport hk = probeSftpConnection(config, {});
    QVERIFY(!hk.ok);
    QCOMPARE(hk.firstError.code, FileError::HostKey);
    QCOMPARE(hk.steps.last().name, QStringLiteral("host key"));
    QCOMPARE(hk.fingerprint, m_sshd.hostKeyFingerprint());
}

QTEST_GUILESS_MAIN(TestSftpFileStore)
#include "test_sftp_filestore.moc"
