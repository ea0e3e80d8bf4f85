// EDIFACT ORDERS → canonical orders, envelope checks with precise locations, and CONTRL when asked for.
#include "EdiTestSupport.h"

#include "formats/FormatRegistry.h"
#include "formats/edifact/EdifactOrdersReader.h"

#include <QTest>

using namespace orderflow;
using edi_test::errorsText;
using edi_test::edifactSegments;

namespace {

QByteArray message(const char *ref, const char *po, const QByteArray &lines = QByteArray(), int untCount = -1)
{
    QByteArray m = QByteArray("UNH+") + ref + "+ORDERS:D:96A:UN:EAN008'"
        "BGM+220+" + po + "+9'"
        "DTM+137:20240315:102'"
        "DTM+2:202404011200:203'"
        "FTX+AAI+++Ring the bell:at gate 2'"
        "NAD+BY+4012345000009::9++ACME Handel GmbH'"
        "NAD+DP+4012345000016::9++ACME Lager Nord+Hafenstr. 1+Hamburg++20457+DE'"
        "NAD+IV+4012345000023::9++ACME Buchhaltung+Postfach 7+Berlin++10115+DE'"
        "NAD+SU+4099999000008::9'"
        "CUX+2:EUR:9'";
    m += lines.isEmpty() ? QByteArray("LIN+1++4000862141404:EN'"
                                      "PIA+1+ART-1:SA+K-77:IN'"
                                      "IMD+F++:::Schrauben M4?:20 verzinkt:100 St?+ck'"
                                      "QTY+21:12.5:KGM'"
                                      "PRI+AAB:9.99'"
                                      "PRI+AAA:8.50'"
                                      "LIN+2'"
                                      "PIA+5+K-88:BP'"
                                      "QTY+21:3'"
                                      "LIN+3++ABC-9:SRS'"
                                      "QTY+21:1'"
                                      "UNS+S'"
                                      "CNT+2:3'")
                         : lines;
    const int count = int(m.count('\'')) - int(m.count("?'")) + 1;
    m += "UNT+" + QByteArray::number(untCount >= 0 ? untCount : count) + "+" + ref + "'";
    return m;
}

QByteArray interchange(const QList<QByteArray> &messages, const char *ack = "", const char *control = "IC-1")
{
    QByteArray out = QByteArray("UNA:+.? 'UNB+UNOC:3+BUYERGLN:14+OURGLN:14+240315:1200+") + control + "++++" + ack + "'";
    for (const QByteArray &m : messages)
        out += m;
    return out + "UNZ+" + QByteArray::number(messages.size()) + "+" + control + "'";
}

ParseResult read(const QByteArray &content, bool acks = false) { return edi_test::readEdifact(content, acks); }

} // namespace

class TestEdifactReader : public QObject {
    Q_OBJECT
private slots:
    void mapsAnOrdersMessage()
    {
        const ParseResult r = read(interchange({message("M1", "PO-100")}));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.orders.size(), 1);
        const Order &o = r.orders.first();
        QCOMPARE(o.sourceFormat, QStringLiteral("edifact-orders"));
        QCOMPARE(o.orderNumber, QStringLiteral("PO-100"));
        QCOMPARE(o.orderDate, QDate(2024, 3, 15));
        QCOMPARE(o.requestedDeliveryDate, QDate(2024, 4, 1));
        QCOMPARE(o.currency, QStringLiteral("EUR"));
        QCOMPARE(o.notes, QStringLiteral("Ring the bell at gate 2"));
        QCOMPARE(o.customer.partnerId, QStringLiteral("4012345000009"));
        QCOMPARE(o.customer.name, QStringLiteral("ACME Handel GmbH"));
        QCOMPARE(o.shipTo.partyId, QStringLiteral("4012345000016"));
        QCOMPARE(o.shipTo.name, QStringLiteral("ACME Lager Nord"));
        QCOMPARE(o.shipTo.street, QStringLiteral("Hafenstr. 1"));
        QCOMPARE(o.shipTo.city, QStringLiteral("Hamburg"));
        QCOMPARE(o.shipTo.postalCode, QStringLiteral("20457"));
        QCOMPARE(o.shipTo.country, QStringLiteral("DE"));
        QCOMPARE(o.billTo.name, QStringLiteral("ACME Buchhaltung"));
        QCOMPARE(o.billTo.city, QStringLiteral("Berlin"));
        QCOMPARE(o.declaredLineCount, std::optional<int>(3));
        QCOMPARE(o.lines.size(), 3);

