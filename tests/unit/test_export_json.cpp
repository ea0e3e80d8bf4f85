// Unit tests for the orderflow_export_json_v1 document (DESIGN §4): what an ERP receives.
#include "formats/export/ExportJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace orderflow;

namespace {

Decimal dec(const char *text)
{
    const auto d = Decimal::parse(QByteArrayView(text));
    Q_ASSERT(d);
    return *d;
}

std::optional<Decimal> optDec(const QString &text)
{
    if (text.isNull())
        return std::nullopt;
    return Decimal::parse(QStringView(text));
}

OrderLine line(int no, const QString &sku, const char *qty, const char *price)
{
    OrderLine l;
    l.lineNo = no;
    l.sku = sku;
    if (qty)
        l.quantity = dec(qty);
    if (price)
        l.unitPrice = dec(price);
    return l;
}

// The example order of DESIGN §4.
Order fullOrder()
{
    Order o;
    o.id = QStringLiteral("9b1d2c1e-7f3a-4c2b-9d8e-0123456789ab");
    o.orderNumber = QStringLiteral("08292233294");
    o.customer = {QStringLiteral("4405197800"), QStringLiteral("XYZ RETAIL"), QStringLiteral("C-1001")};
    o.orderDate = QDate(2010, 11, 27);
    o.requestedDeliveryDate = QDate(2010, 12, 5);
    o.currency = QStringLiteral("USD");
    o.notes = QStringLiteral("Deliver to dock 4");
    o.shipTo.name = QStringLiteral("XYZ RETAIL");
    o.shipTo.street = QStringLiteral("31875 SOLON RD");
    o.shipTo.city = QStringLiteral("SOLON");
    o.shipTo.region = QStringLiteral("OH");
    o.shipTo.postalCode = QStringLiteral("44139");
    o.billTo.name = QStringLiteral("XYZ Head Office");
    o.billTo.country = QStringLiteral("US");
    OrderLine a = line(1, QStringLiteral("VP-1"), "120", "12.5");
    a.partnerSku = QStringLiteral("BP-1");
    a.gtin = QStringLiteral("00012345678905");
    a.description = QStringLiteral("Widget");
    a.unit = QStringLiteral("EA");
    o.lines << a << line(2, QStringLiteral("VP-2"), "3", "0.333") << line(3, QStringLiteral("VP-3"), "1190", "9.871");
    o.sourceFormat = QStringLiteral("x12-850");
    o.inboundSha256 = QStringLiteral("ab").repeated(32);
    // Deliberately not UTC: the document must say the same instant in UTC.
    o.receivedAt = QDateTime(QDate(2025, 12, 26), QTime(10, 59, 30), QTimeZone(3600));
    o.approvedAt = QDateTime(QDate(2025, 12, 26), QTime(5, 0, 0), QTimeZone(-5 * 3600));
    return o;
}

ExportContext context(bool identity = true)
{
    ExportContext c;
    c.orgSlug = QStringLiteral("acme");
    c.sourceName = QStringLiteral("partner2-sftp");
    c.exportedAt = QDateTime(QDate(2025, 12, 26), QTime(10, 0, 5), QTimeZone::utc());
    c.includeIdentity = identity;
    return c;
}

QString independentSha(QJsonObject doc)
{
    QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
    meta[QStringLiteral("content_sha256")] = QString();
    doc[QStringLiteral("meta")] = meta;
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(doc).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QSet<QString> keySet(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestExportJson : public QObject {
    Q_OBJECT
private slots:
    void documentShape()
    {
        const QJsonObject doc = exportDocument(fullOrder(), context());
        QCOMPARE(str(doc, "export_version"), QStringLiteral("orderflow_export_json_v1"));
        QCOMPARE(str(doc, "org_slug"), QStringLiteral("acme"));
        QCOMPARE(str(doc, "draft_order_id"), QStringLiteral("9b1d2c1e-7f3a-4c2b-9d8e-0123456789ab"));
        QCOMPARE(str(doc, "approved_at"), QStringLiteral("2025-12-26T10:00:00Z"));

        const QJsonObject customer = obj(doc, "customer");
        QCOMPARE(str(customer, "partner_id"), QStringLiteral("4405197800"));
        QCOMPARE(str(customer, "name"), QStringLiteral("XYZ RETAIL"));
        QCOMPARE(str(customer, "erp_customer_number"), QStringLiteral("C-1001"));

        const QJsonObject header = obj(doc, "header");
        QCOMPARE(str(header, "order_number"), QStringLiteral("08292233294"));   // leading zero kept: it is text
        QCOMPARE(str(header, "order_date"), QStringLiteral("2010-11-27"));
        QCOMPARE(str(header, "requested_delivery_date"), QStringLiteral("2010-12-05"));
        QCOMPARE(str(header, "currency"), QStringLiteral("USD"));
        QCOMPARE(str(header, "notes"), QStringLiteral("Deliver to dock 4"));
        const QJsonObject shipTo = obj(header, "ship_to");
        QCOMPARE(shipTo, (QJsonObject{{QStringLiteral("name"), QStringLiteral("XYZ RETAIL")},
                                      {QStringLiteral("street"), QStringLiteral("31875 SOLON RD")},
                                      {QStringLiteral("city"), QStringLiteral("SOLON")},
                                      {QStringLiteral("region"), QStringLiteral("OH")},
                                      {QStringLiteral("postal_code"), QStringLiteral("44139")}}));
        QCOMPARE(obj(header, "bill_to"), (QJsonObject{{QStringLiteral("name"), QStringLiteral("XYZ Head Office")},
                                                     {QStringLiteral("country"), QStringLiteral("US")}}));

        const QJsonArray lines = doc.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = lines.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("line_no")).toInt(), 1);
        QCOMPARE(str(first, "sku"), QStringLiteral("VP-1"));
        QCOMPARE(str(first, "partner_sku"), QStringLiteral("BP-1"));
        QCOMPARE(str(first, "gtin"), QStringLiteral("00012345678905"));
        QCOMPARE(str(first, "description"), QStringLiteral("Widget"));
        QCOMPARE(str(first, "unit"), QStringLiteral("EA"));
        QCOMPARE(first.value(QStringLiteral("quantity")), QJsonValue(QStringLiteral("120")));
        QCOMPARE(first.value(QStringLiteral("unit_price")), QJsonValue(QStringLiteral("12.50")));
        QCOMPARE(first.value(QStringLiteral("line_total")), QJsonValue(QStringLiteral("1500.00")));
        QCOMPARE(str(lines.at(1).toObject(), "line_total"), QStringLiteral("0.999"));    // exact, never rounded
        QCOMPARE(str(lines.at(2).toObject(), "line_total"), QStringLiteral("11746.49"));

        const QJsonObject totals = obj(doc, "totals");
        QCOMPARE(totals.value(QStringLiteral("line_count")).toInt(), 3);
        QCOMPARE(totals.value(QStringLiteral("total_quantity")), QJsonValue(QStringLiteral("1313")));
        QCOMPARE(totals.value(QStringLiteral("net_amount")), QJsonValue(QStringLiteral("13247.489")));

        const QJsonObject meta = obj(doc, "meta");
        QCOMPARE(str(meta, "source"), QStringLiteral("partner2-sftp"));
        QCOMPARE(str(meta, "source_format"), QStringLiteral("x12-850"));
        QCOMPARE(str(meta, "inbound_sha256"), QStringLiteral("ab").repeated(32));
        QCOMPARE(str(meta, "received_at"), QStringLiteral("2025-12-26T09:59:30Z"));
        QCOMPARE(str(meta, "exported_at"), QStringLiteral("2025-12-26T10:00:05Z"));
        QVERIFY(QRegularExpression(QStringLiteral("^orderflow/\\d+\\.\\d+\\.\\d+$")).match(str(meta, "generator")).hasMatch());
        QCOMPARE(str(meta, "generator"), generatorName());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(str(meta, "content_sha256")).hasMatch());

        QCOMPARE(keySet(doc),
                 (QSet<QString>{QStringLiteral("export_version"), QStringLiteral("org_slug"), QStringLiteral("draft_order_id"),
                                QStringLiteral("approved_at"), QStringLiteral("customer"), QStringLiteral("header"),
                                QStringLiteral("lines"), QStringLiteral("totals"), QStringLiteral("meta")}));
    }

