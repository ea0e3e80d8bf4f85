// Benchmark: what showing an engine text in German costs the console (translatedEngineText) the first time a text
// is shown — the catalogue's matcher built once, then long texts new to its cache: an acknowledgement that cannot be
// delivered (the status bar's engine problem), a push that gave up, a local folder error with spaces in its path.
// Side by side with the bare work: the same German text rendered from its templates with the arguments known
// (QCoreApplication::translate + EngineMessage::render). CPU time of this thread; ORDERFLOW_BENCH_MESSAGES=N texts
// of each kind (default 200).
#include "app/Translations.h"
#include "domain/EngineMessage.h"
#include "domain/messages/ConnectionMessages.h"
#include "domain/messages/SourceMessages.h"
#include "transport/FileStore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace orderflow;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString german(const EngineMessage &m, const QStringList &args)
{
    return EngineMessage::render(QCoreApplication::translate("engine", m.source()), args);
}

struct Kind {
    const char *name;
    std::function<QString(int)> english;   // the stored text, the i-th of its kind
    std::function<QString(int)> bare;      // the same in German, rendered from its templates directly
};

void report(const char *name, QList<double> ms, double bareMs)
{
    const double first = ms.isEmpty() ? 0 : ms.first();
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("%-34s first %8.3f ms  median %8.3f ms  max %8.3f ms  mean %8.3f ms | bare %7.4f ms  (%.0fx)\n", name, first,
                ms.at(ms.size() / 2), ms.last(), sum / double(ms.size()), bareMs, bareMs > 0 ? (sum / double(ms.size())) / bareMs : 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (console::installTranslations(&app, QStringLiteral("de")) != QLatin1String("de")) {
        std::fprintf(stderr, "the German translation is not available\n");
        return 1;
    }
    const int n = qEnvironmentVariableIntValue("ORDERFLOW_BENCH_MESSAGES") > 0 ? qEnvironmentVariableIntValue("ORDERFLOW_BENCH_MESSAGES") : 200;

    // A real file-system error, as the outbox records it.
    auto store = createFileStore(QJsonObject{{QStringLiteral("mode"), QStringLiteral("filesystem")}});
    if (!store)
        return 1;
    const QString dir = QStringLiteral("/nonexistent orderflow acks");
    const Status written = (*store)->writeAtomic(dir + QStringLiteral("/997_SENDER_905.x12"), "ISA", false);
    const QString cause = written ? QStringLiteral("?") : written.error().message;
    // The first call builds the matcher (every catalogue template compiled).
    const double first0 = cpuMs();
    const QString causeGerman = translatedEngineText(cause);
    const double firstMs = cpuMs() - first0;

    const QList<Kind> kinds{
        {"acknowledgement not delivered",
         [&](int i) {
             return msg::AckCannotDeliver(QStringLiteral("997"), QStringLiteral("997_SENDER_%1.x12").arg(i), QStringLiteral("po-%1.x12").arg(i), i,
                                          QStringLiteral("inbox"), QStringLiteral("acme"), msg::AckTo(dir), cause,
                                          msg::AckNextAttempt(msg::AckNeedsPerson(), i, QStringLiteral("2026-11-30 10:00:00")));
         },
         [&](int i) {
             return german(msg::AckCannotDeliver, {QStringLiteral("997"), QStringLiteral("997_SENDER_%1.x12").arg(i), QStringLiteral("po-%1.x12").arg(i),
                                                   QString::number(i), QStringLiteral("inbox"), QStringLiteral("acme"), german(msg::AckTo, {dir}), causeGerman,
                                                   german(msg::AckNextAttempt, {german(msg::AckNeedsPerson, {}), QString::number(i),
                                                                                QStringLiteral("2026-11-30 10:00:00")})});
         }},
        {"push gave up (missing directory)",
         [&](int i) { return msg::GaveUpAfter(i, msg::DirectoryMissing(QStringLiteral("/srv/erp/in %1").arg(i))); },
         [&](int i) { return german(msg::GaveUpAfter, {QString::number(i), german(msg::DirectoryMissing, {QStringLiteral("/srv/erp/in %1").arg(i)})}); }},
        {"REST connection failed",
         [&](int i) {
             return msg::RestFailed(msg::ErpOf(QStringLiteral("erp %1").arg(i), QStringLiteral("acme")), msg::HttpResetBeforeComplete());
         },
         [&](int i) {
             return german(msg::RestFailed, {german(msg::ErpOf, {QStringLiteral("erp %1").arg(i), QStringLiteral("acme")}), german(msg::HttpResetBeforeComplete, {})});
         }},
    };

    std::printf("translatedEngineText, German, CPU time of this thread\n");
    std::printf("first call (builds the matcher; a file-system error): %.3f ms\n", firstMs);
    std::printf("per text new to the cache (%d of each kind):\n", n);
    bool same = true;
    for (const Kind &k : kinds) {
        QList<double> ms;
        double bare = 0;
        for (int i = 0; i < n; ++i) {
            const QString english = k.english(1000 + i);
            const double t0 = cpuMs();
            const QString shown = translatedEngineText(english);
            ms << cpuMs() - t0;
            const double b0 = cpuMs();
            const QString expected = k.bare(1000 + i);
            bare += cpuMs() - b0;
            if (shown != expected) {
                if (same)
                    std::printf("  differs: %s\n  expected %s\n", qPrintable(shown), qPrintable(expected));
                same = false;
            }
        }
        report(k.name, ms, bare / n);
    }
    std::printf("%s\n", same ? "every text as rendered from its templates" : "SOME TEXTS DIFFER from the templates' rendering");
    return same ? 0 : 1;
}
