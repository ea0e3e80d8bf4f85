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
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "test_decimal.moc"
