// Blocking access to one file tree, local or remote. Sources, the dropzone and the ack poller work through it,
// so "folder" and "sftp" are the same logic over two transports. Used on worker threads only.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>

namespace orderflow {

struct FileEntry {
    // What the entry is, as seen without following a link. Only Regular entries are ever opened.
    enum class Kind { Regular, Symlink, Fifo, Socket, Device, Other };

    QString name;        // file name only, no directory
    qint64 size = 0;
    QDateTime modified;  // UTC, as the file system (or the server) reports it: compared only with itself
    Kind kind = Kind::Regular;
    quint64 inode = 0;   // 0 where the transport does not report one (SFTP)

    // Same size, modification time, inode and kind: nothing observable changed in between.
    bool sameVersionAs(const FileEntry &other) const
    {
        return size == other.size && modified == other.modified && inode == other.inode && kind == other.kind;
    }
};

// "a symbolic link", "a FIFO (named pipe)", … for messages.
QString describeKind(FileEntry::Kind kind);

// The name filter every store applies: ';'-separated wildcards ("*.json;*.x12"), case-insensitive; empty = all.
class FileNamePattern {
public:
    explicit FileNamePattern(const QString &pattern);
    bool matches(const QString &name) const;

private:
    QList<QRegularExpression> m_patterns;
};

class FileStore {
public:
    virtual ~FileStore() = default;

    // For messages: "/var/dropzone" or "sftp://erp@10.0.0.5:22".
    virtual QString describe() const = 0;

    // Connect (SFTP) once per poll cycle; a no-op locally. Every other call opens on demand when needed.
    virtual Status open() { return {}; }
    virtual void close() {}

    // Regular files in dir whose names match the wildcard pattern ("*.json"; empty = all), sorted by name. Never
    // a symbolic link (not even to a regular file), FIFO, socket, device or directory; never a ".tmp" file.
    virtual Result<QList<FileEntry>> list(const QString &dir, const QString &pattern) = 0;
    // Like list(), but also the entries list() leaves out because they are not regular files (symbolic links,
    // FIFOs, sockets, devices; still no directories and no ".tmp"), with their kind, so a source can refuse them
    // by name instead of ignoring them silently. Nothing is opened or followed to find out.
    virtual Result<QList<FileEntry>> listEntries(const QString &dir, const QString &pattern) { return list(dir, pattern); }
    // The entries of dir with these names as listEntries() would report them now (a name that is gone, or is a
    // directory, is left out): a second look, to see whether a file changed while it was read. By default one
    // listing of dir (one round trip over SFTP, instead of one per name).
    virtual Result<QList<FileEntry>> lookUp(const QString &dir, const QStringList &names);
    // Whole file; fails with code "too_large" when it is bigger than maxBytes, and with "not_regular" when path
    // is not a regular file (a symbolic link is never followed, a FIFO never waited on).
    virtual Result<QByteArray> read(const QString &path, qint64 maxBytes) = 0;
    // Write path + ".tmp", flush (fsync when sync is true), then rename to path. Never overwrites: an existing
    // target fails with code "exists" and the .tmp is removed.
    virtual Status writeAtomic(const QString &path, const QByteArray &content, bool sync) = 0;
    // Several atomic writes at once, with one result per file in the same order. The local store writes every
    // .tmp first and then syncs them, so one journal commit covers the batch (group commit); each file is still
    // durable before it is renamed into place.
    virtual QList<Status> writeAtomicBatch(const QList<QPair<QString, QByteArray>> &files, bool sync)
    {
        QList<Status> out;
        out.reserve(files.size());
        for (const auto &[path, content] : files)
            out.append(writeAtomic(path, content, sync));
        return out;
    }
    // Rename without overwriting: an existing target fails with code "exists".
    virtual Status move(const QString &from, const QString &to) = 0;
    virtual Result<bool> exists(const QString &path) = 0;
    virtual Status remove(const QString &path) = 0;
    // Create the directory (and parents) when missing.
    virtual Status ensureDir(const QString &dir) = 0;
    // Make renames in dir durable (fsync of the directory); a no-op where the transport cannot.
    virtual Status syncDir(const QString &) { return {}; }
    // From any thread, for shutdown: a blocking network call returns at once with FileError::Connection, and so does
    // every later call. A no-op for stores that never block on a network.
    virtual void abort() {}
};

// Error codes every FileStore uses, so callers can decide without parsing messages.
namespace FileError {
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Exists = QStringLiteral("exists");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString Permission = QStringLiteral("permission_denied");
inline const QString NoSpace = QStringLiteral("no_space");
inline const QString Io = QStringLiteral("io_error");
inline const QString Connection = QStringLiteral("connection");     // transient: server down, timeout, dropped
inline const QString HostKey = QStringLiteral("host_key");          // unknown or changed host key: not transient
inline const QString Auth = QStringLiteral("auth");                 // authentication failed: not transient
inline const QString Tls = QStringLiteral("tls");                   // the server's TLS certificate is not trusted: not transient
inline const QString NotRegular = QStringLiteral("not_regular");    // a link, FIFO, device…: refused, never read
}

// True when retrying later may succeed (connection trouble, a full disk), false for errors a person must fix.
bool isTransientFileError(const Error &error);
// Errors a person must fix before anything can work (unknown or changed host key, an untrusted TLS certificate,
// rejected credentials, a broken
// configuration, permission denied): retrying at once cannot help, so the source or connection pauses instead and
// is tried again now and then; what waits for it is never charged a retry.
bool needsOperator(const QString &errorCode);

// Joins a directory and a name with exactly one '/'.
QString joinPath(const QString &dir, const QString &name);
// The directory a path is in ("/in/archive/" → "/in", "archive" → ".").
QString parentPath(const QString &path);
// name with a UTC time stamp before its extension ("997_X_1.x12" → "997_X_1_20251121T101500123.x12").
QString timestampedName(const QString &name);
// Moves a processed file into dir (created when missing); a name already taken there gets a time stamp
// instead of overwriting anything. Returns the path the file has now.
Result<QString> moveAside(FileStore &store, const QString &from, const QString &dir, const QString &name);

// Builds the store a source or connection config names: {"mode": "filesystem"} (default) or {"mode": "sftp", ...}.
Result<std::unique_ptr<FileStore>> createFileStore(const QJsonObject &config);

} // namespace orderflow
