// Every error points at the byte of the original file (issue 12, item 4): for each hand-made bad file, every
// error a reader reports is checked against the file itself — the bytes at the reported offset must be the ones
// the message names, also in files hard-wrapped with CR/LF every 80 bytes, where the readers take line breaks out.
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/json/PartnerJsonReader.h"
#include "formats/x12/X12OrderReader.h"

#include "EdiTestSupport.h"

#include <QTest>

using namespace orderflow;

namespace {

// CR/LF after every 80 bytes, the way mainframe partners and some VANs deliver files.
QByteArray hardWrapped(const QByteArray &content)
{
    QByteArray out;
    for (qsizetype i = 0; i < content.size(); i += 80)
        out += content.mid(i, 80) + "\r\n";
    return out;
}

// The original bytes from `offset` on, line breaks left out (a value may itself be split by a wrap), as many as
// `length` bytes of data.
QByteArray dataAt(const QByteArray &content, qint64 offset, qsizetype length)
{
    QByteArray out;
    for (qsizetype i = offset; i < content.size() && out.size() < length; ++i) {
        if (content[i] != '\r' && content[i] != '\n')
            out += content[i];
    }
    return out;
}

// The check itself: one expectation per error, in the order reported. Every offset lies inside the file, every
// message contains what it names, and the original file holds exactly that at the offset (its first byte is
// data, not a line break). An empty name checks the range only (a message about the end of the file).
void checkErrorsPointAtNamedBytes(const QByteArray &content, const QList<ParseError> &errors, const QList<QByteArray> &named)
{
    QStringList all;
    for (const ParseError &e : errors)
        all << e.toString();
    QVERIFY2(errors.size() == named.size(), qPrintable(all.join(QLatin1Char('\n'))));
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const ParseError &e = errors[i];
        QVERIFY2(e.offset >= 0 && e.offset < content.size(),
                 qPrintable(QStringLiteral("offset %1 outside the %2-byte file: %3").arg(e.offset).arg(content.size()).arg(e.toString())));
        if (named[i].isEmpty())
            continue;
        const QString name = QString::fromLatin1(named[i]).remove(QLatin1Char('"'));   // a JSON key is named without its quotes
        QVERIFY2(e.message.contains(name) || e.element.contains(name),
                 qPrintable(QStringLiteral("the message does not name '%1': %2").arg(QString::fromLatin1(named[i]), e.toString())));
        QVERIFY2(content[e.offset] != '\r' && content[e.offset] != '\n', qPrintable(e.toString()));
        const QByteArray found = dataAt(content, e.offset, named[i].size());
        QVERIFY2(found == named[i], qPrintable(QStringLiteral("byte %1 holds '%2', the message names '%3': %4")
                                                   .arg(e.offset).arg(QString::fromLatin1(found), QString::fromLatin1(named[i]), e.toString())));
    }
}

ParseResult read(const QByteArray &content, const QString &format)
{
    ParseOptions options;
    options.fileName = QStringLiteral("bad.") + format;
    if (format == QLatin1String("x12"))
        return readX12Orders(content, options);
    if (format == QLatin1String("edi"))
        return readEdifactOrders(content, options);
    return readPartnerJson(content, options);
}

QByteArray x12(const QByteArray &body, bool groupTrailer = true, bool interchangeTrailer = true)
{
    QByteArray set = "ST*850*0001~BEG*00*SA*PO-4711**20240315~N1*ST*ACME DC EAST*92*DC-1~N3*1 MAIN STREET*UNIT 5~"
                     "N4*SPRINGFIELD*IL*62701*US~" + body;
    set += "SE*" + QByteArray::number(set.count('~') + 1) + "*0001~";
    QByteArray out = edi_test::isa() + "GS*PO*SENDER*RECEIVER*20240315*1200*104*X*004010~" + set;
    if (groupTrailer)
        out += "GE*1*104~";
    if (interchangeTrailer)
        out += "IEA*1*000000905~";
    return out;
}

QByteArray edifact(const QByteArray &lines, bool group = false, bool groupTrailer = true, bool interchangeTrailer = true)
{
    QByteArray m = "UNH+M1+ORDERS:D:96A:UN'BGM+220+PO-4711+9'DTM+137:20240315:102'"
                   "NAD+DP+4012345000016::9++ACME Lager Nord+Hafenstrasse 1+Hamburg++20457+DE'" + lines;
    m += "UNT+" + QByteArray::number(m.count('\'') + 1) + "+M1'";
    QByteArray out = "UNA:+.? 'UNB+UNOC:3+BUYER:14+US:14+240315:1200+IC-77'";
    if (group)
        out += "UNG+ORDERS+BUYER+US+240315:1200+GRP-9+UN+D:96A'";
    out += m;
    if (group && groupTrailer)
        out += "UNE+1+GRP-9'";
    if (interchangeTrailer)
        out += "UNZ+1+IC-77'";
    return out;
}

} // namespace

