// Type "rest": a partner's REST API polled with a bearer token (DESIGN §2).
//
// Event-driven on the source's own thread (a pushed source in the port's terms: started once, it schedules its own
// polls with timers and reads with QNetworkAccessManager, so nothing ever blocks the thread on the partner):
//   - pagination by cursor (the page names the cursor after it), by page/limit, or by `Link: <…>; rel="next"`;
//   - every page with new orders is stored as one inbound message (its URL as remote name, its bytes for replay),
//     together with the move of the source's checkpoint — both or neither — so each partner order is fetched once,
//     also across restarts; the last, partial page is asked for again on the next poll and only the orders it did
//     not have before are stored;
//   - 429 and 5xx, timeouts and lost connections back off (the server's Retry-After when it gives one, else
//     doubling from backoff_base_ms to backoff_max_ms); 401/403 and other 4xx pause the source for error_pause_ms;
//     the source's status shows the error and until when it waits;
//   - a page that is not JSON is stored as a parse error (provenance), the checkpoint does not move and the page is
//     asked for again after the backoff: nothing is lost.
#pragma once

#include "config/ConfigSchema.h"
#include "sources/Source.h"

namespace orderflow {

// The fields of a rest source's config (SourceRegistry adds the processing fields every source has).
void addRestSourceFields(ConfigSchema &schema);

class RestSource final : public Source {
public:
    static Result<std::unique_ptr<Source>> create(const SourceRecord &record);
    ~RestSource() override;

    SourceMode mode() const override { return SourceMode::Pushed; }
    Status start(SourceSink &sink) override;
    void stop() override;
    void abort() override;

    class Reader;

private:
    explicit RestSource(const SourceRecord &record);
    std::unique_ptr<Reader> m_reader;
};

} // namespace orderflow
