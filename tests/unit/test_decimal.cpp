#include "domain/Decimal.h"

#include <QTest>

using orderflow::Decimal;

class TestDecimal : public QObject {
    Q_OBJECT
private slots:
    void parseAndPrint_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("minScale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << QStringLiteral("120") << 0 << QStringLiteral("120");
        QTest::newRow("money") << QStringLiteral("12.5") << 2 << QStringLiteral("12.50");
        QTest::newRow("trailing zeros") << QStringLiteral("1.000") << 0 << QStringLiteral("1");
        QTest::newRow("negative") << QStringLiteral("-0.05") << 2 << QStringLiteral("-0.05");
        QTest::newRow("leading point") << QStringLiteral(".5") << 0 << QStringLiteral("0.5");
        QTest::newRow("plus sign") << QStringLiteral("+7") << 2 << QStringLiteral("7.00");
        QTest::newRow("zero") << QStringLiteral("0.00") << 0 << QStringLiteral("0");
        QTest::newRow("spaces") << QStringLiteral(" 3.25 ") << 0 << QStringLiteral("3.25");
        QTest::newRow("big") << QStringLiteral("123456789012345678901234.5") << 0 << QStringLiteral("123456789012345678901234.5");
    }
    void parseAndPrint()
    {
        QFETCH(QString, input);
        QFETCH(int, minScale);
        QFETCH(QString, expected);
        const auto d = Decimal::parse(QStringView(input));
        QVERIFY(d.has_value());
        QCOMPARE(d->toString(minScale), expected);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("two points") << QStringLiteral("1.2.3");
        QTest::newRow("exponent") << QStringLiteral("1e5");
        QTest::newRow("comma") << QStringLiteral("1,5");
        QTest::newRow("sign only") << QStringLiteral("-");
        QTest::newRow("too many digits") << QStringLiteral("1234567890123456789012345678901234567");
    }
    void rejects()
    {
        QFETCH(QString, input);
        QVERIFY(!Decimal::parse(QStringView(input)).has_value());
    }
    // Bytes (what the EDI readers parse, with a one-pass 64-bit way for texts of up to 18 characters) and text give
    // the same value, scale and refusal on both sides of that length and for every shape of number.
    void bytesParseLikeText_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *text : {"0", "-0", "-0.00", "+5", "5.", ".5", "-.5", "000123.4500", "45.50", "-3", "7.0000",
                                 "999999999999999999", "9999999999999999999", "99999999999999999.9", "-99999999999999999",
                                 "1.23456789012345678", "0.00000000000000001", "0.000000000000000001",
                                 "0.0000000000000000001", "123456789012345678901234567890123456", "1..2", "1-2", "--1",
                                 "+", "-", ".", "", " 5", "5 ", "1 2", "1,5", "1e5", "12a"})
            QTest::newRow(text[0] ? text : "empty") << QString::fromLatin1(text);
    }
    void bytesParseLikeText()
    {
        QFETCH(QString, input);
        const QByteArray bytes = input.toLatin1();
        Decimal::Refusal fromBytes;
        Decimal::Refusal fromText;
        const auto b = Decimal::parse(QByteArrayView(bytes), &fromBytes);
        const auto t = Decimal::parse(QStringView(input), &fromText);
        QCOMPARE(b.has_value(), t.has_value());
        if (b) {
            QCOMPARE(b->toString(), t->toString());
            QCOMPARE(b->scale(), t->scale());
            QCOMPARE(b->isNegative(), t->isNegative());
        } else {
            QCOMPARE(int(fromBytes.reason), int(fromText.reason));
            QCOMPARE(fromBytes.significantDigits, fromText.significantDigits);
            QCOMPARE(fromBytes.decimals, fromText.decimals);
        }
    }
    void arithmeticIsExact()
    {
        // 0.1 + 0.2 is exactly 0.3, unlike binary floating point.
        const auto sum = Decimal::parse(QStringView(u"0.1"))->add(*Decimal::parse(QStringView(u"0.2")));
        QCOMPARE(sum->toString(), QStringLiteral("0.3"));
        const auto product = Decimal::parse(QStringView(u"120"))->multiply(*Decimal::parse(QStringView(u"12.50")));
        QCOMPARE(product->toString(2), QStringLiteral("1500.00"));
        const auto cents = Decimal::parse(QStringView(u"3"))->multiply(*Decimal::parse(QStringView(u"0.333")));
        QCOMPARE(cents->toString(2), QStringLiteral("0.999"));
    }
    void overflowIsReported()
    {
        const auto big = Decimal::parse(QStringView(u"999999999999999999999999999999"));
        QVERIFY(big);
        QVERIFY(!big->multiply(*big).has_value());
    }
    void ordering()
    {
        QVERIFY(*Decimal::parse(QStringView(u"1.50")) == *Decimal::parse(QStringView(u"1.5")));
        QVERIFY(*Decimal::parse(QStringView(u"-2")) < *Decimal::parse(QStringView(u"0.01")));
    }

    // The edges of the range: 36 significant digits, 18 after the point. Every result is exact or refused
    // (nullopt); none may wrap around. The build under UBSan (make test) turns any signed overflow into a failure.
    void addAtTheEdges_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");   // "overflow" = refused
        QTest::newRow("max + 0") << kMax << QStringLiteral("0") << kMax;
        QTest::newRow("max + 1") << kMax << QStringLiteral("1") << kOverflow;
        QTest::newRow("-max - 1") << kMinusMax << QStringLiteral("-1") << kOverflow;
        QTest::newRow("max + -max") << kMax << kMinusMax << QStringLiteral("0");
        QTest::newRow("max + -1") << kMax << QStringLiteral("-1") << QStringLiteral("999999999999999999999999999999999998");
        QTest::newRow("max + smallest fraction") << kMax << kTiny << kOverflow;
        QTest::newRow("smallest fraction + max") << kTiny << kMax << kOverflow;
        // 2^110: rescaled to 18 decimals it is exactly 2^128 * 5^18, which wraps to 0 in 128 bits.
        QTest::newRow("2^110 + smallest fraction") << k2Pow110 << kTiny << kOverflow;
        QTest::newRow("18 integer + 18 fraction digits")
            << QStringLiteral("999999999999999999") << QStringLiteral("0.999999999999999999")
            << QStringLiteral("999999999999999999.999999999999999999");
        QTest::newRow("18 integer + 18th decimal")
            << QStringLiteral("999999999999999999") << kTiny << QStringLiteral("999999999999999999.000000000000000001");
        QTest::newRow("carry to a round number")
            << QStringLiteral("999999999999999999.999999999999999999") << kTiny << QStringLiteral("1000000000000000000");
        QTest::newRow("carry into the 37th digit")
            << QStringLiteral("999999999999999999.999999999999999999") << QStringLiteral("0.000000000000000002") << kOverflow;
        QTest::newRow("different scales") << QStringLiteral("123.45") << QStringLiteral("0.00055") << QStringLiteral("123.45055");
        QTest::newRow("cancel to zero") << QStringLiteral("0.5") << QStringLiteral("-0.50") << QStringLiteral("0");
    }
    void addAtTheEdges()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        const auto r = dec(a).add(dec(b));
        QCOMPARE(r ? r->toString() : kOverflow, sum);
    }

    void subtract_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("difference");
        QTest::newRow("simple") << QStringLiteral("0.1") << QStringLiteral("0.3") << QStringLiteral("-0.2");
        QTest::newRow("max - -1") << kMax << QStringLiteral("-1") << kOverflow;
        QTest::newRow("-max - 1") << kMinusMax << QStringLiteral("1") << kOverflow;
        QTest::newRow("max - max") << kMax << kMax << QStringLiteral("0");
        QTest::newRow("2^110 - smallest fraction") << k2Pow110 << kTiny << kOverflow;
    }
    void subtract()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, difference);
        const auto r = dec(a).subtract(dec(b));
        QCOMPARE(r ? r->toString() : kOverflow, difference);
    }

    void multiplyAtTheEdges_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("product");
        QTest::newRow("max * 1") << kMax << QStringLiteral("1") << kMax;
        QTest::newRow("max * -1") << kMax << QStringLiteral("-1") << kMinusMax;
        QTest::newRow("max * 0") << kMax << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("max * 2") << kMax << QStringLiteral("2") << kOverflow;
        QTest::newRow("max * max") << kMax << kMax << kOverflow;
        QTest::newRow("max * 0.1") << kMax << QStringLiteral("0.1") << QStringLiteral("99999999999999999999999999999999999.9");
        QTest::newRow("10^18 * 10^18 has 37 digits")
            << QStringLiteral("1000000000000000000") << QStringLiteral("1000000000000000000") << kOverflow;
        QTest::newRow("10^17 * 10^18") << QStringLiteral("100000000000000000") << QStringLiteral("1000000000000000000")
                                       << QStringLiteral("100000000000000000000000000000000000");
        QTest::newRow("-max * -max") << kMinusMax << kMinusMax << kOverflow;
        QTest::newRow("more than 18 decimals") << QStringLiteral("0.000000001") << QStringLiteral("0.0000000001") << kOverflow;
        QTest::newRow("18 decimals") << QStringLiteral("0.000000001") << QStringLiteral("0.000000001")
                                     << QStringLiteral("0.000000000000000001");
    }
    void multiplyAtTheEdges()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, product);
        const auto r = dec(a).multiply(dec(b));
        QCOMPARE(r ? r->toString() : kOverflow, product);
        const auto swapped = dec(b).multiply(dec(a));
        QCOMPARE(swapped ? swapped->toString() : kOverflow, product);
    }

    void compareHugeValues_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");   // sign of a <=> b
        QTest::newRow("max vs smallest fraction") << kMax << kTiny << 1;
        QTest::newRow("-max vs smallest fraction") << kMinusMax << kTiny << -1;
        QTest::newRow("2^110 vs smallest fraction") << k2Pow110 << kTiny << 1;
        QTest::newRow("-2^110 vs -smallest fraction") << (QLatin1Char('-') + k2Pow110) << (QLatin1Char('-') + kTiny) << -1;
        QTest::newRow("max vs max") << kMax << kMax << 0;
        QTest::newRow("max vs max - 1") << kMax << QStringLiteral("999999999999999999999999999999999998") << 1;
        QTest::newRow("same integer part, fractions differ")
            << QStringLiteral("999999999999999999.5") << QStringLiteral("999999999999999999.499999999999999999") << 1;
        QTest::newRow("negative fractions") << QStringLiteral("-1.5") << QStringLiteral("-1.25") << -1;
        QTest::newRow("negative below one") << QStringLiteral("-0.5") << QStringLiteral("0.3") << -1;
        QTest::newRow("equal at different scales") << QStringLiteral("100000000000000000") << QStringLiteral("100000000000000000.000") << 0;
    }
    void compareHugeValues()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        const auto sign = [](std::strong_ordering o) { return o < 0 ? -1 : (o > 0 ? 1 : 0); };
        QCOMPARE(sign(dec(a) <=> dec(b)), order);
        QCOMPARE(sign(dec(b) <=> dec(a)), -order);
        QCOMPARE(dec(a) == dec(b), order == 0);
    }

    void printWithMoreDecimalsThanKept()
    {
        // toString pads with zeros; it must not scale the mantissa up (36 digits times 10^4 does not fit).
        QCOMPARE(dec(kMax).toString(4), kMax + QStringLiteral(".0000"));
        QCOMPARE(dec(kMinusMax).toString(2), kMinusMax + QStringLiteral(".00"));
        QCOMPARE(dec(QStringLiteral("0.5")).toString(20), QStringLiteral("0.50000000000000000000"));
    }

    void whyRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("why");        // -1: accepted
        QTest::addColumn<int>("digits");     // significant digits counted
        QTest::addColumn<int>("decimals");
        QTest::newRow("fits") << kMax << -1 << 0 << 0;
        QTest::newRow("letters") << QStringLiteral("12a") << int(Decimal::Refusal::NotANumber) << -1 << -1;
        QTest::newRow("empty") << QString() << int(Decimal::Refusal::NotANumber) << -1 << -1;
        QTest::newRow("37 digits") << (kMax + QLatin1Char('9')) << int(Decimal::Refusal::TooManyDigits) << 37 << 0;
        QTest::newRow("37 digits with a point") << (kMax + QStringLiteral(".5")) << int(Decimal::Refusal::TooManyDigits) << 37 << 1;
        QTest::newRow("leading zeros do not count") << (QStringLiteral("000000") + kMax) << -1 << 0 << 0;
        QTest::newRow("19 decimals") << QStringLiteral("0.0000000000000000001") << int(Decimal::Refusal::TooManyDecimals) << 1 << 19;
        QTest::newRow("long and broken") << (kMax + kMax + QStringLiteral("x")) << int(Decimal::Refusal::NotANumber) << -1 << -1;
        QTest::newRow("1000 digits") << QString(1000, QLatin1Char('9')) << int(Decimal::Refusal::TooManyDigits) << 1000 << 0;
    }
    void whyRefused()
    {
        QFETCH(QString, input);
        QFETCH(int, why);
        QFETCH(int, digits);
        QFETCH(int, decimals);
        for (bool bytes : {false, true}) {
            Decimal::Refusal refusal;
            const QByteArray latin1 = input.toLatin1();
            const auto d = bytes ? Decimal::parse(QByteArrayView(latin1), &refusal) : Decimal::parse(QStringView(input), &refusal);
            QCOMPARE(d.has_value(), why < 0);
            if (why < 0)
                continue;
            QCOMPARE(int(refusal.reason), why);
            if (digits >= 0) {
                QCOMPARE(refusal.significantDigits, digits);
                QCOMPARE(refusal.decimals, decimals);
            }
        }
    }

private:
    static Decimal dec(const QString &text)
    {
        const auto d = Decimal::parse(QStringView(text));
        if (!d)
            qFatal("test data '%s' is not a decimal", qPrintable(text));
        return *d;
    }

    const QString kMax = QStringLiteral("999999999999999999999999999999999999");         // 36 nines
    const QString kMinusMax = QStringLiteral("-999999999999999999999999999999999999");
    const QString kTiny = QStringLiteral("0.000000000000000001");                         // 10^-18
    const QString k2Pow110 = QStringLiteral("1298074214633706907132624082305024");
    const QString kOverflow = QStringLiteral("overflow");
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestDecimal)
#include "test_decimal.moc"
