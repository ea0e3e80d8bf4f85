// The Connections and Sources views and the first-run hint (issue 10), offscreen over a real SQLite workspace and an
// encrypted-file credential store: what is configured is listed with its status; disable/enable, test now, reset
// circuit and delete act on the selected row, each audited with the operator's name; delete is refused while orders
// are in flight (the engine's message shown) and otherwise removes the row and its secret; an empty database gets
// the "nothing is configured yet" hint whose buttons open the wizards. An idle view reads nothing; what another
// process changes shows through the change feed.
#include "ConsoleTestSupport.h"

#include "../secrets/SecretsTestSupport.h"
#include "app/ConsoleSession.h"
#include "data/ConsoleDataService.h"
#include "models/RecordTableModel.h"
#include "pipeline/ConfigEditor.h"
#include "secrets/EncryptedFileStore.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/ConnectionTestRepository.h"
#include "storage/SourceStatusRepository.h"
#include "storage/SqlTime.h"
#include "views/MainWindow.h"
#include "views/SetupView.h"
#include "wizards/SetupWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QWizard>
#include <QLineEdit>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;
using namespace orderflow::console;
using namespace orderflow::testing;

namespace {

int rowNamed(const RecordTableModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

QString cell(const RecordTableModel *model, const QString &name, const QString &column)
{
    const int row = rowNamed(model, name);
    for (int c = 0; row >= 0 && c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == column)
            return model->index(row, c).data().toString();
    }
    return QStringLiteral("<no row %1 or column %2>").arg(name, column);
}

bool audited(Database &db, const QString &entity, qint64 id, const QString &action)
{
    auto trail = AuditLog(db).forEntity(entity, QString::number(id));
    if (!trail)
        return false;
    for (const QJsonValue &v : *trail) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("action")).toString() == action && o.value(QStringLiteral("actor")).toString() == operatorName())
            return true;
    }
    return false;
}

QMessageBox *messageBox(QWidget *parent, const char *name)
{
    for (QMessageBox *box : parent->findChildren<QMessageBox *>(QLatin1String(name))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class TestSetupViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void viewsListWhatIsConfigured();
    void aChangeByAnotherProcessShowsAndAnIdleViewReadsNothing();
    void disableAndEnableAreAuditedWithTheOperator();
    void testNowRecordsAndShowsTheResult();
    void aSourceTestIsKeptInTheDatabase();
    void resetCircuitClosesItAndIsAudited();
    void editOpensTheWizardOnTheStoredSource();
    void deleteIsRefusedWhileOrdersAreInFlight();
    void deleteRemovesTheRowAndItsSecret();
    void rotateSecretReplacesItUnderItsReference();
    void emptyDatabaseShowsTheFirstRunHint();

private:
    std::unique_ptr<SetupView> openView(SetupView::Kind kind);
    void select(SetupView &view, const QString &name);

    QTemporaryDir m_tmp;
    std::unique_ptr<QTemporaryDir> m_dir;
    DemoPaths m_paths;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConsoleDataService> m_data;   // the views' reader, as the main window's session has one
};

void TestSetupViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    test::useEncryptedFileStore(m_tmp.filePath(QStringLiteral("secrets.enc")));
}

void TestSetupViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_paths = demoPaths(m_dir->filePath(QStringLiteral("ws")));
    m_db = openDemoDatabase(m_paths);
}

void TestSetupViews::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(w))
            w->close();
    }
    m_data.reset();
    m_db.reset();
}

std::unique_ptr<SetupView> TestSetupViews::openView(SetupView::Kind kind)
{
    if (!m_data) {
        m_data = std::make_unique<ConsoleDataService>();
        QSignalSpy ready(m_data.get(), &ConsoleDataService::ready);
        m_data->open(m_paths.database);
        if (!ready.wait(10000) || !ready.first().first().toString().isEmpty())
            qFatal("the data service did not open %s", qPrintable(m_paths.database));
    }
    auto view = std::make_unique<SetupView>(kind);
    new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, view->model());
    view->resize(1200, 400);
    view->setDataService(m_data.get());
    view->show();
    return view;
}

