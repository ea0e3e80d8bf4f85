// One SSH connection with its SFTP channel (libssh 0.10), blocking, for worker threads. Verifies the host key
// against OrderFlow's known_hosts (or a pinned fingerprint), authenticates with a key or a password, and offers the
// file operations the SFTP FileStore needs, with errors coded like every FileStore's (FileError::*).
#pragma once

#include "domain/Result.h"
#include "transport/KnownHosts.h"
#include "transport/SftpConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace orderflow {

struct SftpEntry {
    enum class Type { File, Directory, Symlink, Other };
    QString name;
    Type type = Type::Other;
    qint64 size = 0;
    QDateTime modified;   // UTC
    quint32 permissions = 0;
};

// How long each step of the last connect() took, in milliseconds (-1: not reached).
struct SftpConnectTimings {
    qint64 connectMs = -1;    // TCP connect + SSH key exchange
    qint64 hostKeyMs = -1;    // host key check
    qint64 authMs = -1;       // authentication
    qint64 sftpMs = -1;       // SFTP subsystem start
};

// What a server presented as its host key, and what OrderFlow's known_hosts says about it.
struct ServerHostKeyInfo {
    QString host;
    int port = 22;
    HostPublicKey key;
    QString fingerprint;                    // "SHA256:…" as OpenSSH prints it
    KnownHosts::Match match = KnownHosts::Match::Unknown;
    QList<HostPublicKey> knownKeys;         // what known_hosts lists for host:port
    QString knownHostsPath;
    QString serverBanner;                   // "SSH-2.0-OpenSSH_9.2p1 …"
};

class SftpSession {
public:
    explicit SftpSession(SftpConfig config);
    ~SftpSession();
    SftpSession(const SftpSession &) = delete;
    SftpSession &operator=(const SftpSession &) = delete;

    const SftpConfig &config() const;
    QString describe() const;   // "sftp://user@host:port"

    // Connects, checks the host key, authenticates and starts SFTP. A no-op when connected. Errors:
    // FileError::Connection (transient), FileError::HostKey (unknown → message carries the fingerprint; changed →
    // hard failure), FileError::Auth, "config" (a named environment variable is missing).
    Status connect();
    void disconnect();
    bool isConnected() const;
    // From any thread, for shutdown: the blocking call in progress (a TCP connect, a key exchange with a server that
    // never answers, a transfer) returns at once with FileError::Connection, and so does every later call.
    void abort();
    const SftpConnectTimings &lastConnectTimings() const;
    // The key the server presented on the last connect attempt (also after a host-key failure, for trust-on-first-use).
    HostPublicKey serverHostKey() const;

    // Every operation connects on demand. A connection failure drops the session (the next call reconnects).
    Result<QList<SftpEntry>> listDirectory(const QString &dir);
    // Follows symlinks; std::nullopt when nothing exists at path.
    Result<std::optional<SftpEntry>> stat(const QString &path);
    // Pipelined download of the whole file; FileError::TooLarge beyond maxBytes.
    Result<QByteArray> readFile(const QString &path, qint64 maxBytes);
    // Creates or truncates path and writes data in chunks of at most 255 KiB; fsync@openssh.com when sync is set
    // and the server offers it.
    Status writeFile(const QString &path, const QByteArray &data, bool sync);
    // Never overwrites: an existing target is FileError::Exists. A missing source or target directory is
    // FileError::NotFound naming which.
    Status rename(const QString &from, const QString &to);
    Status removeFile(const QString &path);
    Status makeDirectory(const QString &path);

    // Connects to host:port only far enough to see its host key (no authentication) and compares it with the
    // known_hosts file. For `orderflow hostkey trust` and the connection wizard.
    static Result<ServerHostKeyInfo> scanHostKey(const QString &host, int port, const QString &knownHostsPath,
                                                 int timeoutMs = 15000);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace orderflow
