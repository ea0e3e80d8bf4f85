// When each of the engine's workers last ran, for the monitoring API's /health: every worker beats on each of its
// ticks (its timer fires at least every interval), so a beat older than a few intervals means a worker is stuck.
// Process-wide and thread-safe; a worker that stops is forgotten.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace orderflow::heartbeats {

struct Beat {
    QString worker;          // "process", "push", "source acme/inbox", …
    qint64 intervalMs = 0;   // how often it beats when well
    QDateTime at;            // UTC
};

void beat(const QString &worker, qint64 intervalMs);
void forget(const QString &worker);
QList<Beat> all();

} // namespace orderflow::heartbeats
