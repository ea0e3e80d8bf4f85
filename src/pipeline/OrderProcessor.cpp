#include "pipeline/OrderProcessor.h"

#include "domain/Validation.h"
#include "domain/messages/OrderMessages.h"
#include "domain/messages/SourceMessages.h"
#include "pipeline/CatalogEnrichment.h"
#include "pipeline/Transformations.h"
#include "sources/SourceSettings.h"
#include "storage/SqlTime.h"
#include "storage/WriteTurns.h"

#include <QJsonArray>
#include <QScopeGuard>

namespace orderflow {
namespace {

constexpr int kMinPerTurn = 8;

} // namespace

Result<OrderStateChange> OrderProcessor::processOne(const QString &orderId)
{
    auto loaded = m_orders.load(orderId);
    if (!loaded)
        return loaded.error();
    Order order = std::move(*loaded);

    if (!m_sources.contains(order.sourceId)) {
        auto source = m_config.source(order.sourceId);
        if (!source)
            return source.error();
        m_sources.insert(order.sourceId, *source);
    }
    const SourceRecord &source = m_sources[order.sourceId];
    if (!m_catalogs.contains(order.orgId)) {
        auto skus = m_config.knownSkus(order.orgId);
        if (!skus)
            return skus.error();
        m_catalogs.insert(order.orgId, *skus);
    }

    QList<ValidationProblem> problems;
    const SourceSettings settings(source);
    if (Status t = applyTransforms(settings.array(SourceKey::Transforms), order); !t)
        problems.append({QStringLiteral("transforms"), msg::SourceProblem(source.name, t.error().message)});
    if (const auto catalog = CatalogSettings::of(source)) {
        CatalogRepository repository(m_db);
        auto enriched = enrichFromCatalog(repository, *catalog, source.name, order, problems);
        if (!enriched)
            return enriched.error();
        if (!*enriched)
            return Error(QStringLiteral("catalog_wait"), msg::WaitsForCatalog(orderId, catalog->url));
    }
    ValidationRules rules;
    rules.knownSkus = m_catalogs.value(order.orgId);
    rules.requireUnitPrice = settings.flag(SourceKey::RequireUnitPrice);
    problems.append(validateOrder(order, rules));
    const OrderTotals totals = computeTotals(order);
    order.fingerprint = orderFingerprint(order, order.orgId);

    // The order's row is written once: its totals, fingerprint and problems go with its new state in one UPDATE
    // (one change-feed row, the indexes touched once); then its lines' totals.
    OrderRepository::Transition t;
    t.actor = QStringLiteral("engine");
    t.action = QStringLiteral("process");
    t.expectedFrom = OrderState::Received;
    t.orgId = order.orgId;
    t.set = OrderRepository::processingColumns(order, totals, problems);
    const auto write = [&]() -> Result<OrderStateChange> {
        auto change = m_orders.transition(orderId, t);
        if (!change)
            return change;
        if (Status s = m_orders.saveLineTotals(order); !s)
            return s.error();
        return change;
    };
    if (!problems.isEmpty()) {
        t.to = OrderState::Invalid;
        QStringList messages;
        for (const ValidationProblem &p : problems)
            messages << p.message;
        t.detail = messages.join(QLatin1Char('\n'));   // one problem a line, each shown translated on its own
        t.set.append({QStringLiteral("last_error"), messages.first()});
        return write();
    }
    auto earlier = m_orders.findByFingerprint(order.orgId, order.fingerprint, order.id);
    if (!earlier)
        return earlier.error();
    if (!earlier->isEmpty()) {
        t.to = OrderState::Duplicate;
        t.detail = msg::SameContentAs(*earlier);
        t.set.append({QStringLiteral("duplicate_of"), *earlier});
        return write();
    }
    if (source.autoApprove) {
        t.to = OrderState::Approved;
        t.detail = msg::AutoApprovedBy(source.name);
        t.set.append({QStringLiteral("approved_at"), nowText()});
    } else {
        t.to = OrderState::Review;
        t.detail = msg::ValidWaitsForOperator();
    }
    t.set.append({QStringLiteral("last_error"), QVariant(QMetaType::fromType<QString>())});
    return write();
}

Result<OrderStateChanges> OrderProcessor::processBatch(int limit)
{
    m_sources.clear();    // pick up configuration changes once per batch
    m_catalogs.clear();
    auto ids = CatalogRepository(m_db).readyToProcess(limit);   // orders waiting for the catalog stay behind
    if (!ids)
        return ids.error();
    OrderStateChanges changes;
    if (ids->isEmpty())
        return changes;
    // The batch's audit rows go in together before it commits (one INSERT per run, not one per order).
    const auto audited = qScopeGuard([this] { m_orders.audit().endDeferring(); });
    Status s = m_db.transaction([&]() -> Status {
        m_orders.audit().defer();
        // While other writers wait (an http source's requests waiting for their 202), the batch ends after a few
        // orders: each side gets its turn (WriteTurns), so neither the intake nor this worker waits long, and this
        // worker still moves at least kMinPerTurn orders each turn.
        int done = 0;
        for (const QString &id : *ids) {
            if (done >= kMinPerTurn && WriteTurns::of(m_db.path()).waiting() > 0)
                break;   // the rest stay received: the next batch takes them
            ++done;
            auto change = processOne(id);
            if (!change) {
                if (change.error().code == QLatin1String("state_changed") || change.error().code == QLatin1String("catalog_wait"))
                    continue;   // an operator acted on it meanwhile, or it waits for the catalog (recorded)
                return change.error();
            }
            changes.append(*change);
        }
        return m_orders.audit().flush();
    });
    if (!s)
        return s.error();
    return changes;
}

Result<OrderStateChanges> OrderProcessor::revalidate(const QString &orderId, const QString &actor)
{
    m_sources.clear();
    m_catalogs.clear();
    OrderStateChanges changes;
    Status s = m_db.transaction([&]() -> Status {
        OrderRepository::Transition back;
        back.to = OrderState::Received;
        back.actor = actor;
        back.action = QStringLiteral("revalidate");
        auto first = m_orders.transition(orderId, back);
        if (!first)
            return first.error();
        changes.append(*first);
        auto second = processOne(orderId);
        if (!second && second.error().code == QLatin1String("catalog_wait"))
            return {};   // back in received, waiting for the catalog: processed once it answered
        if (!second)
            return second.error();
        changes.append(*second);
        return {};
    });
    if (!s)
        return s.error();
    return changes;
}

} // namespace orderflow
