// Received orders → validate → transform → total → fingerprint duplicate check → decide (auto-approve or review).
#pragma once

#include "domain/OrderEvent.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

namespace orderflow {

class OrderProcessor {
public:
    explicit OrderProcessor(Database &db) : m_db(db), m_config(db), m_orders(db) {}

    // Processes up to `limit` received orders in one transaction.
    Result<OrderStateChanges> processBatch(int limit);
    // Operator: revalidate an invalid (or review) order after fixing mapping or catalog.
    Result<OrderStateChanges> revalidate(const QString &orderId, const QString &actor);

private:
    Result<OrderStateChange> processOne(const QString &orderId);

    Database &m_db;
    ConfigRepository m_config;
    OrderRepository m_orders;
    QHash<qint64, SourceRecord> m_sources;
    QHash<qint64, QSet<QString>> m_catalogs;
};

} // namespace orderflow
