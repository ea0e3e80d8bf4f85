// Item data roles shared by the console's models and views.
#pragma once

#include <Qt>

namespace orderflow::console {

enum ConsoleRole {
    SortRole = Qt::UserRole + 1,   // the raw value a column sorts on (never the display string)
    IdRole,                        // order id, export id, inbound id
    StateRole,                     // int(OrderState)
    BackingUpRole,                 // bool: the queue is backing up
    CountRole,                     // int: orders in the queue
};

} // namespace orderflow::console