void TestSetupViews::select(SetupView &view, const QString &name)
{
    QTRY_VERIFY(rowNamed(view.model(), name) >= 0);
    view.view()->setCurrentIndex(view.model()->index(rowNamed(view.model(), name), 0));
    QCOMPARE(view.currentId() > 0, true);
}

void TestSetupViews::viewsListWhatIsConfigured()
{
    auto connections = ConfigRepository(*m_db).connections();
    auto sources = ConfigRepository(*m_db).sources();
    QVERIFY(connections.ok() && sources.ok() && !connections->isEmpty() && !sources->isEmpty());

    auto connectionView = openView(SetupView::Kind::Connection);
    QTRY_COMPARE(connectionView->model()->rowCount(), int(connections->size()));
    const ConnectionRecord &c = connections->first();
    QCOMPARE(cell(connectionView->model(), c.name, QStringLiteral("Organisation")), c.orgSlug);
    QCOMPARE(cell(connectionView->model(), c.name, QStringLiteral("Type")), c.type);
    QCOMPARE(cell(connectionView->model(), c.name, QStringLiteral("Status")), QStringLiteral("active"));
    QCOMPARE(cell(connectionView->model(), c.name, QStringLiteral("Circuit")), QStringLiteral("closed"));
    QCOMPARE(cell(connectionView->model(), c.name, QStringLiteral("Orders today")), QStringLiteral("0"));

    // The first source: two orders received long ago that failed just now, and a poll failure that paused it.
    const SourceRecord &s = sources->first();
    const QList<SeededOrder> seeded = seedOrders(*m_db, 2, [](int) { return OrderState::Review; }, 80001);
    setStates(*m_db, {seeded.at(0).id, seeded.at(1).id}, OrderState::Failed);
    SourceStatus status;
    status.sourceId = s.id;
    status.lastPollAt = status.lastErrorAt = timeText(QDateTime::currentDateTimeUtc());
    status.lastError = QStringLiteral("cannot list /in: permission denied");
    status.pausedUntil = timeText(QDateTime::currentDateTimeUtc().addSecs(600));
    status.backlog = 4;
    QVERIFY(SourceStatusRepository(*m_db).save(status).ok());

    auto sourceView = openView(SetupView::Kind::Source);
    QTRY_COMPARE(sourceView->model()->rowCount(), int(sources->size()));
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Status")), QStringLiteral("paused: cannot list /in: permission denied"));
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Last error")), status.lastError);
    QVERIFY(!cell(sourceView->model(), s.name, QStringLiteral("Paused until")).isEmpty());
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Backlog")), QStringLiteral("4"));
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Orders today")), QStringLiteral("0"));   // received 30 days ago
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Failures today")), QStringLiteral("2"));
    SourceStatusRepository(*m_db).save(SourceStatus{s.id});
    QTRY_COMPARE(cell(sourceView->model(), s.name, QStringLiteral("Status")), QStringLiteral("active"));   // refreshed while shown
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Type")), s.type);
    QCOMPARE(cell(sourceView->model(), s.name, QStringLiteral("Format")), s.format);
    // Nothing selected: only New can be used. (The table takes its first row as current when it gets the focus
    // after its rows came, as any Qt table does; the selection is cleared here to see the actions without one.)
    qInfo("current source id before clearing: %lld", sourceView->currentId());
    sourceView->view()->setCurrentIndex(QModelIndex());
    QVERIFY(sourceView->action(SetupView::NewAction)->isEnabled());
    QVERIFY(!sourceView->action(SetupView::DeleteAction)->isEnabled());
}

// Issue 11 item 2 for the setup views: no re-reading on a clock while nothing changes (it re-read every 3 s on a
// thread and connection of its own), and a change made by another process — the real CLI — shows within the
// change feed's time.
void TestSetupViews::aChangeByAnotherProcessShowsAndAnIdleViewReadsNothing()
{
    const SourceRecord s = ConfigRepository(*m_db).sources()->first();
    auto view = openView(SetupView::Kind::Source);
    QTRY_COMPARE(cell(view->model(), s.name, QStringLiteral("Status")), QStringLiteral("active"));
    QSignalSpy reads(view.get(), &SetupView::refreshed);
    QTest::qWait(4000);
    QCOMPARE(reads.size(), 0);

    QProcess cli;
    cli.start(QStringLiteral(ORDERFLOW_CLI), {QStringLiteral("sources"), QStringLiteral("disable"), QString::number(s.id), QStringLiteral("--db"), m_paths.database});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cli.readAllStandardError().constData());
    QElapsedTimer shown;
    shown.start();
    QTRY_COMPARE_WITH_TIMEOUT(cell(view->model(), s.name, QStringLiteral("Status")), QStringLiteral("disabled"), 3000);
    qInfo("the other process's change showed after %lld ms", shown.elapsed());
    QVERIFY(reads.size() >= 1);
}

