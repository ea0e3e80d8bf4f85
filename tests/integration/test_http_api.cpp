// The monitoring API and the http source, driven by real clients: `orderflow run --listen 127.0.0.1:0` on a temp
// database, curl for every endpoint, promtool for /metrics.
#include "TestMain.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <csignal>
#include <memory>
#include <vector>

using namespace orderflow;
using namespace orderflow::test;

namespace {

const QByteArray kAdminToken = "admin-7c1f0e9a";
const QByteArray kAcmeSourceToken = "acme-partner-5b2d";
const QByteArray kGlobexSourceToken = "globex-partner-91ee";
constexpr qint64 kMaxBody = 64 * 1024;

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const { return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

} // namespace

class TestHttpApi : public QObject {
    Q_OBJECT

private:
    Workspace ws;
    QProcess daemon;
    QString base;
    QByteArray m_output;      // what the daemon printed before it was stopped
    QByteArray acmeReader;    // organisation tokens
    QByteArray globexReader;

    Reply curl(const QString &method, const QString &path, const QByteArray &token = {}, const QByteArray &body = {},
               const QList<QByteArray> &headers = {}, const QByteArray &contentType = "application/json")
    {
        QTemporaryFile bodyFile, headerFile, out;
        bodyFile.open();
        bodyFile.write(body);
        bodyFile.flush();
        headerFile.open();
        out.open();
        QStringList args{QStringLiteral("-sS"), QStringLiteral("-X"), method, QStringLiteral("-o"), out.fileName(),
                         QStringLiteral("-D"), headerFile.fileName(), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                         QStringLiteral("--max-time"), QStringLiteral("20")};
        if (!token.isEmpty())
            args << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token);
        for (const QByteArray &h : headers)
            args << QStringLiteral("-H") << QString::fromLatin1(h);
        if (!body.isEmpty() || method == QLatin1String("POST")) {
            args << QStringLiteral("-H") << QStringLiteral("Content-Type: ") + QString::fromLatin1(contentType);
            args << QStringLiteral("--data-binary") << QLatin1Char('@') + bodyFile.fileName();
        }
        args << base + path;
        QProcess p;
        p.start(QStringLiteral("curl"), args);
        p.waitForFinished(30000);
        Reply r;
        r.status = p.readAllStandardOutput().trimmed().toInt();
        r.body = out.readAll();
        r.headers = headerFile.readAll();
        if (p.exitCode() != 0)
            qWarning("curl %s %s: %s", qPrintable(method), qPrintable(path), p.readAllStandardError().constData());
        return r;
    }

    // A POST that runs while the test does something else: finish() waits for its answer.
    struct PendingPost {
        std::unique_ptr<QTemporaryFile> bodyFile, headerFile, out;
        std::unique_ptr<QProcess> process;
        bool answered() const { return process->state() == QProcess::NotRunning; }
        Reply finish()
        {
            process->waitForFinished(30000);
            Reply r;
            r.status = process->readAllStandardOutput().trimmed().toInt();
            out->seek(0);
            r.body = out->readAll();
            headerFile->seek(0);
            r.headers = headerFile->readAll();
            return r;
        }
    };

    std::unique_ptr<PendingPost> startPost(const QByteArray &token, const QByteArray &body, const QList<QByteArray> &headers = {})
    {
        auto p = std::make_unique<PendingPost>();
        p->bodyFile = std::make_unique<QTemporaryFile>();
        p->headerFile = std::make_unique<QTemporaryFile>();
        p->out = std::make_unique<QTemporaryFile>();
        p->bodyFile->open();
        p->bodyFile->write(body);
        p->bodyFile->flush();
        p->headerFile->open();
        p->out->open();
        QStringList args{QStringLiteral("-sS"), QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-o"), p->out->fileName(),
                         QStringLiteral("-D"), p->headerFile->fileName(), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                         QStringLiteral("--max-time"), QStringLiteral("20"),
                         QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                         QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                         QStringLiteral("--data-binary"), QLatin1Char('@') + p->bodyFile->fileName()};
        for (const QByteArray &h : headers)
            args << QStringLiteral("-H") << QString::fromLatin1(h);
        args << base + QStringLiteral("/api/v1/orders");
        p->process = std::make_unique<QProcess>();
        p->process->start(QStringLiteral("curl"), args);
        p->process->waitForStarted();
        return p;
    }

