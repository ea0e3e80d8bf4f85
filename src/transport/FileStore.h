// Blocking access to one file tree, local or remote. Sources, the dropzone and the ack poller work through it,
// so "folder" and "sftp" are the same logic over two transports. Used on worker threads only.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace orderflow {

struct FileEntry {
    QString name;        // file name only, no directory
    qint64 size = 0;
    QDateTime modified;  // UTC
};

class FileStore {
public:
    virtual ~FileStore() = default;

    // For messages: "/var/dropzone" or "sftp://erp@10.0.0.5:22".
    virtual QString describe() const = 0;

    // Connect (SFTP) once per poll cycle; a no-op locally. Every other call opens on demand when needed.
    virtual Status open() { return {}; }
    virtual void close() {}

    // Regular files in dir whose names match the wildcard pattern ("*.json"; empty = all), sorted by name.
    virtual Result<QList<FileEntry>> list(const QString &dir, const QString &pattern) = 0;
    // Whole file; fails with code "too_large" when it is bigger than maxBytes.
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
}

// True when retrying later may succeed (connection trouble, a full disk), false for errors a person must fix.
bool isTransientFileError(const Error &error);
// Errors a person must fix before anything can work (unknown or changed host key, rejected credentials, a broken
// configuration): retrying only hammers the server, so the source or connection pauses instead.
bool needsOperator(const QString &errorCode);

// Joins a directory and a name with exactly one '/'.
QString joinPath(const QString &dir, const QString &name);
// The directory a path is in ("/in/archive/" → "/in", "archive" → ".").
QString parentPath(const QString &path);
// name with a UTC time stamp before its extension ("997_X_1.x12" → "997_X_1_20251121T101500123.x12").
QString timestampedName(const QString &name);
// Moves a processed file into dir (created when missing); a name already taken there gets a time stamp
// instead of overwriting anything.
Status moveAside(FileStore &store, const QString &from, const QString &dir, const QString &name);

// Builds the store a source or connection config names: {"mode": "filesystem"} (default) or {"mode": "sftp", ...}.
Result<std::unique_ptr<FileStore>> createFileStore(const QJsonObject &config);

} // namespace orderflow
