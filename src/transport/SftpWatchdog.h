// Deadlines and aborts for the blocking libssh calls of one SFTP session. Internal to src/transport.
//   SftpWatchdog: libssh cannot give an SFTP call a deadline (it waits for a reply forever), so a small thread
//                 watches each operation; when no progress is reported for the timeout it shuts the socket down and
//                 the blocked call fails (fired() tells the caller why).
//   SftpAbort:    abort() from any thread (shutdown) shuts the live socket down, so whatever blocks on it returns at
//                 once, and every later call sees aborted().
//   openSftpSocket: the TCP connect, made by OrderFlow rather than libssh so an abort interrupts it at once.
#pragma once

#include "domain/Result.h"
#include "transport/SftpConfig.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace orderflow::sftp {

class SftpWatchdog {
public:
    SftpWatchdog();
    ~SftpWatchdog();
    SftpWatchdog(const SftpWatchdog &) = delete;
    SftpWatchdog &operator=(const SftpWatchdog &) = delete;

    // Starts or extends the deadline for fd (also: progress was made).
    void arm(int fd, int timeoutMs);
    void disarm();
    // Whether the deadline passed (and the socket was shut down) since the last clearFired().
    bool fired() const;
    void clearFired();

private:
    using Clock = std::chrono::steady_clock;
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_stop = false;
    bool m_armed = false;
    bool m_fired = false;
    int m_fd = -1;
    Clock::time_point m_deadline;
    std::thread m_thread;
};

class SftpAbort {
public:
    // From any thread: marks the session aborted and shuts the live socket down.
    void abort();
    bool aborted() const { return m_aborted; }
    // The socket abort() shuts down; -1 before it is closed, so an abort never hits a reused fd.
    void setLiveSocket(int fd);
    // What a call abandoned by a shutdown returns: "Stopped <during> <where>: OrderFlow is shutting down; …".
    static Error abandoned(const QString &during, const QString &where);

private:
    std::atomic<bool> m_aborted{false};
    std::mutex m_mutex;
    int m_liveSocket = -1;
};

// A connected TCP socket (non-blocking, TCP_NODELAY) to config's host and port within its connect timeout, trying
// each address; registered with abort while it connects (and after: the caller hands it to libssh). Errors are
// FileError::Connection naming the server and what to check.
Result<int> openSftpSocket(const SftpConfig &config, SftpAbort &abort);

} // namespace orderflow::sftp
