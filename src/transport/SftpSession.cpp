#include "transport/SftpSession.h"

#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"
#include "transport/SftpAuth.h"
#include "transport/SftpHostKeyCheck.h"
#include "transport/SftpLibssh.h"
#include "transport/SftpLog.h"
#include "transport/SftpWatchdog.h"

#include <QElapsedTimer>

#include <libssh/sftp.h>

#include <deque>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>

// Details (each connect, each failure the caller reports anyway) only when asked for: QT_LOGGING_RULES="orderflow.sftp.debug=true".
Q_LOGGING_CATEGORY(lcSftp, "orderflow.sftp", QtInfoMsg)

namespace orderflow {
namespace {

using sftp::SftpAbort;
using sftp::SftpWatchdog;
using sftp::sshErrorText;

// OpenSSH's sftp-server accepts messages up to 256 KiB; a write request adds its header to the payload.
constexpr qsizetype WriteChunk = 255 * 1024;
// Reads: many requests of OpenSSH's size in flight, like `sftp` itself does (-B 32768 -R 64).
constexpr quint32 ReadChunk = 64 * 1024;
constexpr int ReadRequestsInFlight = 32;

QString statusName(int status)
{
    switch (status) {
    case SSH_FX_OK: return msg::SftpFxOk();
    case SSH_FX_EOF: return msg::SftpFxEndOfFile();
    case SSH_FX_NO_SUCH_FILE: return msg::SftpFxNoSuchFileOr();
    case SSH_FX_PERMISSION_DENIED: return msg::SftpFxPermissionDenied();
    case SSH_FX_FAILURE: return msg::SftpFxTheServerReportedA();
    case SSH_FX_BAD_MESSAGE: return msg::SftpFxBadMessage();
    case SSH_FX_NO_CONNECTION: return msg::SftpFxNoConnection();
    case SSH_FX_CONNECTION_LOST: return msg::SftpFxConnectionLost();
    case SSH_FX_OP_UNSUPPORTED: return msg::SftpFxOperationNotSupportedBy();
    case SSH_FX_INVALID_HANDLE: return msg::SftpFxInvalidHandle();
    case SSH_FX_NO_SUCH_PATH: return msg::SftpFxNoSuchPath();
    case SSH_FX_FILE_ALREADY_EXISTS: return msg::SftpFxFileAlreadyExists();
    case SSH_FX_WRITE_PROTECT: return msg::SftpFxWriteProtected();
    case SSH_FX_NO_MEDIA: return msg::SftpFxNoMedia();
    case 14: return msg::SftpFxNoSpaceLeftOn();
    case 15: return msg::SftpFxQuotaExceeded();
    default: return msg::SftpStatusNumber(status);
    }
}

QString parentDir(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QStringLiteral(".");
    if (slash == 0)
        return QStringLiteral("/");
    return path.left(slash);
}

SftpEntry toEntry(sftp_attributes attr, const QString &name)
{
    SftpEntry e;
    e.name = name;
    switch (attr->type) {
    case SSH_FILEXFER_TYPE_REGULAR: e.type = SftpEntry::Type::File; break;
    case SSH_FILEXFER_TYPE_DIRECTORY: e.type = SftpEntry::Type::Directory; break;
    case SSH_FILEXFER_TYPE_SYMLINK: e.type = SftpEntry::Type::Symlink; break;
    default: e.type = SftpEntry::Type::Other; break;
    }
    e.size = qint64(attr->size);
    const qint64 mtime = attr->mtime64 ? qint64(attr->mtime64) : qint64(attr->mtime);
    e.modified = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
    e.permissions = attr->permissions;
    return e;
}

// OpenSSH's sshd sends a "hostkeys-00" notice right after authentication and does not disable Nagle for SFTP
// sessions. Our channel-open usually crosses that notice; Linux then delays the ACK for it (~40 ms) and sshd's
// Nagle holds back the channel confirmation until the ACK arrives — 40 ms on every connection. A short pause lets
// the notice arrive; TCP_QUICKACK then sends the pending ACK at once and leaves delayed-ACK ("pingpong") mode.
void avoidDelayedAckStall(int fd)
{
#ifdef TCP_QUICKACK
    pollfd p{fd, POLLIN, 0};
    (void)::poll(&p, 1, 2);
    const int one = 1;
    (void)::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(fd);
#endif
}

} // namespace

class SftpSession::Private {
public:
    explicit Private(SftpConfig c) : config(std::move(c)) {}
    ~Private() { teardown(false); }

