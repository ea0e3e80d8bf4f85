#include "connectors/MockConnector.h"

#include "domain/OrderId.h"

#include <QThread>
#include <QTimer>

namespace orderflow {

const ConfigSchema &MockConnector::schema()
{
    static const ConfigSchema s = [] {
        ConfigSchema s(QStringLiteral("a MOCK connection"));
        s.add(FieldSpec::oneOf(MockKey::Behaviour, {QStringLiteral("success"), QStringLiteral("fail"), QStringLiteral("flaky")}, QStringLiteral("success"))
                  .describe(QT_TRANSLATE_NOOP("config", "Every push succeeds, fails, or fails for the first attempts and then succeeds.")));
        s.add(FieldSpec::integer(MockKey::FlakyFailures, 1).atLeast(0)
                  .describe(QT_TRANSLATE_NOOP("config", "With behaviour flaky: how many attempts of each order fail first.")));
        s.add(FieldSpec::boolean(MockKey::Permanent, false)
                  .describe(QT_TRANSLATE_NOOP("config", "Failures are permanent (no automatic retry) instead of transient.")));
        s.add(FieldSpec::integer(MockKey::LatencyMs, 0).atLeast(0).describe(QT_TRANSLATE_NOOP("config", "How long each push takes.")));
        s.add(FieldSpec::string(MockKey::Error).defaultsTo(QStringLiteral("simulated ERP failure"))
                  .describe(QT_TRANSLATE_NOOP("config", "The error message of a failed push.")));
        s.add(FieldSpec::boolean(MockKey::Asynchronous, false)
                  .describe(QT_TRANSLATE_NOOP("config", "Complete each batch later from a timer on the connection's thread (after latency_ms), like a connector "
                                           "on an asynchronous HTTP client; its blocking calls are refused.")));
        return s;
    }();
    return s;
}

Result<std::unique_ptr<ErpConnector>> MockConnector::create(const ConnectionRecord &connection)
{
    const ConfigSchema &settings = schema();
    const QJsonObject &config = connection.config;
    auto c = std::make_unique<MockConnector>();
    c->m_behaviour = settings.stringValue(config, MockKey::Behaviour);
    if (!settings.field(MockKey::Behaviour)->allowed.contains(c->m_behaviour))
        return Error(QStringLiteral("config"), QStringLiteral("Connection '%1': MOCK behaviour must be success, fail or flaky.").arg(connection.name));
    c->m_flakyFailures = int(settings.intValue(config, MockKey::FlakyFailures));
    c->m_permanent = settings.boolValue(config, MockKey::Permanent);
    c->m_latencyMs = int(settings.intValue(config, MockKey::LatencyMs));
    c->m_error = settings.stringValue(config, MockKey::Error);
    c->m_asynchronous = settings.boolValue(config, MockKey::Asynchronous);
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
            results.last().response.insert(QStringLiteral("batch_of"), int(requests.size()));
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
    r.request = QJsonObject{{QStringLiteral("target"), QStringLiteral("mock")}, {QStringLiteral("bytes"), qint64(request.document.size())},
                            {QStringLiteral("content_sha256"), request.contentSha256}};
    const bool fail = m_behaviour == QLatin1String("fail") || (m_behaviour == QLatin1String("flaky") && request.attempt <= m_flakyFailures);
    if (fail) {
        r.outcome = m_permanent ? PushOutcome::Permanent : PushOutcome::Transient;
        r.errorCode = QStringLiteral("mock_failure");
        r.error = QStringLiteral("%1 (attempt %2)").arg(m_error).arg(request.attempt);
        return r;
    }
    r.outcome = PushOutcome::Acked;
    r.erpOrderId = QStringLiteral("MOCK-") + shortOrderId(request.orderId).toUpper();
    r.response = QJsonObject{{QStringLiteral("erp_order_id"), r.erpOrderId}};
    return r;
}

QList<ConnectionCheck> MockConnector::test()
{
    return {{QStringLiteral("mock"), true, 0, QStringLiteral("behaviour: %1").arg(m_behaviour)}};
}

} // namespace orderflow
