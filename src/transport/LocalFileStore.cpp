#include "transport/LocalFileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
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
    case ENOENT: code = FileError::NotFound; hint = QStringLiteral(" Check that the directory exists."); break;
    case EEXIST: code = FileError::Exists; break;
    case EACCES:
    case EPERM: code = FileError::Permission; hint = QStringLiteral(" Check the permissions of the directory for the user running OrderFlow."); break;
    case ENOSPC:
    case EDQUOT: code = FileError::NoSpace; hint = QStringLiteral(" Free disk space; OrderFlow retries later."); break;
    default: break;
    }
    return Error(code, QStringLiteral("Cannot %1 %2: %3.%4").arg(what, path, QString::fromLocal8Bit(std::strerror(err)), hint));
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

} // namespace

Result<QList<FileEntry>> LocalFileStore::list(const QString &dir, const QString &pattern)
{
    QDir d(dir);
    if (!d.exists())
        return Error(FileError::NotFound, QStringLiteral("Directory %1 does not exist. Create it or correct the path in the configuration.").arg(dir));
    // QDir lists an unreadable directory as empty; ask the system so a permission problem is not a quiet inbox.
    if (DIR *probe = ::opendir(QFile::encodeName(dir).constData()); probe)
        ::closedir(probe);
    else
        return errnoError(errno, QStringLiteral("list"), dir);
    const QStringList filters = pattern.isEmpty() ? QStringList() : pattern.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    const QFileInfoList infos = d.entryInfoList(filters, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    QList<FileEntry> out;
    out.reserve(infos.size());
    for (const QFileInfo &fi : infos) {
        if (fi.fileName().endsWith(QLatin1String(".tmp")))
            continue;   // a writer's half-written file
        out.append({fi.fileName(), fi.size(), fi.lastModified().toUTC()});
    }
    return out;
}

Result<QByteArray> LocalFileStore::read(const QString &path, qint64 maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, QStringLiteral("read"), path);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return errnoError(err, QStringLiteral("read"), path);
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return errnoError(EISDIR, QStringLiteral("read"), path);
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return Error(FileError::TooLarge, QStringLiteral("%1 is %2 bytes, more than the limit of %3 bytes.").arg(path).arg(qint64(st.st_size)).arg(maxBytes));
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
            return errnoError(err, QStringLiteral("read"), path);
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
        return Error(FileError::Exists, QStringLiteral("%1 already exists; refusing to overwrite it.").arg(path));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return errnoError(errno, QStringLiteral("write"), path + QStringLiteral(".tmp"));
    if (!writeAll(fd, content.constData(), content.size()) || (sync && ::fsync(fd) != 0)) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.constData());
        return errnoError(err, QStringLiteral("write"), path + QStringLiteral(".tmp"));
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return errnoError(err, QStringLiteral("write"), path + QStringLiteral(".tmp"));
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
        return errnoError(err, QStringLiteral("rename into place"), path);
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
                results[i] = Error(FileError::Exists, QStringLiteral("%1 already exists; refusing to overwrite it.").arg(files[i].first));
                continue;
            }
            const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (fd < 0) {
                results[i] = errnoError(errno, QStringLiteral("write"), files[i].first + QStringLiteral(".tmp"));
                continue;
            }
            if (!writeAll(fd, files[i].second.constData(), files[i].second.size())) {
                results[i] = errnoError(errno, QStringLiteral("write"), files[i].first + QStringLiteral(".tmp"));
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
                results[i] = errnoError(err, QStringLiteral("sync"), files[i].first + QStringLiteral(".tmp"));
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
                results[i] = errnoError(rerr, QStringLiteral("rename into place"), files[i].first);
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
        return errnoError(err, QStringLiteral("move %1 to").arg(from), to);
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
    return errnoError(errno, QStringLiteral("check"), path);
}

Status LocalFileStore::remove(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return errnoError(errno, QStringLiteral("remove"), path);
    return {};
}

Status LocalFileStore::ensureDir(const QString &dir)
{
    if (QDir().mkpath(dir))
        return {};
    return Error(FileError::Permission, QStringLiteral("Cannot create directory %1. Check the path and its permissions.").arg(dir));
}

Status LocalFileStore::syncDir(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errnoError(errno, QStringLiteral("open directory"), dir);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return errnoError(err, QStringLiteral("sync directory"), dir);
    return {};
}

} // namespace orderflow
