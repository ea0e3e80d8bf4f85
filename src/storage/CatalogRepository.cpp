#include "storage/CatalogRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {

Result<std::optional<CatalogProduct>> CatalogRepository::cached(const QString &catalogUrl, const QString &productId, qint64 nowMs)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT found, title, list_price, category, expires_ms FROM catalog_product "
                                             "WHERE catalog_url = ? AND product_id = ? AND expires_ms > ?"));
    q.addBindValue(catalogUrl);
    q.addBindValue(productId);
    q.addBindValue(nowMs);
    if (Status s = execQuery(q, QStringLiteral("reading product %1 of the catalog %2 from the cache").arg(productId, catalogUrl)); !s)
        return s.error();
    std::optional<CatalogProduct> out;
    if (q.next())
        out = CatalogProduct{productId, q.value(0).toInt() != 0, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()};
    q.finish();
    return out;
}

Status CatalogRepository::store(const QString &catalogUrl, const CatalogProduct &p)
{
    QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO catalog_product (catalog_url, product_id, found, title, list_price, category, fetched_at, expires_ms) "
                                             "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (catalog_url, product_id) DO UPDATE SET found = excluded.found, "
                                             "title = excluded.title, list_price = excluded.list_price, category = excluded.category, "
                                             "fetched_at = excluded.fetched_at, expires_ms = excluded.expires_ms"));
    q.addBindValue(catalogUrl);
    q.addBindValue(p.productId);
    q.addBindValue(p.found ? 1 : 0);
    q.addBindValue(nonNull(p.title));
    q.addBindValue(p.listPrice.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.listPrice));
    q.addBindValue(nonNull(p.category));
    q.addBindValue(nowText());
    q.addBindValue(p.expiresMs);
    if (Status s = execQuery(q, QStringLiteral("caching product %1 of the catalog %2").arg(p.productId, catalogUrl)); !s)
        return s;
    QSqlQuery &d = m_db.query(QStringLiteral("DELETE FROM catalog_wait WHERE catalog_url = ? AND product_id = ?"));
    d.addBindValue(catalogUrl);
    d.addBindValue(p.productId);
    return execQuery(d, QStringLiteral("releasing the orders that waited for product %1").arg(p.productId));
}

Status CatalogRepository::wait(const QString &orderId, const CatalogWant &w, const QStringList &productIds)
{
    QSqlQuery &d = m_db.query(QStringLiteral("DELETE FROM catalog_wait WHERE order_id = ?"));
    d.addBindValue(orderId);
    if (Status s = execQuery(d, QStringLiteral("clearing what order %1 waited for").arg(orderId)); !s)
        return s;
    for (const QString &id : productIds) {
        QSqlQuery &q = m_db.query(QStringLiteral("INSERT OR IGNORE INTO catalog_wait (order_id, catalog_url, product_id, timeout_ms, ttl_ms, retry_ms) "
                                                 "VALUES (?,?,?,?,?,?)"));
        q.addBindValue(orderId);
        q.addBindValue(w.catalogUrl);
        q.addBindValue(id);
        q.addBindValue(w.timeoutMs);
        q.addBindValue(w.ttlMs);
        q.addBindValue(w.retryMs);
        if (Status s = execQuery(q, QStringLiteral("recording that order %1 waits for product %2").arg(orderId, id)); !s)
            return s;
    }
    return {};
}

Result<QList<CatalogWant>> CatalogRepository::wanted(int limit)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT catalog_url, product_id, MAX(timeout_ms), MIN(ttl_ms), MIN(retry_ms) FROM catalog_wait "
                                             "GROUP BY catalog_url, product_id ORDER BY MIN(rowid) LIMIT ?"));
    q.addBindValue(limit);
    if (Status s = execQuery(q, QStringLiteral("finding the products waiting orders need")); !s)
        return s.error();
    QList<CatalogWant> out;
    while (q.next())
        out.append(CatalogWant{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

Status CatalogRepository::noteFailure(const QString &catalogUrl, const QString &error)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE catalog_wait SET last_error = ? WHERE catalog_url = ?"));
    q.addBindValue(error);
    q.addBindValue(catalogUrl);
    return execQuery(q, QStringLiteral("noting the catalog's failure on the waiting orders"));
}

Result<int> CatalogRepository::waitingOrders()
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM catalog_wait"));
    if (Status s = execQuery(q, QStringLiteral("counting the orders waiting for the catalog")); !s)
        return s.error();
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<QString> CatalogRepository::lastError(const QString &orderId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT MAX(last_error) FROM catalog_wait WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (Status s = execQuery(q, QStringLiteral("reading why order %1 waits").arg(orderId)); !s)
        return s.error();
    const QString e = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return e;
}

Result<QStringList> CatalogRepository::readyToProcess(int limit)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT id FROM draft_order d WHERE state = 'received' AND NOT EXISTS "
                                             "(SELECT 1 FROM catalog_wait w WHERE w.order_id = d.id) ORDER BY received_at, id LIMIT ?"));
    q.addBindValue(limit);
    if (Status s = execQuery(q, QStringLiteral("finding received orders")); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status CatalogRepository::saveLine(const QString &orderId, int lineNo, const CatalogProduct &p)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE order_line SET catalog_title = ?, list_price = ?, category = ? WHERE order_id = ? AND line_no = ?"));
    q.addBindValue(p.found ? QVariant(nonNull(p.title)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(p.found && !p.listPrice.isEmpty() ? QVariant(p.listPrice) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(p.found ? QVariant(nonNull(p.category)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(orderId);
    q.addBindValue(lineNo);
    return execQuery(q, QStringLiteral("saving the catalog data of line %1 of order %2").arg(lineNo).arg(orderId));
}

} // namespace orderflow
