// Figures for the monitoring API's /metrics that no other repository keeps: pushes by outcome and the push latency
// histogram, both over the whole push log (Prometheus counters only ever grow).
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QMap>
#include <QString>

namespace orderflow {

struct PushLatencyHistogram {
    QList<qint64> boundsMs;     // upper bounds of the buckets, ascending (le)
    QList<qint64> cumulative;   // attempts with latency ≤ each bound
    qint64 count = 0;           // attempts with a latency
    qint64 sumMs = 0;
};

class MonitoringRepository {
public:
    explicit MonitoringRepository(Database &db) : m_db(db) {}

    // Attempts in the push log by outcome (delivered, acked, transient, permanent).
    Result<QMap<QString, qint64>> pushesByOutcome();
    Result<PushLatencyHistogram> pushLatency(const QList<qint64> &boundsMs);
    // The database can be read and takes writes: its schema is read from the file and a write transaction is
    // started and ended empty, each waiting at most `waitMs` for another connection's lock (not the usual 15 s).
    Status ping(int waitMs);

private:
    Database &m_db;
};

} // namespace orderflow