void TestSetupViews::disableAndEnableAreAuditedWithTheOperator()
{
    const SourceRecord s = ConfigRepository(*m_db).sources()->first();
    auto view = openView(SetupView::Kind::Source);
    select(*view, s.name);
    QAction *toggle = view->action(SetupView::ToggleAction);
    QCOMPARE(toggle->text(), QStringLiteral("&Disable"));
    toggle->trigger();
    QTRY_COMPARE(cell(view->model(), s.name, QStringLiteral("Status")), QStringLiteral("disabled"));
    QVERIFY2(view->message().startsWith(QStringLiteral("Disabled source '%1'").arg(s.name)), qPrintable(view->message()));
    QCOMPARE(ConfigRepository(*m_db).source(s.id)->enabled, false);
    QVERIFY(audited(*m_db, QStringLiteral("source"), s.id, QStringLiteral("disable")));

    QTRY_COMPARE(toggle->text(), QStringLiteral("&Enable"));
    toggle->trigger();
    QTRY_COMPARE(cell(view->model(), s.name, QStringLiteral("Status")), QStringLiteral("active"));
    QCOMPARE(ConfigRepository(*m_db).source(s.id)->enabled, true);
    QVERIFY(audited(*m_db, QStringLiteral("source"), s.id, QStringLiteral("enable")));
}

