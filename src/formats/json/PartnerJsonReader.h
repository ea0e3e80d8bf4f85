// The partner JSON format (DESIGN §2) with a per-source field mapping.
//
// A document is one order object, an array of them, or {"orders": [...]}. The mapping names where each
// canonical field is found in the partner's object, as a dotted path; unmapped fields use these defaults:
//   order_number: "id"            customer_name: "customer"      customer_id: "customer_id"
//   order_date: "submitted_at"    delivery_date: "delivery_date" currency: "currency"   notes: "notes"
//   ship_to: "ship_to"            bill_to: "bill_to"             lines: "items"
//   line_sku: "sku"  line_partner_sku: "partner_sku"  line_gtin: "gtin"  line_description: "description"
//   line_quantity: "quantity"  line_unit: "unit"  line_unit_price: "unit_price"
// Decimals may be JSON numbers (up to 15 significant digits) or strings ("12.50", up to 36 significant digits and
// 18 after the point). A document with a duplicate key in any object is refused as a whole (key, path, position).
#pragma once

#include "formats/ParseResult.h"

#include <QByteArrayView>

namespace orderflow {

ParseResult readPartnerJson(QByteArrayView content, const ParseOptions &options);

// The canonical field names a mapping may set, with their defaults (for `orderflow functions list` and docs).
QList<QPair<QString, QString>> partnerJsonDefaultMapping();

} // namespace orderflow
