// `orderflow`: the engine without widgets — daemon (`run`) and the scripting/support CLI.
#include "cli/Commands.h"
#include "pipeline/HeapTuning.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    orderflow::tuneHeapForRepeatedParses();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orderflow"));
    QCoreApplication::setOrganizationName(QStringLiteral("orderflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORDERFLOW_VERSION));
    return orderflow::cli::dispatch(QCoreApplication::arguments());
}
