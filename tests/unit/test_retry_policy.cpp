// Unit tests for the push retry backoff and the per-connection circuit breaker (DESIGN §4 "Push orchestration").
#include "pipeline/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace orderflow;

namespace {

const QDateTime kT0(QDate(2025, 12, 26), QTime(10, 0, 0), QTimeZone::utc());

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void delayWithoutJitter_data()
    {
        QTest::addColumn<qint64>("baseMs");
        QTest::addColumn<qint64>("maxMs");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("attempt 1 = base") << qint64(2000) << qint64(300000) << 1 << qint64(2000);
        QTest::newRow("attempt 2") << qint64(2000) << qint64(300000) << 2 << qint64(4000);
        QTest::newRow("attempt 3") << qint64(2000) << qint64(300000) << 3 << qint64(8000);
        QTest::newRow("attempt 4") << qint64(2000) << qint64(300000) << 4 << qint64(16000);
        QTest::newRow("attempt 8 below cap") << qint64(2000) << qint64(300000) << 8 << qint64(256000);
        QTest::newRow("attempt 9 capped") << qint64(2000) << qint64(300000) << 9 << qint64(300000);
        QTest::newRow("attempt 50 capped") << qint64(2000) << qint64(300000) << 50 << qint64(300000);
        QTest::newRow("attempt 1000 capped") << qint64(2000) << qint64(300000) << 1000 << qint64(300000);
        QTest::newRow("exactly at cap") << qint64(1000) << qint64(8000) << 4 << qint64(8000);
        QTest::newRow("base above cap") << qint64(10000) << qint64(5000) << 1 << qint64(5000);
        QTest::newRow("attempt 0 treated as first") << qint64(2000) << qint64(300000) << 0 << qint64(2000);
        QTest::newRow("negative attempt") << qint64(2000) << qint64(300000) << -3 << qint64(2000);
        QTest::newRow("1 ms base") << qint64(1) << qint64(1000000) << 11 << qint64(1024);
        QTest::newRow("large cap, many attempts") << qint64(1000) << qint64(86400000) << 30 << qint64(86400000);
    }
    void delayWithoutJitter()
    {
        QFETCH(qint64, baseMs);
        QFETCH(qint64, maxMs);
        QFETCH(int, attempt);
        QFETCH(qint64, expected);
        RetryPolicy p;
        p.baseMs = baseMs;
        p.maxDelayMs = maxMs;
        QCOMPARE(p.delayMs(attempt, 0.0), expected);
        p.jitterFraction = 0.0;
        QCOMPARE(p.delayMs(attempt, 0.99), expected);
    }

