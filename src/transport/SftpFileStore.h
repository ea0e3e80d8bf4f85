// FileStore over SFTP (libssh). Config keys: host, port, user, key_file, key_passphrase_env, password_env,
// known_hosts, fingerprint (pinned "SHA256:…"), connect_timeout_ms, io_timeout_ms.
#pragma once

#include "transport/FileStore.h"
#include "transport/SftpSession.h"

namespace orderflow {

Result<std::unique_ptr<FileStore>> createSftpFileStore(const QJsonObject &config);

// One session reused for a poll cycle (open() … close()); any call connects on demand. Reads (list, read, exists)
// are retried once on a fresh connection when a reused one turns out to be dead; writes and renames are not, so a
// caller never mistakes "maybe done" for "not done" (it reconciles with exists()).
class SftpFileStore final : public FileStore {
public:
    explicit SftpFileStore(SftpConfig config);

    QString describe() const override;
    Status open() override;
    void close() override;
    Result<QList<FileEntry>> list(const QString &dir, const QString &pattern) override;
    Result<QList<FileEntry>> listEntries(const QString &dir, const QString &pattern) override;
    Result<QByteArray> read(const QString &path, qint64 maxBytes) override;
    Status writeAtomic(const QString &path, const QByteArray &content, bool sync) override;
    Status move(const QString &from, const QString &to) override;
    Result<bool> exists(const QString &path) override;
    Status remove(const QString &path) override;
    Status ensureDir(const QString &dir) override;
    void abort() override { m_session.abort(); }

    SftpSession &session() { return m_session; }

private:
    template <typename Fn>
    auto retryingRead(Fn fn) -> decltype(fn());
    Status ensureDirRecursive(const QString &dir, int depth);

    SftpSession m_session;
};

} // namespace orderflow
