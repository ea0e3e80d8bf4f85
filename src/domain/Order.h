// The canonical order: what every input format becomes and what every connector exports.
#pragma once

#include "domain/Decimal.h"
#include "domain/OrderState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace orderflow {

struct Address {
    QString name;
    QString street;
    QString city;
    QString postalCode;
    QString region;
    QString country;
    QString partyId;      // e.g. the N104 / NAD C082 identification of the party

    bool isEmpty() const
    {
        return name.isEmpty() && street.isEmpty() && city.isEmpty() && postalCode.isEmpty() && region.isEmpty()
            && country.isEmpty() && partyId.isEmpty();
    }
};

struct Customer {
    QString partnerId;
    QString name;
    QString erpCustomerNumber;
};

// What a price as sent is for, when it is not simply one unit of the line's unit: "45 per hundred" (X12 PO105 HP),
// "250 per 100 KGM" (EDIFACT PRI C509 5284/6411).
struct PriceBasis {
    QString code;                      // as sent, when the format uses codes (X12 PO105, code list 639)
    // The price is for this many units. Empty with a code: the reader does not know the code, so no price per
    // unit can be derived (a validation problem, never a silent ×1).
    std::optional<Decimal> quantity;
    QString unit;                      // the unit that quantity counts, when it is not the line's own (LB, KGM)

    bool isEmpty() const { return code.isEmpty() && !quantity && unit.isEmpty(); }
};

struct OrderLine {
    int lineNo = 0;
    QString sku;
    QString partnerSku;
    QString gtin;
    QString description;
    std::optional<Decimal> quantity;
    QString unit;
    std::optional<Decimal> unitPrice;  // of one `unit`: what line_total uses (see priceBasis)
    std::optional<Decimal> lineTotal;  // computed by the total step (quantity × unit price)
    // From the product catalog (enrichment), when the source has one.
    QString catalogTitle;
    std::optional<Decimal> listPrice;
    QString category;
    // The price as the partner sent it and its basis, kept when a basis was sent (unitPrice is then derived by
    // unitPriceFromBasis in domain/PriceBasis.h); without one the price was sent per unit and is unitPrice.
    std::optional<Decimal> priceAsSent;
    PriceBasis priceBasis;
};

struct OrderTotals {
    int lineCount = 0;
    // Unknown (nullopt) when a line total or the sum does not fit an exact decimal: never a partial sum.
    std::optional<Decimal> totalQuantity = Decimal();
    std::optional<Decimal> netAmount = Decimal();
};

// A canonical order as parsed from one inbound message; persisted as a draft order.
struct Order {
    // Identity and ownership (set once stored).
    QString id;               // draft order id (UUID, lower case, no braces)
    qint64 orgId = 0;
    qint64 sourceId = 0;
    qint64 inboundId = 0;

    // Business content.
    QString orderNumber;      // partner PO number
    Customer customer;
    Address billTo;
    Address shipTo;
    QDate orderDate;
    QDate requestedDeliveryDate;
    QString currency;
    QString notes;
    QList<OrderLine> lines;

    // Facts the parser saw that validation checks (CTT/CNT line counts).
    std::optional<int> declaredLineCount;

    // Where it came from (for the export's meta block).
    QString sourceFormat;     // "json", "x12-850", "edifact-orders"
    QString inboundSha256;
    QDateTime receivedAt;

    // Life cycle.
    OrderState state = OrderState::Received;
    int pushGeneration = 1;
    QDateTime approvedAt;
    QString fingerprint;
};

} // namespace orderflow
