// The console watching a database that another process changes (the real `orderflow` CLI): new orders appear
// without a refresh, the sidebar, the table's count and its rows agree through a burst of 1,000 changes, an order
// the operator retried stays in sight, actions follow the visible view only. The console runs no engine of its
// own here (--no-engine), so every change it shows came through the change feed.
#include "ConsoleTestSupport.h"

#include "app/ConsoleSession.h"
#include "models/ConsoleRoles.h"
#include "models/LogRecords.h"
#include "models/OrderTableModel.h"
#include "models/QueueListModel.h"
#include "storage/ExportRepository.h"
#include "storage/SqlTime.h"
#include "views/DashboardView.h"
#include "views/MainWindow.h"
#include "views/OrderDetailPane.h"
#include "views/RecordView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QSqlError>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;
using namespace orderflow::console;
using namespace orderflow::testing;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestConsoleLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newOrderFromAnotherProcessAppears();
    void burstOfThousandChangesKeepsCountsAndTableInAgreement();
    void retriedOrderStaysInSight();
    void labelMatchesTableWhenTheLastRowLeaves();
    void actionsFollowTheVisibleViewOnly();
    void bulkRetryCancelLeavesEveryRowDoneOrUntouched();
    void pushNowRefusesReviewInConsoleAndCli();
    void dashboardCountsWhatWaitsForAPerson();
    void ackRejectionShowsOnTheAttemptItAnswers();
    void missingDatabaseIsAnErrorNotANewFile();

private:
    // Starts the CLI on the console's database and waits for it with the event loop running, so the console
    // keeps working (and its feed keeps polling) while the other process writes.
    Run cli(QStringList args);
    QProcess *startCli(QStringList args);
    int dbCount(OrderState state);
    QString stateOf(const QString &id);
    QStringList idsIn(OrderState state, int limit);
    void showQueue(OrderState state);
    QString summaryText() const;
    QString partnerFile(int id, const QString &customer);

    QTemporaryDir m_dir;
    DemoPaths m_paths;
    std::unique_ptr<Database> m_db;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_orderTester;
    std::unique_ptr<QAbstractItemModelTester> m_queueTester;
};

void TestConsoleLive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_paths = demoPaths(m_dir.filePath(QStringLiteral("ws")));
    m_db = openDemoDatabase(m_paths);
    // 1,200 failed (the burst and the retry), 1 in review (its queue empties), 1 invalid (the dashboard).
    seedOrders(*m_db, 1202, [](int i) { return i < 1200 ? OrderState::Failed : (i == 1200 ? OrderState::Review : OrderState::Invalid); }, 70001,
               false);

    SessionOptions options;
    options.databasePath = m_paths.database;
    options.runEngine = false;   // watch only: what changes, another process changes
    m_session = new ConsoleSession(options, this);
    m_session->data()->setFeedInterval(250);
    m_window = new MainWindow(m_session);
    m_orderTester = std::make_unique<QAbstractItemModelTester>(m_window->orderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queueTester = std::make_unique<QAbstractItemModelTester>(m_window->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy ready(m_session, &ConsoleSession::ready);
    m_session->start();
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), QString());
    // The status bar names the database that is open.
    bool named = false;
    for (QLabel *label : m_window->findChildren<QLabel *>())
        named = named || label->text() == QFileInfo(m_paths.database).absoluteFilePath();
    QVERIFY2(named, "the status bar does not name the open database");
}

void TestConsoleLive::cleanupTestCase()
{
    m_orderTester.reset();
    m_queueTester.reset();
    delete m_window;
    m_session->shutdown();
    m_db.reset();
}

QProcess *TestConsoleLive::startCli(QStringList args)
{
    args << QStringLiteral("--db") << m_paths.database;
    auto *p = new QProcess(this);
    p->start(QStringLiteral(ORDERFLOW_CLI), args);
    return p;
}

Run TestConsoleLive::cli(QStringList args)
{
    QProcess *p = startCli(std::move(args));
    Run r;
    if (!QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 60000)) {
        p->kill();
        p->waitForFinished();
    }
    r.code = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

int TestConsoleLive::dbCount(OrderState state)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = ?"));
    q.addBindValue(stateName(state));
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

QString TestConsoleLive::stateOf(const QString &id)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT state FROM draft_order WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

