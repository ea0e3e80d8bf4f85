// The REST_JSON_V1 connector against a real HTTP(S) server on 127.0.0.1 (tests/fixtures/erp_api.py) that answers
// honestly badly when told to: slow, hung, dropped, 429 with Retry-After, 5xx, 400 with a message, malformed and
// huge bodies, redirects, a self-signed TLS certificate. Driven through the non-blocking port (startPush) on this
// thread's event loop, as a connection's thread drives it in the engine.
#include "connectors/RestConnector.h"
#include "fixtures/ErpApiServer.h"
#include "fixtures/SilentServer.h"
#include "transport/FileStore.h"
#include "transport/HttpResponse.h"

#include "TestMain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <thread>

using namespace orderflow;
using orderflow::test::ErpApiServer;

namespace {

const QByteArray kToken = "tok-3f9a1c77-secret";
const char *kTokenEnv = "ORDERFLOW_TEST_REST_TOKEN";

ConnectionRecord connection(const QString &baseUrl, const QJsonObject &extra = {}, int concurrency = 4)
{
    ConnectionRecord c;
    c.id = 1;
    c.orgSlug = QStringLiteral("acme");
    c.name = QStringLiteral("erp-rest");
    c.type = QStringLiteral("REST_JSON_V1");
    c.concurrency = concurrency;
    c.config = QJsonObject{{QStringLiteral("base_url"), baseUrl}, {QStringLiteral("token_env"), QString::fromLatin1(kTokenEnv)},
                           {QStringLiteral("connect_timeout_ms"), 2000}, {QStringLiteral("response_timeout_ms"), 3000}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.config.insert(it.key(), it.value());
    return c;
}

std::unique_ptr<ErpConnector> make(const ConnectionRecord &c)
{
    auto created = RestConnector::create(c);
    if (!created)
        qFatal("cannot create the connector: %s", qPrintable(created.error().message));
    return std::move(*created);
}

PushRequest request(int n)
{
    PushRequest r;
    r.orderId = QStringLiteral("0000%1-aaaa-bbbb-cccc-dddddddddddd").arg(n, 4, 10, QLatin1Char('0'));
    r.orgId = 1;
    r.idempotencyKey = QStringLiteral("key-%1").arg(n);
    r.document = QJsonDocument(QJsonObject{{QStringLiteral("export_version"), QStringLiteral("orderflow_export_json_v1")},
                                           {QStringLiteral("draft_order_id"), r.orderId}}).toJson(QJsonDocument::Compact);
    return r;
}

QList<PushRequest> requests(int count, int first = 1)
{
    QList<PushRequest> out;
    for (int i = 0; i < count; ++i)
        out.append(request(first + i));
    return out;
}

// Everything a result carries that could end up in the push log, the order's last error or a message.
QByteArray everything(const PushResult &r)
{
    return (r.errorCode + r.error + r.erpOrderId).toUtf8() + QJsonDocument(r.request).toJson() + QJsonDocument(r.response).toJson();
}

} // namespace

class TestRestConnector : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<ErpApiServer> m_erp;

    QList<PushResult> run(ErpConnector &c, const QList<PushRequest> &reqs, int timeoutMs = 20000)
    {
        std::optional<QList<PushResult>> out;
        int calls = 0;
        c.startPush(reqs, 4, [&](QList<PushResult> results) {
            ++calls;
            out = std::move(results);
        });
        QElapsedTimer t;
        t.start();
        while (!out && t.elapsed() < timeoutMs)
            QTest::qWait(5);
        if (!out)
            qWarning("the batch did not complete within %d ms", timeoutMs);
        QTest::qWait(20);
        if (calls > 1)
            qWarning("done was called %d times", calls);
        return out.value_or(QList<PushResult>());
    }

private slots:
    void initTestCase()
    {
        qputenv(kTokenEnv, kToken);
        m_erp = std::make_unique<ErpApiServer>(QString::fromLatin1(kToken));
        QVERIFY2(m_erp->ok(), qPrintable(m_erp->error()));
    }

