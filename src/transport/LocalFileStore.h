// FileStore over the local file system (folder sources, filesystem dropzones).
#pragma once

#include "transport/FileStore.h"

namespace orderflow {

class LocalFileStore final : public FileStore {
public:
    QString describe() const override { return QStringLiteral("local file system"); }
    Result<QList<FileEntry>> list(const QString &dir, const QString &pattern) override;
    Result<QList<FileEntry>> listEntries(const QString &dir, const QString &pattern) override;
    Result<QList<FileEntry>> lookUp(const QString &dir, const QStringList &names) override;
    Result<QByteArray> read(const QString &path, qint64 maxBytes) override;
    Status writeAtomic(const QString &path, const QByteArray &content, bool sync) override;
    QList<Status> writeAtomicBatch(const QList<QPair<QString, QByteArray>> &files, bool sync) override;
    Status move(const QString &from, const QString &to) override;
    Result<bool> exists(const QString &path) override;
    Status remove(const QString &path) override;
    Status ensureDir(const QString &dir) override;
    Status syncDir(const QString &dir) override;
};

} // namespace orderflow
