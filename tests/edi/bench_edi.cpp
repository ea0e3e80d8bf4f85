// EDI throughput against the JavaScript peers, measured in the same run on the same files.
//
// The benchmark writes two files of its own: an X12 850 interchange and an EDIFACT ORDERS interchange, each with
// thousands of valid purchase orders (every one read back as an order without errors or validation problems). It
// times OrderFlow's tokenizer ("parse only") and full reader ("parse + map": envelopes, counts and the canonical
// orders), best of N runs. When `node` and the npm packages node-x12 and edifact are installed (tests/bench/run-all.sh
// installs them into BUILD/npm-peers), tests/edi/bench_edi_peers.js times them on the very same files and the table
// shows both with the ratio; otherwise it says they were skipped. No figure is typed into this source.
//
// The issue table follows: OrderFlow parse + map against each peer's full parse (node-x12 and the streaming
// x12-parser for X12, edifact for EDIFACT), warm, on a 2.2 MB EDIFACT file, a 42 KB X12 file (the corpus files of
// those sizes when ../shared/corpus is here, else generated ones) and a generated 51 MB X12 file of 20,000 sets.
// Last, `orderflow parse` on the 51 MB file in text and --json mode, time and peak RSS of the process, beside the
// bare whole-file way (read all, parse all, build every export document: what `parse` did before it streamed).
//
//   bench_edi [ORDERS]   (default 5000; ORDERFLOW_NPM_PEERS overrides where node_modules is looked for)
//   bench_edi --whole-file text|json FILE   (the whole-file baseline, run as a child process by the benchmark)
#include "EdiTestSupport.h"

#include "domain/Validation.h"
#include "formats/DocumentStream.h"
#include "formats/FormatRegistry.h"
#include "formats/export/ExportJson.h"
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/edifact/EdifactTokenizer.h"
#include "formats/x12/X12OrderReader.h"
#include "formats/x12/X12Tokenizer.h"
#include "pipeline/HeapTuning.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>

extern char **environ;

using namespace orderflow;

namespace {

constexpr int kOrdersPerGroup = 1000;   // X12: a new GS group every so many sets, as a mailbag would have
constexpr double kGoalRatio = 20;       // the goal: at least this many times faster than the fastest JS peer

// Deterministic variety (no two orders alike) without depending on a library's random generator.
struct Lcg {
    quint64 state = 0x2545F4914F6CDD1DULL;
    int next(int bound)
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    }
};

QByteArray num(qint64 n, int width = 0)
{
    QByteArray s = QByteArray::number(n);
    return width > s.size() ? QByteArray(width - s.size(), '0') + s : s;
}

QByteArray price(Lcg &rng)
{
    return num(1 + rng.next(500)) + '.' + num(rng.next(100), 2);
}

struct Generated {
    QByteArray content;
    int orders = 0;
    int lines = 0;
    int segments = 0;
};

