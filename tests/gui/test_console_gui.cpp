// The console driven through its real widgets, offscreen, over a real SQLite database, the real engine on its
// threads, a partner folder and a dropzone answered by the simulated ERP.
#include "ConsoleTestSupport.h"

#include "app/ConsoleSession.h"
#include "app/Translations.h"
#include "commands/ReplayCommand.h"
#include "demo/SimulatedErp.h"
#include "models/ConsoleRoles.h"
#include "models/OrderTableModel.h"
#include "models/QueueListModel.h"
#include "models/RecordTableModel.h"
#include "storage/AuditLog.h"
#include "transport/LocalFileStore.h"
#include "views/ActionResultDialog.h"
#include "views/MainWindow.h"
#include "views/OrderDetailPane.h"
#include "views/RecordView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWizard>
#include <QComboBox>

using namespace orderflow;
using namespace orderflow::console;
using namespace orderflow::testing;

class TestConsoleGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void retryFailedOrderEndsAcked();
    void bulkRetryReportsPerRow();
    void rejectAsksForReasonAndMovesOrder();
    void approveFromReviewEndsAcked();
    void retryAllFailedInQueue();
    void replayInboundFile();
    void newConnectionWizardFromTheMenu();
    void germanTranslationLoads();

private:
    void dropPartnerOrder(int id, const QString &customer, const QString &name);
    void clickAction(ActionKind kind);
    void search(const QString &text);
    void selectRow(int row);
    int rowWithPo(const QString &po) const;
    QString stateOf(const QString &orderId);

    QTemporaryDir m_dir;
    DemoPaths m_paths;
    std::unique_ptr<Database> m_db;           // the test's own connection, for seeding and checking
    QList<SeededOrder> m_seeded;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    SimulatedErp *m_erp = nullptr;
};

void TestConsoleGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_paths = demoPaths(m_dir.filePath(QStringLiteral("ws")));
    m_db = openDemoDatabase(m_paths);
    // 50 failed (for the bulk retry) and 5 in review (for reject), numbered far from the demo's POs.
    m_seeded = seedOrders(*m_db, 55, [](int i) { return i < 50 ? OrderState::Failed : OrderState::Review; }, 90001);

    SessionOptions options;
    options.databasePath = m_paths.database;
    options.engine.ingestIntervalMs = 100;
    options.engine.processIntervalMs = 100;
    options.engine.pushIntervalMs = 100;
    options.engine.ackIntervalMs = 100;
    m_session = new ConsoleSession(options, this);
    connect(m_session, &ConsoleSession::engineProblem, this, [](const QString &worker, const QString &message) {
        qWarning("engine %s: %s", qPrintable(worker), qPrintable(message));
    });
    m_window = new MainWindow(m_session);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy ready(m_session, &ConsoleSession::ready);
    m_session->start();
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), QString());
    QCOMPARE(m_session->engineState(), ConsoleSession::EngineState::Running);
    m_erp = new SimulatedErp(m_paths.dropzone, m_paths.acks, this);
    m_erp->start(100);
}

void TestConsoleGui::cleanupTestCase()
{
    delete m_window;
    m_session->shutdown();
    m_db.reset();
}

void TestConsoleGui::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->close();
    }
    search({});
}

void TestConsoleGui::dropPartnerOrder(int id, const QString &customer, const QString &name)
{
    const QJsonObject order{{QStringLiteral("id"), id},
                            {QStringLiteral("customer"), customer},
                            {QStringLiteral("currency"), QStringLiteral("USD")},
                            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("P001")},
                                                                             {QStringLiteral("quantity"), 2},
                                                                             {QStringLiteral("unit_price"), QStringLiteral("10")}}}},
                            {QStringLiteral("submitted_at"), QStringLiteral("2025-01-01T10:30:00Z")}};
    LocalFileStore fs;
    QVERIFY(fs.writeAtomic(m_paths.inbox + QLatin1Char('/') + name, QJsonDocument(order).toJson(), false));
}

void TestConsoleGui::clickAction(ActionKind kind)
{
    QAction *action = m_window->commandAction(kind);
    QVERIFY(action);
    QTRY_VERIFY2(action->isEnabled(), qPrintable(action->text()));
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QWidget *button = toolbar->widgetForAction(action);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestConsoleGui::search(const QString &text)
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(edit);
    if (edit->text() == text)
        return;
    edit->clear();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestConsoleGui::selectRow(int row)
{
    QTableView *view = m_window->orderView();
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

int TestConsoleGui::rowWithPo(const QString &po) const
{
    OrderTableModel *model = m_window->orderModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowAt(r).orderNumber == po)
            return r;
    }
    return -1;
}

