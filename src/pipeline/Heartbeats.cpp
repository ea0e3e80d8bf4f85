#include "pipeline/Heartbeats.h"

#include <QHash>

#include <mutex>

namespace orderflow::heartbeats {
namespace {

std::mutex g_mutex;
QHash<QString, Beat> &table()
{
    static QHash<QString, Beat> beats;
    return beats;
}

} // namespace

void beat(const QString &worker, qint64 intervalMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::lock_guard lock(g_mutex);
    table().insert(worker, Beat{worker, intervalMs, now});
}

void forget(const QString &worker)
{
    std::lock_guard lock(g_mutex);
    table().remove(worker);
}

QList<Beat> all()
{
    std::lock_guard lock(g_mutex);
    return table().values();
}

} // namespace orderflow::heartbeats
