// The REST_JSON_V1 connector in the daemon (`orderflow run`: Engine → PushScheduler → the connection's thread)
// against a real HTTP server (tests/fixtures/erp_api.py): orders reach `acked` with the ERP's order number, a 429's
// Retry-After holds the retry back, a 400's message lands in the push log, the token appears nowhere, and a kill -9
// between the ERP's 2xx and the database update costs no second ERP order: the retry after the restart carries
// the same Idempotency-Key and the ERP answers it with the order it already has.
#include "Workspace.h"
#include "fixtures/ErpApiServer.h"
#include "pipeline/OperatorActions.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace orderflow;
using orderflow::test::ErpApiServer;
using orderflow::test::Workspace;

namespace {

const QByteArray kToken = "erp-daemon-token-71c2e0f9";
const char *kTokenEnv = "ORDERFLOW_TEST_ERP_TOKEN";

QJsonObject restConnection(const ErpApiServer &erp, int concurrency = 4)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("REST_JSON_V1")},
                       {QStringLiteral("concurrency"), concurrency},
                       {QStringLiteral("config"), QJsonObject{{QStringLiteral("base_url"), erp.baseUrl()},
                                                              {QStringLiteral("token_env"), QString::fromLatin1(kTokenEnv)},
                                                              {QStringLiteral("response_timeout_ms"), 5000}}}};
}

QStringList column(Workspace &ws, const QString &sql)
{
    QStringList out;
    QSqlQuery q(ws.db->sql());
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRestErp : public QObject {
    Q_OBJECT
private:
    QProcess *startDaemon(const QString &dbPath)
    {
        auto *p = new QProcess(this);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("run"), QStringLiteral("--db"), dbPath, QStringLiteral("--quiet")});
        if (!p->waitForStarted(5000))
            qFatal("cannot start %s", ORDERFLOW_CLI);
        return p;
    }
    QByteArray stopDaemon(QProcess *p)
    {
        p->terminate();
        if (!p->waitForFinished(10000))
            p->kill();
        const QByteArray err = p->readAllStandardError();
        delete p;
        return err;
    }

