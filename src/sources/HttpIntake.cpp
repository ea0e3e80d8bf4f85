#include "sources/HttpIntake.h"

#include <QCryptographicHash>

namespace orderflow {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

HttpIntake &HttpIntake::instance()
{
    static HttpIntake intake;
    return intake;
}

void HttpIntake::publish(HttpIntakeEntry entry)
{
    std::lock_guard lock(m_mutex);
    m_entries.removeIf([&](const HttpIntakeEntry &e) { return e.sourceId == entry.sourceId; });
    m_entries.append(std::move(entry));
}

void HttpIntake::withdraw(qint64 sourceId)
{
    std::lock_guard lock(m_mutex);
    m_entries.removeIf([&](const HttpIntakeEntry &e) { return e.sourceId == sourceId; });
}

std::optional<HttpIntakeEntry> HttpIntake::byToken(const QByteArray &token) const
{
    const QByteArray hash = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    std::lock_guard lock(m_mutex);
    std::optional<HttpIntakeEntry> found;
    for (const HttpIntakeEntry &e : m_entries) {
        // Every entry is compared, also after a match: the time says nothing about which one matched.
        if (constantTimeEquals(e.tokenSha256, hash) && !found)
            found = e;
    }
    return found;
}

std::optional<HttpIntakeEntry> HttpIntake::byName(const QString &orgSlug, const QString &name) const
{
    std::lock_guard lock(m_mutex);
    for (const HttpIntakeEntry &e : m_entries) {
        if (e.name == name && (orgSlug.isEmpty() || e.orgSlug == orgSlug))
            return e;
    }
    return std::nullopt;
}

QList<HttpIntakeEntry> HttpIntake::all() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

} // namespace orderflow