void TestSetupViews::testNowRecordsAndShowsTheResult()
{
    const ConnectionRecord c = ConfigRepository(*m_db).connections()->first();
    auto view = openView(SetupView::Kind::Connection);
    select(*view, c.name);
    QCOMPARE(cell(view->model(), c.name, QStringLiteral("Test result")), QString());
    view->action(SetupView::TestAction)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(cell(view->model(), c.name, QStringLiteral("Test result")), QStringLiteral("passed"), 15000);
    QVERIFY2(view->message().contains(QLatin1String("passed in")), qPrintable(view->message()));
    auto recorded = ConnectionTestRepository(*m_db).last(c.id);   // recorded for the CLI and later sessions too
    QVERIFY(recorded.ok() && recorded->has_value());
    QCOMPARE((*recorded)->result.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(!cell(view->model(), c.name, QStringLiteral("Last test")).isEmpty());
}

// A source's test is stored like a connection's: shown in the Sources view, and still there in a later session.
void TestSetupViews::aSourceTestIsKeptInTheDatabase()
{
    const SourceRecord s = ConfigRepository(*m_db).sources()->first();
    QVERIFY2(s.type == QLatin1String("folder"), qPrintable(s.type));
    QVERIFY(QDir().mkpath(s.config.value(QStringLiteral("path")).toString()));
    {
        auto view = openView(SetupView::Kind::Source);
        select(*view, s.name);
        QCOMPARE(cell(view->model(), s.name, QStringLiteral("Test result")), QString());
        QCOMPARE(cell(view->model(), s.name, QStringLiteral("Last test")), QString());
        QTRY_VERIFY(view->action(SetupView::TestAction)->isEnabled());
        view->action(SetupView::TestAction)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(cell(view->model(), s.name, QStringLiteral("Test result")), QStringLiteral("passed"), 15000);
        QVERIFY(!cell(view->model(), s.name, QStringLiteral("Last test")).isEmpty());
    }
    auto recorded = ConnectionTestRepository(*m_db).lastOfSource(s.id);
    QVERIFY2(recorded.ok() && recorded->has_value(), recorded.ok() ? "never recorded" : qPrintable(recorded.error().message));
    QCOMPARE((*recorded)->result.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE((*recorded)->result.value(QStringLiteral("kind")).toString(), QStringLiteral("source"));

    // A failing test replaces it, with its message; a new console session shows the stored result.
    const QString missing = m_dir->filePath(QStringLiteral("gone"));
    auto edited = ConfigEditor(*m_db, QStringLiteral("test")).find(ConfigEntity::Source, QString::number(s.id));
    QVERIFY(edited.ok());
    QJsonObject entry = edited->entry;
    QJsonObject config = entry.value(QStringLiteral("config")).toObject();
    config.insert(QStringLiteral("path"), missing);
    entry.insert(QStringLiteral("config"), config);
    QVERIFY(ConfigEditor(*m_db, QStringLiteral("test")).update(ConfigEntity::Source, s.id, entry).ok());
    {
        auto view = openView(SetupView::Kind::Source);
        select(*view, s.name);
        QTRY_VERIFY(view->action(SetupView::TestAction)->isEnabled());
        view->action(SetupView::TestAction)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(cell(view->model(), s.name, QStringLiteral("Test result")).startsWith(QLatin1String("failed: ")), 15000);
        QVERIFY2(cell(view->model(), s.name, QStringLiteral("Test result")).contains(missing), qPrintable(cell(view->model(), s.name, QStringLiteral("Test result"))));
    }
    auto later = openView(SetupView::Kind::Source);
    QTRY_VERIFY(cell(later->model(), s.name, QStringLiteral("Test result")).startsWith(QLatin1String("failed: ")));
    QVERIFY(!cell(later->model(), s.name, QStringLiteral("Last test")).isEmpty());
}

void TestSetupViews::resetCircuitClosesItAndIsAudited()
{
    const ConnectionRecord c = ConfigRepository(*m_db).connections()->first();
    QVERIFY(ConfigRepository(*m_db).updateCircuit(c.id, QStringLiteral("open"), QDateTime::currentDateTimeUtc().addSecs(3600), 5).ok());
    auto view = openView(SetupView::Kind::Connection);
    select(*view, c.name);
    QTRY_COMPARE(cell(view->model(), c.name, QStringLiteral("Status")), QStringLiteral("paused: circuit open after 5 failure(s)"));
    QVERIFY(cell(view->model(), c.name, QStringLiteral("Circuit")).startsWith(QLatin1String("open until ")));
    QAction *reset = view->action(SetupView::ResetCircuitAction);
    QTRY_VERIFY(reset->isEnabled());
    reset->trigger();
    QTRY_COMPARE(cell(view->model(), c.name, QStringLiteral("Circuit")), QStringLiteral("closed"));
    QCOMPARE(cell(view->model(), c.name, QStringLiteral("Status")), QStringLiteral("active"));
    auto after = ConfigRepository(*m_db).connection(c.id);
    QCOMPARE(after->circuitState, QStringLiteral("closed"));
    QCOMPARE(after->consecutiveFailures, 0);
    QVERIFY(audited(*m_db, QStringLiteral("connection"), c.id, QStringLiteral("reset_circuit")));
}

void TestSetupViews::editOpensTheWizardOnTheStoredSource()
{
    const SourceRecord s = ConfigRepository(*m_db).sources()->first();
    auto view = openView(SetupView::Kind::Source);
    select(*view, s.name);
    view->action(SetupView::EditAction)->trigger();
    QTRY_VERIFY(view->findChild<SetupWizard *>() && view->findChild<SetupWizard *>()->isVisible());
    SetupWizard *wizard = view->findChild<SetupWizard *>();
    QCOMPARE(wizard->draft().kind, SetupWizard::Kind::Source);
    QCOMPARE(wizard->draft().name, s.name);
    QCOMPARE(wizard->draft().org, s.orgSlug);
    QCOMPARE(wizard->draft().type, s.type);
    wizard->reject();
}

void TestSetupViews::deleteIsRefusedWhileOrdersAreInFlight()
{
    const SourceRecord s = ConfigRepository(*m_db).sources()->first();
    seedOrders(*m_db, 1, [](int) { return OrderState::Review; }, 70001);   // seeded into the first source
    auto view = openView(SetupView::Kind::Source);
    select(*view, s.name);
    view->action(SetupView::DeleteAction)->trigger();
    QMessageBox *confirm = messageBox(view.get(), "confirmDelete");
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("source '%1' of %2").arg(s.name, s.orgSlug)), qPrintable(confirm->text()));
    confirm->button(QMessageBox::Yes)->click();

    QTRY_VERIFY(messageBox(view.get(), "deleteRefused"));
    const QString refusal = messageBox(view.get(), "deleteRefused")->text();
    QVERIFY2(refusal.contains(QLatin1String("Nothing was removed")) && refusal.contains(QLatin1String("1 order(s)"))
                 && refusal.contains(QLatin1String("review")),
             qPrintable(refusal));
    QVERIFY(view->message().contains(QLatin1String("was not deleted")));
    QVERIFY(ConfigRepository(*m_db).source(s.id).ok());
    QCOMPARE(rowNamed(view->model(), s.name) >= 0, true);
}