    void jitterOnlyAdds_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        // base 2000, cap 300000, 20 % jitter
        QTest::newRow("no jitter at 0") << 1 << 0.0 << qint64(2000);
        QTest::newRow("half") << 1 << 0.5 << qint64(2200);
        QTest::newRow("quarter attempt 3") << 3 << 0.25 << qint64(8400);
        QTest::newRow("capped plus jitter") << 12 << 0.5 << qint64(330000);
    }
    void jitterOnlyAdds()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RetryPolicy p;
        QCOMPARE(p.delayMs(attempt, random), expected);
    }

    void jitterBounds_data()
    {
        QTest::addColumn<double>("random");
        QTest::newRow("0") << 0.0;
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("0.999999") << 0.999999;
        QTest::newRow("just below 1") << 0.9999999999;
        QTest::newRow("1 (out of range)") << 1.0;
        QTest::newRow("7 (out of range)") << 7.0;
        QTest::newRow("negative (out of range)") << -0.5;
    }
    void jitterBounds()
    {
        QFETCH(double, random);
        const RetryPolicy p;
        RetryPolicy plain;
        plain.jitterFraction = 0.0;
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const qint64 base = plain.delayMs(attempt, 0.0);
            const qint64 d = p.delayMs(attempt, random);
            QVERIFY2(d >= base, qPrintable(QStringLiteral("attempt %1: %2 < %3").arg(attempt).arg(d).arg(base)));
            QVERIFY2(d <= base + base / 5, qPrintable(QStringLiteral("attempt %1: %2 > %3 + 20 %").arg(attempt).arg(d).arg(base)));
        }
    }

    void jitterIsMonotonicInRandom()
    {
        const RetryPolicy p;
        qint64 previous = 0;
        for (int i = 0; i < 100; ++i) {
            const qint64 d = p.delayMs(5, i / 100.0);
            QVERIFY(d >= previous);
            previous = d;
        }
        QVERIFY(previous > p.delayMs(5, 0.0));   // jitter does add something
    }

    void retriesAllowed_data()
    {
        QTest::addColumn<int>("maxRetries");
        QTest::addColumn<int>("attempts");
        QTest::newRow("default 3 retries = 4 attempts") << 3 << 4;
        QTest::newRow("0 retries = 1 attempt") << 0 << 1;
        QTest::newRow("1 retry = 2 attempts") << 1 << 2;
        QTest::newRow("10 retries = 11 attempts") << 10 << 11;
    }
    void retriesAllowed()
    {
        QFETCH(int, maxRetries);
        QFETCH(int, attempts);
        RetryPolicy p;
        p.maxRetries = maxRetries;
        int made = 1;   // the first attempt
        while (p.allowsRetryAfter(made) && made < 1000)
            ++made;
        QCOMPARE(made, attempts);
        QVERIFY(!p.allowsRetryAfter(attempts));
        QVERIFY(!p.allowsRetryAfter(attempts + 1));
    }

    void serverDelay_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("serverMs");
        QTest::addColumn<qint64>("expected");
        // base 100, no jitter: attempt 1 → 100, attempt 4 → 800.
        QTest::newRow("server says nothing") << 1 << qint64(-1) << qint64(100);
        QTest::newRow("server asks for longer") << 1 << qint64(5000) << qint64(5000);
        QTest::newRow("server asks for less than the backoff") << 4 << qint64(200) << qint64(800);
        QTest::newRow("server asks for zero") << 1 << qint64(0) << qint64(100);
        QTest::newRow("longer than max_delay is still honoured") << 1 << qint64(600000) << qint64(600000);
        QTest::newRow("garbage-sized wish capped at one hour") << 1 << qint64(86400000) << RetryPolicy::kMaxServerDelayMs;
    }
    void serverDelay()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, serverMs);
        QFETCH(qint64, expected);
        RetryPolicy p;
        p.baseMs = 100;
        p.maxDelayMs = 10000;
        p.jitterFraction = 0.0;
        QCOMPARE(p.delayMs(attempt, 0.5, serverMs), expected);
    }

    void defaults()
    {
        const RetryPolicy p;
        QCOMPARE(p.maxRetries, 3);
        QVERIFY(p.jitterFraction >= 0.0 && p.jitterFraction <= 0.2);
        QVERIFY(p.baseMs > 0);
        QVERIFY(p.maxDelayMs >= p.baseMs);
        const CircuitBreaker b;
        QVERIFY(b.threshold > 0);
        QVERIFY(b.cooldownMs > 0);
        const CircuitBreaker::State s;
        QCOMPARE(s.name, QStringLiteral("closed"));
        QCOMPARE(s.consecutiveFailures, 0);
    }

    void breakerSequences_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<QString>("events");       // F = transient failure, S = success (all at t0)
        QTest::addColumn<qint64>("waitMs");         // when admits() is asked, after t0
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("admits");
        QTest::newRow("fresh") << 3 << QString() << qint64(0) << QStringLiteral("closed") << -1;
        QTest::newRow("below threshold") << 3 << QStringLiteral("FF") << qint64(0) << QStringLiteral("closed") << -1;
        QTest::newRow("at threshold") << 3 << QStringLiteral("FFF") << qint64(0) << QStringLiteral("open") << 0;
        QTest::newRow("beyond threshold") << 3 << QStringLiteral("FFFFF") << qint64(0) << QStringLiteral("open") << 0;
        QTest::newRow("open just before cooldown") << 3 << QStringLiteral("FFF") << qint64(59999) << QStringLiteral("open") << 0;
        QTest::newRow("half-open at cooldown") << 3 << QStringLiteral("FFF") << qint64(60000) << QStringLiteral("half_open") << 1;
        QTest::newRow("half-open long after") << 3 << QStringLiteral("FFF") << qint64(3600000) << QStringLiteral("half_open") << 1;
        QTest::newRow("success resets count") << 3 << QStringLiteral("FFSFF") << qint64(0) << QStringLiteral("closed") << -1;
        QTest::newRow("success then threshold") << 3 << QStringLiteral("FFSFFF") << qint64(0) << QStringLiteral("open") << 0;
        QTest::newRow("success closes open") << 3 << QStringLiteral("FFFS") << qint64(0) << QStringLiteral("closed") << -1;
        QTest::newRow("threshold 1") << 1 << QStringLiteral("F") << qint64(0) << QStringLiteral("open") << 0;
    }
    void breakerSequences()
    {
        QFETCH(int, threshold);
        QFETCH(QString, events);
        QFETCH(qint64, waitMs);
        QFETCH(QString, state);
        QFETCH(int, admits);
        CircuitBreaker b;
        b.threshold = threshold;
        b.cooldownMs = 60000;
        CircuitBreaker::State s;
        for (const QChar e : events) {
            if (e == QLatin1Char('F'))
                b.onTransientFailure(s, kT0);
            else
                b.onSuccess(s);
        }
        QCOMPARE(b.admits(s, kT0.addMSecs(waitMs)), admits);
        QCOMPARE(s.name, state);
        if (state == QLatin1String("open"))
            QCOMPARE(s.openUntil, kT0.addMSecs(60000));
    }

    void halfOpenFailureReopens()
    {
        CircuitBreaker b;
        b.threshold = 2;
        b.cooldownMs = 1000;
        CircuitBreaker::State s;
        b.onTransientFailure(s, kT0);
        b.onTransientFailure(s, kT0);
        QCOMPARE(b.admits(s, kT0.addMSecs(500)), 0);
        const QDateTime probe = kT0.addMSecs(1500);
        QCOMPARE(b.admits(s, probe), 1);
        QCOMPARE(s.name, QStringLiteral("half_open"));
        // The one probe fails: open again for a whole cooldown counted from the probe's failure.
        b.onTransientFailure(s, probe);
        QCOMPARE(s.name, QStringLiteral("open"));
        QCOMPARE(s.openUntil, probe.addMSecs(1000));
        QCOMPARE(b.admits(s, probe.addMSecs(999)), 0);
        QCOMPARE(b.admits(s, probe.addMSecs(1000)), 1);
        QCOMPARE(s.name, QStringLiteral("half_open"));
    }

    void halfOpenSuccessCloses()
    {
        CircuitBreaker b;
        b.threshold = 3;
        b.cooldownMs = 1000;
        CircuitBreaker::State s;
        for (int i = 0; i < 3; ++i)
            b.onTransientFailure(s, kT0);
        QCOMPARE(b.admits(s, kT0.addSecs(2)), 1);
        b.onSuccess(s);
        QCOMPARE(s.name, QStringLiteral("closed"));
        QCOMPARE(s.consecutiveFailures, 0);
        QVERIFY(!s.openUntil.isValid());
        QCOMPARE(b.admits(s, kT0.addSecs(2)), -1);
        // Closed again: it takes a full threshold of failures to open it.
        b.onTransientFailure(s, kT0.addSecs(3));
        b.onTransientFailure(s, kT0.addSecs(3));
        QCOMPARE(b.admits(s, kT0.addSecs(3)), -1);
        b.onTransientFailure(s, kT0.addSecs(3));
        QCOMPARE(b.admits(s, kT0.addSecs(3)), 0);
    }

    void openWithoutDeadlineProbes()
    {
        // A state restored from the database as "open" without a time must not block the connection for ever.
        const CircuitBreaker b;
        CircuitBreaker::State s;
        s.name = QStringLiteral("open");
        QCOMPARE(b.admits(s, kT0), 1);
        QCOMPARE(s.name, QStringLiteral("half_open"));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retry_policy.moc"
