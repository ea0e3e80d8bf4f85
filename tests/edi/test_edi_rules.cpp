// Money and numbers in the EDI readers (issue 12, items 1-3): what a price is for (X12 PO105, EDIFACT PRI C509),
// the declared decimal mark (ISO 9735) and X12 number notation, and segments with more elements than allowed.
// Everything is checked through what a user sees: the export document, validation problems, errors, and the
// 997/CONTRL sent back.
#include "EdiTestSupport.h"

#include "domain/Validation.h"
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/export/ExportJson.h"
#include "formats/x12/X12OrderReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace orderflow;
using edi_test::errorsText;
using edi_test::readEdifact;
using edi_test::readX12;

namespace {

// One 850 with the given PO1 (and whatever follows it), counts filled in.
QByteArray x12Order(const QByteArray &detail)
{
    QByteArray set = "ST*850*0001~BEG*00*SA*PO-1**20240315~CUR*BY*USD~" + detail;
    const int count = int(set.count('~')) + 1;
    set += "SE*" + QByteArray::number(count) + "*0001~";
    return edi_test::isa() + "GS*PO*SENDER*RECEIVER*20240315*1200*7*X*004010~" + set + "GE*1*7~IEA*1*000000905~";
}

// One ORDERS with the given line segments; `una` empty: no service string advice (the defaults apply).
QByteArray edifactOrder(const QByteArray &lines, const QByteArray &una = "UNA:+.? '")
{
    QByteArray m = "UNH+M1+ORDERS:D:96A:UN'BGM+220+PO-1+9'DTM+137:20240315:102'CUX+2:EUR:9'" + lines;
    const int count = int(m.count('\'')) + 1;
    m += "UNT+" + QByteArray::number(count) + "+M1'";
    return una + "UNB+UNOC:3+BUYER:14+US:14+240315:1200+IC-1++++1'" + m + "UNZ+1+IC-1'";
}

QJsonObject firstExportLine(const Order &order)
{
    ExportContext context;
    context.includeIdentity = false;
    return exportDocument(order, context).value(QStringLiteral("lines")).toArray().first().toObject();
}

// The validation problems of the order's first line price, joined.
QString pricingProblems(const Order &order)
{
    QStringList out;
    for (const ValidationProblem &p : validateOrder(order)) {
        if (p.field == QLatin1String("lines[1].unit_price"))
            out << p.message;
    }
    return out.join(QLatin1Char('\n'));
}

// The columns of a price-basis row: `input`, then what the first line's export and validation show.
void addPriceBasisColumns(const char *input)
{
    QTest::addColumn<QByteArray>(input);
    QTest::addColumn<QString>("unitPrice");     // empty: none (and no line total)
    QTest::addColumn<QString>("lineTotal");
    QTest::addColumn<QString>("basis");         // the export's price_basis as the row writes it, empty: no basis there
    QTest::addColumn<QString>("problem");       // a phrase of the validation problem, empty: none
}

// Checks the one order `r` read against the row's unitPrice, lineTotal, basis and problem; `basisText` writes the
// export's price_basis the way the row does. `line` gets the first line's export.
void checkPricedLine(const ParseResult &r, const std::function<QString(const QJsonObject &)> &basisText, QJsonObject &line)
{
    QFETCH(QString, unitPrice);
    QFETCH(QString, lineTotal);
    QFETCH(QString, basis);
    QFETCH(QString, problem);
    QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
    QCOMPARE(r.orders.size(), 1);
    line = firstExportLine(r.orders.first());
    QCOMPARE(line.value(QStringLiteral("unit_price")).toString(), unitPrice);
    QCOMPARE(line.value(QStringLiteral("line_total")).toString(), lineTotal);
    QCOMPARE(basis.isEmpty() ? QString() : basisText(line.value(QStringLiteral("price_basis")).toObject()), basis);
    const QString problems = pricingProblems(r.orders.first());
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    else
        QVERIFY2(problems.contains(problem), qPrintable(problems));
}

// A file with one bad element: no order, one error, at `element`, whose message has `phrase`.
void checkOnlyError(const ParseResult &r, const QString &element, const QString &phrase)
{
    QCOMPARE(r.orders.size(), 0);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().element, element);
    QVERIFY2(r.errors.first().message.contains(phrase), qPrintable(r.errors.first().toString()));
}

