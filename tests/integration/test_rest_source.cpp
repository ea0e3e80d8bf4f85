// The rest source against a real partner API (tests/fixtures/partner_api.py on 127.0.0.1), run by the real engine
// on a real SQLite file: each order fetched once across restarts for every kind of pagination, Retry-After,
// backoff on 5xx, a malformed page, a hung and a slow server, a huge answer, a wrong token, the token from the
// credential store, a partner with a self-signed TLS certificate (refused unless its CA is the source's ca_file).
#include "../secrets/SecretsTestSupport.h"
#include "PartnerApi.h"
#include "TestMain.h"
#include "Workspace.h"

#include "fixtures/ErpApiServer.h"
#include "pipeline/Engine.h"
#include "storage/SourceStatusRepository.h"
#include "storage/SqlTime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>

using namespace orderflow;
using namespace orderflow::test;

namespace {

const QByteArray kToken = "partner-token-5f1c9a7e";
const char *kTokenEnv = "ORDERFLOW_TEST_PARTNER_TOKEN";

QJsonObject restConfig(const Workspace &ws, const PartnerApi &api, const QString &path, const QJsonObject &extra = {})
{
    QJsonObject config = ws.config(false);
    QJsonObject source{{QStringLiteral("url"), api.url(path)}, {QStringLiteral("token_env"), QString::fromLatin1(kTokenEnv)},
                       {QStringLiteral("page_size"), 5}, {QStringLiteral("poll_interval_ms"), 100}, {QStringLiteral("backoff_base_ms"), 200},
                       {QStringLiteral("backoff_max_ms"), 1000}, {QStringLiteral("request_timeout_ms"), 1500}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        source.insert(it.key(), it.value());
    config.insert(QStringLiteral("sources"),
                  QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("partner1-api")},
                                         {QStringLiteral("type"), QStringLiteral("rest")}, {QStringLiteral("format"), QStringLiteral("json")},
                                         {QStringLiteral("config"), source}}});
    return config;
}

SourceStatus statusOf(Workspace &ws)
{
    auto source = ConfigRepository(*ws.db).sourceByName(QStringLiteral("acme"), QStringLiteral("partner1-api"));
    if (!source)
        return {};
    auto status = SourceStatusRepository(*ws.db).get(source->id);
    return status && *status ? **status : SourceStatus{};
}

int orders(Workspace &ws)
{
    return ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order"));
}

int distinctOrders(Workspace &ws)
{
    return ws.count(QStringLiteral("SELECT COUNT(DISTINCT order_number) FROM draft_order WHERE state <> 'duplicate'"));
}

} // namespace

class TestRestSource : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv(kTokenEnv, kToken); }

    void fetchedOnceAcrossRestart_data();
    void fetchedOnceAcrossRestart();
    void retryAfterIsHonoured();
    void serverErrorsBackOff();
    void malformedPageLosesNothing();
    void hungAndSlowServersTimeOut();
    void stopDuringHungRequestIsQuick();
    void hugeAnswerIsRefused();
    void wrongTokenPausesWithoutShowingIt();
    void tokenFromTheCredentialStore();
    void selfSignedTlsNeedsItsCaFile();
};

void TestRestSource::fetchedOnceAcrossRestart_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pagination");
    QTest::addColumn<QString>("firstPage");   // the request for the very first page: never asked again after a restart
    QTest::newRow("cursor") << QStringLiteral("/orders") << QStringLiteral("cursor") << QStringLiteral("/orders?limit=5");
    QTest::newRow("page") << QStringLiteral("/paged") << QStringLiteral("page") << QStringLiteral("/paged?page=1&limit=5");
    QTest::newRow("link") << QStringLiteral("/linked") << QStringLiteral("link") << QStringLiteral("/linked?limit=5");
}