void TestSetupViews::deleteRemovesTheRowAndItsSecret()
{
    auto store = EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    const QString ref = QStringLiteral("connection/beta-erp/password");
    QVERIFY(test::writeSecret(*store, ref, "views-test-secret").ok());
    QVERIFY(ConfigRepository(*m_db).apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("beta")},
                                                                                                      {QStringLiteral("name"), QStringLiteral("Beta")}}}}}).ok());
    auto added = ConfigEditor(*m_db, QStringLiteral("test")).add(ConfigEntity::Connection, QJsonObject{
        {QStringLiteral("org"), QStringLiteral("beta")}, {QStringLiteral("name"), QStringLiteral("beta-erp")},
        {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                               {QStringLiteral("user"), QStringLiteral("erp")}, {QStringLiteral("path"), QStringLiteral("/upload")},
                                               {QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), ref}}}}}});
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));

    auto view = openView(SetupView::Kind::Connection);
    select(*view, QStringLiteral("beta-erp"));
    view->action(SetupView::DeleteAction)->trigger();
    QMessageBox *confirm = messageBox(view.get(), "confirmDelete");
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(QLatin1String("connection 'beta-erp' of beta")));
    confirm->button(QMessageBox::Yes)->click();

    QTRY_COMPARE(rowNamed(view->model(), QStringLiteral("beta-erp")), -1);
    QTRY_VERIFY2(view->message().contains(QLatin1String("1 secret(s) deleted")), qPrintable(view->message()));
    QVERIFY(!test::readSecret(*store, ref).ok());
    QVERIFY(!ConfigRepository(*m_db).connection(added->id).ok());
    QVERIFY(audited(*m_db, QStringLiteral("connection"), added->id, QStringLiteral("remove")));
}

void TestSetupViews::rotateSecretReplacesItUnderItsReference()
{
    auto store = EncryptedFileStore::create(QString::fromLocal8Bit(qgetenv("ORDERFLOW_SECRETS_FILE")), qgetenv("ENCRYPTION_MASTER_KEY"));
    QVERIFY(store.ok());
    const QString ref = QStringLiteral("connection/gamma-erp/password");
    QVERIFY(test::writeSecret(*store, ref, "old-rotate-secret").ok());
    QVERIFY(ConfigRepository(*m_db).apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("gamma")},
                                                                                                      {QStringLiteral("name"), QStringLiteral("Gamma")}}}}}).ok());
    // An SFTP dropzone nobody answers for: the test fails fast (connection refused) and the admin saves anyway.
    auto added = ConfigEditor(*m_db, QStringLiteral("test")).add(ConfigEntity::Connection, QJsonObject{
        {QStringLiteral("org"), QStringLiteral("gamma")}, {QStringLiteral("name"), QStringLiteral("gamma-erp")},
        {QStringLiteral("type"), QStringLiteral("DROPZONE_JSON_V1")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("sftp")}, {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                               {QStringLiteral("port"), 1}, {QStringLiteral("user"), QStringLiteral("erp")},
                                               {QStringLiteral("path"), QStringLiteral("/upload")}, {QStringLiteral("connect_timeout_ms"), 1000},
                                               {QStringLiteral("password"), QJsonObject{{QStringLiteral("secret"), ref}}}}}});
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));

    auto rotate = [&](bool save) {
        auto view = openView(SetupView::Kind::Connection);
        select(*view, QStringLiteral("gamma-erp"));
        QVERIFY(view->action(SetupView::RotateSecretAction)->isEnabled());
        view->action(SetupView::RotateSecretAction)->trigger();
        SetupWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = view->findChild<SetupWizard *>()) && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(SetupWizard::CredentialsPageId));   // straight to the credentials
        auto *password = wizard->findChild<QLineEdit *>(QStringLiteral("secret_password"));
        QVERIFY(password && password->text().isEmpty() && password->placeholderText().contains(QLatin1String("stored")));
        password->setText(QStringLiteral("new-rotate-secret"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel *>(QStringLiteral("verdictLabel"))->text().startsWith(QLatin1String("The test failed")), 15000);
        // While it is tested, the old secret still stands.
        QCOMPARE(*test::readSecret(*store, ref), QByteArray("old-rotate-secret"));
        if (!save) {
            wizard->reject();
            return;
        }
        wizard->findChild<QCheckBox *>(QStringLiteral("saveUntestedCheck"))->setChecked(true);
        QSignalSpy saved(wizard, &SetupWizard::saved);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    };
    rotate(false);
    QTRY_VERIFY(!test::readSecret(*store, ref + QStringLiteral(".pending")).ok());
    QCOMPARE(*test::readSecret(*store, ref), QByteArray("old-rotate-secret"));   // cancelled: nothing rotated
    rotate(true);
    QCOMPARE(*test::readSecret(*store, ref), QByteArray("new-rotate-secret"));
    QTRY_VERIFY(!test::readSecret(*store, ref + QStringLiteral(".pending")).ok());
    auto stored = ConfigRepository(*m_db).connection(added->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->config.value(QStringLiteral("password")).toObject().value(QStringLiteral("secret")).toString(), ref);   // same reference
    QFile db(m_db->path());
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains("new-rotate-secret"));
}