// lines per order: minLines + 0 … spreadLines - 1; perInterchange > 0 starts a new interchange every so many
// orders (a mailbag), 0 keeps one interchange.
Generated x12File(int orders, int minLines = 1, int spreadLines = 6, int perInterchange = 0)
{
    Lcg rng;
    Generated g;
    g.orders = orders;
    QByteArray out = edi_test::isa('*', 'U', "00401", "000004711");
    int groups = 0;
    int interchanges = 1;
    for (int first = 0; first < orders; first += kOrdersPerGroup) {
        if (perInterchange > 0 && first > 0 && first % perInterchange == 0) {
            out += "IEA*" + num(groups) + "*" + num(4710 + interchanges, 9) + "~\n";
            out += edi_test::isa('*', 'U', "00401", num(4711 + interchanges, 9).constData());
            ++interchanges;
            g.segments += 2;
            groups = 0;
        }
        const QByteArray gsControl = num(++groups);
        out += "GS*PO*BUYERID*OURID*20240315*1200*" + gsControl + "*X*004010~";
        const int last = std::min(orders, first + kOrdersPerGroup);
        for (int i = first; i < last; ++i) {
            const QByteArray control = num(i - first + 1, 4);
            QByteArray set = "ST*850*" + control + "~"
                "BEG*00*SA*PO-" + num(i + 1, 6) + "**202403" + num(1 + i % 28, 2) + "~"
                "CUR*BY*USD~"
                "DTM*002*202404" + num(1 + i % 28, 2) + "~"
                "N1*BY*BUYER " + num(i % 97) + "*92*B" + num(i % 97, 5) + "~"
                "N1*ST*STORE " + num(i % 311) + "*92*S" + num(i % 311, 5) + "~"
                "N3*" + num(1 + i % 900) + " MAIN ST~"
                "N4*SPRINGFIELD*IL*62701*US~";
            const int lines = minLines + rng.next(spreadLines);
            for (int l = 1; l <= lines; ++l) {
                set += "PO1*" + num(l) + "*" + num(1 + rng.next(120)) + "*EA*" + price(rng) + "**VP*SKU-" + num(rng.next(20000), 5)
                    + "*UP*0" + num(rng.next(100000), 5) + "123456~"
                    "PID*F****Widget model " + num(rng.next(1000)) + "~";
            }
            set += "CTT*" + num(lines) + "~";
            const int count = int(set.count('~')) + 1;
            set += "SE*" + num(count) + "*" + control + "~";
            out += set;
            g.lines += lines;
            g.segments += count;
        }
        out += "GE*" + num(last - first) + "*" + gsControl + "~";
        g.segments += 2;
    }
    out += "IEA*" + num(groups) + "*" + num(4710 + interchanges, 9) + "~\n";
    g.segments += 2;   // ISA, IEA
    g.content = out;
    return g;
}

Generated edifactFile(int orders)
{
    Lcg rng;
    Generated g;
    g.orders = orders;
    QByteArray out = "UNA:+.? 'UNB+UNOC:3+4012345000009:14+4099999000008:14+240315:1200+IC4711'";
    for (int i = 0; i < orders; ++i) {
        const QByteArray ref = "M" + num(i + 1);
        QByteArray m = "UNH+" + ref + "+ORDERS:D:96A:UN:EAN008'"
            "BGM+220+PO-" + num(i + 1, 6) + "+9'"
            "DTM+137:202403" + num(1 + i % 28, 2) + ":102'"
            "DTM+2:202404" + num(1 + i % 28, 2) + ":102'"
            "NAD+BY+40123450" + num(i % 97, 5) + "::9++Buyer " + num(i % 97) + "'"
            "NAD+DP+40123451" + num(i % 311, 5) + "::9++Store " + num(i % 311) + "+Hafenstr. " + num(1 + i % 90)
            + "+Hamburg++20457+DE'"
            "CUX+2:EUR:9'";
        const int lines = 1 + rng.next(6);
        for (int l = 1; l <= lines; ++l) {
            m += "LIN+" + num(l) + "++40008621" + num(rng.next(100000), 5) + ":EN'"
                "PIA+1+ART-" + num(rng.next(20000)) + ":SA'"
                "IMD+F++:::Widget model " + num(rng.next(1000)) + "'"
                "QTY+21:" + num(1 + rng.next(120)) + "'"
                "PRI+AAA:" + price(rng) + "'";
        }
        m += "UNS+S'CNT+2:" + num(lines) + "'";
        const int count = int(m.count('\'')) + 1;
        m += "UNT+" + num(count) + "+" + ref + "'";
        out += m;
        g.lines += lines;
        g.segments += count;
    }
    out += "UNZ+" + num(orders) + "+IC4711'";
    g.segments += 2;   // UNB, UNZ (UNA is a service string advice, not a segment)
    g.content = out;
    return g;
}

