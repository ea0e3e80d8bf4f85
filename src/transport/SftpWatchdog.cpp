#include "transport/SftpWatchdog.h"

#include "domain/messages/ConnectionMessages.h"
#include "transport/FileStore.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace orderflow::sftp {

SftpWatchdog::SftpWatchdog() : m_thread([this] { run(); }) {}

SftpWatchdog::~SftpWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_one();
    m_thread.join();
}

void SftpWatchdog::arm(int fd, int timeoutMs)
{
    std::lock_guard lock(m_mutex);
    m_fd = fd;
    m_deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    if (!m_armed) {
        m_armed = true;
        m_fired = false;
        m_cv.notify_one();
    }
}

void SftpWatchdog::disarm()
{
    std::lock_guard lock(m_mutex);
    m_armed = false;
}

bool SftpWatchdog::fired() const
{
    std::lock_guard lock(m_mutex);
    return m_fired;
}

void SftpWatchdog::clearFired()
{
    std::lock_guard lock(m_mutex);
    m_fired = false;
}

void SftpWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (!m_armed) {
            m_cv.wait(lock);
            continue;
        }
        if (Clock::now() >= m_deadline) {
            // The fd stays open (libssh owns it); shutdown only makes the blocked poll()/recv() return.
            ::shutdown(m_fd, SHUT_RDWR);
            m_fired = true;
            m_armed = false;
            continue;
        }
        m_cv.wait_until(lock, m_deadline);
    }
}

void SftpAbort::abort()
{
    m_aborted = true;
    std::lock_guard lock(m_mutex);
    if (m_liveSocket >= 0)
        ::shutdown(m_liveSocket, SHUT_RDWR);
}

void SftpAbort::setLiveSocket(int fd)
{
    std::lock_guard lock(m_mutex);
    m_liveSocket = fd;
}

Error SftpAbort::abandoned(const QString &during, const QString &where)
{
    return Error(FileError::Connection, msg::SftpStopped(during, where));
}

Result<int> openSftpSocket(const SftpConfig &config, SftpAbort &abort)
{
    using Clock = std::chrono::steady_clock;
    const QString where = config.describe();
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = config.host.toUtf8();
    const QByteArray port = QByteArray::number(config.port);
    if (const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &found); rc != 0)
        return Error(FileError::Connection, QStringLiteral("Cannot connect to %1: the host name cannot be resolved (%2). Check the host in the "
                                                           "configuration and this machine's DNS; OrderFlow retries later.")
                                                .arg(where, QString::fromLocal8Bit(::gai_strerror(rc))));
    const auto deadline = Clock::now() + std::chrono::milliseconds(config.connectTimeoutMs);
    int err = ETIMEDOUT;
    for (addrinfo *ai = found; ai && !abort.aborted(); ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0) {
            err = errno;
            continue;
        }
        abort.setLiveSocket(fd);
        err = ::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ? 0 : errno;
        // Waited for in short slices, so an abort is noticed even where shutdown() does not wake a pending connect.
        while (err == EINPROGRESS || err == EINTR) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (abort.aborted()) {
                err = ECANCELED;
            } else if (left <= 0) {
                err = ETIMEDOUT;
            } else {
                pollfd p{fd, POLLOUT, 0};
                const int n = ::poll(&p, 1, int(std::min<qint64>(left, 100)));
                if (n > 0) {
                    socklen_t len = sizeof err;
                    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
                        err = errno;
                } else if (n < 0 && errno != EINTR) {
                    err = errno;
                }
            }
        }
        if (err == 0 && !abort.aborted()) {
            ::freeaddrinfo(found);
            // What SSH_OPTIONS_NODELAY does for sockets libssh opens itself.
            const int one = 1;
            (void)::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            return fd;
        }
        abort.setLiveSocket(-1);
        ::close(fd);
        if (Clock::now() >= deadline)
            break;
    }
    ::freeaddrinfo(found);
    if (abort.aborted())
        return SftpAbort::abandoned(msg::SftpConnectingTo(), where);
    const QString why = err == ETIMEDOUT ? QStringLiteral("no connection within %1 ms").arg(config.connectTimeoutMs)
                                         : QString::fromLocal8Bit(std::strerror(err));
    return Error(FileError::Connection,
                 QStringLiteral("Cannot connect to %1: %2. Check that the server is running and reachable from this machine "
                                "(host, port, firewall); OrderFlow retries later.").arg(where, why));
}

} // namespace orderflow::sftp
