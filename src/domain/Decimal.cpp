#include "domain/Decimal.h"

#include <QByteArray>

namespace orderflow {
namespace {

constexpr int kMaxDigits = 36;
constexpr int kMaxScale = 18;

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

const Int128 kLimit = pow10(kMaxDigits);

template <typename View>
std::optional<Decimal> parseDigits(View text, auto charAt, auto make)
{
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
    Int128 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool seenPoint = false;
    bool anyDigit = false;
    for (; i < end; ++i) {
        const char c = charAt(text, i);
        if (c == '.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        anyDigit = true;
        if (mantissa != 0 || c != '0')
            ++digits;
        if (digits > kMaxDigits)
            return std::nullopt;
        mantissa = mantissa * 10 + (c - '0');
        if (seenPoint) {
            if (++scale > kMaxScale)
                return std::nullopt;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    return make(negative ? -mantissa : mantissa, scale);
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text)
{
    return parseDigits(text, [](QStringView t, qsizetype i) { return t[i].unicode() < 128 ? char(t[i].unicode()) : '\x01'; },
                       [](Int128 m, int s) { return Decimal(m, s).normalized(); });
}

std::optional<Decimal> Decimal::parse(QByteArrayView text)
{
    return parseDigits(text, [](QByteArrayView t, qsizetype i) { return t[i]; },
                       [](Int128 m, int s) { return Decimal(m, s).normalized(); });
}

Decimal Decimal::normalized() const
{
    Decimal d = *this;
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
    Decimal d = normalized();
    Int128 m = d.m_mantissa;
    int scale = d.m_scale;
    while (scale < minScale) {
        m *= 10;
        ++scale;
    }
    const bool negative = m < 0;
    if (negative)
        m = -m;
    char buf[64];
    int pos = 63;
    buf[pos] = '\0';
    int written = 0;
    do {
        buf[--pos] = char('0' + int(m % 10));
        m /= 10;
        ++written;
        if (written == scale)
            buf[--pos] = '.';
    } while (m != 0 || written < scale);
    if (buf[pos] == '.')
        buf[--pos] = '0';
    if (negative)
        buf[--pos] = '-';
    return QString::fromLatin1(buf + pos);
}

std::optional<Decimal> Decimal::add(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 a = m_mantissa * pow10(scale - m_scale);
    const Int128 b = other.m_mantissa * pow10(scale - other.m_scale);
    const Int128 sum = a + b;
    if (sum >= kLimit || sum <= -kLimit)
        return std::nullopt;
    return Decimal(sum, scale).normalized();
}

std::optional<Decimal> Decimal::multiply(const Decimal &other) const
{
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    if (a.m_mantissa == 0 || b.m_mantissa == 0)
        return Decimal();
    const Int128 absA = a.m_mantissa < 0 ? -a.m_mantissa : a.m_mantissa;
    const Int128 absB = b.m_mantissa < 0 ? -b.m_mantissa : b.m_mantissa;
    if (absA > kLimit / absB)
        return std::nullopt;
    Decimal r(a.m_mantissa * b.m_mantissa, a.m_scale + b.m_scale);
    r = r.normalized();
    if (r.m_scale > kMaxScale)
        return std::nullopt;
    return r;
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Int128 a = m_mantissa * pow10(scale - m_scale);
    const Int128 b = other.m_mantissa * pow10(scale - other.m_scale);
    if (a < b)
        return std::strong_ordering::less;
    if (a > b)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace orderflow
