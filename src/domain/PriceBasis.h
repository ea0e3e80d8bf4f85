// The price of one unit of a line, from the price as the partner sent it and what that price is for.
#pragma once

#include "domain/Order.h"

namespace orderflow {

struct UnitPrice {
    std::optional<Decimal> value;   // the price of one unit of line.unit
    QString problem;                // why there is none (empty when value is set or nothing was sent)
};

// From line.priceAsSent and line.priceBasis: the price divided by the basis quantity, exactly. No price per unit,
// with the reason, when the basis code is unknown, when the basis counts another unit than the line (price per
// pound on a line ordered in cases: the line total would need the weight), or when the division is not exact.
// A line without priceAsSent keeps its unitPrice.
UnitPrice unitPriceFromBasis(const OrderLine &line);

// What a price is for, where a price is shown: "100 (HP)", "100 KGM", "1 LB (PP)", "? (ZZ)" for a code whose quantity
// is not known. Numbers and codes only, so every language puts its own words around it ("45.00 per 100 (HP)").
QString priceBasisText(const QString &code, const QString &quantity, const QString &unit);
QString priceBasisText(const PriceBasis &basis);

} // namespace orderflow
