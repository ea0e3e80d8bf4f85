#include "connectors/MockConnector.h"

#include <QThread>

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
    return std::unique_ptr<ErpConnector>(std::move(c));
}

PushResult MockConnector::push(const PushRequest &request)
{
    if (m_latencyMs > 0)
        QThread::msleep(ulong(m_latencyMs));
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
