// Catalog enrichment against a real catalog (tests/fixtures/partner_api.py's /products/ID on 127.0.0.1), run by the
// real engine on a real SQLite file: title, list price and category onto the lines; a 404 is a problem on its line;
// answers are cached; an outage (500, a hang) leaves the orders that need the catalog in 'received' — other orders
// flow — and they are enriched once it answers.
#include "PartnerApi.h"
#include "TestMain.h"
#include "Workspace.h"

#include "pipeline/Engine.h"

#include <QSqlQuery>

using namespace orderflow;
using namespace orderflow::test;

namespace {

// The workspace's folder source "partner" with a catalog, and a folder source "plain" without one.
QJsonObject catalogConfig(const Workspace &ws, const PartnerApi &api, const QString &plainInbox)
{
    const QJsonObject catalog{{QStringLiteral("url"), api.url(QString())}, {QStringLiteral("timeout_ms"), 500}, {QStringLiteral("retry_ms"), 400}};
    QJsonObject config = ws.config(false, {}, {{QStringLiteral("catalog"), catalog}});
    QJsonArray sources = config.value(QStringLiteral("sources")).toArray();
    sources.append(QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("plain")},
                               {QStringLiteral("type"), QStringLiteral("folder")},
                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), plainInbox}, {QStringLiteral("settle_ms"), 0}}}});
    config.insert(QStringLiteral("sources"), sources);
    return config;
}

QString stateOf(Workspace &ws, const QString &orderNumber)
{
    QSqlQuery q(ws.db->sql());
    q.prepare(QStringLiteral("SELECT state FROM draft_order WHERE order_number = ?"));
    q.addBindValue(orderNumber);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList lineOf(Workspace &ws, const QString &orderNumber)
{
    QSqlQuery q(ws.db->sql());
    q.prepare(QStringLiteral("SELECT l.catalog_title, l.list_price, l.category FROM order_line l JOIN draft_order d ON d.id = l.order_id "
                             "WHERE d.order_number = ?"));
    q.addBindValue(orderNumber);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QString problemsOf(Workspace &ws, const QString &orderNumber)
{
    QSqlQuery q(ws.db->sql());
    q.prepare(QStringLiteral("SELECT problems FROM draft_order WHERE order_number = ?"));
    q.addBindValue(orderNumber);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int productRequests(const PartnerApi &api, const QString &id)
{
    int n = 0;
    for (const QJsonObject &e : api.log())
        n += e.value(QStringLiteral("path")).toString() == QStringLiteral("/products/") + id ? 1 : 0;
    return n;
}

const QJsonObject kProducts{{QStringLiteral("001"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Widget, blue")},
                                                              {QStringLiteral("list_price"), QStringLiteral("12.50")},
                                                              {QStringLiteral("category"), QStringLiteral("tools")}}}};

} // namespace

class TestCatalogEnrichment : public QObject {
    Q_OBJECT
private slots:
    void enrichesLinesAndFlagsUnknownProducts();
    void outageLeavesOrdersReceivedAndOthersFlow_data();
    void outageLeavesOrdersReceivedAndOthersFlow();
};

void TestCatalogEnrichment::enrichesLinesAndFlagsUnknownProducts()
{
    Workspace ws;
    PartnerApi api("unused");
    api.setProducts(kProducts);
    const QString plain = ws.dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(plain);
    ws.apply(catalogConfig(ws, api, plain));
    Engine engine(ws.fastEngine());
    engine.start();
    ws.drop(QStringLiteral("a.json"), Workspace::order(101, QStringLiteral("ACME Corp"), QStringLiteral("3"), QStringLiteral("P001")));
    ws.drop(QStringLiteral("b.json"), Workspace::order(102, QStringLiteral("ACME Corp"), QStringLiteral("3"), QStringLiteral("P999")));
    QTRY_VERIFY2_WITH_TIMEOUT(stateOf(ws, QStringLiteral("101")) == QStringLiteral("review"), qPrintable(problemsOf(ws, QStringLiteral("101"))), 15000);
    QCOMPARE(lineOf(ws, QStringLiteral("101")), (QStringList{QStringLiteral("Widget, blue"), QStringLiteral("12.50"), QStringLiteral("tools")}));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ws, QStringLiteral("102")), QStringLiteral("invalid"), 15000);
    const QString problems = problemsOf(ws, QStringLiteral("102"));
    QVERIFY2(problems.contains(QStringLiteral("product 999 (SKU 'P999') is not in the catalog")) && problems.contains(QStringLiteral("lines[1].sku")),
             qPrintable(problems));
    // The same product again: answered from the cache, the catalog is not asked twice.
    ws.drop(QStringLiteral("c.json"), Workspace::order(103, QStringLiteral("ACME Corp"), QStringLiteral("5"), QStringLiteral("P001")));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ws, QStringLiteral("103")), QStringLiteral("review"), 15000);
    QCOMPARE(productRequests(api, QStringLiteral("001")), 1);
    engine.stop();
    // On disk too: a new engine (empty memory cache) does not ask either.
    Engine again(ws.fastEngine());
    again.start();
    ws.drop(QStringLiteral("d.json"), Workspace::order(104, QStringLiteral("ACME Corp"), QStringLiteral("7"), QStringLiteral("P001")));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ws, QStringLiteral("104")), QStringLiteral("review"), 15000);
    again.stop();
    QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM catalog_product WHERE found = 1 AND product_id = '001'")), 1);
}

