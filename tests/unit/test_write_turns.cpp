// The in-process write turns of a database file (storage/WriteTurns): writers get the lock in the order they asked,
// one that gives up does not block the next, and a writer can see that others wait.
#include "TestMain.h"
#include "storage/Database.h"
#include "storage/MonitoringRepository.h"
#include "storage/WalCheckpointer.h"
#include "storage/WriteTurns.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace orderflow;
using namespace std::chrono_literals;

class TestWriteTurns : public QObject {
    Q_OBJECT

    // Waits (briefly) until `n` writers wait for their turn.
    static bool waitForWaiting(const WriteTurns &turns, int n)
    {
        for (int i = 0; i < 500 && turns.waiting() != n; ++i)
            std::this_thread::sleep_for(2ms);
        return turns.waiting() == n;
    }

    // Another thread's writer: takes its turn (within 5 s), sets `wrote`, gives the turn back.
    static std::thread writer(WriteTurns &turns, std::atomic<bool> &wrote)
    {
        return std::thread([&turns, &wrote] {
            if (turns.acquire(5s)) {
                wrote = true;
                turns.release();
            }
        });
    }

private slots:
    void writersGetTheirTurnInTheOrderTheyAsked()
    {
        WriteTurns &turns = WriteTurns::of(QStringLiteral("/turns/fifo.db"));
        QVERIFY(turns.acquire(1s));
        QCOMPARE(turns.waiting(), 0);
        std::mutex orderMutex;
        std::vector<int> order;
        std::vector<std::thread> writers;
        for (int i = 0; i < 4; ++i) {
            writers.emplace_back([&, i] {
                if (!turns.acquire(5s))
                    return;
                {
                    std::lock_guard lock(orderMutex);
                    order.push_back(i);
                }
                turns.release();
            });
            QVERIFY(waitForWaiting(turns, i + 1));   // each asks only after the one before it waits
        }
        turns.release();
        for (std::thread &t : writers)
            t.join();
        QCOMPARE(order, (std::vector<int>{0, 1, 2, 3}));
        QCOMPARE(turns.waiting(), 0);
        // And the writer that asks again right after its turn queues behind those already waiting.
        QVERIFY(turns.acquire(1s));
        std::atomic<bool> otherWrote = false;
        std::thread other = writer(turns, otherWrote);
        QVERIFY(waitForWaiting(turns, 1));
        turns.release();
        QVERIFY(turns.acquire(5s));
        QVERIFY(otherWrote);
        turns.release();
        other.join();
    }

    void aWriterThatGivesUpDoesNotBlockTheNext()
    {
        WriteTurns &turns = WriteTurns::of(QStringLiteral("/turns/timeout.db"));
        QVERIFY(turns.acquire(1s));
        std::atomic<int> gaveUp = -1;
        std::thread impatient([&] { gaveUp = turns.acquire(50ms) ? 0 : 1; });
        impatient.join();
        QCOMPARE(gaveUp.load(), 1);
        QCOMPARE(turns.waiting(), 0);
        std::atomic<bool> wrote = false;
        std::thread next = writer(turns, wrote);
        QVERIFY(waitForWaiting(turns, 1));
        turns.release();
        next.join();
        QVERIFY(wrote);
        // Free again: the next writer gets it at once.
        QVERIFY(turns.acquire(0ms));
        turns.release();
    }

