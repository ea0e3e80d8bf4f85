// The console's models against a real SQLite database: paging, SQL sorting and filtering, live updates
// without resets — each under QAbstractItemModelTester.
#include "ConsoleTestSupport.h"

#include "data/ConsoleDataService.h"
#include "models/ConsoleRoles.h"
#include "models/OrderTableModel.h"
#include "models/QueueListModel.h"
#include "models/RecordTableModel.h"
#include "views/OrderDetailPane.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;
using namespace orderflow::console;
using namespace orderflow::testing;

class TestConsoleModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queueListCountsAndBacklog();
    void recordTableMergesWithoutReset();
    void orderTablePagesSortsAndFilters();
    void orderTableLiveUpdates();
    void detailShowsThePriceBasis();

private:
    OrderStateChanges changesFor(const QList<QPair<QString, OrderState>> &moved, OrderState to) const;

    QTemporaryDir m_dir;
    DemoPaths m_paths;
    std::unique_ptr<Database> m_db;
    QList<SeededOrder> m_orders;
    ConsoleDataService *m_data = nullptr;
    qint64 m_orgId = 0;
};

void TestConsoleModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_paths = demoPaths(m_dir.filePath(QStringLiteral("demo")));
    m_db = openDemoDatabase(m_paths);
    // 300 in review, 100 failed, 100 acked.
    m_orders = seedOrders(*m_db, 500, [](int i) { return i < 300 ? OrderState::Review : (i < 400 ? OrderState::Failed : OrderState::Acked); });
    QSqlQuery q(m_db->sql());
    q.exec(QStringLiteral("SELECT id FROM org"));
    q.next();
    m_orgId = q.value(0).toLongLong();

    m_data = new ConsoleDataService(this);
    QSignalSpy ready(m_data, &ConsoleDataService::ready);
    m_data->open(m_paths.database);
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), QString());
}

void TestConsoleModels::cleanupTestCase()
{
    m_data->shutdown();
    m_db.reset();
}

OrderStateChanges TestConsoleModels::changesFor(const QList<QPair<QString, OrderState>> &moved, OrderState to) const
{
    OrderStateChanges out;
    for (const auto &[id, from] : moved)
        out.append({id, m_orgId, from, to, false});
    return out;
}

void TestConsoleModels::queueListCountsAndBacklog()
{
    QueueListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy statsSpy(m_data, &ConsoleDataService::queueStatsReady);
    const quint64 ticket = m_data->requestQueueStats(0);
    QTRY_COMPARE(statsSpy.size(), 1);
    QCOMPARE(statsSpy.first().at(0).toULongLong(), ticket);
    model.setStats(statsSpy.first().at(1).value<QueueStats>());
    QCOMPARE(model.count(OrderState::Review), 300);
    QCOMPARE(model.count(OrderState::Failed), 100);
    // Seeded orders are 30 days old: every non-empty waiting queue is backing up with a 30-minute limit.
    QVERIFY(model.isBackingUp(OrderState::Review));
    QVERIFY(!model.isBackingUp(OrderState::Acked));   // final queues never back up
    model.setBacklogLimits({0, 250});
    QVERIFY(model.isBackingUp(OrderState::Review));
    QVERIFY(!model.isBackingUp(OrderState::Failed));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyChanges({{QStringLiteral("x"), m_orgId, OrderState::Failed, OrderState::Approved, false},
                        {QStringLiteral("y"), m_orgId, OrderState::Received, OrderState::Received, true}});
    QCOMPARE(model.count(OrderState::Failed), 99);
    QCOMPARE(model.count(OrderState::Approved), 1);
    QCOMPARE(model.count(OrderState::Received), 1);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(model.data(model.index(model.rowOf(OrderState::Approved)), CountRole).toInt(), 1);
}

void TestConsoleModels::recordTableMergesWithoutReset()
{
    RecordTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({{QStringLiteral("A"), {}, false}, {QStringLiteral("B"), {}, true}});
    auto rec = [](int id, const QString &a) {
        RecordTableModel::Record r;
        r.id = id;
        r.cells = {{a, a, {}}, {id, id, {}}};
        return r;
    };
    model.setRecords({rec(3, QStringLiteral("c")), rec(2, QStringLiteral("b")), rec(1, QStringLiteral("a"))});
    QCOMPARE(model.rowCount(), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setRecords({rec(5, QStringLiteral("e")), rec(4, QStringLiteral("d")), rec(3, QStringLiteral("C")), rec(1, QStringLiteral("a"))});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(2, 0)).toString(), QStringLiteral("C"));
    QCOMPARE(model.data(model.index(0, 1), SortRole).toInt(), 5);
}

