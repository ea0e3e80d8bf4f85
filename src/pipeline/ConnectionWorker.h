// One ERP connection's own thread (DESIGN §4, §7): its event loop is where the connection's pushes start and
// complete, so a connector may be asynchronous (QNetworkAccessManager) and a hung or slow connection only ever
// holds up its own thread.
#pragma once

#include "connectors/ErpConnector.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace orderflow {

class ConnectionWorker final : public QObject {
    Q_OBJECT
public:
    // When a batch is over: its results (same order as its requests), when it started, how long it took.
    using Finished = std::function<void(QList<PushResult> results, QDateTime started, qint64 elapsedMs)>;

    // On this worker's thread: starts the batch on the connector and returns; `finished` runs when the connector
    // completes it (at once for a blocking connector, through the adapter).
    void start(const std::shared_ptr<ErpConnector> &connector, const QList<PushRequest> &requests, int parallel, Finished finished);
};

} // namespace orderflow
