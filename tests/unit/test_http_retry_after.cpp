// HTTP Retry-After as every HTTP client of the engine reads it (parseRetryAfterMs): delay-seconds, an IMF-fixdate, and what is not one of them.
#include "TestMain.h"

#include "transport/HttpResponse.h"

#include <QTest>

using namespace orderflow;

class TestHttpRetryAfter : public QObject {
    Q_OBJECT
private slots:
    void forms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("spaces") << QByteArray("  2 ") << qint64(2000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("date 90 s ahead") << QByteArray("Wed, 21 Oct 2015 07:29:30 GMT") << qint64(90000);
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }
    void forms()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(parseRetryAfterMs(header, now), ms);
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestHttpRetryAfter)
#include "test_http_retry_after.moc"
