// Type "http": orders POSTed by the partner to the monitoring API (`POST /api/v1/orders`, DESIGN §2 and §9). A pushed
// source: start() publishes it in the HttpIntake with its token; each request body becomes one inbound message,
// stored through the sink on this source's thread before the API answers. Requests that arrive together are stored
// in one transaction (group commit).
#pragma once

#include "sources/Source.h"

namespace orderflow {

class HttpSourceEndpoint;

class HttpSource final : public Source {
public:
    static Result<std::unique_ptr<Source>> create(const SourceRecord &record);
    ~HttpSource() override;

    SourceMode mode() const override { return SourceMode::Pushed; }
    Status start(SourceSink &sink) override;
    void stop() override;

private:
    using Source::Source;
    std::shared_ptr<HttpSourceEndpoint> m_endpoint;
};

} // namespace orderflow
