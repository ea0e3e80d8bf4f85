// Fetches what waiting orders need from product catalogs (see CatalogEnrichment.h), on its own thread and event
// driven: at most a few lookups in flight, each with the source's timeout; a catalog that fails (timeout, 5xx, no
// connection, an answer that is not JSON) is left alone for its retry_ms (a circuit per catalog), and the reason is
// noted on the waiting orders. An answer (a product, or 404) is cached and releases the orders that waited for it.
#pragma once

#include "pipeline/Workers.h"
#include "storage/CatalogRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace orderflow {

class CatalogWorker final : public Worker {
    Q_OBJECT
public:
    CatalogWorker(QString dbPath, int intervalMs);
    ~CatalogWorker() override;

protected:
    void started() override;
    void stopping() override;
    bool tick() override;

private:
    void fetch(const CatalogWant &want);
    void finished(QNetworkReply *reply, const CatalogWant &want, bool timedOut);
    void failed(const CatalogWant &want, const QString &message);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QSet<QString> m_inFlight;               // url + '\n' + product id
    QHash<QString, qint64> m_openUntil;     // catalog url → monotonic ms until it is asked again
    QElapsedTimer m_clock;
};

} // namespace orderflow
