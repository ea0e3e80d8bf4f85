// GET /health and GET /metrics.
#include "api/ApiServerPrivate.h"

#include "pipeline/Heartbeats.h"
#include "storage/ConfigRepository.h"
#include "storage/MonitoringRepository.h"
#include "storage/QueueStatsRepository.h"
#include "storage/SourceStatusRepository.h"
#include "storage/SqlTime.h"

#include <QJsonArray>

#include <algorithm>
#include <QJsonObject>

namespace orderflow::api {
namespace {

// A worker whose last beat is older than this many of its intervals (and at least kMinStaleMs) is stuck.
constexpr qint64 kStaleIntervals = 20;
constexpr qint64 kMinStaleMs = 60000;
// How long /health waits for another connection's lock on the database before calling it unhealthy: longer than
// any of the engine's own write transactions, short enough for a probe's timeout.
constexpr int kDatabaseWaitMs = 3000;

// Prometheus label values: backslash, double quote and line feed escaped.
QByteArray label(const QString &value)
{
    QByteArray out;
    for (QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += "\\\\";
        else if (c == QLatin1Char('"'))
            out += "\\\"";
        else if (c == QLatin1Char('\n'))
            out += "\\n";
        else
            out += QString(c).toUtf8();
    }
    return out;
}

class Exposition {
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
    }
    void sample(const QByteArray &name, const QList<QPair<const char *, QString>> &labels, double value)
    {
        m_text += name;
        if (!labels.isEmpty()) {
            m_text += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i)
                    m_text += ',';
                m_text += QByteArray(labels[i].first) + "=\"" + label(labels[i].second) + '"';
            }
            m_text += '}';
        }
        m_text += ' ' + QByteArray::number(value, 'g', 15) + '\n';
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_text;
};

} // namespace