    SftpConfig config;
    ssh_session ssh = nullptr;
    sftp_session sftp = nullptr;
    bool connected = false;
    bool hasFsync = false;
    SftpConnectTimings timings;
    HostPublicKey serverKey;
    std::unique_ptr<SftpWatchdog> watchdog;
    // abort() may come from another thread: it shuts down the live socket, which makes any blocking call return.
    SftpAbort abortSwitch;

    QString describe() const { return config.describe(); }
    bool aborted() const { return abortSwitch.aborted(); }
    void setLiveSocket(int fd) { abortSwitch.setLiveSocket(fd); }
    Error abandoned(const QString &during) const { return SftpAbort::abandoned(during, describe()); }

    Status connectNow();
    Status verifyHostKey();
    void teardown(bool broken);

    // Arms the watchdog and clears libssh's sticky SFTP status for one operation.
    class Op {
    public:
        explicit Op(Private *p) : m_p(p)
        {
            m_p->sftp->errnum = SSH_FX_OK;
            m_p->watchdog->clearFired();
            m_p->watchdog->arm(ssh_get_fd(m_p->ssh), m_p->config.ioTimeoutMs);
        }
        ~Op() { m_p->watchdog->disarm(); }
        void progress() { m_p->watchdog->arm(ssh_get_fd(m_p->ssh), m_p->config.ioTimeoutMs); }

    private:
        Private *m_p;
    };

