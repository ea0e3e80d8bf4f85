// Business rules an order must meet before it may be approved, and the totals step.
#pragma once

#include "domain/Order.h"

#include <QList>
#include <QSet>
#include <QString>

namespace orderflow {

struct ValidationProblem {
    QString field;     // "header.currency", "lines[3].quantity"
    QString message;   // operator-readable
};

struct ValidationRules {
    // When non-empty, every line's SKU must be in it (the organisation's product catalog).
    QSet<QString> knownSkus;
    bool requireUnitPrice = false;
};

QList<ValidationProblem> validateOrder(const Order &order, const ValidationRules &rules = {});

// Fills each line's total and returns the order totals. Lines without quantity or price add nothing.
OrderTotals computeTotals(Order &order);

// sha256 (hex) over the order's business content: the same order arriving twice gets the same fingerprint,
// whatever file or format it came in.
QString orderFingerprint(const Order &order, qint64 orgId);

bool isKnownCurrency(const QString &code);

} // namespace orderflow
