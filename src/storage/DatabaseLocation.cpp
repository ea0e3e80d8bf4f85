#include "storage/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace orderflow {
namespace {

QString dataHome()
{
    // GenericDataLocation is $XDG_DATA_HOME (default ~/.local/share) on Linux: no organisation or application
    // name in the path, so the CLI and the console agree whatever names they set on QCoreApplication.
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir::cleanPath(base);
}

QString dataHomeDatabase()
{
    return dataHome() + QStringLiteral("/orderflow/orderflow.db");
}

} // namespace

QStringList legacyDefaultDatabases()
{
    return {dataHome() + QStringLiteral("/orderflow/orderflow/orderflow.db"), dataHome() + QStringLiteral("/OrderFlow/orderflow-console/orderflow.db")};
}

QStringList legacyDatabasesFor(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() || QDir::cleanPath(info.absoluteFilePath()) != dataHomeDatabase())
        return {};
    QStringList found;
    for (const QString &old : legacyDefaultDatabases()) {
        if (QFileInfo(old).isFile())
            found << old;
    }
    return found;
}

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
