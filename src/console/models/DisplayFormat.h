// How the console shows states, times and ages: one place, so every view says the same thing the same way.
#pragma once

#include "domain/Order.h"
#include "domain/OrderState.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace orderflow::console {

class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    static QString stateTitle(OrderState state);        // "Retry wait"
    static QString stateDescription(OrderState state);  // for tooltips
    static QIcon stateIcon(OrderState state);
    // Stored UTC text → local "2025-01-01 11:30:00"; empty stays empty.
    static QString localTime(const QString &utcText);
    // Milliseconds → "3 min", "2 h 5 min", "4 d".
    static QString age(qint64 ms);
    static QString ageSince(const QString &utcText);
    // An address one part a line: name, street, postal code, city, region, country (empty parts left out).
    static QString addressLines(const Address &address);
    // An engine worker's name as the engine reports it ("push", "source acme/inbox") → what an operator reads.
    static QString workerTitle(const QString &worker);
};

} // namespace orderflow::console