    // Turns the failure of the last libssh call into an Error: connection trouble (and the session is dropped) or
    // the server's SFTP status for `action` on `path`.
    Error failure(const QString &action, const QString &path, int *statusOut = nullptr);
    Error statusError(int status, const QString &action, const QString &path, const QString &access) const;
};

void SftpSession::Private::teardown(bool broken)
{
    if (watchdog)
        watchdog->disarm();
    setLiveSocket(-1);   // libssh closes it below
    if (ssh && broken) {
        // Nothing more will be read or written on a broken connection; make sure closing cannot block on it.
        const socket_t fd = ssh_get_fd(ssh);
        if (fd != SSH_INVALID_SOCKET)
            ::shutdown(fd, SHUT_RDWR);
    }
    if (sftp) {
        if (!broken && watchdog && ssh_get_fd(ssh) != SSH_INVALID_SOCKET)
            watchdog->arm(ssh_get_fd(ssh), 2000);
        sftp_free(sftp);
        sftp = nullptr;
        if (watchdog)
            watchdog->disarm();
    }
    if (ssh) {
        if (ssh_is_connected(ssh))
            ssh_disconnect(ssh);
        ssh_free(ssh);
        ssh = nullptr;
    }
    connected = false;
}

Status SftpSession::Private::connectNow()
{
    teardown(false);
    if (aborted())
        return abandoned(msg::SftpBeforeConnectingTo());
    sftp::initLibssh();
    timings = {};
    serverKey = {};
    if (!watchdog)
        watchdog = std::make_unique<SftpWatchdog>();

    ssh = ssh_new();
    if (!ssh)
        return Error(FileError::Io, msg::SshOutOfMemory(describe()));
    sftp::applyCommonOptions(ssh, config.host, config.port, config.connectTimeoutMs, config.knownHostsPath);
    const QByteArray user = config.user.toUtf8();
    if (ssh_options_set(ssh, SSH_OPTIONS_USER, user.constData()) != SSH_OK) {
        const QString why = sshErrorText(ssh);
        teardown(true);
        return Error(QStringLiteral("config"), msg::SshUserRefused(config.user, config.host, config.port, why));
    }

    QElapsedTimer timer;
    timer.start();
    Result<int> socket = sftp::openSftpSocket(config, abortSwitch);
    if (!socket) {
        teardown(true);
        return socket.error();
    }
    // From here libssh owns the socket (ssh_free closes it).
    socket_t fd = *socket;
    ssh_options_set(ssh, SSH_OPTIONS_FD, &fd);
    // A server that accepts and never answers: the key exchange ends at the connect timeout (or an abort).
    watchdog->clearFired();
    watchdog->arm(fd, config.connectTimeoutMs);
    const int rc = ssh_connect(ssh);
    watchdog->disarm();
    if (rc != SSH_OK) {
        const QString why = aborted() ? QString()
            : watchdog->fired()     ? msg::SftpNoAnswerAfterAccept(config.connectTimeoutMs)
                                    : sshErrorText(ssh);
        teardown(true);
        if (aborted())
            return abandoned(msg::SftpConnectingTo());
        qCDebug(lcSftp, "connect to %s failed: %s", qUtf8Printable(describe()), qUtf8Printable(why));
        return Error(FileError::Connection, msg::SftpCannotConnect(describe(), why));
    }
    timings.connectMs = timer.restart();

    if (Status hk = verifyHostKey(); !hk) {
        teardown(true);
        return hk;
    }
    timings.hostKeyMs = timer.restart();

    watchdog->clearFired();
    watchdog->arm(ssh_get_fd(ssh), config.connectTimeoutMs);
    Status auth = sftp::authenticate(ssh, config, *watchdog);
    watchdog->disarm();
    if (!auth) {
        teardown(true);
        return aborted() ? Status(abandoned(msg::SftpAuthenticatingTo())) : auth;
    }
    timings.authMs = timer.restart();
    avoidDelayedAckStall(ssh_get_fd(ssh));

    watchdog->arm(ssh_get_fd(ssh), config.connectTimeoutMs);
    sftp = sftp_new(ssh);
    const bool started = sftp && sftp_init(sftp) == SSH_OK;
    watchdog->disarm();
    if (!started) {
        const QString why = watchdog->fired() ? msg::NoAnswerWithin(config.connectTimeoutMs) : sshErrorText(ssh);
        teardown(true);
        if (aborted())
            return abandoned(msg::SftpStartingOn());
        return Error(FileError::Connection,
                     msg::SftpSubsystemFailed(describe(), why));
    }
    hasFsync = sftp_extension_supported(sftp, "fsync@openssh.com", "1") == 1;
    timings.sftpMs = timer.restart();
    connected = true;
    qCDebug(lcSftp, "connected to %s (connect %lld ms, auth %lld ms, sftp %lld ms)", qUtf8Printable(describe()),
            timings.connectMs, timings.authMs, timings.sftpMs);
    return {};
}

Status SftpSession::Private::verifyHostKey()
{
    Result<HostPublicKey> key = sftp::serverHostKeyOf(ssh, QStringLiteral("%1:%2").arg(config.host).arg(config.port));
    if (!key)
        return key.error();
    serverKey = *key;   // also after a refusal, for trust-on-first-use
    return sftp::checkHostKey(config, serverKey);
}

Error SftpSession::Private::statusError(int status, const QString &action, const QString &path, const QString &access) const
{
    QString code = FileError::Io;
    QString hint;
    switch (status) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        code = FileError::NotFound;
        hint = msg::SftpHintMissing(path);
        break;
    case SSH_FX_PERMISSION_DENIED:
    case SSH_FX_WRITE_PROTECT:
        code = FileError::Permission;
        hint = msg::SftpHintPermission(config.user, access, path);
        break;
    case SSH_FX_FILE_ALREADY_EXISTS:
        code = FileError::Exists;
        break;
    case 14:   // SSH_FX_NO_SPACE_ON_FILESYSTEM (SFTP v5+)
    case 15:   // SSH_FX_QUOTA_EXCEEDED
        code = FileError::NoSpace;
        hint = msg::SftpHintSpace();
        break;
    default:
        break;
    }
    return Error(code, msg::SftpStatusFailed(action, path, describe(), statusName(status), status, hint));
}

