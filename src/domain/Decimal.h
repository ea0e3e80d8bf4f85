// Exact decimal numbers for money and quantities: an integer mantissa and a decimal scale. Never binary floating point.
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace orderflow {

__extension__ typedef __int128 Int128;   // GCC/Clang built-in; silences -Wpedantic

class Decimal {
public:
    Decimal() = default;
    static Decimal fromInt(long long value) { return Decimal(value, 0); }

    // Accepts "12", "-3.50", "+0.125", ".5", "5." (no exponents, no thousands separators).
    static std::optional<Decimal> parse(QStringView text);
    static std::optional<Decimal> parse(QByteArrayView text);

    // Plain notation with at least minScale fractional digits (money uses 2); trailing zeros beyond that are dropped.
    QString toString(int minScale = 0) const;

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    int scale() const { return m_scale; }

    // nullopt on overflow (values far beyond any order: more than 36 significant digits).
    std::optional<Decimal> add(const Decimal &other) const;
    std::optional<Decimal> multiply(const Decimal &other) const;

    std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

private:
    Decimal(Int128 mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) {}
    Decimal normalized() const;

    Int128 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace orderflow
