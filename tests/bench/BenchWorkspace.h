// The set-up the pipeline benchmarks share (bench_pipeline, bench_rest): partner orders written as files into an
// inbox, a workspace with organisation "bench", its connection "erp" and the folder source "folder" reading the
// inbox, and the ingest and processing stages run to the end. Any failure stops the benchmark (qFatal).
#pragma once

#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "transport/LocalFileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace orderflow::bench {

// `count` files po_00000.json … in `inbox` (made when missing), file i holding order(i).
inline void writeOrderFiles(const QString &inbox, int count, const std::function<QByteArray(int)> &order)
{
    QDir().mkpath(inbox);
    for (int i = 0; i < count; ++i) {
        QFile f(inbox + QStringLiteral("/po_%1.json").arg(i, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the input %s", qPrintable(f.fileName()));
        f.write(order(i));
    }
}

// Stores organisation "bench" with `connection` (a configuration document's entry without org and name) as "erp",
// and the auto-approving folder source "folder" over `inbox` that takes up to `filesPerPoll` files in one poll.
inline SourceRecord benchWorkspace(Database &db, QJsonObject connection, const QString &inbox, int filesPerPoll)
{
    connection.insert(QStringLiteral("org"), QStringLiteral("bench"));
    connection.insert(QStringLiteral("name"), QStringLiteral("erp"));
    ConfigRepository config(db);
    auto applied = config.apply(QJsonObject{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("bench")}}}},
        {QStringLiteral("connections"), QJsonArray{connection}},
        {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("bench")}, {QStringLiteral("name"), QStringLiteral("folder")},
                                                           {QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("format"), QStringLiteral("json")},
                                                           {QStringLiteral("auto_approve"), true},
                                                           {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), inbox}, {QStringLiteral("settle_ms"), 0},
                                                                                                  {QStringLiteral("max_files_per_poll"), filesPerPoll}}}}}}});
    if (!applied)
        qFatal("%s", qPrintable(applied.error().message));
    auto source = config.sourceByName(QStringLiteral("bench"), QStringLiteral("folder"));
    if (!source)
        qFatal("%s", qPrintable(source.error().message));
    return *source;
}

// One poll of `source`, which must store `expected` orders.
inline void ingestAll(Database &db, const SourceRecord &source, int expected)
{
    LocalFileStore store;
    StabilityTracker tracker;
    auto ingested = Ingestor(db).pollSource(source, store, tracker);
    if (!ingested || ingested->changes.size() != expected)
        qFatal("ingest stored %lld orders", ingested ? qint64(ingested->changes.size()) : -1LL);
}

// Validates, totals and decides every stored order; returns how many.
inline int processAll(Database &db)
{
    OrderProcessor processor(db);
    int processed = 0;
    while (true) {
        auto batch = processor.processBatch(1000);
        if (!batch || batch->isEmpty())
            break;
        processed += int(batch->size());
    }
    return processed;
}

} // namespace orderflow::bench
