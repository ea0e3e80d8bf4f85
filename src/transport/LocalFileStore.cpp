#include "transport/LocalFileStore.h"

#include "domain/messages/ConnectionMessages.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <dirent.h>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace orderflow {
namespace {

Error errnoError(int err, const QString &what, const QString &path)
{
    QString code = FileError::Io;
    QString hint;
    switch (err) {
    case ENOENT: code = FileError::NotFound; hint = msg::HintDirectoryExists(); break;
    case EEXIST: code = FileError::Exists; break;
    case EACCES:
    case EPERM: code = FileError::Permission; hint = msg::HintPermissions(); break;
    case ENOSPC:
    case EDQUOT: code = FileError::NoSpace; hint = msg::HintFreeSpace(); break;
    default: break;
    }
    return Error(code, msg::CannotDo(what, path, QString::fromLocal8Bit(std::strerror(err)), hint));
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

FileEntry::Kind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return FileEntry::Kind::Regular;
    if (S_ISLNK(mode))
        return FileEntry::Kind::Symlink;
    if (S_ISFIFO(mode))
        return FileEntry::Kind::Fifo;
    if (S_ISSOCK(mode))
        return FileEntry::Kind::Socket;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return FileEntry::Kind::Device;
    return FileEntry::Kind::Other;
}

// One entry of an open directory, as it is (a link is not followed). std::nullopt when it is gone, a directory or
// a link to one.
Result<std::optional<FileEntry>> entryAt(int dirFd, const QString &dir, const QString &name)
{
    struct stat st {};
    if (::fstatat(dirFd, QFile::encodeName(name).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return std::optional<FileEntry>();
        return errnoError(errno, msg::VerbLookAt(), joinPath(dir, name));
    }
    if (S_ISDIR(st.st_mode))
        return std::optional<FileEntry>();   // archive/, error/ and the like are not files
    struct stat target {};
    if (S_ISLNK(st.st_mode) && ::fstatat(dirFd, QFile::encodeName(name).constData(), &target, 0) == 0 && S_ISDIR(target.st_mode))
        return std::optional<FileEntry>();   // nor is an archive/ that links to another disk (stat opens nothing)
    FileEntry e;
    e.kind = kindOf(st.st_mode);
    e.name = name;
    e.size = qint64(st.st_size);
    e.modified = QDateTime::fromMSecsSinceEpoch(qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, Qt::UTC);
    e.inode = quint64(st.st_ino);
    return std::optional<FileEntry>(e);
}

Result<int> openDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0)
        return fd;
    if (errno == ENOENT)
        return Error(FileError::NotFound, msg::DirectoryMissing(dir));
    return errnoError(errno, msg::VerbList(), dir);
}

Error notRegular(const QString &path, const QString &what)
{
    return Error(FileError::NotRegular, msg::NotRegularFile(path, what));
}

} // namespace

Result<QList<FileEntry>> LocalFileStore::list(const QString &dir, const QString &pattern)
{
    auto all = listEntries(dir, pattern);
    if (!all)
        return all;
    all->removeIf([](const FileEntry &e) { return e.kind != FileEntry::Kind::Regular; });
    return all;
}