Error SftpSession::Private::failure(const QString &action, const QString &path, int *statusOut)
{
    const int status = sftp ? sftp_get_error(sftp) : -1;
    if (statusOut)
        *statusOut = status;
    const bool timedOut = watchdog && watchdog->fired();
    const bool lost = timedOut || !ssh || !ssh_is_connected(ssh) || (ssh_get_status(ssh) & (SSH_CLOSED | SSH_CLOSED_ERROR))
        || !sftp || ssh_channel_is_closed(sftp->channel) || ssh_channel_is_eof(sftp->channel)
        || status == SSH_FX_OK || status == SSH_FX_NO_CONNECTION || status == SSH_FX_CONNECTION_LOST;
    if (!lost)
        return statusError(status, action, path, action);

    if (statusOut)
        *statusOut = -1;
    Error e;
    if (aborted()) {
        e = abandoned(msg::SftpTryingToOn(action, path));
    } else if (timedOut) {
        e = Error(FileError::Connection, msg::SftpNoAnswer(describe(), config.ioTimeoutMs, action, path));
    } else {
        e = Error(FileError::Connection, msg::SftpConnectionLost(describe(), action, path, sshErrorText(ssh)));
    }
    qCDebug(lcSftp, "%s", qUtf8Printable(e.message));   // the caller reports the error it gets back
    teardown(true);
    return e;
}

// ---------------------------------------------------------------------------------------------------------------

SftpSession::SftpSession(SftpConfig config)
    : d(std::make_unique<Private>(std::move(config)))
{
}

SftpSession::~SftpSession() = default;

const SftpConfig &SftpSession::config() const { return d->config; }
QString SftpSession::describe() const { return d->describe(); }
bool SftpSession::isConnected() const { return d->connected; }
const SftpConnectTimings &SftpSession::lastConnectTimings() const { return d->timings; }
HostPublicKey SftpSession::serverHostKey() const { return d->serverKey; }

Status SftpSession::connect()
{
    if (d->connected)
        return {};
    return d->connectNow();
}

void SftpSession::abort()
{
    d->abortSwitch.abort();
}

void SftpSession::disconnect()
{
    if (d->ssh)
        qCDebug(lcSftp, "disconnecting from %s", qUtf8Printable(d->describe()));
    d->teardown(false);
}

Result<QList<SftpEntry>> SftpSession::listDirectory(const QString &dir)
{
    if (Status c = connect(); !c)
        return c.error();
    Private::Op op(d.get());
    const QByteArray native = dir.toUtf8();
    sftp_dir handle = sftp_opendir(d->sftp, native.constData());
    if (!handle)
        return d->failure(msg::SftpVerbListDirectory(), dir);
    QList<SftpEntry> entries;
    while (sftp_attributes attr = sftp_readdir(d->sftp, handle)) {
        op.progress();
        const QString name = QString::fromUtf8(attr->name);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            entries.append(toEntry(attr, name));
        sftp_attributes_free(attr);
    }
    if (!sftp_dir_eof(handle)) {
        Error e = d->failure(msg::SftpVerbListDirectory(), dir);
        if (d->sftp)
            sftp_closedir(handle);
        return e;
    }
    sftp_closedir(handle);
    return entries;
}