    // interactiveWithin(): a writer whose client waits (WriteTurns::Interactive on its thread) marks the database as
    // shared for a while — the push stage then keeps its transactions short —; other writers do not, and the mark is
    // the thread's only while the scope lives.
    void interactiveWritersAreRememberedForAWhile()
    {
        WriteTurns &turns = WriteTurns::of(QStringLiteral("/turns/interactive.db"));
        QVERIFY(!turns.interactiveWithin(10s));
        QVERIFY(turns.acquire(1s));   // an ordinary writer
        turns.release();
        std::thread ordinary([&] {
            if (turns.acquire(1s))
                turns.release();
        });
        ordinary.join();
        QVERIFY(!turns.interactiveWithin(10s));

        std::thread intake([&] {
            const WriteTurns::Interactive clientsWait;
            if (turns.acquire(1s))
                turns.release();
        });
        intake.join();
        QVERIFY(turns.interactiveWithin(10s));
        std::this_thread::sleep_for(60ms);
        QVERIFY(!turns.interactiveWithin(50ms));
        QVERIFY(turns.interactiveWithin(10s));

        WriteTurns &other = WriteTurns::of(QStringLiteral("/turns/interactive-scope.db"));
        {
            const WriteTurns::Interactive clientsWait;
            {
                const WriteTurns::Interactive nested;
            }
            QVERIFY(other.acquire(1s));   // still interactive after the nested scope ended
            other.release();
        }
        QVERIFY(other.interactiveWithin(10s));
        WriteTurns &after = WriteTurns::of(QStringLiteral("/turns/interactive-after.db"));
        QVERIFY(after.acquire(1s));   // the scope is gone: an ordinary writer again
        after.release();
        QVERIFY(!after.interactiveWithin(10s));
    }