        const OrderLine &l1 = o.lines[0];
        QCOMPARE(l1.lineNo, 1);
        QCOMPARE(l1.gtin, QStringLiteral("4000862141404"));   // LIN EN
        QCOMPARE(l1.sku, QStringLiteral("ART-1"));            // PIA SA
        QCOMPARE(l1.partnerSku, QStringLiteral("K-77"));      // PIA IN
        QCOMPARE(l1.description, QStringLiteral("Schrauben M4:20 verzinkt 100 St+ck"));   // released ':' and '+'
        QCOMPARE(l1.quantity->toString(), QStringLiteral("12.5"));
        QCOMPARE(l1.unit, QStringLiteral("KGM"));
        QCOMPARE(l1.unitPrice->toString(2), QStringLiteral("8.50"));   // AAA (net) beats AAB (gross)

        QCOMPARE(o.lines[1].partnerSku, QStringLiteral("K-88"));
        QCOMPARE(o.lines[1].sku, QStringLiteral("K-88"));     // no supplier number: the first id present
        QCOMPARE(o.lines[2].sku, QStringLiteral("ABC-9"));
        QVERIFY(o.lines[2].gtin.isEmpty());
        QCOMPARE(r.interchangeIds, QStringList{QStringLiteral("BUYERGLN/IC-1")});
    }

    void badMessageDoesNotTakeDownGoodOnes_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("ucm");
        QTest::newRow("UNT count wrong") << message("M2", "BAD", {}, 40) << QStringLiteral("UNT01")
                                         << QStringLiteral("UNT says 40 segments") << QStringLiteral("UCM|M2|ORDERS:D:96A:UN|4|29");
        QByteArray wrongRef = message("M2", "BAD");
        wrongRef.replace(wrongRef.lastIndexOf("M2"), 2, "M9");
        QTest::newRow("UNT reference differs") << wrongRef << QStringLiteral("UNT02") << QStringLiteral("does not match the UNH reference")
                                               << QStringLiteral("UCM|M2|ORDERS:D:96A:UN|4|28");
        QTest::newRow("quantity not a number") << message("M2", "BAD", "LIN+1++4000862141404:EN'QTY+21:zwölf'")
                                               << QStringLiteral("QTY01.2") << QStringLiteral("expected the ordered quantity as a number")
                                               << QStringLiteral("UCM|M2|ORDERS:D:96A:UN|4|12");
        QTest::newRow("bad order date") << QByteArray("UNH+M2+ORDERS:D:96A:UN'BGM+220+BAD+9'DTM+137:20241341:102'UNT+4+M2'")
                                        << QStringLiteral("DTM01.2") << QStringLiteral("expected a date in format 102")
                                        << QStringLiteral("UCM|M2|ORDERS:D:96A:UN|4|12");
        QTest::newRow("no BGM") << QByteArray("UNH+M2+ORDERS:D:96A:UN'LIN+1'UNT+3+M2'") << QString()
                                << QStringLiteral("no BGM segment") << QStringLiteral("UCM|M2|ORDERS:D:96A:UN|4|13");
    }
    void badMessageDoesNotTakeDownGoodOnes()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, element);
        QFETCH(QString, message);
        QFETCH(QString, ucm);
        const QByteArray content = interchange({::message("M1", "GOOD-1"), bad, ::message("M3", "GOOD-2")}, "1");
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 2);
        QCOMPARE(r.orders[0].orderNumber, QStringLiteral("GOOD-1"));
        QCOMPARE(r.orders[1].orderNumber, QStringLiteral("GOOD-2"));
        QVERIFY(!r.errors.isEmpty());
        const ParseError &e = r.errors.first();
        QVERIFY2(e.message.contains(message), qPrintable(errorsText(r)));
        QVERIFY2(e.message.contains(QStringLiteral("message M2")), qPrintable(e.message));
        QCOMPARE(e.element, element);
        QCOMPARE(e.interchange, QStringLiteral("IC-1"));
        QCOMPARE(e.file, QStringLiteral("orders.edi"));
        QVERIFY(e.segmentIndex > 0);
        QVERIFY(e.offset > 0 && e.offset < content.size());

        QCOMPARE(r.acknowledgements.size(), 1);
        const QStringList contrl = edifactSegments(r.acknowledgements.first().content);
        QVERIFY2(contrl.contains(ucm), qPrintable(contrl.join(QLatin1Char('\n'))));
        QVERIFY(contrl.contains(QStringLiteral("UCM|M1|ORDERS:D:96A:UN|7")));
        QVERIFY(contrl.contains(QStringLiteral("UCM|M3|ORDERS:D:96A:UN|7")));
    }

    // A message rejected for a broken segment tag says so at its UNH too (that error had no position at all).
    void rejectedMessageIsNamedAtItsUnh()
    {
        const QByteArray bad = "UNH+M2+ORDERS:D:96A:UN'BGM+220+BAD+9'b@d+1'UNT+4+M2'";
        const QByteArray content = interchange({::message("M1", "GOOD-1"), bad}, "1");
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 1);
        bool found = false;
        for (const ParseError &e : r.errors) {
            QVERIFY2(e.offset >= 0, qPrintable(e.toString()));
            if (e.message.contains(QLatin1String("message M2 (ORDERS) was rejected; no order was created"))) {
                found = true;
                QCOMPARE(e.offset, qint64(content.indexOf("UNH+M2")));
                QCOMPARE(e.segmentTag, QStringLiteral("UNH"));
            }
        }
        QVERIFY2(found, qPrintable(errorsText(r)));
    }

    void contrlOnlyWhenAskedFor()
    {
        QVERIFY(read(interchange({message("M1", "P")}, ""), true).acknowledgements.isEmpty());
        QVERIFY(read(interchange({message("M1", "P")}, "1"), false).acknowledgements.isEmpty());
        const ParseResult r = read(interchange({message("M1", "P")}, "1"), true);
        QCOMPARE(r.acknowledgements.size(), 1);
        const OutboundDocument &doc = r.acknowledgements.first();
        QCOMPARE(doc.kind, QStringLiteral("CONTRL"));
        QCOMPARE(doc.fileName, QStringLiteral("CONTRL_BUYERGLN_IC-1.edi"));
        QVERIFY(doc.content.startsWith("UNA:+.? '"));   // the partner's own service characters
        const QStringList contrl = edifactSegments(doc.content);
        QCOMPARE(contrl.size(), 6);
        QVERIFY2(contrl[0].startsWith(QStringLiteral("UNB|UNOC:3|OURGLN:14|BUYERGLN:14|")), qPrintable(contrl[0]));
        QCOMPARE(contrl[1], QStringLiteral("UNH|1|CONTRL:D:3:UN"));
        QCOMPARE(contrl[2], QStringLiteral("UCI|IC-1|BUYERGLN:14|OURGLN:14|7"));
        QCOMPARE(contrl[3], QStringLiteral("UCM|M1|ORDERS:D:96A:UN|7"));
        QCOMPARE(contrl[4], QStringLiteral("UNT|4|1"));
        QCOMPARE(contrl[5], QStringLiteral("UNZ|1|1"));   // provisional: the outbox numbers it (below)
        // The CONTRL itself reads back with consistent counts, and is never acknowledged in turn.
        const ParseResult again = read(doc.content, true);
        QVERIFY(again.acknowledgements.isEmpty());
        QCOMPARE(again.errors.size(), 1);
        QVERIFY2(again.errors.first().message.contains(QStringLiteral("syntax and service report")), qPrintable(errorsText(again)));
    }

    // Our UNB 0020 and UNH 0062 are our own numbers toward the partner (from the database when the outbox queues
    // the CONTRL), never the partner's interchange reference.
    void contrlCarriesOurControlNumbers()
    {
        const ParseResult r = read(interchange({message("M1", "P")}, "1", "PARTNER77"), true);
        QCOMPARE(r.acknowledgements.size(), 1);
        const OutboundDocument &doc = r.acknowledgements.first();
        QCOMPARE(doc.partner, QStringLiteral("edifact:14:BUYERGLN"));
        QCOMPARE(doc.groupCount, 0);
        QVERIFY(doc.write);
        const QStringList contrl = edifactSegments(doc.write(AckControlNumbers{4711, 1}));
        QVERIFY2(contrl[0].endsWith(QStringLiteral("|4711")), qPrintable(contrl[0]));
        QCOMPARE(contrl[1], QStringLiteral("UNH|4711|CONTRL:D:3:UN"));
        QCOMPARE(contrl[2], QStringLiteral("UCI|PARTNER77|BUYERGLN:14|OURGLN:14|7"));   // what it answers
        QCOMPARE(contrl[4], QStringLiteral("UNT|4|4711"));
        QCOMPARE(contrl[5], QStringLiteral("UNZ|1|4711"));
    }

    // A well-formed message of a type we do not process (an INVOIC among ORDERS) is rejected with 0085 code 17
    // "No agreement": acknowledging it (action 7) would tell the partner its invoice arrived and will be handled.
    void contrlRejectsOtherMessageTypesWithNoAgreement()
    {
        const QByteArray invoic = "UNH+M2+INVOIC:D:96A:UN'BGM+380+INV1'UNT+3+M2'";
        const ParseResult r = read(interchange({message("M1", "P"), invoic}, "1"), true);
        QCOMPARE(r.orders.size(), 1);
        QCOMPARE(r.acknowledgements.size(), 1);
        const QStringList contrl = edifactSegments(r.acknowledgements.first().content);
        QVERIFY2(contrl.contains(QStringLiteral("UCM|M1|ORDERS:D:96A:UN|7")), qPrintable(contrl.join(QLatin1Char('\n'))));
        QVERIFY2(contrl.contains(QStringLiteral("UCM|M2|INVOIC:D:96A:UN|4|17")), qPrintable(contrl.join(QLatin1Char('\n'))));
        QVERIFY2(contrl.contains(QStringLiteral("UCI|IC-1|BUYERGLN:14|OURGLN:14|7")), qPrintable(contrl.join(QLatin1Char('\n'))));
    }

    // Messages inside UNG … UNE groups are answered under a UCF per group (CONTRL segment group 3), messages outside
    // groups by UCM alone (segment group 1); group trailer errors are noted on the UCF.
    void contrlAnswersGroupsWithUcf()
    {
        const QByteArray content = "UNB+UNOA:2+S1:14+R:14+240315:1200+A1++++1'"
                                   "UNG+ORDERS+S1:14+R:14+240315:1200+G1+UN+D:96A'" + message("M1", "PO-A") + message("M2", "PO-B") + "UNE+2+G1'"
                                   "UNG+ORDERS+S1:14+R:14+240315:1200+G2+UN+D:96A'" + message("M3", "PO-C") + "UNE+5+G2'"
                                   "UNZ+2+A1'";
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 3);
        QCOMPARE(r.acknowledgements.size(), 1);
        const QStringList contrl = edifactSegments(r.acknowledgements.first().content);
        const QStringList expected{QStringLiteral("UCI|A1|S1:14|R:14|7"),
                                   QStringLiteral("UCF|G1|S1:14|R:14|7"),
                                   QStringLiteral("UCM|M1|ORDERS:D:96A:UN|7"),
                                   QStringLiteral("UCM|M2|ORDERS:D:96A:UN|7"),
                                   QStringLiteral("UCF|G2|S1:14|R:14|7|29"),
                                   QStringLiteral("UCM|M3|ORDERS:D:96A:UN|7"),
                                   QStringLiteral("UNT|8|1")};
        QCOMPARE(contrl.mid(2, expected.size()), expected);
        // It reads back with consistent counts.
        for (const ParseError &e : read(r.acknowledgements.first().content).errors)
            QVERIFY2(e.message.contains(QStringLiteral("syntax and service report")), qPrintable(e.toString()));
    }

    void neverAcknowledgeAContrl()
    {
        const QByteArray contrl = "UNB+UNOC:3+PARTNER+US+240315:1200+C1++++1'UNH+1+CONTRL:D:3:UN'UCI+X+US+PARTNER+7'"
                                  "UNT+3+1'UNZ+1+C1'";
        const ParseResult r = read(contrl, true);
        QVERIFY(r.orders.isEmpty());
        QVERIFY(r.acknowledgements.isEmpty());
    }

    void interchangeTrailerChecks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("uci");
        QByteArray count = interchange({message("M1", "P")}, "1");
        count.replace("UNZ+1+", "UNZ+2+");
        QTest::newRow("UNZ count wrong") << count << QStringLiteral("UNZ says 2 messages") << QStringLiteral("UCI|IC-1|BUYERGLN:14|OURGLN:14|7|29");
        QByteArray ref = interchange({message("M1", "P")}, "1");
        ref.replace("UNZ+1+IC-1", "UNZ+1+IC-2");
        QTest::newRow("UNZ reference differs") << ref << QStringLiteral("does not match the UNB control reference")
                                               << QStringLiteral("UCI|IC-1|BUYERGLN:14|OURGLN:14|7|28");
        QByteArray missing = interchange({message("M1", "P")}, "1");
        missing.chop(QByteArray("UNZ+1+IC-1'").size());
        QTest::newRow("UNZ missing") << missing << QStringLiteral("has no UNZ trailer") << QStringLiteral("UCI|IC-1|BUYERGLN:14|OURGLN:14|7|13");
    }
    void interchangeTrailerChecks()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QFETCH(QString, uci);
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 1);   // the message itself is complete
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(message), qPrintable(errorsText(r)));
        QVERIFY(edifactSegments(r.acknowledgements.first().content).contains(uci));
    }

    void groupsAndSeveralInterchanges()
    {
        const QByteArray grouped = "UNB+UNOA:2+S1:14+R:14+240315:1200+A1'UNG+ORDERS+S1+R+240315:1200+G1+UN+D:96A'"
            + message("M1", "PO-A") + message("M2", "PO-B") + "UNE+2+G1'UNZ+1+A1'";
        const QByteArray content = grouped + "\r\n" + interchange({message("M1", "PO-C")});
        const ParseResult r = read(content);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.orders.size(), 3);
        QCOMPARE(r.orders[2].orderNumber, QStringLiteral("PO-C"));
        QCOMPARE(r.interchangeIds, (QStringList{QStringLiteral("S1/A1"), QStringLiteral("BUYERGLN/IC-1")}));
    }

    void otherMessagesAreRefused()
    {
        const QByteArray invoic = "UNB+UNOA:2+S:14+R:14+240315:1200+A1'UNH+1+INVOIC:D:96A:UN'BGM+380+INV1'UNT+3+1'UNZ+1+A1'";
        const ParseResult r = read(invoic);
        QVERIFY(r.orders.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().element, QStringLiteral("UNH02.1"));
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("not an ORDERS")), qPrintable(errorsText(r)));
    }

    void junkIsReportedOrSkipped()
    {
        const QByteArray content = "@@@@ banner @@@@\r\n" + interchange({message("M1", "P")});
        ParseOptions options;
        ParseResult r = readEdifactOrders(content, options);
        QVERIFY(r.orders.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().offset, 0);
        options.skipLeadingJunk = true;
        r = readEdifactOrders(content, options);
        QCOMPARE(r.orders.size(), 1);
        QVERIFY(r.errors.isEmpty());
        // Auto-detection finds EDIFACT behind such a banner too.
        options.format = QStringLiteral("auto");
        QCOMPARE(parseDocument(content, options).orders.size(), 1);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestEdifactReader)
#include "test_edifact_reader.moc"
