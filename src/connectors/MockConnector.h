// MOCK: for local testing. Config: {"behaviour": "success"|"fail"|"flaky", "flaky_failures": 1, "permanent": false,
// "latency_ms": 0, "error": "text"}. "flaky" fails each push's first flaky_failures attempts, then succeeds.
#pragma once

#include "connectors/ErpConnector.h"

namespace orderflow {

class MockConnector final : public ErpConnector {
public:
    static Result<std::unique_ptr<ErpConnector>> create(const ConnectionRecord &connection);

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