// The reader must take every generated order, and every order must pass validation: a benchmark of rejections
// would measure the error path.
bool checkValid(const char *format, const ParseResult &r, const Generated &g)
{
    int lines = 0;
    int problems = 0;
    QString firstProblem;
    for (const Order &o : r.orders) {
        lines += int(o.lines.size());
        const QList<ValidationProblem> p = validateOrder(o);
        problems += int(p.size());
        if (!p.isEmpty() && firstProblem.isEmpty())
            firstProblem = o.orderNumber + QStringLiteral(": ") + p.first().message;
    }
    if (!r.errors.isEmpty() || r.orders.size() != g.orders || lines != g.lines || problems > 0) {
        std::printf("bench_edi: the generated %s file is not what it should be: %lld of %d orders, %d of %d lines, "
                    "%lld parse errors (first: %s), %d validation problems (first: %s)\n",
                    format, qint64(r.orders.size()), g.orders, lines, g.lines, qint64(r.errors.size()),
                    r.errors.isEmpty() ? "-" : qPrintable(r.errors.first().toString()), problems,
                    firstProblem.isEmpty() ? "-" : qPrintable(firstProblem));
        return false;
    }
    return true;
}

// Wall time and the process's CPU time (user + system) of the best run of each. On a machine shared with other work
// wall times swing with the load; CPU time is what the work itself costs. The JS driver measures both the same way
// (process.cpuUsage, which counts node's garbage collector and compiler threads: work the peer needs).
struct Timing {
    double wallMs = -1;
    double cpuMs = -1;
};

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

Timing bestTiming(int runs, const std::function<int()> &work, int *result)
{
    Timing best{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu = processCpuMs();
        t.start();
        *result = work();
        best.wallMs = qMin(best.wallMs, double(t.nsecsElapsed()) / 1e6);
        best.cpuMs = qMin(best.cpuMs, processCpuMs() - cpu);
    }
    return best;
}

double bestMs(int runs, const std::function<int()> &work, int *result)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        *result = work();
        best = qMin(best, t.nsecsElapsed());
    }
    return double(best) / 1e6;
}

struct PeerFigures {
    QString peer;          // "node-x12 1.7.1"
    double parseMs = -1;
    double mapMs = -1;
    int orders = 0;
    int lines = 0;
    QString error;
};

struct Peers {
    QString skipped;                 // why no peer ran, when none did
    QHash<QString, PeerFigures> byFormat;   // "x12", "edifact"
};

QString peersDir()
{
    const QByteArray env = qgetenv("ORDERFLOW_NPM_PEERS");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    // build/tests/edi/bench_edi → build/npm-peers, where tests/bench/run-all.sh installs them.
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../..")).absoluteFilePath(QStringLiteral("npm-peers"));
}

Peers runPeers(const QString &x12Path, const QString &edifactPath, int runs)
{
    Peers peers;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        peers.skipped = QStringLiteral("node is not installed");
        return peers;
    }
    const QString modules = peersDir() + QStringLiteral("/node_modules");
    QStringList missing;
    for (const char *package : {"node-x12", "edifact"}) {
        if (!QFile::exists(modules + QLatin1Char('/') + QLatin1String(package) + QStringLiteral("/package.json")))
            missing << QLatin1String(package);
    }
    if (missing.size() == 2) {
        peers.skipped = QStringLiteral("npm packages %1 not found in %2 (tests/bench/run-all.sh installs them)")
                            .arg(missing.join(QStringLiteral(" and ")), modules);
        return peers;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), modules);
    p.setProcessEnvironment(env);
    p.start(node, {QStringLiteral(ORDERFLOW_SOURCE_DIR "/tests/edi/bench_edi_peers.js"), x12Path, edifactPath,
                   QString::number(runs)});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        peers.skipped = QStringLiteral("the JS driver failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(400));
        return peers;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        PeerFigures f;
        f.peer = o.value(QStringLiteral("peer")).toString() + QLatin1Char(' ') + o.value(QStringLiteral("version")).toString();
        f.parseMs = o.value(QStringLiteral("parse_ms")).toDouble(-1);
        f.mapMs = o.value(QStringLiteral("map_ms")).toDouble(-1);
        f.orders = o.value(QStringLiteral("orders")).toInt();
        f.lines = o.value(QStringLiteral("lines")).toInt();
        f.error = o.value(QStringLiteral("error")).toString();
        peers.byFormat.insert(o.value(QStringLiteral("format")).toString(), f);
    }
    for (const char *package : {"node-x12", "edifact"}) {
        if (missing.contains(QLatin1String(package))) {
            PeerFigures f;
            f.peer = QLatin1String(package);
            f.error = QStringLiteral("not installed in %1").arg(modules);
            peers.byFormat.insert(QLatin1String(package) == QLatin1String("edifact") ? QStringLiteral("edifact") : QStringLiteral("x12"), f);
        }
    }
    return peers;
}

