#include "formats/EdiText.h"

#include "domain/messages/EdiMessages.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace orderflow::edi {

bool sameNumber(QByteArrayView a, QByteArrayView b)
{
    bool okA = false;
    bool okB = false;
    const qulonglong x = a.trimmed().toULongLong(&okA);
    const qulonglong y = b.trimmed().toULongLong(&okB);
    return okA && okB ? x == y : a.trimmed() == b.trimmed();
}

bool sameNumber(QByteArrayView written, qint64 count)
{
    // The count's own text always reads as a number, so only a written value that reads as one can be the same.
    bool ok = false;
    const qulonglong x = written.trimmed().toULongLong(&ok);
    return ok && count >= 0 && x == qulonglong(count);
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.trimmed());
}

QString fileNamePart(QByteArrayView bytes)
{
    QString s = latin1(bytes);
    for (QChar &c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return s.isEmpty() ? QStringLiteral("unknown") : s;
}

void setCustomer(Order &order, const QString &buyerId, const QString &buyerName, const QString &interchangeSender)
{
    order.customer.partnerId = buyerId.isEmpty() ? interchangeSender : buyerId;
    order.customer.name = !buyerName.isEmpty() ? buyerName : order.shipTo.name;
}

namespace {

QString shownChar(char c)
{
    return (uchar(c) >= 0x20 && uchar(c) < 0x7F) ? QStringLiteral("'%1'").arg(QLatin1Char(c))
                                                 : QStringLiteral("byte 0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
}

// The range check shared by both notations, once the text is known to be a well-formed number.
EdiNumber inRange(QByteArrayView plain, int tooLongCode)
{
    EdiNumber n;
    Decimal::Refusal why;
    n.value = Decimal::parse(plain, &why);
    if (!n.value) {
        n.code = tooLongCode;
        n.problem = why.reason == Decimal::Refusal::TooManyDecimals
            ? msg::EdiTooManyDecimals(why.decimals, Decimal::kMaxScale)
            : msg::EdiTooManyDigits(why.significantDigits, Decimal::kMaxDigits);
    }
    return n;
}

} // namespace

EdiNumber x12Number(QByteArrayView value)
{
    value = trimmed(value);
    EdiNumber n;
    // The usual number goes straight to Decimal::parse: it accepts what X12 does (digits, one '.', a leading '-')
    // and a leading '+', which X12 does not; whatever it refuses is looked at below, to say why.
    if (!value.isEmpty() && value.front() != '+') {
        n.value = Decimal::parse(value);
        if (n.value)
            return n;
    }
    n.code = 6;   // AK403 6: invalid character in data element
    bool point = false;
    bool digit = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c == '-' && i == 0) {
        } else if (c == '.' && !point) {
            point = true;
        } else {
            n.problem = c == ','   ? msg::X12NumberComma()
                      : c == '+'   ? msg::X12NumberPlus()
                      : c == '.'   ? msg::X12NumberSecondPoint()
                                   : msg::X12NumberBadCharacter(shownChar(c));
            return n;
        }
    }
    if (!digit) {
        n.problem = msg::X12NumberNoDigit();
        return n;
    }
    return inRange(value, 5);   // AK403 5: data element too long
}

EdiNumber edifactNumber(QByteArrayView value, char decimalMark)
{
    value = trimmed(value);
    EdiNumber n;
    // The usual number goes straight to Decimal::parse: with '.' as the mark, a digit first (or '-' and a digit) and
    // a digit last, what it accepts is what ISO 9735 allows; whatever it refuses is looked at below, to say why.
    const auto digitAt = [&](qsizetype i) { return value[i] >= '0' && value[i] <= '9'; };
    if (decimalMark == '.' && value.size() > 0 && digitAt(value.size() - 1)
        && (digitAt(0) || (value.size() > 1 && value[0] == '-' && digitAt(1)))) {
        n.value = Decimal::parse(value);
        if (n.value)
            return n;
    }
    const char other = decimalMark == ',' ? '.' : ',';
    qsizetype mark = -1;
    bool digit = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c >= '0' && c <= '9') {
            digit = true;
            continue;
        }
        if (c == '-' && i == 0)
            continue;
        if (c == decimalMark && mark < 0) {
            mark = i;
            continue;
        }
        n.code = c == other || c == decimalMark ? 19 : 12;   // 0085 19: invalid decimal notation
        n.problem = c == other
            ? msg::EdifactNotTheDecimalMark(QString(QLatin1Char(c)), QString(QLatin1Char(decimalMark)),
                                            decimalMark == '.' ? msg::EdifactMarkFromUnaOrDefault() : QStringLiteral("UNA"))
            : c == decimalMark
            ? msg::EdifactSecondDecimalMark(QString(QLatin1Char(c)))
            : msg::EdifactNumberBadCharacter(shownChar(c), QString(QLatin1Char(decimalMark)));
        return n;
    }
    const bool digitBefore = mark > 0 && value[mark - 1] >= '0' && value[mark - 1] <= '9';
    const bool digitAfter = mark >= 0 && mark + 1 < value.size();
    if (!digit || (mark >= 0 && (!digitBefore || !digitAfter))) {
        n.code = digit ? 19 : 12;
        n.problem = digit ? msg::EdifactMarkNeedsDigits(QString(QLatin1Char(decimalMark))) : msg::EdifactNumberNoDigit();
        return n;
    }
    if (mark < 0 || decimalMark == '.')
        return inRange(value, 12);
    QByteArray plain = value.toByteArray();
    plain[mark] = '.';
    return inRange(plain, 12);
}

void sortByPosition(QList<ParseError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const ParseError &a, const ParseError &b) {
        return (a.offset < 0 ? std::numeric_limits<qint64>::max() : a.offset)
            < (b.offset < 0 ? std::numeric_limits<qint64>::max() : b.offset);
    });
}

} // namespace orderflow::edi
