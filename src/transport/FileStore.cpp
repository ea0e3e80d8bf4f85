#include "transport/FileStore.h"

namespace orderflow {

bool isTransientFileError(const Error &error)
{
    return error.code == FileError::Connection || error.code == FileError::NoSpace || error.code == FileError::Io;
}

bool needsOperator(const QString &errorCode)
{
    return errorCode == FileError::HostKey || errorCode == FileError::Auth || errorCode == QLatin1String("config");
}

QString joinPath(const QString &dir, const QString &name)
{
    if (dir.isEmpty())
        return name;
    if (dir.endsWith(QLatin1Char('/')))
        return dir + name;
    return dir + QLatin1Char('/') + name;
}

QString parentPath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    return slash == 0 ? QStringLiteral("/") : p.left(slash);
}

QString timestampedName(const QString &name)
{
    const QString stamp = QLatin1Char('_') + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot > 0 ? QString(name.left(dot) + stamp + name.mid(dot)) : QString(name + stamp);
}

Status moveAside(FileStore &store, const QString &from, const QString &dir, const QString &name)
{
    if (Status s = store.ensureDir(dir); !s)
        return s;
    Status s = store.move(from, joinPath(dir, name));
    if (!s && s.error().code == FileError::Exists)
        s = store.move(from, joinPath(dir, timestampedName(name)));
    return s;
}

} // namespace orderflow