void TestRestSource::fetchedOnceAcrossRestart()
{
    QFETCH(QString, path);
    QFETCH(QString, pagination);
    QFETCH(QString, firstPage);
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(12);   // pages of 5: 5, 5, 2
    ws.apply(restConfig(ws, api, path, {{QStringLiteral("pagination"), pagination}}));
    {
        Engine engine(ws.fastEngine());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 12, 15000);
        // More polls of the partial last page bring nothing twice.
        const qsizetype asked = api.log().size();
        QTRY_VERIFY_WITH_TIMEOUT(api.log().size() >= asked + 3, 10000);
        QCOMPARE(orders(ws), 12);
        engine.stop();
    }
    const qsizetype beforeRestart = api.log().size();
    api.setOrders(20);   // the partial page grows and new pages appear while OrderFlow is down
    {
        Engine engine(ws.fastEngine());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 20, 15000);
        const qsizetype asked = api.log().size();
        QTRY_VERIFY_WITH_TIMEOUT(api.log().size() >= asked + 3, 10000);
        engine.stop();
    }
    QCOMPARE(orders(ws), 20);
    QCOMPARE(distinctOrders(ws), 20);
    QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = 'duplicate'")), 0);
    const auto log = api.log();
    for (qsizetype i = beforeRestart; i < log.size(); ++i)
        QVERIFY2(log[i].value(QStringLiteral("path")).toString() != firstPage, "after the restart the source started over instead of at its checkpoint");
    for (const QJsonObject &entry : log)
        QVERIFY2(entry.value(QStringLiteral("auth")).toBool(), "a request without the bearer token");
    // Every stored page is an inbound message named by its URL; the token is nowhere in the database.
    QVERIFY(ws.count(QStringLiteral("SELECT COUNT(*) FROM inbound_message WHERE remote_name LIKE 'GET http://127.0.0.1:%'")) >= 4);
    ws.db.reset();
    QFile db(ws.dbPath);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY2(!db.readAll().contains(kToken), "the bearer token was written to the database");
}

void TestRestSource::retryAfterIsHonoured()
{
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(3);
    api.setFaults(QJsonArray{QJsonObject{{QStringLiteral("status"), 429}, {QStringLiteral("retry_after"), QStringLiteral("2")},
                                         {QStringLiteral("body"), QStringLiteral("slow down")}}});
    ws.apply(restConfig(ws, api, QStringLiteral("/orders")));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(!statusOf(ws).pausedUntil.isEmpty(), 10000);
    const SourceStatus paused = statusOf(ws);
    QVERIFY2(paused.lastError.contains(QStringLiteral("429")) && paused.lastError.contains(QStringLiteral("Retry-After")), qPrintable(paused.lastError));
    QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 3, 10000);
    engine.stop();
    const auto log = api.log();
    QVERIFY(log.size() >= 2);
    QCOMPARE(log[0].value(QStringLiteral("status")).toInt(), 429);
    const double waited = log[1].value(QStringLiteral("t")).toDouble() - log[0].value(QStringLiteral("t")).toDouble();
    QVERIFY2(waited >= 1.9, qPrintable(QStringLiteral("asked again after %1 s; Retry-After said 2 s").arg(waited)));
    QVERIFY2(statusOf(ws).pausedUntil.isEmpty(), "still shown as paused after it read again");
}

void TestRestSource::serverErrorsBackOff()
{
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(3);
    const QJsonObject down{{QStringLiteral("status"), 500}, {QStringLiteral("body"), QStringLiteral("database down")}};
    api.setFaults(QJsonArray{down, down, down});
    ws.apply(restConfig(ws, api, QStringLiteral("/orders")));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(ws).lastError.contains(QStringLiteral("database down")), 10000);
    QVERIFY2(statusOf(ws).lastError.contains(QStringLiteral("500")), qPrintable(statusOf(ws).lastError));
    QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 3, 15000);
    engine.stop();
    // 200 ms, 400 ms, 800 ms: each wait longer than the one before.
    const auto log = api.log();
    QVERIFY(log.size() >= 4);
    const auto gap = [&](int i) { return log[i + 1].value(QStringLiteral("t")).toDouble() - log[i].value(QStringLiteral("t")).toDouble(); };
    QVERIFY2(gap(0) >= 0.18 && gap(1) >= 0.38 && gap(2) >= 0.75,
             qPrintable(QStringLiteral("waits %1, %2, %3 s").arg(gap(0)).arg(gap(1)).arg(gap(2))));
}

