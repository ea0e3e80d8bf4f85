// A request to stop that crosses threads: a long task checks isCancelled() between its steps, and whatever blocks
// meanwhile (a socket waiting for a server) registers how to interrupt it, so cancel() takes effect at once.
#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <mutex>

namespace orderflow {

class Cancellation {
public:
    // Unregisters its interrupt when destroyed; once the destructor returns, the interrupt never runs again.
    class Interrupt {
    public:
        Interrupt() = default;
        Interrupt(Interrupt &&other) noexcept;
        Interrupt &operator=(Interrupt &&other) noexcept;
        ~Interrupt();

    private:
        friend class Cancellation;
        Interrupt(Cancellation *owner, int id) : m_owner(owner), m_id(id) {}
        void release();
        Cancellation *m_owner = nullptr;
        int m_id = 0;
    };

    Cancellation() = default;
    Cancellation(const Cancellation &) = delete;
    Cancellation &operator=(const Cancellation &) = delete;

    // Thread-safe and idempotent. Runs the registered interrupts on the calling thread: they must be quick and never
    // block (shutting a socket down is).
    void cancel();
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    // While the returned handle lives, cancel() calls interrupt — at once when already cancelled.
    [[nodiscard]] Interrupt onCancel(std::function<void()> interrupt);

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    std::map<int, std::function<void()>> m_interrupts;
    int m_nextId = 1;
};

// The error code of work stopped by a Cancellation.
inline const QString CancelledCode = QStringLiteral("cancelled");

} // namespace orderflow
