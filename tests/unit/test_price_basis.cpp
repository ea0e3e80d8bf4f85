// The price of one unit from a price sent for some other quantity (issue 12, item 1): the exact division, the
// reasons there is no price per unit, validation naming them, and storage keeping the price as sent and its basis.
#include "domain/PriceBasis.h"
#include "domain/Validation.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;

Q_DECLARE_METATYPE(orderflow::OrderLine)

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QByteArrayView(text));
}

OrderLine pricedLine(const char *price, const char *code, std::optional<int> quantity, const char *basisUnit, const char *unit)
{
    OrderLine line;
    line.lineNo = 1;
    line.sku = QStringLiteral("SKU-1");
    line.quantity = dec("200");
    line.unit = QLatin1String(unit);
    line.priceAsSent = dec(price);
    line.priceBasis.code = QLatin1String(code);
    if (quantity)
        line.priceBasis.quantity = Decimal::fromInt(*quantity);
    line.priceBasis.unit = QLatin1String(basisUnit);
    line.unitPrice = unitPriceFromBasis(line).value;
    return line;
}

} // namespace

class TestPriceBasis : public QObject {
    Q_OBJECT
private slots:
    void divideIsExactOrNothing_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("quotient");   // empty: no exact quotient
        QTest::newRow("per hundred") << QStringLiteral("45") << QStringLiteral("100") << QStringLiteral("0.45");
        QTest::newRow("per thousand") << QStringLiteral("12.5") << QStringLiteral("1000") << QStringLiteral("0.0125");
        QTest::newRow("per dozen, exact") << QStringLiteral("6") << QStringLiteral("12") << QStringLiteral("0.5");
        QTest::newRow("per dozen, not exact") << QStringLiteral("10") << QStringLiteral("12") << QString();
        QTest::newRow("by a fraction") << QStringLiteral("45") << QStringLiteral("0.5") << QStringLiteral("90");
        QTest::newRow("negative") << QStringLiteral("-3") << QStringLiteral("4") << QStringLiteral("-0.75");
        QTest::newRow("zero divisor") << QStringLiteral("3") << QStringLiteral("0") << QString();
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("7") << QStringLiteral("0");
        QTest::newRow("18 decimals") << QStringLiteral("1") << QStringLiteral("1000000000000000000") << QStringLiteral("0.000000000000000001");
        QTest::newRow("19 decimals") << QStringLiteral("0.1") << QStringLiteral("1000000000000000000") << QString();
        QTest::newRow("too large") << QStringLiteral("999999999999999999999999999999999999") << QStringLiteral("0.1") << QString();
    }
    void divideIsExactOrNothing()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, quotient);
        const std::optional<Decimal> q = Decimal::parse(QStringView(a))->divide(*Decimal::parse(QStringView(b)));
        QCOMPARE(q ? q->toString() : QString(), quotient);
        if (q)   // the quotient times the divisor gives the dividend back: nothing was rounded
            QCOMPARE(q->multiply(*Decimal::parse(QStringView(b)))->toString(), Decimal::parse(QStringView(a))->toString());
    }

    void unitPriceAndTotal_data()
    {
        QTest::addColumn<OrderLine>("line");
        QTest::addColumn<QString>("unitPrice");
        QTest::addColumn<QString>("lineTotal");
        QTest::addColumn<QString>("problem");
        QTest::newRow("200 at 45 per hundred") << pricedLine("45", "HP", 100, "", "EA") << QStringLiteral("0.45") << QStringLiteral("90.00") << QString();
        QTest::newRow("per 100 KGM, in KGM") << pricedLine("250", "", 100, "KGM", "KGM") << QStringLiteral("2.50") << QStringLiteral("500.00") << QString();
        QTest::newRow("per 100 KGM, unit not given") << pricedLine("250", "", 100, "KGM", "") << QStringLiteral("2.50") << QStringLiteral("500.00") << QString();
        QTest::newRow("per pound, in cases") << pricedLine("2.82", "PP", 1, "LB", "CA") << QString() << QString()
                                             << QStringLiteral("Line 1: the price 2.82 is per 1 LB (basis code 'PP'), but the line is ordered in CA");
        QTest::newRow("unknown code") << pricedLine("45", "ZZ", std::nullopt, "", "EA") << QString() << QString()
                                      << QStringLiteral("Line 1: the price basis code 'ZZ' is not one OrderFlow knows, so the price 45 cannot");
        QTest::newRow("zero basis") << pricedLine("45", "", 0, "", "EA") << QString() << QString()
                                    << QStringLiteral("Line 1: the price basis quantity 0 is not positive");
    }
    void unitPriceAndTotal()
    {
        QFETCH(OrderLine, line);
        QFETCH(QString, unitPrice);
        QFETCH(QString, lineTotal);
        QFETCH(QString, problem);
        QCOMPARE(line.unitPrice ? line.unitPrice->toString(2) : QString(), unitPrice);
        Order order;
        order.orderNumber = QStringLiteral("PO-1");
        order.customer.name = QStringLiteral("ACME");
        order.lines = {line};
        const OrderTotals totals = computeTotals(order);
        QCOMPARE(order.lines.first().lineTotal ? order.lines.first().lineTotal->toString(2) : QString(), lineTotal);
        QCOMPARE(totals.netAmount->toString(2), lineTotal.isEmpty() ? QStringLiteral("0.00") : lineTotal);
        QStringList problems;
        for (const ValidationProblem &p : validateOrder(order)) {
            if (p.field == QLatin1String("lines[1].unit_price"))
                problems << p.message;
        }
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        else
            QVERIFY2(problems.size() == 1 && problems.first().startsWith(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Migration 009: the price as sent and its basis survive storing and loading, next to the price per unit.
    void storageKeepsThePriceAsSent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open(dir.filePath(QStringLiteral("prices.db")), QStringLiteral("test"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        ConfigRepository config(**db);
        const QJsonObject setup{
            {QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("Acme")}}}},
            {QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("in")},
                                                               {QStringLiteral("type"), QStringLiteral("folder")},
                                                               {QStringLiteral("config"), QJsonObject{{QStringLiteral("path"), dir.filePath(QStringLiteral("in"))}}}}}}};
        auto applied = config.apply(setup);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        Order order;
        order.orgId = config.orgs()->constFirst().id;
        order.sourceId = config.sources()->constFirst().id;
        order.orderNumber = QStringLiteral("PO-1");
        order.lines = {pricedLine("45", "HP", 100, "", "EA"), pricedLine("250", "", 100, "KGM", "KGM")};
        order.lines[1].lineNo = 2;
        order.lines.append(OrderLine{3, QStringLiteral("SKU-3"), {}, {}, {}, dec("2"), QStringLiteral("EA"), dec("3"), {}, {}, {}});
        OrderRepository orders(**db);
        QVERIFY((*db)->transaction([&] { return orders.insert(order); }));
        const Result<Order> loaded = orders.load(order.id);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        QCOMPARE(loaded->lines.size(), 3);
        const OrderLine &hp = loaded->lines[0];
        QCOMPARE(hp.unitPrice->toString(), QStringLiteral("0.45"));
        QCOMPARE(hp.priceAsSent->toString(), QStringLiteral("45"));
        QCOMPARE(hp.priceBasis.code, QStringLiteral("HP"));
        QCOMPARE(hp.priceBasis.quantity->toString(), QStringLiteral("100"));
        QVERIFY(hp.priceBasis.unit.isEmpty());
        const OrderLine &kgm = loaded->lines[1];
        QCOMPARE(kgm.priceAsSent->toString(), QStringLiteral("250"));
        QCOMPARE(kgm.priceBasis.unit, QStringLiteral("KGM"));
        QCOMPARE(kgm.unitPrice->toString(), QStringLiteral("2.5"));
        const OrderLine &plain = loaded->lines[2];   // sent per unit: no basis stored, none invented
        QVERIFY(!plain.priceAsSent);
        QVERIFY(plain.priceBasis.isEmpty());
        QCOMPARE(plain.unitPrice->toString(), QStringLiteral("3"));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestPriceBasis)
#include "test_price_basis.moc"
