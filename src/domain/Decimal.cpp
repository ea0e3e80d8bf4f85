#include "domain/Decimal.h"

#include <QByteArray>

#include <array>
#include <cstdint>

namespace orderflow {
namespace {

constexpr int kMaxDigits = Decimal::kMaxDigits;
constexpr int kMaxScale = Decimal::kMaxScale;

constexpr std::array<Int128, kMaxDigits + 1> kPow10 = [] {
    std::array<Int128, kMaxDigits + 1> p{};
    p[0] = 1;
    for (int i = 1; i <= kMaxDigits; ++i)
        p[i] = p[i - 1] * 10;
    return p;
}();
constexpr Int128 kLimit = kPow10[kMaxDigits];   // every mantissa stays strictly below this in magnitude
__extension__ typedef unsigned __int128 UInt128;
constexpr Int128 kInt128Max = Int128(~UInt128(0) >> 1);

constexpr Int128 magnitude(Int128 m) { return m < 0 ? -m : m; }

// Mantissa is the accumulator: std::uint64_t for texts of at most 18 characters (no 128-bit arithmetic for the
// usual quantity or price), Int128 for longer ones. Both give the same result.
template <typename Mantissa, typename View, typename CharAt>
std::optional<Decimal> parseDigits(View text, CharAt charAt, Decimal::Refusal *why, auto make)
{
    int digits = 0;       // significant digits (leading zeros do not count)
    int scale = 0;
    auto refuse = [&](Decimal::Refusal::Reason r) -> std::optional<Decimal> {
        if (why)
            *why = {r, digits, scale};
        return std::nullopt;
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && charAt(text, i) == ' ')
        ++i;
    qsizetype end = n;
    while (end > i && charAt(text, end - 1) == ' ')
        --end;
    bool negative = false;
    if (i < end && (charAt(text, i) == '-' || charAt(text, i) == '+')) {
        negative = charAt(text, i) == '-';
        ++i;
    }
    Mantissa mantissa = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    // Past the limits the text is still read to the end, so a long number and a non-number are told apart.
    for (; i < end; ++i) {
        const char c = charAt(text, i);
        if (c == '.') {
            if (seenPoint)
                return refuse(Decimal::Refusal::NotANumber);
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            return refuse(Decimal::Refusal::NotANumber);
        anyDigit = true;
        if (mantissa != 0 || c != '0' || digits > 0)
            ++digits;
        if (seenPoint)
            ++scale;
        if (digits <= kMaxDigits && scale <= kMaxScale)
            mantissa = mantissa * 10 + Mantissa(c - '0');
    }
    if (!anyDigit)
        return refuse(Decimal::Refusal::NotANumber);
    if (digits > kMaxDigits)
        return refuse(Decimal::Refusal::TooManyDigits);
    if (scale > kMaxScale)
        return refuse(Decimal::Refusal::TooManyDecimals);
    return make(negative ? -Int128(mantissa) : Int128(mantissa), scale);
}

template <typename View, typename CharAt>
std::optional<Decimal> parseText(View text, CharAt charAt, Decimal::Refusal *why, auto make)
{
    if (text.size() <= 18)   // at most 18 digits: below 10^18, well inside 64 bits
        return parseDigits<std::uint64_t>(text, charAt, why, make);
    return parseDigits<Int128>(text, charAt, why, make);
}

// A 256-bit magnitude in four 64-bit limbs (least significant first), for the rare products beyond 128 bits.
struct Wide {
    std::array<std::uint64_t, 4> limb{};

    static Wide product(UInt128 a, UInt128 b)
    {
        const std::uint64_t a0 = std::uint64_t(a), a1 = std::uint64_t(a >> 64);
        const std::uint64_t b0 = std::uint64_t(b), b1 = std::uint64_t(b >> 64);
        Wide w;
        auto addAt = [&w](int at, UInt128 v) {
            for (int i = at; i < 4 && v != 0; ++i) {
                const UInt128 sum = UInt128(w.limb[i]) + std::uint64_t(v);
                w.limb[i] = std::uint64_t(sum);
                v = (v >> 64) + (sum >> 64);
            }
        };
        addAt(0, UInt128(a0) * b0);
        addAt(1, UInt128(a0) * b1);
        addAt(1, UInt128(a1) * b0);
        addAt(2, UInt128(a1) * b1);
        return w;
    }
    // Divides by 10 in place; returns the remainder.
    unsigned divideBy10()
    {
        UInt128 rem = 0;
        for (int i = 3; i >= 0; --i) {
            const UInt128 cur = (rem << 64) | limb[i];
            limb[i] = std::uint64_t(cur / 10);
            rem = cur % 10;
        }
        return unsigned(rem);
    }
    bool fitsBelow(Int128 limit) const
    {
        return limb[2] == 0 && limb[3] == 0 && ((UInt128(limb[1]) << 64) | limb[0]) < UInt128(limit);
    }
    Int128 low() const { return Int128((UInt128(limb[1]) << 64) | limb[0]); }
};

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, Refusal *why)
{
    return parseText(text, [](QStringView t, qsizetype i) { return t[i].unicode() < 128 ? char(t[i].unicode()) : '\x01'; },
                       why, [](Int128 m, int s) { return Decimal(m, s).normalized(); });
}

std::optional<Decimal> Decimal::parse(QByteArrayView text, Refusal *why)
{
    // The usual quantity or price ("12", "45.50", "-3"): read in one pass in 64 bits. Anything else (blanks, a sign
    // without digits, a second point, more than 18 characters) takes the general way, which says why it refuses.
    if (!text.isEmpty() && text.size() <= 18) {
        const char *p = text.data();
        const char *const end = p + text.size();
        const bool negative = *p == '-';
        if (*p == '-' || *p == '+')
            ++p;
        std::uint64_t mantissa = 0;
        int scale = 0;
        bool point = false;
        bool digit = false;
        for (; p < end; ++p) {
            const char c = *p;
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + std::uint64_t(c - '0');
                digit = true;
                scale += point;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (p == end && digit) {
            while (scale > 0 && mantissa % 10 == 0) {
                mantissa /= 10;
                --scale;
            }
            if (mantissa == 0)
                scale = 0;
            return Decimal(negative ? -Int128(mantissa) : Int128(mantissa), scale);
        }
    }
    return parseText(text, [](QByteArrayView t, qsizetype i) { return t[i]; },
                       why, [](Int128 m, int s) { return Decimal(m, s).normalized(); });
}

std::optional<Decimal> Decimal::divide(const Decimal &divisor) const
{
    const Decimal a = normalized();
    const Decimal b = divisor.normalized();
    if (b.m_mantissa == 0)
        return std::nullopt;
    if (a.m_mantissa == 0)
        return Decimal();
    const Int128 absB = magnitude(b.m_mantissa);
    const bool negative = (a.m_mantissa < 0) != (b.m_mantissa < 0);
    // a / b = (ma / mb) * 10^(sb - sa): long division of the mantissas, one decimal at a time, until nothing
    // remains or the result would need more decimals than the range has (then it has no exact value).
    Int128 q = magnitude(a.m_mantissa) / absB;
    Int128 r = magnitude(a.m_mantissa) % absB;
    int scale = a.m_scale - b.m_scale;
    while (r != 0) {
        if (scale >= kMaxScale)
            return std::nullopt;
        r *= 10;   // r < mb < 10^36: no overflow
        q = q * 10 + r / absB;
        r %= absB;
        ++scale;
        if (q >= kLimit)
            return std::nullopt;
    }
    for (; scale < 0; ++scale) {
        if (q >= kLimit / 10)
            return std::nullopt;
        q *= 10;
    }
    return Decimal(negative ? -q : q, scale).normalized();
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
    if (d.m_scale > 0 && d.m_mantissa > -kPow10[18] && d.m_mantissa < kPow10[18]) {   // 64-bit division is far cheaper
        std::int64_t m = std::int64_t(d.m_mantissa);
        while (d.m_scale > 0 && m % 10 == 0) {
            m /= 10;
            --d.m_scale;
        }
        d.m_mantissa = m;
    }
    while (d.m_scale > 0 && d.m_mantissa % 10 == 0) {
        d.m_mantissa /= 10;
        --d.m_scale;
    }
    if (d.m_mantissa == 0)
        d.m_scale = 0;
    return d;
}

QString Decimal::toString(int minScale) const
{
    const Decimal d = normalized();
    UInt128 m = UInt128(magnitude(d.m_mantissa));
    char buf[64];
    int pos = 63;
    buf[pos] = '\0';
    int written = 0;
    do {
        buf[--pos] = char('0' + int(m % 10));
        m /= 10;
        ++written;
        if (written == d.m_scale)
            buf[--pos] = '.';
    } while (m != 0 || written < d.m_scale);
    if (buf[pos] == '.')
        buf[--pos] = '0';
    if (d.m_mantissa < 0)
        buf[--pos] = '-';
    QString out = QString::fromLatin1(buf + pos);
    // Padding is text: scaling the mantissa up could leave the 128 bits.
    if (minScale > d.m_scale) {
        if (d.m_scale == 0)
            out += QLatin1Char('.');
        out += QString(minScale - d.m_scale, QLatin1Char('0'));
    }
    return out;
}

std::optional<Decimal> Decimal::add(const Decimal &other) const
{
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    // Bring the coarser operand to the finer scale. Beyond 2 * 10^36 there the sum cannot fit: the finer operand
    // is below 10^36 and ends in a non-zero digit, so nothing cancels back into range.
    const Decimal &coarse = a.m_scale <= b.m_scale ? a : b;
    const Decimal &fine = a.m_scale <= b.m_scale ? b : a;
    const int shift = fine.m_scale - coarse.m_scale;
    if (magnitude(coarse.m_mantissa) > (2 * kLimit - 1) / kPow10[shift])
        return std::nullopt;
    const Int128 sum = coarse.m_mantissa * kPow10[shift] + fine.m_mantissa;   // below 3 * 10^36 in magnitude
    const Decimal r = Decimal(sum, fine.m_scale).normalized();
    if (magnitude(r.m_mantissa) >= kLimit)
        return std::nullopt;
    return r;
}

std::optional<Decimal> Decimal::subtract(const Decimal &other) const
{
    return add(Decimal(-other.m_mantissa, other.m_scale));   // negating stays in range: the range is symmetric
}

std::optional<Decimal> Decimal::multiply(const Decimal &other) const
{
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    if (a.m_mantissa == 0 || b.m_mantissa == 0)
        return Decimal();
    const Int128 absA = magnitude(a.m_mantissa);
    const Int128 absB = magnitude(b.m_mantissa);
    const bool negative = (a.m_mantissa < 0) != (b.m_mantissa < 0);
    int scale = a.m_scale + b.m_scale;
    Int128 m = 0;
    if (absA <= kInt128Max / absB) {
        m = absA * absB;
        while (scale > 0 && m % 10 == 0) {
            m /= 10;
            --scale;
        }
        if (m >= kLimit)
            return std::nullopt;
    } else {
        // Up to 10^72: drop the zeros the scales allow (0.5 * 2 * 10^35 is 10^35), then it must fit.
        Wide w = Wide::product(UInt128(absA), UInt128(absB));
        while (scale > 0) {
            Wide next = w;
            if (next.divideBy10() != 0)
                break;
            w = next;
            --scale;
        }
        if (!w.fitsBelow(kLimit))
            return std::nullopt;
        m = w.low();
    }
    if (scale > kMaxScale)
        return std::nullopt;
    return Decimal(negative ? -m : m, scale);
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    // Integer parts first, then the fractions at the common scale: neither step can leave 128 bits, whatever the
    // two scales are (a fraction is below 10^18 once rescaled). Truncating division keeps each part's sign.
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    const Int128 intA = a.m_mantissa / kPow10[a.m_scale];
    const Int128 intB = b.m_mantissa / kPow10[b.m_scale];
    if (intA != intB)
        return intA < intB ? std::strong_ordering::less : std::strong_ordering::greater;
    const int scale = std::max(a.m_scale, b.m_scale);
    const Int128 fracA = (a.m_mantissa % kPow10[a.m_scale]) * kPow10[scale - a.m_scale];
    const Int128 fracB = (b.m_mantissa % kPow10[b.m_scale]) * kPow10[scale - b.m_scale];
    if (fracA != fracB)
        return fracA < fracB ? std::strong_ordering::less : std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace orderflow
