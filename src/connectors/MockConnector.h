// MOCK: for local testing. Config: {"behaviour": "success"|"fail"|"flaky", "flaky_failures": 1, "permanent": false,
// "latency_ms": 0, "error": "text", "asynchronous": false}. "flaky" fails each push's first flaky_failures attempts,
// then succeeds. "asynchronous" makes it behave like a connector on an asynchronous client (QNetworkAccessManager):
// startPush returns at once and a timer on the connection's thread completes the batch latency_ms later; the
// blocking calls are refused, since such a connector cannot work without its thread's event loop.
#pragma once

#include "config/ConfigSchema.h"
#include "connectors/ErpConnector.h"

namespace orderflow {

namespace MockKey {
inline const QString Behaviour = QStringLiteral("behaviour");
inline const QString FlakyFailures = QStringLiteral("flaky_failures");
inline const QString Permanent = QStringLiteral("permanent");
inline const QString LatencyMs = QStringLiteral("latency_ms");
inline const QString Error = QStringLiteral("error");
inline const QString Asynchronous = QStringLiteral("asynchronous");
}

class MockConnector final : public ErpConnector {
public:
    static Result<std::unique_ptr<ErpConnector>> create(const ConnectionRecord &connection);
    // The schema of a MOCK connection's "config"; create() reads its settings through it.
    static const ConfigSchema &schema();

    QString type() const override { return QStringLiteral("MOCK"); }
    int maxParallelism() const override { return 4; }
    void startPush(const QList<PushRequest> &requests, int parallel, PushDone done) override;
    int maxInFlight() const override { return m_asynchronous ? 4 : 1; }
    PushResult push(const PushRequest &request) override;
    QList<ConnectionCheck> test() override;

private:
    QString m_behaviour;
    int m_flakyFailures = 1;
    bool m_permanent = false;
    int m_latencyMs = 0;
    QString m_error;
    bool m_asynchronous = false;
    QString m_name;

    PushResult outcome(const PushRequest &request) const;
};

} // namespace orderflow