QString TestConsoleGui::stateOf(const QString &orderId)
{
    QSqlQuery &q = m_db->query(QStringLiteral("SELECT state FROM draft_order WHERE id = ?"));
    q.addBindValue(orderId);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

void TestConsoleGui::retryFailedOrderEndsAcked()
{
    QAbstractItemModelTester orderTester(m_window->orderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester queueTester(m_window->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The simulated ERP puts Globex on credit hold: the first delivery fails for good.
    dropPartnerOrder(3001, QStringLiteral("Globex Retail"), QStringLiteral("globex-3001.json"));
    m_window->selectQueue(OrderState::Failed);
    search(QStringLiteral("3001"));
    QTRY_VERIFY_WITH_TIMEOUT(rowWithPo(QStringLiteral("3001")) >= 0, 15000);
    const int row = rowWithPo(QStringLiteral("3001"));
    const QString orderId = m_window->orderModel()->rowAt(row).id;
    selectRow(row);
    QTRY_COMPARE(m_window->detailPane()->detail().summary.id, orderId);
    QVERIFY(m_window->detailPane()->detail().summary.lastError.contains(QLatin1String("credit hold")));

    const int ackedBefore = m_window->queueModel()->count(OrderState::Acked);
    clickAction(ActionKind::Retry);
    // It leaves the failed queue at once…
    QTRY_COMPARE(rowWithPo(QStringLiteral("3001")), -1);
    // …and ends acknowledged by the ERP.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(orderId), QStringLiteral("acked"), 15000);
    QTRY_VERIFY(m_window->queueModel()->count(OrderState::Acked) > ackedBefore);
    m_window->selectQueue(OrderState::Acked);
    QTRY_VERIFY(rowWithPo(QStringLiteral("3001")) >= 0);
    selectRow(rowWithPo(QStringLiteral("3001")));
    QTRY_COMPARE(m_window->detailPane()->detail().summary.id, orderId);
    // Two exports (failed, then acked) and the operator's retry in the audit trail, under the OS user's name.
    const OrderDetail detail = m_window->detailPane()->detail();
    QCOMPARE(detail.exports.size(), 2);
    bool retryAudited = false;
    for (const QJsonValue &v : detail.audit) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("action")).toString() == QLatin1String("retry"))
            retryAudited = o.value(QStringLiteral("actor")).toString() == operatorName();
    }
    QVERIFY(retryAudited);
}

void TestConsoleGui::bulkRetryReportsPerRow()
{
    m_window->selectQueue(OrderState::Failed);
    search(QStringLiteral("PO-900"));   // the 50 seeded failed orders: PO-90001 … PO-90050
    QTRY_COMPARE(m_window->orderModel()->totalCount(), 50);
    QTRY_COMPARE(m_window->orderModel()->rowCount(), 50);
    m_window->orderView()->setFocus();
    QTest::keyClick(m_window->orderView(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->orderView()->selectionModel()->selectedRows().size(), 50);
    // Meanwhile another operator dealt with three of them: they are no longer failed.
    QStringList taken;
    for (int i : {3, 17, 41})
        taken << m_seeded.at(i).id;
    setStates(*m_db, taken, OrderState::Rejected);

    clickAction(ActionKind::Retry);
    ActionResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ActionResultDialog *>()) != nullptr);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->outcome().succeeded(), 47);
    QCOMPARE(dialog->outcome().failed(), 3);
    QCOMPARE(dialog->model()->rowCount(), 50);
    // Failures come first, each with its reason.
    for (int r = 0; r < 3; ++r) {
        const QString reason = dialog->model()->index(r, 2).data().toString();
        QVERIFY2(reason.contains(QLatin1String("only failed orders can be retried")), qPrintable(reason));
        QVERIFY(taken.contains(dialog->model()->index(r, 0).data(Qt::ToolTipRole).toString()));
    }
    QVERIFY(dialog->summaryText().contains(QLatin1String("47")));
    // The 47 left the failed queue without a reset of the table.
    QTRY_VERIFY(m_window->orderModel()->rowCount() <= 3);
}

void TestConsoleGui::rejectAsksForReasonAndMovesOrder()
{
    m_window->selectQueue(OrderState::Review);
    search(QStringLiteral("PO-90051"));
    QTRY_COMPARE(m_window->orderModel()->rowCount(), 1);
    const QString orderId = m_window->orderModel()->rowAt(0).id;
    selectRow(0);
    const int rejectedBefore = m_window->queueModel()->count(OrderState::Rejected);
    clickAction(ActionKind::Reject);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("rejectReasonDialog"))) != nullptr);
    dialog->setTextValue(QStringLiteral("customer cancelled by phone"));
    dialog->accept();
    QTRY_COMPARE(m_window->orderModel()->rowCount(), 0);
    QTRY_COMPARE(stateOf(orderId), QStringLiteral("rejected"));
    QTRY_COMPARE(m_window->queueModel()->count(OrderState::Rejected), rejectedBefore + 1);
    AuditLog audit(*m_db);
    auto trail = audit.forEntity(QStringLiteral("order"), orderId);
    QVERIFY(trail.ok());
    QCOMPARE(trail->last().toObject().value(QStringLiteral("detail")).toString(), QStringLiteral("customer cancelled by phone"));
}

