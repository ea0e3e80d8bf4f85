// The catalogue's messages about orders: validation problems, price bases, state changes, operator actions and the
// ERP's acknowledgements. Every text is the English template; translations live in translations/*.ts (context
// "engine") and are applied where the text is shown (translatedEngineText).
#pragma once

#include "domain/EngineMessage.h"

namespace orderflow::msg {

// Validation (domain/Validation.cpp)
inline const EngineMessage LineTotalTooLarge{QT_TRANSLATE_NOOP("engine", "Line %1: quantity %2 times unit price %3 is too large to compute exactly (more than %4 digits); correct the quantity or the price.")};
inline const EngineMessage NetAmountTooLarge{QT_TRANSLATE_NOOP("engine", "The net amount (the sum of the line totals) is too large to compute exactly (more than %1 digits).")};
inline const EngineMessage TotalQuantityTooLarge{QT_TRANSLATE_NOOP("engine", "The total quantity of the order's lines is too large to compute exactly (more than %1 digits).")};
inline const EngineMessage ValueTooLong{QT_TRANSLATE_NOOP("engine", "%1 (%2) is %3 characters long; at most %4 are allowed.")};
inline const EngineMessage QuotedLongValue{QT_TRANSLATE_NOOP("engine", "'%1…' (%2 characters)")};
inline const EngineMessage AddressName{QT_TRANSLATE_NOOP("engine", "The %1 name")};
inline const EngineMessage AddressStreet{QT_TRANSLATE_NOOP("engine", "The %1 street")};
inline const EngineMessage AddressCity{QT_TRANSLATE_NOOP("engine", "The %1 city")};
inline const EngineMessage AddressPostalCode{QT_TRANSLATE_NOOP("engine", "The %1 postal code")};
inline const EngineMessage AddressRegion{QT_TRANSLATE_NOOP("engine", "The %1 region")};
inline const EngineMessage AddressCountry{QT_TRANSLATE_NOOP("engine", "The %1 country")};
inline const EngineMessage AddressPartyId{QT_TRANSLATE_NOOP("engine", "The %1 party id")};
inline const EngineMessage BillTo{QT_TRANSLATE_NOOP("engine", "bill-to")};
inline const EngineMessage ShipTo{QT_TRANSLATE_NOOP("engine", "ship-to")};
inline const EngineMessage NoOrderNumber{QT_TRANSLATE_NOOP("engine", "The order has no order number (partner PO).")};
inline const EngineMessage TheOrderNumber{QT_TRANSLATE_NOOP("engine", "The order number")};
inline const EngineMessage TheCustomerPartnerId{QT_TRANSLATE_NOOP("engine", "The customer's partner id")};
inline const EngineMessage TheCustomerName{QT_TRANSLATE_NOOP("engine", "The customer name")};
inline const EngineMessage TheErpCustomerNumber{QT_TRANSLATE_NOOP("engine", "The ERP customer number")};
inline const EngineMessage NoCustomer{QT_TRANSLATE_NOOP("engine", "The order names no customer (neither name nor partner id).")};
inline const EngineMessage UnknownCurrency{QT_TRANSLATE_NOOP("engine", "Currency %1 is not a known ISO 4217 code.")};
inline const EngineMessage TheNotes{QT_TRANSLATE_NOOP("engine", "The notes")};
inline const EngineMessage NoLines{QT_TRANSLATE_NOOP("engine", "The order has no lines.")};
inline const EngineMessage LineSku{QT_TRANSLATE_NOOP("engine", "Line %1: the SKU")};
inline const EngineMessage LinePartnerSku{QT_TRANSLATE_NOOP("engine", "Line %1: the partner SKU")};
inline const EngineMessage LineGtin{QT_TRANSLATE_NOOP("engine", "Line %1: the GTIN")};
inline const EngineMessage LineDescription{QT_TRANSLATE_NOOP("engine", "Line %1: the description")};
inline const EngineMessage LineUnit{QT_TRANSLATE_NOOP("engine", "Line %1: the unit")};
inline const EngineMessage LineNoSku{QT_TRANSLATE_NOOP("engine", "Line %1 has no SKU or product id.")};
inline const EngineMessage SkuNotInCatalog{QT_TRANSLATE_NOOP("engine", "Line %1: SKU %2 is not in the product catalog.")};
inline const EngineMessage LineNoQuantity{QT_TRANSLATE_NOOP("engine", "Line %1 has no quantity.")};
inline const EngineMessage QuantityNotPositive{QT_TRANSLATE_NOOP("engine", "Line %1: quantity %2 is not positive.")};
inline const EngineMessage UnitPriceNegative{QT_TRANSLATE_NOOP("engine", "Line %1: unit price %2 is negative.")};
inline const EngineMessage LineProblem{QT_TRANSLATE_NOOP("engine", "Line %1: %2")};
inline const EngineMessage LineNoUnitPrice{QT_TRANSLATE_NOOP("engine", "Line %1 has no unit price.")};
inline const EngineMessage DeclaredLineCount{QT_TRANSLATE_NOOP("engine", "The partner declared %1 lines (CTT/CNT) but the order has %2.")};

// The product catalog and the sources' transformations (pipeline/CatalogEnrichment.cpp, pipeline/Transformations.cpp)
inline const EngineMessage CatalogNoProductId{QT_TRANSLATE_NOOP("engine", "Line %1: SKU '%2' gives no product id by the catalog rule of source '%3' (%4). Fix the rule (catalog.id_pattern) or the SKU mapping, then revalidate.")};
inline const EngineMessage CatalogUnknownProduct{QT_TRANSLATE_NOOP("engine", "Line %1: product %2 (SKU '%3') is not in the catalog %4 (404). Fix the SKU or add the product to the catalog, then revalidate.")};
inline const EngineMessage TransformAddNotDecimal{QT_TRANSLATE_NOOP("engine", "add: '%1' is not a decimal number.")};
inline const EngineMessage TransformAddTooLong{QT_TRANSLATE_NOOP("engine", "add: %1 + %2 has more than %3 digits.")};
inline const EngineMessage TransformUnknownFunction{QT_TRANSLATE_NOOP("engine", "unknown function '%1'; `orderflow functions list` shows them.")};

// Price bases (domain/PriceBasis.cpp)
inline const EngineMessage BasisCode{QT_TRANSLATE_NOOP("engine", " (basis code '%1')")};
inline const EngineMessage UnknownBasisCode{QT_TRANSLATE_NOOP("engine", "the price basis code '%1' is not one OrderFlow knows, so the price %2 cannot be turned into a price per unit. Ask the partner what quantity the price is for.")};
inline const EngineMessage BasisUnitDiffers{QT_TRANSLATE_NOOP("engine", "the price %1 is per %2 %3%4, but the line is ordered in %5: its total needs the number of %3 per %5, which the order does not give. Ask the partner for a price per %5.")};
inline const EngineMessage BasisNotPositive{QT_TRANSLATE_NOOP("engine", "the price basis quantity %1%2 is not positive.")};
inline const EngineMessage BasisNotExact{QT_TRANSLATE_NOOP("engine", "the price %1 for %2 units%3 gives no exact price per unit (at most %4 decimals). Ask the partner for a price per unit.")};

// State changes and processing (domain/OrderState.cpp, pipeline/OrderProcessor.cpp)
inline const EngineMessage InvalidTransition{QT_TRANSLATE_NOOP("engine", "An order in state '%1' cannot become '%2' (allowed from '%1': %3).")};
inline const EngineMessage NoneItIsFinal{QT_TRANSLATE_NOOP("engine", "none: it is final")};

inline const EngineMessage WaitsForCatalog{QT_TRANSLATE_NOOP("engine", "Order %1 waits for the product catalog %2; it stays received until the catalog has answered.")};
inline const EngineMessage SameContentAs{QT_TRANSLATE_NOOP("engine", "same content as order %1")};
inline const EngineMessage AutoApprovedBy{QT_TRANSLATE_NOOP("engine", "auto-approved by source '%1'")};
inline const EngineMessage ValidWaitsForOperator{QT_TRANSLATE_NOOP("engine", "valid; waits for an operator")};

// Operator actions (pipeline/OperatorActions.cpp)
inline const EngineMessage NotInReview{QT_TRANSLATE_NOOP("engine", "Order %1 is not waiting for review; only orders in review can be approved.")};
inline const EngineMessage NotInReviewFailed{QT_TRANSLATE_NOOP("engine", "Order %1 is not waiting for review; only orders in review can be approved (use retry for a failed order).")};
inline const EngineMessage Approved{QT_TRANSLATE_NOOP("engine", "approved")};
inline const EngineMessage PushNowInReview{QT_TRANSLATE_NOOP("engine", "Order %1 is in review; approve it first (Approve, or `orderflow approve %1`), then push it.")};
inline const EngineMessage PushNowNotPushable{QT_TRANSLATE_NOOP("engine", "Order %1 is '%2'; only approved orders and orders waiting to retry can be pushed.")};
inline const EngineMessage ApprovedPushingNow{QT_TRANSLATE_NOOP("engine", "approved; pushing now")};
inline const EngineMessage NextAttemptMovedToNow{QT_TRANSLATE_NOOP("engine", "next attempt moved to now")};
inline const EngineMessage NextAttemptNow{QT_TRANSLATE_NOOP("engine", "next attempt now")};
inline const EngineMessage NotFailed{QT_TRANSLATE_NOOP("engine", "Order %1 is '%2'; only failed orders can be retried.")};
inline const EngineMessage NewPushGeneration{QT_TRANSLATE_NOOP("engine", "new push generation %1")};
inline const EngineMessage QueuedForPush{QT_TRANSLATE_NOOP("engine", "queued for push (generation %1)")};
inline const EngineMessage ClosedByRejection{QT_TRANSLATE_NOOP("engine", "not pushed again: the order was rejected by %1")};
inline const EngineMessage ClosedByRejectionWithReason{QT_TRANSLATE_NOOP("engine", "not pushed again: the order was rejected by %1 (%2)")};
inline const EngineMessage RejectedExportClosed{QT_TRANSLATE_NOOP("engine", "rejected; its pending export was closed")};
inline const EngineMessage Rejected{QT_TRANSLATE_NOOP("engine", "rejected")};
inline const EngineMessage NowInState{QT_TRANSLATE_NOOP("engine", "now %1")};
inline const EngineMessage ReplayedAs{QT_TRANSLATE_NOOP("engine", "replayed as inbound message %1")};
inline const EngineMessage ReplayedAsWithResult{QT_TRANSLATE_NOOP("engine", "replayed as inbound message %1: %2, %3 orders")};
inline const EngineMessage ReplayedAsWithErrors{QT_TRANSLATE_NOOP("engine", "replayed as inbound message %1: %2, %3 orders — %4")};

// The ERP's acknowledgements (connectors/AckPoller.cpp)
inline const EngineMessage AckNotJson{QT_TRANSLATE_NOOP("engine", "not a JSON object (%1 at byte %2)")};
inline const EngineMessage AckWrongStatus{QT_TRANSLATE_NOOP("engine", "status is '%1' but a file named %2 must say %3")};
inline const EngineMessage AckNoSuchExport{QT_TRANSLATE_NOOP("engine", "no export named %1 on %2")};
inline const EngineMessage AckErpOrder{QT_TRANSLATE_NOOP("engine", "ERP order %1 (%2)")};
inline const EngineMessage ErpRejected{QT_TRANSLATE_NOOP("engine", "ERP rejected the order: %1")};
inline const EngineMessage ErpRejectedWithCode{QT_TRANSLATE_NOOP("engine", "ERP rejected the order: %1 (%2)")};
inline const EngineMessage NoReasonGiven{QT_TRANSLATE_NOOP("engine", "no reason given")};
inline const EngineMessage AckExportStays{QT_TRANSLATE_NOOP("engine", "%1 The export stays %2.")};
inline const EngineMessage AckLostConnection{QT_TRANSLATE_NOOP("engine", "%1: lost the connection while reading %2: %3")};
inline const EngineMessage AckNotApplied{QT_TRANSLATE_NOOP("engine", "%1: could not apply %2 (%3); it stays in %4 for the next poll.")};
inline const EngineMessage AckNotMoved{QT_TRANSLATE_NOOP("engine", "%1: could not move %2: %3")};

} // namespace orderflow::msg
