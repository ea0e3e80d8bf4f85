// SFTP transport benchmark against a local OpenSSH sshd, side by side with OpenSSH's `sftp -b` doing the bare
// transfer in the same run:
//   (a) ingest 1,000 files of ~10 KB: list + read each + move to an archive directory   vs  sftp `get`
//   (b) writeAtomic 1,000 files of ~10 KB (NAME.tmp, then rename)                         vs  sftp `put`
//   (c) one 100 MB file: download and upload                                              vs  sftp get / put
// Each side runs three times (alternating); the best time counts. Both include connecting and authenticating.
// Usage: bench_sftp [files=1000] [big_mb=100]
#include "sshd/SshdFixture.h"
#include "transport/SftpFileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace orderflow;
using orderflow::test::SshdFixture;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    auto *words = reinterpret_cast<quint32 *>(data.data());
    gen.fillRange(words, size / 4);
    for (qsizetype i = (size / 4) * 4; i < size; ++i)
        data[i] = char(gen.generate());
    return data;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_sftp: %s\n", qPrintable(what));
    std::exit(1);
}

void check(const Status &s, const char *what)
{
    if (!s.ok())
        die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), s.error().message));
}

void writeLocal(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        die(QStringLiteral("cannot write %1").arg(path));
}

void resetDir(const QString &path)
{
    QDir(path).removeRecursively();
    if (!QDir().mkpath(path))
        die(QStringLiteral("cannot create %1").arg(path));
}

double seconds(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e9;
}