// The acknowledgement `r` sends back (a 997 or a CONTRL) has every one of `segments` ("AK4|…", "UCD|…").
void checkAcknowledged(const ParseResult &r, const QStringList &segments)
{
    QVERIFY(!r.acknowledgements.isEmpty());
    const QByteArray &content = r.acknowledgements.first().content;
    const QStringList ack = content.startsWith("ISA") ? edi_test::x12Segments(content) : edi_test::edifactSegments(content);
    for (const QString &segment : segments)
        QVERIFY2(ack.contains(segment), qPrintable(segment + QStringLiteral(" not in:\n") + ack.join(QLatin1Char('\n'))));
}

} // namespace

class TestEdiRules : public QObject {
    Q_OBJECT
private slots:
    // The readers make the text of a repeated value once and share it (edi::TextCache, a table indexed by the first
    // and last eight bytes and the length): values that agree there and differ only inside must still each be read
    // as sent, in every order, in X12 and in EDIFACT.
    void repeatedValuesReadAsSent()
    {
        const auto name = [](int i) -> QByteArray { return QByteArray("Widget #") + QByteArray::number(1000 + i) + QByteArray(" model A"); };
        QByteArray x12 = edi_test::isa() + "GS*PO*SENDERID*RECEIVERID*20240102*1200*1*X*004010~";
        QByteArray edifact = "UNA:+.? 'UNB+UNOC:3+SENDER:14+RECEIVER:14+240102:1200+IC1'";
        for (int order = 1; order <= 3; ++order) {
            const QByteArray n = QByteArray::number(order);
            QByteArray set = "ST*850*000" + n + "~BEG*00*SA*PO-" + n + "**20240102~";
            QByteArray message = "UNH+M" + n + "+ORDERS:D:96A:UN'BGM+220+PO-" + n + "+9'DTM+137:20240102:102'";
            for (int i = 0; i < 200; ++i) {
                set += "PO1*" + QByteArray::number(i + 1) + "*1*EA*2**VP*" + name(i) + "~PID*F****" + name(i) + "~";
                message += "LIN+" + QByteArray::number(i + 1) + "'PIA+1+" + name(i) + ":SA'IMD+F++:::" + name(i) + "'QTY+21:1'PRI+AAA:2'";
            }
            set += "SE*" + QByteArray::number(set.count('~') + 1) + "*000" + n + "~";
            x12 += set;
            message += "UNT+" + QByteArray::number(message.count('\'') + 1) + "+M" + n + "'";
            edifact += message;
        }
        x12 += "GE*3*1~IEA*1*000000905~";
        edifact += "UNZ+3+IC1'";
        ParseOptions options;
        const ParseResult fromX12 = readX12Orders(x12, options);
        const ParseResult fromEdifact = readEdifactOrders(edifact, options);
        for (const ParseResult *r : {&fromX12, &fromEdifact}) {
            QVERIFY2(r->errors.isEmpty(), qPrintable(r->errors.isEmpty() ? QString() : r->errors.first().toString()));
            QCOMPARE(r->orders.size(), 3);
            for (const Order &o : r->orders) {
                QCOMPARE(o.lines.size(), 200);
                for (int i = 0; i < 200; ++i) {
                    QCOMPARE(o.lines[i].sku, QString::fromLatin1(name(i)));
                    QCOMPARE(o.lines[i].description, QString::fromLatin1(name(i)));
                }
            }
        }
    }

