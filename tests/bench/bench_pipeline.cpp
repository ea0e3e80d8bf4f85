// Benchmark: 10,000 partner JSON orders from a folder to a filesystem dropzone, stage by stage, side by side with
// a minimal C++ loop doing only the dropzone's file work for the same documents, with the same group commit (per
// batch: write every .tmp, fsync each, rename each, fsync the directory once). Reports orders/s per stage, the
// ratio to the bare loop (fsync on and off) and the peak memory.
#include "BenchWorkspace.h"

#include "connectors/DropzoneConnector.h"
#include "pipeline/PushService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace orderflow;

namespace {

const int kOrders = qEnvironmentVariableIntValue("BENCH_ORDERS") > 0 ? qEnvironmentVariableIntValue("BENCH_ORDERS") : 10000;

long peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QByteArray partnerOrder(int i)
{
    QJsonArray items;
    for (int l = 0; l < 3; ++l)
        items.append(QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg((i + l) % 500)}, {QStringLiteral("quantity"), 1 + (i + l) % 20},
                                 {QStringLiteral("unit_price"), QStringLiteral("%1.%2").arg(5 + l).arg(i % 100, 2, 10, QLatin1Char('0'))}});
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), 100000 + i}, {QStringLiteral("customer"), QStringLiteral("Customer %1").arg(i % 300)},
                                     {QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("items"), items},
                                     {QStringLiteral("submitted_at"), QStringLiteral("2025-01-01T10:30:00Z")}})
        .toJson(QJsonDocument::Compact);
}

// What the push round hands the dropzone at a time (PushService's pipeline batch).
constexpr qsizetype kBatch = 100;

// The bare file work the dropzone stage does, with the same group commit: per batch every .tmp is written, then
// each is fsynced (the first commits the journal for all), renamed into place, and the directory is fsynced once,
// so the renames are durable before the batch counts as delivered.
double bareLoopSeconds(const QList<QByteArray> &docs, const QString &dir, bool sync)
{
    QDir().mkpath(dir);
    const QByteArray nativeDir = QFile::encodeName(dir);
    QElapsedTimer t;
    t.start();
    for (qsizetype start = 0; start < docs.size(); start += kBatch) {
        const qsizetype end = std::min(docs.size(), start + kBatch);
        QList<int> fds;
        fds.reserve(end - start);
        for (qsizetype i = start; i < end; ++i) {
            const QByteArray tmp = nativeDir + "/bare_" + QByteArray::number(i) + ".json.tmp";
            const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (fd < 0 || ::write(fd, docs[i].constData(), size_t(docs[i].size())) != docs[i].size())
                qFatal("bare loop: write failed");
            fds.append(fd);
        }
        for (int fd : std::as_const(fds)) {
            if (sync && ::fsync(fd) != 0)
                qFatal("bare loop: fsync failed");
            ::close(fd);
        }
        for (qsizetype i = start; i < end; ++i) {
            const QByteArray target = nativeDir + "/bare_" + QByteArray::number(i) + ".json";
            if (::rename(QByteArray(target + ".tmp").constData(), target.constData()) != 0)
                qFatal("bare loop: rename failed");
        }
        if (sync) {
            const int dfd = ::open(nativeDir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (dfd < 0 || ::fsync(dfd) != 0)
                qFatal("bare loop: directory fsync failed");
            ::close(dfd);
        }
    }
    return double(t.nsecsElapsed()) / 1e9;
}

struct RunResult {
    double ingestSeconds = 0;
    double processSeconds = 0;
    double pushSeconds = 0;
    QList<QByteArray> written;
};

RunResult runPipeline(const QString &root, bool sync)
{
    RunResult r;
    const QString inbox = root + QStringLiteral("/inbox");
    const QString dropzone = root + QStringLiteral("/dropzone");
    QDir().mkpath(dropzone);
    bench::writeOrderFiles(inbox, kOrders, partnerOrder);
    auto db = Database::open(root + QStringLiteral("/bench.db"), QStringLiteral("bench"));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    const SourceRecord source = bench::benchWorkspace(
        **db,
        QJsonObject{{QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("concurrency"), 1},
                    {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), dropzone}, {QStringLiteral("fsync"), sync}}}},
        inbox, kOrders);

    QElapsedTimer t;
    t.start();
    bench::ingestAll(**db, source, kOrders);
    r.ingestSeconds = double(t.nsecsElapsed()) / 1e9;

    if (qEnvironmentVariableIsSet("BENCH_INGEST_ONLY"))
        std::exit(0);   // for profiling one stage
    t.restart();
    const int processed = bench::processAll(**db);
    r.processSeconds = double(t.nsecsElapsed()) / 1e9;

    t.restart();
    PushService push(**db);
    int delivered = 0;
    while (true) {
        auto round = push.runRound(2000);
        if (!round)
            qFatal("%s", qPrintable(round.error().message));
        if (round->attempted == 0)
            break;
        delivered += round->delivered;
    }
    r.pushSeconds = double(t.nsecsElapsed()) / 1e9;
    if (delivered != kOrders || processed != kOrders)
        qFatal("delivered %d, processed %d", delivered, processed);
    for (const QString &name : QDir(dropzone).entryList({QStringLiteral("sales_order_*.json")}, QDir::Files)) {
        QFile f(dropzone + QLatin1Char('/') + name);
        f.open(QIODevice::ReadOnly);
        r.written.append(f.readAll());
    }
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench_pipeline-XXXXXX"));
    std::printf("OrderFlow pipeline benchmark: %d partner JSON orders (3 lines each), folder → SQLite → filesystem dropzone\n", kOrders);
    std::printf("working directory: %s (same file system for OrderFlow and the bare loop)\n\n", qPrintable(dir.path()));

    const bool onlyOff = qEnvironmentVariableIsSet("BENCH_FSYNC_OFF_ONLY");
    for (bool sync : {true, false}) {
        if (onlyOff && sync)
            continue;
        const QString root = dir.filePath(sync ? QStringLiteral("fsync_on") : QStringLiteral("fsync_off"));
        const RunResult r = runPipeline(root, sync);
        const double bare = bareLoopSeconds(r.written, root + QStringLiteral("/bare"), sync);
        std::printf("fsync %s\n", sync ? "ON (default)" : "OFF");
        std::printf("  read+parse+store (ingest): %8.0f orders/s  (%.2f s)\n", kOrders / r.ingestSeconds, r.ingestSeconds);
        std::printf("  validate+total+decide:     %8.0f orders/s  (%.2f s)\n", kOrders / r.processSeconds, r.processSeconds);
        std::printf("  push to dropzone:          %8.0f orders/s  (%.2f s)\n", kOrders / r.pushSeconds, r.pushSeconds);
        std::printf("  bare loop (same group commit: per %lld files tmp, fsync, rename, fsync dir): %5.0f files/s   (%.2f s)\n",
                    qint64(kBatch), kOrders / bare, bare);
        std::printf("  dropzone stage / bare loop: %.2fx   (goal <= 1.3x)\n\n", r.pushSeconds / bare);
    }
    std::printf("peak memory (VmHWM): %.1f MB   (goal <= 200 MB)\n", double(peakRssKb()) / 1024.0);
    return 0;
}