void TestRestSource::malformedPageLosesNothing()
{
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(8);
    api.setFaults(QJsonArray{QJsonObject{}, QJsonObject{{QStringLiteral("malformed"), true}}, QJsonObject{{QStringLiteral("malformed"), true}}});
    ws.apply(restConfig(ws, api, QStringLiteral("/orders")));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(ws).lastError.contains(QStringLiteral("not valid JSON")), 10000);
    const QString error = statusOf(ws).lastError;
    QVERIFY2(error.contains(QStringLiteral("cursor=o5")) && error.contains(QStringLiteral("partner1-api")) && error.contains(QStringLiteral("again")),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 8, 15000);
    engine.stop();
    QCOMPARE(distinctOrders(ws), 8);
    // The broken answer is kept once for the operator, as a parse error.
    QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM inbound_message WHERE status = 'parse_error'")), 1);
}

void TestRestSource::hungAndSlowServersTimeOut()
{
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(3);
    api.setFaults(QJsonArray{QJsonObject{{QStringLiteral("hang"), true}}, QJsonObject{{QStringLiteral("slow_ms"), 4000}}});
    ws.apply(restConfig(ws, api, QStringLiteral("/orders"), {{QStringLiteral("request_timeout_ms"), 1000}}));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(ws).lastError.contains(QStringLiteral("no whole answer within 1 s")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 3, 15000);
    engine.stop();
    QCOMPARE(distinctOrders(ws), 3);
}

void TestRestSource::stopDuringHungRequestIsQuick()
{
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(3);
    api.setFaults(QJsonArray{QJsonObject{{QStringLiteral("hang"), true}}});
    ws.apply(restConfig(ws, api, QStringLiteral("/orders"), {{QStringLiteral("request_timeout_ms"), 60000}}));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(!api.log().isEmpty(), 10000);
    QElapsedTimer timer;
    timer.start();
    engine.stop();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("stop took %1 ms").arg(timer.elapsed())));
    QCOMPARE(orders(ws), 0);
}

void TestRestSource::hugeAnswerIsRefused()
{
    Workspace ws;
    PartnerApi api(kToken);
    api.setOrders(3);
    api.setFaults(QJsonArray{QJsonObject{{QStringLiteral("huge_bytes"), 50 * 1024 * 1024}}});
    ws.apply(restConfig(ws, api, QStringLiteral("/orders"), {{QStringLiteral("max_response_bytes"), 1024 * 1024}}));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(ws).lastError.contains(QStringLiteral("more than 1048576 bytes")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 3, 15000);
    engine.stop();
    QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM inbound_message")), 1);
}

void TestRestSource::wrongTokenPausesWithoutShowingIt()
{
    Workspace ws;
    PartnerApi api("the-partners-real-token");
    api.setOrders(3);
    ws.apply(restConfig(ws, api, QStringLiteral("/orders"), {{QStringLiteral("error_pause_ms"), 60000}}));
    Engine engine(ws.fastEngine());
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(ws).lastError.contains(QStringLiteral("401")), 10000);
    const SourceStatus status = statusOf(ws);
    QVERIFY2(status.lastError.contains(QStringLiteral("bearer token")), qPrintable(status.lastError));
    QVERIFY(!status.pausedUntil.isEmpty());
    QVERIFY(!status.lastError.contains(QString::fromLatin1(kToken)));
    QTest::qWait(500);
    QCOMPARE(api.log().size(), 1);   // paused, not hammering the partner
    engine.stop();
}

