// The product catalog's answers cached on disk (with an expiry), the orders waiting for answers the cache lacks, and
// what enrichment put on order lines (DESIGN §3). The in-memory cache in front of it is the pipeline's.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orderflow {

struct CatalogProduct {
    QString productId;
    bool found = false;      // false: the catalog answered 404
    QString title;
    QString listPrice;       // exact decimal text; empty when the catalog gave none
    QString category;
    qint64 expiresMs = 0;    // ms since the epoch
};

// One product some waiting order needs, with the settings of the source that asked.
struct CatalogWant {
    QString catalogUrl;
    QString productId;
    qint64 timeoutMs = 0;
    qint64 ttlMs = 0;
    qint64 retryMs = 0;
};

class CatalogRepository {
public:
    explicit CatalogRepository(Database &db) : m_db(db) {}

    // The cached answer for (url, id) when it has not expired at nowMs.
    Result<std::optional<CatalogProduct>> cached(const QString &catalogUrl, const QString &productId, qint64 nowMs);
    // Stores an answer and releases every order that waited for it (one transaction: call inside db.transaction()).
    Status store(const QString &catalogUrl, const CatalogProduct &product);
    // The order waits for these products (replacing what it waited for before).
    Status wait(const QString &orderId, const CatalogWant &settings, const QStringList &productIds);
    // Products waiting orders need, at most `limit`, one row per (url, id).
    Result<QList<CatalogWant>> wanted(int limit);
    // The catalog did not answer: shown on the waiting orders' rows.
    Status noteFailure(const QString &catalogUrl, const QString &error);
    // How many orders wait, and the last error seen for them (for status and tests).
    Result<int> waitingOrders();
    Result<QString> lastError(const QString &orderId);
    // Received orders that wait for no catalog answer, oldest first: what processing takes next.
    Result<QStringList> readyToProcess(int limit);
    // What enrichment found for one line.
    Status saveLine(const QString &orderId, int lineNo, const CatalogProduct &product);

private:
    Database &m_db;
};

} // namespace orderflow
