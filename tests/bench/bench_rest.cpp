// Benchmark: 10,000 orders POSTed to a local test ERP at concurrency 1, 4 and 16, side by side in one run with
//   curl     the same 10,000 requests (same bodies, headers, Idempotency-Keys) by `curl --parallel --parallel-max N`;
//   bare QNAM QNetworkAccessManager alone sending the same requests (Qt's HTTP client without the connector);
//   connector the REST_JSON_V1 connector alone, through its non-blocking port on an event loop (the HTTP client);
//   engine    the daemon's push stage (Engine → PushScheduler → connection thread, claims and records in SQLite)
//             for 10,000 approved orders;
//   engine+MOCK the same push stage with the MOCK connector (no network): the engine's own share (SQLite).
// Reports orders/s, p50/p99 request latency and the ratio to curl (goal: within 1.2×). Each side gets a fresh
// server, so no side pays for another's recorded orders. BENCH_ORDERS=N changes the count.
// The ERP is the bench's own epoll server (BenchErpServer.h), far faster than any client here, so the rows compare
// the clients; "curl/python" is curl against the Python test ERP (tests/fixtures/erp_api.py), which shows how
// that server alone caps everyone. BENCH_SERVER=python runs every row against the Python ERP instead.
#include "BenchErpServer.h"
#include "BenchWorkspace.h"

#include "connectors/RestConnector.h"
#include "pipeline/Engine.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "transport/LocalFileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace orderflow;

namespace {

const int kOrders = qEnvironmentVariableIntValue("BENCH_ORDERS") > 0 ? qEnvironmentVariableIntValue("BENCH_ORDERS") : 10000;
const QByteArray kToken = "bench-token-0b7d";

const bool kPythonServer = qEnvironmentVariable("BENCH_SERVER") == QLatin1String("python");

struct Server {
    std::unique_ptr<bench::BenchErpServer> fast;
    QProcess process;
    quint16 port = 0;
    explicit Server(bool python = kPythonServer)
    {
        if (!python) {
            fast = std::make_unique<bench::BenchErpServer>(kToken.toStdString());
            port = fast->port();
            if (port == 0)
                qFatal("the bench ERP could not listen");
            return;
        }
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("python3"), {QStringLiteral(ORDERFLOW_SOURCE_DIR "/tests/fixtures/erp_api.py"), QStringLiteral("--token"), QString::fromLatin1(kToken)});
        if (!process.waitForStarted(5000) || !process.waitForReadyRead(10000))
            qFatal("the test ERP did not start");
        port = quint16(process.readLine().trimmed().toUInt());
    }
    ~Server()
    {
        if (!fast) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/api/v1").arg(port); }
};

struct Run {
    double seconds = 0;
    QList<double> latenciesMs;
    int ok = 0;
    double perSecond() const { return seconds > 0 ? ok / seconds : 0; }
    double percentile(double p) const
    {
        if (latenciesMs.isEmpty())
            return -1;
        QList<double> v = latenciesMs;
        std::sort(v.begin(), v.end());
        return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
    }
};

QByteArray document(int i)
{
    // The size of a typical three-line export.
    return QJsonDocument(QJsonObject{{QStringLiteral("export_version"), QStringLiteral("orderflow_export_json_v1")},
                                     {QStringLiteral("draft_order_id"), QStringLiteral("bench-%1").arg(i)},
                                     {QStringLiteral("pad"), QString(1400, QLatin1Char('x'))}})
        .toJson(QJsonDocument::Compact);
}

Run runCurl(const QString &dir, int concurrency, bool python = kPythonServer)
{
    Server erp(python);
    QFile cfg(dir + QStringLiteral("/curl-%1.cfg").arg(concurrency));
    cfg.open(QIODevice::WriteOnly);
    for (int i = 0; i < kOrders; ++i) {
        const QString body = dir + QStringLiteral("/doc-%1.json").arg(i);
        if (!QFile::exists(body)) {
            QFile f(body);
            f.open(QIODevice::WriteOnly);
            f.write(document(i));
        }
        if (i > 0)
            cfg.write("next\n");
        cfg.write(QStringLiteral("url = \"%1/orders\"\nrequest = \"POST\"\nheader = \"Authorization: Bearer %2\"\nheader = \"Idempotency-Key: curl-%3\"\n"
                                 "header = \"Content-Type: application/json\"\nheader = \"Accept: application/json\"\ndata-binary = \"@%4\"\n"
                                 "output = \"/dev/null\"\nwrite-out = \"%{http_code} %{time_total}\\n\"\n")
                      .arg(erp.baseUrl(), QString::fromLatin1(kToken)).arg(i).arg(body).toUtf8());
    }
    cfg.close();
    QProcess curl;
    QElapsedTimer t;
    t.start();
    curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QString::number(concurrency),
                                        QStringLiteral("-K"), cfg.fileName()});
    curl.waitForFinished(-1);
    Run r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[0].startsWith('2')) {
            ++r.ok;
            r.latenciesMs.append(parts[1].toDouble() * 1000.0);
        }
    }
    return r;
}

