// Order ids are UUIDs of version 7: made later, they sort later (as the text stored in the database), also many in
// one millisecond and from several threads at once; they are unique; they carry the time they were made.
#include "TestMain.h"
#include "domain/OrderId.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <thread>
#include <vector>

using namespace orderflow;

class TestOrderId : public QObject {
    Q_OBJECT
private slots:
    void idsAreVersion7UuidsWithTheirTime()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString id = newOrderId();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        const QUuid u(id);
        QVERIFY(!u.isNull());
        QCOMPARE(u.data3 >> 12, 7);
        QCOMPARE(u.variant(), QUuid::DCE);
        const qint64 ms = (qint64(u.data1) << 16) | u.data2;
        QVERIFY2(ms >= before && ms <= after + 1, qPrintable(QString::number(ms - before)));
    }

    void laterIdsSortAfterEarlierOnes()
    {
        // 20,000 in a row: thousands share a millisecond, so the counter (and its carry into the next millisecond)
        // is what keeps them in order.
        QString last = newOrderId();
        for (int i = 0; i < 20000; ++i) {
            const QString id = newOrderId();
            QVERIFY2(last < id, qPrintable(last + QLatin1String(" then ") + id));
            last = id;
        }
    }

    void uniqueAcrossThreads()
    {
        constexpr int kThreads = 4;
        constexpr int kEach = 20000;
        std::vector<QStringList> made(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&made, t] {
                for (int i = 0; i < kEach; ++i)
                    made[t].append(newOrderId());
            });
        }
        for (std::thread &t : threads)
            t.join();
        QSet<QString> all;
        for (const QStringList &ids : made) {
            for (qsizetype i = 1; i < ids.size(); ++i)
                QVERIFY(ids.at(i - 1) < ids.at(i));   // each thread's own ids in order
            for (const QString &id : ids)
                all.insert(id);
        }
        QCOMPARE(all.size(), kThreads * kEach);
    }
};

ORDERFLOW_TEST_GUILESS_MAIN(TestOrderId)
#include "test_order_id.moc"