    // Holds SQLite's write lock from this (another) process, as a long transaction of another writer would: the
    // daemon can store nothing until release().
    struct WriteLock {
        std::unique_ptr<Database> db;
        bool take(const QString &path)
        {
            auto opened = Database::open(path, QStringLiteral("lock"));
            if (!opened)
                return false;
            db = std::move(*opened);
            return QSqlQuery(db->sql()).exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        void release()
        {
            if (db)
                QSqlQuery(db->sql()).exec(QStringLiteral("ROLLBACK"));
            db.reset();
        }
    };

    int ordersNumbered(const QString &number)
    {
        auto db = Database::open(ws.dbPath, QStringLiteral("check"));
        if (!db)
            return -1;
        QSqlQuery q((*db)->sql());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE order_number = ?"));
        q.addBindValue(number);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QByteArray cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ORDERFLOW_CLI), QStringList(args) << QStringLiteral("--db") << ws.dbPath);
        p.waitForFinished(30000);
        if (p.exitCode() != 0)
            qWarning("orderflow %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return p.readAllStandardOutput().trimmed();
    }

    // POSTs until the http source has started (it starts on its own thread a moment after the server listens).
    Reply postWhenReady(const QByteArray &token, const QByteArray &body, const QList<QByteArray> &headers = {})
    {
        Reply r;
        for (int i = 0; i < 100; ++i) {
            r = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), token, body, headers);
            if (r.status != 401)
                break;
            QTest::qWait(100);
        }
        return r;
    }

    static QByteArray order(int id, const QString &customer = QStringLiteral("ACME Corp"))
    {
        return Workspace::order(id, customer);
    }

    // The order's state once it is `want`, or the last one seen after 10 s.
    QString waitForState(const QString &id, const QString &want, const QByteArray &token)
    {
        QString state;
        for (int i = 0; i < 100 && state != want; ++i) {
            QTest::qWait(100);
            state = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/") + id, token).json()
                        .value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
        }
        return state;
    }

    int total(const QByteArray &token, const QString &query = {})
    {
        const Reply r = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders") + query, token);
        return r.status == 200 ? r.json().value(QStringLiteral("total")).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed (packaging/install-deps.sh --test installs it)");
        auto conn = [](const char *org, const char *behaviour) {
            return QJsonObject{{QStringLiteral("org"), QLatin1String(org)}, {QStringLiteral("name"), QStringLiteral("erp")},
                               {QStringLiteral("type"), QStringLiteral("MOCK")}, {QStringLiteral("max_retries"), 0},
                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("behaviour"), QLatin1String(behaviour)},
                                                                      {QStringLiteral("permanent"), true}}}};
        };
        auto source = [](const char *org, const char *tokenEnv) {
            return QJsonObject{{QStringLiteral("org"), QLatin1String(org)}, {QStringLiteral("name"), QStringLiteral("web")},
                               {QStringLiteral("type"), QStringLiteral("http")}, {QStringLiteral("format"), QStringLiteral("json")},
                               {QStringLiteral("auto_approve"), true},
                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("token_env"), QLatin1String(tokenEnv)}}}};
        };
        ws.apply(QJsonObject{
            {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("ACME")}},
                                                QJsonObject{{QStringLiteral("slug"), QStringLiteral("globex")}, {QStringLiteral("name"), QStringLiteral("Globex")}}}},
            {QStringLiteral("connections"), QJsonArray{conn("acme", "success"), conn("globex", "fail")}},
            {QStringLiteral("sources"), QJsonArray{source("acme", "ACME_WEB_TOKEN"), source("globex", "GLOBEX_WEB_TOKEN")}}});
        ws.db.reset();
        acmeReader = cli({QStringLiteral("api-tokens"), QStringLiteral("add"), QStringLiteral("acme"), QStringLiteral("reader")});
        globexReader = cli({QStringLiteral("api-tokens"), QStringLiteral("add"), QStringLiteral("globex"), QStringLiteral("reader")});
        QVERIFY(acmeReader.startsWith("oft_"));
        QVERIFY(globexReader.startsWith("oft_"));
        QVERIFY(acmeReader != globexReader);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ORDERFLOW_API_TOKEN"), QString::fromLatin1(kAdminToken));
        env.insert(QStringLiteral("ACME_WEB_TOKEN"), QString::fromLatin1(kAcmeSourceToken));
        env.insert(QStringLiteral("GLOBEX_WEB_TOKEN"), QString::fromLatin1(kGlobexSourceToken));
        daemon.setProcessEnvironment(env);
        daemon.setProcessChannelMode(QProcess::SeparateChannels);
        daemon.start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("run"), QStringLiteral("--db"), ws.dbPath, QStringLiteral("--quiet"),
                                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                     QStringLiteral("--api-max-body"), QString::number(kMaxBody)});
        QVERIFY(daemon.waitForStarted());
        static const QRegularExpression url(QStringLiteral("monitoring API on (http://127\\.0\\.0\\.1:\\d+)/"));
        QByteArray printed;
        for (int i = 0; i < 100 && base.isEmpty(); ++i) {
            daemon.waitForReadyRead(100);
            printed += daemon.readAllStandardOutput();
            if (const auto m = url.match(QString::fromUtf8(printed)); m.hasMatch())
                base = m.captured(1);
        }
        QVERIFY2(!base.isEmpty(), printed.constData());
    }

    void cleanupTestCase()
    {
        if (daemon.state() != QProcess::NotRunning) {
            daemon.kill();
            daemon.waitForFinished(10000);
        }
        // No token the test used ever reached the daemon's output.
        const QByteArray output = m_output + daemon.readAllStandardOutput() + daemon.readAllStandardError();
        for (const QByteArray &secret : {kAdminToken, kAcmeSourceToken, kGlobexSourceToken, acmeReader, globexReader})
            QVERIFY2(!output.contains(secret), output.constData());
    }

    void postThenSeeTheOrder()
    {
        const Reply posted = postWhenReady(kAcmeSourceToken, order(1001));
        QCOMPARE(posted.status, 202);
        const QJsonObject answer = posted.json();
        QVERIFY(answer.value(QStringLiteral("inbound_id")).toInteger() > 0);
        const QJsonArray ids = answer.value(QStringLiteral("order_ids")).toArray();
        QCOMPARE(ids.size(), 1);
        const QString id = ids.first().toString();

        const Reply shown = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/") + id, kAdminToken);
        QCOMPARE(shown.status, 200);
        const QJsonObject doc = shown.json().value(QStringLiteral("order")).toObject();
        QCOMPARE(doc.value(QStringLiteral("header")).toObject().value(QStringLiteral("order_number")).toString(), QStringLiteral("1001"));
        QCOMPARE(doc.value(QStringLiteral("org_slug")).toString(), QStringLiteral("acme"));
        QCOMPARE(doc.value(QStringLiteral("meta")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("web"));

        const Reply listed = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders"), acmeReader);
        QCOMPARE(listed.status, 200);
        bool found = false;
        for (const QJsonValue &o : listed.json().value(QStringLiteral("orders")).toArray())
            found = found || o.toObject().value(QStringLiteral("id")).toString() == id;
        QVERIFY(found);
        QVERIFY(listed.json().value(QStringLiteral("total")).toInt() >= 1);
        // A list of orders in one request: each becomes an order of one inbound message.
        const Reply two = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken,
                               "[" + order(1002) + "," + order(1003) + "]");
        QCOMPARE(two.status, 202);
        QCOMPARE(two.json().value(QStringLiteral("order_ids")).toArray().size(), 2);
        // The admin token posts to a source it names.
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders?org=acme&source=web"), kAdminToken, order(1004)).status, 202);
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAdminToken, order(1005)).status, 400);
    }

    void idempotentPostNeverCreatesASecondOrder()
    {
        const QByteArray body = order(2001);
        const Reply first = postWhenReady(kAcmeSourceToken, body, {"Idempotency-Key: po-2001-a"});
        QCOMPARE(first.status, 202);
        const int before = total(kAdminToken, QStringLiteral("?org=acme"));
        const Reply again = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, body, {"Idempotency-Key: po-2001-a"});
        QCOMPARE(again.status, 200);
        QVERIFY(again.headers.toLower().contains("idempotent-replayed: true"));
        QCOMPARE(again.json().value(QStringLiteral("order_ids")), first.json().value(QStringLiteral("order_ids")));
        QCOMPARE(again.json().value(QStringLiteral("inbound_id")), first.json().value(QStringLiteral("inbound_id")));
        // The same body without the key (or with another) is the same message, by its content hash.
        const Reply sameBody = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, body);
        QCOMPARE(sameBody.status, 200);
        QCOMPARE(sameBody.json().value(QStringLiteral("order_ids")), first.json().value(QStringLiteral("order_ids")));
        const Reply otherKey = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, body, {"Idempotency-Key: po-2001-b"});
        QCOMPARE(otherKey.status, 200);
        QCOMPARE(otherKey.json().value(QStringLiteral("order_ids")), first.json().value(QStringLiteral("order_ids")));
        // The key with other content is refused, not stored.
        const Reply reused = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, order(2002), {"Idempotency-Key: po-2001-a"});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
        QCOMPARE(total(kAdminToken, QStringLiteral("?org=acme")), before);
    }

    // Requests that arrive while the source cannot commit are stored together, in one transaction, once it can; each is
    // answered only then, and for itself: identical requests (the same Idempotency-Key, or the same body) give one
    // order and replay its answer, a body without an order and a reused key are refused without failing the others.
    void oneBatchKeepsEveryRequestsOwnAnswer()
    {
        QCOMPARE(postWhenReady(kAcmeSourceToken, order(6100)).status, 202);
        WriteLock lock;
        QVERIFY(lock.take(ws.dbPath));
        // The first request takes the source's thread into a commit that waits for the lock; the others queue meanwhile.
        auto first = startPost(kAcmeSourceToken, order(6101), {"Idempotency-Key: batch-first"});
        QTest::qWait(300);
        std::vector<std::unique_ptr<PendingPost>> sameKey, sameBody;
        for (int i = 0; i < 4; ++i)
            sameKey.push_back(startPost(kAcmeSourceToken, order(6102), {"Idempotency-Key: batch-same"}));
        for (int i = 0; i < 3; ++i)
            sameBody.push_back(startPost(kAcmeSourceToken, order(6103)));
        auto noOrder = startPost(kAcmeSourceToken, "{\"hello\": \"batch\"}");
        auto reusedKey = startPost(kAcmeSourceToken, order(6104), {"Idempotency-Key: batch-first"});
        auto good = startPost(kAcmeSourceToken, order(6105), {"Idempotency-Key: batch-good"});
        QTest::qWait(700);
        // Nothing can be committed, so nothing is answered yet.
        QVERIFY(!first->answered());
        for (const auto &p : sameKey)
            QVERIFY(!p->answered());
        for (const auto &p : sameBody)
            QVERIFY(!p->answered());
        QVERIFY(!noOrder->answered());
        QVERIFY(!good->answered());
        lock.release();

        QCOMPARE(first->finish().status, 202);
        auto oneOrderFor = [](std::vector<std::unique_ptr<PendingPost>> &posts, const char *what) {
            int accepted = 0;
            QJsonValue ids, inbound;
            bool firstAnswer = true;
            for (const auto &p : posts) {
                const Reply r = p->finish();
                QVERIFY2(r.status == 202 || r.status == 200, qPrintable(QStringLiteral("%1: %2 %3").arg(QLatin1String(what)).arg(r.status).arg(QString::fromUtf8(r.body))));
                if (r.status == 202)
                    ++accepted;
                else
                    QVERIFY(r.headers.toLower().contains("idempotent-replayed: true"));
                QCOMPARE(r.json().value(QStringLiteral("order_ids")).toArray().size(), 1);
                if (std::exchange(firstAnswer, false)) {
                    ids = r.json().value(QStringLiteral("order_ids"));
                    inbound = r.json().value(QStringLiteral("inbound_id"));
                }
                QCOMPARE(r.json().value(QStringLiteral("order_ids")), ids);
                QCOMPARE(r.json().value(QStringLiteral("inbound_id")), inbound);
            }
            QVERIFY2(accepted == 1, what);
        };
        oneOrderFor(sameKey, "the same Idempotency-Key");
        oneOrderFor(sameBody, "the same body");
        if (QTest::currentTestFailed())
            return;
        const Reply refused = noOrder->finish();
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("unparseable"));
        const Reply conflict = reusedKey->finish();
        QCOMPARE(conflict.status, 422);
        QCOMPARE(conflict.errorCode(), QStringLiteral("idempotency_key_reused"));
        const Reply accepted = good->finish();
        QCOMPARE(accepted.status, 202);
        QCOMPARE(accepted.json().value(QStringLiteral("order_ids")).toArray().size(), 1);
        for (const char *number : {"6101", "6102", "6103", "6105"})
            QVERIFY2(ordersNumbered(QLatin1String(number)) == 1, number);
        QCOMPARE(ordersNumbered(QStringLiteral("6104")), 0);
    }

    void everyCallNeedsAValidToken()
    {
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), {}, order(3001)).status, 401);
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), "not-a-token", order(3001)).status, 401);
        const Reply list = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders"));
        QCOMPARE(list.status, 401);
        QCOMPARE(list.errorCode(), QStringLiteral("unauthorized"));
        QVERIFY(list.headers.toLower().contains("www-authenticate: bearer"));
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/x")).status, 401);
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/x/retry")).status, 401);
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/x/retry"), "wrong").errorCode(), QStringLiteral("invalid_token"));
        // An organisation's reading token cannot post orders.
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), acmeReader, order(3001)).status, 403);
        // A revoked token is refused at once.
        const QByteArray temp = cli({QStringLiteral("api-tokens"), QStringLiteral("add"), QStringLiteral("acme"), QStringLiteral("temp")});
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders"), temp).status, 200);
        const QByteArray listed = cli({QStringLiteral("api-tokens"), QStringLiteral("list"), QStringLiteral("--json")});
        qint64 tempId = 0;
        for (const QJsonValue &t : QJsonDocument::fromJson(listed).array())
            if (t.toObject().value(QStringLiteral("name")).toString() == QLatin1String("temp"))
                tempId = t.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(tempId > 0);
        QVERIFY(!listed.contains(temp));   // only hashes are kept
        cli({QStringLiteral("api-tokens"), QStringLiteral("revoke"), QString::number(tempId)});
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders"), temp).status, 401);
    }

    void anotherOrganisationsTokenSeesNone()
    {
        const Reply posted = postWhenReady(kAcmeSourceToken, order(4001));
        QCOMPARE(posted.status, 202);
        const QString id = posted.json().value(QStringLiteral("order_ids")).toArray().first().toString();
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/") + id, acmeReader).status, 200);
        const Reply hidden = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/") + id, globexReader);
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/") + id + QStringLiteral("/retry"), globexReader).status, 404);
        const Reply list = curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders?limit=500"), globexReader);
        QCOMPARE(list.status, 200);
        for (const QJsonValue &o : list.json().value(QStringLiteral("orders")).toArray())
            QCOMPARE(o.toObject().value(QStringLiteral("org")).toString(), QStringLiteral("globex"));
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders?org=acme"), globexReader).status, 404);
    }

    void retryFollowsTheCliRule()
    {
        // Globex's ERP refuses every order for good: the order fails; a retry sends it again (new generation).
        const Reply posted = postWhenReady(kGlobexSourceToken, order(5001, QStringLiteral("Globex Retail")));
        QCOMPARE(posted.status, 202);
        const QString id = posted.json().value(QStringLiteral("order_ids")).toArray().first().toString();
        QCOMPARE(waitForState(id, QStringLiteral("failed"), globexReader), QStringLiteral("failed"));
        const Reply retried = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/") + id + QStringLiteral("/retry"), globexReader);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json().value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
        // The engine was nudged: the order is pushed again as a new export (a new push generation).
        int exports = 0;
        for (int i = 0; i < 100 && exports < 2; ++i) {
            QTest::qWait(100);
            exports = int(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders/") + id, kAdminToken).json()
                              .value(QStringLiteral("exports")).toArray().size());
        }
        QCOMPARE(exports, 2);
        // An order that did not fail (acked at ACME's ERP): the same refusal as `orderflow retry`.
        const Reply acme = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, order(5002));
        QCOMPARE(acme.status, 202);
        const QString acked = acme.json().value(QStringLiteral("order_ids")).toArray().first().toString();
        QCOMPARE(waitForState(acked, QStringLiteral("acked"), kAdminToken), QStringLiteral("acked"));
        const Reply again = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/") + acked + QStringLiteral("/retry"), kAdminToken);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders/no-such-order/retry"), kAdminToken).status, 404);
    }

    void oversizedBodyIs413()
    {
        QByteArray big = "[";
        for (int i = 0; big.size() < 2 * kMaxBody; ++i)
            big += (i ? "," : "") + order(600000 + i);
        big += "]";
        const Reply r = postWhenReady(kAcmeSourceToken, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.errorCode(), QStringLiteral("too_large"));
        QVERIFY(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QString::number(kMaxBody)));
        // Over a megabyte curl asks first (Expect: 100-continue) and never sends the body.
        QByteArray huge(3 * 1024 * 1024, ' ');
        huge[0] = '[';
        huge[huge.size() - 1] = ']';
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, huge).status, 413);
        // The server goes on serving.
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/livez")).status, 200);
    }

    void malformedJsonIs400WithLineAndColumn()
    {
        const QByteArray bad = "{\n  \"id\": 7001,\n  \"customer\": \"ACME\",\n  \"items\": [ }\n}";
        const Reply r = postWhenReady(kAcmeSourceToken, bad);
        QCOMPARE(r.status, 400);
        const QJsonObject e = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("malformed_json"));
        QCOMPARE(e.value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(e.value(QStringLiteral("column")).toInt() > 1);
        QVERIFY2(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("line 4, column")), r.body.constData());
        // Valid JSON without an order in it is stored (for replay) and answered 422.
        const Reply empty = curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, "{\"hello\": 1}");
        QCOMPARE(empty.status, 422);
        QVERIFY(empty.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("inbound_id")).toInteger() > 0);
        QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/api/v1/orders"), kAcmeSourceToken, order(7002), {}, "text/plain").status, 415);
    }

    void statusCodesMeanWhatTheySay()
    {
        const Reply wrongMethod = curl(QStringLiteral("DELETE"), QStringLiteral("/health"));
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.headers.contains("Allow: GET"));
        QCOMPARE(curl(QStringLiteral("PUT"), QStringLiteral("/api/v1/orders"), kAdminToken).status, 405);
        const Reply unknown = curl(QStringLiteral("GET"), QStringLiteral("/nothing-here"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders?state=nonsense"), kAdminToken).status, 400);
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders?from=yesterday"), kAdminToken).status, 400);
        QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/api/v1/orders?after=%21%21"), kAdminToken).status, 400);
    }

    void listIsPagedAndFiltered()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(postWhenReady(kAcmeSourceToken, order(8000 + i)).status, 202);
        const int all = total(kAdminToken, QStringLiteral("?org=acme&source=web"));
        QVERIFY(all >= 5);
        QSet<QString> seen;
        QString next = QStringLiteral("/api/v1/orders?org=acme&limit=2");
        int pages = 0;
        while (!next.isEmpty() && pages < 100) {
            const Reply page = curl(QStringLiteral("GET"), next, kAdminToken);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), all);
            const QJsonArray orders = page.json().value(QStringLiteral("orders")).toArray();
            QVERIFY(orders.size() <= 2);
            for (const QJsonValue &o : orders) {
                const QString id = o.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), "an order on two pages");
                seen.insert(id);
            }
            next = page.json().value(QStringLiteral("next_page")).toString();
            ++pages;
        }
        QCOMPARE(seen.size(), all);
        QVERIFY(pages >= 3);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(total(kAdminToken, QStringLiteral("?org=acme&from=%1&to=%1").arg(today)), all);
        QCOMPARE(total(kAdminToken, QStringLiteral("?org=acme&to=2000-01-01")), 0);
        QVERIFY(total(kAdminToken, QStringLiteral("?state=failed")) >= 0);
    }

    void healthReportsDatabaseWorkersAndCircuits()
    {
        const Reply r = curl(QStringLiteral("GET"), QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        const QJsonObject h = r.json();
        QVERIFY(h.value(QStringLiteral("database")).toObject().value(QStringLiteral("ok")).toBool());
        QStringList workers;
        for (const QJsonValue &w : h.value(QStringLiteral("workers")).toArray()) {
            workers << w.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(w.toObject().value(QStringLiteral("ok")).toBool());
        }
        for (const char *w : {"process", "push", "source acme/web", "source globex/web"})
            QVERIFY2(workers.contains(QLatin1String(w)), qPrintable(workers.join(QStringLiteral(", "))));
        const QJsonArray connections = h.value(QStringLiteral("connections")).toArray();
        QCOMPARE(connections.size(), 2);
        for (const QJsonValue &c : connections)
            QVERIFY(!c.toObject().value(QStringLiteral("circuit")).toString().isEmpty());
    }

    // Another process holds the database's write lock (a backup, an sqlite3 shell left in a transaction): the engine
    // can store nothing, so /health says 503 and why; once the lock is gone it is healthy again.
    void healthIs503WhileTheDatabaseTakesNoWrites()
    {
        QProcess holder;
        holder.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"), QStringLiteral("import sqlite3, sys\n"
                                                           "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
                                                           "c.execute('BEGIN IMMEDIATE')\n"
                                                           "print('locked', flush=True)\n"
                                                           "sys.stdin.read()\n"
                                                           "c.execute('ROLLBACK')\n"),
                      ws.dbPath});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(10000));
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("locked"));

        const Reply r = curl(QStringLiteral("GET"), QStringLiteral("/health"));
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(r.status, 503);
        const QJsonObject h = r.json();
        QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
        const QJsonObject database = h.value(QStringLiteral("database")).toObject();
        QCOMPARE(database.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(database.value(QStringLiteral("error")).toString().contains(QStringLiteral("locked")), r.body.constData());
        // The answer says why at the top, naming the database.
        bool said = false;
        for (const QJsonValue &why : h.value(QStringLiteral("problems")).toArray()) {
            const QString text = why.toString();
            said = said || (text.contains(ws.dbPath) && text.contains(QStringLiteral("takes no writes")) && text.contains(QStringLiteral("locked")));
        }
        QVERIFY2(said, r.body.constData());

        Reply again;
        for (int i = 0; i < 50 && again.status != 200; ++i) {
            again = curl(QStringLiteral("GET"), QStringLiteral("/health"));
            if (again.status != 200)
                QTest::qWait(100);
        }
        QVERIFY2(again.status == 200, again.body.constData());
        QVERIFY(again.json().value(QStringLiteral("database")).toObject().value(QStringLiteral("ok")).toBool());
    }

    void metricsPassPromtool()
    {
        const Reply r = curl(QStringLiteral("GET"), QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.contains("text/plain; version=0.0.4"));
        for (const char *family : {"# TYPE orderflow_orders gauge", "# TYPE orderflow_pushes_total counter",
                                   "# TYPE orderflow_push_latency_seconds histogram", "# TYPE orderflow_oldest_waiting_order_age_seconds gauge",
                                   "# TYPE orderflow_source_poll_errors_total counter", "orderflow_orders{state=\"acked\"}"})
            QVERIFY2(r.body.contains(family), family);
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus; packaging/install-deps.sh --test)");
        QProcess p;
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        p.write(r.body);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
    }

    // Last: a 202 means stored. The daemon is killed (-9) right after the answer; the order is in the database.
    void acceptedOrderSurvivesKill9()
    {
        const Reply posted = postWhenReady(kAcmeSourceToken, order(9001), {"Idempotency-Key: kill-9001"});
        QCOMPARE(posted.status, 202);
        // And no 202 without the commit: a request that cannot be committed yet is not answered, and after the kill
        // it has no answer and no order.
        WriteLock lock;
        QVERIFY(lock.take(ws.dbPath));
        auto pending = startPost(kAcmeSourceToken, order(9002), {"Idempotency-Key: kill-9002"});
        QTest::qWait(500);
        QVERIFY(!pending->answered());
        ::kill(pid_t(daemon.processId()), SIGKILL);
        QVERIFY(daemon.waitForFinished(10000));
        lock.release();
        m_output = daemon.readAllStandardOutput() + daemon.readAllStandardError();
        QVERIFY(pending->finish().status != 202);
        QCOMPARE(ordersNumbered(QStringLiteral("9002")), 0);
        const QString id = posted.json().value(QStringLiteral("order_ids")).toArray().first().toString();
        auto db = Database::open(ws.dbPath, QStringLiteral("check"));
        QVERIFY(db);
        QSqlQuery &q = (*db)->query(QStringLiteral("SELECT o.order_number, i.remote_name, k.idempotency_key FROM draft_order o "
                                                   "JOIN inbound_message i ON i.id = o.inbound_id "
                                                   "JOIN inbound_idempotency k ON k.inbound_id = i.id WHERE o.id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY2(q.next(), "the accepted order is not in the database after kill -9");
        QCOMPARE(q.value(0).toString(), QStringLiteral("9001"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("http-kill-9001"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("kill-9001"));
        q.finish();
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestHttpApi)
#include "test_http_api.moc"
