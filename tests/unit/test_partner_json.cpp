// Unit tests for the partner JSON reader (DESIGN §2), directly and through parseDocument's format detection.
#include "formats/FormatRegistry.h"
#include "formats/json/PartnerJsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace orderflow;

namespace {

const QString kFile = QStringLiteral("partner_orders.json");

ParseResult readJson(const QByteArray &content, const QJsonObject &mapping = {})
{
    ParseOptions options;
    options.fileName = kFile;
    options.format = QStringLiteral("json");
    options.jsonMapping = mapping;
    return readPartnerJson(content, options);
}

QString decimalText(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QStringLiteral("<none>");
}

QStringList elements(const ParseResult &r)
{
    QStringList out;
    for (const ParseError &e : r.errors)
        out << e.element;
    return out;
}

QString describeErrors(const ParseResult &r)
{
    QStringList out;
    for (const ParseError &e : r.errors)
        out << e.toString();
    return out.join(QStringLiteral(" | "));
}

QJsonObject mappingFrom(const QByteArray &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json).object();
}

// One order with a single line whose field `key` holds the raw JSON `value`.
QByteArray orderWithLineField(const QByteArray &key, const QByteArray &value)
{
    return "{\"id\": \"PO-1\", \"customer\": \"ACME\", \"items\": [{\"sku\": \"P001\", \"" + key + "\": " + value + "}]}";
}

} // namespace

