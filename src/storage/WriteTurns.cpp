#include "storage/WriteTurns.h"

#include <memory>
#include <utility>
#include <map>

namespace orderflow {

WriteTurns &WriteTurns::of(const QString &path)
{
    static std::mutex registryMutex;
    static std::map<QString, std::unique_ptr<WriteTurns>> registry;
    std::lock_guard lock(registryMutex);
    auto &turns = registry[path];
    if (!turns)
        turns = std::make_unique<WriteTurns>();
    return *turns;
}

namespace {
thread_local bool t_interactive = false;
} // namespace

WriteTurns::Interactive::Interactive() : m_was(std::exchange(t_interactive, true)) {}

WriteTurns::Interactive::~Interactive()
{
    t_interactive = m_was;
}

bool WriteTurns::interactiveWithin(std::chrono::milliseconds window) const
{
    std::lock_guard lock(m_mutex);
    return m_lastInteractive.time_since_epoch().count() != 0 && std::chrono::steady_clock::now() - m_lastInteractive < window;
}

bool WriteTurns::acquire(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    const quint64 ticket = m_next++;
    if (t_interactive)
        m_lastInteractive = std::chrono::steady_clock::now();
    if (m_turn.wait_for(lock, timeout, [&] { return m_serving == ticket; }))
        return true;
    m_abandoned.insert(ticket);
    skipAbandoned();
    return false;
}

void WriteTurns::release()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_serving;
        skipAbandoned();
    }
    m_turn.notify_all();
}

int WriteTurns::waiting() const
{
    std::lock_guard lock(m_mutex);
    const quint64 queued = m_next - m_serving;   // the writer whose turn it is, and those behind it
    return queued <= 1 ? 0 : int(queued - 1 - m_abandoned.size());
}

void WriteTurns::skipAbandoned()
{
    for (auto it = m_abandoned.find(m_serving); it != m_abandoned.end(); it = m_abandoned.find(m_serving)) {
        m_abandoned.erase(it);
        ++m_serving;
    }
}

} // namespace orderflow
