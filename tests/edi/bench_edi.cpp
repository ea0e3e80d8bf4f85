// EDI throughput against the JavaScript peers, measured in the same run on the same files.
//
// The benchmark writes two files of its own: an X12 850 interchange and an EDIFACT ORDERS interchange, each with
// thousands of valid purchase orders (every one read back as an order without errors or validation problems). It
// times OrderFlow's tokenizer ("parse only") and full reader ("parse + map": envelopes, counts and the canonical
// orders), best of N runs. When `node` and the npm packages node-x12 and edifact are installed (tests/bench/run-all.sh
// installs them into BUILD/npm-peers), tests/edi/bench_edi_peers.js times them on the very same files and the table
// shows both with the ratio; otherwise it says they were skipped. No figure is typed into this source.
//
//   bench_edi [ORDERS]   (default 5000; ORDERFLOW_NPM_PEERS overrides where node_modules is looked for)
#include "EdiTestSupport.h"

#include "domain/Validation.h"
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/edifact/EdifactTokenizer.h"
#include "formats/x12/X12OrderReader.h"
#include "formats/x12/X12Tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <limits>

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

Generated x12File(int orders)
{
    Lcg rng;
    Generated g;
    g.orders = orders;
    QByteArray out = edi_test::isa('*', 'U', "00401", "000004711");
    int groups = 0;
    for (int first = 0; first < orders; first += kOrdersPerGroup) {
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
            const int lines = 1 + rng.next(6);
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
    out += "IEA*" + num(groups) + "*000004711~";
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int orders = argc > 1 ? QByteArray(argv[1]).toInt() : 5000;
    if (orders <= 0) {
        std::printf("usage: bench_edi [ORDERS]\n");
        return 2;
    }
    const int runs = 10;
    const int peerRuns = 5;

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
    for (const auto &[path, content] : {std::pair{x12Path, x12.content}, std::pair{edifactPath, edifact.content}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
            std::printf("bench_edi: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }

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
        while (tokenizer.next(segment, error) == X12Tokenizer::Step::Segment)
            ++n;
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
                "(same files, same run)\n", runs, peerRuns);
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

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB (inputs held in memory: %.1f MB)\n", double(usage.ru_maxrss) / 1024.0,
                double(x12.content.size() + edifact.content.size()) / 1e6);
    return 0;
}