void row(const char *what, double ms, qsizetype bytes, double peerMs, bool havePeer, bool *goalMissed)
{
    const double mbPerS = double(bytes) / 1e6 / (ms / 1e3);
    if (!havePeer || peerMs < 0) {
        std::printf("  %-24s %10.3f ms %8.1f MB/s   %14s\n", what, ms, mbPerS, "-");
        return;
    }
    const double ratio = peerMs / ms;
    if (ratio < kGoalRatio)
        *goalMissed = true;
    std::printf("  %-24s %10.3f ms %8.1f MB/s   %11.3f ms   %7.1fx faster\n", what, ms, mbPerS, peerMs, ratio);
}

void section(const char *title, const Generated &g, const QString &path, const PeerFigures *peer, double tokenizeMs,
             double readMs, int segments, bool *goalMissed)
{
    std::printf("\n%s: %d orders, %d lines, %d segments, %.2f MB (%s)\n", title, g.orders, g.lines, segments,
                double(g.content.size()) / 1e6, qPrintable(path));
    const bool havePeer = peer && peer->error.isEmpty();
    std::printf("  %-24s %13s %13s   %14s\n", "", "OrderFlow", "", havePeer ? qPrintable(peer->peer) : "JS peer");
    row("parse only", tokenizeMs, g.content.size(), havePeer ? peer->parseMs : -1, havePeer, goalMissed);
    row("parse + map to orders", readMs, g.content.size(), havePeer ? peer->mapMs : -1, havePeer, goalMissed);
    if (peer && !peer->error.isEmpty())
        std::printf("  %s: skipped or failed: %s\n", qPrintable(peer->peer), qPrintable(peer->error));
    else if (havePeer && (peer->orders != g.orders || peer->lines != g.lines))
        std::printf("  note: %s mapped %d orders / %d lines (OrderFlow: %d / %d)\n", qPrintable(peer->peer), peer->orders,
                    peer->lines, g.orders, g.lines);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        std::printf("bench_edi: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

// What `orderflow parse` did before it streamed: read the whole file, parse all of it, build every order's export
// document, then print. Run as a child process so its peak RSS is its own.
int wholeFileBaseline(const QString &mode, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    ParseOptions options;
    options.fileName = path;
    const ParseResult result = parseDocument(f.readAll(), options);
    QJsonArray orders, errors;
    ExportContext ctx;
    ctx.includeIdentity = false;
    for (const Order &o : result.orders)
        orders.append(exportDocument(o, ctx));
    for (const ParseError &e : result.errors)
        errors.append(e.toJson());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    if (mode == QLatin1String("json")) {
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("orders"), orders}, {QStringLiteral("errors"), errors}}).toJson(QJsonDocument::Indented));
    } else {
        for (const Order &o : result.orders)
            out.write(QStringLiteral("order %1  customer %2  %3 lines\n").arg(o.orderNumber, o.customer.name).arg(o.lines.size()).toUtf8());
        for (const ParseError &e : result.errors)
            out.write(QStringLiteral("error: %1\n").arg(e.toString()).toUtf8());
    }
    return 0;
}

struct ChildRun {
    double seconds = -1;
    double cpuSeconds = -1;   // user + system: what the run needs when the machine is not shared
    double peakMb = -1;
    int exitCode = -1;
};

// Runs program with its standard output to /dev/null under /usr/bin/time: wall time and the program's own peak
// RSS. (wait4 on a child spawned from this process would not do: Linux carries the parent's high-water mark into
// a vfork'ed child across exec, so every child would look at least as big as the benchmark itself.)
ChildRun runChild(const QString &program, const QStringList &args)
{
    const QString report = QDir::temp().absoluteFilePath(QStringLiteral("bench_edi-time-%1.txt").arg(QCoreApplication::applicationPid()));
    std::vector<QByteArray> storage{QByteArray("/usr/bin/time"), QByteArray("-f"), QByteArray("%e %M %U %S"), QByteArray("-o"),
                                    report.toLocal8Bit(), program.toLocal8Bit()};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return run;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile f(report);
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> figures = f.readAll().trimmed().split('\n').last().split(' ');
        if (figures.size() == 4) {
            run.seconds = figures[0].toDouble();
            run.peakMb = figures[1].toDouble() / 1024.0;
            run.cpuSeconds = figures[2].toDouble() + figures[3].toDouble();
        }
    }
    f.remove();
    return run;
}

