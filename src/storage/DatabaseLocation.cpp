#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace orderflow {
namespace {

QString dataHomeDatabase()
{
    // GenericDataLocation is $XDG_DATA_HOME (default ~/.local/share) on Linux: no organisation or application
    // name in the path, so the CLI and the console agree whatever names they set on QCoreApplication.
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir::cleanPath(base + QStringLiteral("/orderflow/orderflow.db"));
}

} // namespace

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("ORDERFLOW_DB");
    return env.isEmpty() ? dataHomeDatabase() : env;
}

QString defaultDatabaseRule()
{
    return QStringLiteral("$ORDERFLOW_DB, else %1").arg(dataHomeDatabase());
}

} // namespace orderflow