    void decimalsAreStrings_data()
    {
        QTest::addColumn<QString>("quantity");   // null QString = absent
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("expQuantity"); // null = omitted
        QTest::addColumn<QString>("expPrice");
        QTest::addColumn<QString>("expLineTotal");
        QTest::newRow("integer qty, price 12.5") << QStringLiteral("120") << QStringLiteral("12.5")
                                                 << QStringLiteral("120") << QStringLiteral("12.50") << QStringLiteral("1500.00");
        QTest::newRow("trailing zeros dropped") << QStringLiteral("120.000") << QStringLiteral("12.5000")
                                                << QStringLiteral("120") << QStringLiteral("12.50") << QStringLiteral("1500.00");
        QTest::newRow("fractional qty") << QStringLiteral("2.5") << QStringLiteral("4")
                                        << QStringLiteral("2.5") << QStringLiteral("4.00") << QStringLiteral("10.00");
        QTest::newRow("sub-cent price exact") << QStringLiteral("3") << QStringLiteral("0.333")
                                              << QStringLiteral("3") << QStringLiteral("0.333") << QStringLiteral("0.999");
        QTest::newRow("0.1 x 3") << QStringLiteral("3") << QStringLiteral("0.1")
                                 << QStringLiteral("3") << QStringLiteral("0.10") << QStringLiteral("0.30");
        QTest::newRow("zero price") << QStringLiteral("5") << QStringLiteral("0")
                                    << QStringLiteral("5") << QStringLiteral("0.00") << QStringLiteral("0.00");
        QTest::newRow("big numbers") << QStringLiteral("1000000") << QStringLiteral("123456789.99")
                                     << QStringLiteral("1000000") << QStringLiteral("123456789.99") << QStringLiteral("123456789990000.00");
        QTest::newRow("no price") << QStringLiteral("7") << QString()
                                  << QStringLiteral("7") << QString() << QString();
        QTest::newRow("no quantity") << QString() << QStringLiteral("9.99")
                                     << QString() << QStringLiteral("9.99") << QString();
        QTest::newRow("neither") << QString() << QString() << QString() << QString() << QString();
    }
    void decimalsAreStrings()
    {
        QFETCH(QString, quantity);
        QFETCH(QString, price);
        QFETCH(QString, expQuantity);
        QFETCH(QString, expPrice);
        QFETCH(QString, expLineTotal);
        Order o;
        o.orderNumber = QStringLiteral("PO");
        OrderLine l;
        l.lineNo = 1;
        l.sku = QStringLiteral("S");
        l.quantity = optDec(quantity);
        l.unitPrice = optDec(price);
        l.lineTotal = dec("999999");   // stale: the export computes its own
        o.lines << l;
        const QJsonObject doc = exportDocument(o, context());
        const QJsonObject jl = doc.value(QStringLiteral("lines")).toArray().at(0).toObject();
        auto check = [&](const char *key, const QString &expected) {
            const QJsonValue v = jl.value(QLatin1String(key));
            if (expected.isNull()) {
                QVERIFY2(v.isUndefined(), key);
            } else {
                QVERIFY2(v.isString(), key);
                QCOMPARE(v.toString(), expected);
            }
        };
        check("quantity", expQuantity);
        check("unit_price", expPrice);
        check("line_total", expLineTotal);
        const QJsonObject totals = obj(doc, "totals");
        QCOMPARE(totals.value(QStringLiteral("line_count")).toInt(), 1);
        QCOMPARE(str(totals, "total_quantity"), expQuantity.isNull() ? QStringLiteral("0") : expQuantity);
        QCOMPARE(str(totals, "net_amount"), expLineTotal.isNull() ? QStringLiteral("0.00") : expLineTotal);
        // The caller's order is not modified by exporting it.
        QCOMPARE(o.lines.first().lineTotal->toString(), QStringLiteral("999999"));
    }