    void ackedWithErpOrderIdAndIdempotencyKey()
    {
        QVERIFY(m_erp->script({}));
        auto c = make(connection(m_erp->baseUrl()));
        const QList<PushRequest> reqs = requests(3, 100);
        const QList<PushResult> results = run(*c, reqs);
        QCOMPARE(results.size(), 3);
        const QJsonObject orders = m_erp->stats().value(QStringLiteral("orders")).toObject();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(int(results[i].outcome), int(PushOutcome::Acked));
            const QJsonObject seen = orders.value(reqs[i].idempotencyKey).toObject();
            QCOMPARE(seen.value(QStringLiteral("count")).toInt(), 1);
            QCOMPARE(results[i].erpOrderId, seen.value(QStringLiteral("erp_order_id")).toString());
            QCOMPARE(seen.value(QStringLiteral("draft_order_id")).toString(), reqs[i].orderId);
            QCOMPARE(results[i].response.value(QStringLiteral("status")).toInt(), 201);
            QVERIFY(!everything(results[i]).contains(kToken));
        }
        // The same key again is the same push: the ERP answers with the order it has, it creates none.
        const QList<PushResult> again = run(*c, {reqs[1]});
        QCOMPARE(int(again.value(0).outcome), int(PushOutcome::Acked));
        QCOMPARE(again.value(0).erpOrderId, results[1].erpOrderId);
        QCOMPARE(again.value(0).response.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(m_erp->stats().value(QStringLiteral("orders")).toObject().value(reqs[1].idempotencyKey).toObject().value(QStringLiteral("count")).toInt(), 2);
    }

