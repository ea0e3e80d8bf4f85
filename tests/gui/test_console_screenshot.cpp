// A screenshot of the main window on the demo workspace (QWidget::grab, offscreen): kept in the build
// directory, and written to docs/console.png for the README when ORDERFLOW_UPDATE_SCREENSHOT=1.
#include "app/ConsoleSession.h"
#include "app/Translations.h"
#include "models/OrderTableModel.h"
#include "models/QueueListModel.h"
#include "views/MainWindow.h"
#include "views/OrderDetailPane.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace orderflow;
using namespace orderflow::console;

class TestConsoleScreenshot : public QObject {
    Q_OBJECT

private slots:
    void mainWindowOnDemoWorkspace();
};

void TestConsoleScreenshot::mainWindowOnDemoWorkspace()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(installTranslations(qApp, QStringLiteral("en")), QStringLiteral("en"));
    QTemporaryDir dir;
    SessionOptions options;
    options.demo = true;
    options.demoDir = dir.filePath(QStringLiteral("orderflow-demo"));
    options.engine.ingestIntervalMs = 200;
    options.engine.processIntervalMs = 200;
    options.engine.pushIntervalMs = 200;
    options.engine.ackIntervalMs = 200;
    ConsoleSession session(options);
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy ready(&session, &ConsoleSession::ready);
    session.start();
    QTRY_COMPARE(ready.size(), 1);

    // The demo feeds eight files, one every 1.5 s: wait until the flow has shown acks, a failure, an invalid
    // order and a parse error.
    QTRY_VERIFY_WITH_TIMEOUT(window.queueModel()->count(OrderState::Acked) >= 4 && window.queueModel()->count(OrderState::Failed) >= 1
                                 && window.queueModel()->count(OrderState::Invalid) >= 1,
                             40000);
    window.selectQueue(OrderState::Acked);
    QTRY_VERIFY(window.orderModel()->rowCount() >= 4);
    QTableView *view = window.orderView();
    view->selectRow(0);
    QTRY_VERIFY(window.detailPane()->detail().found);
    QTest::qWait(200);   // let the views settle (the detail pane's tables fill)

    const QPixmap shot = window.grab();
    QVERIFY(!shot.isNull());
    const QString buildCopy = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("console.png"));
    QVERIFY(shot.save(buildCopy));
    qInfo("screenshot: %s", qPrintable(buildCopy));
    if (qEnvironmentVariable("ORDERFLOW_UPDATE_SCREENSHOT") == QLatin1String("1")) {
        const QString docs = QStringLiteral(ORDERFLOW_SOURCE_DIR) + QStringLiteral("/docs");
        QVERIFY(QDir().mkpath(docs));
        QVERIFY(shot.save(docs + QStringLiteral("/console.png")));
        qInfo("screenshot: %s/console.png", qPrintable(docs));
    }
}

#include "TestMain.h"
ORDERFLOW_TEST_MAIN(TestConsoleScreenshot)
#include "test_console_screenshot.moc"