    void totals_data()
    {
        QTest::addColumn<QStringList>("lines");   // "qty|price", empty part = absent
        QTest::addColumn<int>("lineCount");
        QTest::addColumn<QString>("totalQuantity");
        QTest::addColumn<QString>("netAmount");
        QTest::newRow("no lines") << QStringList() << 0 << QStringLiteral("0") << QStringLiteral("0.00");
        QTest::newRow("design example")
            << QStringList{QStringLiteral("120|12.50"), QStringLiteral("1190|9.871")} << 2 << QStringLiteral("1310")
            << QStringLiteral("13246.49");
        QTest::newRow("floating point trap")
            << QStringList{QStringLiteral("1|0.1"), QStringLiteral("1|0.2")} << 2 << QStringLiteral("2") << QStringLiteral("0.30");
        QTest::newRow("line without price counts quantity only")
            << QStringList{QStringLiteral("2|5"), QStringLiteral("3|")} << 2 << QStringLiteral("5") << QStringLiteral("10.00");
        QTest::newRow("fractional quantities")
            << QStringList{QStringLiteral("0.5|1"), QStringLiteral("0.25|1"), QStringLiteral("0.125|8")} << 3
            << QStringLiteral("0.875") << QStringLiteral("1.75");
    }
    void totals()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, lineCount);
        QFETCH(QString, totalQuantity);
        QFETCH(QString, netAmount);
        Order o;
        int n = 0;
        for (const QString &spec : lines) {
            const QStringList parts = spec.split(QLatin1Char('|'));
            OrderLine l;
            l.lineNo = ++n;
            l.sku = QStringLiteral("S%1").arg(n);
            l.quantity = parts[0].isEmpty() ? std::nullopt : optDec(parts[0]);
            l.unitPrice = parts[1].isEmpty() ? std::nullopt : optDec(parts[1]);
            o.lines << l;
        }
        const QJsonObject t = obj(exportDocument(o, context()), "totals");
        QCOMPARE(t.value(QStringLiteral("line_count")).toInt(), lineCount);
        QCOMPARE(t.value(QStringLiteral("total_quantity")), QJsonValue(totalQuantity));
        QCOMPARE(t.value(QStringLiteral("net_amount")), QJsonValue(netAmount));
    }

    void absentValuesOmitted()
    {
        // A bare order: nothing may be invented (no empty strings, no default dates, no zero prices).
        Order o;
        OrderLine l;
        l.lineNo = 1;
        o.lines << l;
        ExportContext c;
        const QJsonObject doc = exportDocument(o, c);
        QCOMPARE(keySet(doc),
                 (QSet<QString>{QStringLiteral("export_version"), QStringLiteral("customer"), QStringLiteral("header"),
                                QStringLiteral("lines"), QStringLiteral("totals"), QStringLiteral("meta")}));
        QVERIFY(obj(doc, "customer").isEmpty());
        QVERIFY(obj(doc, "header").isEmpty());
        QCOMPARE(doc.value(QStringLiteral("lines")).toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("line_no"), 1}}));
        const QJsonObject meta = obj(doc, "meta");
        QCOMPARE(keySet(meta),
                 (QSet<QString>{QStringLiteral("generator"), QStringLiteral("content_sha256")}));
        // No empty strings and no nulls anywhere in the document.
        const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        QVERIFY2(!bytes.contains("\"\""), bytes.constData());
        QVERIFY2(!bytes.contains("null"), bytes.constData());
    }

    void partialAddress()
    {
        Order o = fullOrder();
        o.shipTo = Address();
        o.shipTo.partyId = QStringLiteral("0003947268292");
        o.billTo = Address();
        const QJsonObject header = obj(exportDocument(o, context()), "header");
        QVERIFY(!header.contains(QStringLiteral("bill_to")));
        QCOMPARE(obj(header, "ship_to"), (QJsonObject{{QStringLiteral("party_id"), QStringLiteral("0003947268292")}}));
    }

    void datesIso_data()
    {
        QTest::addColumn<QDateTime>("approvedAt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc") << QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc()) << QStringLiteral("2025-01-02T03:04:05Z");
        QTest::newRow("positive offset crosses day")
            << QDateTime(QDate(2025, 1, 1), QTime(0, 30, 0), QTimeZone(2 * 3600))
            << QStringLiteral("2024-12-31T22:30:00Z");
        QTest::newRow("negative offset")
            << QDateTime(QDate(2025, 6, 30), QTime(20, 0, 0), QTimeZone(-7 * 3600))
            << QStringLiteral("2025-07-01T03:00:00Z");
        QTest::newRow("named zone summer")
            << QDateTime(QDate(2025, 7, 15), QTime(12, 0, 0), QTimeZone("Europe/Berlin")) << QStringLiteral("2025-07-15T10:00:00Z");
        QTest::newRow("milliseconds dropped")
            << QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc()) << QStringLiteral("2025-01-02T03:04:05Z");
        QTest::newRow("invalid omitted") << QDateTime() << QString();
    }
    void datesIso()
    {
        QFETCH(QDateTime, approvedAt);
        QFETCH(QString, expected);
        Order o = fullOrder();
        o.approvedAt = approvedAt;
        o.receivedAt = approvedAt;
        ExportContext c = context();
        c.exportedAt = approvedAt;
        const QJsonObject doc = exportDocument(o, c);
        const QJsonObject meta = obj(doc, "meta");
        if (expected.isNull()) {
            QVERIFY(!doc.contains(QStringLiteral("approved_at")));
            QVERIFY(!meta.contains(QStringLiteral("received_at")));
            QVERIFY(!meta.contains(QStringLiteral("exported_at")));
        } else {
            QCOMPARE(str(doc, "approved_at"), expected);
            QCOMPARE(str(meta, "received_at"), expected);
            QCOMPARE(str(meta, "exported_at"), expected);
        }
    }

    void contentSha256MatchesCompactSerialisation_data()
    {
        QTest::addColumn<bool>("identity");
        QTest::addColumn<QString>("customerName");
        QTest::newRow("full") << true << QStringLiteral("XYZ RETAIL");
        QTest::newRow("without identity") << false << QStringLiteral("XYZ RETAIL");
        QTest::newRow("non-ascii") << true << QStringLiteral("Müller & Söhne – „Großhandel“ 日本");
        QTest::newRow("quotes and control") << true << QStringLiteral("A \"quoted\" name\\with\ttab");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        QTest::newRow("every control character") << true << controls + QChar(0x7f) + QStringLiteral("/</script>");
        QTest::newRow("astral and separators") << true << QStringLiteral("Emoji \U0001F600 line\u2028para\u2029 bom\uFEFF nbsp\u00A0");
    }
    void contentSha256MatchesCompactSerialisation()
    {
        QFETCH(bool, identity);
        QFETCH(QString, customerName);
        Order o = fullOrder();
        o.customer.name = customerName;
        const QJsonObject doc = exportDocument(o, context(identity));
        const QString stated = str(obj(doc, "meta"), "content_sha256");
        QCOMPARE(stated, independentSha(doc));
        QCOMPARE(contentSha256(doc), stated);
        QVERIFY(verifyContentSha256(doc));

        // What an ERP does with the bytes it received: blank the hash field textually and hash the rest.
        const QByteArray bytes = exportJson(o, context(identity));
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), doc);
        // Byte for byte Qt's own compact form of the same document (the form the content hash is defined over).
        QCOMPARE(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact), bytes);
        QVERIFY(!bytes.contains('\n'));
        const QByteArray field = "\"content_sha256\":\"" + stated.toLatin1() + '"';
        QCOMPARE(bytes.count(field), 1);
        QByteArray blanked = bytes;
        blanked.replace(field, "\"content_sha256\":\"\"");
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(blanked, QCryptographicHash::Sha256).toHex()), stated);
    }

    void exportIsDeterministic()
    {
        QCOMPARE(exportJson(fullOrder(), context()), exportJson(fullOrder(), context()));
        Order other = fullOrder();
        other.lines[0].quantity = dec("121");
        QVERIFY(exportJson(other, context()) != exportJson(fullOrder(), context()));
    }

    void verifyDetectsTampering_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("valid");
        QTest::newRow("untouched") << QStringLiteral("none") << true;
        QTest::newRow("quantity changed") << QStringLiteral("quantity") << false;
        QTest::newRow("net amount changed") << QStringLiteral("net_amount") << false;
        QTest::newRow("line removed") << QStringLiteral("remove_line") << false;
        QTest::newRow("field added") << QStringLiteral("add_field") << false;
        QTest::newRow("customer renamed") << QStringLiteral("customer") << false;
        QTest::newRow("hash replaced") << QStringLiteral("other_hash") << false;
        QTest::newRow("hash empty") << QStringLiteral("empty_hash") << false;
        QTest::newRow("hash missing") << QStringLiteral("no_hash") << false;
        QTest::newRow("meta missing") << QStringLiteral("no_meta") << false;
        QTest::newRow("round trip through text") << QStringLiteral("reparse") << true;
    }
    void verifyDetectsTampering()
    {
        QFETCH(QString, change);
        QFETCH(bool, valid);
        QJsonObject doc = exportDocument(fullOrder(), context());
        QJsonObject meta = obj(doc, "meta");
        QJsonArray lines = doc.value(QStringLiteral("lines")).toArray();
        if (change == QLatin1String("quantity")) {
            QJsonObject l = lines.at(0).toObject();
            l[QStringLiteral("quantity")] = QStringLiteral("1200");
            lines[0] = l;
            doc[QStringLiteral("lines")] = lines;
        } else if (change == QLatin1String("net_amount")) {
            QJsonObject t = obj(doc, "totals");
            t[QStringLiteral("net_amount")] = QStringLiteral("0.01");
            doc[QStringLiteral("totals")] = t;
        } else if (change == QLatin1String("remove_line")) {
            lines.removeLast();
            doc[QStringLiteral("lines")] = lines;
        } else if (change == QLatin1String("add_field")) {
            doc[QStringLiteral("extra")] = true;
        } else if (change == QLatin1String("customer")) {
            QJsonObject c = obj(doc, "customer");
            c[QStringLiteral("name")] = QStringLiteral("XYZ RETAIL ");
            doc[QStringLiteral("customer")] = c;
        } else if (change == QLatin1String("other_hash")) {
            meta[QStringLiteral("content_sha256")] = QStringLiteral("0").repeated(64);
            doc[QStringLiteral("meta")] = meta;
        } else if (change == QLatin1String("empty_hash")) {
            meta[QStringLiteral("content_sha256")] = QString();
            doc[QStringLiteral("meta")] = meta;
        } else if (change == QLatin1String("no_hash")) {
            meta.remove(QStringLiteral("content_sha256"));
            doc[QStringLiteral("meta")] = meta;
        } else if (change == QLatin1String("no_meta")) {
            doc.remove(QStringLiteral("meta"));
        } else if (change == QLatin1String("reparse")) {
            doc = QJsonDocument::fromJson(QJsonDocument(doc).toJson(QJsonDocument::Indented)).object();
        }
        QCOMPARE(verifyContentSha256(doc), valid);
    }

    void withoutIdentity()
    {
        const QJsonObject with = exportDocument(fullOrder(), context(true));
        const QJsonObject without = exportDocument(fullOrder(), context(false));
        QVERIFY(!without.contains(QStringLiteral("draft_order_id")));
        QVERIFY(!without.contains(QStringLiteral("approved_at")));
        QVERIFY(!QJsonDocument(without).toJson().contains("9b1d2c1e"));
        QVERIFY(verifyContentSha256(without));
        // Everything else is the same document.
        QJsonObject stripped = with;
        stripped.remove(QStringLiteral("draft_order_id"));
        stripped.remove(QStringLiteral("approved_at"));
        QJsonObject a = stripped, b = without;
        for (QJsonObject *d : {&a, &b}) {
            QJsonObject m = d->value(QStringLiteral("meta")).toObject();
            m.remove(QStringLiteral("content_sha256"));
            (*d)[QStringLiteral("meta")] = m;
        }
        QCOMPARE(a, b);
        QVERIFY(str(obj(with, "meta"), "content_sha256") != str(obj(without, "meta"), "content_sha256"));
    }

    void idempotencyKeyInMeta()
    {
        // The key an ERP deduplicates on: the same push of the same order always carries the same key, and a
        // document without one (parse --json) simply has no such field.
        const QString key = QStringLiteral("5f").repeated(32);
        ExportContext c = context();
        c.idempotencyKey = key;
        const QJsonObject doc = exportDocument(fullOrder(), c);
        QCOMPARE(str(obj(doc, "meta"), "idempotency_key"), key);
        QVERIFY(verifyContentSha256(doc));
        // Covered by the content hash like every other field, with the hash rules unchanged.
        const QByteArray bytes = exportJson(fullOrder(), c);
        QCOMPARE(QJsonDocument::fromJson(bytes).object(), doc);
        QCOMPARE(str(obj(doc, "meta"), "content_sha256"), independentSha(doc));
        QCOMPARE(exportJson(fullOrder(), c), bytes);
        ExportContext other = c;
        other.idempotencyKey = QStringLiteral("a0").repeated(32);
        QVERIFY(str(obj(exportDocument(fullOrder(), other), "meta"), "content_sha256") != str(obj(doc, "meta"), "content_sha256"));

        QVERIFY(!obj(exportDocument(fullOrder(), context()), "meta").contains(QStringLiteral("idempotency_key")));
        QVERIFY(!obj(exportDocument(fullOrder(), context(false)), "meta").contains(QStringLiteral("idempotency_key")));
    }

    void exportedAtOmittedWhenUnset()
    {
        ExportContext c = context();
        c.exportedAt = QDateTime();
        c.sourceName.clear();
        c.orgSlug.clear();
        const QJsonObject doc = exportDocument(fullOrder(), c);
        QVERIFY(!doc.contains(QStringLiteral("org_slug")));
        QVERIFY(!obj(doc, "meta").contains(QStringLiteral("exported_at")));
        QVERIFY(!obj(doc, "meta").contains(QStringLiteral("source")));
        QVERIFY(verifyContentSha256(doc));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestExportJson)
#include "test_export_json.moc"