// The bearer token kept in the credential store (the encrypted file, as on a server without a keychain): every
// request carries it, and it is in neither the database nor the source's status.
void TestRestSource::tokenFromTheCredentialStore()
{
    QTemporaryDir secrets;
    QVERIFY(secrets.isValid());
    useEncryptedFileStore(secrets.filePath(QStringLiteral("secrets.enc")));
    const auto restoreEnv = qScopeGuard([] {
        qunsetenv("ORDERFLOW_SECRET_STORE");
        qunsetenv("ENCRYPTION_MASTER_KEY");
        qunsetenv("ORDERFLOW_SECRETS_FILE");
    });
    const QByteArray token = distinctiveSecret("partner-token");
    auto store = openStore();
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QVERIFY(writeSecret(*store, QStringLiteral("source/partner1-api/token"), token));

    Workspace ws;
    PartnerApi api(token);
    api.setOrders(7);
    QJsonObject config = restConfig(ws, api, QStringLiteral("/orders"));
    QJsonArray sources = config.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.first().toObject();
    QJsonObject sourceConfig = source.value(QStringLiteral("config")).toObject();
    sourceConfig.remove(QStringLiteral("token_env"));
    sourceConfig.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("source/partner1-api/token")}});
    source.insert(QStringLiteral("config"), sourceConfig);
    sources.replace(0, source);
    config.insert(QStringLiteral("sources"), sources);
    ws.apply(config);
    {
        Engine engine(ws.fastEngine());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 7, 15000);
        engine.stop();
    }
    const auto log = api.log();
    QVERIFY(!log.isEmpty());
    for (const QJsonObject &entry : log)
        QVERIFY2(entry.value(QStringLiteral("auth")).toBool(), "a request without the stored bearer token");
    QVERIFY(statusOf(ws).lastError.isEmpty());
    ws.db.reset();
    for (const QString &file : QStringList{ws.dbPath, ws.dbPath + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(token), qPrintable(file));
    }
}

// A partner with a self-signed certificate: refused (nothing fetched, not one request reaches its API) with a
// message that says the certificate is not trusted and what to do; trusted once ca_file names its certificate.
void TestRestSource::selfSignedTlsNeedsItsCaFile()
{
    QTemporaryDir dir;
    QString key;
    const QString cert = ErpApiServer::makeSelfSignedCertificate(dir.path(), &key);
    if (cert.isEmpty())
        QSKIP("openssl could not make a test certificate");
    PartnerApi api(kToken, cert, key);
    api.setOrders(4);
    QVERIFY(api.url(QStringLiteral("/orders")).startsWith(QStringLiteral("https://")));
    {
        Workspace ws;
        ws.apply(restConfig(ws, api, QStringLiteral("/orders"), {{QStringLiteral("error_pause_ms"), 60000}}));
        Engine engine(ws.fastEngine());
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(!statusOf(ws).lastError.isEmpty(), 10000);
        const SourceStatus status = statusOf(ws);
        QVERIFY2(status.lastError.contains(QStringLiteral("certificate")) && status.lastError.contains(QStringLiteral("not trusted"))
                     && status.lastError.contains(QStringLiteral("ca_file")),
                 qPrintable(status.lastError));
        // A person must act: the source waits error_pause_ms (60 s) instead of trying again within its backoff (≤ 1 s).
        const QDateTime until = timeFromText(status.pausedUntil);
        QVERIFY2(until > QDateTime::currentDateTimeUtc().addSecs(30), qPrintable(status.pausedUntil));
        QTest::qWait(800);
        QCOMPARE(orders(ws), 0);
        QCOMPARE(api.log().size(), 0);   // no request got through the handshake
        engine.stop();
    }
    {
        Workspace ws;
        ws.apply(restConfig(ws, api, QStringLiteral("/orders"), {{QStringLiteral("ca_file"), cert}}));
        Engine engine(ws.fastEngine());
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(orders(ws), 4, 15000);
        QVERIFY(statusOf(ws).lastError.isEmpty());
        engine.stop();
    }
}

ORDERFLOW_TEST_GUILESS_MAIN(TestRestSource)
#include "test_rest_source.moc"