    // Item 1: PO104 is the price of PO105's quantity; unit_price and line_total are per unit of PO103.
    void x12PriceBasis_data()
    {
        addPriceBasisColumns("po1");   // basis: "code/quantity/unit"
        QTest::newRow("HP: 200 at 45 per hundred") << QByteArray("PO1*1*200*EA*45*HP*VP*A-1~") << QStringLiteral("0.45")
                                                   << QStringLiteral("90.00") << QStringLiteral("HP/100/") << QString();
        QTest::newRow("TP: per thousand") << QByteArray("PO1*1*3000*EA*12.5*TP*VP*A-1~") << QStringLiteral("0.0125")
                                          << QStringLiteral("37.50") << QStringLiteral("TP/1000/") << QString();
        QTest::newRow("PE: per each") << QByteArray("PO1*1*4*EA*2.5*PE*VP*A-1~") << QStringLiteral("2.50")
                                      << QStringLiteral("10.00") << QStringLiteral("PE/1/") << QString();
        QTest::newRow("CA: catalog price of one unit") << QByteArray("PO1*1*26*CA*21.1*CA*UA*004184080648~") << QStringLiteral("21.10")
                                                       << QStringLiteral("548.60") << QStringLiteral("CA/1/") << QString();
        QTest::newRow("PD: per dozen") << QByteArray("PO1*1*24*EA*6*PD*VP*A-1~") << QStringLiteral("0.50")
                                       << QStringLiteral("12.00") << QStringLiteral("PD/12/") << QString();
        QTest::newRow("PP: per pound, ordered in pounds") << QByteArray("PO1*1*10*LB*2.82*PP*VP*A-1~") << QStringLiteral("2.82")
                                                          << QStringLiteral("28.20") << QStringLiteral("PP/1/LB") << QString();
        QTest::newRow("PP: per pound, ordered in cases") << QByteArray("PO1*1*100*CA*2.82*PP*VP*A-1~") << QString() << QString()
                                                         << QStringLiteral("PP/1/LB")
                                                         << QStringLiteral("the price 2.82 is per 1 LB (basis code 'PP'), but the line is ordered in CA");
        QTest::newRow("TT: per ten thousand") << QByteArray("PO1*1*20000*EA*30*TT*VP*A-1~") << QStringLiteral("0.003")
                                              << QStringLiteral("60.00") << QStringLiteral("TT/10000/") << QString();
        QTest::newRow("NC: no charge at zero") << QByteArray("PO1*1*5*EA*0*NC*VP*A-1~") << QStringLiteral("0.00")
                                               << QStringLiteral("0.00") << QStringLiteral("NC/1/") << QString();
        QTest::newRow("NS: not separately priced at zero") << QByteArray("PO1*1*5*EA*0*NS*VP*A-1~") << QStringLiteral("0.00")
                                                           << QStringLiteral("0.00") << QStringLiteral("NS/1/") << QString();
        QTest::newRow("NC with a price is no price per unit") << QByteArray("PO1*1*5*EA*4*NC*VP*A-1~") << QString() << QString()
                                                              << QStringLiteral("NC//") << QStringLiteral("the price basis code 'NC'");
        QTest::newRow("NQ: no quote is no price per unit") << QByteArray("PO1*1*5*EA*4*NQ*VP*A-1~") << QString() << QString()
                                                           << QStringLiteral("NQ//") << QStringLiteral("the price basis code 'NQ'");
        QTest::newRow("unknown code") << QByteArray("PO1*1*200*EA*45*ZZ*VP*A-1~") << QString() << QString() << QStringLiteral("ZZ//")
                                      << QStringLiteral("the price basis code 'ZZ' is not one OrderFlow knows");
        QTest::newRow("no exact price per unit") << QByteArray("PO1*1*12*EA*10*PD*VP*A-1~") << QString() << QString()
                                                 << QStringLiteral("PD/12/") << QStringLiteral("gives no exact price per unit");
        QTest::newRow("no basis: per unit") << QByteArray("PO1*1*2*EA*3**VP*A-1~") << QStringLiteral("3.00")
                                            << QStringLiteral("6.00") << QString() << QString();
    }
    void x12PriceBasis()
    {
        QFETCH(QByteArray, po1);
        QFETCH(QString, basis);
        QJsonObject line;
        checkPricedLine(readX12(x12Order(po1 + "CTT*1~")), [](const QJsonObject &b) -> QString {
            return b.value(QStringLiteral("code")).toString() + QLatin1Char('/') + b.value(QStringLiteral("quantity")).toString() + QLatin1Char('/')
                 + b.value(QStringLiteral("unit")).toString();
        }, line);
        if (QTest::currentTestFailed())
            return;
        // The price as sent travels beside the basis, exactly as the partner wrote it.
        QCOMPARE(line.contains(QStringLiteral("price_as_sent")), !basis.isEmpty());
    }