void TestConsoleGui::approveFromReviewEndsAcked()
{
    m_window->selectQueue(OrderState::Review);
    search(QStringLiteral("PO-90052"));
    QTRY_COMPARE(m_window->orderModel()->rowCount(), 1);
    const QString orderId = m_window->orderModel()->rowAt(0).id;
    selectRow(0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY(m_window->commandAction(ActionKind::Approve)->isEnabled());
    QTest::keyClick(m_window->orderView(), Qt::Key_Return, Qt::ControlModifier);   // the Approve shortcut
    QTRY_COMPARE(m_window->orderModel()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(orderId), QStringLiteral("acked"), 15000);
}

void TestConsoleGui::retryAllFailedInQueue()
{
    // Seeded Globex orders retried above fail once more (credit hold): they wait in the failed queue.
    m_window->selectQueue(OrderState::Failed);
    search({});
    QTRY_VERIFY_WITH_TIMEOUT(m_window->orderModel()->totalCount() > 0, 15000);
    clickAction(ActionKind::RetryAllFailed);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox *>(QStringLiteral("retryAllConfirmation"))) != nullptr);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    ActionResultDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ActionResultDialog *>()) != nullptr);
    QVERIFY(dialog->outcome().succeeded() > 0);
    QCOMPARE(dialog->outcome().failed(), 0);
}

void TestConsoleGui::replayInboundFile()
{
    dropPartnerOrder(7001, QStringLiteral("Initech"), QStringLiteral("initech-7001.json"));
    m_window->showTab(3);
    InboundView *inbound = m_window->inboundView();
    QAbstractItemModelTester tester(inbound->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto findRow = [&] {
        for (int r = 0; r < inbound->view()->model()->rowCount(); ++r) {
            if (inbound->view()->model()->index(r, 3).data().toString() == QLatin1String("initech-7001.json"))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findRow() >= 0, 15000);
    const int rowsBefore = inbound->model()->rowCount();
    const QModelIndex index = inbound->view()->model()->index(findRow(), 0);
    QTest::mouseClick(inbound->view()->viewport(), Qt::LeftButton, {}, inbound->view()->visualRect(index).center());
    const qint64 inboundId = inbound->currentInboundId();
    QVERIFY(inboundId > 0);

    auto *replay = m_window->findChild<ReplayCommand *>();
    QSignalSpy finished(replay, &Command::finished);
    QTRY_VERIFY(replay->action()->isEnabled());
    // The Replay button next to the list.
    QToolButton *button = nullptr;
    for (QToolButton *b : inbound->findChildren<QToolButton *>()) {
        if (b->defaultAction() == replay->action())
            button = b;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    // Replaying asks first, naming the file.
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox *>(QStringLiteral("replayConfirmation"))));
    QVERIFY2(confirm->text().contains(inbound->currentName()), qPrintable(confirm->text()));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<ActionOutcome>();
    QCOMPARE(outcome.results.size(), 1);
    QVERIFY2(outcome.results.first().ok, qPrintable(outcome.results.first().message));
    QVERIFY(outcome.results.first().message.contains(QLatin1String("replayed as inbound message")));
    // The replay is a new inbound message in the list.
    QTRY_COMPARE(inbound->model()->rowCount(), rowsBefore + 1);

    // And the raw viewer shows the bytes as received.
    QTest::mouseClick(inbound->findChild<QToolButton *>(QStringLiteral("showRawButton")), Qt::LeftButton);
    QWidget *raw = nullptr;
    QTRY_VERIFY((raw = m_window->findChild<QWidget *>(QStringLiteral("rawFileDialog"))) != nullptr);
    QTRY_VERIFY(raw->findChild<QPlainTextEdit *>()->toPlainText().contains(QLatin1String("Initech")));
    m_window->showTab(0);
}

void TestConsoleGui::newConnectionWizardFromTheMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionNewConnection"));
    QVERIFY(action);
    action->trigger();
    QWizard *wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<QWizard *>(QStringLiteral("connectionWizard"))) != nullptr);
    QTRY_VERIFY(wizard->isVisible());
    // The organisations of the open database are offered.
    auto *orgs = wizard->findChild<QComboBox *>(QStringLiteral("orgCombo"));
    QVERIFY(orgs && orgs->count() >= 1);
    wizard->reject();
    QTRY_VERIFY(!m_window->findChild<QWizard *>(QStringLiteral("connectionWizard")));
}

void TestConsoleGui::germanTranslationLoads()
{
    QCOMPARE(installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(m_window->orderModel()->headerData(int(OrderColumn::OrderNumber), Qt::Horizontal).toString(), QStringLiteral("Bestellnummer"));
    QCOMPARE(QCoreApplication::translate("DisplayFormat", "Failed"), QStringLiteral("Fehlgeschlagen"));
    // Qt's own buttons (confirmations, file dialogs) in German too: Qt's translations (qt6-translations-l10n) load.
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"), QMessageBox::Yes | QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ja"));
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // The window retranslates its forms on the language change.
    QTRY_COMPARE(m_window->findChild<QAction *>(QStringLiteral("actionRefresh"))->text(), QStringLiteral("&Aktualisieren"));
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestConsoleGui)
#include "test_console_gui.moc"
