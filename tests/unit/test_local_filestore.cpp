// Unit tests for LocalFileStore: the hot-folder and filesystem-dropzone transport, on a real temporary directory.
#include "transport/LocalFileStore.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace orderflow;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(content), content.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QStringList leftoverTmp(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
}

QStringList names(const QList<FileEntry> &entries)
{
    QStringList out;
    for (const FileEntry &e : entries)
        out << e.name;
    return out;
}

QByteArray pattern(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((i * 131 + 7) & 0xff);
    return b;
}

// A folder with one regular file and everything a source must never open: links (to a file outside, to a file
// inside, to nothing), a FIFO and a Unix socket. The socket stays bound while the returned descriptor is open.
int makeHostileFolder(const QString &dir, const QString &outside)
{
    writeFile(dir + QStringLiteral("/a.json"), "a");
    writeFile(outside, "secret");
    QFile::link(outside, dir + QStringLiteral("/link.json"));
    QFile::link(dir + QStringLiteral("/a.json"), dir + QStringLiteral("/inside-link.json"));
    QFile::link(dir + QStringLiteral("/missing"), dir + QStringLiteral("/dangling.json"));
    ::mkfifo(QFile::encodeName(dir + QStringLiteral("/pipe.json")).constData(), 0600);
    QDir().mkpath(dir + QStringLiteral("/elsewhere"));
    QFile::link(dir + QStringLiteral("/elsewhere"), dir + QStringLiteral("/archive.json"));   // a folder on another disk: not a file
    const int sock = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray sockPath = QFile::encodeName(dir + QStringLiteral("/sock.json"));
    if (sockPath.size() < qsizetype(sizeof(addr.sun_path)))
        std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
    ::bind(sock, reinterpret_cast<const sockaddr *>(&addr), sizeof(addr));
    return sock;
}

