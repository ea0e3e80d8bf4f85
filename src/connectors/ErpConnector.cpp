#include "connectors/ErpConnector.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace orderflow {

QList<PushResult> ErpConnector::pushBlocking(const QList<PushRequest> &requests, int parallel)
{
    QList<PushResult> results(requests.size());
    if (requests.isEmpty())
        return results;
    parallel = std::clamp(std::min(maxParallelism(), parallel), 1, int(requests.size()));
    // Each of `parallel` threads hands its share to the connector as one batch (the dropzone group-commits it).
    auto work = [&](qsizetype first, qsizetype last) {
        const QList<PushResult> done = pushBatch(requests.mid(first, last - first));
        for (qsizetype i = first; i < last; ++i)
            results[i] = done.value(i - first);
    };
    if (parallel == 1) {
        work(0, requests.size());
    } else {
        const qsizetype share = (requests.size() + parallel - 1) / parallel;
        std::vector<std::thread> threads;
        for (qsizetype first = 0; first < requests.size(); first += share)
            threads.emplace_back(work, first, std::min(requests.size(), first + share));
        for (std::thread &t : threads)
            t.join();
    }
    // Deliveries must be durable before they are recorded as sent (a batch that delivered nothing has nothing to sync).
    const bool any = std::any_of(results.cbegin(), results.cend(), [](const PushResult &r) { return r.outcome == PushOutcome::Delivered; });
    if (Status f = any ? flush() : Status(); !f) {
        for (PushResult &r : results) {
            if (r.outcome == PushOutcome::Delivered) {
                r.outcome = PushOutcome::Transient;
                r.errorCode = f.error().code;
                r.error = f.error().message;
            }
        }
    }
    return results;
}

} // namespace orderflow
