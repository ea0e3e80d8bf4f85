// A minimal, fast REST ERP for bench_rest: HTTP/1.1 keep-alive on 127.0.0.1, one epoll thread, plain POSIX
// sockets. POST with "Authorization: Bearer TOKEN" → 201 {"erp_order_id": "ERP-n"}, the same n for the same
// Idempotency-Key (as a real ERP's idempotency); no token → 401. It exists so the benchmark measures the clients:
// the Python test ERP (tests/fixtures/erp_api.py) holds the GIL per request and caps every client at a few
// thousand requests per second once several connections share it.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace orderflow::bench {

class BenchErpServer {
public:
    explicit BenchErpServer(const std::string &token) : m_auth(lower("authorization: bearer " + token))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 512) != 0)
            return;
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
        m_stop = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        watch(m_listen);
        watch(m_stop);
        m_thread = std::thread([this] { loop(); });
    }
    ~BenchErpServer()
    {
        if (m_thread.joinable()) {
            const uint64_t one = 1;
            [[maybe_unused]] const auto n = ::write(m_stop, &one, sizeof one);
            m_thread.join();
        }
        for (auto &[fd, c] : m_connections)
            ::close(fd);
        for (int fd : {m_listen, m_epoll, m_stop}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    BenchErpServer(const BenchErpServer &) = delete;
    BenchErpServer &operator=(const BenchErpServer &) = delete;

    unsigned short port() const { return m_port; }
    // Distinct orders created (idempotent repeats not counted); read once the clients are done.
    size_t orders() const { return m_orders.load(); }

private:
    struct Connection {
        std::string in;
        std::string out;
    };

    static std::string lower(std::string s)
    {
        for (char &ch : s)
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        return s;
    }

    void watch(int fd)
    {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    }

    void loop()
    {
        epoll_event events[64];
        char buffer[65536];
        while (true) {
            const int n = ::epoll_wait(m_epoll, events, 64, -1);
            for (int i = 0; i < n; ++i) {
                const int fd = events[i].data.fd;
                if (fd == m_stop)
                    return;
                if (fd == m_listen) {
                    int c;
                    while ((c = ::accept4(m_listen, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
                        int one = 1;
                        ::setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                        m_connections[c];
                        watch(c);
                    }
                    continue;
                }
                Connection &c = m_connections[fd];
                bool closed = false;
                while (true) {
                    const ssize_t got = ::read(fd, buffer, sizeof buffer);
                    if (got > 0) {
                        c.in.append(buffer, size_t(got));
                        continue;
                    }
                    closed = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
                    break;
                }
                answer(c);
                if (!c.out.empty()) {
                    // Small answers on loopback: one write takes them whole; a short write waits for room.
                    size_t sent = 0;
                    while (sent < c.out.size()) {
                        const ssize_t w = ::write(fd, c.out.data() + sent, c.out.size() - sent);
                        if (w > 0)
                            sent += size_t(w);
                        else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
                            break;
                    }
                    c.out.clear();
                }
                if (closed) {
                    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
                    ::close(fd);
                    m_connections.erase(fd);
                }
            }
        }
    }

    // Every whole request in c.in gets its answer in c.out.
    void answer(Connection &c)
    {
        while (true) {
            const size_t end = c.in.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            const std::string head = lower(c.in.substr(0, end + 2));
            size_t length = 0;
            if (const size_t at = head.find("\r\ncontent-length:"); at != std::string::npos)
                length = std::strtoul(head.c_str() + at + 17, nullptr, 10);
            if (c.in.size() < end + 4 + length)
                return;
            std::string key;
            if (const size_t at = head.find("\r\nidempotency-key:"); at != std::string::npos) {
                const size_t from = head.find_first_not_of(' ', at + 18);
                key = c.in.substr(from, head.find("\r\n", from) - from);   // the original case
            }
            const bool authorised = head.find("\r\n" + m_auth + "\r\n") != std::string::npos;
            c.in.erase(0, end + 4 + length);
            if (!authorised) {
                c.out += "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{\"message\":\"invalid token\"}";
                continue;
            }
            auto [it, created] = m_keys.try_emplace(key, m_keys.size() + 1);
            if (created)
                ++m_orders;
            const std::string body = "{\"erp_order_id\":\"ERP-" + std::to_string(it->second) + "\"}";
            c.out += "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        }
    }

    const std::string m_auth;
    int m_listen = -1;
    int m_epoll = -1;
    int m_stop = -1;
    unsigned short m_port = 0;
    std::thread m_thread;
    std::unordered_map<int, Connection> m_connections;
    std::unordered_map<std::string, size_t> m_keys;
    std::atomic<size_t> m_orders{0};
};

} // namespace orderflow::bench