class TestPartnerJson : public QObject {
    Q_OBJECT
private slots:
    void minimalDocument()
    {
        // The minimal form from DESIGN §2, byte for byte.
        const QByteArray doc = R"({"id": 123, "customer": "ACME Corp",
 "items": [{"sku": "P001", "quantity": 3, "unit_price": 10}],
 "submitted_at": "2025-01-01T10:30:00Z"})";
        const ParseResult r = readJson(doc);
        QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
        QCOMPARE(r.orders.size(), 1);
        const Order &o = r.orders.first();
        QCOMPARE(o.orderNumber, QStringLiteral("123"));
        QCOMPARE(o.customer.name, QStringLiteral("ACME Corp"));
        QCOMPARE(o.orderDate, QDate(2025, 1, 1));
        QCOMPARE(o.sourceFormat, QStringLiteral("json"));
        QVERIFY(o.currency.isEmpty());          // absent, not invented
        QVERIFY(!o.requestedDeliveryDate.isValid());
        QVERIFY(o.shipTo.isEmpty());
        QCOMPARE(o.lines.size(), 1);
        const OrderLine &l = o.lines.first();
        QCOMPARE(l.lineNo, 1);
        QCOMPARE(l.sku, QStringLiteral("P001"));
        QCOMPARE(decimalText(l.quantity), QStringLiteral("3"));
        QCOMPARE(l.unitPrice->toString(2), QStringLiteral("10.00"));
        QVERIFY(!l.lineTotal);                  // totals are the total step's job
    }

    void fullOrderFields()
    {
        const QByteArray doc = R"({"id": "PO-77", "customer": "  XYZ Retail ", "customer_id": "4405197800",
            "currency": "usd", "notes": "dock 4", "delivery_date": "2025-02-03",
            "ship_to": {"name": "XYZ RETAIL", "street": "31875 SOLON RD", "city": "SOLON", "region": "OH",
                        "postal_code": "44139", "country": "US", "party_id": "0003947268292"},
            "bill_to": "XYZ Head Office",
            "items": [{"sku": "A", "description": "Widget", "unit": "EA", "quantity": "120", "unit_price": "12.50"},
                      {"sku": "B", "quantity": 2}]})";
        const ParseResult r = readJson(doc);
        QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
        QCOMPARE(r.orders.size(), 1);
        const Order &o = r.orders.first();
        QCOMPARE(o.orderNumber, QStringLiteral("PO-77"));
        QCOMPARE(o.customer.name, QStringLiteral("XYZ Retail"));
        QCOMPARE(o.customer.partnerId, QStringLiteral("4405197800"));
        QCOMPARE(o.currency, QStringLiteral("USD"));
        QCOMPARE(o.notes, QStringLiteral("dock 4"));
        QCOMPARE(o.requestedDeliveryDate, QDate(2025, 2, 3));
        QVERIFY(!o.orderDate.isValid());
        QCOMPARE(o.shipTo.name, QStringLiteral("XYZ RETAIL"));
        QCOMPARE(o.shipTo.street, QStringLiteral("31875 SOLON RD"));
        QCOMPARE(o.shipTo.city, QStringLiteral("SOLON"));
        QCOMPARE(o.shipTo.region, QStringLiteral("OH"));
        QCOMPARE(o.shipTo.postalCode, QStringLiteral("44139"));
        QCOMPARE(o.shipTo.country, QStringLiteral("US"));
        QCOMPARE(o.shipTo.partyId, QStringLiteral("0003947268292"));
        QCOMPARE(o.billTo.name, QStringLiteral("XYZ Head Office"));
        QVERIFY(o.billTo.street.isEmpty());
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines[0].description, QStringLiteral("Widget"));
        QCOMPARE(o.lines[0].unit, QStringLiteral("EA"));
        QCOMPARE(o.lines[0].unitPrice->toString(2), QStringLiteral("12.50"));
        QCOMPARE(o.lines[1].lineNo, 2);
        QVERIFY(!o.lines[1].unitPrice);
    }

    void containers_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("orderNumbers");
        QTest::newRow("single object") << QByteArray(R"({"id": "A", "customer": "C", "items": []})")
                                       << QStringList{QStringLiteral("A")};
        QTest::newRow("array of two") << QByteArray(R"([{"id": "A", "customer": "C", "items": []},
                                                        {"id": "B", "customer": "C", "items": []}])")
                                      << QStringList{QStringLiteral("A"), QStringLiteral("B")};
        QTest::newRow("orders wrapper") << QByteArray(R"({"orders": [{"id": "A", "customer": "C", "items": []},
                                                                    {"id": "B", "customer": "C", "items": []},
                                                                    {"id": "C", "customer": "C", "items": []}]})")
                                        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        QTest::newRow("orders wrapper with one") << QByteArray(R"({"orders": [{"id": "Z", "customer": "C", "items": []}]})")
                                                 << QStringList{QStringLiteral("Z")};
        QTest::newRow("array of one") << QByteArray(R"([{"id": "Y", "customer": "C", "items": []}])")
                                      << QStringList{QStringLiteral("Y")};
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF{\"id\": \"BOM\", \"customer\": \"C\", \"items\": []}")
                                   << QStringList{QStringLiteral("BOM")};
    }
    void containers()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, orderNumbers);
        for (const bool viaRegistry : {false, true}) {
            ParseResult r;
            if (viaRegistry) {
                ParseOptions options;
                options.fileName = kFile;   // format "auto": detection must pick JSON
                r = parseDocument(document, options);
            } else {
                r = readJson(document);
            }
            QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
            QStringList got;
            for (const Order &o : r.orders)
                got << o.orderNumber;
            QCOMPARE(got, orderNumbers);
        }
    }

    void detectsJson_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::newRow("object") << QByteArray("{}") << QStringLiteral("json");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("json");
        QTest::newRow("leading white space") << QByteArray("\r\n \t{\"id\":1}") << QStringLiteral("json");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[") << QStringLiteral("json");
        QTest::newRow("x12") << QByteArray("ISA*00*") << QStringLiteral("x12-850");
        QTest::newRow("edifact") << QByteArray("UNB+UNOA:2") << QStringLiteral("edifact-orders");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03\xff") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void detectsJson()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QCOMPARE(detectFormat(content), format);
    }

    void fieldMapping_data()
    {
        QTest::addColumn<QByteArray>("mapping");
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("orderNumber");
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QDate>("orderDate");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("unitPrice");

        QTest::newRow("defaults") << QByteArray()
                                  << QByteArray(R"({"id": "D1", "customer": "Cust", "submitted_at": "2025-03-04",
                                                   "items": [{"sku": "S", "quantity": 1, "unit_price": "2.5"}]})")
                                  << QStringLiteral("D1") << QStringLiteral("Cust") << QDate(2025, 3, 4)
                                  << QStringLiteral("S") << QStringLiteral("1") << QStringLiteral("2.5");
        QTest::newRow("flat renames")
            << QByteArray(R"({"order_number": "po", "customer_name": "buyer", "order_date": "created",
                             "lines": "rows", "line_sku": "article", "line_quantity": "qty", "line_unit_price": "price"})")
            << QByteArray(R"({"po": "R7", "buyer": "Renamed Ltd", "created": "2024-12-31T23:59:59Z",
                             "rows": [{"article": "ART-9", "qty": "4", "price": 0.1}]})")
            << QStringLiteral("R7") << QStringLiteral("Renamed Ltd") << QDate(2024, 12, 31)
            << QStringLiteral("ART-9") << QStringLiteral("4") << QStringLiteral("0.1");
        QTest::newRow("dotted paths")
            << QByteArray(R"({"order_number": "header.po.number", "customer_name": "parties.buyer.name",
                             "order_date": "header.dates.order", "lines": "body.lines",
                             "line_sku": "product.sku", "line_quantity": "amounts.qty", "line_unit_price": "amounts.price.net"})")
            << QByteArray(R"({"header": {"po": {"number": "N-1"}, "dates": {"order": "2025-06-30"}},
                             "parties": {"buyer": {"name": "Nested GmbH"}},
                             "body": {"lines": [{"product": {"sku": "NS-1"}, "amounts": {"qty": 7, "price": {"net": "3.30"}}}]}})")
            << QStringLiteral("N-1") << QStringLiteral("Nested GmbH") << QDate(2025, 6, 30)
            << QStringLiteral("NS-1") << QStringLiteral("7") << QStringLiteral("3.3");
        QTest::newRow("unmapped fields keep defaults")
            << QByteArray(R"({"order_number": "ref"})")
            << QByteArray(R"({"ref": "K-2", "id": "ignored", "customer": "Default Cust",
                             "items": [{"sku": "D", "quantity": "5"}]})")
            << QStringLiteral("K-2") << QStringLiteral("Default Cust") << QDate()
            << QStringLiteral("D") << QStringLiteral("5") << QStringLiteral("<none>");
        QTest::newRow("path through a non-object")
            << QByteArray(R"({"customer_name": "buyer.name"})")
            << QByteArray(R"({"id": "P", "buyer": "just a string", "items": [{"sku": "X", "quantity": 1}]})")
            << QStringLiteral("P") << QString() << QDate()
            << QStringLiteral("X") << QStringLiteral("1") << QStringLiteral("<none>");
    }
    void fieldMapping()
    {
        QFETCH(QByteArray, mapping);
        QFETCH(QByteArray, document);
        QFETCH(QString, orderNumber);
        QFETCH(QString, customer);
        QFETCH(QDate, orderDate);
        QFETCH(QString, sku);
        QFETCH(QString, quantity);
        QFETCH(QString, unitPrice);

        const ParseResult r = readJson(document, mappingFrom(mapping));
        QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
        QCOMPARE(r.orders.size(), 1);
        const Order &o = r.orders.first();
        QCOMPARE(o.orderNumber, orderNumber);
        QCOMPARE(o.customer.name, customer);
        QCOMPARE(o.orderDate, orderDate);
        QCOMPARE(o.lines.size(), 1);
        QCOMPARE(o.lines.first().sku, sku);
        QCOMPARE(decimalText(o.lines.first().quantity), quantity);
        QCOMPARE(decimalText(o.lines.first().unitPrice), unitPrice);
    }

    void mappedPathInErrors()
    {
        // Errors name the partner's own (mapped) path, so the partner can find the value in their file.
        const QJsonObject mapping = mappingFrom(R"({"lines": "body.lines", "line_quantity": "amounts.qty"})");
        const ParseResult r = readJson(R"({"id": "M", "customer": "C", "body": {"lines": [{"sku": "A", "amounts": {"qty": "x"}}]}})",
                                       mapping);
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(elements(r), QStringList{QStringLiteral("body.lines[0].amounts.qty")});
    }

    void decimals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number 0.1") << QByteArray("0.1") << QStringLiteral("0.1");
        QTest::newRow("string 0.1") << QByteArray("\"0.1\"") << QStringLiteral("0.1");
        QTest::newRow("number 10") << QByteArray("10") << QStringLiteral("10");
        QTest::newRow("string 10") << QByteArray("\"10\"") << QStringLiteral("10");
        QTest::newRow("string 12.50") << QByteArray("\"12.50\"") << QStringLiteral("12.5");
        QTest::newRow("number 12.5") << QByteArray("12.5") << QStringLiteral("12.5");
        QTest::newRow("number 0.3") << QByteArray("0.3") << QStringLiteral("0.3");
        QTest::newRow("number 1.1") << QByteArray("1.1") << QStringLiteral("1.1");
        QTest::newRow("number 2.675") << QByteArray("2.675") << QStringLiteral("2.675");
        QTest::newRow("number negative") << QByteArray("-2.5") << QStringLiteral("-2.5");
        QTest::newRow("number exponent") << QByteArray("1.5e2") << QStringLiteral("150");
        QTest::newRow("number tiny") << QByteArray("0.000001") << QStringLiteral("0.000001");
        QTest::newRow("number 15 digits integer") << QByteArray("123456789012345") << QStringLiteral("123456789012345");
        QTest::newRow("number 15 digits fraction") << QByteArray("99999.9999999999") << QStringLiteral("99999.9999999999");
        QTest::newRow("number 15 digits below one") << QByteArray("0.123456789012345") << QStringLiteral("0.123456789012345");
        QTest::newRow("number 14 digits small") << QByteArray("0.00012345678901234") << QStringLiteral("0.00012345678901234");
        QTest::newRow("string many digits") << QByteArray("\"123456789012345678.123\"") << QStringLiteral("123456789012345678.123");
        QTest::newRow("string padded") << QByteArray("\" 7.25 \"") << QStringLiteral("7.25");
    }
    void decimals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        // A JSON number with at most 15 significant digits is exact; leading zeros of "0.000…" are not significant.
        for (const QByteArray &key : {QByteArray("quantity"), QByteArray("unit_price")}) {
            const ParseResult r = readJson(orderWithLineField(key, json));
            QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
            QCOMPARE(r.orders.size(), 1);
            const OrderLine &l = r.orders.first().lines.first();
            QCOMPARE(decimalText(key == "quantity" ? l.quantity : l.unitPrice), expected);
        }
    }

    void tooPreciseNumbersRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("16 digits") << QByteArray("1234567890123456");
        QTest::newRow("above 2^53") << QByteArray("9007199254740993");
        QTest::newRow("1e15") << QByteArray("1e15");
        QTest::newRow("17 significant in fraction") << QByteArray("12345678.123456789");
        QTest::newRow("16 significant below one") << QByteArray("0.1234567890123456");
        QTest::newRow("huge exponent") << QByteArray("1e300");
    }
    void tooPreciseNumbersRefused()
    {
        QFETCH(QByteArray, json);
        const ParseResult r = readJson(orderWithLineField("unit_price", json));
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const ParseError &e = r.errors.first();
        QCOMPARE(e.element, QStringLiteral("items[0].unit_price"));
        QCOMPARE(e.file, kFile);
        QVERIFY2(e.message.contains(QStringLiteral("send it as a string")), qPrintable(e.message));
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("quantity true") << orderWithLineField("quantity", "true")
                                       << QStringLiteral("items[0].quantity") << QStringLiteral("boolean");
        QTest::newRow("quantity object") << orderWithLineField("quantity", "{\"v\": 1}")
                                         << QStringLiteral("items[0].quantity") << QStringLiteral("object");
        QTest::newRow("quantity not decimal") << orderWithLineField("quantity", "\"three\"")
                                              << QStringLiteral("items[0].quantity") << QStringLiteral("'three' is not a decimal");
        QTest::newRow("quantity with comma") << orderWithLineField("quantity", "\"1,5\"")
                                             << QStringLiteral("items[0].quantity") << QStringLiteral("'1,5'");
        QTest::newRow("price array") << orderWithLineField("unit_price", "[1]")
                                     << QStringLiteral("items[0].unit_price") << QStringLiteral("array");
        QTest::newRow("sku boolean") << QByteArray(R"({"id": "1", "customer": "C", "items": [{"sku": false, "quantity": 1}]})")
                                     << QStringLiteral("items[0].sku") << QStringLiteral("expected a string");
        QTest::newRow("customer object") << QByteArray(R"({"id": "1", "customer": {"n": 1}, "items": []})")
                                         << QStringLiteral("customer") << QStringLiteral("expected a string");
        QTest::newRow("items not an array") << QByteArray(R"({"id": "1", "customer": "C", "items": {"sku": "A"}})")
                                            << QStringLiteral("items") << QStringLiteral("expected an array");
        QTest::newRow("items a string") << QByteArray(R"({"id": "1", "customer": "C", "items": "A,B"})")
                                        << QStringLiteral("items") << QStringLiteral("a string");
        QTest::newRow("items missing") << QByteArray(R"({"id": "1", "customer": "C"})")
                                       << QStringLiteral("items") << QStringLiteral("missing");
        QTest::newRow("line not an object") << QByteArray(R"({"id": "1", "customer": "C", "items": [{"sku": "A", "quantity": 1}, "B"]})")
                                            << QStringLiteral("items[1]") << QStringLiteral("expected a line object");
        QTest::newRow("line is a number") << QByteArray(R"({"id": "1", "customer": "C", "items": [7]})")
                                          << QStringLiteral("items[0]") << QStringLiteral("a number");
        QTest::newRow("ship_to a number") << QByteArray(R"({"id": "1", "customer": "C", "ship_to": 5, "items": []})")
                                          << QStringLiteral("ship_to") << QStringLiteral("address");
        QTest::newRow("in an array") << QByteArray(R"([{"id": "1", "customer": "C", "items": []},
                                                      {"id": "2", "customer": "C", "items": [{"sku": "A", "quantity": true}]}])")
                                     << QStringLiteral("orders[1].items[0].quantity") << QStringLiteral("boolean");
        QTest::newRow("order not an object") << QByteArray(R"([{"id": "1", "customer": "C", "items": []}, 42])")
                                             << QStringLiteral("orders[1]") << QStringLiteral("order object");
        QTest::newRow("wrapper of one") << QByteArray(R"({"orders": [{"id": "2", "customer": "C", "items": [{"sku": "A", "quantity": true}]}]})")
                                        << QStringLiteral("orders[0].items[0].quantity") << QStringLiteral("boolean");
    }
    void wrongTypes()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, element);
        QFETCH(QString, messagePart);
        const ParseResult r = readJson(document);
        QVERIFY2(!r.errors.isEmpty(), "expected a parse error");
        const ParseError &e = r.errors.last();
        QCOMPARE(e.file, kFile);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QCOMPARE(e.element, element);
        // The one-line form for logs carries file, path and message.
        const QString line = e.toString();
        QVERIFY2(line.startsWith(kFile), qPrintable(line));
        QVERIFY2(line.contains(e.element + QStringLiteral(": ") + e.message), qPrintable(line));
        QVERIFY(e.toJson().value(QStringLiteral("element")).toString() == e.element);
    }

    void badOrderKeepsGoodOnes()
    {
        const QByteArray doc = R"([{"id": "G1", "customer": "C", "items": [{"sku": "A", "quantity": 1}]},
            {"id": "B1", "customer": "C", "items": [{"sku": "A", "quantity": "lots"}]},
            {"id": "G2", "customer": "C", "items": [{"sku": "B", "quantity": "2.5"}]},
            "not an order",
            {"id": "B2", "customer": "C", "items": "none"},
            {"id": "G3", "customer": "C", "items": []}])";
        const ParseResult r = readJson(doc);
        QStringList got;
        for (const Order &o : r.orders)
            got << o.orderNumber;
        QCOMPARE(got, (QStringList{QStringLiteral("G1"), QStringLiteral("G2"), QStringLiteral("G3")}));
        QCOMPARE(elements(r), (QStringList{QStringLiteral("orders[1].items[0].quantity"), QStringLiteral("orders[3]"),
                                           QStringLiteral("orders[4].items")}));
    }

    void allErrorsOfOneOrderReported()
    {
        // An operator fixing a partner file wants every problem at once, not one per round trip.
        const ParseResult r = readJson(R"({"id": "E", "customer": "C", "submitted_at": "yesterday",
            "items": [{"sku": "A", "quantity": true}, {"sku": "B", "quantity": 1, "unit_price": "cheap"}]})");
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(elements(r), (QStringList{QStringLiteral("submitted_at"), QStringLiteral("items[0].quantity"),
                                           QStringLiteral("items[1].unit_price")}));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::newRow("bad value line 2") << QByteArray("{\"id\": 1,\n \"customer\": x}") << 2;
        QTest::newRow("bad value line 3") << QByteArray("{\n  \"id\": 1,\n  \"items\": [1,,2]\n}") << 3;
        QTest::newRow("unterminated object") << QByteArray("{\"id\": 1") << 1;
        QTest::newRow("trailing comma") << QByteArray("[\n{\"id\": 1},\n]") << 3;
        QTest::newRow("missing colon") << QByteArray("{\r\n\"id\" 1}") << 2;
        QTest::newRow("garbage after") << QByteArray("{\"id\": 1}\n\nxyz") << 3;
        QTest::newRow("unterminated string") << QByteArray("{\"id\": \"abc") << 1;
        QTest::newRow("binary garbage") << QByteArray("{\x01\x02\xff\xfe", 5) << 1;
    }
    void syntaxErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QJsonParseError reference;
        QJsonDocument::fromJson(content, &reference);
        QVERIFY(reference.error != QJsonParseError::NoError);

        const ParseResult r = readJson(content);
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const ParseError &e = r.errors.first();
        QCOMPARE(e.file, kFile);
        QVERIFY2(e.message.startsWith(QStringLiteral("Not valid JSON")), qPrintable(e.message));
        // Qt's offset, except that an error at the end of the input names the last byte, never one past the end.
        const qint64 offset = qMin<qint64>(reference.offset, content.size() - 1);
        QCOMPARE(e.offset, offset);
        QCOMPARE(e.line, line);
        // Column: 1-based distance from the last line feed before the offset.
        const qsizetype lastNewline = content.left(offset).lastIndexOf('\n');
        QCOMPARE(e.column, int(offset - lastNewline));
        const QString text = e.toString();
        QVERIFY2(text.startsWith(QStringLiteral("%1:%2:%3 (byte %4)").arg(kFile).arg(e.line).arg(e.column).arg(e.offset)),
                 qPrintable(text));
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("offset")).toInteger(), e.offset);
        QCOMPARE(json.value(QStringLiteral("line")).toInt(), e.line);
    }

    void emptyOrGarbage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty, json") << QByteArray() << QStringLiteral("json") << QStringLiteral("empty");
        QTest::newRow("empty, auto") << QByteArray() << QStringLiteral("auto") << QStringLiteral("empty");
        QTest::newRow("whitespace, json") << QByteArray(" \r\n\t \n") << QStringLiteral("json") << QStringLiteral("empty");
        QTest::newRow("whitespace, auto") << QByteArray(" \r\n\t \n") << QStringLiteral("auto") << QString();
        QTest::newRow("binary, json") << QByteArray("\x00\x01\x02\xff\xfe", 5) << QStringLiteral("json") << QStringLiteral("Not valid JSON");
        QTest::newRow("binary, auto") << QByteArray("\x00\x01\x02\xff\xfe", 5) << QStringLiteral("auto") << QStringLiteral("Unrecognised content");
        QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("json") << QStringLiteral("no orders");
        QTest::newRow("empty wrapper") << QByteArray("{\"orders\": []}") << QStringLiteral("json") << QStringLiteral("no orders");
        QTest::newRow("top-level number") << QByteArray("42") << QStringLiteral("json") << QStringLiteral("Not valid JSON");
    }
    void emptyOrGarbage()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, messagePart);
        ParseOptions options;
        options.fileName = kFile;
        options.format = format;
        const ParseResult r = parseDocument(content, options);
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const ParseError &e = r.errors.first();
        QCOMPARE(e.file, kFile);
        QVERIFY(!e.message.isEmpty());
        if (!messagePart.isEmpty())
            QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QVERIFY(e.offset >= 0);
    }

    void unknownFormat()
    {
        ParseOptions options;
        options.fileName = kFile;
        options.format = QStringLiteral("csv");
        const ParseResult r = parseDocument("{}", options);
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("Unknown format 'csv'")));
        QVERIFY(r.errors.first().message.contains(QStringLiteral("json")));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QDate>("expected");    // invalid = an error is expected
        QTest::newRow("date only") << QStringLiteral("2025-01-01") << QDate(2025, 1, 1);
        QTest::newRow("datetime Z") << QStringLiteral("2025-01-01T10:30:00Z") << QDate(2025, 1, 1);
        QTest::newRow("datetime ms Z") << QStringLiteral("2025-03-15T08:00:00.123Z") << QDate(2025, 3, 15);
        QTest::newRow("datetime negative offset") << QStringLiteral("2025-01-01T23:30:00-05:00") << QDate(2025, 1, 1);
        QTest::newRow("datetime positive offset") << QStringLiteral("2025-07-01T00:15:00+02:00") << QDate(2025, 7, 1);
        QTest::newRow("datetime no zone") << QStringLiteral("2025-02-28T12:00:00") << QDate(2025, 2, 28);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("surrounding blanks") << QStringLiteral(" 2025-05-05 ") << QDate(2025, 5, 5);
        QTest::newRow("month 13") << QStringLiteral("2025-13-01") << QDate();
        QTest::newRow("feb 30") << QStringLiteral("2025-02-30") << QDate();
        QTest::newRow("not leap") << QStringLiteral("2025-02-29") << QDate();
        QTest::newRow("us format") << QStringLiteral("01/02/2025") << QDate();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
        QTest::newRow("bad time") << QStringLiteral("2025-01-01T25:61:00Z") << QDate();
        QTest::newRow("compact") << QStringLiteral("20250101") << QDate();
    }
    void dates()
    {
        QFETCH(QString, value);
        QFETCH(QDate, expected);
        for (const QString &key : {QStringLiteral("submitted_at"), QStringLiteral("delivery_date")}) {
            QJsonObject obj{{QStringLiteral("id"), QStringLiteral("D")}, {QStringLiteral("customer"), QStringLiteral("C")},
                            {QStringLiteral("items"), QJsonArray()}, {key, value}};
            const ParseResult r = readJson(QJsonDocument(obj).toJson());
            if (expected.isValid()) {
                QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
                QCOMPARE(r.orders.size(), 1);
                const Order &o = r.orders.first();
                QCOMPARE(key == QLatin1String("submitted_at") ? o.orderDate : o.requestedDeliveryDate, expected);
            } else {
                QCOMPARE(r.orders.size(), 0);
                QCOMPARE(elements(r), QStringList{key});
                QVERIFY2(r.errors.first().message.contains(QStringLiteral("ISO 8601")), qPrintable(r.errors.first().message));
            }
        }
    }

    void skuFallback_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("partnerSku");
        QTest::addColumn<QString>("gtin");
        QTest::newRow("sku given") << QByteArray(R"({"sku": "S1", "partner_sku": "B1", "gtin": "4006381333931"})")
                                   << QStringLiteral("S1") << QStringLiteral("B1") << QStringLiteral("4006381333931");
        QTest::newRow("partner sku") << QByteArray(R"({"partner_sku": "B1", "gtin": "4006381333931"})")
                                     << QStringLiteral("B1") << QStringLiteral("B1") << QStringLiteral("4006381333931");
        QTest::newRow("gtin only") << QByteArray(R"({"gtin": "4006381333931"})")
                                   << QStringLiteral("4006381333931") << QString() << QStringLiteral("4006381333931");
        QTest::newRow("gtin as number") << QByteArray(R"({"gtin": 4006381333931})")
                                        << QStringLiteral("4006381333931") << QString() << QStringLiteral("4006381333931");
        QTest::newRow("empty sku falls back") << QByteArray(R"({"sku": "  ", "partner_sku": "B2"})")
                                              << QStringLiteral("B2") << QStringLiteral("B2") << QString();
        QTest::newRow("nothing") << QByteArray(R"({"description": "mystery"})") << QString() << QString() << QString();
    }
    void skuFallback()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, sku);
        QFETCH(QString, partnerSku);
        QFETCH(QString, gtin);
        const ParseResult r = readJson("{\"id\": \"F\", \"customer\": \"C\", \"items\": [" + line + "]}");
        QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
        const OrderLine &l = r.orders.first().lines.first();
        QCOMPARE(l.sku, sku);
        QCOMPARE(l.partnerSku, partnerSku);
        QCOMPARE(l.gtin, gtin);
    }

    void numericIdentifiers_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("small") << QByteArray("123") << QStringLiteral("123");
        QTest::newRow("zero") << QByteArray("0") << QStringLiteral("0");
        QTest::newRow("15 digits") << QByteArray("123456789012345") << QStringLiteral("123456789012345");
        QTest::newRow("17 digits") << QByteArray("12345678901234567") << QStringLiteral("12345678901234567");
    }
    void numericIdentifiers()
    {
        // A PO number sent as a JSON number must come through unchanged, or be refused like an imprecise decimal;
        // a silently rounded PO number would reach the ERP as a different order.
        QFETCH(QByteArray, id);
        QFETCH(QString, expected);
        const ParseResult r = readJson("{\"id\": " + id + ", \"customer\": \"C\", \"items\": []}");
        const bool refused = r.orders.isEmpty() && !r.errors.isEmpty();
        QVERIFY2(refused || (r.orders.size() == 1 && r.orders.first().orderNumber == expected),
                 qPrintable(r.orders.isEmpty() ? describeErrors(r) : r.orders.first().orderNumber));
    }

    void addressFieldTypes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string") << QByteArray("\"44139\"") << QStringLiteral("44139");
        QTest::newRow("number") << QByteArray("44139") << QStringLiteral("44139");
    }
    void addressFieldTypes()
    {
        // Partners send postal codes as numbers; the value must arrive or the file must be refused with a path,
        // never silently become an empty postal code on the ship-to address.
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const ParseResult r = readJson("{\"id\": \"A\", \"customer\": \"C\", \"items\": [], \"ship_to\": {\"name\": \"N\", "
                                       "\"postal_code\": " + value + "}}");
        const bool refused = r.orders.isEmpty() && elements(r) == QStringList{QStringLiteral("ship_to.postal_code")};
        QVERIFY2(refused || (r.orders.size() == 1 && r.orders.first().shipTo.postalCode == expected),
                 qPrintable(r.orders.isEmpty() ? describeErrors(r) : r.orders.first().shipTo.postalCode));
    }

    // Qt's JSON parser keeps the last of two equal keys; a partner document with a duplicate key anywhere is
    // refused as a whole, naming the key, its path and where the second one stands.
    void duplicateKeysRefused_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("firstAt");   // "line:column" of the first occurrence
        QTest::newRow("PO number")
            << QByteArray("{\"id\": \"PO-1\", \"customer\": \"C\",\n \"id\": \"PO-2\", \"items\": [{\"sku\": \"A\", \"quantity\": 1}]}")
            << QStringLiteral("id") << QStringLiteral("id") << 2 << 2 << QStringLiteral("1:2");
        QTest::newRow("quantity in a line")
            << QByteArray("{\"id\": \"1\", \"customer\": \"C\", \"items\": [\n  {\"sku\": \"A\", \"quantity\": 1},\n"
                          "  {\"sku\": \"B\", \"quantity\": 3, \"quantity\": 300}]}")
            << QStringLiteral("quantity") << QStringLiteral("items[1].quantity") << 3 << 31 << QStringLiteral("3:16");
        QTest::newRow("second order of an array")
            << QByteArray("[{\"id\": \"1\", \"customer\": \"C\", \"items\": []},\r\n {\"id\": \"2\", \"customer\": \"C\", \"customer\": \"D\", \"items\": []}]")
            << QStringLiteral("customer") << QStringLiteral("orders[1].customer") << 2 << 31 << QStringLiteral("2:14");
        QTest::newRow("orders wrapper")
            << QByteArray("{\"orders\": [{\"id\": \"1\", \"customer\": \"C\", \"items\": [{\"sku\": \"A\", \"sku\": \"B\"}]}]}")
            << QStringLiteral("sku") << QStringLiteral("orders[0].items[0].sku") << 1 << 65 << QStringLiteral("1:53");
        QTest::newRow("the wrapper key itself")
            << QByteArray("{\"orders\": [], \"orders\": [{\"id\": \"1\", \"customer\": \"C\", \"items\": []}]}")
            << QStringLiteral("orders") << QStringLiteral("orders") << 1 << 16 << QStringLiteral("1:2");
        QTest::newRow("address member")
            << QByteArray("{\"id\": \"1\", \"customer\": \"C\", \"ship_to\": {\"city\": \"A\", \"city\": \"B\"}, \"items\": []}")
            << QStringLiteral("city") << QStringLiteral("ship_to.city") << 1 << 55 << QStringLiteral("1:42");
        QTest::newRow("a field nobody maps")
            << QByteArray("{\"id\": \"1\", \"customer\": \"C\", \"items\": [], \"x\": {\"y\": [[{\"z\": 1, \"z\": 2}]]}}")
            << QStringLiteral("z") << QStringLiteral("x.y[0][0].z") << 1 << 65 << QStringLiteral("1:57");
        QTest::newRow("same key, escaped")
            << QByteArray("{\"id\": \"1\", \"\\u0069d\": \"2\", \"customer\": \"C\", \"items\": []}")
            << QStringLiteral("id") << QStringLiteral("id") << 1 << 13 << QStringLiteral("1:2");
        QTest::newRow("after strings with quotes and braces")
            << QByteArray("{\"notes\": \"a \\\"}{[\\\" b\", \"id\": \"1\", \"customer\": \"C\", \"items\": [], \"notes\": \"\"}")
            << QStringLiteral("notes") << QStringLiteral("notes") << 1 << 67 << QStringLiteral("1:2");
    }
    void duplicateKeysRefused()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, key);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, firstAt);
        QJsonParseError syntax;
        QJsonDocument::fromJson(document, &syntax);
        QCOMPARE(syntax.error, QJsonParseError::NoError);   // valid JSON: Qt alone would keep the last value

        const ParseResult r = readJson(document);
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const ParseError &e = r.errors.first();
        QCOMPARE(e.file, kFile);
        QCOMPARE(e.element, path);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        // The byte offset points at the opening quote of the second key.
        QCOMPARE(document.at(e.offset), '"');
        const qsizetype lastNewline = document.left(e.offset).lastIndexOf('\n');
        QCOMPARE(e.column, int(e.offset - lastNewline));
        QVERIFY2(e.message.contains(QStringLiteral("duplicate key '%1'").arg(key), Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("line %1").arg(firstAt.section(QLatin1Char(':'), 0, 0)))
                     && e.message.contains(QStringLiteral("column %1").arg(firstAt.section(QLatin1Char(':'), 1, 1))),
                 qPrintable(e.message));
        QVERIFY2(e.toString().startsWith(QStringLiteral("%1:%2:%3 (byte %4): %5: ").arg(kFile).arg(line).arg(column).arg(e.offset).arg(path)),
                 qPrintable(e.toString()));
    }

    void everyDuplicateReported()
    {
        const ParseResult r = readJson(R"([{"id": "1", "id": "2", "customer": "C", "items": []},
            {"id": "3", "customer": "C", "items": [{"sku": "A", "quantity": 1, "quantity": 2}]}])");
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(elements(r), (QStringList{QStringLiteral("orders[0].id"), QStringLiteral("orders[1].items[0].quantity")}));
    }

    void equalKeysInDifferentObjectsAreFine()
    {
        const ParseResult r = readJson(R"({"id": "1", "customer": "C", "ship_to": {"name": "S", "id": "x"},
            "bill_to": {"name": "B"}, "items": [{"sku": "A", "quantity": 1}, {"sku": "B", "quantity": 2}],
            "extra": [{"id": 1}, {"id": 2}], )"
                                       "\"k\\\"ey\": 1, \"key\": 2}");
        QVERIFY2(r.errors.isEmpty(), qPrintable(describeErrors(r)));
        QCOMPARE(r.orders.size(), 1);
        QCOMPARE(r.orders.first().lines.size(), 2);
    }

    void manyKeysInOneObject()
    {
        // A wide object (beyond any small-set fast path) still finds its duplicate, and only that one.
        QByteArray doc = R"({"id": "1", "customer": "C", "items": [], "extra": {)";
        for (int i = 0; i < 500; ++i)
            doc += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
        doc += R"("k250": 0}})";
        const ParseResult r = readJson(doc);
        QCOMPARE(elements(r), QStringList{QStringLiteral("extra.k250")});
    }

    void tooLongNumbersInStrings_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("37 digits") << QByteArray("\"1234567890123456789012345678901234567\"")
                                   << QStringLiteral("37 significant digits; at most 36");
        QTest::newRow("40 digits with decimals") << QByteArray("\"1234567890123456789012345678901234567.891\"")
                                                 << QStringLiteral("40 significant digits; at most 36");
        QTest::newRow("19 decimals") << QByteArray("\"0.0000000000000000001\"")
                                     << QStringLiteral("19 digits after the decimal point; at most 18");
        QTest::newRow("1000 digits") << ('"' + QByteArray(1000, '9') + '"') << QStringLiteral("1000 significant digits");
    }
    void tooLongNumbersInStrings()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, messagePart);
        for (const QByteArray &key : {QByteArray("quantity"), QByteArray("unit_price")}) {
            const ParseResult r = readJson(orderWithLineField(key, value));
            QCOMPARE(r.orders.size(), 0);
            QCOMPARE(elements(r), QStringList{QStringLiteral("items[0].") + QString::fromLatin1(key)});
            const QString &message = r.errors.first().message;
            QVERIFY2(message.contains(QStringLiteral("too long")), qPrintable(message));
            QVERIFY2(message.contains(messagePart), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("not a decimal")), qPrintable(message));
            QVERIFY2(message.size() < 300, qPrintable(message));
        }
    }

    void defaultMappingListed()
    {
        const auto defaults = partnerJsonDefaultMapping();
        QStringList fields;
        for (const auto &[field, path] : defaults)
            fields << field;
        for (const char *f : {"order_number", "customer_name", "order_date", "lines", "line_sku", "line_quantity", "line_unit_price"})
            QVERIFY2(fields.contains(QLatin1String(f)), f);
        QCOMPARE(defaults.first(), (QPair<QString, QString>(QStringLiteral("order_number"), QStringLiteral("id"))));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestPartnerJson)
#include "test_partner_json.moc"