private slots:
    void initTestCase() { qputenv(kTokenEnv, kToken); }

    void ordersAreAckedWithTheErpOrderNumber()
    {
        ErpApiServer erp(QString::fromLatin1(kToken));
        QVERIFY2(erp.ok(), qPrintable(erp.error()));
        Workspace ws;
        ws.apply(ws.config(true, restConnection(erp)));
        for (int i = 0; i < 20; ++i)
            ws.drop(QStringLiteral("po-%1.json").arg(i), Workspace::order(5000 + i));
        QProcess *daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'acked'")), 20, 30000);
        const QByteArray stderrText = stopDaemon(daemon);

        const QJsonObject stats = erp.stats();
        QCOMPARE(stats.value(QStringLiteral("unique")).toInt(), 20);
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 20);
        const QJsonObject orders = stats.value(QStringLiteral("orders")).toObject();
        const QStringList exported = column(ws, QStringLiteral("SELECT idempotency_key || ' ' || erp_order_id || ' ' || order_id || ' ' || "
                                                               "COALESCE(content_sha256, '-') FROM erp_export WHERE status = 'ACKED'"));
        QCOMPARE(exported.size(), 20);
        for (const QString &row : exported) {
            const QStringList parts = row.split(QLatin1Char(' '));
            const QJsonObject seen = orders.value(parts[0]).toObject();
            QCOMPARE(seen.value(QStringLiteral("count")).toInt(), 1);
            QCOMPARE(parts[1], seen.value(QStringLiteral("erp_order_id")).toString());
            QCOMPARE(parts[2], seen.value(QStringLiteral("draft_order_id")).toString());
            // The export names the hash of the very document the ERP received (written when the request started).
            QCOMPARE(parts[3], seen.value(QStringLiteral("content_sha256")).toString());
            QCOMPARE(parts[3].size(), 64);
        }
        // The token is nowhere OrderFlow writes: database, push log, the daemon's log.
        ws.db.reset();
        QVERIFY(!fileBytes(ws.dbPath).contains(kToken));
        QVERIFY(!fileBytes(ws.dbPath + QStringLiteral("-wal")).contains(kToken));
        QVERIFY(!stderrText.contains(kToken));
    }

    void retryAfterHoldsTheRetryBack()
    {
        ErpApiServer erp(QString::fromLatin1(kToken));
        QVERIFY2(erp.ok(), qPrintable(erp.error()));
        QVERIFY(erp.script({QStringLiteral("status:429:3")}));
        Workspace ws;
        ws.apply(ws.config(true, restConnection(erp)));   // retry_base_ms 1: without Retry-After it would retry at once
        ws.drop(QStringLiteral("po.json"), Workspace::order(6001));
        QProcess *daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'acked'")), 1, 20000);
        stopDaemon(daemon);
        const QStringList log = column(ws, QStringLiteral("SELECT attempt || '|' || outcome || '|' || started_at || '|' || coalesce(next_attempt_at, '') || '|' "
                                                          "|| coalesce(error, '') FROM erp_push_log ORDER BY attempt"));
        QCOMPARE(log.size(), 2);
        const QStringList first = log[0].split(QLatin1Char('|'));
        const QStringList second = log[1].split(QLatin1Char('|'));
        QCOMPARE(first[1], QStringLiteral("transient"));
        QVERIFY2(first[4].contains(QStringLiteral("HTTP 429")) && first[4].contains(QStringLiteral("asked to wait 3 s")), qPrintable(first[4]));
        QCOMPARE(second[1], QStringLiteral("acked"));
        const QDateTime tried = QDateTime::fromString(first[2], Qt::ISODateWithMs);
        const QDateTime next = QDateTime::fromString(first[3], Qt::ISODateWithMs);
        const QDateTime retried = QDateTime::fromString(second[2], Qt::ISODateWithMs);
        QVERIFY2(tried.msecsTo(next) >= 2900, qPrintable(log.join(QLatin1Char('\n'))));
        QVERIFY2(tried.msecsTo(retried) >= 2900, qPrintable(log.join(QLatin1Char('\n'))));
        QCOMPARE(erp.stats().value(QStringLiteral("unique")).toInt(), 1);
    }

    void rejectedOrderFailsWithTheServersMessage()
    {
        ErpApiServer erp(QString::fromLatin1(kToken));
        QVERIFY2(erp.ok(), qPrintable(erp.error()));
        QVERIFY(erp.script({QStringLiteral("status:400")}));
        Workspace ws;
        ws.apply(ws.config(true, restConnection(erp)));
        ws.drop(QStringLiteral("po.json"), Workspace::order(6101));
        QProcess *daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'failed'")), 1, 20000);
        stopDaemon(daemon);
        QCOMPARE(ws.count(QStringLiteral("SELECT count(*) FROM erp_push_log")), 1);   // permanent: no retry
        const QString error = column(ws, QStringLiteral("SELECT error FROM erp_push_log")).value(0);
        QVERIFY2(error.contains(QStringLiteral("HTTP 400")) && error.contains(QStringLiteral("customer 4405197800 is blocked in the ERP")), qPrintable(error));
        const QString exportError = column(ws, QStringLiteral("SELECT error_code || ': ' || error_message FROM erp_export")).value(0);
        QVERIFY2(exportError.startsWith(QStringLiteral("http_400: ")), qPrintable(exportError));
        const QString response = column(ws, QStringLiteral("SELECT response FROM erp_push_log")).value(0);
        QVERIFY2(response.contains(QStringLiteral("\"status\":400")), qPrintable(response));
    }

    void rejectedAfterATimeoutTheExportNamesTheDocumentTheErpHas()
    {
        // The ERP takes the order but its answer never comes in time: the attempt is a transient failure, the export
        // stays pending; the operator then rejects the order. The closed export still names the hash of the
        // document the ERP holds (it was stored with the failed attempt, not only with a delivery).
        ErpApiServer erp(QString::fromLatin1(kToken));
        QVERIFY2(erp.ok(), qPrintable(erp.error()));
        QVERIFY(erp.script({QStringLiteral("hold")}));
        Workspace ws;
        QJsonObject connection = restConnection(erp);
        QJsonObject config = connection.value(QStringLiteral("config")).toObject();
        config.insert(QStringLiteral("response_timeout_ms"), 300);
        connection.insert(QStringLiteral("config"), config);
        connection.insert(QStringLiteral("retry_base_ms"), 3600000);
        connection.insert(QStringLiteral("retry_max_ms"), 3600000);
        ws.apply(ws.config(true, connection));
        ws.drop(QStringLiteral("po.json"), Workspace::order(6201));
        QProcess *daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'retry_wait'")), 1, 20000);
        stopDaemon(daemon);
        QVERIFY(erp.release());
        const QJsonObject orders = erp.stats().value(QStringLiteral("orders")).toObject();
        QCOMPARE(orders.size(), 1);
        const QString received = orders.begin()->toObject().value(QStringLiteral("content_sha256")).toString();
        QCOMPARE(received.size(), 64);
        // The push log says which document the attempt sent.
        const QString request = column(ws, QStringLiteral("SELECT request FROM erp_push_log")).value(0);
        QVERIFY2(request.contains(received), qPrintable(request));

        const QString id = column(ws, QStringLiteral("SELECT id FROM draft_order")).value(0);
        OrderStateChanges changes;
        const QList<ActionResult> results = OperatorActions(*ws.db, QStringLiteral("tester")).reject({id}, QStringLiteral("customer cancelled"), changes);
        QVERIFY2(results.first().ok, qPrintable(results.first().message));
        QCOMPARE(column(ws, QStringLiteral("SELECT status || ' ' || error_code || ' ' || COALESCE(content_sha256, '-') FROM erp_export")),
                 QStringList{QStringLiteral("FAILED cancelled ") + received});
    }

    void sigtermWhileTheErpHangsStopsAtOnce()
    {
        ErpApiServer erp(QString::fromLatin1(kToken));
        QVERIFY2(erp.ok(), qPrintable(erp.error()));
        QVERIFY(erp.script({}, QStringLiteral("hang")));
        Workspace ws;
        ws.apply(ws.config(true, restConnection(erp)));   // response_timeout_ms 5000
        for (int i = 0; i < 3; ++i)
            ws.drop(QStringLiteral("po-%1.json").arg(i), Workspace::order(8000 + i));
        QProcess *daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(erp.stats().value(QStringLiteral("in_flight")).toInt(), 3, 20000);
        QElapsedTimer t;
        t.start();
        daemon->terminate();
        QVERIFY(daemon->waitForFinished(5000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(daemon->exitStatus(), QProcess::NormalExit);
        delete daemon;
        // Nothing was lost: after a restart with the ERP answering again, each order is acked once.
        QVERIFY(erp.script({}, QStringLiteral("ok")));
        daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'acked'")), 3, 20000);
        stopDaemon(daemon);
        QCOMPARE(erp.stats().value(QStringLiteral("unique")).toInt(), 3);
    }

    void killedBetweenTheErpsAnswerAndTheDatabaseUpdate()
    {
        ErpApiServer erp(QString::fromLatin1(kToken));
        QVERIFY2(erp.ok(), qPrintable(erp.error()));
        QVERIFY(erp.script({QStringLiteral("hold")}));   // the ERP creates the order, then holds its 2xx until released
        Workspace ws;
        ws.apply(ws.config(true, restConnection(erp)));
        ws.drop(QStringLiteral("po.json"), Workspace::order(7001));
        QProcess *daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(erp.stats().value(QStringLiteral("held")).toInt(), 1, 20000);

        // Hold the database's write lock, let the 2xx go out, and kill the daemon while it waits to record it.
        QSqlQuery lock(ws.db->sql());
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));
        QVERIFY(erp.release());
        QTRY_COMPARE_WITH_TIMEOUT(erp.stats().value(QStringLiteral("answered")).toInt(), 1, 5000);
        QTest::qWait(500);   // the daemon has read the answer and waits for the lock (busy_timeout is 15 s)
        daemon->kill();      // SIGKILL
        daemon->waitForFinished(5000);
        delete daemon;
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(column(ws, QStringLiteral("SELECT state FROM draft_order")), QStringList{QStringLiteral("pushing")});   // the 2xx was never recorded
        const QString key = column(ws, QStringLiteral("SELECT idempotency_key FROM erp_export")).value(0);
        QCOMPARE(erp.stats().value(QStringLiteral("orders")).toObject().value(key).toObject().value(QStringLiteral("count")).toInt(), 1);

        daemon = startDaemon(ws.dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'acked'")), 1, 20000);
        stopDaemon(daemon);
        const QJsonObject stats = erp.stats();
        QCOMPARE(stats.value(QStringLiteral("unique")).toInt(), 1);   // one ERP order, not two
        const QJsonObject seen = stats.value(QStringLiteral("orders")).toObject().value(key).toObject();
        QCOMPARE(seen.value(QStringLiteral("count")).toInt(), 2);      // asked twice, under the same key
        QCOMPARE(column(ws, QStringLiteral("SELECT erp_order_id FROM erp_export")), QStringList{seen.value(QStringLiteral("erp_order_id")).toString()});
        QCOMPARE(column(ws, QStringLiteral("SELECT count(*) FROM erp_export")), QStringList{QStringLiteral("1")});
        QCOMPARE(column(ws, QStringLiteral("SELECT outcome FROM erp_push_log ORDER BY attempt")),
                 (QStringList{QStringLiteral("interrupted"), QStringLiteral("acked")}));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestRestErp)
#include "test_rest_erp.moc"
