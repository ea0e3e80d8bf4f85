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

constexpr int kMinPerTurn = 200;

} // namespace

Result<const SourceRecord *> OrderProcessor::sourceOf(const Order &order)
{
    if (!m_sources.contains(order.sourceId)) {
        auto source = m_config.source(order.sourceId);
        if (!source)
            return source.error();
        m_sources.insert(order.sourceId, *source);
    }
    return &m_sources[order.sourceId];
}

Result<OrderProcessor::Decision> OrderProcessor::decide(Order order)
{
    auto found = sourceOf(order);
    if (!found)
        return found.error();
    const SourceRecord &source = **found;
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
            return Error(QStringLiteral("catalog_wait"), msg::WaitsForCatalog(order.id, catalog->url));
    }
    ValidationRules rules;
    rules.knownSkus = m_catalogs.value(order.orgId);
    rules.requireUnitPrice = settings.flag(SourceKey::RequireUnitPrice);
    problems.append(validateOrder(order, rules));
    const OrderTotals totals = computeTotals(order);
    order.fingerprint = orderFingerprint(order, order.orgId);

    // The order's row is written once: its totals, fingerprint and problems go with its new state in one UPDATE
    // (one change-feed row, the indexes touched once); then its lines' totals.
    Decision d;
    d.t.actor = QStringLiteral("engine");
    d.t.action = QStringLiteral("process");
    d.t.expectedFrom = OrderState::Received;
    d.t.orgId = order.orgId;
    d.t.set = OrderRepository::processingColumns(order, totals, problems);
    if (!problems.isEmpty()) {
        d.t.to = OrderState::Invalid;
        QStringList messages;
        for (const ValidationProblem &p : problems)
            messages << p.message;
        d.t.detail = messages.join(QLatin1Char('\n'));   // one problem a line, each shown translated on its own
        d.t.set.append({QStringLiteral("last_error"), messages.first()});
    } else {
        d.valid = true;
        d.autoApprove = source.autoApprove;
        d.sourceName = source.name;
    }
    d.order = std::move(order);
    return d;
}

Result<OrderStateChange> OrderProcessor::write(const Decision &d)
{
    OrderRepository::Transition t = d.t;
    if (d.valid) {
        // Whether an earlier order has the same content is read here, in the write transaction: an order of the
        // same batch that is written first counts too.
        auto earlier = m_orders.findByFingerprint(d.order.orgId, d.order.fingerprint, d.order.id);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            t.to = OrderState::Duplicate;
            t.detail = msg::SameContentAs(*earlier);
            t.set.append({QStringLiteral("duplicate_of"), *earlier});
        } else {
            if (d.autoApprove) {
                t.to = OrderState::Approved;
                t.detail = msg::AutoApprovedBy(d.sourceName);
                t.set.append({QStringLiteral("approved_at"), nowText()});
            } else {
                t.to = OrderState::Review;
                t.detail = msg::ValidWaitsForOperator();
            }
            t.set.append({QStringLiteral("last_error"), QVariant(QMetaType::fromType<QString>())});
        }
    }
    auto change = m_orders.transition(d.order.id, t);
    if (!change)
        return change;
    if (Status s = m_orders.saveLineTotals(d.order); !s)
        return s.error();
    return change;
}

Result<OrderStateChange> OrderProcessor::processOne(const QString &orderId)
{
    auto loaded = m_orders.load(orderId);
    if (!loaded)
        return loaded.error();
    auto decided = decide(std::move(*loaded));
    if (!decided)
        return decided.error();
    return write(*decided);
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
    // Reading, validating and totalling take no write lock: they are done for the whole batch before its write
    // transactions, which then hold SQLite's one write lock (shared with the sources' intake) only for the
    // duplicate check and the writes. Each decision is written only if its order is still the version it was made
    // on (its updated_at, read before the order itself): an order changed meanwhile — rejected, or processed and
    // revalidated by someone else — is left to the next batch. An order of a source with a catalog is decided in
    // the transaction, as enrichment writes.
    auto versions = m_orders.versions(*ids);
    if (!versions)
        return versions.error();
    auto loaded = m_orders.loadAll(*ids);
    if (!loaded)
        return loaded.error();
    struct Item {
        QString id;
        std::optional<Decision> decision;   // none: decided in the write transaction
    };
    QList<Item> items;
    items.reserve(ids->size());
    for (const QString &id : std::as_const(*ids)) {
        auto it = loaded->find(id);
        if (it == loaded->end() || it->state != OrderState::Received || !versions->contains(id))
            continue;   // removed or moved on meanwhile
        auto source = sourceOf(*it);
        if (!source)
            return source.error();
        if (CatalogSettings::of(**source)) {
            items.append({id, std::nullopt});
            continue;
        }
        auto decided = decide(std::move(*it));
        if (!decided)
            return decided.error();
        decided->t.expectedVersion = versions->value(id);
        items.append({id, std::move(*decided)});
    }
    // The audit rows of one write transaction go in together before it commits (one INSERT per run).
    const auto audited = qScopeGuard([this] { m_orders.audit().endDeferring(); });
    for (qsizetype next = 0; next < items.size();) {
        OrderStateChanges written;
        qsizetype at = next;
        Status s = m_db.transaction([&]() -> Status {
            m_orders.audit().defer();
            // While other writers wait (an http source's requests waiting for their 202), a transaction ends after
            // kMinPerTurn orders: each side gets its turn (WriteTurns), so neither the intake nor this worker waits
            // long; the next transaction goes on with the rest of the batch.
            for (int done = 0; at < items.size(); ++done) {
                if (done >= kMinPerTurn && WriteTurns::of(m_db.path()).waiting() > 0)
                    break;
                const Item &item = items.at(at++);
                auto change = item.decision ? write(*item.decision) : processOne(item.id);
                if (!change) {
                    if (change.error().code == QLatin1String("state_changed") || change.error().code == QLatin1String("catalog_wait"))
                        continue;   // an operator acted on it meanwhile, or it waits for the catalog (recorded)
                    return change.error();
                }
                written.append(*change);
            }
            return m_orders.audit().flush();
        });
        if (!s) {
            if (changes.isEmpty())
                return s.error();
            // The batch's earlier transactions committed: their changes are announced (downstream work, the
            // console); the failed one's orders are still received, and the next batch meets its error again.
            break;
        }
        changes.append(written);
        next = at;
    }
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
