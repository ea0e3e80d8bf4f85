// Unit tests for the order business rules, the totals step and the content fingerprint (DESIGN §3).
#include "domain/Validation.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace orderflow;

namespace {

std::optional<Decimal> dec(const QString &text)
{
    if (text.isNull())
        return std::nullopt;
    const auto d = Decimal::parse(QStringView(text));
    Q_ASSERT(d);
    return d;
}

OrderLine line(int no, const QString &sku, const QString &qty, const QString &price)
{
    OrderLine l;
    l.lineNo = no;
    l.sku = sku;
    l.quantity = dec(qty);
    l.unitPrice = dec(price);
    return l;
}

Order validOrder()
{
    Order o;
    o.orderNumber = QStringLiteral("PO-1001");
    o.customer.name = QStringLiteral("ACME Corp");
    o.customer.partnerId = QStringLiteral("4405197800");
    o.currency = QStringLiteral("USD");
    o.orderDate = QDate(2025, 1, 1);
    o.shipTo.name = QStringLiteral("ACME Warehouse");
    o.shipTo.city = QStringLiteral("SOLON");
    o.lines << line(1, QStringLiteral("P001"), QStringLiteral("3"), QStringLiteral("10"))
            << line(2, QStringLiteral("P002"), QStringLiteral("1"), QStringLiteral("0.5"));
    return o;
}

using Mutation = std::function<void(Order &, ValidationRules &)>;

QStringList fields(const QList<ValidationProblem> &problems)
{
    QStringList out;
    for (const ValidationProblem &p : problems)
        out << p.field;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("problemFields");
        QTest::addColumn<QString>("messagePart");   // in the first problem's message

        auto row = [](const char *name, Mutation m, QStringList f, const QString &msg = {}) {
            QTest::newRow(name) << m << f << msg;
        };
        row("valid", [](Order &, ValidationRules &) {}, {});
        row("missing PO number", [](Order &o, ValidationRules &) { o.orderNumber.clear(); },
            {QStringLiteral("header.order_number")}, QStringLiteral("order number"));
        row("blank PO number", [](Order &o, ValidationRules &) { o.orderNumber = QStringLiteral("  \t"); },
            {QStringLiteral("header.order_number")});
        row("no customer", [](Order &o, ValidationRules &) { o.customer = Customer(); }, {QStringLiteral("customer")},
            QStringLiteral("customer"));
        row("blank customer", [](Order &o, ValidationRules &) { o.customer.name = QStringLiteral(" "); o.customer.partnerId = QStringLiteral(" "); },
            {QStringLiteral("customer")});
        row("customer by name only", [](Order &o, ValidationRules &) { o.customer.partnerId.clear(); }, {});
        row("customer by partner id only", [](Order &o, ValidationRules &) { o.customer.name.clear(); }, {});
        row("unknown currency", [](Order &o, ValidationRules &) { o.currency = QStringLiteral("XYZ"); },
            {QStringLiteral("header.currency")}, QStringLiteral("'XYZ'"));
        row("currency as a word", [](Order &o, ValidationRules &) { o.currency = QStringLiteral("Dollar"); },
            {QStringLiteral("header.currency")});
        row("euro", [](Order &o, ValidationRules &) { o.currency = QStringLiteral("EUR"); }, {});
        row("no lines", [](Order &o, ValidationRules &) { o.lines.clear(); }, {QStringLiteral("lines")}, QStringLiteral("no lines"));
        row("zero quantity", [](Order &o, ValidationRules &) { o.lines[1].quantity = dec(QStringLiteral("0")); },
            {QStringLiteral("lines[2].quantity")}, QStringLiteral("not positive"));
        row("zero quantity with decimals", [](Order &o, ValidationRules &) { o.lines[0].quantity = dec(QStringLiteral("0.000")); },
            {QStringLiteral("lines[1].quantity")});
        row("negative quantity", [](Order &o, ValidationRules &) { o.lines[0].quantity = dec(QStringLiteral("-2")); },
            {QStringLiteral("lines[1].quantity")}, QStringLiteral("-2"));
        row("tiny positive quantity", [](Order &o, ValidationRules &) { o.lines[0].quantity = dec(QStringLiteral("0.001")); }, {});
        row("missing quantity", [](Order &o, ValidationRules &) { o.lines[0].quantity.reset(); },
            {QStringLiteral("lines[1].quantity")}, QStringLiteral("no quantity"));
        row("negative price", [](Order &o, ValidationRules &) { o.lines[1].unitPrice = dec(QStringLiteral("-0.01")); },
            {QStringLiteral("lines[2].unit_price")}, QStringLiteral("-0.01"));
        row("zero price is allowed", [](Order &o, ValidationRules &) { o.lines[0].unitPrice = dec(QStringLiteral("0")); }, {});
        row("missing price allowed by default", [](Order &o, ValidationRules &) { o.lines[0].unitPrice.reset(); }, {});
        row("missing price when required", [](Order &o, ValidationRules &r) { o.lines[0].unitPrice.reset(); r.requireUnitPrice = true; },
            {QStringLiteral("lines[1].unit_price")});
        row("missing sku", [](Order &o, ValidationRules &) { o.lines[0].sku = QStringLiteral(" "); },
            {QStringLiteral("lines[1].sku")});
        row("unknown sku with catalog",
            [](Order &o, ValidationRules &r) { r.knownSkus = {QStringLiteral("P001")}; Q_UNUSED(o); },
            {QStringLiteral("lines[2].sku")}, QStringLiteral("'P002'"));
        row("known skus with catalog",
            [](Order &, ValidationRules &r) { r.knownSkus = {QStringLiteral("P001"), QStringLiteral("P002"), QStringLiteral("P003")}; }, {});
        row("no catalog, any sku", [](Order &o, ValidationRules &) { o.lines[0].sku = QStringLiteral("WHATEVER"); }, {});
        row("declared line count mismatch", [](Order &o, ValidationRules &) { o.declaredLineCount = 3; },
            {QStringLiteral("totals.line_count")}, QStringLiteral("3"));
        row("declared line count fewer", [](Order &o, ValidationRules &) { o.declaredLineCount = 1; },
            {QStringLiteral("totals.line_count")});
        row("declared line count matches", [](Order &o, ValidationRules &) { o.declaredLineCount = 2; }, {});
        row("several problems at once",
            [](Order &o, ValidationRules &) {
                o.orderNumber.clear();
                o.currency = QStringLiteral("ABC");
                o.lines[0].quantity = dec(QStringLiteral("0"));
                o.lines[1].unitPrice = dec(QStringLiteral("-1"));
                o.declaredLineCount = 5;
            },
            {QStringLiteral("header.order_number"), QStringLiteral("header.currency"), QStringLiteral("lines[1].quantity"),
             QStringLiteral("lines[2].unit_price"), QStringLiteral("totals.line_count")});
    }
    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, problemFields);
        QFETCH(QString, messagePart);
        Order o = validOrder();
        ValidationRules r;
        mutate(o, r);
        const QList<ValidationProblem> problems = validateOrder(o, r);
        QCOMPARE(fields(problems), problemFields);
        for (const ValidationProblem &p : problems)
            QVERIFY2(p.message.size() > 10 && p.message.endsWith(QLatin1Char('.')), qPrintable(p.message));
        if (!messagePart.isEmpty())
            QVERIFY2(problems.first().message.contains(messagePart), qPrintable(problems.first().message));
    }

    void currencies_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("known");
        for (const char *c : {"USD", "EUR", "GBP", "CHF", "JPY", "CAD", "SEK"})
            QTest::newRow(c) << QString::fromLatin1(c) << true;
        QTest::newRow("lower case") << QStringLiteral("usd") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("made up") << QStringLiteral("XXY") << false;
        QTest::newRow("padded") << QStringLiteral(" USD") << false;
    }
    void currencies()
    {
        QFETCH(QString, code);
        QFETCH(bool, known);
        QCOMPARE(isKnownCurrency(code), known);
    }

    void computeTotals_data()
    {
        QTest::addColumn<QStringList>("lines");        // "qty|price"; empty part = absent
        QTest::addColumn<QStringList>("lineTotals");   // toString(2), "-" = no total
        QTest::addColumn<QString>("totalQuantity");
        QTest::addColumn<QString>("netAmount");
        QTest::newRow("empty") << QStringList() << QStringList() << QStringLiteral("0") << QStringLiteral("0.00");
        QTest::newRow("simple") << QStringList{QStringLiteral("120|12.50")} << QStringList{QStringLiteral("1500.00")}
                                << QStringLiteral("120") << QStringLiteral("1500.00");
        QTest::newRow("0.1 + 0.2")
            << QStringList{QStringLiteral("1|0.1"), QStringLiteral("1|0.2")} << QStringList{QStringLiteral("0.10"), QStringLiteral("0.20")}
            << QStringLiteral("2") << QStringLiteral("0.30");
        QTest::newRow("ten times 0.1")
            << QStringList(10, QStringLiteral("1|0.1")) << QStringList(10, QStringLiteral("0.10"))
            << QStringLiteral("10") << QStringLiteral("1.00");
        QTest::newRow("sub-cent kept exact")
            << QStringList{QStringLiteral("3|0.333"), QStringLiteral("7|1.0001")}
            << QStringList{QStringLiteral("0.999"), QStringLiteral("7.0007")} << QStringLiteral("10") << QStringLiteral("7.9997");
        QTest::newRow("fractional quantity")
            << QStringList{QStringLiteral("2.5|3.3"), QStringLiteral("0.75|4")}
            << QStringList{QStringLiteral("8.25"), QStringLiteral("3.00")} << QStringLiteral("3.25") << QStringLiteral("11.25");
        QTest::newRow("missing price")
            << QStringList{QStringLiteral("2|5"), QStringLiteral("4|")} << QStringList{QStringLiteral("10.00"), QStringLiteral("-")}
            << QStringLiteral("6") << QStringLiteral("10.00");
        QTest::newRow("missing quantity")
            << QStringList{QStringLiteral("|5"), QStringLiteral("1|1")} << QStringList{QStringLiteral("-"), QStringLiteral("1.00")}
            << QStringLiteral("1") << QStringLiteral("1.00");
        QTest::newRow("large amounts")
            << QStringList{QStringLiteral("1000000|99999999.99"), QStringLiteral("1|0.01")}
            << QStringList{QStringLiteral("99999999990000.00"), QStringLiteral("0.01")}
            << QStringLiteral("1000001") << QStringLiteral("99999999990000.01");
        QTest::newRow("beyond double precision")
            << QStringList{QStringLiteral("123456789|1234567.89"), QStringLiteral("1|0.01")}
            << QStringList{QStringLiteral("152415787501905.21"), QStringLiteral("0.01")}
            << QStringLiteral("123456790") << QStringLiteral("152415787501905.22");
    }
    void computeTotals()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, lineTotals);
        QFETCH(QString, totalQuantity);
        QFETCH(QString, netAmount);
        Order o;
        int n = 0;
        for (const QString &spec : lines) {
            const QStringList parts = spec.split(QLatin1Char('|'));
            ++n;
            OrderLine l = line(n, QStringLiteral("S"), parts[0].isEmpty() ? QString() : parts[0],
                               parts[1].isEmpty() ? QString() : parts[1]);
            l.lineTotal = dec(QStringLiteral("12345"));   // stale value from an earlier run must not survive
            o.lines << l;
        }
        const OrderTotals t = orderflow::computeTotals(o);
        QCOMPARE(t.lineCount, int(lines.size()));
        QCOMPARE(t.totalQuantity.toString(), totalQuantity);
        QCOMPARE(t.netAmount.toString(2), netAmount);
        QCOMPARE(o.lines.size(), lineTotals.size());
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            const auto &lt = o.lines.at(i).lineTotal;
            QCOMPARE(lt ? lt->toString(2) : QStringLiteral("-"), lineTotals.at(i));
        }
    }

    void fingerprintSameBusinessContent()
    {
        const Order a = validOrder();
        Order b = validOrder();
        // Identity, provenance and life cycle differ; the business content does not.
        b.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        b.sourceId = 99;
        b.inboundId = 1234;
        b.sourceFormat = QStringLiteral("x12-850");
        b.inboundSha256 = QStringLiteral("ff").repeated(32);
        b.receivedAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
        b.approvedAt = QDateTime::currentDateTimeUtc();
        b.state = OrderState::Approved;
        b.pushGeneration = 3;
        b.fingerprint = QStringLiteral("stale");
        b.lines[0].lineTotal = dec(QStringLiteral("30"));
        b.lines[0].quantity = dec(QStringLiteral("3.000"));   // same number, different scale
        b.orderNumber = QStringLiteral(" PO-1001 ");            // surrounding blanks are not content
        const QString fa = orderFingerprint(a, 7);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fa).hasMatch());
        QCOMPARE(orderFingerprint(b, 7), fa);
        QCOMPARE(orderFingerprint(a, 7), fa);   // stable
    }

    void fingerprintChanges_data()
    {
        QTest::addColumn<Mutation>("mutate");
        auto row = [](const char *name, Mutation m) { QTest::newRow(name) << m; };
        row("quantity", [](Order &o, ValidationRules &) { o.lines[0].quantity = dec(QStringLiteral("4")); });
        row("quantity removed", [](Order &o, ValidationRules &) { o.lines[0].quantity.reset(); });
        row("price", [](Order &o, ValidationRules &) { o.lines[1].unitPrice = dec(QStringLiteral("0.51")); });
        row("sku", [](Order &o, ValidationRules &) { o.lines[0].sku = QStringLiteral("P009"); });
        row("unit", [](Order &o, ValidationRules &) { o.lines[0].unit = QStringLiteral("CS"); });
        row("line added", [](Order &o, ValidationRules &) { o.lines << line(3, QStringLiteral("P3"), QStringLiteral("1"), QStringLiteral("1")); });
        row("line removed", [](Order &o, ValidationRules &) { o.lines.removeLast(); });
        row("PO number", [](Order &o, ValidationRules &) { o.orderNumber = QStringLiteral("PO-1002"); });
        row("customer", [](Order &o, ValidationRules &) { o.customer.partnerId = QStringLiteral("1"); });
        row("currency", [](Order &o, ValidationRules &) { o.currency = QStringLiteral("EUR"); });
        row("order date", [](Order &o, ValidationRules &) { o.orderDate = o.orderDate.addDays(1); });
        row("ship-to city", [](Order &o, ValidationRules &) { o.shipTo.city = QStringLiteral("CLEVELAND"); });
        row("value moved between fields",
            [](Order &o, ValidationRules &) { o.shipTo.name.clear(); o.shipTo.street = QStringLiteral("ACME Warehouse"); });
    }
    void fingerprintChanges()
    {
        QFETCH(Mutation, mutate);
        Order o = validOrder();
        ValidationRules unused;
        mutate(o, unused);
        QVERIFY(orderFingerprint(o, 7) != orderFingerprint(validOrder(), 7));
    }

    void fingerprintPerOrganisation()
    {
        QVERIFY(orderFingerprint(validOrder(), 1) != orderFingerprint(validOrder(), 2));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
