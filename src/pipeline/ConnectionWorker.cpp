#include "pipeline/ConnectionWorker.h"

#include <QElapsedTimer>

namespace orderflow {

void ConnectionWorker::start(const std::shared_ptr<ErpConnector> &connector, const QList<PushRequest> &requests, int parallel, Finished finished)
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // The connector is kept alive until it has completed, even if the engine replaced it meanwhile.
    connector->startPush(requests, parallel, [connector, started, timer, finished = std::move(finished)](QList<PushResult> results) {
        finished(std::move(results), started, timer->elapsed());
    });
}

} // namespace orderflow
