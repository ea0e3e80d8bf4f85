// Starvation (issue 9): connection A's server accepts TCP and never answers; connection B, a local dropzone,
// pushes 1,000 orders meanwhile. B's throughput with A hung must stay close to B's throughput with A absent.
// The engine runs on its threads as under `orderflow run`; A's SFTP settings are the real sshd fixture's, pointed
// at a server that accepts and stays silent.
#include "fixtures/SilentServer.h"
#include "../fixtures/sshd/SshdFixture.h"
#include "../integration/Workspace.h"

#include "pipeline/Engine.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace orderflow;
using orderflow::test::SilentServer;
using orderflow::test::SshdFixture;
using orderflow::test::Workspace;

namespace {

QJsonObject connection(const QString &org, const QString &name, const QJsonObject &config)
{
    return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")}, {QStringLiteral("retry_base_ms"), 1000},
                       {QStringLiteral("retry_max_ms"), 5000}, {QStringLiteral("config"), config}};
}

QJsonObject source(const QString &org, const QString &name, const QString &inbox, const QString &connectionName)
{
    return QJsonObject{{QStringLiteral("org"), org}, {QStringLiteral("name"), name},
                       {QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("format"), QStringLiteral("auto")},
                       {QStringLiteral("auto_approve"), true}, {QStringLiteral("connection"), connectionName},
                       {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), inbox}, {QStringLiteral("pattern"), QStringLiteral("*.json")},
                                                              {QStringLiteral("settle_ms"), 0}}}};
}

void approve(Workspace &ws, const QString &sourceName, int count, int firstNumber)
{
    auto src = ConfigRepository(*ws.db).sourceByName(sourceName == QLatin1String("partnerA") ? QStringLiteral("acme") : QStringLiteral("beta"), sourceName);
    QVERIFY(src.ok());
    QVERIFY(ws.db->transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            auto in = Ingestor(*ws.db).ingestDocument(*src, QStringLiteral("o%1.json").arg(firstNumber + i), Workspace::order(firstNumber + i));
            if (!in)
                return in.error();
        }
        return {};
    }).ok());
    for (;;) {
        auto done = OrderProcessor(*ws.db).processBatch(1000);
        QVERIFY(done.ok());
        if (done->isEmpty())
            break;
    }
    QTest::qWait(5);
}

int sentOf(Workspace &ws, const QString &sourceName)
{
    return ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order d JOIN source s ON s.id = d.source_id WHERE s.name = '%1' AND d.state = 'sent'")
                        .arg(sourceName));
}

} // namespace

class TestPushStarvation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        if (!SshdFixture::available(&why))
            QSKIP(qPrintable(why));
        QVERIFY(m_sshd.start().ok());
    }

    void hungConnectionDoesNotSlowAnother()
    {
        constexpr int kOrders = 1000;
        SilentServer hung;
        QVERIFY(hung.port() > 0);
        Workspace ws;
        const QString dropB = ws.dir.filePath(QStringLiteral("dropB"));
        const QString inboxA = ws.dir.filePath(QStringLiteral("inA"));
        QDir().mkpath(dropB);
        QDir().mkpath(inboxA);
        QJsonObject sftp = m_sshd.sftpConfig();
        sftp.insert(QStringLiteral("port"), hung.port());
        sftp.insert(QStringLiteral("connect_timeout_ms"), 3000);
        sftp.insert(QStringLiteral("io_timeout_ms"), 3000);
        sftp.insert(QStringLiteral("path"), QStringLiteral("/dropA"));
        auto configure = [&](const QString &statusA) {
            QJsonObject a = connection(QStringLiteral("acme"), QStringLiteral("erpA"), sftp);
            a.insert(QStringLiteral("status"), statusA);
            ws.apply(QJsonObject{
            {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}},
                                                QJsonObject{{QStringLiteral("slug"), QStringLiteral("beta")}, {QStringLiteral("name"), QStringLiteral("Beta")}}}},
            {QStringLiteral("connections"), QJsonArray{a, connection(QStringLiteral("beta"), QStringLiteral("erpB"), QJsonObject{{QStringLiteral("path"), dropB}})}},
            {QStringLiteral("sources"), QJsonArray{source(QStringLiteral("acme"), QStringLiteral("partnerA"), inboxA, QStringLiteral("erpA")),
                                                   source(QStringLiteral("beta"), QStringLiteral("partnerB"), ws.inbox, QStringLiteral("erpB"))}},
            });
        };

        // A absent (disabled: not pushed to, its acks not polled).
        configure(QStringLiteral("DISABLED"));

        approve(ws, QStringLiteral("partnerB"), kOrders, 1);
        const qint64 aloneMs = timeToSend(ws, kOrders);
        QCOMPARE(hung.connections(), 0);

        // A hung: active, with orders older than B's, and its server accepts and never answers.
        configure(QStringLiteral("ACTIVE"));
        approve(ws, QStringLiteral("partnerA"), 50, 5001);
        approve(ws, QStringLiteral("partnerB"), kOrders, 10001);
        const qint64 hungMs = timeToSend(ws, 2 * kOrders);
        QVERIFY2(hung.connections() >= 1, "connection A was never tried");
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order d JOIN source s ON s.id = d.source_id WHERE s.name = 'partnerA' AND d.state = 'sent'")), 0);

        const double alone = kOrders * 1000.0 / std::max<qint64>(aloneMs, 1);
        const double withHung = kOrders * 1000.0 / std::max<qint64>(hungMs, 1);
        qInfo().noquote() << QStringLiteral("connection B: %1 orders/s with A absent (%2 ms), %3 orders/s with A hung (%4 ms)")
                                 .arg(alone, 0, 'f', 0).arg(aloneMs).arg(withHung, 0, 'f', 0).arg(hungMs);
        QVERIFY2(withHung >= 0.5 * alone, qPrintable(QStringLiteral("B slowed down from %1 to %2 orders/s while A hangs").arg(alone, 0, 'f', 0).arg(withHung, 0, 'f', 0)));
        QCOMPARE(int(ws.files(dropB, QStringLiteral("sales_order_*.json")).size()), 2 * kOrders);
    }

private:
    // Runs the engine until B has `total` orders sent; the time it took (the test fails after 120 s).
    qint64 timeToSend(Workspace &ws, int total)
    {
        EngineOptions options;
        options.databasePath = ws.dbPath;
        Engine engine(options);
        QElapsedTimer t;
        t.start();
        engine.start();
        while (sentOf(ws, QStringLiteral("partnerB")) < total && t.elapsed() < 120000)
            QTest::qWait(20);
        const qint64 took = t.elapsed();
        QElapsedTimer stopping;
        stopping.start();
        engine.stop();
        if (stopping.elapsed() > 5000)
            qWarning("stopping the engine took %lld ms", stopping.elapsed());
        [&] { QCOMPARE(sentOf(ws, QStringLiteral("partnerB")), total); }();
        return took;
    }

    SshdFixture m_sshd;
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestPushStarvation)
#include "test_push_starvation.moc"
