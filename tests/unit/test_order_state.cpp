#include "domain/OrderState.h"

#include <QTest>

using namespace orderflow;

class TestOrderState : public QObject {
    Q_OBJECT
private slots:
    void names_roundTrip()
    {
        for (OrderState s : kAllOrderStates)
            QCOMPARE(stateFromName(stateName(s)), std::optional<OrderState>(s));
        QCOMPARE(stateName(OrderState::RetryWait), QStringLiteral("retry_wait"));
        QVERIFY(!stateFromName(u"shipped").has_value());
    }
    void table_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const struct { const char *f, *t; bool ok; } rows[] = {
            {"received", "invalid", true},   {"received", "review", true},     {"received", "approved", true},
            {"received", "duplicate", true}, {"review", "approved", true},     {"review", "rejected", true},
            {"approved", "pushing", true},   {"pushing", "sent", true},        {"pushing", "retry_wait", true},
            {"pushing", "failed", true},     {"retry_wait", "pushing", true},  {"sent", "acked", true},
            {"sent", "failed", true},        {"failed", "approved", true},     {"failed", "rejected", true},
            {"invalid", "received", true},
            // Forbidden: skipping steps, leaving final states, cancelling work in flight.
            {"received", "pushing", false},  {"review", "sent", false},        {"acked", "approved", false},
            {"acked", "rejected", false},    {"rejected", "approved", false},  {"duplicate", "approved", false},
            {"pushing", "rejected", false},  {"sent", "rejected", false},      {"sent", "pushing", false},
            {"approved", "sent", false},     {"failed", "pushing", false},     {"retry_wait", "sent", false},
        };
        for (const auto &r : rows)
            QTest::newRow(QByteArray(QByteArray(r.f) + " -> " + r.t).constData()) << QString::fromLatin1(r.f) << QString::fromLatin1(r.t) << r.ok;
    }
    void table()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const OrderState f = *stateFromName(from);
        const OrderState t = *stateFromName(to);
        QCOMPARE(isTransitionAllowed(f, t), allowed);
        const Status s = checkTransition(f, t);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().code, QStringLiteral("invalid_transition"));
            QVERIFY2(s.error().message.contains(from) && s.error().message.contains(to), qPrintable(s.error().message));
        }
    }
    void finalStates()
    {
        QVERIFY(isFinalState(OrderState::Acked));
        QVERIFY(isFinalState(OrderState::Rejected));
        QVERIFY(isFinalState(OrderState::Duplicate));
        QVERIFY(!isFinalState(OrderState::Failed));
        QVERIFY(isOpenState(OrderState::Review));
        QVERIFY(!isOpenState(OrderState::Pushing));
    }
};

#include "TestMain.h"
ORDERFLOW_TEST_GUILESS_MAIN(TestOrderState)
#include "test_order_state.moc"
