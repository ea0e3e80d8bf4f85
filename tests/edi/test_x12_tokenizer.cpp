// The X12 tokenizer on small interchanges written for each framing rule.
#include "EdiTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace orderflow;
using edi_test::isa;
using edi_test::x12Segments;

namespace {

// The body of a one-order interchange with '*' and '~', to be reframed by each test row.
QByteArray body()
{
    return "GS*PO*SENDER*RECEIVER*20240102*1200*7*X*004010~"
           "ST*850*0001~"
           "BEG*00*SA*PO-1**20240102~"
           "PO1*1*2*EA*3.5**VP*A-1~"
           "CTT*1~"
           "SE*5*0001~"
           "GE*1*7~"
           "IEA*1*000000905~";
}

QByteArray reframe(QByteArray content, char element, char terminator, const QByteArray &suffix)
{
    QByteArray out;
    for (const char c : content) {
        if (c == '*')
            out += element;
        else if (c == '~')
            out += QByteArray(1, terminator) + suffix;
        else
            out += c;
    }
    return out;
}

QByteArray wrapAt80(const QByteArray &content, const QByteArray &lineBreak)
{
    QByteArray out;
    for (qsizetype i = 0; i < content.size(); i += 80)
        out += content.mid(i, 80) + lineBreak;
    return out;
}

const QStringList kExpected{
    QStringLiteral("GS|PO|SENDER|RECEIVER|20240102|1200|7|X|004010"), QStringLiteral("ST|850|0001"),
    QStringLiteral("BEG|00|SA|PO-1||20240102"), QStringLiteral("PO1|1|2|EA|3.5||VP|A-1"), QStringLiteral("CTT|1"),
    QStringLiteral("SE|5|0001"), QStringLiteral("GE|1|7"), QStringLiteral("IEA|1|000000905")};

} // namespace