Response ApiServer::health()
{
    QJsonObject out;
    bool healthy = true;
    bool degraded = false;
    QJsonArray problems;   // why the status is not ok, one sentence each

    MonitoringRepository monitoring(*m_db);
    const Status db = monitoring.ping(kDatabaseWaitMs);
    QJsonObject database{{QStringLiteral("ok"), bool(db)}, {QStringLiteral("path"), m_db->path()}};
    if (!db) {
        database.insert(QStringLiteral("error"), db.error().message);
        problems.append(db.error().message);
        healthy = false;
    }
    out.insert(QStringLiteral("database"), database);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray workers;
    auto beats = heartbeats::all();
    std::sort(beats.begin(), beats.end(), [](const auto &a, const auto &b) { return a.worker < b.worker; });
    for (const heartbeats::Beat &b : std::as_const(beats)) {
        const qint64 age = b.at.msecsTo(now);
        const qint64 staleMs = std::max(kMinStaleMs, kStaleIntervals * b.intervalMs);
        const bool ok = age <= staleMs;
        healthy = healthy && ok;
        if (!ok) {
            problems.append(QStringLiteral("The worker '%1' last ran %2 s ago (it runs every %3 s; stuck after %4 s): its work is not being done. "
                                           "The daemon's log says what it is waiting for; restart the daemon if it does not recover.")
                                .arg(b.worker).arg(age / 1000).arg(b.intervalMs / 1000.0).arg(staleMs / 1000));
        }
        workers.append(QJsonObject{{QStringLiteral("name"), b.worker}, {QStringLiteral("last_heartbeat"), timeText(b.at)},
                                   {QStringLiteral("age_ms"), age}, {QStringLiteral("ok"), ok}});
    }
    if (beats.isEmpty()) {
        healthy = false;   // the engine is not running in this process
        problems.append(QStringLiteral("No engine worker runs in this process: nothing is polled, processed or pushed."));
    }
    out.insert(QStringLiteral("workers"), workers);

    QJsonArray connections;
    if (db) {
        if (auto list = ConfigRepository(*m_db).connections(); list) {
            for (const ConnectionRecord &c : *list) {
                const QString circuit = c.circuitState.isEmpty() ? QStringLiteral("closed") : c.circuitState;
                QJsonObject o{{QStringLiteral("org"), c.orgSlug}, {QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
                              {QStringLiteral("status"), c.status}, {QStringLiteral("circuit"), circuit},
                              {QStringLiteral("consecutive_failures"), c.consecutiveFailures}};
                if (c.circuitOpenUntil.isValid() && circuit != QLatin1String("closed"))
                    o.insert(QStringLiteral("open_until"), timeText(c.circuitOpenUntil));
                // A paused ERP connection is the ERP's trouble, not this server's: reported, the status says degraded.
                if (c.status == QLatin1String("ACTIVE") && circuit != QLatin1String("closed")) {
                    degraded = true;
                    problems.append(QStringLiteral("The connection %1/%2 has its circuit %3 after %4 failures in a row: its orders wait%5.")
                                        .arg(c.orgSlug, c.name, circuit).arg(c.consecutiveFailures)
                                        .arg(c.circuitOpenUntil.isValid() ? QStringLiteral(" until %1").arg(timeText(c.circuitOpenUntil)) : QString()));
                }
                connections.append(o);
            }
        } else {
            healthy = false;
            out.insert(QStringLiteral("connections_error"), list.error().message);
            problems.append(list.error().message);
        }
    }
    out.insert(QStringLiteral("connections"), connections);
    out.insert(QStringLiteral("status"), !healthy ? QStringLiteral("unhealthy") : degraded ? QStringLiteral("degraded") : QStringLiteral("ok"));
    out.insert(QStringLiteral("problems"), problems);
    return json(healthy ? 200 : 503, out);
}

Response ApiServer::metrics()
{
    Exposition x;
    auto queues = QueueStatsRepository(*m_db).queues(0);
    if (!queues)
        return error(503, "database", QStringLiteral("Cannot read the order queues: %1").arg(queues.error().message));
    x.family("orderflow_orders", "gauge", "Orders by state.");
    for (OrderState st : kAllOrderStates)
        x.sample("orderflow_orders", {{"state", stateName(st)}}, queues->value(st).count);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    x.family("orderflow_oldest_waiting_order_age_seconds", "gauge",
             "Age of the oldest order in each queue that is not final, since its last change (0 when the queue is empty).");
    for (OrderState st : kAllOrderStates) {
        if (isFinalState(st))
            continue;
        const QString at = queues->value(st).oldestAt;
        const double age = at.isEmpty() ? 0.0 : std::max<qint64>(0, timeFromText(at).msecsTo(now)) / 1000.0;
        x.sample("orderflow_oldest_waiting_order_age_seconds", {{"state", stateName(st)}}, age);
    }

    MonitoringRepository monitoring(*m_db);
    auto outcomes = monitoring.pushesByOutcome();
    if (!outcomes)
        return error(503, "database", QStringLiteral("Cannot read the push log: %1").arg(outcomes.error().message));
    x.family("orderflow_pushes_total", "counter", "Push attempts by outcome (delivered, acked, transient, permanent).");
    for (const char *outcome : {"delivered", "acked", "transient", "permanent"})
        x.sample("orderflow_pushes_total", {{"outcome", QLatin1String(outcome)}}, double(outcomes->value(QLatin1String(outcome))));

    static const QList<qint64> bounds{5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000};
    auto latency = monitoring.pushLatency(bounds);
    if (!latency)
        return error(503, "database", QStringLiteral("Cannot read push latencies: %1").arg(latency.error().message));
    x.family("orderflow_push_latency_seconds", "histogram", "Latency of push attempts.");
    for (qsizetype i = 0; i < bounds.size(); ++i)
        x.sample("orderflow_push_latency_seconds_bucket", {{"le", QString::number(bounds[i] / 1000.0)}}, double(latency->cumulative.value(i)));
    x.sample("orderflow_push_latency_seconds_bucket", {{"le", QStringLiteral("+Inf")}}, double(latency->count));
    x.sample("orderflow_push_latency_seconds_sum", {}, latency->sumMs / 1000.0);
    x.sample("orderflow_push_latency_seconds_count", {}, double(latency->count));

    auto sources = SourceStatusRepository(*m_db).list();
    if (!sources)
        return error(503, "database", QStringLiteral("Cannot read the sources' status: %1").arg(sources.error().message));
    x.family("orderflow_source_poll_errors_total", "counter", "Times a source failed to read (connection, login, folder, database).");
    for (const SourceStatusRow &s : std::as_const(*sources))
        x.sample("orderflow_source_poll_errors_total", {{"org", s.orgSlug}, {"source", s.name}, {"type", s.type}}, double(s.status.pollErrors));

    auto connections = ConfigRepository(*m_db).connections();
    if (connections) {
        x.family("orderflow_connection_circuit_open", "gauge", "1 when the ERP connection's circuit breaker is open or half open.");
        for (const ConnectionRecord &c : std::as_const(*connections)) {
            const bool open = !c.circuitState.isEmpty() && c.circuitState != QLatin1String("closed");
            x.sample("orderflow_connection_circuit_open", {{"org", c.orgSlug}, {"connection", c.name}}, open ? 1 : 0);
        }
    }
    Response r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.body = x.text();
    return r;
}

} // namespace orderflow::api
