// EDI throughput: tokenize only, and tokenize + map (the full reader), on the corpus's 2.2 MB EDIFACT file and
// 42 KB X12 VICS file. Best of N runs; peak RSS at the end. Goal: ≤ 9 ms and ≤ 0.5 ms (20× the best JS parsers).
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/edifact/EdifactTokenizer.h"
#include "formats/x12/X12OrderReader.h"
#include "formats/x12/X12Tokenizer.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

using namespace orderflow;

namespace {

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

void report(const char *what, qsizetype bytes, double ms, double goalMs, int count, const char *unit)
{
    const double mbPerS = double(bytes) / 1e6 / (ms / 1e3);
    std::printf("  %-34s %9.3f ms  %8.1f MB/s  %7d %s  %s\n", what, ms, mbPerS, count, unit,
                goalMs > 0 ? (ms <= goalMs ? "(goal met)" : "(GOAL MISSED)") : "");
}

} // namespace

int main(int argc, char **argv)
{
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(ORDERFLOW_CORPUS_DIR);
    QFile edifactFile(corpus + QStringLiteral("/edifact/pydifact_huge_orders_2MB.edi"));
    QFile x12File(corpus + QStringLiteral("/x12/bots_850-004010VICS-01_0x7f_0x15.x12"));
    if (!edifactFile.open(QIODevice::ReadOnly) || !x12File.open(QIODevice::ReadOnly)) {
        std::printf("bench_edi: corpus not found at %s (pass its path as the first argument)\n", qPrintable(corpus));
        return 0;
    }
    const QByteArray edifact = edifactFile.readAll();
    const QByteArray x12 = x12File.readAll();
    ParseOptions options;
    int count = 0;

    std::printf("EDI benchmark (best of N runs)\n");
    std::printf("EDIFACT pydifact_huge_orders_2MB.edi, %lld bytes (JS peers: ~175 ms; goal <= 9 ms)\n", qint64(edifact.size()));
    double ms = bestMs(20, [&] {
        EdifactTokenizer tokenizer(edifact);
        EdifactSegment segment;
        EdifactLexError error;
        int n = 0;
        while (tokenizer.next(segment, error) == EdifactTokenizer::Step::Segment)
            n += segment.elementCount() >= 0 ? 1 : 0;
        return n;
    }, &count);
    report("parse only (tokenize)", edifact.size(), ms, 9, count, "segments");
    ms = bestMs(20, [&] {
        const ParseResult r = readEdifactOrders(edifact, options);
        return int(r.errors.size());
    }, &count);
    report("parse + map (full reader)", edifact.size(), ms, 9, count, "errors (UNT count, no UNZ: by design)");

    std::printf("X12 bots_850-004010VICS-01_0x7f_0x15.x12, %lld bytes (JS peers: ~11 ms; goal <= 0.5 ms)\n", qint64(x12.size()));
    ms = bestMs(200, [&] {
        X12Tokenizer tokenizer(x12);
        X12Segment segment;
        X12LexError error;
        int n = 0;
        while (tokenizer.next(segment, error) == X12Tokenizer::Step::Segment)
            ++n;
        return n;
    }, &count);
    report("parse only (tokenize)", x12.size(), ms, 0.5, count, "segments");
    ms = bestMs(200, [&] {
        const ParseResult r = readX12Orders(x12, options);
        int lines = 0;
        for (const Order &o : r.orders)
            lines += int(o.lines.size());
        return lines;
    }, &count);
    report("parse + map (full reader)", x12.size(), ms, 0.5, count, "order lines");

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.1f MB (inputs held in memory: %.1f MB)\n", double(usage.ru_maxrss) / 1024.0,
                double(edifact.size() + x12.size()) / 1e6);
    return 0;
}
