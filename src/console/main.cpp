// orderflow-console: the operator's desktop console over the OrderFlow engine.
#include "app/ConsoleSession.h"
#include "app/ConsoleSettings.h"
#include "app/Translations.h"
#include "pipeline/HeapTuning.h"
#include "storage/DatabaseLocation.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace orderflow::console;

int main(int argc, char *argv[])
{
    orderflow::tuneHeapForRepeatedParses();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrderFlow"));
    QApplication::setApplicationName(QStringLiteral("orderflow-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("OrderFlow"));
    QApplication::setApplicationVersion(QStringLiteral(ORDERFLOW_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/orderflow/icons/orderflow.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("OrderFlow operator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open a self-contained demo workspace (partner folder, dropzone, simulated ERP)."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"), QStringLiteral("Where the demo workspace lives (default ./orderflow-demo)."),
                                     QStringLiteral("DIR"), QStringLiteral("orderflow-demo"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database file (default: %1).").arg(orderflow::defaultDatabaseRule()),
                                QStringLiteral("PATH"));
    const QCommandLineOption create(QStringLiteral("create"), QStringLiteral("Create the database when it does not exist (otherwise a missing database is an error)."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en or de (default: the preference, else the system's)."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption noEngine(QStringLiteral("no-engine"), QStringLiteral("Watch and act only; leave the pipeline to an `orderflow run` daemon."));
    parser.addOptions({demo, demoDir, db, create, lang, noEngine});
    parser.process(app);

    installTranslations(&app, parser.isSet(lang) ? parser.value(lang) : ConsoleSettings::language());

    SessionOptions options;
    options.demo = parser.isSet(demo);
    options.demoDir = parser.value(demoDir);
    options.runEngine = !parser.isSet(noEngine);
    options.create = parser.isSet(create);
    if (parser.isSet(db))
        options.databasePath = parser.value(db);
    else if (!options.demo)
        options.databasePath = orderflow::defaultDatabasePath();

    ConsoleSession session(options);
    MainWindow window(&session);
    window.show();
    session.start();
    const int rc = QApplication::exec();
    session.shutdown();
    return rc;
}