Result<std::optional<SftpEntry>> SftpSession::stat(const QString &path)
{
    if (Status c = connect(); !c)
        return c.error();
    Private::Op op(d.get());
    const QByteArray native = path.toUtf8();
    sftp_attributes attr = sftp_stat(d->sftp, native.constData());
    if (!attr) {
        int status = 0;
        Error e = d->failure(msg::SftpVerbLookUp(), path, &status);
        if (status == SSH_FX_NO_SUCH_FILE || status == SSH_FX_NO_SUCH_PATH)
            return std::optional<SftpEntry>();
        return e;
    }
    SftpEntry entry = toEntry(attr, path.mid(path.lastIndexOf(QLatin1Char('/')) + 1));
    sftp_attributes_free(attr);
    return std::optional<SftpEntry>(entry);
}

Result<QByteArray> SftpSession::readFile(const QString &path, qint64 maxBytes)
{
    if (Status c = connect(); !c)
        return c.error();
    Private::Op op(d.get());
    const QByteArray native = path.toUtf8();
    sftp_file file = sftp_open(d->sftp, native.constData(), O_RDONLY, 0);
    if (!file)
        return d->failure(msg::SftpVerbOpen(), path);

    auto closeFile = [&] {
        if (d->sftp)
            sftp_close(file);
    };
    sftp_attributes attr = sftp_fstat(file);
    if (!attr) {
        Error e = d->failure(msg::VerbRead(), path);
        closeFile();
        return e;
    }
    const qint64 size = (attr->flags & SSH_FILEXFER_ATTR_SIZE) ? qint64(attr->size) : 0;
    const bool regular = attr->type == SSH_FILEXFER_TYPE_REGULAR;
    sftp_attributes_free(attr);
    if (!regular) {
        closeFile();
        return Error(FileError::Io, msg::SftpNotRegular(path, describe()));
    }
    if (size > maxBytes) {
        closeFile();
        return Error(FileError::TooLarge, msg::SftpFileTooLarge(path, describe(), size, maxBytes));
    }

    // Pipelined download: keep up to ReadRequestsInFlight requests outstanding, covering [0, size) and one request
    // past the end that must answer EOF (a file that grew since fstat is read on until EOF, within maxBytes).
    struct Request {
        int id;
        quint64 offset;
        quint32 length;
    };
    std::deque<Request> inFlight;
    QByteArray data;
    data.resize(size + qsizetype(ReadChunk));
    quint64 nextOffset = 0;
    quint64 expectedEnd = quint64(size);
    quint64 received = 0;
    quint64 eofAt = UINT64_MAX;
    bool failed = false;
    Error error;

    auto issue = [&](quint64 offset, quint32 length) -> bool {
        sftp_seek64(file, offset);   // async_read_begin reads at the handle's offset
        const int id = sftp_async_read_begin(file, length);
        if (id < 0)
            return false;
        inFlight.push_back({id, offset, length});
        return true;
    };
    auto fill = [&] {
        while (!failed && int(inFlight.size()) < ReadRequestsInFlight && eofAt == UINT64_MAX && nextOffset <= expectedEnd) {
            const quint64 remaining = expectedEnd > nextOffset ? expectedEnd - nextOffset : 0;
            const quint32 length = remaining > 0 && remaining < ReadChunk ? quint32(remaining) : ReadChunk;
            if (!issue(nextOffset, length)) {
                failed = true;
                error = d->failure(msg::VerbRead(), path);
                return;
            }
            nextOffset += length;
        }
    };

    fill();
    while (!failed && !inFlight.empty()) {
        const Request req = inFlight.front();
        inFlight.pop_front();
        const qsizetype needed = qsizetype(req.offset + req.length);
        if (needed > qint64(maxBytes) + qint64(ReadChunk) + 1) {
            failed = true;
            error = Error(FileError::TooLarge, msg::SftpFileGrew(path, describe(), maxBytes));
            break;
        }
        if (data.size() < needed)
            data.resize(needed);
        sftp_seek64(file, req.offset);   // also clears libssh's EOF flag so later replies are still collected
        const int n = sftp_async_read(file, data.data() + req.offset, req.length, uint32_t(req.id));
        op.progress();
        if (n < 0) {
            failed = true;
            error = d->failure(msg::VerbRead(), path);
            break;
        }
        if (n == 0) {
            eofAt = std::min(eofAt, req.offset);
        } else {
            received += quint32(n);
            const quint64 end = req.offset + quint64(n);
            if (quint32(n) < req.length && eofAt == UINT64_MAX) {
                // A short read that is not at the end: ask again for the rest of this range.
                if (!issue(end, req.length - quint32(n))) {
                    failed = true;
                    error = d->failure(msg::VerbRead(), path);
                    break;
                }
            } else if (end > expectedEnd && eofAt == UINT64_MAX) {
                expectedEnd = end + ReadChunk;   // the file grew: keep reading until EOF
            }
        }
        fill();
    }
    // Collect replies still owed (after an error) so they do not linger in libssh's queue.
    while (d->sftp && !inFlight.empty()) {
        const Request req = inFlight.front();
        inFlight.pop_front();
        QByteArray scratch(qsizetype(req.length), Qt::Uninitialized);
        sftp_seek64(file, req.offset);
        if (sftp_async_read(file, scratch.data(), req.length, uint32_t(req.id)) < 0 && !d->connected)
            break;
    }
    if (failed) {
        closeFile();
        return error;
    }
    closeFile();
    const quint64 total = eofAt == UINT64_MAX ? received : eofAt;
    if (received != total) {
        return Error(FileError::Io, msg::SftpFileChanged(path, describe(), received, total));
    }
    if (qint64(total) > maxBytes)
        return Error(FileError::TooLarge, msg::SftpFileTooLarge(path, describe(), total, maxBytes));
    data.truncate(qsizetype(total));
    return data;
}