struct TableFile {
    QString name;     // as in the issue: "2.2 MB EDIFACT"
    QString format;   // x12, edifact
    QString path;
    QString origin;   // corpus file or "generated"
    QByteArray content;
    int runs = 10;
};

QString corpusFile(const QString &relative)
{
    const QString path = QStringLiteral(ORDERFLOW_SOURCE_DIR "/../shared/corpus/") + relative;
    return QFile::exists(path) ? QDir::cleanPath(path) : QString();
}

// OrderFlow's parse + map of a whole file, one interchange at a time (what `orderflow parse` and ingest do).
int streamOrders(const TableFile &file, int *errors)
{
    ParseOptions options;
    DocumentStream stream(QByteArrayView(file.content), options);
    ParseResult part;
    int orders = 0;
    *errors = 0;
    while (stream.next(part)) {
        orders += int(part.orders.size());
        *errors += int(part.errors.size());
    }
    return orders;
}

void issueTable(const QList<TableFile> &files, int peerRuns)
{
    std::printf("\nIssue table: OrderFlow parse + map (one interchange at a time) against each JS peer's full parse; "
                "best of N, warm, same files, same run\n");
    QStringList entries;
    for (const TableFile &f : files)
        entries << f.name + QLatin1Char('=') + f.format + QLatin1Char(':') + f.path;
    QHash<QString, QHash<QString, Timing>> peerMs;   // file → peer → best wall and CPU ms
    QStringList peerNotes;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = peersDir() + QStringLiteral("/node_modules");
    QStringList missing;
    for (const char *package : {"node-x12", "x12-parser", "edifact"}) {
        if (!QFile::exists(modules + QLatin1Char('/') + QLatin1String(package) + QStringLiteral("/package.json")))
            missing << QLatin1String(package);
    }
    if (node.isEmpty()) {
        peerNotes << QStringLiteral("JS peers skipped: node is not installed (Debian package nodejs; tests/bench/run-all.sh then "
                                    "installs the npm packages)");
    } else if (!missing.isEmpty()) {
        peerNotes << QStringLiteral("JS peers skipped: npm package(s) %1 not found in %2 (tests/bench/run-all.sh installs them)")
                         .arg(missing.join(QStringLiteral(", ")), modules);
    } else {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), peersDir() + QStringLiteral("/node_modules"));
        p.setProcessEnvironment(env);
        p.start(node, QStringList{QStringLiteral(ORDERFLOW_SOURCE_DIR "/tests/edi/bench_edi_peers.js"), QStringLiteral("--table"),
                                  QString::number(peerRuns)} + entries);
        if (!p.waitForFinished(1800000) || p.exitCode() != 0)
            peerNotes << QStringLiteral("JS peers failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).left(300));
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue;
            const QString peer = o.value(QStringLiteral("peer")).toString();
            if (o.contains(QStringLiteral("error")))
                peerNotes << QStringLiteral("%1 on %2: %3").arg(peer, o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("error")).toString());
            else
                peerMs[o.value(QStringLiteral("file")).toString()][peer + QLatin1Char(' ') + o.value(QStringLiteral("version")).toString()] =
                    Timing{o.value(QStringLiteral("parse_ms")).toDouble(-1), o.value(QStringLiteral("cpu_ms")).toDouble(-1)};
        }
    }
    std::printf("| file | OrderFlow parse + map, wall / cpu | JS peers (full parse), wall / cpu | fastest peer | ratio wall | ratio cpu |\n"
                "|---|---|---|---|---|---|\n");
    bool wallMissed = false;
    bool cpuMissed = false;
    const auto ratioText = [](double r) { return r < 0 ? QStringLiteral("-") : QStringLiteral("%1x").arg(r, 0, 'f', 1); };
    for (const TableFile &f : files) {
        int orders = 0, errors = 0;
        const Timing ours = bestTiming(f.runs, [&] { return streamOrders(f, &errors); }, &orders);
        QStringList peers;
        QString fastest;
        Timing fastestMs;
        const auto &byPeer = peerMs.value(f.name);
        for (auto it = byPeer.cbegin(); it != byPeer.cend(); ++it) {
            peers << QStringLiteral("%1 %2 / %3 ms").arg(it.key()).arg(it.value().wallMs, 0, 'f', 1).arg(it.value().cpuMs, 0, 'f', 1);
            if (fastestMs.wallMs < 0 || it.value().wallMs < fastestMs.wallMs) {   // fastest by wall time, as a user sees it
                fastestMs = it.value();
                fastest = it.key();
            }
        }
        const double ratioWall = fastestMs.wallMs > 0 ? fastestMs.wallMs / ours.wallMs : -1;
        const double ratioCpu = fastestMs.cpuMs > 0 && ours.cpuMs > 0 ? fastestMs.cpuMs / ours.cpuMs : -1;
        wallMissed |= ratioWall >= 0 && ratioWall < 10;
        cpuMissed |= ratioCpu >= 0 && ratioCpu < 10;
        std::printf("| %s (%s, %.2f MB, %d orders, %d errors) | %.3f / %.3f ms | %s | %s | %s | %s |\n", qPrintable(f.name),
                    qPrintable(f.origin), double(f.content.size()) / 1e6, orders, errors, ours.wallMs, ours.cpuMs,
                    peers.isEmpty() ? "-" : qPrintable(peers.join(QStringLiteral(", "))), fastest.isEmpty() ? "-" : qPrintable(fastest),
                    qPrintable(ratioText(ratioWall)), qPrintable(ratioText(ratioCpu)));
    }
    for (const QString &note : peerNotes)
        std::printf("  %s\n", qPrintable(note));
    if (peerNotes.isEmpty())
        std::printf("goal: at least 10x the fastest peer on every file: by wall time %s, by CPU time %s\n"
                    "(best of N runs each; on a machine shared with other work wall times swing, CPU times much less)\n",
                    wallMissed ? "MISSED" : "met", cpuMissed ? "MISSED" : "met");
}

