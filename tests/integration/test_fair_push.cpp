// Fair push scheduling (issue 9): a paused, slow or hung connection never holds back another one. Real SQLite,
// real dropzone folders; two connections of one organisation, each fed by its own folder source.
#include "Workspace.h"

#include "pipeline/Engine.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"
#include "pipeline/PushService.h"
#include "storage/ConfigRepository.h"
#include "transport/LocalFileStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace orderflow;
using orderflow::test::Workspace;

namespace {

struct TwoConnections {
    Workspace ws;
    QString inboxA = ws.dir.filePath(QStringLiteral("inA"));
    QString inboxB = ws.dir.filePath(QStringLiteral("inB"));
    QString dropA = ws.dir.filePath(QStringLiteral("dropA"));
    QString dropB = ws.dir.filePath(QStringLiteral("dropB"));
    int nextId = 1;

    TwoConnections()
    {
        for (const QString &d : {inboxA, inboxB, dropA, dropB})
            QDir().mkpath(d);
    }

    static QJsonObject connection(const QString &org, const QString &name, const QJsonObject &config, const QJsonObject &extra = {})
    {
        QJsonObject c{{QStringLiteral("org"), org}, {QStringLiteral("name"), name},
                      {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("retry_base_ms"), 1},
                      {QStringLiteral("retry_max_ms"), 5}, {QStringLiteral("config"), config}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.insert(it.key(), it.value());
        return c;
    }
    static QJsonObject source(const QString &org, const QString &name, const QString &inbox, const QString &connection)
    {
        return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name},
                           {QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("format"), QStringLiteral("auto")},
                           {QStringLiteral("auto_approve"), true}, {QStringLiteral("connection"), connection},
                           {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), inbox}, {QStringLiteral("pattern"), QStringLiteral("*.json")},
                                                                  {QStringLiteral("settle_ms"), 0}, {QStringLiteral("max_files_per_poll"), 5000}}}};
    }
    // Connection A's config and extras are the test's; B is a plain local dropzone.
    void apply(const QJsonObject &configA, const QJsonObject &extraA = {})
    {
        ws.apply(QJsonObject{
            {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}},
                                                QJsonObject{{QStringLiteral("slug"), QStringLiteral("beta")}, {QStringLiteral("name"), QStringLiteral("Beta")}}}},
            {QStringLiteral("connections"), QJsonArray{connection(QStringLiteral("acme"), QStringLiteral("erpA"), configA, extraA),
                                                       connection(QStringLiteral("beta"), QStringLiteral("erpB"), QJsonObject{{QStringLiteral("path"), dropB}})}},
            {QStringLiteral("sources"), QJsonArray{source(QStringLiteral("acme"), QStringLiteral("partnerA"), inboxA, QStringLiteral("erpA")),
                                                   source(QStringLiteral("beta"), QStringLiteral("partnerB"), inboxB, QStringLiteral("erpB"))}},
        });
    }
    // `count` approved orders from the source of `inbox`, ingested and processed now (so they are younger than earlier ones).
    void approved(const QString &sourceName, const QString &inbox, int count)
    {
        for (int i = 0; i < count; ++i) {
            QFile f(QDir(inbox).filePath(QStringLiteral("o%1.json").arg(nextId)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(Workspace::order(nextId++));
        }
        auto src = ConfigRepository(*ws.db).sourceByName(sourceName == QLatin1String("partnerA") ? QStringLiteral("acme") : QStringLiteral("beta"), sourceName);
        QVERIFY(src.ok());
        LocalFileStore store;
        StabilityTracker tracker;
        auto in = Ingestor(*ws.db).pollSource(*src, store, tracker);
        QVERIFY2(in.ok(), in.ok() ? "" : qPrintable(in.error().message));
        QCOMPARE(in->files.size(), count);
        for (;;) {
            auto done = OrderProcessor(*ws.db).processBatch(1000);
            QVERIFY(done.ok());
            if (done->isEmpty())
                break;
        }
        QTest::qWait(5);   // the next batch is strictly younger
    }
    qint64 connectionId(const QString &name)
    {
        auto all = ConfigRepository(*ws.db).connections();
        for (const ConnectionRecord &c : *all) {
            if (c.name == name)
                return c.id;
        }
        return 0;
    }
    int delivered(const QString &dropzone) const { return int(ws.files(dropzone, QStringLiteral("sales_order_*.json")).size()); }
};

} // namespace

class TestFairPush : public QObject {
    Q_OBJECT
private slots:
    void pausedConnectionDoesNotDelayAnother_data()
    {
        QTest::addColumn<QString>("pause");
        QTest::newRow("circuit open") << QStringLiteral("open");
        QTest::newRow("disabled") << QStringLiteral("disabled");
    }

    // 400 orders waiting on a paused connection are older than a second connection's orders: the second
    // connection's orders go out in the first round all the same, and the paused connection's orders are not claimed.
    void pausedConnectionDoesNotDelayAnother()
    {
        QFETCH(QString, pause);
        TwoConnections t;
        const QJsonObject configA{{QStringLiteral("path"), t.dropA}};
        t.apply(configA);
        t.approved(QStringLiteral("partnerA"), t.inboxA, 400);
        t.approved(QStringLiteral("partnerB"), t.inboxB, 10);
        if (pause == QLatin1String("open")) {
            QVERIFY(ConfigRepository(*t.ws.db)
                        .updateCircuit(t.connectionId(QStringLiteral("erpA")), QStringLiteral("open"), QDateTime::currentDateTimeUtc().addSecs(3600), 5)
                        .ok());
        } else {
            t.apply(configA, QJsonObject{{QStringLiteral("status"), QStringLiteral("DISABLED")}});
        }

        PushService push(*t.ws.db);
        auto round = push.runRound(100);
        QVERIFY2(round.ok(), round.ok() ? "" : qPrintable(round.error().message));
        QCOMPARE(t.delivered(t.dropB), 10);
        QCOMPARE(round->delivered, 10);
        QCOMPARE(t.delivered(t.dropA), 0);
        QCOMPARE(t.ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'approved'")), 400);
        // The paused connection is named once, not once per waiting order.
        const QString said = round->messages.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("erpA")), qPrintable(said));
        QVERIFY2(round->messages.size() <= 2, qPrintable(said));
    }

    // Both connections have a backlog bigger than a round: one round serves both, in about equal shares.
    void oneRoundServesEveryConnection()
    {
        TwoConnections t;
        t.apply(QJsonObject{{QStringLiteral("path"), t.dropA}});
        t.approved(QStringLiteral("partnerA"), t.inboxA, 300);
        t.approved(QStringLiteral("partnerB"), t.inboxB, 300);

        PushService push(*t.ws.db);
        auto round = push.runRound(100);
        QVERIFY(round.ok());
        QCOMPARE(round->delivered, 100);
        QCOMPARE(t.delivered(t.dropA), 50);
        QCOMPARE(t.delivered(t.dropB), 50);
        // Nothing is lost or sent twice as the rounds go on.
        for (int i = 0; i < 10 && t.ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state <> 'sent'")) > 0; ++i)
            QVERIFY(push.runRound(100).ok());
        QCOMPARE(t.delivered(t.dropA), 300);
        QCOMPARE(t.delivered(t.dropB), 300);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestFairPush)
#include "test_fair_push.moc"