Result<QList<FileEntry>> LocalFileStore::listEntries(const QString &dir, const QString &pattern)
{
    // readdir + fstatat(AT_SYMLINK_NOFOLLOW): every entry is classified by what it is, never by what a link points
    // to, and nothing is opened (opening a FIFO would wait for a writer).
    const Result<int> dirFd = openDirectory(dir);
    if (!dirFd)
        return dirFd.error();
    DIR *d = ::fdopendir(*dirFd);
    if (!d) {
        const int err = errno;
        ::close(*dirFd);
        return errnoError(err, msg::VerbList(), dir);
    }
    const FileNamePattern filter(pattern);
    QList<FileEntry> out;
    for (;;) {
        errno = 0;
        const dirent *de = ::readdir(d);
        if (!de) {
            if (errno != 0) {
                const int err = errno;
                ::closedir(d);
                return errnoError(err, msg::VerbList(), dir);
            }
            break;
        }
        const QString name = QFile::decodeName(de->d_name);
        if (name == QLatin1String(".") || name == QLatin1String("..") || name.endsWith(QLatin1String(".tmp")))
            continue;   // ".tmp": a writer's half-written file
        if (!filter.matches(name))
            continue;
        auto entry = entryAt(*dirFd, dir, name);
        if (!entry) {
            ::closedir(d);
            return entry.error();
        }
        if (entry->has_value())
            out.append(**entry);
    }
    ::closedir(d);   // closes dirFd too
    std::sort(out.begin(), out.end(), [](const FileEntry &a, const FileEntry &b) { return a.name < b.name; });
    return out;
}

Result<QList<FileEntry>> LocalFileStore::lookUp(const QString &dir, const QStringList &names)
{
    const Result<int> dirFd = openDirectory(dir);
    if (!dirFd)
        return dirFd.error();
    QList<FileEntry> out;
    out.reserve(names.size());
    for (const QString &name : names) {
        auto entry = entryAt(*dirFd, dir, name);
        if (!entry) {
            ::close(*dirFd);
            return entry.error();
        }
        if (entry->has_value())
            out.append(**entry);
    }
    ::close(*dirFd);
    return out;
}

Result<QByteArray> LocalFileStore::read(const QString &path, qint64 maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NOFOLLOW: a symbolic link is refused, never followed. O_NONBLOCK: a FIFO swapped in after the listing opens
    // at once instead of waiting for a writer (and is refused below). The type is checked on the open descriptor,
    // so nothing can change between the check and the read.
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        struct stat lst {};
        if (err == ELOOP)
            return notRegular(path, describeKind(FileEntry::Kind::Symlink));
        if (err == ENXIO && ::lstat(native.constData(), &lst) == 0 && !S_ISREG(lst.st_mode))
            return notRegular(path, describeKind(kindOf(lst.st_mode)));   // a socket, a device without a driver
        return errnoError(err, msg::VerbRead(), path);
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return errnoError(err, msg::VerbRead(), path);
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return notRegular(path, S_ISDIR(st.st_mode) ? QStringLiteral("a directory") : describeKind(kindOf(st.st_mode)));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return Error(FileError::TooLarge, msg::FileTooLarge(path, qint64(st.st_size), maxBytes));
    }
    QByteArray data;
    data.resize(qsizetype(st.st_size));
    qsizetype got = 0;
    while (got < data.size()) {
        const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return errnoError(err, msg::VerbRead(), path);
        }
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd);
    data.truncate(got);
    return data;
}

Status LocalFileStore::writeAtomic(const QString &path, const QByteArray &content, bool sync)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray tmp = target + ".tmp";
    if (::access(target.constData(), F_OK) == 0)
        return Error(FileError::Exists, msg::RefuseOverwrite(path));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return errnoError(errno, msg::VerbWrite(), path + QStringLiteral(".tmp"));
    if (!writeAll(fd, content.constData(), content.size()) || (sync && ::fsync(fd) != 0)) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.constData());
        return errnoError(err, msg::VerbWrite(), path + QStringLiteral(".tmp"));
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return errnoError(err, msg::VerbWrite(), path + QStringLiteral(".tmp"));
    }
    // link()+unlink() would also refuse to overwrite, but rename is what readers of a dropzone expect to see;
    // the existence check above and unique names make a clash a conflict we report, never a silent overwrite.
    if (::renameat2(AT_FDCWD, tmp.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) != 0) {
        const int err = errno;
        if (err == EINVAL || err == ENOSYS) {
            if (::rename(tmp.constData(), target.constData()) == 0)
                return {};
        }
        ::unlink(tmp.constData());
        return errnoError(err, msg::VerbRenameIntoPlace(), path);
    }
    return {};
}