void streamingRuns(const TableFile &big, const char *self)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/time"))) {
        std::printf("\n`orderflow parse` runs skipped: /usr/bin/time is not installed (Debian package time)\n");
        return;
    }
    std::printf("\n`orderflow parse` on %s (%.1f MB): separate processes, output to /dev/null; wall time and peak RSS "
                "by /usr/bin/time\n", qPrintable(big.path), double(big.content.size()) / 1e6);
    std::printf("| mode | streamed (orderflow parse) | whole file (read all, parse all, build all exports: before) |\n|---|---|---|\n");
    bool goalMissed = false;
    for (const char *mode : {"text", "json"}) {
        QStringList args{QStringLiteral("parse"), big.path};
        if (QByteArray(mode) == "json")
            args << QStringLiteral("--json");
        const ChildRun streamed = runChild(QStringLiteral(ORDERFLOW_CLI), args);
        const ChildRun whole = runChild(QString::fromLocal8Bit(self), {QStringLiteral("--whole-file"), QLatin1String(mode), big.path});
        std::printf("| %s | %.2f s (cpu %.2f s), %.1f MB (exit %d) | %.2f s (cpu %.2f s), %.1f MB |\n", mode, streamed.seconds,
                    streamed.cpuSeconds, streamed.peakMb, streamed.exitCode, whole.seconds, whole.cpuSeconds, whole.peakMb);
        if (streamed.peakMb < 0 || streamed.peakMb > 100 || (QByteArray(mode) == "text" && streamed.seconds >= 1.0))
            goalMissed = true;
    }
    std::printf("goal: at most 100 MB peak RSS in every mode, text under 1 s: %s\n(wall time well above cpu time means the "
                "machine was shared with other work)\n", goalMissed ? "MISSED" : "met");
}

