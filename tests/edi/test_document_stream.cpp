// A file read one interchange at a time (DocumentStream) gives exactly what the whole-file readers give — orders,
// errors with their byte offsets and segment positions, interchange ids, acknowledgements — whatever the read size,
// and it really reads one interchange at a time.
#include "EdiTestSupport.h"

#include "formats/DocumentStream.h"
#include "formats/FormatRegistry.h"
#include "formats/export/ExportJson.h"
#include "formats/x12/X12Tokenizer.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace orderflow;

namespace {

QByteArray set850(const QByteArray &control, const QByteArray &po, char e = '*', char t = '~')
{
    QByteArray s = "ST*850*" + control + "~BEG*00*SA*" + po + "**20240315~CUR*BY*EUR~N1*BY*ACME STORES*92*BUYER-7~"
                   "PO1*1*12*EA*2.50**VP*SKU-1~PID*F****Blue widget~PO1*2*3*CA*10**VP*SKU-2~CTT*2~";
    s += "SE*" + QByteArray::number(s.count('~') + 1) + "*" + control + "~";
    s.replace('*', e);
    s.replace('~', t);
    return s;
}

QByteArray x12Interchange(int n, char e = '*', char t = '~', const QByteArray &suffix = QByteArray(), int sets = 2)
{
    const QByteArray control = QByteArray::number(n).rightJustified(9, '0');
    QByteArray out = edi_test::isa(e, 'U', "00401", control.constData(), '>', t) + suffix;
    QByteArray g = "GS*PO*SENDER*RECEIVER*20240315*1200*" + QByteArray::number(n) + "*X*004010~";
    g.replace('*', e);
    g.replace('~', t);
    out += g + suffix;
    for (int i = 1; i <= sets; ++i)
        out += set850(QByteArray::number(i).rightJustified(4, '0'), "PO-" + QByteArray::number(n) + "-" + QByteArray::number(i), e, t) + suffix;
    QByteArray trailer = "GE*" + QByteArray::number(sets) + "*" + QByteArray::number(n) + "~IEA*1*" + control + "~";
    trailer.replace('*', e);
    trailer.replace('~', t);
    return out + trailer + suffix;
}

QByteArray ordersMessage(const QByteArray &ref, const QByteArray &po, const QByteArray &freeText = "note")
{
    QByteArray m = "UNH+" + ref + "+ORDERS:D:96A:UN'BGM+220+" + po + "+9'DTM+137:20240315:102'FTX+AAI+++" + freeText
                   + "'NAD+BY+4012345000009::9'CUX+2:EUR:9'LIN+1++4000862141404:EN'QTY+21:3'PRI+AAA:8.50'UNS+S'";
    const int count = int(m.count('\'')) - int(m.count("?'")) + 1;
    return m + "UNT+" + QByteArray::number(count) + "+" + ref + "'";
}

QByteArray edifactInterchange(const QByteArray &control, const QList<QByteArray> &messages, bool una = true)
{
    QByteArray out = una ? QByteArray("UNA:+.? '") : QByteArray();
    out += "UNB+UNOC:3+BUYERGLN:14+OURGLN:14+240315:1200+" + control + "++++1'";
    for (const QByteArray &m : messages)
        out += m;
    return out + "UNZ+" + QByteArray::number(messages.size()) + "+" + control + "'";
}

struct Picture {
    QJsonArray orders, errors;
    QStringList interchanges, acks;
    int parts = 0;
};

void add(Picture &p, const ParseResult &r)
{
    ExportContext ctx;
    ctx.includeIdentity = false;
    for (const Order &o : r.orders)
        p.orders.append(exportDocument(o, ctx));
    for (const ParseError &e : r.errors)
        p.errors.append(e.toJson());
    p.interchanges += r.interchangeIds;
    for (const OutboundDocument &d : r.acknowledgements)
        p.acks << d.kind + QLatin1Char(' ') + d.fileName + QLatin1Char(' ') + d.partner + QLatin1Char(' ') + QString::number(d.groupCount);
    ++p.parts;
}

ParseOptions optionsFor(const QString &name)
{
    ParseOptions o;
    o.fileName = name;
    o.generateAcknowledgements = true;
    return o;
}

Picture whole(const QByteArray &content, const ParseOptions &options)
{
    Picture p;
    add(p, parseDocument(content, options));
    return p;
}

Picture streamed(const QByteArray &content, const ParseOptions &options, qsizetype readSize)
{
    Picture p;
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    DocumentStream stream(buffer, options, readSize);
    ParseResult part;
    while (stream.next(part))
        add(p, part);
    return p;
}

void compareAllWays(const QByteArray &content, const ParseOptions &options, int expectedParts = -1)
{
    const Picture expected = whole(content, options);
    for (const qsizetype readSize : {qsizetype(1), qsizetype(7), qsizetype(100), qsizetype(4096), qsizetype(1) << 20}) {
        const Picture got = streamed(content, options, readSize);
        const QString where = QStringLiteral("%1, read %2 bytes at a time").arg(options.fileName).arg(readSize);
        const auto firstDifference = [&](const QJsonArray &got, const QJsonArray &expected, const QString &what) -> QString {
            qsizetype i = 0;
            while (i < got.size() && i < expected.size() && got[i] == expected[i])
                ++i;
            const auto text = [](const QJsonArray &a, qsizetype i) {
                return i < a.size() ? QString::fromUtf8(QJsonDocument(a[i].toObject()).toJson(QJsonDocument::Compact)) : QStringLiteral("(none)");
            };
            return where + QStringLiteral(": %1 differ at %2 of %3/%4\nstreamed: %5\nwhole:    %6")
                               .arg(what).arg(i).arg(got.size()).arg(expected.size()).arg(text(got, i), text(expected, i));
        };
        QVERIFY2(got.orders == expected.orders, qPrintable(firstDifference(got.orders, expected.orders, QStringLiteral("orders"))));
        QVERIFY2(got.errors == expected.errors, qPrintable(firstDifference(got.errors, expected.errors, QStringLiteral("errors"))));
        QCOMPARE(got.interchanges, expected.interchanges);
        QCOMPARE(got.acks, expected.acks);
        if (expectedParts >= 0)
            QVERIFY2(got.parts == expectedParts, qPrintable(where + QStringLiteral(": %1 parts").arg(got.parts)));
    }
    // From memory, without a device, the same.
    Picture fromView;
    DocumentStream stream(QByteArrayView(content), options);
    ParseResult part;
    while (stream.next(part))
        add(fromView, part);
    QVERIFY(fromView.orders == expected.orders);
    QVERIFY(fromView.errors == expected.errors);
}

} // namespace