void TestCatalogEnrichment::outageLeavesOrdersReceivedAndOthersFlow_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("times");   // the outage lasts this many lookups (retry_ms 400 apart)
    QTest::newRow("500") << QJsonObject{{QStringLiteral("status"), 500}, {QStringLiteral("body"), QStringLiteral("catalog db down")}}
                         << QStringLiteral("with 500 catalog db down") << 8;
    QTest::newRow("hang") << QJsonObject{{QStringLiteral("hang"), true}} << QStringLiteral("did not answer") << 4;
}

void TestCatalogEnrichment::outageLeavesOrdersReceivedAndOthersFlow()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, error);
    QFETCH(int, times);
    Workspace ws;
    PartnerApi api("unused");
    api.setProducts(kProducts);
    QJsonArray faults;
    for (int i = 0; i < times; ++i)
        faults.append(fault);
    api.setFaults(faults);
    const QString plain = ws.dir.filePath(QStringLiteral("plain"));
    QDir().mkpath(plain);
    ws.apply(catalogConfig(ws, api, plain));
    Engine engine(ws.fastEngine());
    engine.start();
    ws.drop(QStringLiteral("a.json"), Workspace::order(201, QStringLiteral("ACME Corp"), QStringLiteral("3"), QStringLiteral("P001")));
    QTRY_VERIFY_WITH_TIMEOUT(ws.count(QStringLiteral("SELECT COUNT(*) FROM catalog_wait WHERE last_error LIKE '%") + error + QStringLiteral("%'")) == 1,
                             10000);
    QCOMPARE(stateOf(ws, QStringLiteral("201")), QStringLiteral("received"));
    // Another source's order is not held up by the outage.
    QFile f(QDir(plain).filePath(QStringLiteral("p.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Workspace::order(202));
    f.close();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ws, QStringLiteral("202")), QStringLiteral("review"), 10000);
    QCOMPARE(stateOf(ws, QStringLiteral("201")), QStringLiteral("received"));
    // The catalog answers again (the faults are used up): the waiting order is enriched and goes on.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ws, QStringLiteral("201")), QStringLiteral("review"), 15000);
    QCOMPARE(lineOf(ws, QStringLiteral("201")).value(0), QStringLiteral("Widget, blue"));
    QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM catalog_wait")), 0);
    engine.stop();
}

ORDERFLOW_TEST_GUILESS_MAIN(TestCatalogEnrichment)
#include "test_catalog_enrichment.moc"