// What the heap tuning is for: the same file parsed again and again, each run's CPU time and the pages it faulted in.
// Without it glibc gives the freed memory of a large file back and the next parse faults it in again.
void heapRuns(const TableFile &f, bool glibcHeap)
{
    QList<double> cpu;
    QList<long> faults;
    int errors = 0;
    for (int i = 0; i < 20; ++i) {
        rusage before{}, after{};
        getrusage(RUSAGE_SELF, &before);
        const double start = processCpuMs();
        streamOrders(f, &errors);
        cpu << processCpuMs() - start;
        getrusage(RUSAGE_SELF, &after);
        faults << after.ru_minflt - before.ru_minflt;
    }
    QStringList each;
    for (const long n : faults)
        each << QString::number(n);
    std::sort(cpu.begin(), cpu.end());
    std::sort(faults.begin(), faults.end());
    std::printf("heap %s: %s parsed 20 times: cpu min/median/max %.2f/%.2f/%.2f ms, page faults per parse "
                "min/median/max %ld/%ld/%ld (in order: %s)\n",
                glibcHeap ? "with glibc's own thresholds" : "tuned (tuneHeapForRepeatedParses)", qPrintable(f.name), cpu.first(),
                cpu[cpu.size() / 2], cpu.last(), faults.first(), faults[faults.size() / 2], faults.last(),
                qPrintable(each.join(QLatin1Char(' '))));
}

} // namespace