class TestX12Tokenizer : public QObject {
    Q_OBJECT
private slots:
    // Every framing a partner uses must give the same segments.
    void framing_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray plain = isa() + body();
        QTest::newRow("tilde, no line breaks") << plain;
        QTest::newRow("tilde + LF") << reframe(isa('*', 'U', "00401", "000000905", '>', '~') + body(), '*', '~', "\n");
        QTest::newRow("tilde + CRLF") << reframe(plain, '*', '~', "\r\n");
        QTest::newRow("tilde + space") << reframe(plain, '*', '~', " ");
        QTest::newRow("LF as terminator") << reframe(plain, '*', '\n', "");
        QTest::newRow("CR as terminator + LF") << reframe(plain, '*', '\r', "\n");
        QTest::newRow("NAK terminator, DEL separator") << reframe(plain, '\x7F', '\x15', "");
        QTest::newRow("NAK terminator + CRLF") << reframe(plain, '*', '\x15', "\r\n");
        QTest::newRow("pipe separator") << reframe(plain, '|', '~', "\n");
        QTest::newRow("hard-wrapped at 80, LF") << wrapAt80(plain, "\n");
        QTest::newRow("hard-wrapped at 80, CRLF") << wrapAt80(plain, "\r\n");
        QTest::newRow("hard-wrapped, tilde + space") << wrapAt80(reframe(plain, '*', '~', " "), "\n");
        QTest::newRow("leading blank line") << QByteArray(QByteArray("\r\n") + plain);
        QTest::newRow("UTF-8 BOM") << QByteArray(QByteArray("\xEF\xBB\xBF") + plain);
        QTest::newRow("trailing DOS EOF") << QByteArray(plain + "\x1A");
        QTest::newRow("trailing NUL padding") << QByteArray(plain + QByteArray(5, '\0'));
        QTest::newRow("no final terminator") << plain.chopped(1);
        QTest::newRow("no final terminator, then EOF byte") << QByteArray(plain.chopped(1) + "\r\n\x1A");
    }
    void framing()
    {
        QFETCH(QByteArray, content);
        int errors = -1;
        const QStringList segments = x12Segments(content, &errors);
        QCOMPARE(errors, 0);
        QCOMPARE(segments.size(), kExpected.size() + 1);
        QVERIFY2(segments.first().startsWith(QStringLiteral("ISA|00|")), qPrintable(segments.first()));
        QCOMPARE(segments.mid(1), kExpected);
    }

    void delimitersComeFromEachIsa()
    {
        const QByteArray first = isa() + body();
        const QByteArray second = reframe(isa('*', '^', "00403", "000000906", ':', '~') + body(), '|', '\x15', "\r\n");
        const QByteArray content = first + "\n" + second;
        X12Tokenizer tokenizer(content);
        X12Segment segment;
        X12LexError error;
        QList<char> separators;
        QList<char> repetitions;
        int isaCount = 0;
        while (tokenizer.next(segment, error) == X12Tokenizer::Step::Segment) {
            if (segment.is("ISA")) {
                ++isaCount;
                separators << tokenizer.delimiters().element;
                repetitions << tokenizer.delimiters().repetition;
            }
        }
        QCOMPARE(isaCount, 2);
        QCOMPARE(separators, (QList<char>{'*', '|'}));
        // ISA11 is a repetition separator from 00402 on, a code ("U") before.
        QCOMPARE(repetitions, (QList<char>{'\0', '^'}));
        QCOMPARE(tokenizer.delimiters().segment, '\x15');
        QCOMPARE(tokenizer.delimiters().component, ':');
        QCOMPARE(QByteArray(tokenizer.segmentSuffix().toByteArray()), QByteArray("\r\n"));
    }

    void elementsComponentsAndOffsets()
    {
        const QByteArray content = isa() + "GS*PO*A*B*20240102*1200*7*X*004010~ST*850*1~REF*ZZ*A>B>>D~";
        X12Tokenizer tokenizer(content);
        X12Segment segment;
        X12LexError error;
        for (int i = 0; i < 4; ++i)
            QCOMPARE(tokenizer.next(segment, error), X12Tokenizer::Step::Segment);
        QCOMPARE(segment.tag(), QByteArrayView("REF"));
        QCOMPARE(segment.index(), 4);
        QCOMPARE(segment.offset(), content.indexOf("REF"));
        QCOMPARE(segment.elementOffset(2), content.indexOf("A>B"));
        QCOMPARE(segment.component(2, 1), QByteArrayView("A"));
        QCOMPARE(segment.component(2, 2), QByteArrayView("B"));
        QCOMPARE(segment.component(2, 3), QByteArrayView(""));
        QCOMPARE(segment.component(2, 4), QByteArrayView("D"));
        QCOMPARE(segment.component(2, 5), QByteArrayView());
        QCOMPARE(segment.element(9), QByteArrayView());
    }

    void garbageIsReportedAndSkipped_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("isaCount");
        const QByteArray one = isa() + body();
        QTest::newRow("junk before ISA") << QByteArray(QByteArray("HELLO\n") + one) << 1 << 1;
        QTest::newRow("junk between interchanges") << QByteArray(one + "garbage here\n" + one) << 1 << 2;
        QTest::newRow("junk after the last IEA") << QByteArray(one + "\nXYZ") << 1 << 1;
        QTest::newRow("ISA cut short") << QByteArray("ISA*00*    *00") << 1 << 0;
        QTest::newRow("ISA cut short, then a good one") << QByteArray(QByteArray("ISA*00*  \n") + one) << 1 << 1;
        QTest::newRow("alphanumeric terminator") << QByteArray(isa('*', 'U', "00401", "000000905", '>', 'X') + body()) << 1 << 0;
        QTest::newRow("empty") << QByteArray() << 0 << 0;
        QTest::newRow("only blanks") << QByteArray(" \r\n\x1A") << 0 << 0;
    }
    void garbageIsReportedAndSkipped()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, errors);
        QFETCH(int, isaCount);
        int seen = -1;
        const QStringList segments = x12Segments(content, &seen);
        QCOMPARE(seen, errors);
        QCOMPARE(int(segments.filter(QRegularExpression(QStringLiteral("^ISA\\|"))).size()), isaCount);
    }

    void lexErrorSaysWhere()
    {
        const QByteArray content = isa() + body() + "\nNOT X12";
        X12Tokenizer tokenizer(content);
        X12Segment segment;
        X12LexError error;
        X12Tokenizer::Step step;
        while ((step = tokenizer.next(segment, error)) == X12Tokenizer::Step::Segment) {
        }
        QCOMPARE(step, X12Tokenizer::Step::Error);
        QCOMPARE(error.offset, content.indexOf("NOT X12"));
        QCOMPARE(error.segmentIndex, 10);
        QVERIFY2(error.message.contains(QStringLiteral("expected")), qPrintable(error.message));
        QCOMPARE(tokenizer.next(segment, error), X12Tokenizer::Step::End);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestX12Tokenizer)
#include "test_x12_tokenizer.moc"
