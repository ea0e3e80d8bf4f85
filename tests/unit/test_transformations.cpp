// Unit tests for the named transformation functions and per-source transforms (DESIGN §3 "transform").
#include "pipeline/Transformations.h"

#include <QJsonDocument>
#include <QTest>

using namespace orderflow;

namespace {

QJsonArray transformsFrom(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "transformsFrom", json.constData());
    return doc.isArray() ? doc.array() : QJsonArray{doc.object()};
}

// Reads a transformable field back, independently of the code under test. Line fields: line `lineIndex`.
QString fieldValue(const Order &o, const QString &field, int lineIndex = 0)
{
    if (field == QLatin1String("customer.name")) return o.customer.name;
    if (field == QLatin1String("customer.partner_id")) return o.customer.partnerId;
    if (field == QLatin1String("customer.erp_customer_number")) return o.customer.erpCustomerNumber;
    if (field == QLatin1String("header.order_number")) return o.orderNumber;
    if (field == QLatin1String("header.currency")) return o.currency;
    if (field == QLatin1String("header.notes")) return o.notes;
    if (field == QLatin1String("ship_to.name")) return o.shipTo.name;
    if (field == QLatin1String("bill_to.name")) return o.billTo.name;
    const OrderLine &l = o.lines.at(lineIndex);
    if (field == QLatin1String("lines.sku")) return l.sku;
    if (field == QLatin1String("lines.partner_sku")) return l.partnerSku;
    if (field == QLatin1String("lines.gtin")) return l.gtin;
    if (field == QLatin1String("lines.unit")) return l.unit;
    if (field == QLatin1String("lines.description")) return l.description;
    qFatal("unknown field in test");
}

void setField(Order &o, const QString &field, const QString &value)
{
    if (field == QLatin1String("customer.name")) o.customer.name = value;
    else if (field == QLatin1String("customer.partner_id")) o.customer.partnerId = value;
    else if (field == QLatin1String("customer.erp_customer_number")) o.customer.erpCustomerNumber = value;
    else if (field == QLatin1String("header.order_number")) o.orderNumber = value;
    else if (field == QLatin1String("header.currency")) o.currency = value;
    else if (field == QLatin1String("header.notes")) o.notes = value;
    else if (field == QLatin1String("ship_to.name")) o.shipTo.name = value;
    else if (field == QLatin1String("bill_to.name")) o.billTo.name = value;
    else {
        for (OrderLine &l : o.lines) {
            if (field == QLatin1String("lines.sku")) l.sku = value;
            else if (field == QLatin1String("lines.partner_sku")) l.partnerSku = value;
            else if (field == QLatin1String("lines.gtin")) l.gtin = value;
            else if (field == QLatin1String("lines.unit")) l.unit = value;
            else if (field == QLatin1String("lines.description")) l.description = value;
            else qFatal("unknown field in test");
        }
    }
}

Order sampleOrder()
{
    Order o;
    o.orderNumber = QStringLiteral("PO-1");
    o.customer.name = QStringLiteral("ACME Corp");
    o.customer.partnerId = QStringLiteral("4405197800");
    o.currency = QStringLiteral("USD");
    OrderLine a;
    a.lineNo = 1;
    a.sku = QStringLiteral("p001");
    a.partnerSku = QStringLiteral("bp-1");
    a.unit = QStringLiteral("ea");
    OrderLine b;
    b.lineNo = 2;
    b.sku = QStringLiteral("p002");
    b.partnerSku = QStringLiteral("bp-2");
    b.unit = QStringLiteral("CS");
    o.lines << a << b;
    return o;
}

} // namespace

