// Exact decimal numbers for money and quantities: an integer mantissa and a decimal scale. Never binary floating point.
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace orderflow {

__extension__ typedef __int128 Int128;   // GCC/Clang built-in; silences -Wpedantic

// The range: at most 36 significant digits, at most 18 of them after the decimal point. Every operation either gives
// the exact result or reports that it does not fit (nullopt); none ever overflows the 128-bit mantissa.
class Decimal {
public:
    static constexpr int kMaxDigits = 36;
    static constexpr int kMaxScale = 18;

    // Why parse() refused a text, with the counts an error message needs.
    struct Refusal {
        enum Reason {
            NotANumber,        // not the shape of a decimal number at all
            TooManyDigits,     // a number, but more than kMaxDigits significant digits
            TooManyDecimals,   // a number, but more than kMaxScale digits after the point
        };
        Reason reason = NotANumber;
        int significantDigits = 0;   // leading zeros do not count
        int decimals = 0;            // digits after the point
    };

    Decimal() = default;
    static Decimal fromInt(long long value) { return Decimal(value, 0); }

    // Accepts "12", "-3.50", "+0.125", ".5", "5." (no exponents, no thousands separators). When given, *why says
    // why a text was refused.
    static std::optional<Decimal> parse(QStringView text, Refusal *why = nullptr);
    static std::optional<Decimal> parse(QByteArrayView text, Refusal *why = nullptr);

    // Plain notation with at least minScale fractional digits (money uses 2); trailing zeros beyond that are dropped.
    QString toString(int minScale = 0) const;

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    int scale() const { return m_scale; }

    // nullopt when the exact result does not fit the range (values far beyond any order).
    std::optional<Decimal> add(const Decimal &other) const;
    std::optional<Decimal> subtract(const Decimal &other) const;
    std::optional<Decimal> multiply(const Decimal &other) const;
    // The exact quotient; nullopt when the divisor is zero or the quotient has no exact value in the range
    // (10 / 12 = 0.8333…).
    std::optional<Decimal> divide(const Decimal &divisor) const;

    // Exact for every pair of values in the range, however different their scales.
    std::strong_ordering operator<=>(const Decimal &other) const;
    bool operator==(const Decimal &other) const { return (*this <=> other) == 0; }

private:
    Decimal(Int128 mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) {}
    Decimal normalized() const;

    // Invariant: |m_mantissa| < 10^kMaxDigits, 0 <= m_scale <= kMaxScale, no trailing zero digits after the point.
    Int128 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace orderflow
