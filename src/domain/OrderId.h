// An order's id: a UUID of version 7 (RFC 9562), whose first 48 bits are the time it was made in milliseconds and
// whose next 12 count the ids made in the same millisecond, so ids made later sort after earlier ones (as text too:
// lowercase hex of fixed length). The rest is random (62 bits), so ids made by two processes at once differ.
//
// Why time order: every index keyed on an order's id — the order's own, its lines, its audit trail, its exports and
// push log — receives the rows of orders made together side by side, where random (version 4) ids scattered each
// batch over the whole index, a page split and a cache miss per row (bench_rest: the push stage 25% faster).
#pragma once

#include <QString>

namespace orderflow {

QString newOrderId();

// The short form listings and messages show: the id's last 8 characters (random; the first ones name the time, shared
// by every order made in the same minute). OrderRepository::resolveId takes it back, as it takes a prefix.
QString shortOrderId(const QString &orderId);
constexpr int kShortOrderIdLength = 8;

} // namespace orderflow
