// Catalog enrichment (DESIGN §3), configured per source ("catalog" in its config: the id rule belongs to the
// partner's SKUs): for every line the product id is taken from the SKU by a rule (a regular expression, by default
// its trailing digits), looked up in an in-memory cache, then in the on-disk cache (CatalogRepository); title, list
// price and category go onto the line, an unknown product (404) is a validation problem on that line. A product
// neither cache holds makes the order WAIT (it stays 'received'): the CatalogWorker fetches it off the processing
// thread, with a short timeout and a circuit per catalog, and releases the order once every answer is cached. An
// outage only delays the orders that need the catalog; nothing else waits.
#pragma once

#include "domain/Order.h"
#include "domain/Validation.h"
#include "storage/CatalogRepository.h"
#include "storage/ConfigRepository.h"

#include <QRegularExpression>

#include <optional>

namespace orderflow {

struct CatalogSettings {
    QString url;                 // GET {url}/products/{id}
    QRegularExpression idRule;   // first capture group (or the whole match) is the product id
    qint64 ttlMs = 3600000;
    qint64 timeoutMs = 3000;
    qint64 retryMs = 30000;

    // The source's "catalog" settings; std::nullopt when it has none.
    static std::optional<CatalogSettings> of(const SourceRecord &source);
    // The product id of a SKU; empty when the rule does not match.
    QString productId(const QString &sku) const;
};

// The process-wide in-memory cache in front of the on-disk one.
std::optional<CatalogProduct> memoryCachedProduct(const QString &url, const QString &productId, qint64 nowMs);
void memoryCacheProduct(const QString &url, const CatalogProduct &product);

// Enriches `order` from the caches. Returns false when the order must wait for the catalog (the wait is recorded);
// true when every line was looked up (unknown products and SKUs without an id are added to `problems`).
Result<bool> enrichFromCatalog(CatalogRepository &repository, const CatalogSettings &settings, const QString &sourceName, Order &order,
                               QList<ValidationProblem> &problems);

} // namespace orderflow