class TestDocumentStream : public QObject {
    Q_OBJECT

private slots:
    void x12InterchangesAreReadOneByOne()
    {
        // Three interchanges with their own delimiters and line endings; the second has errors (a wrong SE count
        // and an IEA02 that differs), so offsets and segment positions must land in the right place of the file.
        QByteArray second = x12Interchange(2, '|', '\n');
        second.replace("SE|9|0001", "SE|99|0001");
        second.replace("IEA|1|000000002", "IEA|1|000000777");
        const QByteArray content = x12Interchange(1, '*', '~', "\r\n") + second + x12Interchange(3, '^', '~');
        compareAllWays(content, optionsFor(QStringLiteral("mailbag.x12")), 3);
        const Picture p = whole(content, optionsFor(QStringLiteral("mailbag.x12")));
        QCOMPARE(p.orders.size(), 5);
        QCOMPARE(p.errors.size(), 2);
    }

    void x12WithoutCleanCutsIsReadAsAWhole()
    {
        // A missing IEA, junk after an IEA, an ISA split over two lines: no cut there; the result is still the
        // whole-file result.
        QByteArray noTrailer = x12Interchange(1);
        noTrailer.chop(QByteArray("IEA*1*000000001~").size());
        const QByteArray junk = x12Interchange(2) + "garbage between~";
        QByteArray wrapped = x12Interchange(3);
        wrapped.insert(1, "\n");
        compareAllWays(noTrailer + x12Interchange(4) + junk + x12Interchange(5) + wrapped + x12Interchange(6), optionsFor(QStringLiteral("sloppy.x12")));
        compareAllWays(x12Interchange(7) + "\x1A", optionsFor(QStringLiteral("dos-eof.x12")));
        // Found by fuzz_x12: with CR as the terminator, "~\nIEA*…~\nISA*…" inside a segment is data, not a trailer.
        QByteArray crTerminated = x12Interchange(10, '*', '\r', "\n");
        crTerminated.insert(crTerminated.indexOf("PID"), "NTE*GEN*x~\nIEA*1*000000010~\n" + x12Interchange(11).left(120) + "\r\n");
        compareAllWays(crTerminated + x12Interchange(12, '*', '\r', "\n"), optionsFor(QStringLiteral("cr.x12")));
        compareAllWays("\xEF\xBB\xBF\r\n" + x12Interchange(8) + x12Interchange(9), optionsFor(QStringLiteral("bom.x12")), 2);
    }

