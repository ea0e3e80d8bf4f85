#include "pipeline/CatalogEnrichment.h"

#include "domain/messages/OrderMessages.h"

#include <QDateTime>
#include <QHash>

#include <mutex>

namespace orderflow {
namespace {

std::mutex g_cacheMutex;
QHash<QString, CatalogProduct> g_cache;   // key: url + '\n' + id
constexpr qsizetype kMaxCached = 100000;

QString key(const QString &url, const QString &id)
{
    return url + QLatin1Char('\n') + id;
}

} // namespace

std::optional<CatalogSettings> CatalogSettings::of(const SourceRecord &source)
{
    const QJsonObject c = source.config.value(QStringLiteral("catalog")).toObject();
    if (c.value(QStringLiteral("url")).toString().isEmpty())
        return std::nullopt;
    CatalogSettings s;
    s.url = c.value(QStringLiteral("url")).toString();
    while (s.url.endsWith(QLatin1Char('/')))
        s.url.chop(1);
    s.idRule = QRegularExpression(c.value(QStringLiteral("id_pattern")).toString(QStringLiteral("(\\d+)$")));
    s.ttlMs = qint64(c.value(QStringLiteral("ttl_ms")).toDouble(double(s.ttlMs)));
    s.timeoutMs = qint64(c.value(QStringLiteral("timeout_ms")).toDouble(double(s.timeoutMs)));
    s.retryMs = qint64(c.value(QStringLiteral("retry_ms")).toDouble(double(s.retryMs)));
    return s;
}

QString CatalogSettings::productId(const QString &sku) const
{
    const auto m = idRule.match(sku);
    if (!m.hasMatch())
        return {};
    return idRule.captureCount() >= 1 ? m.captured(1) : m.captured(0);
}

std::optional<CatalogProduct> memoryCachedProduct(const QString &url, const QString &productId, qint64 nowMs)
{
    std::lock_guard lock(g_cacheMutex);
    const auto it = g_cache.constFind(key(url, productId));
    if (it == g_cache.cend() || it->expiresMs <= nowMs)
        return std::nullopt;
    return *it;
}

void memoryCacheProduct(const QString &url, const CatalogProduct &product)
{
    std::lock_guard lock(g_cacheMutex);
    if (g_cache.size() >= kMaxCached)
        g_cache.clear();   // a crude bound: the disk cache still has everything
    g_cache.insert(key(url, product.productId), product);
}

Result<bool> enrichFromCatalog(CatalogRepository &repository, const CatalogSettings &settings, const QString &sourceName, Order &order,
                               QList<ValidationProblem> &problems)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList missing;
    QList<std::optional<CatalogProduct>> found;
    for (const OrderLine &line : std::as_const(order.lines)) {
        const QString id = settings.productId(line.sku);
        std::optional<CatalogProduct> product;
        if (!id.isEmpty()) {
            product = memoryCachedProduct(settings.url, id, now);
            if (!product) {
                auto stored = repository.cached(settings.url, id, now);
                if (!stored)
                    return stored.error();
                product = *stored;
                if (product)
                    memoryCacheProduct(settings.url, *product);
            }
            if (!product && !missing.contains(id))
                missing << id;
        }
        found.append(product);
    }
    if (!missing.isEmpty()) {
        if (Status s = repository.wait(order.id, CatalogWant{settings.url, {}, settings.timeoutMs, settings.ttlMs, settings.retryMs}, missing); !s)
            return s.error();
        return false;
    }
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        OrderLine &line = order.lines[i];
        const QString field = QStringLiteral("lines[%1].sku").arg(line.lineNo);
        if (!found[i]) {
            problems.append({field, msg::CatalogNoProductId(line.lineNo, line.sku, sourceName, settings.idRule.pattern())});
            continue;
        }
        const CatalogProduct &p = *found[i];
        if (!p.found) {
            problems.append({field, msg::CatalogUnknownProduct(line.lineNo, p.productId, line.sku, settings.url)});
            continue;
        }
        line.catalogTitle = p.title;
        line.category = p.category;
        line.listPrice = p.listPrice.isEmpty() ? std::nullopt : Decimal::parse(QStringView(p.listPrice));
        if (Status s = repository.saveLine(order.id, line.lineNo, p); !s)
            return s.error();
    }
    return true;
}

} // namespace orderflow