struct Row {
    QString name;
    double ours = 1e9;
    double openssh = 1e9;
    double goal = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("orderflow.sftp.debug=false"));
    const int files = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 1000;
    const qsizetype bigBytes = qsizetype(argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 100) * 1000 * 1000;
    constexpr int rounds = 3;

    QString why;
    if (!SshdFixture::available(&why))
        die(why);
    SshdFixture sshd;
    check(sshd.start(), "start sshd");
    Result<SftpConfig> config = SftpConfig::fromJson(sshd.sftpConfig());
    if (!config)
        die(config.error().message);

    const QString root = sshd.dataDir();
    const QString in = root + QStringLiteral("/in");
    const QString archive = root + QStringLiteral("/archive");
    const QString local = sshd.workDir() + QStringLiteral("/local");
    QList<QByteArray> small;
    for (int i = 0; i < files; ++i)
        small.append(randomBytes(10 * 1000 + (i % 7) * 100, quint32(i)));
    auto name = [](int i) { return QStringLiteral("po_%1.edi").arg(i, 5, 10, QLatin1Char('0')); };

    QList<Row> rows;

    // (a) ingest
    Row a{QStringLiteral("(a) ingest %1 x 10 KB (list, read, archive) vs sftp get").arg(files), 1e9, 1e9, 1.5};
    for (int r = 0; r < rounds; ++r) {
        resetDir(in);
        resetDir(archive);
        for (int i = 0; i < files; ++i)
            writeLocal(in + QLatin1Char('/') + name(i), small.at(i));
        qint64 bytes = 0;
        a.ours = std::min(a.ours, seconds([&] {
            SftpFileStore store(*config);
            check(store.open(), "open");
            Result<QList<FileEntry>> listed = store.list(in, QStringLiteral("*.edi"));
            if (!listed)
                die(listed.error().message);
            for (const FileEntry &e : std::as_const(*listed)) {
                Result<QByteArray> data = store.read(in + QLatin1Char('/') + e.name, 10 << 20);
                if (!data)
                    die(data.error().message);
                bytes += data->size();
                check(store.move(in + QLatin1Char('/') + e.name, archive + QLatin1Char('/') + e.name), "archive");
            }
            store.close();
        }));
        if (QDir(archive).count() != uint(files) + 2)
            die(QStringLiteral("archive holds %1 entries").arg(QDir(archive).count()));

        resetDir(in);
        resetDir(local);
        for (int i = 0; i < files; ++i)
            writeLocal(in + QLatin1Char('/') + name(i), small.at(i));
        a.openssh = std::min(a.openssh, seconds([&] {
            Result<QString> out = sshd.runSftpBatch({QStringLiteral("get %1/*.edi %2/").arg(in, local)});
            if (!out)
                die(out.error().message);
        }));
    }
    rows.append(a);

    // (b) dropzone export
    const QString out = root + QStringLiteral("/dropzone");
    Row b{QStringLiteral("(b) writeAtomic %1 x 10 KB (tmp + rename) vs sftp put").arg(files), 1e9, 1e9, 1.2};
    Row bSync{QStringLiteral("    same with fsync (sync=true), for reference"), 1e9, 1e9, 0};
    resetDir(local);
    for (int i = 0; i < files; ++i)
        writeLocal(local + QLatin1Char('/') + name(i), small.at(i));
    for (int r = 0; r < rounds; ++r) {
        for (bool sync : {false, true}) {
            resetDir(out);
            const double t = seconds([&] {
                SftpFileStore store(*config);
                check(store.open(), "open");
                for (int i = 0; i < files; ++i)
                    check(store.writeAtomic(out + QLatin1Char('/') + name(i), small.at(i), sync), "writeAtomic");
                store.close();
            });
            Row &row = sync ? bSync : b;
            row.ours = std::min(row.ours, t);
        }
        resetDir(out);
        b.openssh = std::min(b.openssh, seconds([&] {
            Result<QString> res = sshd.runSftpBatch({QStringLiteral("put %1/*.edi %2/").arg(local, out)});
            if (!res)
                die(res.error().message);
        }));
        bSync.openssh = b.openssh;
    }
    rows.append(b);
    rows.append(bSync);

    // (c) one big file
    const QString bigRemote = root + QStringLiteral("/big.bin");
    const QByteArray big = randomBytes(bigBytes, 42);
    writeLocal(bigRemote, big);
    Row down{QStringLiteral("(c) download one %1 MB file vs sftp get").arg(bigBytes / 1000000), 1e9, 1e9, 1.2};
    Row up{QStringLiteral("(c) upload one %1 MB file (writeAtomic) vs sftp put").arg(bigBytes / 1000000), 1e9, 1e9, 1.2};
    for (int r = 0; r < rounds; ++r) {
        down.ours = std::min(down.ours, seconds([&] {
            SftpFileStore store(*config);
            Result<QByteArray> data = store.read(bigRemote, bigBytes + 1);
            if (!data)
                die(data.error().message);
            if (data->size() != big.size())
                die(QStringLiteral("short download"));
        }));
        QFile::remove(sshd.workDir() + QStringLiteral("/big.local"));
        down.openssh = std::min(down.openssh, seconds([&] {
            Result<QString> res = sshd.runSftpBatch({QStringLiteral("get %1 %2/big.local").arg(bigRemote, sshd.workDir())});
            if (!res)
                die(res.error().message);
        }));

        const QString upTarget = root + QStringLiteral("/up.bin");
        QFile::remove(upTarget);
        up.ours = std::min(up.ours, seconds([&] {
            SftpFileStore store(*config);
            check(store.writeAtomic(upTarget, big, false), "upload");
        }));
        if (QFileInfo(upTarget).size() != big.size())
            die(QStringLiteral("short upload"));
        QFile::remove(upTarget);
        up.openssh = std::min(up.openssh, seconds([&] {
            Result<QString> res = sshd.runSftpBatch({QStringLiteral("put %1/big.local %2").arg(sshd.workDir(), upTarget)});
            if (!res)
                die(res.error().message);
        }));
    }
    rows.append(down);
    rows.append(up);

    std::printf("SFTP benchmark against OpenSSH sshd on 127.0.0.1:%d (best of %d, connection set-up included)\n\n", sshd.port(), rounds);
    std::printf("%-62s %10s %10s %7s %6s\n", "", "OrderFlow", "sftp -b", "ratio", "goal");
    bool allMet = true;
    for (const Row &row : std::as_const(rows)) {
        const double ratio = row.ours / row.openssh;
        if (row.goal > 0) {
            const bool met = ratio <= row.goal;
            allMet = allMet && met;
            std::printf("%-62s %9.3fs %9.3fs %7.2f %5s%.1f %s\n", qPrintable(row.name), row.ours, row.openssh, ratio, "<=", row.goal, met ? "ok" : "MISSED");
        } else {
            std::printf("%-62s %9.3fs %9.3fs %7.2f\n", qPrintable(row.name), row.ours, row.openssh, ratio);
        }
    }
    std::printf("\n%s\n", allMet ? "all goals met" : "some goals missed");
    return 0;
}