class TestTransformations : public QObject {
    Q_OBJECT
private slots:
    void functions_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("transform");   // JSON object, "field" filled in
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        const QStringList fields{QStringLiteral("header.order_number"), QStringLiteral("customer.name"), QStringLiteral("lines.sku")};
        for (const QString &f : fields) {
            auto row = [&](const char *name, const char *transform, const QString &before, const QString &after) {
                QTest::addRow("%s %s", name, qPrintable(f)) << f << QByteArray(transform) << before << after;
            };
            row("trim", R"({"function": "trim"})", QStringLiteral("  a b \t"), QStringLiteral("a b"));
            row("upper", R"({"function": "upper"})", QStringLiteral("abc-é"), QStringLiteral("ABC-É"));
            row("lower", R"({"function": "lower"})", QStringLiteral("ÄBC"), QStringLiteral("äbc"));
            row("prefix", R"({"function": "prefix", "args": {"value": "ACME-"}})", QStringLiteral("P1"), QStringLiteral("ACME-P1"));
            row("prefix on empty", R"({"function": "prefix", "args": {"value": "ACME-"}})", QString(), QString());
            row("suffix", R"({"function": "suffix", "args": {"value": "/EU"}})", QStringLiteral("P1"), QStringLiteral("P1/EU"));
            row("suffix on empty", R"({"function": "suffix", "args": {"value": "/EU"}})", QString(), QString());
            row("replace all", R"({"function": "replace", "args": {"from": "-", "to": ""}})", QStringLiteral("A-B-C"), QStringLiteral("ABC"));
            row("replace none", R"({"function": "replace", "args": {"from": "x", "to": "y"}})", QStringLiteral("ABC"), QStringLiteral("ABC"));
            row("replace longer", R"({"function": "replace", "args": {"from": "O", "to": "00"}})", QStringLiteral("OKO"), QStringLiteral("00K00"));
            row("default on empty", R"({"function": "default", "args": {"value": "N/A"}})", QString(), QStringLiteral("N/A"));
            row("default keeps value", R"({"function": "default", "args": {"value": "N/A"}})", QStringLiteral("X"), QStringLiteral("X"));
            row("lookup hit", R"({"function": "lookup", "args": {"table": {"a": "Alpha", "b": "Beta"}}})", QStringLiteral("b"), QStringLiteral("Beta"));
            row("lookup miss keeps", R"({"function": "lookup", "args": {"table": {"a": "Alpha"}}})", QStringLiteral("z"), QStringLiteral("z"));
            row("lookup miss default", R"({"function": "lookup", "args": {"table": {"a": "Alpha"}, "default": "?"}})", QStringLiteral("z"), QStringLiteral("?"));
            row("lookup miss empty default", R"({"function": "lookup", "args": {"table": {"a": "Alpha"}, "default": ""}})", QStringLiteral("z"), QString());
            row("lookup hit beats default", R"({"function": "lookup", "args": {"table": {"a": "Alpha"}, "default": "?"}})", QStringLiteral("a"), QStringLiteral("Alpha"));
            row("lookup is exact", R"({"function": "lookup", "args": {"table": {"a": "Alpha"}}})", QStringLiteral("A"), QStringLiteral("A"));
        }
    }
    void functions()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, transform);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QJsonObject t = QJsonDocument::fromJson(transform).object();
        t.insert(QStringLiteral("field"), field);
        const QJsonArray transforms{t};
        QVERIFY(validateTransforms(transforms).ok());

        Order o = sampleOrder();
        setField(o, field, before);
        const Order untouched = o;
        const Status s = applyTransforms(transforms, o);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const int lines = field.startsWith(QLatin1String("lines.")) ? int(o.lines.size()) : 1;
        for (int i = 0; i < lines; ++i)
            QCOMPARE(fieldValue(o, field, i), after);
        // Nothing else changes.
        for (const QString &other : transformableFields()) {
            if (other == field)
                continue;
            for (int i = 0; i < o.lines.size(); ++i)
                QCOMPARE(fieldValue(o, other, i), fieldValue(untouched, other, i));
        }
    }

    void lineFieldsApplyToEveryLine()
    {
        Order o = sampleOrder();
        OrderLine c;
        c.lineNo = 3;
        c.sku = QStringLiteral("  p003 ");
        o.lines << c;
        const QJsonArray t = transformsFrom(R"([
            {"field": "lines.sku", "function": "trim"},
            {"field": "lines.sku", "function": "upper"},
            {"field": "lines.unit", "function": "lookup", "args": {"table": {"ea": "EA", "CS": "CS"}, "default": "EA"}},
            {"field": "lines.description", "function": "default", "args": {"value": "n/a"}}])");
        QVERIFY(applyTransforms(t, o).ok());
        QCOMPARE(o.lines[0].sku, QStringLiteral("P001"));
        QCOMPARE(o.lines[1].sku, QStringLiteral("P002"));
        QCOMPARE(o.lines[2].sku, QStringLiteral("P003"));
        QCOMPARE(o.lines[0].unit, QStringLiteral("EA"));
        QCOMPARE(o.lines[1].unit, QStringLiteral("CS"));
        QCOMPARE(o.lines[2].unit, QStringLiteral("EA"));     // empty → lookup default
        for (const OrderLine &l : o.lines)
            QCOMPARE(l.description, QStringLiteral("n/a"));
    }

    void fromAnotherField_data()
    {
        QTest::addColumn<QByteArray>("transform");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");   // header: one value; lines: one per line
        QTest::newRow("erp customer number from partner id")
            << QByteArray(R"({"field": "customer.erp_customer_number", "function": "lookup", "from": "customer.partner_id",
                             "args": {"table": {"4405197800": "C-1001"}, "default": ""}})")
            << QStringLiteral("customer.erp_customer_number") << QStringList{QStringLiteral("C-1001")};
        QTest::newRow("lookup from, miss gives default")
            << QByteArray(R"({"field": "customer.erp_customer_number", "function": "lookup", "from": "customer.partner_id",
                             "args": {"table": {"1": "C-1"}, "default": "UNMAPPED"}})")
            << QStringLiteral("customer.erp_customer_number") << QStringList{QStringLiteral("UNMAPPED")};
        QTest::newRow("ship_to name from customer name")
            << QByteArray(R"({"field": "ship_to.name", "function": "upper", "from": "customer.name"})")
            << QStringLiteral("ship_to.name") << QStringList{QStringLiteral("ACME CORP")};
        QTest::newRow("line sku from partner sku")
            << QByteArray(R"({"field": "lines.sku", "function": "prefix", "from": "lines.partner_sku", "args": {"value": "X-"}})")
            << QStringLiteral("lines.sku") << QStringList{QStringLiteral("X-bp-1"), QStringLiteral("X-bp-2")};
        QTest::newRow("from field itself")
            << QByteArray(R"({"field": "lines.unit", "function": "upper", "from": "lines.unit"})")
            << QStringLiteral("lines.unit") << QStringList{QStringLiteral("EA"), QStringLiteral("CS")};
    }
    void fromAnotherField()
    {
        QFETCH(QByteArray, transform);
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        Order o = sampleOrder();
        const Order before = o;
        const Status s = applyTransforms(transformsFrom(transform), o);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(fieldValue(o, field, i), expected.at(i));
        // The source field is read, not changed.
        const QString from = QJsonDocument::fromJson(transform).object().value(QStringLiteral("from")).toString();
        for (int i = 0; i < o.lines.size(); ++i) {
            if (from != field)
                QCOMPARE(fieldValue(o, from, i), fieldValue(before, from, i));
        }
    }

    void appliedInOrder()
    {
        Order o = sampleOrder();
        o.orderNumber = QStringLiteral("  po-42 ");
        QVERIFY(applyTransforms(transformsFrom(R"([
            {"field": "header.order_number", "function": "trim"},
            {"field": "header.order_number", "function": "upper"},
            {"field": "header.order_number", "function": "replace", "args": {"from": "-", "to": ""}},
            {"field": "header.order_number", "function": "suffix", "args": {"value": "-A"}}])"), o).ok());
        QCOMPARE(o.orderNumber, QStringLiteral("PO42-A"));
        // Reversed order, different result: the list is a pipeline, not a set.
        Order p = sampleOrder();
        p.orderNumber = QStringLiteral("  po-42 ");
        QVERIFY(applyTransforms(transformsFrom(R"([
            {"field": "header.order_number", "function": "suffix", "args": {"value": "-A"}},
            {"field": "header.order_number", "function": "replace", "args": {"from": "-", "to": ""}},
            {"field": "header.order_number", "function": "upper"},
            {"field": "header.order_number", "function": "trim"}])"), p).ok());
        QCOMPARE(p.orderNumber, QStringLiteral("PO42 A"));
    }

    void emptyTransformsChangeNothing()
    {
        Order o = sampleOrder();
        QVERIFY(validateTransforms(QJsonArray()).ok());
        QVERIFY(applyTransforms(QJsonArray(), o).ok());
        QCOMPARE(o.orderNumber, sampleOrder().orderNumber);
        QCOMPARE(o.lines[0].sku, sampleOrder().lines[0].sku);
    }

    void orderWithoutLines()
    {
        Order o = sampleOrder();
        o.lines.clear();
        QVERIFY(applyTransforms(transformsFrom(R"([{"field": "lines.sku", "function": "upper"}])"), o).ok());
        QVERIFY(o.lines.isEmpty());
    }

    void invalidTransforms_data()
    {
        QTest::addColumn<QByteArray>("transforms");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown field") << QByteArray(R"([{"field": "header.foo", "function": "trim"}])")
                                       << QStringLiteral("transforms[0]: unknown field 'header.foo'");
        QTest::newRow("unknown from field") << QByteArray(R"([{"field": "header.notes", "function": "trim", "from": "header.bar"}])")
                                            << QStringLiteral("unknown field 'header.bar'");
        QTest::newRow("field missing") << QByteArray(R"([{"function": "trim"}])") << QStringLiteral("unknown field ''");
        QTest::newRow("not an object") << QByteArray(R"(["trim"])") << QStringLiteral("transforms[0]");
        QTest::newRow("unknown function") << QByteArray(R"([{"field": "lines.sku", "function": "reverse"}])")
                                          << QStringLiteral("transforms[0]: unknown function 'reverse'");
        QTest::newRow("function missing") << QByteArray(R"([{"field": "lines.sku"}])") << QStringLiteral("unknown function ''");
        QTest::newRow("function case") << QByteArray(R"([{"field": "lines.sku", "function": "UPPER"}])")
                                       << QStringLiteral("unknown function 'UPPER'");
        QTest::newRow("second entry bad") << QByteArray(R"([{"field": "lines.sku", "function": "upper"},
                                                           {"field": "lines.sku", "function": "nope"}])")
                                          << QStringLiteral("transforms[1]");
        QTest::newRow("header from line") << QByteArray(R"([{"field": "customer.name", "function": "trim", "from": "lines.sku"}])")
                                          << QStringLiteral("line field");
        QTest::newRow("line from header") << QByteArray(R"([{"field": "lines.sku", "function": "trim", "from": "header.order_number"}])")
                                          << QStringLiteral("line field");
    }
    void invalidTransforms()
    {
        QFETCH(QByteArray, transforms);
        QFETCH(QString, messagePart);
        const QJsonArray t = transformsFrom(transforms);
        const Status v = validateTransforms(t);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, QStringLiteral("config"));
        QVERIFY2(v.error().message.contains(messagePart), qPrintable(v.error().message));

        // apply refuses the same list and leaves the order untouched, even the valid entries before the bad one.
        Order o = sampleOrder();
        const Status a = applyTransforms(t, o);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().message, v.error().message);
        QCOMPARE(o.lines[0].sku, QStringLiteral("p001"));
        QCOMPARE(o.customer.name, QStringLiteral("ACME Corp"));
    }

    void unknownFieldMessageListsFields()
    {
        const Status v = validateTransforms(transformsFrom(R"([{"field": "sku", "function": "trim"}])"));
        QVERIFY(!v.ok());
        QVERIFY2(v.error().message.contains(QStringLiteral("lines.sku")), qPrintable(v.error().message));
    }

    void lookupNumericTableValue()
    {
        // Admins write config as JSON; a table value written as a number must not silently become an empty
        // ERP customer number. Either the config is refused or the number is used as text.
        const QJsonArray t = transformsFrom(R"([{"field": "customer.erp_customer_number", "function": "lookup",
            "from": "customer.partner_id", "args": {"table": {"4405197800": 1001}}}])");
        Order o = sampleOrder();
        const bool refused = !validateTransforms(t).ok();
        if (!refused)
            QVERIFY(applyTransforms(t, o).ok());
        QVERIFY2(refused || o.customer.erpCustomerNumber == QLatin1String("1001"), qPrintable(o.customer.erpCustomerNumber));
    }

    // add is exact on decimals; a value that is no number is an error naming the field and line, never a guess.
    void addInAMapping()
    {
        auto r = applyTransformFunction(QStringLiteral("add"), QJsonObject{{QStringLiteral("value"), QStringLiteral("0.2")}}, QStringLiteral("0.1"));
        QVERIFY(r.ok());
        QCOMPARE(*r, QStringLiteral("0.3"));
        Order order;
        order.lines.append(OrderLine{});
        order.lines[0].lineNo = 1;
        order.lines[0].unit = QStringLiteral("EA");
        const QJsonArray transforms{QJsonObject{{QStringLiteral("field"), QStringLiteral("lines.unit")}, {QStringLiteral("function"), QStringLiteral("add")},
                                                {QStringLiteral("args"), QJsonObject{{QStringLiteral("value"), 1}}}}};
        const Status s = applyTransforms(transforms, order);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("lines.unit of line 1: add: 'EA' is not a decimal number")), qPrintable(s.error().message));
    }

    void catalogue()
    {
        QStringList names;
        for (const TransformFunction &f : transformFunctions()) {
            names << f.name;
            QVERIFY2(!f.description.isEmpty(), qPrintable(f.name));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("trim"), QStringLiteral("upper"), QStringLiteral("lower"), QStringLiteral("prefix"),
                                     QStringLiteral("suffix"), QStringLiteral("replace"), QStringLiteral("default"), QStringLiteral("lookup"),
                                     QStringLiteral("add")}));
        const QStringList fields = transformableFields();
        for (const char *f : {"customer.name", "customer.partner_id", "customer.erp_customer_number", "header.order_number",
                              "lines.sku", "lines.partner_sku", "lines.gtin", "lines.unit", "lines.description"})
            QVERIFY2(fields.contains(QLatin1String(f)), f);
        // Every advertised field can actually be transformed.
        for (const QString &f : fields) {
            Order o = sampleOrder();
            setField(o, f, QStringLiteral("v"));
            QJsonObject t{{QStringLiteral("field"), f}, {QStringLiteral("function"), QStringLiteral("upper")}};
            QVERIFY2(applyTransforms(QJsonArray{t}, o).ok(), qPrintable(f));
            QCOMPARE(fieldValue(o, f), QStringLiteral("V"));
        }
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestTransformations)
#include "test_transformations.moc"
