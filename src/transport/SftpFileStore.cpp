#include "transport/SftpFileStore.h"

#include "transport/SftpLog.h"

#include <algorithm>
#include <sys/stat.h>

namespace orderflow {
namespace {

// Kind from the attributes a directory listing carries (the server's lstat: a link is reported as a link).
FileEntry::Kind kindOf(const SftpEntry &entry)
{
    switch (entry.type) {
    case SftpEntry::Type::File: return FileEntry::Kind::Regular;
    case SftpEntry::Type::Symlink: return FileEntry::Kind::Symlink;
    case SftpEntry::Type::Directory:
    case SftpEntry::Type::Other: break;
    }
    switch (entry.permissions & S_IFMT) {
    case S_IFIFO: return FileEntry::Kind::Fifo;
    case S_IFSOCK: return FileEntry::Kind::Socket;
    case S_IFCHR:
    case S_IFBLK: return FileEntry::Kind::Device;
    default: return FileEntry::Kind::Other;
    }
}

QString parentOf(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QString();
    return slash == 0 ? QStringLiteral("/") : p.left(slash);
}

} // namespace

Result<std::unique_ptr<FileStore>> createSftpFileStore(const QJsonObject &config)
{
    Result<SftpConfig> parsed = SftpConfig::fromJson(config);
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<FileStore>(std::make_unique<SftpFileStore>(std::move(parsed).value()));
}

SftpFileStore::SftpFileStore(SftpConfig config)
    : m_session(std::move(config))
{
}

QString SftpFileStore::describe() const
{
    return m_session.describe();
}

Status SftpFileStore::open()
{
    return m_session.connect();
}

void SftpFileStore::close()
{
    m_session.disconnect();
}

template <typename Fn>
auto SftpFileStore::retryingRead(Fn fn) -> decltype(fn())
{
    const bool reused = m_session.isConnected();
    auto result = fn();
    if (!result.ok() && reused && result.error().code == FileError::Connection) {
        qCInfo(lcSftp, "%s: reconnecting once after: %s", qUtf8Printable(describe()), qUtf8Printable(result.error().message));
        return fn();
    }
    return result;
}

Result<QList<FileEntry>> SftpFileStore::list(const QString &dir, const QString &pattern)
{
    auto all = listEntries(dir, pattern);
    if (!all)
        return all;
    all->removeIf([](const FileEntry &e) { return e.kind != FileEntry::Kind::Regular; });
    return all;
}

Result<QList<FileEntry>> SftpFileStore::listEntries(const QString &dir, const QString &pattern)
{
    Result<QList<SftpEntry>> listed = retryingRead([&] { return m_session.listDirectory(dir); });
    if (!listed) {
        Error e = listed.error();
        if (e.code == FileError::NotFound)
            e.message = QStringLiteral("Directory %1 does not exist on %2. Create it or correct the path in the configuration. (%3)").arg(dir, describe(), e.message);
        return e;
    }
    const FileNamePattern filter(pattern);
    QList<FileEntry> out;
    out.reserve(listed->size());
    for (const SftpEntry &entry : std::as_const(*listed)) {
        if (entry.name.endsWith(QLatin1String(".tmp")))
            continue;   // a writer's half-written file
        if (entry.type == SftpEntry::Type::Directory || !filter.matches(entry.name))
            continue;
        if (entry.type == SftpEntry::Type::Symlink) {
            // A link to a directory (an archive/ on another disk) is not a file; a link to anything else is
            // listed as the link it is, never followed (not even to a regular file): it could lead out of dir.
            Result<std::optional<SftpEntry>> target = m_session.stat(joinPath(dir, entry.name));
            if (!target)
                return target.error();
            if (target->has_value() && (*target)->type == SftpEntry::Type::Directory)
                continue;
        }
        FileEntry e;
        e.name = entry.name;
        e.size = entry.size;
        e.modified = entry.modified;
        e.kind = kindOf(entry);
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const FileEntry &a, const FileEntry &b) { return a.name < b.name; });
    return out;
}

Result<QByteArray> SftpFileStore::read(const QString &path, qint64 maxBytes)
{
    return retryingRead([&] { return m_session.readFile(path, maxBytes); });
}

Status SftpFileStore::writeAtomic(const QString &path, const QByteArray &content, bool sync)
{
    const QString tmp = path + QStringLiteral(".tmp");
    if (Status written = m_session.writeFile(tmp, content, sync); !written) {
        if (written.error().code != FileError::Connection)
            (void)m_session.removeFile(tmp);
        return written;
    }
    // The rename never replaces an existing file (SFTP v3 semantics; OpenSSH links then unlinks), so a name clash
    // surfaces as FileError::Exists instead of an overwritten delivery.
    Status renamed = m_session.rename(tmp, path);
    if (!renamed && renamed.error().code != FileError::Connection)
        (void)m_session.removeFile(tmp);
    return renamed;
}

Status SftpFileStore::move(const QString &from, const QString &to)
{
    return m_session.rename(from, to);
}

Result<bool> SftpFileStore::exists(const QString &path)
{
    Result<std::optional<SftpEntry>> st = retryingRead([&] { return m_session.stat(path); });
    if (!st)
        return st.error();
    return st->has_value();
}

Status SftpFileStore::remove(const QString &path)
{
    Status removed = m_session.removeFile(path);
    if (!removed && removed.error().code == FileError::NotFound)
        return {};
    return removed;
}

Status SftpFileStore::ensureDir(const QString &dir)
{
    Result<std::optional<SftpEntry>> st = retryingRead([&] { return m_session.stat(dir); });
    if (!st)
        return st.error();
    if (st->has_value()) {
        if ((*st)->type == SftpEntry::Type::Directory)
            return {};
        return Error(FileError::Exists, QStringLiteral("Cannot use %1 on %2 as a directory: a file of that name exists.").arg(dir, describe()));
    }
    return ensureDirRecursive(dir, 0);
}

Status SftpFileStore::ensureDirRecursive(const QString &dir, int depth)
{
    Status made = m_session.makeDirectory(dir);
    if (made || made.error().code != FileError::NotFound)
        return made;
    const QString parent = parentOf(dir);
    if (parent.isEmpty() || parent == dir || depth > 64)
        return made;
    if (Status up = ensureDirRecursive(parent, depth + 1); !up)
        return up;
    return m_session.makeDirectory(dir);
}

} // namespace orderflow
