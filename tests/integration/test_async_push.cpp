// Asynchronous connectors and claim-ahead (issue 9). A connector that completes later, from a timer on its
// connection's thread (MOCK with "asynchronous": the way the REST connector completes on its own HTTP client), delivers
// through `orderflow push` (the real binary) and through the engine. And while a batch is in flight, the engine has
// the connection's next batch claimed already (bounded: one batch ahead), so database work overlaps the delivery.
// Real SQLite, real folders, the real CLI process.
#include "QueryPlan.h"
#include "Workspace.h"

#include "pipeline/Engine.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"
#include "pipeline/PushService.h"
#include "storage/OrderRepository.h"
#include "storage/PushQueueRepository.h"
#include "storage/WriteTurns.h"
#include "transport/LocalFileStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QTcpServer>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace orderflow;
using orderflow::test::Workspace;

namespace {

// The workspace's source feeding a MOCK connection that completes asynchronously, latencyMs after each batch started.
QJsonObject asyncConfig(const Workspace &ws, int latencyMs, int concurrency = 1)
{
    return ws.config(true, QJsonObject{{QStringLiteral("type"), QStringLiteral("MOCK")}, {QStringLiteral("concurrency"), concurrency},
                                       {QStringLiteral("config"), QJsonObject{{QStringLiteral("asynchronous"), true}, {QStringLiteral("latency_ms"), latencyMs}}}});
}

// `count` approved orders, ingested from the inbox and processed; their ids.
QStringList approvedOrders(Workspace &ws, int count)
{
    for (int i = 1; i <= count; ++i)
        ws.drop(QStringLiteral("o%1.json").arg(i), Workspace::order(i));
    auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("partner"));
    if (!source)
        return {};
    LocalFileStore store;
    StabilityTracker tracker;
    auto in = Ingestor(*ws.db).pollSource(*source, store, tracker);
    if (!in || in->files.size() != count)
        return {};
    while (true) {
        auto done = OrderProcessor(*ws.db).processBatch(1000);
        if (!done || done->isEmpty())
            break;
    }
    QStringList ids;
    QSqlQuery q(ws.db->sql());
    q.exec(QStringLiteral("SELECT id FROM draft_order WHERE state = 'approved' ORDER BY id"));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

// Where each push of the log completed, as the connector reported it.
QStringList completedOn(Workspace &ws)
{
    QStringList threads;
    QSqlQuery q(ws.db->sql());
    q.exec(QStringLiteral("SELECT response FROM erp_push_log ORDER BY id"));
    while (q.next())
        threads << QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("completed_on")).toString();
    return threads;
}

int countIn(Workspace &ws, const QString &state)
{
    return ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = '%1'").arg(state));
}

} // namespace

