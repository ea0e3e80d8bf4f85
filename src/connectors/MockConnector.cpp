#include "connectors/MockConnector.h"

#include <QThread>
#include <QTimer>

namespace orderflow {

Result<std::unique_ptr<ErpConnector>> MockConnector::create(const ConnectionRecord &connection)
{
    auto c = std::make_unique<MockConnector>();
    c->m_behaviour = connection.config.value(QStringLiteral("behaviour")).toString(QStringLiteral("success"));
    if (c->m_behaviour != QLatin1String("success") && c->m_behaviour != QLatin1String("fail") && c->m_behaviour != QLatin1String("flaky"))
        return Error(QStringLiteral("config"), QStringLiteral("Connection '%1': MOCK behaviour must be success, fail or flaky.").arg(connection.name));
    c->m_flakyFailures = connection.config.value(QStringLiteral("flaky_failures")).toInt(1);
    c->m_permanent = connection.config.value(QStringLiteral("permanent")).toBool(false);
    c->m_latencyMs = connection.config.value(QStringLiteral("latency_ms")).toInt(0);
    c->m_error = connection.config.value(QStringLiteral("error")).toString(QStringLiteral("simulated ERP failure"));
    c->m_asynchronous = connection.config.value(QStringLiteral("asynchronous")).toBool(false);
    c->m_name = connection.name;
    return std::unique_ptr<ErpConnector>(std::move(c));
}

void MockConnector::startPush(const QList<PushRequest> &requests, int parallel, PushDone done)
{
    if (!m_asynchronous) {
        ErpConnector::startPush(requests, parallel, std::move(done));
        return;
    }
    // Like a reply of QNetworkAccessManager: the thread's event loop delivers it later. The callback keeps this
    // connector alive until then.
    QTimer::singleShot(m_latencyMs, [this, requests, done = std::move(done)] {
        const QString thread = QThread::currentThread()->objectName();
        QList<PushResult> results;
        for (const PushRequest &r : requests) {
            results.append(outcome(r));
            results.last().response.insert(QStringLiteral("completed_on"), thread);
        }
        done(std::move(results));
    });
}

PushResult MockConnector::push(const PushRequest &request)
{
    if (m_asynchronous) {
        PushResult r;
        r.outcome = PushOutcome::Permanent;
        r.errorCode = QStringLiteral("config");
        r.error = QStringLiteral("MOCK connection '%1' is asynchronous: it completes pushes only on its connection's thread with an event "
                                 "loop, never through the blocking calls.").arg(m_name);
        return r;
    }
    if (m_latencyMs > 0)
        QThread::msleep(ulong(m_latencyMs));
    return outcome(request);
}

PushResult MockConnector::outcome(const PushRequest &request) const
{
    PushResult r;
    r.request = QJsonObject{{QStringLiteral("target"), QStringLiteral("mock")}, {QStringLiteral("bytes"), qint64(request.document.size())}};
    const bool fail = m_behaviour == QLatin1String("fail") || (m_behaviour == QLatin1String("flaky") && request.attempt <= m_flakyFailures);
    if (fail) {
        r.outcome = m_permanent ? PushOutcome::Permanent : PushOutcome::Transient;
        r.errorCode = QStringLiteral("mock_failure");
        r.error = QStringLiteral("%1 (attempt %2)").arg(m_error).arg(request.attempt);
        return r;
    }
    r.outcome = PushOutcome::Acked;
    r.erpOrderId = QStringLiteral("MOCK-") + request.orderId.left(8).toUpper();
    r.response = QJsonObject{{QStringLiteral("erp_order_id"), r.erpOrderId}};
    return r;
}

QList<ConnectionCheck> MockConnector::test()
{
    return {{QStringLiteral("mock"), true, 0, QStringLiteral("behaviour: %1").arg(m_behaviour)}};
}

} // namespace orderflow
