#include "transport/FileStore.h"

#include "domain/messages/SourceMessages.h"

#include <QSet>

#include <algorithm>

namespace orderflow {

bool isTransientFileError(const Error &error)
{
    return error.code == FileError::Connection || error.code == FileError::NoSpace || error.code == FileError::Io;
}

bool needsOperator(const QString &errorCode)
{
    return errorCode == FileError::HostKey || errorCode == FileError::Tls || errorCode == FileError::Auth || errorCode == FileError::Permission
        || errorCode == QLatin1String("config");
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

Result<QString> moveAside(FileStore &store, const QString &from, const QString &dir, const QString &name)
{
    if (Status s = store.ensureDir(dir); !s)
        return s.error();
    QString to = joinPath(dir, name);
    Status s = store.move(from, to);
    if (!s && s.error().code == FileError::Exists) {
        to = joinPath(dir, timestampedName(name));
        s = store.move(from, to);
    }
    if (!s)
        return s.error();
    return to;
}

Result<QList<FileEntry>> FileStore::lookUp(const QString &dir, const QStringList &names)
{
    auto all = listEntries(dir, QString());
    if (!all)
        return all;
    const QSet<QString> wanted(names.cbegin(), names.cend());
    all->removeIf([&](const FileEntry &e) { return !wanted.contains(e.name); });
    return all;
}

QString describeKind(FileEntry::Kind kind)
{
    switch (kind) {
    case FileEntry::Kind::Regular: return msg::KindRegular();
    case FileEntry::Kind::Symlink: return msg::KindSymlink();
    case FileEntry::Kind::Fifo: return msg::KindFifo();
    case FileEntry::Kind::Socket: return msg::KindSocket();
    case FileEntry::Kind::Device: return msg::KindDevice();
    case FileEntry::Kind::Other: break;
    }
    return msg::KindOther();
}

FileNamePattern::FileNamePattern(const QString &pattern)
{
    for (const QString &p : pattern.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        m_patterns.append(QRegularExpression::fromWildcard(p.trimmed(), Qt::CaseInsensitive));
}

bool FileNamePattern::matches(const QString &name) const
{
    if (m_patterns.isEmpty())
        return true;
    return std::any_of(m_patterns.begin(), m_patterns.end(), [&](const QRegularExpression &re) { return re.match(name).hasMatch(); });
}

} // namespace orderflow
