// A small value event: one order changed state. Workers emit these in batches; views update only those rows.
#pragma once

#include "domain/OrderState.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace orderflow {

struct OrderStateChange {
    QString orderId;
    qint64 orgId = 0;
    OrderState from = OrderState::Received;
    OrderState to = OrderState::Received;
    bool created = false;   // the order is new (from is meaningless)
    bool removed = false;   // the order was deleted (to is meaningless)
};

using OrderStateChanges = QList<OrderStateChange>;

} // namespace orderflow

Q_DECLARE_METATYPE(orderflow::OrderStateChange)
Q_DECLARE_METATYPE(orderflow::OrderStateChanges)