void TestSetupViews::emptyDatabaseShowsTheFirstRunHint()
{
    SessionOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("empty.db"));
    options.create = true;   // a new, empty workspace (--create)
    options.runEngine = false;
    auto *session = new ConsoleSession(options, this);
    auto *window = new MainWindow(session);
    window->show();
    QFrame *hint = window->firstRunHint();
    QVERIFY(hint && !hint->isVisible());
    QSignalSpy ready(session, &ConsoleSession::ready);
    session->start();
    QTRY_COMPARE(ready.size(), 1);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->findChild<QLabel *>(QStringLiteral("firstRunLabel"))->text().contains(QLatin1String("Nothing is configured yet")));

    hint->findChild<QPushButton *>(QStringLiteral("firstRunNewConnection"))->click();
    QTRY_VERIFY(window->findChild<SetupWizard *>() && window->findChild<SetupWizard *>()->isVisible());
    QCOMPARE(window->findChild<SetupWizard *>()->draft().kind, SetupWizard::Kind::Connection);
    window->findChild<SetupWizard *>()->reject();

    // Configured meanwhile (here as from the CLI): the hint goes on the next refresh.
    {
        auto db = Database::open(options.databasePath, QStringLiteral("test"));
        QVERIFY(db.ok());
        QVERIFY(ConfigRepository(**db).apply(QJsonObject{{QStringLiteral("orgs"), QJsonArray{QJsonObject{{QStringLiteral("slug"), QStringLiteral("acme")},
                                                                                                         {QStringLiteral("name"), QStringLiteral("ACME")}}}}}).ok());
        auto added = ConfigEditor(**db, QStringLiteral("test")).add(ConfigEntity::Connection, QJsonObject{
            {QStringLiteral("org"), QStringLiteral("acme")}, {QStringLiteral("name"), QStringLiteral("erp")}, {QStringLiteral("type"), QStringLiteral("MOCK")}});
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!hint->isVisible(), 10000);
    // View ▸ Sources shows the Sources tab.
    window->findChild<QAction *>(QStringLiteral("actionShowSources"))->trigger();
    QVERIFY(window->sourcesView()->isVisible());
    QTRY_COMPARE(window->sourcesView()->model()->rowCount(), 0);
    window->findChild<QAction *>(QStringLiteral("actionShowConnections"))->trigger();
    QTRY_COMPARE(window->connectionsView()->model()->rowCount(), 1);
    delete window;
    session->shutdown();
    delete session;
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestSetupViews)
#include "test_setup_views.moc"
