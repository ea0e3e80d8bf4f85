// The stored time text ("2025-01-31T10:30:00.000Z", UTC, milliseconds): written by hand for speed, so checked here
// against Qt's own formatting, for times before and after the epoch, leap days, the ends of the four-digit years and
// local-time input.
#include "storage/SqlTime.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace orderflow;

class TestSqlTime : public QObject {
    Q_OBJECT
private slots:
    void textIsQtsIsoFormInUtc_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << Q_INT64_C(0);
        QTest::newRow("just before the epoch") << Q_INT64_C(-1);
        QTest::newRow("a day before the epoch") << Q_INT64_C(-86400000);
        QTest::newRow("2000-02-29 23:59:59.999") << QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("2024-12-31 00:00") << QDateTime(QDate(2024, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("1900-03-01") << QDateTime(QDate(1900, 3, 1), QTime(12, 0, 1, 2), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("0001-01-01") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("9999-12-31 23:59:59.999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    }
    void textIsQtsIsoFormInUtc()
    {
        QFETCH(qint64, ms);
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString expected = utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        QCOMPARE(timeText(utc), expected);
        QCOMPARE(timeText(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(3600 * 5 + 1800))), expected);   // the same instant elsewhere
        QCOMPARE(timeFromText(expected), utc);
    }
    void nowIsTheCurrentTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QDateTime now = timeFromText(nowText());
        QVERIFY(now.isValid());
        QVERIFY(now.toMSecsSinceEpoch() >= before && now.toMSecsSinceEpoch() <= QDateTime::currentMSecsSinceEpoch());
    }
    void invalidTimeIsEmptyText()
    {
        QVERIFY(timeText(QDateTime()).isEmpty());
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestSqlTime)
#include "test_sql_time.moc"