class TestAsyncPush : public QObject {
    Q_OBJECT
private slots:
    // `orderflow push ID...` goes through the engine's scheduler: the connector's timer fires on the connection's
    // thread (its event loop runs), and the command waits for the completion. The blocking path would have been
    // refused by the asynchronous connector.
    void pushCommandCompletesAsynchronously()
    {
        Workspace ws;
        ws.apply(asyncConfig(ws, 100));
        const QStringList ids = approvedOrders(ws, 3);
        QCOMPARE(ids.size(), 3);

        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(ORDERFLOW_CLI), QStringList{QStringLiteral("push")} + ids + QStringList{QStringLiteral("--db"), ws.dbPath});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("3 succeeded, 0 failed")), qPrintable(out));
        for (const QString &id : ids)
            QVERIFY2(out.contains(QStringLiteral("%1: ok now acked").arg(id)), qPrintable(out));
        QVERIFY2(t.elapsed() >= 100, "the command returned before the connector completed");
        QCOMPARE(countIn(ws, QStringLiteral("acked")), 3);
        const QString connectionThread = QStringLiteral("orderflow-connection-%1")
                                             .arg(ws.count(QStringLiteral("SELECT id FROM erp_connection WHERE name = 'erp'")));
        QCOMPARE(completedOn(ws), QStringList(3, connectionThread));
    }

    // A batch's claims and acknowledgements are written a run of orders at a time (one UPDATE for many orders,
    // multi-row inserts): every order still has its own trail — approved → pushing → sent → acked in the audit, one
    // attempt in the push log under its export's key, its ERP order number on the export, its changes in the feed.
    void batchOfAckedOrdersKeepsEveryOrdersTrail()
    {
        Workspace ws;
        ws.apply(asyncConfig(ws, 10, 4));
        const QStringList ids = approvedOrders(ws, 23);   // runs of 16, 4, 1, 1, 1
        QCOMPARE(ids.size(), 23);
        PushService push(*ws.db);
        auto round = push.runRound(100);
        QVERIFY2(round, round ? "" : qPrintable(round.error().message));
        QCOMPARE(round->delivered, 23);
        QCOMPARE(countIn(ws, QStringLiteral("acked")), 23);
        for (const QString &id : ids) {
            QSqlQuery q(ws.db->sql());
            q.prepare(QStringLiteral("SELECT action, from_state, to_state, detail FROM audit_event WHERE entity = 'order' AND entity_id = ? "
                                     "AND action IN ('push', 'ack') ORDER BY id"));
            q.addBindValue(id);
            QVERIFY(q.exec());
            QStringList trail;
            while (q.next())
                trail << QStringLiteral("%1 %2>%3 %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
            QSqlQuery e(ws.db->sql());
            e.prepare(QStringLiteral("SELECT x.status, x.erp_order_id, x.idempotency_key, l.attempt, l.outcome, l.idempotency_key, "
                                     "(SELECT COUNT(*) FROM erp_push_log WHERE order_id = x.order_id) "
                                     "FROM erp_export x JOIN erp_push_log l ON l.export_id = x.id WHERE x.order_id = ?"));
            e.addBindValue(id);
            QVERIFY(e.exec() && e.next());
            QCOMPARE(e.value(0).toString(), QStringLiteral("ACKED"));
            const QString erpId = e.value(1).toString();
            QVERIFY(!erpId.isEmpty());
            QCOMPARE(trail, (QStringList{QStringLiteral("push approved>pushing attempt 1 via 'erp'"), QStringLiteral("push pushing>sent delivered to 'erp'"),
                                         QStringLiteral("ack sent>acked ERP order ") + erpId}));
            QCOMPARE(e.value(3).toInt(), 1);
            QCOMPARE(e.value(4).toString(), QStringLiteral("acked"));
            QCOMPARE(e.value(5).toString(), e.value(2).toString());
            QCOMPARE(e.value(6).toInt(), 1);
            QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM change_log WHERE entity = 'order' AND order_id = '%1' AND from_state = 'pushing' "
                                             "AND to_state = 'acked'").arg(id)),
                     1);
            // The change's time is the order's own (updated_at), the push attempt's its finish, the export's its creation.
            QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM change_log c JOIN draft_order d ON d.id = c.order_id WHERE c.entity = 'order' "
                                             "AND c.order_id = '%1' AND c.to_state = 'acked' AND c.at = d.updated_at").arg(id)),
                     1);
            QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM change_log c JOIN erp_push_log l ON l.order_id = c.order_id WHERE c.entity = 'push_log' "
                                             "AND c.order_id = '%1' AND c.at = l.finished_at").arg(id)),
                     1);
            QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM change_log c JOIN erp_export x ON x.order_id = c.order_id WHERE c.entity = 'export' "
                                             "AND c.kind = 'created' AND c.order_id = '%1' AND c.at = x.created_at").arg(id)),
                     1);
        }
        // Every ERP order number once: no answer went to another order.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(DISTINCT erp_order_id) FROM erp_export WHERE status = 'ACKED'")), 23);
        // The answers' JSON (serialised on the connection's thread) is stored as text, and says the ERP's order.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log l JOIN erp_export x ON x.id = l.export_id WHERE typeof(l.response) = 'text' "
                                         "AND json_extract(l.response, '$.erp_order_id') = x.erp_order_id")),
                 23);
    }

    // Moving a batch of orders (a claim's approved → pushing) reads those orders by their ids, not every order in
    // their state: with 40,000 more orders waiting, a batch moves about as fast as alone. (The planner took the state's
    // queue index for `state = ? AND id IN (…)` and walked the whole backlog for every run of 64 orders, so a claim
    // slowed with the backlog.) The best of three batches on each side, so a stall of the machine does not decide.
    void pushQueueReadsTakeAnyNumberOfIds()
    {
        // An operator's "push now" of 40,000 ids, a lane of 20,000 sources: more than SQLite takes in one statement
        // (32766 variables); the reads split them and still find the order among them.
        Workspace ws;
        ws.apply(asyncConfig(ws, 0));
        const QStringList real = approvedOrders(ws, 1);
        QCOMPARE(real.size(), 1);
        // SQLite's own limit, as any build may have it (Debian's raises it to 250,000).
        const QVariant handle = ws.db->sql().driver()->handle();
        QVERIFY(handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0);
        sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_limit(sqlite, SQLITE_LIMIT_VARIABLE_NUMBER, 32766);
        QCOMPARE(sqlite3_limit(sqlite, SQLITE_LIMIT_VARIABLE_NUMBER, -1), 32766);
        auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("partner"));
        QVERIFY(source.ok());
        PushQueueRepository queue(*ws.db);
        QStringList ids;
        for (int i = 0; i < 40000; ++i)
            ids << QStringLiteral("no-such-order-%1").arg(i);
        ids.insert(30000, real.first());
        auto pushable = queue.pushable(ids);
        QVERIFY2(pushable.ok(), pushable.ok() ? "" : qPrintable(pushable.error().message));
        QCOMPARE(pushable->size(), 1);
        QCOMPARE(pushable->first().id, real.first());

        QList<qint64> sources;
        for (qint64 i = 0; i < 20000; ++i)
            sources << 1000000 + i;
        sources.insert(15000, source->id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto due = queue.due(sources, now, 10);
        QVERIFY2(due.ok(), due.ok() ? "" : qPrintable(due.error().message));
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().id, real.first());
        auto any = queue.anyDue(sources, now);
        QVERIFY2(any.ok(), any.ok() ? "" : qPrintable(any.error().message));
        QVERIFY(*any);
    }

    void movingABatchFindsItsOrdersById()
    {
        // A batch's state change looks its orders up by id; it never walks an index over the state, which would read
        // the whole backlog of orders in that state for every run of a claim. Checked on the plan of the very
        // statement the repository runs, for each run size and with and without further columns set.
        Workspace ws;
        for (const QStringList &columns : {QStringList{}, QStringList{QStringLiteral("last_error"), QStringLiteral("next_attempt_at")}}) {
            for (const qsizetype ids : {64, 16, 4, 1}) {
                const QStringList steps = orderflow::test::queryPlan(ws.db->sql(), OrderRepository::moveRunSql(columns, ids));
                const QString shown = QStringLiteral("%1 ids: %2").arg(ids).arg(steps.join(QStringLiteral("; ")));
                QVERIFY2(!steps.isEmpty(), qPrintable(shown));
                for (const QString &step : std::as_const(steps))
                    QVERIFY2(!step.contains(QLatin1String("state")), qPrintable(shown));
                QVERIFY2(steps.join(QLatin1Char(' ')).contains(QLatin1String("(id=?)")), qPrintable(shown));
            }
        }
    }

    // The engine (`orderflow run`) delivers through the same connector the same way.
    void engineCompletesAsynchronously()
    {
        Workspace ws;
        ws.apply(asyncConfig(ws, 20, 2));
        QCOMPARE(approvedOrders(ws, 30).size(), 30);
        EngineOptions options;
        options.databasePath = ws.dbPath;
        options.pushBatch = 4;
        Engine engine(options);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(countIn(ws, QStringLiteral("acked")), 30, 20000);
        engine.stop();
        const QStringList threads = completedOn(ws);
        QCOMPARE(threads.size(), 30);
        QVERIFY2(threads.filter(QStringLiteral("orderflow-connection-")).size() == 30, qPrintable(threads.join(QLatin1Char(','))));
    }

    // A batch is sized to about a quarter of a second of its connection's pace (decided, PushScheduler): a
    // connection that answers at once gets batches larger than the engine's first size (fewer commits for many
    // orders), one that takes 300 ms a batch gets smaller ones (an order does not wait behind many others).
    // While a writer whose clients wait takes its turns (an HTTP source storing requests), no batch is larger than
    // PushService::kSharedBatch: a claim or record of 2,000 orders would hold the write lock for some 60 ms.
    void batchesFollowTheConnectionsPace_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<int>("orders");
        QTest::addColumn<bool>("otherWriter");
        QTest::newRow("answers at once") << 0 << 400 << false;
        QTest::newRow("300 ms a batch") << 300 << 48 << false;
        QTest::newRow("answers at once, another writer busy") << 0 << 1000 << true;
    }
    void batchesFollowTheConnectionsPace()
    {
        QFETCH(int, latencyMs);
        QFETCH(int, orders);
        QFETCH(bool, otherWriter);
        Workspace ws;
        ws.apply(asyncConfig(ws, latencyMs));
        QCOMPARE(approvedOrders(ws, orders).size(), orders);
        QVERIFY(execSql(*ws.db, QStringLiteral("CREATE TABLE other_writer (x INTEGER)"), QStringLiteral("creating a table")));
        std::atomic<bool> stop = false;
        std::atomic<int> otherCommits = 0;
        std::thread other;
        if (otherWriter) {
            other = std::thread([&] {
                const WriteTurns::Interactive clientsWait;   // as the HTTP source's intake
                auto db = Database::open(ws.dbPath, QStringLiteral("other-writer"));
                if (!db)
                    return;
                while (!stop) {
                    if ((*db)->transaction([&] { return execSql(**db, QStringLiteral("INSERT INTO other_writer VALUES (1)"), QStringLiteral("writing")); }))
                        ++otherCommits;
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                }
            });
        }
        const auto joined = qScopeGuard([&] {
            stop = true;
            if (other.joinable())
                other.join();
        });
        EngineOptions options;
        options.databasePath = ws.dbPath;
        options.pushBatch = 16;
        Engine engine(options);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(countIn(ws, QStringLiteral("acked")), orders, 60000);
        engine.stop();
        QVERIFY(!otherWriter || otherCommits > 0);
        QList<int> sizes;   // each attempt says how large its batch was (MOCK's "batch_of"), in the order pushed
        QSqlQuery q(ws.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT response FROM erp_push_log ORDER BY id")));
        while (q.next())
            sizes << QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("batch_of")).toInt();
        QCOMPARE(sizes.size(), orders);   // one attempt each: nothing sent twice
        QCOMPARE(sizes.first(), 16);      // the first batch: the engine's configured size
        const QString shown = QStringLiteral("batch sizes: %1").arg([&] {
            QStringList out;
            for (int n : std::as_const(sizes))
                out << QString::number(n);
            out.removeDuplicates();
            return out.join(QLatin1Char(','));
        }());
        if (otherWriter)
            QVERIFY2(*std::max_element(sizes.cbegin(), sizes.cend()) <= PushService::kSharedBatch, qPrintable(shown));
        else if (latencyMs == 0)
            QVERIFY2(*std::max_element(sizes.cbegin(), sizes.cend()) > 16, qPrintable(shown));
        else
            QVERIFY2(sizes.last() < 16 && *std::min_element(sizes.cbegin(), sizes.cend()) >= 1, qPrintable(shown));
    }

    // While a batch is in flight, the connection's next batch is claimed already (one batch ahead, no more); it
    // starts when the first completes. At a shutdown the batch ahead was never attempted: it waits again,
    // uncharged, and is pushed later.
    void nextBatchIsClaimedWhileOneIsInFlight()
    {
        Workspace ws;
        ws.apply(asyncConfig(ws, 3000));
        QCOMPARE(approvedOrders(ws, 15).size(), 15);
        EngineOptions options;
        options.databasePath = ws.dbPath;
        options.pushBatch = 5;
        {
            Engine engine(options);
            engine.start();
            QElapsedTimer t;
            t.start();
            while (countIn(ws, QStringLiteral("pushing")) < 10 && t.elapsed() < 10000)
                QTest::qWait(10);
            // One batch of 5 in flight and the next 5 claimed ahead; the last 5 wait for room, and stay waiting.
            for (QElapsedTimer more; !more.isValid() || more.elapsed() < 300; QTest::qWait(20)) {
                if (!more.isValid())
                    more.start();
                QCOMPARE(countIn(ws, QStringLiteral("pushing")), 10);
                QCOMPARE(countIn(ws, QStringLiteral("approved")), 5);
            }
            QCOMPARE(countIn(ws, QStringLiteral("acked")), 0);
            engine.stop();
        }
        // The batch ahead was not attempted: back to waiting, its attempt given back, nothing logged for it.
        QCOMPARE(countIn(ws, QStringLiteral("pushing")), 5);   // in flight at the stop: recovered at the next start
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'retry_wait' AND attempt = 0")), 5);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log")), 0);

        ws.apply(asyncConfig(ws, 20));
        Engine engine(options);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(countIn(ws, QStringLiteral("acked")), 15, 30000);
        engine.stop();
    }

    // The batch claimed ahead is not attempted when the batch before it found the connection down: it waits with
    // the rest of that batch, uncharged, instead of costing one more failed attempt (and one more timeout on a
    // server that hangs). 150 orders: a batch of 100 in flight (its first push fails, the other 99 are skipped) and
    // 50 claimed ahead; one attempt in all.
    void batchAheadIsNotAttemptedAfterAConnectionFailure()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int closedPort = probe.serverPort();
        probe.close();   // nothing listens there: every connect is refused at once
        Workspace ws;
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")},
                                                                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                                    {QStringLiteral("port"), closedPort},
                                                                                    {QStringLiteral("user"), QStringLiteral("orderflow")},
                                                                                    {QStringLiteral("password_env"), QStringLiteral("ORDERFLOW_TEST_UNUSED")},
                                                                                    {QStringLiteral("known_hosts"), ws.dir.filePath(QStringLiteral("known_hosts"))},
                                                                                    {QStringLiteral("path"), QStringLiteral("/drop")}}}}));
        QCOMPARE(approvedOrders(ws, 150).size(), 150);

        PushService push(*ws.db);
        auto round = push.runRound(1000);
        QVERIFY2(round.ok(), round.ok() ? "" : qPrintable(round.error().message));
        QCOMPARE(round->attempted, 150);
        QCOMPARE(round->delivered, 0);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log")), 1);
        QCOMPARE(countIn(ws, QStringLiteral("retry_wait")), 150);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE attempt = 0")), 149);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE last_error LIKE "
                                         "'Not attempted: connection ''erp'' failed for another order of the same batch%'")), 149);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestAsyncPush)
#include "test_async_push.moc"