QStringList TestConsoleLive::idsIn(OrderState state, int limit)
{
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT id FROM draft_order WHERE state = ? ORDER BY received_at LIMIT ?"));
    q.addBindValue(stateName(state));
    q.addBindValue(limit);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestConsoleLive::showQueue(OrderState state)
{
    m_window->showTab(0);
    m_window->selectQueue(state);
    QTRY_COMPARE(m_window->orderModel()->query().state, state);
    QTRY_VERIFY(!m_window->orderModel()->isLoading() && m_window->orderModel()->totalCount() >= 0);
}

QString TestConsoleLive::summaryText() const
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("ordersSummary"));
    return label ? label->text() : QString();
}

QString TestConsoleLive::partnerFile(int id, const QString &customer)
{
    const QJsonObject order{{QStringLiteral("id"), id},
                            {QStringLiteral("customer"), customer},
                            {QStringLiteral("currency"), QStringLiteral("USD")},
                            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("P001")},
                                                                             {QStringLiteral("quantity"), 2},
                                                                             {QStringLiteral("unit_price"), QStringLiteral("10")}}}},
                            {QStringLiteral("submitted_at"), QStringLiteral("2025-01-01T10:30:00Z")}};
    const QString path = m_dir.filePath(QStringLiteral("order-%1.json").arg(id));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(order).toJson());
    return path;
}

void TestConsoleLive::newOrderFromAnotherProcessAppears()
{
    // Where does such an order land? The first one tells; the console then shows that queue.
    const Run first = cli({QStringLiteral("ingest"), partnerFile(5001, QStringLiteral("ACME Corp")), QStringLiteral("--source"),
                           QStringLiteral("partner-folder")});
    QVERIFY2(first.code == 0, qPrintable(first.err + first.out));
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT state FROM draft_order WHERE order_number = '5001'")) && q.next());
    const auto state = stateFromName(q.value(0).toString());
    QVERIFY(state);
    q.finish();
    showQueue(*state);
    const int before = m_window->orderModel()->rowCount();

    const Run second = cli({QStringLiteral("ingest"), partnerFile(5002, QStringLiteral("ACME Corp")), QStringLiteral("--source"),
                            QStringLiteral("partner-folder")});
    QVERIFY2(second.code == 0, qPrintable(second.err + second.out));
    // No refresh, no re-selection: the feed brings it.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (int r = 0; r < m_window->orderModel()->rowCount(); ++r) {
                if (m_window->orderModel()->rowAt(r).orderNumber == QLatin1String("5002"))
                    return true;
            }
            return false;
        }(),
        3000);
    QCOMPARE(m_window->orderModel()->rowCount(), before + 1);
    QTRY_COMPARE(m_window->queueModel()->count(*state), dbCount(*state));
    QCOMPARE(m_window->orderModel()->totalCount(), dbCount(*state));
}

void TestConsoleLive::burstOfThousandChangesKeepsCountsAndTableInAgreement()
{
    showQueue(OrderState::Approved);
    QTRY_VERIFY(!m_window->orderModel()->canFetchMore({}));
    // At every update the views receive, the sidebar's count, the table's count and its rows agree.
    int updates = 0;
    QStringList disagreements;
    auto check = connect(m_session->data(), &ConsoleDataService::feedUpdated, this, [&](const FeedUpdate &u) {
        if (u.watch != m_session->data()->watchedGeneration())
            return;
        ++updates;
        const int sidebar = m_window->queueModel()->count(OrderState::Approved);
        const int total = m_window->orderModel()->totalCount();
        const int rows = m_window->orderModel()->rowCount();
        if (sidebar != total || rows != total)
            disagreements << QStringLiteral("seq %1: sidebar %2, count %3, rows %4").arg(u.seq).arg(sidebar).arg(total).arg(rows);
    });

    // Two processes at once: 600 retries (failed → approved) and 400 rejections (failed → rejected).
    const QStringList failed = idsIn(OrderState::Failed, 1000);
    QCOMPARE(failed.size(), 1000);
    const int approvedBefore = dbCount(OrderState::Approved);
    QProcess *retry = startCli(QStringList{QStringLiteral("retry")} + failed.mid(0, 600));
    QProcess *reject = startCli(QStringList{QStringLiteral("reject")} + failed.mid(600) + QStringList{QStringLiteral("--reason"), QStringLiteral("burst")});
    QVERIFY(QTest::qWaitFor([&] { return retry->state() == QProcess::NotRunning && reject->state() == QProcess::NotRunning; }, 120000));
    QVERIFY2(retry->exitCode() == 0, retry->readAllStandardError().constData());
    QVERIFY2(reject->exitCode() == 0, reject->readAllStandardError().constData());

    QCOMPARE(dbCount(OrderState::Approved), approvedBefore + 600);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->orderModel()->rowCount(), approvedBefore + 600, 5000);
    QTRY_COMPARE(m_window->orderModel()->totalCount(), approvedBefore + 600);
    QTRY_COMPARE(m_window->queueModel()->count(OrderState::Approved), approvedBefore + 600);
    QTRY_COMPARE(m_window->queueModel()->count(OrderState::Failed), dbCount(OrderState::Failed));
    QTRY_COMPARE(m_window->queueModel()->count(OrderState::Rejected), dbCount(OrderState::Rejected));
    QVERIFY(summaryText().contains(QLocale().toString(approvedBefore + 600)));
    disconnect(check);
    QVERIFY(updates > 0);
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(QLatin1Char('\n'))));
    delete retry;
    delete reject;
}