QList<Status> LocalFileStore::writeAtomicBatch(const QList<QPair<QString, QByteArray>> &files, bool sync)
{
    QList<Status> results(files.size());
    constexpr qsizetype kChunk = 256;   // bounded number of open descriptors
    for (qsizetype start = 0; start < files.size(); start += kChunk) {
        const qsizetype end = std::min(files.size(), start + kChunk);
        QList<int> fds(end - start, -1);
        // 1. Every .tmp written, none synced yet.
        for (qsizetype i = start; i < end; ++i) {
            const QByteArray target = QFile::encodeName(files[i].first);
            const QByteArray tmp = target + ".tmp";
            if (::access(target.constData(), F_OK) == 0) {
                results[i] = Error(FileError::Exists, msg::RefuseOverwrite(files[i].first));
                continue;
            }
            const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (fd < 0) {
                results[i] = errnoError(errno, msg::VerbWrite(), files[i].first + QStringLiteral(".tmp"));
                continue;
            }
            if (!writeAll(fd, files[i].second.constData(), files[i].second.size())) {
                results[i] = errnoError(errno, msg::VerbWrite(), files[i].first + QStringLiteral(".tmp"));
                ::close(fd);
                ::unlink(tmp.constData());
                continue;
            }
            fds[i - start] = fd;
        }
        // 2. Synced: the first fsync commits the journal for all of them, the rest find little left to do.
        //    No rename in between, or every fsync would have a directory change to commit again.
        for (qsizetype i = start; i < end; ++i) {
            int &fd = fds[i - start];
            if (fd < 0)
                continue;
            const bool ok = (!sync || ::fsync(fd) == 0);
            const int err = errno;
            ::close(fd);
            if (!ok) {
                fd = -1;
                results[i] = errnoError(err, msg::VerbSync(), files[i].first + QStringLiteral(".tmp"));
                ::unlink(QByteArray(QFile::encodeName(files[i].first) + ".tmp").constData());
            }
        }
        // 3. Renamed into place, never over an existing file.
        for (qsizetype i = start; i < end; ++i) {
            if (fds[i - start] < 0)
                continue;
            const QByteArray target = QFile::encodeName(files[i].first);
            const QByteArray tmp = target + ".tmp";
            if (::renameat2(AT_FDCWD, tmp.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) != 0) {
                const int rerr = errno;
                if ((rerr == EINVAL || rerr == ENOSYS) && ::rename(tmp.constData(), target.constData()) == 0)
                    continue;
                ::unlink(tmp.constData());
                results[i] = errnoError(rerr, msg::VerbRenameIntoPlace(), files[i].first);
            }
        }
    }
    return results;
}

Status LocalFileStore::move(const QString &from, const QString &to)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, src.constData(), AT_FDCWD, dst.constData(), RENAME_NOREPLACE) != 0) {
        const int err = errno;
        if ((err == EINVAL || err == ENOSYS) && ::access(dst.constData(), F_OK) != 0 && ::rename(src.constData(), dst.constData()) == 0)
            return {};
        return errnoError(err, msg::VerbMoveTo(from), to);
    }
    return {};
}

Result<bool> LocalFileStore::exists(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return true;
    if (errno == ENOENT)
        return false;
    return errnoError(errno, msg::VerbCheck(), path);
}

Status LocalFileStore::remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return errnoError(errno, msg::VerbRemove(), path);
    return {};
}

Status LocalFileStore::ensureDir(const QString &dir)
{
    if (QDir().mkpath(dir))
        return {};
    return Error(FileError::Permission, msg::CannotCreateDirectory(dir));
}

Status LocalFileStore::syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, msg::VerbOpenDirectory(), dir);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return errnoError(err, msg::VerbSyncDirectory(), dir);
    return {};
}

} // namespace orderflow
