// Inside storage only: the columns of an OrderRow, shared by the repositories that read one (the order list and
// the order detail), so both read the same row the same way.
#pragma once

#include "storage/OrderQuery.h"

#include <QSqlQuery>

namespace orderflow::orderrow {

// The select list of an OrderRow over `draft_order d JOIN org o … JOIN source s …`, without the sort value.
QString columns();
// How many columns columns() selects.
constexpr int kColumnCount = 15;
// Reads columns() and, right after them, the sort value.
OrderRow from(const QSqlQuery &q);

} // namespace orderflow::orderrow