    void edifactInterchangesAreReadOneByOne()
    {
        // Released terminators that look like a trailer ("?'UNZ+…"), a second interchange without UNA after one
        // with other delimiters, groups, and an error in the last interchange.
        const QByteArray tricky = ordersMessage("M1", "PO-1", "text ?'UNZ+1+X?' UNB+ inside");
        QByteArray other = edifactInterchange("IC2", {ordersMessage("M1", "PO-2")}, false);
        QByteArray custom = "UNA|*.# !UNB*UNOC|3*S|14*R|14*240315|1200*IC3****1!UNH*M1*ORDERS|D|96A|UN!BGM*220*PO-3*9!"
                            "QTY*21|2!UNT*4*M1!UNZ*1*IC3!";
        QByteArray broken = edifactInterchange("IC4", {ordersMessage("M1", "PO-4"), ordersMessage("M2", "PO-5")});
        broken.replace("UNT+11+M2", "UNT+12+M2");
        const QByteArray content = edifactInterchange("IC1", {tricky}) + "\r\n" + custom + other + broken;
        compareAllWays(content, optionsFor(QStringLiteral("orders.edi")), 4);
        const Picture p = whole(content, optionsFor(QStringLiteral("orders.edi")));
        QCOMPARE(p.interchanges.size(), 4);
        QVERIFY(!p.errors.isEmpty());
    }

    void edifactWithoutCleanCutsIsReadAsAWhole()
    {
        QByteArray noTrailer = edifactInterchange("A1", {ordersMessage("M1", "P1")});
        noTrailer.chop(QByteArray("UNZ+1+A1'").size());
        compareAllWays(noTrailer + edifactInterchange("A2", {ordersMessage("M1", "P2")}), optionsFor(QStringLiteral("cut.edi")));
        ParseOptions skip = optionsFor(QStringLiteral("junk.edi"));
        skip.skipLeadingJunk = true;
        compareAllWays("#### banner ####\r\n" + edifactInterchange("B1", {ordersMessage("M1", "P1")}) + edifactInterchange("B2", {ordersMessage("M1", "P2")}), skip);
        compareAllWays("#### banner ####\r\n" + edifactInterchange("B1", {ordersMessage("M1", "P1")}), optionsFor(QStringLiteral("junk.edi")));
        // Found by fuzz_edifact: a banner the source does not skip refuses the whole file, so no later interchange
        // may be read on its own.
        compareAllWays("#### banner ####\r\n" + edifactInterchange("C1", {ordersMessage("M1", "P1")}) + edifactInterchange("C2", {ordersMessage("M1", "P2")}),
                       optionsFor(QStringLiteral("banner.edi")));
    }

    void otherFormatsAreOnePart()
    {
        compareAllWays(R"({"id": 1, "customer": "ACME", "items": [{"sku": "A", "quantity": 2, "unit_price": 3}]})", optionsFor(QStringLiteral("o.json")), 1);
        compareAllWays("neither EDI nor JSON", optionsFor(QStringLiteral("what.txt")), 1);
        compareAllWays(QByteArray(), optionsFor(QStringLiteral("empty.x12")), 1);
    }

