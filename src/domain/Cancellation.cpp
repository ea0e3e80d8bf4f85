#include "domain/Cancellation.h"

namespace orderflow {

Cancellation::Interrupt::Interrupt(Interrupt &&other) noexcept : m_owner(other.m_owner), m_id(other.m_id)
{
    other.m_owner = nullptr;
}

Cancellation::Interrupt &Cancellation::Interrupt::operator=(Interrupt &&other) noexcept
{
    if (this != &other) {
        release();
        m_owner = other.m_owner;
        m_id = other.m_id;
        other.m_owner = nullptr;
    }
    return *this;
}

Cancellation::Interrupt::~Interrupt()
{
    release();
}

void Cancellation::Interrupt::release()
{
    if (!m_owner)
        return;
    std::lock_guard lock(m_owner->m_mutex);
    m_owner->m_interrupts.erase(m_id);
    m_owner = nullptr;
}

void Cancellation::cancel()
{
    // Under the lock, so an interrupt cannot run while (or after) its handle unregisters it.
    std::lock_guard lock(m_mutex);
    m_cancelled.store(true, std::memory_order_release);
    for (const auto &[id, interrupt] : m_interrupts)
        interrupt();
}

Cancellation::Interrupt Cancellation::onCancel(std::function<void()> interrupt)
{
    std::lock_guard lock(m_mutex);
    if (m_cancelled.load(std::memory_order_acquire))
        interrupt();
    const int id = m_nextId++;
    m_interrupts.emplace(id, std::move(interrupt));
    return Interrupt(this, id);
}

} // namespace orderflow
