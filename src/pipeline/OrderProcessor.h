// Received orders → validate → transform → total → fingerprint duplicate check → decide (auto-approve or review).
#pragma once

#include "domain/OrderEvent.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

#include <optional>

namespace orderflow {

class OrderProcessor {
public:
    explicit OrderProcessor(Database &db) : m_db(db), m_config(db), m_orders(db) {}

    // Processes up to `limit` received orders: reads and validates them, then writes them in one transaction (or
    // several, when another writer waits for its turn).
    Result<OrderStateChanges> processBatch(int limit);
    // Operator: revalidate an invalid (or review) order after fixing mapping or catalog.
    Result<OrderStateChanges> revalidate(const QString &orderId, const QString &actor);

private:
    // What processing decided for a received order before writing anything: its transition, or (a valid order)
    // the duplicate check still to run in the write transaction and what follows if it finds none.
    struct Decision {
        Order order;
        OrderRepository::Transition t;
        bool valid = false;
        bool autoApprove = false;   // approved at once (the source says so), else it waits for review
        QString sourceName;
    };
    Result<const SourceRecord *> sourceOf(const Order &order);
    Result<Decision> decide(Order order);
    Result<OrderStateChange> write(const Decision &d);
    Result<OrderStateChange> processOne(const QString &orderId);

    Database &m_db;
    ConfigRepository m_config;
    OrderRepository m_orders;
    QHash<qint64, SourceRecord> m_sources;
    QHash<qint64, QSet<QString>> m_catalogs;
};

} // namespace orderflow