    void everyCorpusFileGivesTheWholeFileResult()
    {
        const QDir corpus(QStringLiteral(ORDERFLOW_CORPUS_DIR));
        if (!corpus.exists(QStringLiteral("x12")))
            QSKIP("the corpus (../shared/corpus) is not here");
        int files = 0;
        for (const QString &kind : {QStringLiteral("x12"), QStringLiteral("edifact")}) {
            const QDir dir(corpus.filePath(kind));
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                compareAllWays(f.readAll(), optionsFor(name));
                ++files;
            }
        }
        QVERIFY(files > 50);
    }

    // The fuzzers' seeds (among them inputs that once made streamed and whole results differ: errors of an
    // interchange whose trailer is missing, pointing back at its header, and texts naming byte positions).
    void everyFuzzSeedGivesTheWholeFileResult()
    {
        int files = 0;
        for (const QString &kind : {QStringLiteral("x12"), QStringLiteral("edifact")}) {
            const QDir dir(QStringLiteral(ORDERFLOW_SOURCE_DIR "/tests/fuzz/seeds/") + kind);
            for (const QString &name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                ParseOptions options = optionsFor(name);
                options.format = kind == QLatin1String("x12") ? QStringLiteral("x12-850") : QStringLiteral("edifact-orders");
                const QByteArray content = f.readAll();
                compareAllWays(content, options);
                // Like fuzz_edifact: also for a source that skips a banner before the first interchange.
                options.skipLeadingJunk = kind == QLatin1String("edifact");
                if (options.skipLeadingJunk)
                    compareAllWays(content, options);
                ++files;
            }
        }
        QVERIFY(files >= 6);
    }

    // Found by fuzz_x12 in a mailbag: an 850 after a group's GE (so outside any group) whose SE never comes; its
    // interchange ends with IEA. The set's "has no SE trailer" error belongs to that interchange and is reported at
    // its ST (byte 1281) whether the file is read whole or one interchange at a time (streamed, it was lost; whole,
    // it came only with the next interchange's first ST, under that interchange's control number).
    void aSetWithoutSeIsClosedByItsInterchange()
    {
        QFile f(QStringLiteral(ORDERFLOW_SOURCE_DIR "/tests/fuzz/seeds/x12/regression-stream-missing-se.x12"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content.mid(1281, 15), QByteArray("ST*850*10000002"));
        const ParseOptions options = optionsFor(QStringLiteral("mailbag.x12"));
        const auto missingSe = [](const QList<ParseError> &errors) {
            QStringList out;
            for (const ParseError &e : errors) {
                if (e.message.contains(QLatin1String("10000002 (850) has no SE trailer")))
                    out << QStringLiteral("interchange %1, byte %2, segment %3 %4: %5").arg(e.interchange).arg(e.offset).arg(e.segmentIndex).arg(e.segmentTag, e.message);
            }
            return out;
        };
        const QStringList expected {QStringLiteral("interchange 001000113, byte 1281, segment 44 ST: transaction set 10000002 (850) has no SE trailer; it was rejected.")};
        QCOMPARE(missingSe(parseDocument(content, options).errors), expected);
        DocumentStream stream(QByteArrayView(content), options);
        QList<ParseError> errors;
        ParseResult part;
        while (stream.next(part))
            errors += part.errors;
        QCOMPARE(missingSe(errors), expected);
        compareAllWays(content, options);
    }

    // Found by fuzz_edifact (a mailbag of broken interchanges): a UNA at the start of a segment inside an open
    // message, whose "separators" are a line break and ':' and whose terminator is '+'. The tokenizer took it, so read
    // whole the rest of the file was cut at every '+' and the next interchange was never seen; the part-by-part read
    // cut before that UNB (the splitter did not count a UNA followed by a line break) and read it. Decided: a UNA at a
    // segment start always starts a new interchange, so the open message and interchange end there without their
    // trailers; a line break can be no separator (the tokenizer drops line breaks inside segments as wrapping), so
    // such a UNA is refused and the defaults apply; a later UNB starts an interchange that is read in full, whole or
    // in parts alike.
    void aUnaInsideAMessageStartsANewInterchange()
    {
        QByteArray first = edifactInterchange("A1", {ordersMessage("M1", "P1")});
        const QByteArray una = "UNA\n:.? +";
        first.insert(first.indexOf("LIN+1"), una + "\r\n");
        const QByteArray content = first + "\r\n" + edifactInterchange("A2", {ordersMessage("M2", "P2")});
        const qsizetype unaAt = content.indexOf(una);
        const ParseOptions options = optionsFor(QStringLiteral("mailbag.edi"));
        const ParseResult r = parseDocument(content, options);
        QCOMPARE(r.orders.size(), 1);
        QCOMPARE(r.orders.first().orderNumber, QStringLiteral("P2"));
        const auto find = [&](const QString &phrase) -> const ParseError * {
            for (const ParseError &e : r.errors) {
                if (e.message.contains(phrase))
                    return &e;
            }
            return nullptr;
        };
        const QString all = edi_test::errorsText(r);
        const ParseError *refused = find(QStringLiteral("The service string advice"));
        QVERIFY2(refused, qPrintable(all));
        QCOMPARE(refused->offset, qint64(unaAt));
        QVERIFY2(refused->message.contains(QStringLiteral("a line break")), qPrintable(refused->toString()));
        const ParseError *noUnt = find(QStringLiteral("message M1 (ORDERS) has no UNT trailer"));
        QVERIFY2(noUnt, qPrintable(all));
        QCOMPARE(noUnt->offset, qint64(content.indexOf("UNH+M1")));
        QCOMPARE(noUnt->interchange, QStringLiteral("A1"));
        const ParseError *noUnz = find(QStringLiteral("Interchange A1 has no UNZ trailer (expected before byte %1)").arg(unaAt));
        QVERIFY2(noUnz, qPrintable(all));
        QCOMPARE(r.interchangeIds, (QStringList{QStringLiteral("BUYERGLN/A1"), QStringLiteral("BUYERGLN/A2")}));
        // Nothing of the second interchange is in error.
        const qsizetype secondAt = content.indexOf("UNB+UNOC:3+BUYERGLN:14+OURGLN:14+240315:1200+A2");
        for (const ParseError &e : r.errors)
            QVERIFY2(e.offset < secondAt, qPrintable(e.toString()));
        compareAllWays(content, options);
    }

    // The tokenizer gives up on an ISA whose ISA16 is not among its first X12Tokenizer::kMaxIsaLength bytes and reads
    // on from the next ISA, with that one's delimiters. The splitter once looked further for the 16 separators of the
    // malformed first header, took '*' and '!' from the data of the interchange after it, and cut at an "IEA*…!"
    // inside that interchange's data: the whole file loses the second interchange in a segment that runs to the next
    // '~', the streamed read found it (fuzz_x12: 2 orders and 104 errors whole, 7 orders and 20 errors streamed).
    void aMalformedFirstIsaLendsTheSplitterNoDelimiters()
    {
        const QByteArray junk = "ISA*00*          *00*          *ZZ*SHORT";   // 6 of ISA's 16 '*'
        QByteArray first = x12Interchange(1, '|', '~', QByteArray(), 1);
        first.truncate(first.indexOf("GE|"));   // no trailers: what follows is data of its last segment
        const QByteArray stars = "NTE|GEN|1*2*3*4*5*6*7*8*9*0*>!IEA*1*000000001!\r\n";   // '*' 7 to 16, ISA16 '>', '!'
        const QByteArray content = junk + first + stars + x12Interchange(2);
        const qsizetype isa16 = content.indexOf("*>!") + 1;
        QVERIFY2(isa16 > X12Tokenizer::kMaxIsaLength && isa16 < 512, qPrintable(QString::number(isa16)));
        const ParseOptions options = optionsFor(QStringLiteral("malformed-first.x12"));
        const ParseResult r = parseDocument(content, options);
        const QString all = edi_test::errorsText(r);
        QVERIFY2(r.errors.first().message.startsWith(QStringLiteral("The ISA header at byte 0 is malformed")), qPrintable(all));
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("Skipped %1 bytes up to the next ISA at byte %1.").arg(junk.size())),
                 qPrintable(all));
        QCOMPARE(r.orders.size(), 1);   // PO-1-1; the NTE runs to the next '~', the end of the second ISA
        QCOMPARE(r.orders.first().orderNumber, QStringLiteral("PO-1-1"));
        compareAllWays(content, options, 1);
    }

    // The same with a short header the tokenizer refuses for its delimiters (ISA16 'R' is a letter): it skips it up
    // to the ISA inside it, at byte 40, and reads on with '|' and '~'. The splitter takes '*' and ' ' from the first
    // header: the ISA inside it is another header before any trailer, so no cut.
    void anIsaInsideARefusedHeaderIsTheNextInterchange()
    {
        const QByteArray junk = "ISA*00*          *00*          *ZZ*SHORT";   // 6 of ISA's 16 '*'
        QByteArray first = x12Interchange(1, '|', '~', QByteArray(), 1);
        first.truncate(first.indexOf("GE|"));
        const qsizetype isaLength = first.indexOf("GS|");
        // '*' 7 to 16 in ISA06 and ISA08, then 'R' and ' ' as the first header's ISA16 and terminator
        first.replace(0, isaLength, edi_test::isa('|', 'U', "00401", "000000001", '>', '~', "1*2*3*4*5*6*7*8", "1*2*3*R"));
        QCOMPARE(first.indexOf("GS|"), isaLength);
        const QByteArray content = junk + first + "NTE|GEN|x IEA*1*000000001 \r\n" + x12Interchange(2);
        const ParseOptions options = optionsFor(QStringLiteral("refused-first.x12"));
        const ParseResult r = parseDocument(content, options);
        const QString all = edi_test::errorsText(r);
        QVERIFY2(r.errors.first().message.contains(QStringLiteral("Skipped %1 bytes up to the next ISA at byte %1.").arg(junk.size())),
                 qPrintable(all));
        QCOMPARE(r.orders.size(), 1);
        QCOMPARE(r.orders.first().orderNumber, QStringLiteral("PO-1-1"));
        compareAllWays(content, options, 1);
    }

    // Positions a message names are fields of the error: moving a part's errors to the file's place renders the
    // numbers from them, and never touches text that only looks like a position (a partner's value "byte 7").
    void namedPositionsMoveAndDataDoesNot()
    {
        // The second interchange's ISA uses its terminator as ISA16: skipped up to the next ISA, which the whole
        // file finds and its part only knows to follow it. The third quotes a partner's value "byte 7".
        QByteArray broken = x12Interchange(2);
        QCOMPARE(broken[104], '>');
        broken[104] = '~';
        QByteArray third = x12Interchange(3);
        third.replace("PO1*1*12*EA", "PO1*1*byte 7*EA");
        const QByteArray first = x12Interchange(1);
        const QByteArray content = first + broken + third + x12Interchange(4);
        const ParseOptions options = optionsFor(QStringLiteral("named.x12"));
        compareAllWays(content, options, 4);
        QStringList messages;
        for (const ParseError &e : parseDocument(content, options).errors)
            messages << e.message;
        const QString all = messages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("The ISA header at byte %1 does not define usable delimiters").arg(first.size())), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Skipped %1 bytes up to the next ISA at byte %2.").arg(broken.size()).arg(first.size() + broken.size())),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'byte 7'")), qPrintable(all));
    }

    // The file is read a block at a time: after the first interchange of a 400-interchange file, only about one
    // block beyond it has been read.
    void readsOnlyAsFarAsTheNextInterchange()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        for (int i = 1; i <= 400; ++i)
            file.write(x12Interchange(i, '*', '~', "\n", 3));
        file.flush();
        const qint64 size = file.size();
        QVERIFY(file.seek(0));
        constexpr qsizetype kBlock = 8192;
        DocumentStream stream(file, optionsFor(QStringLiteral("big.x12")), kBlock);
        ParseResult part;
        QVERIFY(stream.next(part));
        QCOMPARE(part.orders.size(), 3);
        QVERIFY2(file.pos() <= 64 * 1024 + kBlock, qPrintable(QStringLiteral("read %1 of %2 bytes for the first interchange").arg(file.pos()).arg(size)));
        int parts = 1;
        int orders = 3;
        while (stream.next(part)) {
            ++parts;
            orders += int(part.orders.size());
            QVERIFY(part.errors.isEmpty());
        }
        QCOMPARE(parts, 400);
        QCOMPARE(orders, 1200);
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestDocumentStream)
#include "test_document_stream.moc"