    // A basis with no price at all breaks X12 syntax rule C0504 (if PO105 is present, PO104 is required): the set is
    // rejected at PO104 with AK4 code 2, and the message says what the code means and how a free line is sent. It
    // used to be read as a line without a price (its basis dropped), so "no charge" ended as "no unit price".
    void x12BasisWithoutPrice_data()
    {
        QTest::addColumn<QByteArray>("po1");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("NC") << QByteArray("PO1*1*5*EA**NC*VP*A-1~") << QStringLiteral("PO105 'NC' (no charge) comes without a unit price");
        QTest::newRow("NS") << QByteArray("PO1*1*5*EA**NS*VP*A-1~") << QStringLiteral("PO105 'NS' (not separately priced) comes without");
        QTest::newRow("HP") << QByteArray("PO1*1*5*EA**HP*VP*A-1~") << QStringLiteral("PO105 'HP' comes without a unit price");
    }
    void x12BasisWithoutPrice()
    {
        QFETCH(QByteArray, po1);
        QFETCH(QString, phrase);
        const QByteArray content = x12Order(po1 + "CTT*1~");
        const ParseResult r = readX12(content, true);
        QCOMPARE(r.orders.size(), 0);
        QCOMPARE(r.errors.size(), 1);
        const ParseError &e = r.errors.first();
        QCOMPARE(e.element, QStringLiteral("PO104"));
        QVERIFY2(e.message.contains(phrase), qPrintable(e.toString()));
        QVERIFY2(e.message.contains(QStringLiteral("PO104 is required whenever PO105 is sent (X12 syntax rule C0504)")), qPrintable(e.toString()));
        QVERIFY2(e.message.contains(QStringLiteral("PO104 0 with PO105 NC")), qPrintable(e.toString()));
        // The error points at where PO104 belongs: between the third and fourth separator.
        QCOMPARE(content.mid(e.offset - 1, 4), QByteArray("**") + po1.mid(12, 2));
        const QStringList ack = edi_test::x12Segments(r.acknowledgements.first().content);
        QVERIFY2(ack.contains(QStringLiteral("AK3|PO1|4||8")), qPrintable(ack.join(QLatin1Char('\n'))));
        QVERIFY2(ack.contains(QStringLiteral("AK4|4||2")), qPrintable(ack.join(QLatin1Char('\n'))));
        QVERIFY2(ack.contains(QStringLiteral("AK5|R|5")), qPrintable(ack.join(QLatin1Char('\n'))));
    }

