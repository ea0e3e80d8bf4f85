// Unit tests for the dropzone export file name (DESIGN §4): what the ERP sees in its inbound directory. The id part is
// the order id's short form (its last 8 hex digits, as listings show it), not its first 8 as DESIGN §4 has it: order
// ids are time-ordered (domain/OrderId.h), and their first 8 name the minute, not the order.
#include "connectors/DropzoneConnector.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace orderflow;

namespace {

const QRegularExpression kPattern(QStringLiteral("^sales_order_([0-9a-f]{8})_(\\d{8}_\\d{6})_([0-9a-f]{8})\\.json$"));

} // namespace

class TestDropzoneName : public QObject {
    Q_OBJECT
private slots:
    void nameParts_data()
    {
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("id8");
        QTest::addColumn<QString>("utcStamp");
        QTest::newRow("utc") << QStringLiteral("9b1d2c1e-7f3a-4c2b-9d8e-0123456789ab")
                             << QDateTime(QDate(2025, 12, 26), QTime(10, 0, 0), QTimeZone::utc())
                             << QStringLiteral("456789ab") << QStringLiteral("20251226_100000");
        QTest::newRow("dash inside the last 8") << QStringLiteral("9b1d-2c1e-7f3a-4c2b")
                                             << QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc())
                                             << QStringLiteral("7f3a4c2b") << QStringLiteral("20250102_030405");
        QTest::newRow("positive offset") << QStringLiteral("00000000-0000-0000-0000-000000000001")
                                         << QDateTime(QDate(2025, 12, 26), QTime(11, 30, 15), QTimeZone(3600))
                                         << QStringLiteral("00000001") << QStringLiteral("20251226_103015");
        QTest::newRow("offset crosses the year") << QStringLiteral("abcdef01-2345-6789-abcd-ef0123456789")
                                                 << QDateTime(QDate(2025, 12, 31), QTime(22, 30, 15), QTimeZone(-5 * 3600))
                                                 << QStringLiteral("23456789") << QStringLiteral("20260101_033015");
        QTest::newRow("named zone summer") << QStringLiteral("12345678-aaaa-bbbb-cccc-dddddddddddd")
                                           << QDateTime(QDate(2025, 7, 15), QTime(0, 15, 0), QTimeZone("Europe/Berlin"))
                                           << QStringLiteral("dddddddd") << QStringLiteral("20250714_221500");
        QTest::newRow("named zone winter") << QStringLiteral("12345678-aaaa-bbbb-cccc-dddddddddddd")
                                           << QDateTime(QDate(2025, 1, 15), QTime(0, 15, 0), QTimeZone("Europe/Berlin"))
                                           << QStringLiteral("dddddddd") << QStringLiteral("20250114_231500");
        QTest::newRow("milliseconds dropped") << QStringLiteral("fedcba98-7654-3210-fedc-ba9876543210")
                                              << QDateTime(QDate(2025, 3, 1), QTime(0, 0, 0, 999), QTimeZone::utc())
                                              << QStringLiteral("76543210") << QStringLiteral("20250301_000000");
    }
    void nameParts()
    {
        QFETCH(QString, orderId);
        QFETCH(QDateTime, when);
        QFETCH(QString, id8);
        QFETCH(QString, utcStamp);
        QVERIFY(when.isValid());
        const QString name = dropzoneFileName(orderId, when);
        const QRegularExpressionMatch m = kPattern.match(name);
        QVERIFY2(m.hasMatch(), qPrintable(name));
        QCOMPARE(m.captured(1), id8);
        QCOMPARE(m.captured(2), utcStamp);
        // The time of day the caller meant is unchanged (no accidental conversion of the argument).
        QCOMPARE(when.toUTC().toString(QStringLiteral("yyyyMMdd_HHmmss")), utcStamp);
    }

    void localTimeIsConvertedToUtc()
    {
        // Whatever the machine's zone, a local time names the same instant in UTC.
        const QDateTime local = QDateTime(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::LocalTime);
        const QString name = dropzoneFileName(QStringLiteral("9b1d2c1e-0000"), local);
        QVERIFY2(name.contains(local.toUTC().toString(QStringLiteral("_yyyyMMdd_HHmmss_"))), qPrintable(name));
    }

    void callsDiffer()
    {
        const QDateTime when(QDate(2025, 12, 26), QTime(10, 0, 0), QTimeZone::utc());
        const QString id = QStringLiteral("9b1d2c1e-7f3a-4c2b-9d8e-0123456789ab");
        QSet<QString> names;
        QSet<QString> firstHexDigits;
        for (int i = 0; i < 500; ++i) {
            const QString name = dropzoneFileName(id, when);
            const QRegularExpressionMatch m = kPattern.match(name);
            QVERIFY2(m.hasMatch(), qPrintable(name));   // also covers random values that need zero padding
            names.insert(name);
            firstHexDigits.insert(m.captured(3).left(1));
        }
        QCOMPARE(names.size(), 500);
        // 500 draws: every leading hex digit, including '0' (the zero-padded case), shows up.
        QVERIFY2(firstHexDigits.contains(QStringLiteral("0")), "random part never started with a padded zero");
        QCOMPARE(firstHexDigits.size(), 16);
    }

    void fixedLength()
    {
        // Fixed width, so names sort by time in a directory listing when the id prefix is the same.
        const QDateTime when(QDate(2025, 12, 26), QTime(10, 0, 0), QTimeZone::utc());
        const QString a = dropzoneFileName(QStringLiteral("9b1d2c1e-7f3a00"), when);
        QVERIFY(a.startsWith(QStringLiteral("sales_order_1e7f3a00_20251226_100000_")));
        QVERIFY(a.endsWith(QStringLiteral(".json")));
        QCOMPARE(a.size(), QStringLiteral("sales_order_12345678_20251226_100000_12345678.json").size());
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestDropzoneName)
#include "test_dropzone_name.moc"
