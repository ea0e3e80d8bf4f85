#include "storage/WriteTurns.h"

#include <memory>
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

bool WriteTurns::acquire(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    const quint64 ticket = m_next++;
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