    // Item 1, EDIFACT: PRI C509 5284/6411 is the quantity and unit the price is for.
    void edifactPriceBasis_data()
    {
        addPriceBasisColumns("lines");   // basis: "quantity/unit"
        QTest::newRow("250 per 100 KGM, 500 KGM") << QByteArray("LIN+1++4000862141404:EN'QTY+21:500:KGM'PRI+AAA:250:CT:AAE:100:KGM'")
                                                  << QStringLiteral("2.50") << QStringLiteral("1250.00") << QStringLiteral("100/KGM") << QString();
        QTest::newRow("price before quantity") << QByteArray("LIN+1++4000862141404:EN'PRI+AAA:45:::100'QTY+21:200'")
                                               << QStringLiteral("0.45") << QStringLiteral("90.00") << QStringLiteral("100/") << QString();
        QTest::newRow("basis counts another unit") << QByteArray("LIN+1++4000862141404:EN'QTY+21:4:PCE'PRI+AAA:250:CT:AAE:100:KGM'")
                                                   << QString() << QString() << QStringLiteral("100/KGM")
                                                   << QStringLiteral("is per 100 KGM, but the line is ordered in PCE");
        // Rec. 20 units of precious metals and bulk goods work like any other: the line is ordered in the same unit.
        QTest::newRow("per troy ounce (APZ)") << QByteArray("LIN+1++4000862141404:EN'QTY+21:10:APZ'PRI+AAA:250:CT:AAE:1:APZ'")
                                              << QStringLiteral("250.00") << QStringLiteral("2500.00") << QStringLiteral("1/APZ") << QString();
        QTest::newRow("per tonne (TNE)") << QByteArray("LIN+1++4000862141404:EN'QTY+21:2.5:TNE'PRI+AAA:250:CT:AAE:1:TNE'")
                                         << QStringLiteral("250.00") << QStringLiteral("625.00") << QStringLiteral("1/TNE") << QString();
        QTest::newRow("no basis") << QByteArray("LIN+1++4000862141404:EN'QTY+21:3'PRI+AAA:8.5'") << QStringLiteral("8.50")
                                  << QStringLiteral("25.50") << QString() << QString();
    }
    void edifactPriceBasis()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, basis);
        QJsonObject line;
        checkPricedLine(readEdifact(edifactOrder(lines)), [](const QJsonObject &b) -> QString {
            return b.value(QStringLiteral("quantity")).toString() + QLatin1Char('/') + b.value(QStringLiteral("unit")).toString();
        }, line);
        if (QTest::currentTestFailed())
            return;
        if (!basis.isEmpty())
            QCOMPARE(line.value(QStringLiteral("price_as_sent")).toString(), lines.contains("PRI+AAA:45") ? QStringLiteral("45") : QStringLiteral("250"));
    }

    // Item 2: only the declared decimal mark is valid (ISO 9735); the error names the element and the mark.
    void edifactDecimalMark_data()
    {
        QTest::addColumn<QByteArray>("una");
        QTest::addColumn<QByteArray>("quantity");
        QTest::addColumn<QString>("expected");   // the quantity read, or the phrase of the error
        QTest::newRow("'.' declared, 1,234") << QByteArray("UNA:+.? '") << QByteArray("1,234")
                                             << QStringLiteral("',' is not the decimal mark: the interchange declares '.'");
        QTest::newRow("'.' declared, 1.234,5") << QByteArray("UNA:+.? '") << QByteArray("1.234,5")
                                               << QStringLiteral("',' is not the decimal mark: the interchange declares '.'");
        QTest::newRow("',' declared, 7.25") << QByteArray("UNA:+,? '") << QByteArray("7.25")
                                            << QStringLiteral("'.' is not the decimal mark: the interchange declares ','");
        QTest::newRow("',' declared, 1,234,5") << QByteArray("UNA:+,? '") << QByteArray("1,234,5")
                                               << QStringLiteral("a second ',' is not allowed");
        QTest::newRow("no UNA, 7,25") << QByteArray() << QByteArray("7,25")
                                      << QStringLiteral("',' is not the decimal mark: the interchange declares '.' (UNA, or the default");
        QTest::newRow("'.' declared, .5") << QByteArray("UNA:+.? '") << QByteArray(".5") << QStringLiteral("needs a digit on both sides");
        QTest::newRow("'.' declared, 5.") << QByteArray("UNA:+.? '") << QByteArray("5.") << QStringLiteral("needs a digit on both sides");
        QTest::newRow("',' declared, 7,25") << QByteArray("UNA:+,? '") << QByteArray("7,25") << QStringLiteral("7.25");
        QTest::newRow("'.' declared, 7.25") << QByteArray("UNA:+.? '") << QByteArray("7.25") << QStringLiteral("7.25");
        QTest::newRow("no UNA, -3.5") << QByteArray() << QByteArray("-3.5") << QStringLiteral("-3.5");
    }
    void edifactDecimalMark()
    {
        QFETCH(QByteArray, una);
        QFETCH(QByteArray, quantity);
        QFETCH(QString, expected);
        const QByteArray content = edifactOrder("LIN+1++4000862141404:EN'QTY+21:" + quantity + "'", una);
        const ParseResult r = readEdifact(content, true);
        if (!expected.contains(QLatin1Char(' '))) {
            QVERIFY2(r.errors.isEmpty(), qPrintable(errorsText(r)));
            QCOMPARE(r.orders.first().lines.first().quantity->toString(), expected);
            return;
        }
        checkOnlyError(r, QStringLiteral("QTY01.2"), expected);
        if (QTest::currentTestFailed())
            return;
        const ParseError &e = r.errors.first();
        QVERIFY2(e.message.contains(QStringLiteral("found '%1'").arg(QString::fromLatin1(quantity))), qPrintable(e.message));
        QCOMPARE(content.mid(e.offset, quantity.size()), quantity);   // the component itself, not the element
        // The CONTRL says which component, with "invalid decimal notation" (19) for a wrong or misplaced mark.
        checkAcknowledged(r, {QStringLiteral("UCD|19|1:2")});
    }

    // Item 2, X12: numbers are type R (digits, one '.', a leading '-'); no thousands separator, no '+'.
    void x12Numbers_data()
    {
        QTest::addColumn<QByteArray>("po1");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands separator") << QByteArray("PO1*1*1,234*EA*2**VP*A~") << QStringLiteral("PO102")
                                             << QStringLiteral("',' is not allowed: X12 numbers use '.' as decimal point");
        QTest::newRow("plus sign") << QByteArray("PO1*1*+5*EA*2**VP*A~") << QStringLiteral("PO102") << QStringLiteral("'+' is not allowed");
        QTest::newRow("decimal comma in the price") << QByteArray("PO1*1*5*EA*2,50**VP*A~") << QStringLiteral("PO104")
                                                    << QStringLiteral("',' is not allowed");
        QTest::newRow("two points") << QByteArray("PO1*1*5*EA*2.5.0**VP*A~") << QStringLiteral("PO104")
                                    << QStringLiteral("a second '.' is not allowed");
        QTest::newRow("too long") << QByteArray("PO1*1*1234567890123456789012345678901234567*EA*2**VP*A~") << QStringLiteral("PO102")
                                  << QStringLiteral("too long to read exactly: 37 significant digits; at most 36");
    }
    void x12Numbers()
    {
        QFETCH(QByteArray, po1);
        QFETCH(QString, element);
        QFETCH(QString, expected);
        const QByteArray content = x12Order(po1 + "CTT*1~");
        const ParseResult r = readX12(content, true);
        checkOnlyError(r, element, expected);
        if (QTest::currentTestFailed())
            return;
        const ParseError &e = r.errors.first();
        const QByteArray value = edi_test::x12Segments(content).filter(QStringLiteral("PO1|")).first()
                                     .split(QLatin1Char('|')).value(element.right(2).toInt()).toLatin1();
        QCOMPARE(content.mid(e.offset, value.size()), value);
        const QString code = expected.startsWith(QLatin1String("too long")) ? QStringLiteral("5") : QStringLiteral("6");
        checkAcknowledged(r, {QStringLiteral("AK4|%1||%2|%3").arg(element.right(2).toInt()).arg(code, QString::fromLatin1(value))});
    }

    // Item 3: a PO1 with 45 elements (004010 allows 25) is an error, never read from a shifted position; the
    // 997 says AK3 code 8 with AK4 code 3 (too many data elements) at the first extra element.
    void x12TooManyElements()
    {
        QByteArray po1 = "PO1*1*2*EA*3**VP*A-1";
        for (int e = 8; e <= 45; ++e)
            po1 += "*X" + QByteArray::number(e);
        QCOMPARE(po1.count('*'), 45);
        const QByteArray content = x12Order(po1 + "~CTT*1~");
        const ParseResult r = readX12(content, true);
        checkOnlyError(r, QStringLiteral("PO126"), QStringLiteral("PO1 has 45 elements; at most 25 are allowed"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(content.mid(r.errors.first().offset, 4), QByteArray("X26*"));
        checkAcknowledged(r, {QStringLiteral("AK3|PO1|4||8"), QStringLiteral("AK4|26||3|X26"), QStringLiteral("AK5|R|5")});

        // Empty elements written past the end change nothing and are tolerated.
        const ParseResult padded = readX12(x12Order("PO1*1*2*EA*3**VP*A-1" + QByteArray(30, '*') + "~CTT*1~"));
        QVERIFY2(padded.errors.isEmpty(), qPrintable(errorsText(padded)));
        QCOMPARE(padded.orders.size(), 1);
    }

    void edifactTooManyConstituents_data()
    {
        QTest::addColumn<QByteArray>("segment");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("ucd");
        QTest::addColumn<QByteArray>("at");
        QTest::newRow("QTY with a fourth component") << QByteArray("QTY+21:5:PCE:7'") << QStringLiteral("QTY01.4")
                                                     << QStringLiteral("element 1 of QTY has 4 components; at most 3")
                                                     << QStringLiteral("UCD|16|1:4") << QByteArray("7'");
        QTest::newRow("QTY with a second element") << QByteArray("QTY+21:5+9'") << QStringLiteral("QTY02")
                                                   << QStringLiteral("QTY has 2 elements; at most 1") << QStringLiteral("UCD|16|2")
                                                   << QByteArray("9'");
        QTest::newRow("PRI with a seventh component") << QByteArray("QTY+21:5'PRI+AAA:250:CT:AAE:100:KGM:X'") << QStringLiteral("PRI01.7")
                                                      << QStringLiteral("element 1 of PRI has 7 components; at most 6")
                                                      << QStringLiteral("UCD|16|1:7") << QByteArray("X'");
    }
    void edifactTooManyConstituents()
    {
        QFETCH(QByteArray, segment);
        QFETCH(QString, element);
        QFETCH(QString, message);
        QFETCH(QString, ucd);
        QFETCH(QByteArray, at);
        const QByteArray content = edifactOrder("LIN+1++4000862141404:EN'" + segment);
        const ParseResult r = readEdifact(content, true);
        checkOnlyError(r, element, message);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(content.mid(r.errors.first().offset, at.size()), at);
        checkAcknowledged(r, {ucd});
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestEdiRules)
#include "test_edi_rules.moc"
