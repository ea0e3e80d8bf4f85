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

// The longest text each field of the canonical order may hold, in characters (Unicode code points). The limits
// are checked here, on the canonical order, and not in the readers: every format (partner JSON, X12, EDIFACT, and
// any future source) ends up here after the source's transformations, so one rule covers all of them and bounds
// the very value that would be exported. A longer value makes the order invalid with a problem naming the field,
// its length and the limit. They leave room above what the EDI standards allow (X12 BEG03 an..22, EDIFACT 1004
// an..35/70, N102 an..60, NAD 5 x 35) and what ERPs store:
//   header.order_number 70          customer.partner_id 80          customer.name 200
//   customer.erp_customer_number 80 header.notes 4000
//   header.{bill_to,ship_to}.name 200, .street 200, .city 100, .postal_code 20, .region 80, .country 80,
//                           .party_id 80
//   lines[n].sku 80   lines[n].partner_sku 80   lines[n].gtin 14 (GTIN-14 is the longest GTIN)
//   lines[n].description 1000   lines[n].unit 20
// The currency needs no length limit: it must be one of the known ISO 4217 codes (three letters).
QList<ValidationProblem> validateOrder(const Order &order, const ValidationRules &rules = {});

// Fills each line's total and returns the order totals. Lines without quantity or price add nothing. A line total
// or a sum that does not fit an exact decimal (36 digits) is left unknown (nullopt) — never a partial sum — and
// validateOrder reports it as a problem of the order.
OrderTotals computeTotals(Order &order);

// sha256 (hex) over the order's business content: the same order arriving twice gets the same fingerprint,
// whatever file or format it came in.
QString orderFingerprint(const Order &order, qint64 orgId);

bool isKnownCurrency(const QString &code);

} // namespace orderflow
