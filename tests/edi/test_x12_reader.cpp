// X12 850 → canonical orders, envelope checks with precise locations, and the 997s sent back.
#include "EdiTestSupport.h"

#include "formats/FormatRegistry.h"
#include "formats/x12/X12Ebcdic.h"
#include "formats/x12/X12OrderReader.h"

#include <QRegularExpression>
#include <QTest>

using namespace orderflow;
using edi_test::errorsText;
using edi_test::isa;

namespace {

QByteArray set850(const char *control, const char *po, const QByteArray &lines = QByteArray(), int seCount = -1)
{
    QByteArray s = QByteArray("ST*850*") + control + "~"
        "BEG*00*SA*" + po + "**20240315~"
        "CUR*BY*EUR~"
        "DTM*002*20240401~"
        "NTE*GEN*Deliver to dock 4~"
        "N1*BY*ACME STORES*92*BUYER-7~"
        "N1*ST*ACME DC EAST*92*DC-1~"
        "N3*1 MAIN ST*UNIT 5~"
        "N4*SPRINGFIELD*IL*62701*US~"
        "N1*BT*ACME ACCOUNTS~"
        "N3*PO BOX 9~"
        "N4*CHICAGO*IL*60601~"
        "N1*SF*SUPPLIER WAREHOUSE~";
    s += lines.isEmpty() ? QByteArray("PO1*1*12*EA*2.50**VP*SKU-1*BP*BUY-1*UP*012345678905~"
                                      "PID*F****Blue widget~"
                                      "PID*F****extra detail~"
                                      "PO1*2*3*CA*10**IN*BUY-2*VN*VEND-2~"
                                      "PO1*3*1*EA***UK*00012345678905*CB*CAT-3~"
                                      "CTT*3~")
                         : lines;
    const int count = int(s.count('~')) + 1;
    s += "SE*" + QByteArray::number(seCount >= 0 ? seCount : count) + "*" + control + "~";
    return s;
}

QByteArray interchange(const QList<QByteArray> &sets, const char *groupControl = "7", int geCount = -1,
                       const char *ieaControl = "000000905")
{
    QByteArray g = QByteArray("GS*PO*SENDER*RECEIVER*20240315*1200*") + groupControl + "*X*004010~";
    for (const QByteArray &s : sets)
        g += s;
    g += "GE*" + QByteArray::number(geCount >= 0 ? geCount : int(sets.size())) + "*" + groupControl + "~";
    return isa() + g + "IEA*1*" + ieaControl + "~";
}

ParseResult read(const QByteArray &content, bool acks = false) { return edi_test::readX12(content, acks); }

QStringList segmentsOf(const QByteArray &x12)
{
    return edi_test::x12Segments(x12);
}

} // namespace

class TestX12Reader : public QObject {
    Q_OBJECT
private slots:
    void mapsAPurchaseOrder()
    {
        const ParseResult r = read(interchange({set850("0001", "PO-100")}));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.orders.size(), 1);
        const Order &o = r.orders.first();
        QCOMPARE(o.sourceFormat, QStringLiteral("x12-850"));
        QCOMPARE(o.orderNumber, QStringLiteral("PO-100"));
        QCOMPARE(o.orderDate, QDate(2024, 3, 15));
        QCOMPARE(o.requestedDeliveryDate, QDate(2024, 4, 1));
        QCOMPARE(o.currency, QStringLiteral("EUR"));
        QCOMPARE(o.notes, QStringLiteral("Deliver to dock 4"));
        QCOMPARE(o.customer.partnerId, QStringLiteral("BUYER-7"));
        QCOMPARE(o.customer.name, QStringLiteral("ACME STORES"));
        QCOMPARE(o.shipTo.name, QStringLiteral("ACME DC EAST"));
        QCOMPARE(o.shipTo.partyId, QStringLiteral("DC-1"));
        QCOMPARE(o.shipTo.street, QStringLiteral("1 MAIN ST, UNIT 5"));
        QCOMPARE(o.shipTo.city, QStringLiteral("SPRINGFIELD"));
        QCOMPARE(o.shipTo.region, QStringLiteral("IL"));
        QCOMPARE(o.shipTo.postalCode, QStringLiteral("62701"));
        QCOMPARE(o.shipTo.country, QStringLiteral("US"));
        QCOMPARE(o.billTo.name, QStringLiteral("ACME ACCOUNTS"));
        QCOMPARE(o.billTo.street, QStringLiteral("PO BOX 9"));
        QCOMPARE(o.billTo.city, QStringLiteral("CHICAGO"));
        QCOMPARE(o.declaredLineCount, std::optional<int>(3));
        QCOMPARE(o.lines.size(), 3);