void TestConsoleLive::retriedOrderStaysInSight()
{
    showQueue(OrderState::Failed);
    QVERIFY(m_window->orderModel()->rowCount() > 0);
    const QString id = m_window->orderModel()->rowAt(0).id;
    m_window->orderView()->selectionModel()->setCurrentIndex(m_window->orderModel()->index(0, 0),
                                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_window->detailPane()->orderId(), id);
    QTest::qWait(50);   // the commands take the new selection on the next turn of the event loop
    QAction *retry = m_window->commandAction(ActionKind::Retry);
    QTRY_VERIFY(retry->isEnabled());
    retry->trigger();
    QTRY_COMPARE(stateOf(id), QStringLiteral("approved"));

    // The console follows it to the Approved queue and selects it there; the pane never lets it go.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->orderModel()->query().state, OrderState::Approved, 3000);
    QCOMPARE(m_window->queueView()->currentIndex().data(StateRole).toInt(), int(OrderState::Approved));
    QTRY_COMPARE(m_window->orderView()->currentIndex().data(IdRole).toString(), id);
    QCOMPARE(m_window->detailPane()->orderId(), id);
    QTRY_COMPARE(m_window->detailPane()->detail().summary.state, OrderState::Approved);
    QVERIFY(m_window->orderView()->selectionModel()->isRowSelected(m_window->orderView()->currentIndex().row(), {}));
}

void TestConsoleLive::labelMatchesTableWhenTheLastRowLeaves()
{
    showQueue(OrderState::Review);
    QTRY_COMPARE(m_window->orderModel()->rowCount(), 1);
    QVERIFY2(summaryText().contains(QLatin1String(": 1 order")), qPrintable(summaryText()));
    const QString id = m_window->orderModel()->rowAt(0).id;
    m_window->orderView()->selectionModel()->setCurrentIndex(m_window->orderModel()->index(0, 0),
                                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_window->detailPane()->orderId(), id);

    // Another process approves it: the row leaves, the label says so, the pane keeps the order in its new state.
    const Run approved = cli({QStringLiteral("approve"), id});
    QVERIFY2(approved.code == 0, qPrintable(approved.err + approved.out));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->orderModel()->rowCount(), 0, 3000);
    QTRY_COMPARE(m_window->orderModel()->totalCount(), 0);
    QVERIFY2(summaryText().contains(QLatin1String(": 0 order")), qPrintable(summaryText()));
    QCOMPARE(m_window->queueModel()->count(OrderState::Review), 0);
    QCOMPARE(m_window->detailPane()->orderId(), id);
    QTRY_COMPARE(m_window->detailPane()->detail().summary.state, OrderState::Approved);
}