ConnectionRecord restConnection(const QString &baseUrl, int concurrency)
{
    ConnectionRecord c;
    c.name = QStringLiteral("erp");
    c.orgSlug = QStringLiteral("bench");
    c.type = QStringLiteral("REST_JSON_V1");
    c.concurrency = concurrency;
    c.config = QJsonObject{{QStringLiteral("base_url"), baseUrl}, {QStringLiteral("token_env"), QStringLiteral("BENCH_ERP_TOKEN")}};
    return c;
}

Run runConnector(int concurrency)
{
    Server erp;
    auto connector = RestConnector::create(restConnection(erp.baseUrl(), concurrency));
    if (!connector)
        qFatal("%s", qPrintable(connector.error().message));
    QList<PushRequest> requests;
    for (int i = 0; i < kOrders; ++i) {
        PushRequest p;
        p.orderId = QStringLiteral("bench-%1").arg(i);
        p.idempotencyKey = QStringLiteral("connector-%1").arg(i);
        p.document = document(i);
        requests.append(p);
    }
    std::optional<QList<PushResult>> results;
    QElapsedTimer t;
    t.start();
    (*connector)->startPush(requests, concurrency, [&](QList<PushResult> r) {
        results = std::move(r);
        QCoreApplication::quit();
    });
    if (!results)
        QCoreApplication::exec();
    Run r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    for (const PushResult &p : *results) {
        if (p.outcome == PushOutcome::Acked) {
            ++r.ok;
            r.latenciesMs.append(p.response.value(QStringLiteral("ms")).toDouble());
        }
    }
    return r;
}

// The bare HTTP client: QNetworkAccessManager POSTing the same requests, `concurrency` at a time, with nothing of
// the connector around it — what Qt's client costs by itself.
Run runBareQnam(int concurrency)
{
    Server erp;
    QNetworkAccessManager nam;
    const QUrl url(erp.baseUrl() + QStringLiteral("/orders"));
    Run r;
    int next = 0, finished = 0;
    QElapsedTimer t;
    t.start();
    std::function<void()> send = [&] {
        const int i = next++;
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + kToken);
        req.setRawHeader(QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("qnam-") + QByteArray::number(i));
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = nam.post(req, document(i));
        QObject::connect(reply, &QNetworkReply::finished, &nam, [&, reply, clock] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2) {
                ++r.ok;
                r.latenciesMs.append(double(clock->nsecsElapsed()) / 1e6);
            }
            reply->deleteLater();
            if (++finished == kOrders)
                QCoreApplication::quit();
            else if (next < kOrders)
                send();
        });
    };
    for (int i = 0; i < std::min(concurrency, kOrders); ++i)
        send();
    QCoreApplication::exec();
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    return r;
}

// A database with kOrders approved orders, made once and copied for every run of the engine.
QString approvedOrders(const QString &dir)
{
    const QString path = dir + QStringLiteral("/approved.db");
    const QString inbox = dir + QStringLiteral("/inbox");
    bench::writeOrderFiles(inbox, kOrders, [](int i) {
        return QStringLiteral(R"({"id": %1, "customer": "Customer %2", "currency": "EUR", "items": [{"sku": "SKU-%3", "quantity": 2, "unit_price": "9.50"}, {"sku": "SKU-%4", "quantity": 1, "unit_price": "3.25"}], "submitted_at": "2025-01-01T10:30:00Z"})")
            .arg(100000 + i).arg(i % 300).arg(i % 500).arg((i + 1) % 500).toUtf8();
    });
    {
        auto db = Database::open(path, QStringLiteral("bench-setup"));
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        const SourceRecord source = bench::benchWorkspace(
            **db,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("REST_JSON_V1")},
                        {QStringLiteral("config"), QJsonObject{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:1/api/v1")},
                                                               {QStringLiteral("token_env"), QStringLiteral("BENCH_ERP_TOKEN")}}}},
            inbox, kOrders);
        bench::ingestAll(**db, source, kOrders);
        bench::processAll(**db);
        QSqlQuery q((*db)->sql());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return path;
}