void releaseFifo(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

class TestLocalFileStore : public QObject {
    Q_OBJECT
private slots:
    void writeAtomic_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("sync");
        QTest::newRow("json, synced") << QStringLiteral("sales_order_1.json") << QByteArray("{\"a\":1}") << true;
        QTest::newRow("json, not synced") << QStringLiteral("sales_order_2.json") << QByteArray("{\"a\":2}") << false;
        QTest::newRow("empty") << QStringLiteral("empty.json") << QByteArray() << true;
        QTest::newRow("binary with NUL") << QStringLiteral("bin.dat") << QByteArray("a\0b\0\xff", 5) << false;
        QTest::newRow("2 MiB") << QStringLiteral("big.json") << pattern(2 * 1024 * 1024) << false;
        QTest::newRow("non-ascii name") << QStringLiteral("bestellung_müller.json") << QByteArray("x") << true;
        QTest::newRow("name with spaces") << QStringLiteral("order 1.json") << QByteArray("y") << false;
    }
    void writeAtomic()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(bool, sync);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LocalFileStore store;
        const QString path = dir.filePath(name);
        const Status s = store.writeAtomic(path, content, sync);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(readFile(path), content);
        QCOMPARE(leftoverTmp(dir.path()), QStringList());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
        // And the store reads back what it wrote.
        const auto back = store.read(path, content.size());
        QVERIFY(back.ok());
        QCOMPARE(*back, content);
    }

    void writeRefusesOverwrite_data()
    {
        QTest::addColumn<bool>("sync");
        QTest::newRow("synced") << true;
        QTest::newRow("not synced") << false;
    }
    void writeRefusesOverwrite()
    {
        QFETCH(bool, sync);
        QTemporaryDir dir;
        LocalFileStore store;
        const QString path = dir.filePath(QStringLiteral("sales_order_x.json"));
        writeFile(path, "original");
        const Status s = store.writeAtomic(path, "replacement", sync);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, FileError::Exists);
        QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
        QCOMPARE(readFile(path), QByteArray("original"));
        QCOMPARE(leftoverTmp(dir.path()), QStringList());
    }

    void staleTmpFromACrashIsReplaced()
    {
        QTemporaryDir dir;
        LocalFileStore store;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        writeFile(path + QStringLiteral(".tmp"), "half-written garbage from a crashed run, longer than the new content");
        QVERIFY(store.writeAtomic(path, "new", true).ok());
        QCOMPARE(readFile(path), QByteArray("new"));
        QCOMPARE(leftoverTmp(dir.path()), QStringList());
    }

    void writeIntoMissingDirectory()
    {
        QTemporaryDir dir;
        LocalFileStore store;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/out.json"));
        const Status s = store.writeAtomic(path, "x", false);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, FileError::NotFound);
        QVERIFY2(s.error().message.contains(dir.filePath(QStringLiteral("no/such/dir"))), qPrintable(s.error().message));
        QVERIFY(!isTransientFileError(s.error()));
    }

    void move_data()
    {
        QTest::addColumn<bool>("targetExists");
        QTest::addColumn<bool>("sourceExists");
        QTest::addColumn<QString>("code");   // empty = success
        QTest::newRow("plain move") << false << true << QString();
        QTest::newRow("target exists") << true << true << FileError::Exists;
        QTest::newRow("source missing") << false << false << FileError::NotFound;
    }
    void move()
    {
        QFETCH(bool, targetExists);
        QFETCH(bool, sourceExists);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("archive")));
        const QString from = dir.filePath(QStringLiteral("in.json"));
        const QString to = dir.filePath(QStringLiteral("archive/in.json"));
        if (sourceExists)
            writeFile(from, "source");
        if (targetExists)
            writeFile(to, "target");
        LocalFileStore store;
        const Status s = store.move(from, to);
        if (code.isEmpty()) {
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            QVERIFY(!QFile::exists(from));
            QCOMPARE(readFile(to), QByteArray("source"));
            return;
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY2(s.error().message.contains(from) && s.error().message.contains(to), qPrintable(s.error().message));
        if (sourceExists)
            QCOMPARE(readFile(from), QByteArray("source"));
        if (targetExists)
            QCOMPARE(readFile(to), QByteArray("target"));
    }

    void list_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("a.json"), ack = QStringLiteral("ack_1.json"), b = QStringLiteral("b.json"),
                      c = QStringLiteral("c.xml"), notes = QStringLiteral("notes.txt");
        QTest::newRow("everything") << QString() << QStringList{a, ack, b, c, notes};
        QTest::newRow("star") << QStringLiteral("*") << QStringList{a, ack, b, c, notes};
        QTest::newRow("json") << QStringLiteral("*.json") << QStringList{a, ack, b};
        QTest::newRow("json and xml") << QStringLiteral("*.json;*.xml") << QStringList{a, ack, b, c};
        QTest::newRow("trailing separator") << QStringLiteral("*.json;") << QStringList{a, ack, b};
        QTest::newRow("prefix") << QStringLiteral("ack_*") << QStringList{ack};
        QTest::newRow("single char") << QStringLiteral("?.json") << QStringList{a, b};
        QTest::newRow("tmp never listed") << QStringLiteral("*.tmp") << QStringList();
        QTest::newRow("nothing matches") << QStringLiteral("*.csv") << QStringList();
    }
    void list()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("b.json")), "bbb");
        writeFile(dir.filePath(QStringLiteral("a.json")), "a");
        writeFile(dir.filePath(QStringLiteral("c.xml")), "<c/>");
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "");
        writeFile(dir.filePath(QStringLiteral("ack_1.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("d.json.tmp")), "partial");   // a writer mid-way
        writeFile(dir.filePath(QStringLiteral("e.tmp")), "partial");
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.json")));        // directories are not files
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("processed")));
        writeFile(dir.filePath(QStringLiteral("processed/old.json")), "old");

        LocalFileStore store;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto r = store.list(dir.path(), pattern);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(names(*r), expected);
        for (const FileEntry &e : *r) {
            QCOMPARE(e.size, QFileInfo(dir.filePath(e.name)).size());
            QCOMPARE(e.modified.timeSpec(), Qt::UTC);
            QVERIFY(e.modified >= before && e.modified <= QDateTime::currentDateTimeUtc().addSecs(60));
        }
    }

    void listMissingDirectory()
    {
        QTemporaryDir dir;
        LocalFileStore store;
        const QString missing = dir.filePath(QStringLiteral("not-there"));
        const auto r = store.list(missing, QStringLiteral("*.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FileError::NotFound);
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));
    }

    void read_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("below limit") << qint64(10) << qint64(100) << true;
        QTest::newRow("exactly the limit") << qint64(10) << qint64(10) << true;
        QTest::newRow("one byte over") << qint64(11) << qint64(10) << false;
        QTest::newRow("empty file") << qint64(0) << qint64(0) << true;
        QTest::newRow("empty file, limit 1") << qint64(0) << qint64(1) << true;
        QTest::newRow("1 MiB") << qint64(1024 * 1024) << qint64(1024 * 1024) << true;
        QTest::newRow("1 MiB over a small limit") << qint64(1024 * 1024) << qint64(4096) << false;
    }
    void read()
    {
        QFETCH(qint64, size);
        QFETCH(qint64, maxBytes);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.edi"));
        const QByteArray content = pattern(size);
        writeFile(path, content);
        LocalFileStore store;
        const auto r = store.read(path, maxBytes);
        if (ok) {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(*r, content);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, FileError::TooLarge);
            QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QString::number(size)), qPrintable(r.error().message));
            QVERIFY(!isTransientFileError(r.error()));
        }
    }

    void listLeavesOutLinksAndSpecialFiles()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const int sock = makeHostileFolder(dir.path(), elsewhere.filePath(QStringLiteral("secret.json")));
        const auto closeSock = qScopeGuard([&] { ::close(sock); });
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.json")));
        LocalFileStore store;
        const auto r = store.list(dir.path(), QStringLiteral("*.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(names(*r), QStringList{QStringLiteral("a.json")});
    }

    void listEntriesNamesWhatListLeavesOut()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const int sock = makeHostileFolder(dir.path(), elsewhere.filePath(QStringLiteral("secret.json")));
        const auto closeSock = qScopeGuard([&] { ::close(sock); });
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.json")));
        writeFile(dir.filePath(QStringLiteral("half.json.tmp")), "partial");
        LocalFileStore store;
        const auto r = store.listEntries(dir.path(), QStringLiteral("*.json"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(names(*r), (QStringList{QStringLiteral("a.json"), QStringLiteral("dangling.json"), QStringLiteral("inside-link.json"),
                                         QStringLiteral("link.json"), QStringLiteral("pipe.json"), QStringLiteral("sock.json")}));
        const QList<FileEntry::Kind> kinds{FileEntry::Kind::Regular, FileEntry::Kind::Symlink, FileEntry::Kind::Symlink,
                                           FileEntry::Kind::Symlink, FileEntry::Kind::Fifo, FileEntry::Kind::Socket};
        for (qsizetype i = 0; i < kinds.size(); ++i)
            QVERIFY2(r->at(i).kind == kinds.at(i), qPrintable(r->at(i).name));
        QCOMPARE(r->first().size, 1);
        QVERIFY(r->first().inode != 0);
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(dir.filePath(QStringLiteral("a.json"))).constData(), &st) == 0);
        QCOMPARE(r->first().inode, quint64(st.st_ino));

        // A second look at named entries reports them the same way; what is gone (or a directory) is left out.
        const auto again = store.lookUp(dir.path(), {QStringLiteral("link.json"), QStringLiteral("a.json"), QStringLiteral("gone.json"), QStringLiteral("sub.json")});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(names(*again), (QStringList{QStringLiteral("link.json"), QStringLiteral("a.json")}));
        QVERIFY(again->at(0).kind == FileEntry::Kind::Symlink);
        QVERIFY(again->at(1).sameVersionAs(r->first()));
    }

    void readRefusesLinksAndSpecialFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("what");
        QTest::newRow("link to a file outside") << QStringLiteral("link.json") << QStringLiteral("symbolic link");
        QTest::newRow("link to a file inside") << QStringLiteral("inside-link.json") << QStringLiteral("symbolic link");
        QTest::newRow("dangling link") << QStringLiteral("dangling.json") << QStringLiteral("symbolic link");
        QTest::newRow("FIFO") << QStringLiteral("pipe.json") << QStringLiteral("FIFO");
        QTest::newRow("socket") << QStringLiteral("sock.json") << QStringLiteral("socket");
        QTest::newRow("directory") << QStringLiteral("sub.json") << QStringLiteral("directory");
    }
    void readRefusesLinksAndSpecialFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, what);
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const int sock = makeHostileFolder(dir.path(), elsewhere.filePath(QStringLiteral("secret.json")));
        const auto closeSock = qScopeGuard([&] { ::close(sock); });
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.json")));
        const QString path = dir.filePath(name);
        // On its own thread: a read stuck on the FIFO fails the test instead of hanging it.
        Result<QByteArray> r = Error(QStringLiteral("none"), QStringLiteral("not run"));
        QThread *reader = QThread::create([&] { r = LocalFileStore().read(path, 1 << 20); });
        QElapsedTimer timer;
        timer.start();
        reader->start();
        const bool returned = reader->wait(3000);
        if (!returned) {
            releaseFifo(dir.filePath(QStringLiteral("pipe.json")));
            reader->wait();
        }
        delete reader;
        QVERIFY2(returned, "read() blocked");
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("not_regular"));
        QVERIFY2(r.error().message.contains(path) && r.error().message.contains(what), qPrintable(r.error().message));
        QVERIFY(!isTransientFileError(r.error()));
    }

    void readMissing()
    {
        QTemporaryDir dir;
        LocalFileStore store;
        const QString path = dir.filePath(QStringLiteral("gone.json"));
        const auto r = store.read(path, 1000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, FileError::NotFound);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    }

    void readDirectoryIsAnError()
    {
        // read() on something that cannot be read must fail, not return "successfully read 0 bytes": the
        // caller would store an empty inbound message and archive the original.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
        LocalFileStore store;
        const auto r = store.read(dir.filePath(QStringLiteral("folder.json")), 1 << 20);
        QVERIFY(!r.ok());
    }

    void existsRemoveEnsureDir()
    {
        QTemporaryDir dir;
        LocalFileStore store;
        const QString file = dir.filePath(QStringLiteral("f.json"));
        writeFile(file, "x");
        QCOMPARE(store.exists(file).value(), true);
        QCOMPARE(store.exists(dir.path()).value(), true);
        QCOMPARE(store.exists(dir.filePath(QStringLiteral("nope"))).value(), false);

        QVERIFY(store.remove(file).ok());
        QVERIFY(!QFile::exists(file));
        QVERIFY(store.remove(file).ok());   // removing what is already gone is fine (idempotent cleanup)

        const QString nested = dir.filePath(QStringLiteral("a/b/c"));
        QVERIFY(store.ensureDir(nested).ok());
        QVERIFY(QFileInfo(nested).isDir());
        QVERIFY(store.ensureDir(nested).ok());
        QVERIFY(store.syncDir(nested).ok());

        writeFile(dir.filePath(QStringLiteral("plain")), "x");
        const Status s = store.ensureDir(dir.filePath(QStringLiteral("plain/sub")));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(dir.filePath(QStringLiteral("plain/sub"))), qPrintable(s.error().message));

        const Status missing = store.syncDir(dir.filePath(QStringLiteral("missing")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, FileError::NotFound);
    }

    void joinPath_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("/var/dropzone") << QStringLiteral("a.json") << QStringLiteral("/var/dropzone/a.json");
        QTest::newRow("trailing slash") << QStringLiteral("/var/dropzone/") << QStringLiteral("a.json") << QStringLiteral("/var/dropzone/a.json");
        QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("a.json") << QStringLiteral("/a.json");
        QTest::newRow("relative") << QStringLiteral("in") << QStringLiteral("a.json") << QStringLiteral("in/a.json");
        QTest::newRow("empty dir") << QString() << QStringLiteral("a.json") << QStringLiteral("a.json");
    }
    void joinPath()
    {
        QFETCH(QString, dir);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(orderflow::joinPath(dir, name), expected);
    }

    void transientErrors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("transient");
        QTest::newRow("connection") << FileError::Connection << true;
        QTest::newRow("no space") << FileError::NoSpace << true;
        QTest::newRow("io") << FileError::Io << true;
        QTest::newRow("not found") << FileError::NotFound << false;
        QTest::newRow("exists") << FileError::Exists << false;
        QTest::newRow("too large") << FileError::TooLarge << false;
        QTest::newRow("permission") << FileError::Permission << false;
        QTest::newRow("host key") << FileError::HostKey << false;
        QTest::newRow("auth") << FileError::Auth << false;
    }
    void transientErrors()
    {
        QFETCH(QString, code);
        QFETCH(bool, transient);
        QCOMPARE(isTransientFileError(Error(code, QStringLiteral("x"))), transient);
    }

    void permissionDenied_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("pathInMessage");   // relative to the temporary directory
        QTest::newRow("list unreadable dir") << QStringLiteral("list") << QStringLiteral("locked");
        QTest::newRow("read in unreadable dir") << QStringLiteral("read-in-locked") << QStringLiteral("locked/a.json");
        QTest::newRow("read unreadable file") << QStringLiteral("read-file") << QStringLiteral("secret.json");
        QTest::newRow("write into read-only dir") << QStringLiteral("write-readonly") << QStringLiteral("readonly/new.json");
        QTest::newRow("write into unreadable dir") << QStringLiteral("write-locked") << QStringLiteral("locked/new.json");
        QTest::newRow("move into read-only dir") << QStringLiteral("move") << QStringLiteral("readonly/in.json");
    }
    void permissionDenied()
    {
        QFETCH(QString, operation);
        QFETCH(QString, pathInMessage);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString base = dir.path();
        QDir d(base);
        QVERIFY(d.mkdir(QStringLiteral("locked")) && d.mkdir(QStringLiteral("readonly")));
        writeFile(dir.filePath(QStringLiteral("locked/a.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("secret.json")), "{}");
        writeFile(dir.filePath(QStringLiteral("in.json")), "{}");
        QCOMPARE(::chmod(QFile::encodeName(base).constData(), 0777), 0);   // the unprivileged child must get in
        QCOMPARE(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0), 0);
        QCOMPARE(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("readonly"))).constData(), 0555), 0);
        QCOMPARE(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("secret.json"))).constData(), 0), 0);
        QCOMPARE(::chmod(QFile::encodeName(dir.filePath(QStringLiteral("in.json"))).constData(), 0666), 0);
        auto restore = qScopeGuard([&] {
            ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("locked"))).constData(), 0755);
            ::chmod(QFile::encodeName(dir.filePath(QStringLiteral("readonly"))).constData(), 0755);
        });

        auto run = [&]() -> QString {   // "ok" or "code\nmessage"
            LocalFileStore store;
            Status s;
            if (operation == QLatin1String("list")) {
                const auto r = store.list(dir.filePath(QStringLiteral("locked")), QStringLiteral("*.json"));
                if (r.ok())
                    return QStringLiteral("ok (%1 files)").arg(r->size());
                s = r.error();
            } else if (operation.startsWith(QLatin1String("read"))) {
                const auto r = store.read(dir.filePath(pathInMessage), 1 << 20);
                if (r.ok())
                    return QStringLiteral("ok");
                s = r.error();
            } else if (operation.startsWith(QLatin1String("write"))) {
                s = store.writeAtomic(dir.filePath(pathInMessage), "x", true);
            } else {
                s = store.move(dir.filePath(QStringLiteral("in.json")), dir.filePath(pathInMessage));
            }
            return s.ok() ? QStringLiteral("ok") : s.error().code + QLatin1Char('\n') + s.error().message;
        };

        QString outcome;
        if (::geteuid() != 0) {
            outcome = run();
        } else {
            // root bypasses permission checks: run the operation in a child that has dropped to "nobody".
            int fds[2];
            QCOMPARE(::pipe(fds), 0);
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                ::close(fds[0]);
                QByteArray answer;
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::geteuid() == 0)
                    answer = "SKIP";
                else
                    answer = run().toUtf8();
                qsizetype off = 0;
                while (off < answer.size()) {
                    const ssize_t n = ::write(fds[1], answer.constData() + off, size_t(answer.size() - off));
                    if (n <= 0)
                        break;
                    off += n;
                }
                ::_exit(0);
            }
            ::close(fds[1]);
            QByteArray answer;
            char buf[4096];
            for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) != 0;) {
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0)
                    break;
                answer.append(buf, n);
            }
            ::close(fds[0]);
            int status = 0;
            ::waitpid(pid, &status, 0);
            QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
            if (answer == "SKIP")
                QSKIP("running as root and cannot drop privileges to test permission checks");
            outcome = QString::fromUtf8(answer);
        }

        const QString code = outcome.section(QLatin1Char('\n'), 0, 0);
        const QString message = outcome.section(QLatin1Char('\n'), 1);
        QCOMPARE(code, FileError::Permission);
        QVERIFY2(message.contains(dir.filePath(pathInMessage)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("permission")), qPrintable(message));
        if (operation.startsWith(QLatin1String("write"))) {
            QVERIFY(!QFile::exists(dir.filePath(pathInMessage)));
            QVERIFY(!QFile::exists(dir.filePath(pathInMessage) + QStringLiteral(".tmp")));
        }
        if (operation == QLatin1String("move"))
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("in.json"))));
    }

    void factoryDefaultsToLocal()
    {
        const auto store = createFileStore(QJsonObject());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->describe(), QStringLiteral("local file system"));
        const auto explicitLocal = createFileStore(QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}});
        QVERIFY(explicitLocal.ok());
    }
};

QTEST_GUILESS_MAIN(TestLocalFileStore)
#include "test_local_filestore.moc"