int main(int argc, char **argv)
{
    // Like the programs; ORDERFLOW_BENCH_GLIBC_HEAP=1 keeps glibc's own thresholds, to measure what the tuning gives.
    const bool glibcHeap = qEnvironmentVariableIsSet("ORDERFLOW_BENCH_GLIBC_HEAP");
    if (!glibcHeap)
        tuneHeapForRepeatedParses();
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--whole-file")
        return wholeFileBaseline(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    const int orders = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    if (orders <= 0) {
        std::printf("usage: bench_edi [ORDERS]\n");
        return 2;
    }
    const int runs = 10;
    const int peerRuns = 5;
    {   // First, while the heap is fresh, as in a program that starts and reads its files.
        TableFile first{QStringLiteral("2.2 MB EDIFACT"), QStringLiteral("edifact"), corpusFile(QStringLiteral("edifact/pydifact_huge_orders_2MB.edi")), {}, {}, 1};
        QFile in(first.path);
        if (!first.path.isEmpty() && in.open(QIODevice::ReadOnly)) {
            first.content = in.readAll();
            heapRuns(first, glibcHeap);
        }
    }

    const Generated x12 = x12File(orders);
    const Generated edifact = edifactFile(orders);
    // Beside the binary, kept after the run so the files can be looked at or fed to another parser.
    const QDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_edi-data"));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::printf("bench_edi: cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    const QString x12Path = dir.absoluteFilePath(QStringLiteral("orders-850.x12"));
    const QString edifactPath = dir.absoluteFilePath(QStringLiteral("orders-ORDERS.edi"));
    if (!writeFile(x12Path, x12.content) || !writeFile(edifactPath, edifact.content))
        return 1;

    ParseOptions options;
    if (!checkValid("X12 850", readX12Orders(x12.content, options), x12)
        || !checkValid("EDIFACT ORDERS", readEdifactOrders(edifact.content, options), edifact))
        return 1;

    int x12Segments = 0;
    const double x12Tokenize = bestMs(runs, [&] {
        X12Tokenizer tokenizer(x12.content);
        X12Segment segment;
        X12LexError error;
        int n = 0;
        // Every segment split into its elements, as the peers' parse does (the readers split only those they read).
        while (tokenizer.next(segment, error) == X12Tokenizer::Step::Segment)
            n += segment.elementCount() >= 0;
        return n;
    }, &x12Segments);
    int x12Orders = 0;
    const double x12Read = bestMs(runs, [&] { return int(readX12Orders(x12.content, options).orders.size()); }, &x12Orders);

    int edifactSegments = 0;
    const double edifactTokenize = bestMs(runs, [&] {
        EdifactTokenizer tokenizer(edifact.content);
        EdifactSegment segment;
        EdifactLexError error;
        int n = 0;
        while (tokenizer.next(segment, error) == EdifactTokenizer::Step::Segment)
            ++n;
        return n;
    }, &edifactSegments);
    int edifactOrders = 0;
    const double edifactRead = bestMs(runs, [&] { return int(readEdifactOrders(edifact.content, options).orders.size()); }, &edifactOrders);

    const Peers peers = runPeers(x12Path, edifactPath, peerRuns);

    std::printf("EDI benchmark: generated files of valid orders; OrderFlow best of %d runs, JS peers best of %d "
                "(same files, same run); heap: %s\n", runs, peerRuns,
                glibcHeap ? "glibc's own thresholds (ORDERFLOW_BENCH_GLIBC_HEAP)" : "tuned as in the programs (tuneHeapForRepeatedParses)");
    bool goalMissed = false;
    auto peerFor = [&](const QString &format) -> const PeerFigures * {
        const auto it = peers.byFormat.constFind(format);
        return it == peers.byFormat.constEnd() ? nullptr : &it.value();
    };
    section("X12 850", x12, x12Path, peerFor(QStringLiteral("x12")), x12Tokenize, x12Read, x12Segments, &goalMissed);
    section("EDIFACT ORDERS D96A", edifact, edifactPath, peerFor(QStringLiteral("edifact")), edifactTokenize, edifactRead,
            edifactSegments, &goalMissed);
    if (!peers.skipped.isEmpty())
        std::printf("\nJS peers skipped: %s\n", qPrintable(peers.skipped));
    else
        std::printf("\ngoal: at least %.0fx the JS peers on every line: %s\n", kGoalRatio, goalMissed ? "MISSED" : "met");

    // The issue's files: the corpus ones when present, generated ones otherwise; the 51 MB file always generated.
    QList<TableFile> table;
    {
        TableFile f{QStringLiteral("2.2 MB EDIFACT"), QStringLiteral("edifact"), corpusFile(QStringLiteral("edifact/pydifact_huge_orders_2MB.edi")), {}, {}, runs};
        if (!f.path.isEmpty()) {   // one message of 109,619 segments: read in full, and rejected (a second BGM …)
            f.origin = QStringLiteral("corpus ") + QFileInfo(f.path).fileName();
            table << f;
        }
        TableFile valid{QStringLiteral("2.2 MB EDIFACT, valid ORDERS"), QStringLiteral("edifact"), dir.absoluteFilePath(QStringLiteral("orders-2MB.edi")),
                        QStringLiteral("generated"), {}, runs};
        if (!writeFile(valid.path, edifactFile(3900).content))
            return 1;
        table << valid;
        TableFile x{QStringLiteral("42 KB X12"), QStringLiteral("x12"), corpusFile(QStringLiteral("x12/bots_850-004010VICS-01_0x7f_0x15.x12")), {}, {}, runs * 10};
        if (x.path.isEmpty()) {
            x.path = dir.absoluteFilePath(QStringLiteral("small-850.x12"));
            x.origin = QStringLiteral("generated");
            if (!writeFile(x.path, x12File(60).content))
                return 1;
        } else {
            x.origin = QStringLiteral("corpus ") + QFileInfo(x.path).fileName();
        }
        table << x;
        TableFile big{QStringLiteral("51 MB X12, 20,000 sets"), QStringLiteral("x12"), dir.absoluteFilePath(QStringLiteral("big-850-20000.x12")),
                      QStringLiteral("generated, 20 interchanges of 1,000 sets"), {}, 3};
        if (!writeFile(big.path, x12File(20000, 22, 20, 1000).content))
            return 1;
        table << big;
        for (TableFile &t : table) {
            QFile in(t.path);
            if (!in.open(QIODevice::ReadOnly))
                return 1;
            t.content = in.readAll();
        }
    }
    issueTable(table, 3);
    streamingRuns(table.last(), argv[0]);
    QFile::remove(table.last().path);   // 51 MB: never left behind

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB (inputs held in memory: %.1f MB)\n", double(usage.ru_maxrss) / 1024.0,
                double(x12.content.size() + edifact.content.size()) / 1e6);
    return 0;
}