    // The health check's probe (MonitoringRepository::ping) waits for its turn no longer than it waits for SQLite's
    // lock: a writer of this process stuck in a transaction (blocked by another process's lock) does not make
    // /health wait the writers' own 15 s, and the answer says the database is locked.
    void aHealthCheckDoesNotQueueBehindAStuckWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("health.db"));
        auto db = Database::open(path, QStringLiteral("health"));   // opened first: opening checks the schema
        QVERIFY(db);
        std::atomic<bool> inside = false;
        std::atomic<bool> release = false;
        std::thread stuck([&] {
            auto db = Database::open(path, QStringLiteral("stuck-writer"));
            if (!db)
                return;
            (void)(*db)->transaction([&]() -> Status {
                inside = true;
                while (!release)
                    std::this_thread::sleep_for(5ms);
                return {};
            });
        });
        const auto done = qScopeGuard([&] {
            release = true;
            stuck.join();
        });
        for (int i = 0; i < 500 && !inside; ++i)
            std::this_thread::sleep_for(2ms);
        QVERIFY(inside);
        QElapsedTimer t;
        t.start();
        const Status pinged = MonitoringRepository(**db).ping(500);
        const qint64 took = t.elapsed();
        QVERIFY(!pinged);
        QCOMPARE(pinged.error().code, QStringLiteral("db_locked"));
        QVERIFY2(pinged.error().message.contains(QStringLiteral("locked")), qPrintable(pinged.error().message));
        QVERIFY2(took < 3000, qPrintable(QStringLiteral("the probe took %1 ms").arg(took)));
    }

    // Through Database::transaction on a real file: a worker that commits transaction after transaction (as the
    // processing worker did with its batches) lets a waiting writer in after the one it is in, not after many.
    void aWriterIsNotHeldOutByOneThatCommitsAgainAndAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("turns.db"));
        {
            auto db = Database::open(path, QStringLiteral("setup"));
            QVERIFY(db);
            QVERIFY(execSql(**db, QStringLiteral("CREATE TABLE t (x INTEGER)"), QStringLiteral("creating t")));
        }
        std::atomic<bool> stop = false;
        std::atomic<int> commits = 0;
        std::thread busy([&] {
            auto db = Database::open(path, QStringLiteral("busy"));
            if (!db)
                return;
            while (!stop) {
                const Status s = (*db)->transaction([&]() -> Status {
                    std::this_thread::sleep_for(3ms);   // a batch's work
                    return execSql(**db, QStringLiteral("INSERT INTO t VALUES (1)"), QStringLiteral("busy insert"));
                });
                if (s)
                    ++commits;
            }
        });
        for (int i = 0; i < 500 && commits < 3; ++i)
            std::this_thread::sleep_for(2ms);
        auto db = Database::open(path, QStringLiteral("waiter"));   // opening migrates: a write transaction too
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        int worst = 0;
        for (int i = 0; i < 5; ++i) {
            const int before = commits;
            int passedBy = -1;
            const Status s = (*db)->transaction([&]() -> Status {
                passedBy = commits - before;
                return execSql(**db, QStringLiteral("INSERT INTO t VALUES (2)"), QStringLiteral("waiter insert"));
            });
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            worst = std::max(worst, passedBy);
        }
        stop = true;
        busy.join();
        QVERIFY2(worst <= 2, qPrintable(QStringLiteral("the other writer committed %1 times while this one waited").arg(worst)));
    }

    void eachDatabaseFileHasItsOwnTurns()
    {
        WriteTurns &a = WriteTurns::of(QStringLiteral("/turns/a.db"));
        WriteTurns &b = WriteTurns::of(QStringLiteral("/turns/b.db"));
        QVERIFY(&a != &b);
        QCOMPARE(&WriteTurns::of(QStringLiteral("/turns/a.db")), &a);
        QVERIFY(a.acquire(1s));
        QVERIFY(b.acquire(0ms));   // another file's writer does not wait for this one
        b.release();
        a.release();
    }

    // The write-ahead log is folded back by the background thread, never inside a commit (an HTTP request waits for
    // its commit before its 202), and everything committed is still there.
    void everyCommitReachesTheDiskBeforeItReturns()
    {
        // An order answered 202, or claimed as 'pushing' before its request goes out, must survive a power cut:
        // every engine connection syncs the write-ahead log at each commit (synchronous=FULL is 2).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath(QStringLiteral("sync.db")), QStringLiteral("test"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        auto level = queryCount(**db, QStringLiteral("PRAGMA synchronous"), {}, QStringLiteral("reading the sync level"));
        QVERIFY(level);
        QCOMPARE(*level, qint64(2));
    }

    void commitsLeaveTheCheckpointToTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("wal.db"));
        auto db = Database::open(path, QStringLiteral("test"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(execSql(**db, QStringLiteral("CREATE TABLE blob_row (id INTEGER PRIMARY KEY, body BLOB)"), QStringLiteral("creating")));
        // Ten pages a commit, commit after commit: 15,000 pages in all. The log must start over, not keep growing.
        const QByteArray body(40 * 1024, 'x');
        qint64 largestLog = 0;
        for (int i = 0; i < 1500; ++i) {
            QVERIFY((*db)->transaction([&]() -> Status {
                Statement &ins = (*db)->statement(QStringLiteral("INSERT INTO blob_row (body) VALUES (?)"));
                ins.bind(0, body);
                return ins.exec(QStringLiteral("inserting"));
            }));
            largestLog = std::max(largestLog, QFileInfo(path + QStringLiteral("-wal")).size());
        }
        QVERIFY2(largestLog < 3 * WalCheckpointer::kBackgroundPages * 4096, qPrintable(QStringLiteral("%1 bytes, %2 checkpoints").arg(largestLog).arg(WalCheckpointer::of((*db)->path())->backgroundCheckpoints())));
        auto checkpointer = WalCheckpointer::of((*db)->path());
        for (int i = 0; i < 500 && checkpointer->backgroundCheckpoints() == 0; ++i)
            std::this_thread::sleep_for(10ms);
        QVERIFY(checkpointer->backgroundCheckpoints() >= 1);
        QCOMPARE(checkpointer->commitPathCheckpoints(), 0);
        checkpointer.reset();
        db->reset();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));   // the last connection folded the rest back
        auto again = Database::open(path, QStringLiteral("test"));
        QVERIFY(again);
        auto rows = queryCount(**again, QStringLiteral("SELECT COUNT(*) FROM blob_row"), {}, QStringLiteral("counting"));
        QVERIFY(rows);
        QCOMPARE(*rows, qint64(1500));
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestWriteTurns)
#include "test_write_turns.moc"
