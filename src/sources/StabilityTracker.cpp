#include "sources/StabilityTracker.h"

#include <chrono>

namespace orderflow {

bool StabilityTracker::isStable(const FileEntry &entry, qint64 nowMs, qint64 settleMs)
{
    const auto it = m_seen.find(entry.name);
    if (it == m_seen.end() || it->refused || !it->version.sameVersionAs(entry)) {
        m_seen.insert(entry.name, Seen{entry, nowMs, false});
        return settleMs <= 0;
    }
    return settleMs <= 0 || nowMs - it->firstSeenMs >= settleMs;
}

bool StabilityTracker::firstRefusal(const FileEntry &entry)
{
    const auto it = m_seen.constFind(entry.name);
    if (it != m_seen.cend() && it->refused && it->version.sameVersionAs(entry))
        return false;
    m_seen.insert(entry.name, Seen{entry, 0, true});
    return true;
}

qint64 StabilityTracker::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void StabilityTracker::retainOnly(const QSet<QString> &names)
{
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!names.contains(it.key()))
            it = m_seen.erase(it);
        else
            ++it;
    }
}

} // namespace orderflow