void TestConsoleModels::orderTablePagesSortsAndFilters()
{
    OrderTableModel model(m_data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(200);
    OrderQuery q;
    q.state = OrderState::Review;
    model.setQuery(q);
    QTRY_COMPARE(model.rowCount(), 200);
    QTRY_COMPARE(model.totalCount(), 300);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 300);
    QVERIFY(!model.canFetchMore({}));

    // Sort by customer, descending: the database sorts; the raw sort role must come out non-increasing.
    model.sort(int(OrderColumn::Customer), Qt::DescendingOrder);
    QTRY_COMPARE(model.rowCount(), 200);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r - 1, int(OrderColumn::Customer)), SortRole).toString()
                >= model.data(model.index(r, int(OrderColumn::Customer)), SortRole).toString());
    // Amount sorts numerically, not as text.
    model.sort(int(OrderColumn::Amount), Qt::AscendingOrder);
    QTRY_COMPARE(model.rowCount(), 200);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 300);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r - 1, int(OrderColumn::Amount)), SortRole).toDouble()
                <= model.data(model.index(r, int(OrderColumn::Amount)), SortRole).toDouble());

    // Free text on the PO number, on the customer and on a line's SKU.
    q.text = QStringLiteral("PO-12");
    model.setQuery(q);
    QTRY_COMPARE(model.totalCount(), 11);   // PO-12, PO-120..129
    QCOMPARE(model.rowCount(), 11);
    q.text = QStringLiteral("globex");
    model.setQuery(q);
    QTRY_COMPARE(model.totalCount(), 25);   // every 12th of 300
    q.text = QStringLiteral("SKU-96");
    model.setQuery(q);
    QTRY_COMPARE(model.totalCount(), 3);    // numbers 96, 193, 290
    // Partner and date filters.
    q.text.clear();
    q.partner = QStringLiteral("P11");
    model.setQuery(q);
    QTRY_COMPARE(model.totalCount(), 25);
    q.partner.clear();
    q.receivedTo = QDate::currentDate().addDays(-40);
    model.setQuery(q);
    QTRY_COMPARE(model.totalCount(), 0);
    q.receivedTo = {};
    q.orgId = m_orgId + 1000;   // another organisation: nothing
    model.setQuery(q);
    QTRY_COMPARE(model.totalCount(), 0);
}

void TestConsoleModels::orderTableLiveUpdates()
{
    OrderTableModel model(m_data);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchInterval(20);
    OrderQuery q;
    q.state = OrderState::Failed;
    model.setQuery(q);
    QTRY_COMPARE(model.rowCount(), 100);
    QTRY_COMPARE(model.totalCount(), 100);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Five failed orders are retried (leave), three review orders fail (enter, in received order).
    QStringList leaving, entering;
    for (int i = 300; i < 305; ++i)
        leaving << m_orders.at(i).id;
    for (int i : {10, 150, 299})
        entering << m_orders.at(i).id;
    model.applyChanges(changesFor(setStates(*m_db, leaving, OrderState::Approved), OrderState::Approved));
    model.applyChanges(changesFor(setStates(*m_db, entering, OrderState::Failed), OrderState::Failed));
    QTRY_COMPARE(model.rowCount(), 98);
    QTRY_COMPARE(model.totalCount(), 98);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);             // one contiguous run, one signal
    QCOMPARE(inserted.size(), 3);
    for (const QString &id : leaving)
        QCOMPARE(model.rowOf(id), -1);
    // Received order: the seeded review orders are older than the failed ones, so they come first.
    QCOMPARE(model.rowOf(entering.at(0)), 0);
    QCOMPARE(model.rowOf(entering.at(2)), 2);
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.data(model.index(r - 1, int(OrderColumn::Received)), SortRole).toString()
                <= model.data(model.index(r, int(OrderColumn::Received)), SortRole).toString());

    // A change for an order of this queue that is not the one shown (e.g. failed → approved → failed in one
    // batch) ends as it ends in the database.
    model.applyChanges(changesFor(setStates(*m_db, {entering.at(1)}, OrderState::Approved), OrderState::Approved));
    model.applyChanges(changesFor(setStates(*m_db, {entering.at(1)}, OrderState::Failed), OrderState::Failed));
    QTest::qWait(100);
    QCOMPARE(model.rowOf(entering.at(1)), 1);
    QCOMPARE(model.rowCount(), 98);
    QCOMPARE(reset.size(), 0);
}

// A line priced per hundred (X12 PO105 HP, stored as the ingest stores it): the detail pane shows the price as sent,
// what it is for and the price of one unit, where the unit price is shown; a line without a basis shows its price.
void TestConsoleModels::detailShowsThePriceBasis()
{
    const QString id = m_orders.at(1).id;
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("UPDATE order_line SET quantity = '200', unit_price = '0.45', line_total = '90.00', price_as_sent = '45', "
                             "price_basis_code = 'HP', price_basis_quantity = '100' WHERE order_id = ?"));
    q.addBindValue(id);
    QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));

    OrderDetailPane pane;
    pane.setDataService(m_data);
    QSignalSpy loaded(&pane, &OrderDetailPane::loaded);
    pane.showOrder(id);
    QTRY_COMPARE(loaded.size(), 1);
    RecordTableModel *lines = nullptr;
    for (RecordTableModel *m : pane.findChildren<RecordTableModel *>()) {
        if (m->columnCount() == 9 && m->headerData(7, Qt::Horizontal).toString() == QLatin1String("Unit price"))
            lines = m;
    }
    QVERIFY(lines);
    QCOMPARE(lines->rowCount(), 1);
    QCOMPARE(lines->data(lines->index(0, 7)).toString(), QStringLiteral("45 per 100 (HP) → 0.45 each"));
    QCOMPARE(lines->data(lines->index(0, 8)).toString(), QStringLiteral("90.00"));

    QSignalSpy again(&pane, &OrderDetailPane::loaded);
    pane.showOrder(m_orders.at(2).id);
    QTRY_COMPARE(again.size(), 1);
    const QString plain = lines->data(lines->index(0, 7)).toString();
    QVERIFY2(!plain.isEmpty() && !plain.contains(QLatin1String(" per ")), qPrintable(plain));
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestConsoleModels)
#include "test_console_models.moc"