void TestConsoleLive::actionsFollowTheVisibleViewOnly()
{
    showQueue(OrderState::Failed);
    m_window->orderView()->selectionModel()->setCurrentIndex(m_window->orderModel()->index(0, 0),
                                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *reject = m_window->commandAction(ActionKind::Reject);
    QAction *retry = m_window->commandAction(ActionKind::Retry);
    QAction *replay = m_window->commandAction(ActionKind::Replay);
    QTRY_VERIFY(reject->isEnabled() && retry->isEnabled());

    // The inbound files tab: its file arms Replay File, the hidden order selection arms nothing.
    m_window->showTab(3);
    InboundView *inbound = m_window->inboundView();
    QTRY_VERIFY(inbound->model()->rowCount() > 0);
    inbound->view()->setCurrentIndex(inbound->view()->model()->index(0, 0));
    QTRY_VERIFY(replay->isEnabled());
    QVERIFY(!reject->isEnabled());
    QVERIFY(!retry->isEnabled());
    QVERIFY(!m_window->commandAction(ActionKind::Revalidate)->isEnabled());

    // The dashboard: nothing is selected there, so nothing may act.
    m_window->showTab(4);
    QTRY_VERIFY(!replay->isEnabled());
    QVERIFY(!reject->isEnabled());
    QVERIFY(!retry->isEnabled());
    QVERIFY(!m_window->commandAction(ActionKind::RetryAllFailed)->isEnabled());

    // Replay asks first and names the file.
    m_window->showTab(3);
    QTRY_VERIFY(replay->isEnabled());
    const QString file = inbound->currentName();
    replay->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("replayConfirmation"))));
    QVERIFY2(box->text().contains(file), qPrintable(box->text()));
    box->reject();
    m_window->showTab(0);
}

void TestConsoleLive::bulkRetryCancelLeavesEveryRowDoneOrUntouched()
{
    showQueue(OrderState::Failed);
    QTRY_VERIFY(!m_window->orderModel()->canFetchMore({}));
    const int failedBefore = dbCount(OrderState::Failed);
    QCOMPARE(m_window->orderModel()->rowCount(), failedBefore);
    QVERIFY(failedBefore > 50);
    m_window->orderView()->selectAll();
    QTRY_COMPARE(m_window->orderView()->selectionModel()->selectedRows().size(), failedBefore);
    QTest::qWait(50);   // the commands take the new selection on the next turn of the event loop
    QAction *retry = m_window->commandAction(ActionKind::Retry);
    QTRY_VERIFY(retry->isEnabled());
    QSignalSpy finished(m_session->data(), &ConsoleDataService::actionFinished);
    retry->trigger();
    auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("actionProgress"));
    QVERIFY2(progress, "a bulk action shows no progress");
    emit progress->canceled();   // the operator presses Cancel at once
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.first().at(1).value<ActionOutcome>();
    QCOMPARE(outcome.results.size(), failedBefore);
    QVERIFY(outcome.untouched > 0);
    int done = 0;
    for (const ActionResult &r : outcome.results) {
        if (r.ok) {
            ++done;
            QCOMPARE(stateOf(r.orderId), QStringLiteral("approved"));
        } else {
            QVERIFY2(r.message.contains(QLatin1String("cancelled")), qPrintable(r.message));
            QCOMPARE(stateOf(r.orderId), QStringLiteral("failed"));
        }
    }
    QVERIFY(done > 0);
    QCOMPARE(done + outcome.untouched, failedBefore);
    QCOMPARE(dbCount(OrderState::Failed), outcome.untouched);
    QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("%1 left untouched").arg(outcome.untouched)),
                 qPrintable(m_window->statusBar()->currentMessage()));
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->close();
    }
}