    void answers_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<qint64>("retryAfterMs");
        const int transient = int(PushOutcome::Transient), permanent = int(PushOutcome::Permanent);
        QTest::newRow("400 with a message") << "status:400" << permanent << "http_400" << "customer 4405197800 is blocked in the ERP" << qint64(-1);
        QTest::newRow("422") << "status:422" << permanent << "http_422" << "unknown SKU P001" << qint64(-1);
        QTest::newRow("408") << "status:408" << transient << "http_408" << "HTTP 408" << qint64(-1);
        // The ERP still works on a request under this key: with Retry-After it says when to ask again; without, a 409
        // is a conflict the order cannot get past by asking again.
        QTest::newRow("409 Retry-After") << "status:409:2" << transient << "http_409" << "still in progress (it asked to wait 2 s)" << qint64(2000);
        QTest::newRow("409") << "status:409" << permanent << "http_409" << "rejected the order: HTTP 409" << qint64(-1);
        QTest::newRow("429 Retry-After") << "status:429:7" << transient << "http_429" << "asked to wait 7 s" << qint64(7000);
        QTest::newRow("500") << "status:500" << transient << "http_500" << "internal error" << qint64(-1);
        QTest::newRow("503 Retry-After") << "status:503:2" << transient << "http_503" << "maintenance" << qint64(2000);
        QTest::newRow("2xx not JSON") << "malformed" << transient << "bad_response" << "without an ERP order id" << qint64(-1);
        QTest::newRow("2xx huge") << "huge" << transient << "bad_response" << "not read" << qint64(-1);
        QTest::newRow("dropped connection") << "drop" << transient << FileError::Connection << "failed" << qint64(-1);
        QTest::newRow("reset halfway through an answer without a length") << "reset" << transient << FileError::Connection
                                                                           << "the connection was reset before the answer was complete" << qint64(-1);
        QTest::newRow("redirect") << "redirect" << permanent << "http_302" << "redirect to https://elsewhere.example/orders" << qint64(-1);
        QTest::newRow("server echoes the token") << "echo" << permanent << "http_400" << "Authorization: Bearer [redacted]" << qint64(-1);
    }
    void answers()
    {
        QFETCH(QString, mode);
        QFETCH(int, outcome);
        QFETCH(QString, code);
        QFETCH(QString, says);
        QFETCH(qint64, retryAfterMs);
        // Three times: Qt sends a request again on a fresh connection when a kept-alive one closes under it.
        QVERIFY(m_erp->script({mode, mode, mode}));
        auto c = make(connection(m_erp->baseUrl()));
        const PushResult r = run(*c, {request(200)}).value(0);
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.errorCode, code);
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("erp-rest")), qPrintable(r.error));   // says which connection
        QCOMPARE(r.retryAfterMs, retryAfterMs);
        QVERIFY2(!everything(r).contains(kToken), everything(r).constData());
        QCOMPARE(r.request.value(QStringLiteral("url")).toString(), m_erp->baseUrl() + QStringLiteral("/orders"));
    }

    // The ERP created the order, then its answer (one that ends with the connection) was cut by a reset: not an
    // answer, so the order goes again under the same key, and the ERP answers with the order it has.
    void resetAnswerIsRetriedUnderTheSameKey()
    {
        QVERIFY(m_erp->script({QStringLiteral("reset")}));
        auto c = make(connection(m_erp->baseUrl()));
        const PushRequest req = request(210);
        const PushResult cut = run(*c, {req}).value(0);
        QCOMPARE(int(cut.outcome), int(PushOutcome::Transient));
        QCOMPARE(cut.errorCode, FileError::Connection);
        QVERIFY2(cut.erpOrderId.isEmpty(), qPrintable(cut.erpOrderId));
        const PushResult again = run(*c, {req}).value(0);
        QCOMPARE(int(again.outcome), int(PushOutcome::Acked));
        const QJsonObject seen = m_erp->stats().value(QStringLiteral("orders")).toObject().value(req.idempotencyKey).toObject();
        QCOMPARE(seen.value(QStringLiteral("count")).toInt(), 2);   // one ERP order, asked for twice
        QCOMPARE(again.erpOrderId, seen.value(QStringLiteral("erp_order_id")).toString());
        QCOMPARE(again.response.value(QStringLiteral("status")).toInt(), 200);
    }

    void refusedTokenWaitsForAPerson()
    {
        QVERIFY(m_erp->script({}));
        qputenv("ORDERFLOW_TEST_WRONG_TOKEN", "not-the-token");
        auto c = make(connection(m_erp->baseUrl(), {{QStringLiteral("token_env"), QStringLiteral("ORDERFLOW_TEST_WRONG_TOKEN")}}));
        const QList<PushResult> results = run(*c, requests(3, 300));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].errorCode, FileError::Auth);
        QVERIFY(needsOperator(results[0].errorCode));   // the connection pauses; the orders wait uncharged
        QVERIFY2(results[0].error.contains(QStringLiteral("ORDERFLOW_TEST_WRONG_TOKEN")), qPrintable(results[0].error));
        QVERIFY(!everything(results[0]).contains("not-the-token"));
    }

    void hungServerCostsOneResponseTimeoutPerBatch()
    {
        QVERIFY(m_erp->script({}, QStringLiteral("hang")));
        auto c = make(connection(m_erp->baseUrl(), {{QStringLiteral("response_timeout_ms"), 400}}, 1));
        QElapsedTimer t;
        t.start();
        const QList<PushResult> results = run(*c, requests(5, 400));
        const qint64 ms = t.elapsed();
        QVERIFY(m_erp->script({}));
        QCOMPARE(results.size(), 5);
        QCOMPARE(results[0].errorCode, FileError::Connection);
        QVERIFY2(results[0].error.contains(QStringLiteral("did not answer within 400 ms")), qPrintable(results[0].error));
        for (int i = 1; i < 5; ++i)
            QCOMPARE(results[i].errorCode, PushError::NotAttempted);
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    }

    void tlsHandshakeThatNeverEndsHitsTheConnectTimeout()
    {
        orderflow::test::SilentServer silent;
        auto c = make(connection(QStringLiteral("https://127.0.0.1:%1").arg(silent.port()), {{QStringLiteral("connect_timeout_ms"), 400}}));
        QElapsedTimer t;
        t.start();
        const PushResult r = run(*c, {request(500)}).value(0);
        QCOMPARE(r.errorCode, FileError::Connection);
        QVERIFY2(r.error.contains(QStringLiteral("could not be reached within 400 ms")), qPrintable(r.error));
        QVERIFY(t.elapsed() < 2000);
    }

    void refusedConnectionIsTransient()
    {
        quint16 port = 0;
        {
            orderflow::test::SilentServer s;
            port = s.port();
        }
        auto c = make(connection(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const PushResult r = run(*c, {request(510)}).value(0);
        QCOMPARE(int(r.outcome), int(PushOutcome::Transient));
        QCOMPARE(r.errorCode, FileError::Connection);
        QVERIFY2(r.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(r.error));
    }

    void concurrencyIsTheConnectionsLimit_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("1") << 1;
        QTest::newRow("4") << 4;
        QTest::newRow("10 (more than one keep-alive pool)") << 10;
    }
    void concurrencyIsTheConnectionsLimit()
    {
        QFETCH(int, concurrency);
        QVERIFY(m_erp->script({}, QStringLiteral("slow:300")));
        auto c = make(connection(m_erp->baseUrl(), {}, concurrency));
        const int before = m_erp->stats().value(QStringLiteral("requests")).toInt();
        // Two batches at once, as the engine starts them (maxInFlight): still never more than the concurrency.
        std::optional<QList<PushResult>> a, b;
        c->startPush(requests(2 * concurrency, 1000 + concurrency * 100), concurrency, [&](QList<PushResult> r) { a = std::move(r); });
        c->startPush(requests(concurrency, 1050 + concurrency * 100), concurrency, [&](QList<PushResult> r) { b = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(a && b, 20000);
        const QJsonObject stats = m_erp->stats();
        QVERIFY(m_erp->script({}));
        for (const PushResult &r : *a + *b)
            QCOMPARE(int(r.outcome), int(PushOutcome::Acked));
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt() - before, 3 * concurrency);
        // Never more than the concurrency, and it is used — beyond Qt's six connections per manager, too (the bound
        // leaves room for a loaded machine, where the server's threads may not all run at the same instant).
        const int most = stats.value(QStringLiteral("max_in_flight")).toInt();
        QVERIFY2(most <= concurrency, qPrintable(QString::number(most)));
        if (concurrency > 1)
            QVERIFY2(most >= std::max(2, concurrency * 7 / 10), qPrintable(QString::number(most)));
    }

    void tlsSelfSignedRefusedUnlessItsCaIsConfigured()
    {
        QTemporaryDir dir;
        QString key;
        const QString cert = ErpApiServer::makeSelfSignedCertificate(dir.path(), &key);
        if (cert.isEmpty())
            QSKIP("openssl could not make a test certificate");
        ErpApiServer tlsErp(QString::fromLatin1(kToken), cert, key);
        QVERIFY2(tlsErp.ok(), qPrintable(tlsErp.error()));

        auto refused = make(connection(tlsErp.baseUrl()));
        const PushResult r = run(*refused, {request(600)}).value(0);
        QCOMPARE(r.errorCode, FileError::Tls);
        QVERIFY(needsOperator(r.errorCode));
        QVERIFY2(r.error.contains(QStringLiteral("ca_file")), qPrintable(r.error));
        QCOMPARE(tlsErp.stats().value(QStringLiteral("requests")).toInt(), 0);   // not one byte of the order went out

        auto trusted = make(connection(tlsErp.baseUrl(), {{QStringLiteral("ca_file"), cert}}));
        const PushResult ok = run(*trusted, {request(601)}).value(0);
        QCOMPARE(int(ok.outcome), int(PushOutcome::Acked));
        QCOMPARE(tlsErp.stats().value(QStringLiteral("unique")).toInt(), 1);

        // The connection test says the same, step by step.
        const QList<ConnectionCheck> bad = refused->test();
        QVERIFY(!bad.isEmpty());
        QCOMPARE(bad.last().step, QStringLiteral("TLS"));
        QVERIFY(!bad.last().ok);
        const QList<ConnectionCheck> good = trusted->test();
        QStringList steps;
        for (const ConnectionCheck &s : good) {
            QVERIFY2(s.ok, qPrintable(s.step + QStringLiteral(": ") + s.detail));
            QVERIFY(s.latencyMs >= 0);
            steps << s.step.section(QLatin1Char(' '), 0, 0);
        }
        QCOMPARE(steps, (QStringList{QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("TLS"), QStringLiteral("authenticate")}));
    }

    void connectionTestChecksTheToken()
    {
        auto good = make(connection(m_erp->baseUrl()));
        const QList<ConnectionCheck> ok = good->test();
        QCOMPARE(ok.size(), 3);
        for (const ConnectionCheck &s : ok)
            QVERIFY2(s.ok, qPrintable(s.step + QStringLiteral(": ") + s.detail));
        qputenv("ORDERFLOW_TEST_WRONG_TOKEN", "not-the-token");
        auto bad = make(connection(m_erp->baseUrl(), {{QStringLiteral("token_env"), QStringLiteral("ORDERFLOW_TEST_WRONG_TOKEN")}}));
        const QList<ConnectionCheck> refused = bad->test();
        QCOMPARE(refused.size(), 3);
        QVERIFY(!refused.last().ok);
        QVERIFY2(refused.last().detail.contains(QStringLiteral("refused")), qPrintable(refused.last().detail));
        QVERIFY(!refused.last().detail.contains(QStringLiteral("not-the-token")));
    }

    // A token stored with its line break (read from a file) would end the Authorization header early: a configuration
    // problem a person fixes, named by where the token is, without the token in it; nothing is sent.
    void tokenWithALineBreakIsAConfigurationProblem_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("CRLF") << kToken + "\r\n";
        QTest::newRow("LF") << kToken + "\n";
        QTest::newRow("LF inside") << kToken + "\nX-Injected: 1";
        QTest::newRow("DEL") << kToken + "\x7f";
    }
    void tokenWithALineBreakIsAConfigurationProblem()
    {
        QFETCH(QByteArray, token);
        QVERIFY(m_erp->script({}));
        qputenv("ORDERFLOW_TEST_NL_TOKEN", token);
        auto c = make(connection(m_erp->baseUrl(), {{QStringLiteral("token_env"), QStringLiteral("ORDERFLOW_TEST_NL_TOKEN")}}));
        const int before = m_erp->stats().value(QStringLiteral("requests")).toInt();
        const QList<PushResult> results = run(*c, requests(2, 950));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].errorCode, QStringLiteral("config"));
        QVERIFY(needsOperator(results[0].errorCode));   // the connection pauses; the orders wait uncharged
        QVERIFY2(results[0].error.contains(QStringLiteral("line break")) && results[0].error.contains(QStringLiteral("erp-rest"))
                     && results[0].error.contains(QStringLiteral("ORDERFLOW_TEST_NL_TOKEN")) && results[0].error.contains(QStringLiteral("Store it again")),
                 qPrintable(results[0].error));
        QVERIFY(!everything(results[0]).contains(kToken));
        QCOMPARE(m_erp->stats().value(QStringLiteral("requests")).toInt(), before);
        const QList<ConnectionCheck> checks = c->test();
        QVERIFY(!checks.isEmpty());
        QVERIFY(!checks.last().ok);
        QVERIFY2(checks.last().detail.contains(QStringLiteral("line break")), qPrintable(checks.last().detail));
        QVERIFY(!checks.last().detail.contains(QString::fromLatin1(kToken)));
        qunsetenv("ORDERFLOW_TEST_NL_TOKEN");
    }

    void abortEndsRequestsInFlightAtOnce()
    {
        QVERIFY(m_erp->script({}, QStringLiteral("hang")));
        auto c = make(connection(m_erp->baseUrl(), {{QStringLiteral("response_timeout_ms"), 60000}}));
        std::optional<QList<PushResult>> out;
        c->startPush(requests(6, 700), 4, [&](QList<PushResult> r) { out = std::move(r); });
        QTRY_COMPARE_WITH_TIMEOUT(m_erp->stats().value(QStringLiteral("requests")).toInt() > 0, true, 5000);
        QElapsedTimer t;
        t.start();
        std::thread other([&] { c->abort(); });   // shutdown comes from another thread
        other.join();
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 2000);
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(m_erp->script({}));
        // The four in flight are interrupted (due again under the same key), the two queued were never started.
        QStringList codes;
        for (const PushResult &r : *out) {
            QCOMPARE(int(r.outcome), int(PushOutcome::Transient));
            codes << r.errorCode;
        }
        QCOMPARE(codes, (QStringList{FileError::Connection, FileError::Connection, FileError::Connection, FileError::Connection,
                                     PushError::NotAttempted, PushError::NotAttempted}));
        // Every later call returns at once too.
        std::optional<QList<PushResult>> later;
        c->startPush(requests(2, 710), 4, [&](QList<PushResult> r) { later = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(later.has_value(), 1000);
        QCOMPARE(later->value(0).errorCode, PushError::NotAttempted);
    }

    void tokenFromTheCredentialStore()
    {
        // The token stored with `orderflow secrets set` (the encrypted file store here), referred to by the config.
        QTemporaryDir dir;
        qputenv("ORDERFLOW_SECRET_STORE", "file");
        qputenv("ORDERFLOW_SECRETS_FILE", dir.filePath(QStringLiteral("secrets.enc")).toLocal8Bit());
        qputenv("ENCRYPTION_MASTER_KEY", QByteArray(64, 'a'));
        QProcess set;
        set.start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("connection/erp-rest/token")});
        set.write(kToken + '\n');
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(20000));
        QVERIFY2(set.exitCode() == 0, set.readAllStandardError().constData());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("secrets.enc"))));
        QVERIFY(m_erp->script({}));
        ConnectionRecord c = connection(m_erp->baseUrl());
        c.config.remove(QStringLiteral("token_env"));
        c.config.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/erp-rest/token")}});
        auto connector = make(c);
        const PushResult r = run(*connector, {request(900)}).value(0);
        QVERIFY2(r.outcome == PushOutcome::Acked, qPrintable(r.error));
        // A reference to nothing is a configuration problem a person must fix, named by its reference.
        c.config.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("secret"), QStringLiteral("connection/erp-rest/missing")}});
        const PushResult missing = run(*make(c), {request(901)}).value(0);
        QCOMPARE(missing.errorCode, QStringLiteral("config"));
        QVERIFY(needsOperator(missing.errorCode));   // the connection pauses; the order waits uncharged, it does not fail
        QVERIFY2(missing.error.contains(QStringLiteral("connection/erp-rest/missing")), qPrintable(missing.error));
    }

    void blockingAdapterWorksWithoutAnEventLoop()
    {
        // `orderflow push` has no event loop on its threads: the connector runs the requests on a thread of its own.
        QVERIFY(m_erp->script({}));
        auto c = make(connection(m_erp->baseUrl()));
        const QList<PushResult> results = c->pushBlocking(requests(5, 800), 2);
        QCOMPARE(results.size(), 5);
        for (const PushResult &r : results)
            QCOMPARE(int(r.outcome), int(PushOutcome::Acked));
    }

    void configurationIsChecked_data()
    {
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QString>("says");
        QTest::newRow("token inline") << QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://erp.example.com")}, {QStringLiteral("token"), QStringLiteral("abc")}}
                                      << "token";
        QTest::newRow("no token") << QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://erp.example.com")}} << "bearer token";
        QTest::newRow("plain http to another machine")
            << QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://erp.example.com")}, {QStringLiteral("token_env"), QStringLiteral("X")}}
            << "allow_plain_http";
        QTest::newRow("not a URL") << QJsonObject{{QStringLiteral("base_url"), QStringLiteral("erp.example.com")}, {QStringLiteral("token_env"), QStringLiteral("X")}}
                                   << "base_url";
        QTest::newRow("missing CA file")
            << QJsonObject{{QStringLiteral("base_url"), QStringLiteral("https://erp.example.com")}, {QStringLiteral("token_env"), QStringLiteral("X")},
                           {QStringLiteral("ca_file"), QStringLiteral("/nonexistent/ca.pem")}}
            << "/nonexistent/ca.pem";
    }
    void configurationIsChecked()
    {
        QFETCH(QJsonObject, config);
        QFETCH(QString, says);
        ConnectionRecord c = connection(QString());
        c.config = config;
        auto created = RestConnector::create(c);
        QVERIFY(!created);
        QCOMPARE(created.error().code, QStringLiteral("config"));
        QVERIFY2(created.error().message.contains(says), qPrintable(created.error().message));
        QVERIFY2(created.error().message.contains(QStringLiteral("erp-rest")), qPrintable(created.error().message));
    }

    void retryAfterForms()
    {
        const QDateTime now = QDateTime(QDate(2025, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        QCOMPARE(parseRetryAfterMs("120", now), qint64(120000));
        QCOMPARE(parseRetryAfterMs(" 0 ", now), qint64(0));
        QCOMPARE(parseRetryAfterMs("Tue, 21 Oct 2025 07:28:30 GMT", now), qint64(30000));
        QCOMPARE(parseRetryAfterMs("Tue, 21 Oct 2025 07:00:00 GMT", now), qint64(0));
        QCOMPARE(parseRetryAfterMs("soon", now), qint64(-1));
        QCOMPARE(parseRetryAfterMs("", now), qint64(-1));
        QCOMPARE(parseRetryAfterMs("-5", now), qint64(-1));
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestRestConnector)
#include "test_rest_connector.moc"
