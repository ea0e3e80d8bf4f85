// Inside storage only: the columns of an OrderRow, shared by the repositories that read one (the order list and
// the order detail), so both read the same row the same way.
#pragma once

#include "domain/Order.h"
#include "storage/OrderQuery.h"

#include <QSqlQuery>

namespace orderflow::orderrow {

// The select list of an OrderRow over `draft_order d JOIN org o … JOIN source s …`, without the sort value.
QString columns();
// How many columns columns() selects.
constexpr int kColumnCount = 15;
// Reads columns() and, right after them, the sort value.
OrderRow from(const QSqlQuery &q);
// An address column (JSON) as the domain's Address; shared by every repository that reads an order.
Address addressFromJson(const QString &text);

} // namespace orderflow::orderrow
