// Realistic partner JSON orders (DESIGN §2's partner JSON) for demos and load tests (`orderflow generate`): a few
// customers with addresses, 1–5 lines of catalog-like SKUs, exact decimal prices, spread submission times.
// Deterministic: the same seed gives the same orders, byte for byte.
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace orderflow {

class OrderGenerator {
public:
    explicit OrderGenerator(quint32 seed) : m_seed(seed) {}
    // Order number `index` (0-based) of this seed's sequence; the same (seed, index) always gives the same order.
    QJsonObject order(int index) const;
    QByteArray orderJson(int index) const;

private:
    quint32 m_seed;
};

} // namespace orderflow
