#include "pipeline/CatalogWorker.h"

#include "pipeline/CatalogEnrichment.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace orderflow {
namespace {

constexpr int kMaxInFlight = 4;

QString decimalText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isString() && Decimal::parse(QStringView(v.toString())))
        return v.toString();
    return {};
}

} // namespace

CatalogWorker::CatalogWorker(QString dbPath, int intervalMs) : Worker(QStringLiteral("catalog"), std::move(dbPath), intervalMs)
{
    m_clock.start();
}

CatalogWorker::~CatalogWorker() = default;

void CatalogWorker::started()
{
    m_network = std::make_unique<QNetworkAccessManager>();
}

void CatalogWorker::stopping()
{
    m_network.reset();   // aborts what is in flight; the orders keep waiting and are fetched on the next start
    m_inFlight.clear();
}

bool CatalogWorker::tick()
{
    if (!m_network || aborting() || m_inFlight.size() >= kMaxInFlight)
        return false;
    auto wants = CatalogRepository(db()).wanted(64);
    if (!wants) {
        report(wants.error().message);
        return false;
    }
    const qint64 now = m_clock.elapsed();
    for (const CatalogWant &w : std::as_const(*wants)) {
        if (m_inFlight.size() >= kMaxInFlight)
            break;
        if (m_openUntil.value(w.catalogUrl) > now || m_inFlight.contains(w.catalogUrl + QLatin1Char('\n') + w.productId))
            continue;
        fetch(w);
    }
    return false;
}

void CatalogWorker::fetch(const CatalogWant &want)
{
    const QString key = want.catalogUrl + QLatin1Char('\n') + want.productId;
    m_inFlight.insert(key);
    QNetworkRequest request(QUrl(want.catalogUrl + QStringLiteral("/products/") + QString::fromUtf8(QUrl::toPercentEncoding(want.productId))));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(int(want.timeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, reply, want, timedOut, key] {
        m_inFlight.remove(key);
        reply->deleteLater();
        finished(reply, want, *timedOut);
        nudge();   // the next lookups
    });
}

void CatalogWorker::finished(QNetworkReply *reply, const CatalogWant &want, bool timedOut)
{
    const QString url = reply->url().toDisplayString();
    if (timedOut) {
        failed(want, QStringLiteral("The product catalog did not answer GET %1 within %2 ms.").arg(url).arg(want.timeoutMs));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        failed(want, QStringLiteral("The product catalog could not be reached (GET %1): %2.").arg(url, reply->errorString()));
        return;
    }
    CatalogProduct product;
    product.productId = want.productId;
    product.expiresMs = QDateTime::currentMSecsSinceEpoch() + want.ttlMs;
    const QByteArray body = reply->read(1024 * 1024);
    if (status == 404) {
        product.found = false;
    } else if (status >= 200 && status < 300) {
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(body, &e).object();
        if (e.error != QJsonParseError::NoError) {
            failed(want, QStringLiteral("The product catalog answered GET %1 with something that is not a JSON object (%2).").arg(url, e.errorString()));
            return;
        }
        product.found = true;
        product.title = o.value(QStringLiteral("title")).toString(o.value(QStringLiteral("name")).toString());
        product.listPrice = decimalText(o.contains(QStringLiteral("list_price")) ? o.value(QStringLiteral("list_price")) : o.value(QStringLiteral("price")));
        product.category = o.value(QStringLiteral("category")).toString();
    } else {
        failed(want, QStringLiteral("The product catalog answered GET %1 with %2 %3.")
                         .arg(url).arg(status).arg(QString::fromUtf8(body.left(200)).simplified()));
        return;
    }
    CatalogRepository repository(db());
    if (Status s = db().transaction([&] { return repository.store(want.catalogUrl, product); }); !s) {
        report(s.error().message);
        return;
    }
    memoryCacheProduct(want.catalogUrl, product);
    reportState(QStringLiteral("catalog:") + want.catalogUrl, QString(), QStringLiteral("The product catalog %1 answers again.").arg(want.catalogUrl));
    emit workAvailable();
}

void CatalogWorker::failed(const CatalogWant &want, const QString &message)
{
    m_openUntil.insert(want.catalogUrl, m_clock.elapsed() + want.retryMs);
    const QString text = QStringLiteral("%1 Orders that need it stay 'received' and are enriched once it answers; asked again in %2 s.")
                             .arg(message).arg((want.retryMs + 999) / 1000);
    reportState(QStringLiteral("catalog:") + want.catalogUrl, QStringLiteral("down"), text);
    CatalogRepository repository(db());
    if (Status s = db().transaction([&] { return repository.noteFailure(want.catalogUrl, text); }); !s)
        report(s.error().message);
}

} // namespace orderflow