Status SftpSession::writeFile(const QString &path, const QByteArray &data, bool sync)
{
    if (Status c = connect(); !c)
        return c.error();
    Private::Op op(d.get());
    const QByteArray native = path.toUtf8();
    sftp_file file = sftp_open(d->sftp, native.constData(), O_WRONLY | O_CREAT | O_TRUNC, S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
    if (!file) {
        int status = 0;
        Error e = d->failure(msg::SftpVerbCreate(), path, &status);
        if (status == SSH_FX_NO_SUCH_FILE || status == SSH_FX_NO_SUCH_PATH)
            e.message = msg::SftpCreateNoDirectory(path, describe(), parentDir(path), status);
        else if (status == SSH_FX_PERMISSION_DENIED)
            e.message = msg::SftpCreateDenied(path, describe(), status, d->config.user, parentDir(path));
        return e;
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const qsizetype chunk = std::min(WriteChunk, data.size() - written);
        const ssize_t n = sftp_write(file, data.constData() + written, size_t(chunk));
        if (n <= 0) {
            Error e = d->failure(msg::VerbWrite(), path);
            if (d->sftp)
                sftp_close(file);
            return e;
        }
        written += n;
        op.progress();
    }
    if (sync && d->hasFsync && sftp_fsync(file) != 0) {
        Error e = d->failure(msg::SftpVerbFlush(), path);
        if (d->sftp)
            sftp_close(file);
        return e;
    }
    // The server reports deferred write errors (a full disk) on close.
    if (sftp_close(file) != 0)
        return d->failure(msg::SftpVerbFinishWriting(), path);
    return {};
}

Status SftpSession::rename(const QString &from, const QString &to)
{
    if (Status c = connect(); !c)
        return c.error();
    {
        Private::Op op(d.get());
        const QByteArray src = from.toUtf8();
        const QByteArray dst = to.toUtf8();
        if (sftp_rename(d->sftp, src.constData(), dst.constData()) == 0)
            return {};
    }
    int status = 0;
    Error e = d->failure(msg::SftpVerbRenameTo(from), to, &status);
    if (status < 0)
        return e;   // connection trouble
    // SFTP v3 servers answer a plain "failure" when the target exists (OpenSSH links, then unlinks); find out which.
    Result<std::optional<SftpEntry>> target = stat(to);
    if (!target)
        return target.error();
    if (target->has_value())
        return Error(FileError::Exists, msg::SftpRenameTargetExists(from, to, describe(), status));
    if (status == SSH_FX_NO_SUCH_FILE || status == SSH_FX_NO_SUCH_PATH) {
        Result<std::optional<SftpEntry>> source = stat(from);
        if (!source)
            return source.error();
        if (!source->has_value())
            return Error(FileError::NotFound, msg::SftpRenameSourceGone(from, describe(), status));
        return Error(FileError::NotFound, msg::SftpRenameNoDirectory(from, to, describe(), parentDir(to), status));
    }
    if (status == SSH_FX_PERMISSION_DENIED)
        e.message = msg::SftpRenameDenied(from, to, describe(), status, d->config.user, parentDir(from), parentDir(to));
    return e;
}

Status SftpSession::removeFile(const QString &path)
{
    if (Status c = connect(); !c)
        return c.error();
    Private::Op op(d.get());
    const QByteArray native = path.toUtf8();
    if (sftp_unlink(d->sftp, native.constData()) == 0)
        return {};
    return d->failure(msg::VerbRemove(), path);
}

Status SftpSession::makeDirectory(const QString &path)
{
    if (Status c = connect(); !c)
        return c.error();
    {
        Private::Op op(d.get());
        const QByteArray native = path.toUtf8();
        if (sftp_mkdir(d->sftp, native.constData(), S_IRWXU | S_IRGRP | S_IXGRP | S_IROTH | S_IXOTH) == 0)
            return {};
    }
    int status = 0;
    Error e = d->failure(msg::SftpVerbCreateDirectory(), path, &status);
    if (status < 0)
        return e;
    // Someone else may have created it meanwhile (OpenSSH answers "failure" for EEXIST).
    Result<std::optional<SftpEntry>> existing = stat(path);
    if (existing && existing->has_value() && (*existing)->type == SftpEntry::Type::Directory)
        return {};
    if (existing && existing->has_value())
        return Error(FileError::Exists, msg::SftpDirectoryIsFile(path, describe()));
    return e;
}

Result<ServerHostKeyInfo> SftpSession::scanHostKey(const QString &host, int port, const QString &knownHostsPath, int timeoutMs)
{
    sftp::initLibssh();
    const QString path = knownHostsPath.isEmpty() ? defaultKnownHostsPath() : knownHostsPath;
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    ssh_session ssh = ssh_new();
    if (!ssh)
        return Error(FileError::Io, msg::SshOutOfMemory(where));
    sftp::applyCommonOptions(ssh, host, port, timeoutMs, path);
    if (ssh_connect(ssh) != SSH_OK) {
        const QString why = sshErrorText(ssh);
        ssh_free(ssh);
        return Error(FileError::Connection, msg::SshCannotConnect(where, why));
    }
    ServerHostKeyInfo info;
    info.host = host;
    info.port = port;
    info.knownHostsPath = path;
    if (const char *banner = ssh_get_serverbanner(ssh))
        info.serverBanner = QString::fromUtf8(banner);
    Result<HostPublicKey> key = sftp::serverHostKeyOf(ssh, where);
    ssh_disconnect(ssh);
    ssh_free(ssh);
    if (!key)
        return key.error();
    info.key = *key;
    info.fingerprint = info.key.fingerprint();
    KnownHosts known(path);
    if (Status loaded = known.load(); !loaded)
        return loaded.error();
    const KnownHosts::Lookup lookup = known.lookup(host, port, info.key);
    info.match = lookup.match;
    info.knownKeys = lookup.knownKeys;
    return info;
}

} // namespace orderflow
