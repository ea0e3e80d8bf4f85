// Kill -9 at random moments while the daemon ingests and pushes a few hundred orders; restart; repeat.
// In the end every order is ACKED with exactly one file in the dropzone, and no inbound file is lost or
// ingested twice.
#include "Workspace.h"

#include "demo/SimulatedErp.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace orderflow;
using orderflow::test::Workspace;

class TestCrash : public QObject {
    Q_OBJECT
private:
    QProcess *startDaemon(const QString &dbPath)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("run"), QStringLiteral("--db"), dbPath, QStringLiteral("--quiet")});
        if (!p->waitForStarted(5000))
            qFatal("cannot start %s", ORDERFLOW_CLI);
        return p;
    }

private slots:
    void killNineRepeatedly()
    {
        constexpr int kOrders = 300;
        constexpr int kKills = 16;
        Workspace ws;
        ws.apply(ws.config(true, QJsonObject{{QStringLiteral("retry_base_ms"), 50}, {QStringLiteral("retry_max_ms"), 200}},
                           QJsonObject{{QStringLiteral("poll_interval_ms"), 50}, {QStringLiteral("max_files_per_poll"), 60}}));
        SimulatedErp erp(ws.dropzone, ws.acks);
        erp.setCreditHoldCustomer({});
        QRandomGenerator random(20261121);   // fixed seed: a failure can be replayed

        int dropped = 0;
        for (int round = 0; round < kKills; ++round) {
            // Partners keep sending while the daemon comes and goes.
            for (int i = 0; i < kOrders / 6 && dropped < kOrders; ++i, ++dropped)
                ws.drop(QStringLiteral("po-%1.json").arg(dropped, 4, 10, QLatin1Char('0')), Workspace::order(10000 + dropped, QStringLiteral("Customer %1").arg(dropped % 17)));
            QProcess *daemon = startDaemon(ws.dbPath);
            // Kill in the middle of real work: once the inbox archive or the dropzone has grown by a random
            // amount since this start (files are being ingested or pushed right now), or after a random time.
            const int archived0 = ws.files(ws.inbox + QStringLiteral("/archive")).size();
            const int pushed0 = ws.files(ws.dropzone, QStringLiteral("sales_order_*.json")).size();
            const int mode = int(random.bounded(3));   // 0: during ingest, 1: during push, 2: at a random time
            const int step = 1 + int(random.bounded(40));
            const int lifeMs = 100 + int(random.bounded(1500));
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < (mode == 2 ? lifeMs : 5000)) {
                if (mode == 0 && ws.files(ws.inbox + QStringLiteral("/archive")).size() >= archived0 + step)
                    break;
                if (mode == 1 && ws.files(ws.dropzone, QStringLiteral("sales_order_*.json")).size() >= pushed0 + step)
                    break;
                QTest::qWait(1);
                if (t.elapsed() % 20 == 0)
                    erp.answerNew();
            }
            daemon->kill();   // SIGKILL: no shutdown, no flush
            daemon->waitForFinished(5000);
            delete daemon;
        }
        QCOMPARE(dropped, kOrders);

        // Last run, left alone until everything is acknowledged.
        QProcess *daemon = startDaemon(ws.dbPath);
        QElapsedTimer t;
        t.start();
        QTest::qWait(1000);
        while (t.elapsed() < 90000 && ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'acked'")) < kOrders) {
            QTest::qWait(50);
            erp.answerNew();
        }
        daemon->terminate();
        QVERIFY(daemon->waitForFinished(15000));
        QCOMPARE(daemon->exitStatus(), QProcess::NormalExit);
        delete daemon;

        // No order lost, none twice.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order")), kOrders);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(DISTINCT order_number) FROM draft_order")), kOrders);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'acked'")), kOrders);
        // Every inbound file stored exactly once, and moved out of the inbox.
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM inbound_message")), kOrders);
        QCOMPARE(ws.files(ws.inbox).size(), 0);
        QCOMPARE(ws.files(ws.inbox + QStringLiteral("/archive")).size(), kOrders);
        // Exactly one file per order in the dropzone, and no half-written leftovers.
        const QStringList written = ws.files(ws.dropzone, QStringLiteral("sales_order_*.json"));
        QCOMPARE(written.size(), kOrders);
        QVERIFY(ws.files(ws.dropzone, QStringLiteral("*.tmp")).isEmpty());
        QSet<QString> orderIds;
        for (const QString &name : written) {
            QFile f(ws.dropzone + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            orderIds.insert(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("draft_order_id")).toString());
        }
        QCOMPARE(orderIds.size(), kOrders);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_export WHERE status = 'ACKED'")), kOrders);
        qInfo("push log: %d attempts, %d reconciled after a kill, %d interrupted and retried",
              ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log")),
              ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'reconciled'")),
              ws.count(QStringLiteral("SELECT COUNT(*) FROM erp_push_log WHERE outcome = 'interrupted'")));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