// mock: the same push stage with the MOCK connector (no network at all): what the engine's own work costs.
Run runEngine(const QString &dir, const QString &approved, int concurrency, bool mock = false)
{
    Server erp;
    const QString path = dir + QStringLiteral("/engine-%1%2.db").arg(concurrency).arg(mock ? QStringLiteral("-mock") : QString());
    QFile::remove(path);
    QFile::copy(approved, path);
    auto db = Database::open(path, QStringLiteral("bench-watch"));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    auto applied = ConfigRepository(**db).apply(QJsonObject{
        {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("bench")}}}},
        {QStringLiteral("connections"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("bench")}, {QStringLiteral("name"), QStringLiteral("erp")},
                                                               {QStringLiteral("type"), mock ? QStringLiteral("MOCK") : QStringLiteral("REST_JSON_V1")},
                                                               {QStringLiteral("concurrency"), concurrency},
                                                               {QStringLiteral("config"), mock ? QJsonObject() : restConnection(erp.baseUrl(), concurrency).config}}}}});
    if (!applied)
        qFatal("%s", qPrintable(applied.error().message));
    auto count = [&](const QString &sql) {
        QSqlQuery q((*db)->sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    EngineOptions options;
    options.databasePath = path;
    Engine engine(options);
    QElapsedTimer t;
    t.start();
    engine.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state IN ('acked', 'failed')")) >= kOrders || t.elapsed() > 600000)
            QCoreApplication::quit();
    });
    poll.start(20);
    QCoreApplication::exec();
    Run r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    engine.stop();
    r.ok = count(QStringLiteral("SELECT count(*) FROM draft_order WHERE state = 'acked'"));
    QSqlQuery q((*db)->sql());
    q.exec(QStringLiteral("SELECT response FROM erp_push_log WHERE outcome = 'acked'"));
    while (q.next()) {
        const QJsonValue ms = QJsonDocument::fromJson(q.value(0).toByteArray()).object().value(QStringLiteral("ms"));
        if (ms.isDouble())   // MOCK does not time requests
            r.latenciesMs.append(ms.toDouble());
    }
    return r;
}

void report(const char *who, int concurrency, const Run &run, const Run &curl)
{
    std::printf("%-11s c=%-3d %6d ok  %7.2f s  %8.0f orders/s  p50 %7.2f ms  p99 %7.2f ms  %s %.2fx curl\n", who, concurrency, run.ok, run.seconds,
                run.perSecond(), run.percentile(0.50), run.percentile(0.99), run.perSecond() >= curl.perSecond() ? "at" : "slower:",
                curl.perSecond() > 0 ? curl.perSecond() / std::max(run.perSecond(), 1e-9) : 0.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("BENCH_ERP_TOKEN", kToken);
    QTemporaryDir dir;
    std::printf("bench_rest: %d orders to a local test ERP (%s, keep-alive) — curl vs the REST_JSON_V1 connector "
                "vs the engine's push stage\n(last column: how many times curl's throughput the row is; 1.00x = as fast, goal <= 1.20x; p50/p99 -1: not measured)\n",
                kOrders, kPythonServer ? "tests/fixtures/erp_api.py, Python ThreadingHTTPServer" : "the bench's own epoll server; curl/python: curl against the Python test ERP");
    std::fflush(stdout);
    // BENCH_ONLY=row[,row…] (curl, curl/python, bare QNAM, connector, engine, engine+MOCK) and BENCH_CONCURRENCY=N
    // narrow the run, e.g. for a profile of one row under callgrind.
    const QStringList only = qEnvironmentVariable("BENCH_ONLY").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char *row) { return only.isEmpty() || only.contains(QLatin1String(row)); };
    const bool engineRows = wanted("engine") || wanted("engine+MOCK");
    const QString approved = engineRows ? approvedOrders(dir.path()) : QString();
    QList<int> concurrencies{1, 4, 16};
    if (const int c = qEnvironmentVariableIntValue("BENCH_CONCURRENCY"); c > 0)
        concurrencies = {c};
    for (int concurrency : std::as_const(concurrencies)) {
        const Run curl = wanted("curl") ? runCurl(dir.path(), concurrency) : Run();
        if (wanted("curl"))
            report("curl", concurrency, curl, curl);
        if (!kPythonServer && wanted("curl/python"))
            report("curl/python", concurrency, runCurl(dir.path(), concurrency, true), curl);
        if (concurrency <= 6 && wanted("bare QNAM"))   // one manager holds at most six connections to a host
            report("bare QNAM", concurrency, runBareQnam(concurrency), curl);
        if (wanted("connector"))
            report("connector", concurrency, runConnector(concurrency), curl);
        if (wanted("engine"))
            report("engine", concurrency, runEngine(dir.path(), approved, concurrency), curl);
        if (wanted("engine+MOCK"))
            report("engine+MOCK", concurrency, runEngine(dir.path(), approved, concurrency, true), curl);
    }
    return 0;
}