class TestEdiErrorOffsets : public QObject {
    Q_OBJECT
private slots:
    void errorsPointAtTheNamedBytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QList<QByteArray>>("named");
        const QByteArray badQuantity = x12("PO1*1*1O*EA*2.50**VP*SKU-1~PO1*2*3*EA*2.50**VP*SKU-2~CTT*2~");
        QTest::newRow("X12 bad quantity") << QStringLiteral("x12") << badQuantity << QList<QByteArray>{"1O"};
        QTest::newRow("X12 bad quantity, hard-wrapped") << QStringLiteral("x12") << hardWrapped(badQuantity) << QList<QByteArray>{"1O"};
        // A line break inside the segment before the value: the reader takes it out, the offset must count it.
        QTest::newRow("X12 CR/LF inside the segment") << QStringLiteral("x12") << x12("PO1*1*3*E\r\nA*2.5O**VP*SKU-1~CTT*1~")
                                                      << QList<QByteArray>{"2.5O"};
        QTest::newRow("EDIFACT CR/LF inside the segment")
            << QStringLiteral("edi") << edifact("LIN+1++4000862141404:EN'QTY+21:5'").replace("DTM+137:20240315", "DTM+1\r\n37:2024134")
            << QList<QByteArray>{"2024134"};
        const QByteArray lateDate = x12("DTM*002*20241341~PO1*1*1*EA*2.50**VP*SKU-1~PO1*2*3*EA*2.50**VP*SKU-2~CTT*2~");
        QTest::newRow("X12 bad date, hard-wrapped") << QStringLiteral("x12") << hardWrapped(lateDate) << QList<QByteArray>{"20241341"};
        const QByteArray seCount = x12("PO1*1*1*EA*2.50**VP*SKU-1~CTT*1~").replace("SE*8*", "SE*40*");
        QTest::newRow("X12 SE count, hard-wrapped") << QStringLiteral("x12") << hardWrapped(seCount) << QList<QByteArray>{"40"};
        QTest::newRow("X12 no GE") << QStringLiteral("x12") << x12("PO1*1*1*EA*2.50**VP*SKU-1~CTT*1~", false)
                                   << QList<QByteArray>{"104"};
        QTest::newRow("X12 no GE, no IEA, hard-wrapped")
            << QStringLiteral("x12") << hardWrapped(x12("PO1*1*1*EA*2.50**VP*SKU-1~CTT*1~", false, false))
            << QList<QByteArray>{"000000905", "104"};
        QByteArray tooMany = "PO1*1*2*EA*3**VP*A-1";
        for (int e = 8; e <= 45; ++e)
            tooMany += "*X" + QByteArray::number(e);
        QTest::newRow("X12 too many elements, hard-wrapped") << QStringLiteral("x12") << hardWrapped(x12(tooMany + "~CTT*1~"))
                                                              << QList<QByteArray>{"X26"};

        const QByteArray badComponent = edifact("LIN+1++4000862141404:EN'QTY+21:1,234:KGM'");
        QTest::newRow("EDIFACT decimal mark, component") << QStringLiteral("edi") << badComponent << QList<QByteArray>{"1,234"};
        QTest::newRow("EDIFACT decimal mark, hard-wrapped") << QStringLiteral("edi") << hardWrapped(badComponent)
                                                            << QList<QByteArray>{"1,234"};
        const QByteArray badDate = edifact("LIN+1++4000862141404:EN'QTY+21:5'").replace("DTM+137:20240315", "DTM+137:20241341");
        QTest::newRow("EDIFACT bad date, hard-wrapped") << QStringLiteral("edi") << hardWrapped(badDate) << QList<QByteArray>{"20241341"};
        QTest::newRow("EDIFACT no UNE") << QStringLiteral("edi") << edifact("LIN+1++4000862141404:EN'QTY+21:5'", true, false)
                                        << QList<QByteArray>{"GRP-9"};
        QTest::newRow("EDIFACT no UNZ, hard-wrapped") << QStringLiteral("edi")
                                                      << hardWrapped(edifact("LIN+1++4000862141404:EN'QTY+21:5'", false, true, false))
                                                      << QList<QByteArray>{"IC-77"};

        QTest::newRow("JSON cut short") << QStringLiteral("json") << QByteArray("{\"id\": 1, \"items\": [") << QList<QByteArray>{""};
        QTest::newRow("JSON cut short after a value") << QStringLiteral("json") << QByteArray("{\"id\": 1") << QList<QByteArray>{""};
        QTest::newRow("JSON duplicate key") << QStringLiteral("json")
                                            << QByteArray("{\"id\": 1, \"customer\": \"A\", \"id\": 2, \"items\": []}")
                                            << QList<QByteArray>{"\"id\""};
    }
    void errorsPointAtTheNamedBytes()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, content);
        QFETCH(QList<QByteArray>, named);
        checkErrorsPointAtNamedBytes(content, read(content, format).errors, named);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestEdiErrorOffsets)
#include "test_edi_error_offsets.moc"
