// MOCK: for local testing. Config: {"behaviour": "success"|"fail"|"flaky", "flaky_failures": 1, "permanent": false,
// "latency_ms": 0, "error": "text"}. "flaky" fails each push's first flaky_failures attempts, then succeeds.
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
}

class MockConnector final : public ErpConnector {
public:
    static Result<std::unique_ptr<ErpConnector>> create(const ConnectionRecord &connection);
    // The schema of a MOCK connection's "config"; create() reads its settings through it.
    static const ConfigSchema &schema();

    QString type() const override { return QStringLiteral("MOCK"); }
    int maxParallelism() const override { return 4; }
    PushResult push(const PushRequest &request) override;
    QList<ConnectionCheck> test() override;

private:
    QString m_behaviour;
    int m_flakyFailures = 1;
    bool m_permanent = false;
    int m_latencyMs = 0;
    QString m_error;
};

} // namespace orderflow