void TestConsoleLive::pushNowRefusesReviewInConsoleAndCli()
{
    // One rule: an order in review is approved first, by the console as by the CLI.
    const QString id = seedOrders(*m_db, 1, [](int) { return OrderState::Review; }, 79001).first().id;
    showQueue(OrderState::Review);
    QTRY_VERIFY(m_window->orderModel()->rowOf(id) >= 0);
    m_window->orderView()->selectionModel()->setCurrentIndex(m_window->orderModel()->index(m_window->orderModel()->rowOf(id), 0),
                                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY(m_window->commandAction(ActionKind::Approve)->isEnabled());
    QAction *pushNow = m_window->commandAction(ActionKind::PushNow);
    QVERIFY(!pushNow->isEnabled());
    QVERIFY(pushNow->toolTip().contains(QLatin1String("approve it first")));

    const Run pushed = cli({QStringLiteral("push"), id});
    QCOMPARE(pushed.code, 1);
    QVERIFY2(pushed.out.contains(QLatin1String("approve it first")), qPrintable(pushed.out));
    QCOMPARE(stateOf(id), QStringLiteral("review"));
    const Run help = cli({QStringLiteral("push"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QLatin1String("approve it first")), qPrintable(help.out));
}

void TestConsoleLive::dashboardCountsWhatWaitsForAPerson()
{
    QVERIFY(dbCount(OrderState::Invalid) > 0);
    m_window->showTab(4);
    auto *oldest = m_window->dashboardView()->findChild<QLabel *>(QStringLiteral("oldestWaiting"));
    auto *waiting = m_window->dashboardView()->findChild<QLabel *>(QStringLiteral("failures"));
    QVERIFY(oldest && waiting);
    const int person = dbCount(OrderState::Invalid) + dbCount(OrderState::Review) + dbCount(OrderState::Failed);
    QTRY_VERIFY2(waiting->text().contains(QStringLiteral("Waiting for a person: %1 order").arg(person)), qPrintable(waiting->text()));
    QVERIFY2(!oldest->text().contains(QLatin1String("clear")), qPrintable(oldest->text()));
    m_window->showTab(0);
}

void TestConsoleLive::ackRejectionShowsOnTheAttemptItAnswers()
{
    // A delivered attempt whose export the ERP's acknowledgement then rejected.
    const QString id = idsIn(OrderState::Approved, 1).first();
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id, org_id FROM erp_connection LIMIT 1")) && q.next());
    const qint64 connection = q.value(0).toLongLong();
    const qint64 org = q.value(1).toLongLong();
    q.finish();
    const QString now = nowText();
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO erp_export (org_id, order_id, connection_id, push_generation, idempotency_key, file_name, status, "
                                     "error_code, error_message, ack_file, created_at, sent_at, acked_at) "
                                     "VALUES (?, ?, ?, 1, 'k-rejected', 'f.json', 'FAILED', 'credit_hold', 'customer on credit hold', 'ack.json', ?, ?, ?)")));
    for (const QVariant &v : {QVariant(org), QVariant(id), QVariant(connection), QVariant(now), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 exportId = q.lastInsertId().toLongLong();
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO erp_push_log (org_id, export_id, order_id, connection_id, attempt, idempotency_key, started_at, "
                                     "finished_at, latency_ms, outcome) VALUES (?, ?, ?, ?, 1, 'k-rejected', ?, ?, 5, 'success')")));
    for (const QVariant &v : {QVariant(org), QVariant(exportId), QVariant(id), QVariant(connection), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.finish();

    auto log = ExportRepository(*m_db).pushLog(id, 10);
    QVERIFY(log && log->size() == 1);
    QCOMPARE(log->first().ack, QStringLiteral("rejected"));
    QCOMPARE(log->first().errorShown(), QStringLiteral("credit_hold: customer on credit hold"));
    const auto records = LogRecords::pushLogRecords({{log->first(), QStringLiteral("PO")}});
    QVERIFY(records.first().cells.at(3).display.toString().contains(QLatin1String("rejected")));
    QCOMPARE(records.first().cells.at(5).display.toString(), QStringLiteral("credit_hold: customer on credit hold"));

    const Run cliLog = cli({QStringLiteral("pushlog"), id, QStringLiteral("--json")});
    QCOMPARE(cliLog.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(cliLog.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("ack")).toString(), QStringLiteral("rejected"));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("ack_error")).toString(), QStringLiteral("credit_hold: customer on credit hold"));
}

void TestConsoleLive::missingDatabaseIsAnErrorNotANewFile()
{
    const QString typo = m_dir.filePath(QStringLiteral("nowhere/ordreflow.db"));
    SessionOptions options;
    options.databasePath = typo;
    options.runEngine = false;
    ConsoleSession session(options);
    QSignalSpy ready(&session, &ConsoleSession::ready);
    session.start();
    QTRY_COMPARE(ready.size(), 1);
    const QString error = ready.first().first().toString();
    QVERIFY2(error.contains(typo) && error.contains(QLatin1String("--create")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(typo));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
    session.shutdown();
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestConsoleLive)
#include "test_console_live.moc"
