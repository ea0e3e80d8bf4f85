// Test fixtures for the console: a real SQLite database with the demo organisation, and fast bulk seeding.
#pragma once

#include "demo/DemoWorkspace.h"
#include "domain/OrderState.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

namespace orderflow::testing {

struct SeededOrder {
    QString id;
    OrderState state;
};

// Prepares the demo workspace under `root` (folders + configuration) and opens its database.
std::unique_ptr<Database> openDemoDatabase(const DemoPaths &paths);

// Inserts `count` orders in one transaction with batched multi-row INSERTs. `stateFor(i)` picks each state;
// customers cycle through a fixed list, PO numbers are "PO-<i>", one line per order with SKU "SKU-<i % 97>".
QList<SeededOrder> seedOrders(Database &db, int count, const std::function<OrderState(int)> &stateFor, int firstNumber = 1,
                              bool keepIds = true);

// Moves orders to `to` directly in SQL (as an engine worker would), returning the events it would emit.
QList<QPair<QString, OrderState>> setStates(Database &db, const QStringList &ids, OrderState to);

} // namespace orderflow::testing