        const OrderLine &l1 = o.lines[0];
        QCOMPARE(l1.lineNo, 1);
        QCOMPARE(l1.quantity->toString(), QStringLiteral("12"));
        QCOMPARE(l1.unit, QStringLiteral("EA"));
        QCOMPARE(l1.unitPrice->toString(2), QStringLiteral("2.50"));
        QCOMPARE(l1.sku, QStringLiteral("SKU-1"));          // VP
        QCOMPARE(l1.partnerSku, QStringLiteral("BUY-1"));   // BP
        QCOMPARE(l1.gtin, QStringLiteral("012345678905"));  // UP
        QCOMPARE(l1.description, QStringLiteral("Blue widget"));   // the first PID05 names the item

        const OrderLine &l2 = o.lines[1];
        QCOMPARE(l2.partnerSku, QStringLiteral("BUY-2"));   // IN
        QCOMPARE(l2.sku, QStringLiteral("VEND-2"));         // no VP: the vendor's item number VN
        QCOMPARE(l2.unit, QStringLiteral("CA"));
        QVERIFY(l2.description.isEmpty());

        const OrderLine &l3 = o.lines[2];
        QCOMPARE(l3.gtin, QStringLiteral("00012345678905"));   // UK
        QCOMPARE(l3.sku, QStringLiteral("00012345678905"));    // no supplier id at all: the first id present
        QVERIFY(!l3.unitPrice.has_value());
        QCOMPARE(r.interchangeIds, QStringList{QStringLiteral("SENDERID/000000905")});
    }

    void customerFallsBackToTheSender()
    {
        const QByteArray lines = "PO1*1*1*EA*1**VP*X~";
        QByteArray set = "ST*850*0001~BEG*00*SA*PO-9**20240315~N1*ST*STORE 12~" + lines + "SE*5*0001~";
        const ParseResult r = read(interchange({set}));
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.orders.first().customer.partnerId, QStringLiteral("SENDERID"));
        QCOMPARE(r.orders.first().customer.name, QStringLiteral("STORE 12"));
    }

    // A set with a problem is rejected with a precise location; good sets in the same file still come through.
    void badSetDoesNotTakeDownGoodOnes_data()
    {
        QTest::addColumn<QByteArray>("badSet");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("ak5");
        QTest::newRow("SE01 count wrong") << set850("0002", "PO-BAD", {}, 99) << QStringLiteral("SE01")
                                          << QStringLiteral("SE") << QStringLiteral("SE01 says 99 segments") << QStringLiteral("AK5*R*4");
        QByteArray wrongControl = set850("0002", "PO-BAD");
        wrongControl.replace(wrongControl.lastIndexOf("0002"), 4, "0003");
        QTest::newRow("SE02 differs from ST02") << wrongControl << QStringLiteral("SE02") << QStringLiteral("SE")
                                                << QStringLiteral("does not match the ST02") << QStringLiteral("AK5*R*3");
        QTest::newRow("quantity not a number")
            << set850("0002", "PO-BAD", "PO1*1*1O*EA*2**VP*X~CTT*1~") << QStringLiteral("PO102") << QStringLiteral("PO1")
            << QStringLiteral("expected the quantity ordered as a number, found '1O'") << QStringLiteral("AK5*R*5");
        QTest::newRow("bad order date")
            << QByteArray("ST*850*0002~BEG*00*SA*PO-BAD**20241341~PO1*1*1*EA~SE*4*0002~") << QStringLiteral("BEG05")
            << QStringLiteral("BEG") << QStringLiteral("expected the order date as CCYYMMDD") << QStringLiteral("AK5*R*5");
        QTest::newRow("no BEG") << QByteArray("ST*850*0002~PO1*1*1*EA~SE*3*0002~") << QString() << QStringLiteral("BEG")
                                << QStringLiteral("no BEG segment") << QStringLiteral("AK5*R*5");
    }
    void badSetDoesNotTakeDownGoodOnes()
    {
        QFETCH(QByteArray, badSet);
        QFETCH(QString, element);
        QFETCH(QString, tag);
        QFETCH(QString, message);
        QFETCH(QString, ak5);
        const QByteArray content = interchange({set850("0001", "PO-GOOD"), badSet, set850("0003", "PO-GOOD-2")});
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 2);
        QCOMPARE(r.orders[0].orderNumber, QStringLiteral("PO-GOOD"));
        QCOMPARE(r.orders[1].orderNumber, QStringLiteral("PO-GOOD-2"));
        QVERIFY(!r.errors.isEmpty());
        const ParseError &e = r.errors.first();
        QVERIFY2(e.message.contains(message), qPrintable(errorsText(r)));
        QVERIFY2(e.message.contains(QStringLiteral("0002")), qPrintable(e.message));   // which set
        QCOMPARE(e.element, element);
        QCOMPARE(e.segmentTag, tag);
        QCOMPARE(e.file, QStringLiteral("po.x12"));
        QCOMPARE(e.interchange, QStringLiteral("000000905"));
        QVERIFY(e.segmentIndex > 0);
        QVERIFY(e.offset > 0 && e.offset < content.size());

        // The 997 rejects exactly that set, with AK3/AK4 detail when the problem is inside the set.
        QCOMPARE(r.acknowledgements.size(), 1);
        const QStringList ack = segmentsOf(r.acknowledgements.first().content);
        QVERIFY2(ack.contains(QStringLiteral("AK2|850|0002")), qPrintable(ack.join(QLatin1Char('\n'))));
        const int at = int(ack.indexOf(QStringLiteral("AK2|850|0002")));
        const QStringList rest = ack.mid(at + 1);
        const QString ak5Line = rest.filter(QRegularExpression(QStringLiteral("^AK5\\|"))).first();
        QCOMPARE(ak5Line, QString(ak5).replace(QLatin1Char('*'), QLatin1Char('|')));
        if (ak5.endsWith(QLatin1String("*5")))
            QVERIFY2(rest.first().startsWith(QStringLiteral("AK3|") + tag + QLatin1Char('|')), qPrintable(rest.first()));
        QVERIFY(ack.contains(QStringLiteral("AK9|P|3|3|2")));
    }

    void elementOffsetPointsAtTheValue()
    {
        const QByteArray content = interchange({set850("0001", "PO-1", "PO1*1*ABC*EA*2**VP*X~CTT*1~")});
        const ParseResult r = read(content);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(content.mid(r.errors.first().offset, 3), QByteArray("ABC"));
        QCOMPARE(r.errors.first().element, QStringLiteral("PO102"));
        QCOMPARE(r.errors.first().segmentIndex, 2 + 14);   // ISA, GS, then the 14th segment of the set
    }

    void envelopeTrailerChecks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("ak9");
        QTest::newRow("GE01 count wrong") << interchange({set850("0001", "P")}, "7", 2) << QStringLiteral("GE01")
                                          << QStringLiteral("GE01 says 2 transaction sets") << QStringLiteral("AK9|E|2|1|1|5");
        QByteArray geControl = interchange({set850("0001", "P")});
        geControl.replace("GE*1*7~", "GE*1*8~");
        QTest::newRow("GE02 differs from GS06") << geControl << QStringLiteral("GE02") << QStringLiteral("GS06")
                                                << QStringLiteral("AK9|E|1|1|1|4");
        QTest::newRow("IEA02 differs from ISA13") << interchange({set850("0001", "P")}, "7", -1, "000000906")
                                                  << QStringLiteral("IEA02") << QStringLiteral("ISA13") << QStringLiteral("AK9|A|1|1|1");
        QByteArray ieaCount = interchange({set850("0001", "P")});
        ieaCount.replace("IEA*1*", "IEA*2*");
        QTest::newRow("IEA01 count wrong") << ieaCount << QStringLiteral("IEA01") << QStringLiteral("IEA01 says 2 functional groups")
                                           << QStringLiteral("AK9|A|1|1|1");
        QByteArray noGe = interchange({set850("0001", "P")});
        noGe.replace("GE*1*7~", "");
        QTest::newRow("GE missing") << noGe << QStringLiteral("GS06") << QStringLiteral("no GE trailer") << QStringLiteral("AK9|E|1|1|1|3");
    }
    void envelopeTrailerChecks()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, element);
        QFETCH(QString, message);
        QFETCH(QString, ak9);
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 1);   // the set itself is intact: trailer problems are reported, not fatal
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errors.first().message.contains(message), qPrintable(errorsText(r)));
        QCOMPARE(r.errors.first().element, element);
        QCOMPARE(r.acknowledgements.size(), 1);
        QVERIFY2(segmentsOf(r.acknowledgements.first().content).contains(ak9),
                 qPrintable(QString::fromLatin1(r.acknowledgements.first().content)));
    }

    void truncatedFileKeepsCompleteSets()
    {
        QByteArray content = interchange({set850("0001", "PO-1"), set850("0002", "PO-2")});
        content.truncate(content.indexOf("ST*850*0002") + 40);
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 1);
        QVERIFY2(errorsText(r).contains(QStringLiteral("has no SE trailer")), qPrintable(errorsText(r)));
        QVERIFY2(errorsText(r).contains(QStringLiteral("has no IEA trailer")), qPrintable(errorsText(r)));
        const QStringList ack = segmentsOf(r.acknowledgements.first().content);
        QVERIFY(ack.contains(QStringLiteral("AK5|R|2")));
        QVERIFY(ack.contains(QStringLiteral("AK9|P|2|2|1|3")));
    }

    // A set that is not an 850 and has no SE is named at its ST like an 850 would be (it had no position at all).
    void otherSetWithoutSeIsNamedAtItsSt()
    {
        const QByteArray content = interchange({"ST*810*0009~BIG*20240315*INV-1~", set850("0001", "PO-1")});
        const ParseResult r = read(content, true);
        QCOMPARE(r.orders.size(), 1);
        const qsizetype st = content.indexOf("ST*810*0009");
        bool found = false;
        for (const ParseError &e : r.errors) {
            if (!e.message.contains(QLatin1String("transaction set 0009 (810) has no SE trailer")))
                continue;
            found = true;
            QCOMPARE(e.offset, qint64(st));
            QCOMPARE(e.segmentTag, QStringLiteral("ST"));
            QCOMPARE(e.interchange, QStringLiteral("000000905"));
        }
        QVERIFY2(found, qPrintable(errorsText(r)));
    }

    // Between an IEA and the next ISA nothing belongs to an interchange: an error there names none (like EDIFACT
    // after a UNZ), never the one the IEA closed; the next interchange's own errors name it.
    void errorsAfterIeaNameNoInterchange()
    {
        QByteArray second = interchange({set850("0001", "PO-2", "PO1*1*x*EA*2**VP*A~CTT*1~")});
        second.replace("000000905", "000000906");
        const QByteArray content = interchange({set850("0001", "PO-1")}) + "GE*1*7~" + second;
        const ParseResult r = read(content);
        QCOMPARE(r.orders.size(), 1);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors[0].offset, qint64(content.indexOf("GE*1*7~IS")));
        QVERIFY2(r.errors[0].message.contains(QStringLiteral("where an interchange header (ISA) was expected")), qPrintable(errorsText(r)));
        QCOMPARE(r.errors[0].interchange, QString());
        QVERIFY2(!r.errors[0].toString().contains(QStringLiteral("000000905")), qPrintable(r.errors[0].toString()));
        QCOMPARE(r.errors[1].element, QStringLiteral("PO102"));
        QCOMPARE(r.errors[1].interchange, QStringLiteral("000000906"));
    }

    void acknowledgementEnvelope()
    {
        ParseResult r = read(interchange({set850("0001", "PO-1")}), false);
        QVERIFY(r.acknowledgements.isEmpty());   // only when the source asks for them
        r = read(interchange({set850("0001", "PO-1")}), true);
        QCOMPARE(r.acknowledgements.size(), 1);
        const OutboundDocument &doc = r.acknowledgements.first();
        QCOMPARE(doc.kind, QStringLiteral("997"));
        QCOMPARE(doc.fileName, QStringLiteral("997_SENDERID_000000905.x12"));
        QCOMPARE(doc.content.indexOf("GS*"), 106);   // a fixed-length ISA
        const QStringList ack = segmentsOf(doc.content);
        QCOMPARE(ack.size(), 10);
        QVERIFY(ack[0].contains(QStringLiteral("|ZZ|RECEIVERID     |ZZ|SENDERID       |")));   // addressed back
        QVERIFY(ack[1].startsWith(QStringLiteral("GS|FA|RECEIVER|SENDER|")));
        QCOMPARE(ack[2], QStringLiteral("ST|997|0001"));
        QCOMPARE(ack[3], QStringLiteral("AK1|PO|7"));
        QCOMPARE(ack[4], QStringLiteral("AK2|850|0001"));
        QCOMPARE(ack[5], QStringLiteral("AK5|A"));
        QCOMPARE(ack[6], QStringLiteral("AK9|A|1|1|1"));
        QCOMPARE(ack[7], QStringLiteral("SE|6|0001"));
        QVERIFY(ack[8].startsWith(QStringLiteral("GE|1|")));
        QCOMPARE(ack[9], QStringLiteral("IEA|1|000000001"));   // provisional: the outbox numbers it (below)
        // The 997 reads back cleanly: counts and control numbers agree.
        const ParseResult again = read(doc.content);
        for (const ParseError &e : again.errors)
            QVERIFY2(e.message.contains(QStringLiteral("functional acknowledgement")), qPrintable(e.toString()));
    }

    // ISA13, GS06 and ST02 of the 997 are our own numbers toward the partner (from the database when the outbox
    // queues it), never the partner's ISA13: that collided with any other numbering of ours toward the partner.
    void acknowledgementCarriesOurControlNumbers()
    {
        QByteArray twoGroups = interchange({set850("0001", "PO-1")});
        const qsizetype ge = twoGroups.indexOf("IEA*");
        twoGroups.insert(ge, "GS*PO*SENDER*RECEIVER*20240315*1200*8*X*004010~" + set850("0002", "PO-2") + "GE*1*8~");
        twoGroups.replace("IEA*1*", "IEA*2*");
        const ParseResult r = read(twoGroups, true);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.acknowledgements.size(), 1);
        const OutboundDocument &doc = r.acknowledgements.first();
        QCOMPARE(doc.partner, QStringLiteral("x12:ZZ:SENDERID"));
        QCOMPARE(doc.groupCount, 2);
        QVERIFY(doc.write);
        const QStringList ack = segmentsOf(doc.write(AckControlNumbers{42, 60}));
        QVERIFY2(ack[0].contains(QStringLiteral("|000000042|")), qPrintable(ack[0]));
        QVERIFY2(!ack.join(QLatin1Char('\n')).contains(QStringLiteral("905")), qPrintable(ack.join(QLatin1Char('\n'))));
        const QStringList gs = ack.filter(QRegularExpression(QStringLiteral("^(GS|ST|SE|GE)\\|")));
        QCOMPARE(gs.size(), 8);
        QVERIFY2(gs[0].contains(QStringLiteral("|60|X|")), qPrintable(gs[0]));
        QCOMPARE(gs[1], QStringLiteral("ST|997|0060"));
        QCOMPARE(gs[2].section(QLatin1Char('|'), 2), QStringLiteral("0060"));
        QCOMPARE(gs[3], QStringLiteral("GE|1|60"));
        QVERIFY2(gs[4].contains(QStringLiteral("|61|X|")), qPrintable(gs[4]));
        QCOMPARE(gs[5], QStringLiteral("ST|997|0061"));
        QCOMPARE(gs[7], QStringLiteral("GE|1|61"));
        QCOMPARE(ack.last(), QStringLiteral("IEA|2|000000042"));
    }

    void neverAcknowledgeAnAcknowledgement()
    {
        const QByteArray ack997 = isa() + "GS*FA*SENDER*RECEIVER*20240315*1200*9*X*004010~ST*997*0001~AK1*PO*7~"
                                          "AK9*A*1*1*1~SE*4*0001~GE*1*9~IEA*1*000000905~";
        const ParseResult r = read(ack997, true);
        QVERIFY(r.orders.isEmpty());
        QVERIFY(r.acknowledgements.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("functional acknowledgement")), qPrintable(errorsText(r)));
    }

    void otherTransactionSetsAreRefused()
    {
        const QByteArray invoice = isa() + "GS*IN*SENDER*RECEIVER*20240315*1200*9*X*004010~ST*810*0001~BIG*20240315*INV1~"
                                           "SE*3*0001~GE*1*9~IEA*1*000000905~";
        const ParseResult r = read(invoice, true);
        QVERIFY(r.orders.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().element, QStringLiteral("ST01"));
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("not a purchase order")), qPrintable(errorsText(r)));
        // The 997 says the group type is not supported (AK9 code 1) rather than pretending to accept it.
        QVERIFY(segmentsOf(r.acknowledgements.first().content).contains(QStringLiteral("AK9|R|1|1|0|1")));
    }

    void severalInterchangesWithTheirOwnDelimiters()
    {
        QByteArray second = interchange({set850("0001", "PO-2")});
        second.replace("000000905", "000000906");
        for (char &c : second) {
            if (c == '*')
                c = '|';
            else if (c == '~')
                c = '\x15';
        }
        const ParseResult r = read(interchange({set850("0001", "PO-1")}) + "\r\n" + second + "\x1A", true);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.orders.size(), 2);
        QCOMPARE(r.orders[1].orderNumber, QStringLiteral("PO-2"));
        QCOMPARE(r.interchangeIds, (QStringList{QStringLiteral("SENDERID/000000905"), QStringLiteral("SENDERID/000000906")}));
        QCOMPARE(r.acknowledgements.size(), 2);
        // Each 997 speaks its partner's dialect.
        QVERIFY(r.acknowledgements[1].content.contains("AK1|PO|7\x15"));
    }

    void ebcdicIsTranscoded()
    {
        // Build an EBCDIC file by inverting the decoder, so the test needs no code page table of its own.
        QByteArray toEbcdic(256, '\0');
        for (int b = 0; b < 256; ++b)
            toEbcdic[uchar(ebcdicToLatin1(QByteArray(1, char(b)))[0])] = char(b);
        const QByteArray ascii = interchange({set850("0001", "PO-EBCDIC")});
        QByteArray ebcdic;
        for (const char c : ascii)
            ebcdic += toEbcdic[uchar(c)];
        QVERIFY(looksLikeEbcdicX12(ebcdic));
        QVERIFY(!looksLikeEbcdicX12(ascii));
        const ParseResult r = read(ebcdic);
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
        QCOMPARE(r.orders.size(), 1);
        QCOMPARE(r.orders.first().orderNumber, QStringLiteral("PO-EBCDIC"));
    }

    void dispatchedByTheFormatRegistry()
    {
        ParseOptions options;
        options.format = QStringLiteral("x12-850");
        const ParseResult r = parseDocument(interchange({set850("0001", "PO-1")}), options);
        QCOMPARE(r.orders.size(), 1);
        options.format = QStringLiteral("auto");
        const QByteArray withBlankLine = QByteArray("\r\n") + interchange({set850("0001", "PO-1")});
        QCOMPARE(parseDocument(withBlankLine, options).orders.size(), 1);
    }

    void nothingUsable_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not X12") << QByteArray("hello world") << QStringLiteral("where an interchange header (ISA) was expected");
        QTest::newRow("segment tag garbage")
            << interchange({QByteArray("ST*850*0001~BEG*00*SA*P**20240101~p o*1~SE*4*0001~")}) << QStringLiteral("is not a segment tag");
    }
    void nothingUsable()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const ParseResult r = read(content, true);
        QVERIFY(r.orders.isEmpty());
        QVERIFY2(errorsText(r).contains(message), qPrintable(errorsText(r)));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestX12Reader)
#include "test_x12_reader.moc"
