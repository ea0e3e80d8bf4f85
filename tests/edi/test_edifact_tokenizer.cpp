// The EDIFACT tokenizer on small interchanges written for each syntax rule.
#include "EdiTestSupport.h"

#include <QTest>

using namespace orderflow;
using edi_test::edifactSegments;

namespace {

const QByteArray kBody = "UNB+UNOC:3+SENDER:14+RECEIVER:14+240102:1200+REF1'"
                         "UNH+1+ORDERS:D:96A:UN'"
                         "BGM+220+PO-1+9'"
                         "UNT+3+1'"
                         "UNZ+1+REF1'";

const QStringList kExpected{QStringLiteral("UNB|UNOC:3|SENDER:14|RECEIVER:14|240102:1200|REF1"),
                            QStringLiteral("UNH|1|ORDERS:D:96A:UN"), QStringLiteral("BGM|220|PO-1|9"),
                            QStringLiteral("UNT|3|1"), QStringLiteral("UNZ|1|REF1")};

QByteArray withSuffix(const QByteArray &content, const QByteArray &suffix)
{
    QByteArray out = content;
    out.replace("'", QByteArray("'" + suffix));
    return out;
}

} // namespace

class TestEdifactTokenizer : public QObject {
    Q_OBJECT
private slots:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("defaults, one line") << kBody;
        QTest::newRow("UNA with the defaults") << QByteArray("UNA:+.? '" + kBody);
        QTest::newRow("LF after each segment") << withSuffix(kBody, "\n");
        QTest::newRow("CRLF after each segment") << withSuffix(QByteArray("UNA:+.? '" + kBody), "\r\n");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" + kBody);
        QTest::newRow("leading blank lines") << QByteArray("\r\n\r\n" + kBody);
        QByteArray wrapped;
        for (qsizetype i = 0; i < kBody.size(); i += 80)
            wrapped += kBody.mid(i, 80) + "\n";
        QTest::newRow("hard-wrapped at 80 columns") << wrapped;
        QTest::newRow("no final terminator") << kBody.chopped(1);
        QTest::newRow("trailing CR and DOS EOF") << QByteArray(kBody + "\r\x1A");
        QTest::newRow("doubled terminator") << QByteArray(kBody).replace("UNT+3+1'", "UNT+3+1''");
        QByteArray custom = "UNA|*,# ~" + kBody;
        custom.replace(':', '|').replace('+', '*').replace('\'', '~');
        custom.replace(0, 9, "UNA|*,# ~");
        QTest::newRow("custom service characters") << custom;
    }
    void framing()
    {
        QFETCH(QByteArray, content);
        int errors = -1;
        QCOMPARE(edifactSegments(content, false, &errors), kExpected);
        QCOMPARE(errors, 0);
    }

    // Release character before each service character and before itself (ISO 9735 §7).
    void releaseCharacter_data()
    {
        QTest::addColumn<QByteArray>("segment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("released apostrophe") << QByteArray("FTX+AAI+++IT?'S OK'") << QStringLiteral("FTX|AAI|||IT'S OK");
        QTest::newRow("released plus") << QByteArray("FTX+AAI+++A?+B'") << QStringLiteral("FTX|AAI|||A+B");
        QTest::newRow("released colon") << QByteArray("FTX+AAI+++1?:10'") << QStringLiteral("FTX|AAI|||1:10");
        QTest::newRow("released release") << QByteArray("FTX+AAI+++50?? OFF'") << QStringLiteral("FTX|AAI|||50? OFF");
        QTest::newRow("release release then terminator") << QByteArray("FTX+AAI+++END?" "?'") << QStringLiteral("FTX|AAI|||END?");
        QTest::newRow("three releases then terminator") << QByteArray("FTX+AAI+++X??" "?''") << QStringLiteral("FTX|AAI|||X?'");
        QTest::newRow("release then component") << QByteArray("FTX+AAI+++A??:B'") << QStringLiteral("FTX|AAI|||A?:B");
        QTest::newRow("release before ordinary char") << QByteArray("FTX+AAI+++?*STAR'") << QStringLiteral("FTX|AAI|||*STAR");
    }
    void releaseCharacter()
    {
        QFETCH(QByteArray, segment);
        QFETCH(QString, expected);
        const QByteArray content = "UNA:+.? 'UNB+UNOC:3+S+R+240102:1200+1'" + segment + "UNZ+0+1'";
        const QStringList segments = edifactSegments(content);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[1], expected);
    }

    void severalInterchangesEachWithItsOwnServiceCharacters()
    {
        // The second interchange has no UNA: it goes back to the defaults.
        const QByteArray first = "UNA|*.? ~UNB*UNOC|3*S*R*240102|1200*1~UNH*1*ORDERS|D|96A|UN~UNT*2*1~UNZ*1*1~";
        const QByteArray content = first + "\n" + kBody;
        EdifactTokenizer tokenizer(content);
        EdifactSegment segment;
        EdifactLexError error;
        QStringList tags;
        QList<bool> una;
        while (tokenizer.next(segment, error) == EdifactTokenizer::Step::Segment) {
            tags << QString::fromLatin1(segment.tag());
            if (segment.is("UNB"))
                una << tokenizer.serviceStringAdvice();
        }
        QCOMPARE(tags.join(QLatin1Char(' ')), QStringLiteral("UNA UNB UNH UNT UNZ UNB UNH BGM UNT UNZ"));
        QCOMPARE(una, (QList<bool>{true, false}));
        QCOMPARE(tokenizer.delimiters().element, '+');
    }

    void accessorsAndOffsets()
    {
        const QByteArray content = "UNB+UNOC:3+S+R+240102:1200+1'QTY+21:12,5:PCE'";
        EdifactTokenizer tokenizer(content);
        EdifactSegment segment;
        EdifactLexError error;
        QCOMPARE(tokenizer.next(segment, error), EdifactTokenizer::Step::Segment);
        QCOMPARE(tokenizer.next(segment, error), EdifactTokenizer::Step::Segment);
        QCOMPARE(segment.index(), 2);
        QCOMPARE(segment.offset(), content.indexOf("QTY"));
        QCOMPARE(segment.elementCount(), 1);
        QCOMPARE(segment.componentCount(1), 3);
        QCOMPARE(segment.value(1, 2), QByteArray("12,5"));
        QCOMPARE(segment.text(1, 3), QStringLiteral("PCE"));
        QCOMPARE(segment.rawComponent(1, 4), QByteArrayView());
        QCOMPARE(segment.rawComponent(2, 1), QByteArrayView());
        QCOMPARE(segment.elementOffset(1), content.indexOf("21:"));
        QCOMPARE(tokenizer.next(segment, error), EdifactTokenizer::Step::End);
    }

    void junkBeforeTheInterchange()
    {
        const QByteArray content = "#### banner ####\r\n" + kBody;
        int errors = -1;
        QVERIFY(edifactSegments(content, false, &errors).isEmpty());
        QCOMPARE(errors, 1);
        EdifactTokenizer tokenizer(content);
        EdifactSegment segment;
        EdifactLexError error;
        QCOMPARE(tokenizer.next(segment, error), EdifactTokenizer::Step::Error);
        QCOMPARE(error.offset, 0);
        QCOMPARE(error.length, content.indexOf("UNB"));
        QVERIFY2(error.message.contains(QStringLiteral("skip leading junk")), qPrintable(error.message));
        QCOMPARE(tokenizer.next(segment, error), EdifactTokenizer::Step::End);
        // Configured to skip it: the interchange reads as if the banner was not there.
        QCOMPARE(edifactSegments(content, true, &errors), kExpected);
        QCOMPARE(errors, 0);
    }

    void notEdifact_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("errors");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("blanks") << QByteArray(" \r\n") << 0;
        QTest::newRow("text") << QByteArray("hello world") << 1;
        QTest::newRow("UNA too short") << QByteArray("UNA:+") << 1;
        QTest::newRow("bad UNA") << QByteArray("UNA::::::UNB+UNOC:3+S+R+1+1'") << 1;
    }
    void notEdifact()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, errors);
        int seen = -1;
        edifactSegments(content, false, &seen);
        QCOMPARE(seen, errors);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestEdifactTokenizer)
#include "test_edifact_tokenizer.moc"
