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

// "-" for a total that could not be computed.
QString totalText(const std::optional<Decimal> &d, int minScale)
{
    return d ? d->toString(minScale) : QStringLiteral("-");
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
using TextSetter = std::function<void(Order &, const QString &)>;
Q_DECLARE_METATYPE(TextSetter)

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
        // Totals that do not fit an exact decimal (36 digits) make the order invalid; they are never left out.
        row("line total overflows",
            [](Order &o, ValidationRules &) {
                o.lines[0].quantity = dec(QStringLiteral("100000000000000000000"));
                o.lines[0].unitPrice = dec(QStringLiteral("100000000000000000000"));
            },
            {QStringLiteral("lines[1].line_total")}, QStringLiteral("Line 1"));
        row("net amount overflows",
            [](Order &o, ValidationRules &) {
                o.lines[0].quantity = dec(QStringLiteral("1"));
                o.lines[0].unitPrice = dec(QStringLiteral("600000000000000000000000000000000000"));
                o.lines[1].quantity = dec(QStringLiteral("2"));
                o.lines[1].unitPrice = dec(QStringLiteral("300000000000000000000000000000000000"));
            },
            {QStringLiteral("totals.net_amount")}, QStringLiteral("net amount"));
        row("total quantity overflows",
            [](Order &o, ValidationRules &) {
                o.lines[0].quantity = dec(QStringLiteral("600000000000000000000000000000000000"));
                o.lines[1].quantity = dec(QStringLiteral("600000000000000000000000000000000000"));
                o.lines[0].unitPrice = dec(QStringLiteral("0"));
                o.lines[1].unitPrice = dec(QStringLiteral("0"));
            },
            {QStringLiteral("totals.total_quantity")}, QStringLiteral("total quantity"));
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
        // An overflowing line makes the totals unknown ("-"), never a sum of the other lines.
        QTest::newRow("line total overflows")
            << QStringList{QStringLiteral("1|10"), QStringLiteral("100000000000000000000|100000000000000000000"), QStringLiteral("2|1")}
            << QStringList{QStringLiteral("10.00"), QStringLiteral("-"), QStringLiteral("2.00")}
            << QStringLiteral("100000000000000000003") << QStringLiteral("-");
        QTest::newRow("net amount overflows")
            << QStringList{QStringLiteral("1|600000000000000000000000000000000000"), QStringLiteral("1|600000000000000000000000000000000000")}
            << QStringList{QStringLiteral("600000000000000000000000000000000000.00"), QStringLiteral("600000000000000000000000000000000000.00")}
            << QStringLiteral("2") << QStringLiteral("-");
        QTest::newRow("total quantity overflows")
            << QStringList{QStringLiteral("600000000000000000000000000000000000|0"), QStringLiteral("600000000000000000000000000000000000|0")}
            << QStringList{QStringLiteral("0.00"), QStringLiteral("0.00")}
            << QStringLiteral("-") << QStringLiteral("0.00");
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
        QCOMPARE(totalText(t.totalQuantity, 0), totalQuantity);
        QCOMPARE(totalText(t.netAmount, 2), netAmount);
        QCOMPARE(o.lines.size(), lineTotals.size());
        for (qsizetype i = 0; i < o.lines.size(); ++i) {
            const auto &lt = o.lines.at(i).lineTotal;
            QCOMPARE(lt ? lt->toString(2) : QStringLiteral("-"), lineTotals.at(i));
        }
    }

    // Every text field of the canonical order has a documented limit (Validation.h); a longer value makes the order
    // invalid with a message naming the field, its length and the limit, whatever format the order came in.
    void textLimits_data()
    {
        QTest::addColumn<TextSetter>("set");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("limit");
        auto row = [](const char *field, int limit, TextSetter set) {
            QTest::newRow(field) << set << QString::fromLatin1(field) << limit;
        };
        row("header.order_number", 70, [](Order &o, const QString &v) { o.orderNumber = v; });
        row("customer.partner_id", 80, [](Order &o, const QString &v) { o.customer.partnerId = v; });
        row("customer.name", 200, [](Order &o, const QString &v) { o.customer.name = v; });
        row("customer.erp_customer_number", 80, [](Order &o, const QString &v) { o.customer.erpCustomerNumber = v; });
        row("header.notes", 4000, [](Order &o, const QString &v) { o.notes = v; });
        row("header.ship_to.name", 200, [](Order &o, const QString &v) { o.shipTo.name = v; });
        row("header.ship_to.street", 200, [](Order &o, const QString &v) { o.shipTo.street = v; });
        row("header.ship_to.city", 100, [](Order &o, const QString &v) { o.shipTo.city = v; });
        row("header.ship_to.postal_code", 20, [](Order &o, const QString &v) { o.shipTo.postalCode = v; });
        row("header.ship_to.region", 80, [](Order &o, const QString &v) { o.shipTo.region = v; });
        row("header.ship_to.country", 80, [](Order &o, const QString &v) { o.shipTo.country = v; });
        row("header.ship_to.party_id", 80, [](Order &o, const QString &v) { o.shipTo.partyId = v; });
        row("header.bill_to.name", 200, [](Order &o, const QString &v) { o.billTo.name = v; });
        row("header.bill_to.street", 200, [](Order &o, const QString &v) { o.billTo.street = v; });
        row("header.bill_to.city", 100, [](Order &o, const QString &v) { o.billTo.city = v; });
        row("header.bill_to.postal_code", 20, [](Order &o, const QString &v) { o.billTo.postalCode = v; });
        row("header.bill_to.region", 80, [](Order &o, const QString &v) { o.billTo.region = v; });
        row("header.bill_to.country", 80, [](Order &o, const QString &v) { o.billTo.country = v; });
        row("header.bill_to.party_id", 80, [](Order &o, const QString &v) { o.billTo.partyId = v; });
        row("lines[2].sku", 80, [](Order &o, const QString &v) { o.lines[1].sku = v; });
        row("lines[2].partner_sku", 80, [](Order &o, const QString &v) { o.lines[1].partnerSku = v; });
        row("lines[2].gtin", 14, [](Order &o, const QString &v) { o.lines[1].gtin = v; });
        row("lines[2].description", 1000, [](Order &o, const QString &v) { o.lines[1].description = v; });
        row("lines[2].unit", 20, [](Order &o, const QString &v) { o.lines[1].unit = v; });
    }
    void textLimits()
    {
        QFETCH(TextSetter, set);
        QFETCH(QString, field);
        QFETCH(int, limit);

        Order atLimit = validOrder();
        set(atLimit, QString(limit, QLatin1Char('7')));
        QCOMPARE(fields(validateOrder(atLimit)), QStringList());
        // Characters, not UTF-16 units: a value of `limit` emoji is still within the limit.
        Order wide = validOrder();
        set(wide, QString::fromUcs4(U"\U0001F4E6").repeated(limit));
        QCOMPARE(fields(validateOrder(wide)), QStringList());

        for (const int length : {limit + 1, 100000}) {
            Order o = validOrder();
            set(o, QString(length, QLatin1Char('7')));
            const QList<ValidationProblem> problems = validateOrder(o);
            QCOMPARE(fields(problems), QStringList{field});
            const QString &message = problems.first().message;
            QVERIFY2(message.contains(field), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral(" %1 characters").arg(length)), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("at most %1").arg(limit)), qPrintable(message));
            QVERIFY2(message.size() < 300, "the message must not carry the value itself");
        }
    }

    void overlongValuesAreNotQuotedWhole()
    {
        // Messages that quote a value (unknown currency, SKU not in the catalog) quote a bounded prefix.
        Order o = validOrder();
        o.currency = QString(5000, QLatin1Char('X'));
        o.lines[0].sku = QString(81, QLatin1Char('S'));
        ValidationRules rules;
        rules.knownSkus = {QStringLiteral("P001"), QStringLiteral("P002")};
        const QList<ValidationProblem> problems = validateOrder(o, rules);
        QCOMPARE(fields(problems), (QStringList{QStringLiteral("header.currency"), QStringLiteral("lines[1].sku")}));
        for (const ValidationProblem &p : problems)
            QVERIFY2(p.message.size() < 300, qPrintable(p.message.left(300)));
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

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
