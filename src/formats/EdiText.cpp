#include "formats/EdiText.h"

#include <algorithm>
#include <limits>

namespace orderflow::edi {

bool isSegmentTag(QByteArrayView tag, int minLength)
{
    if (tag.size() < minLength || tag.size() > 3)
        return false;
    for (const char c : tag) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

bool sameNumber(QByteArrayView a, QByteArrayView b)
{
    bool okA = false;
    bool okB = false;
    const qulonglong x = a.trimmed().toULongLong(&okA);
    const qulonglong y = b.trimmed().toULongLong(&okB);
    return okA && okB ? x == y : a.trimmed() == b.trimmed();
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

bool allDigits(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int digitsValue(QByteArrayView digits)
{
    int v = 0;
    for (const char c : digits)
        v = v * 10 + (c - '0');
    return v;
}

void setCustomer(Order &order, const QString &buyerId, const QString &buyerName, const QString &interchangeSender)
{
    order.customer.partnerId = buyerId.isEmpty() ? interchangeSender : buyerId;
    order.customer.name = !buyerName.isEmpty() ? buyerName : order.shipTo.name;
}

void sortByPosition(QList<ParseError> &errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const ParseError &a, const ParseError &b) {
        return (a.offset < 0 ? std::numeric_limits<qint64>::max() : a.offset)
            < (b.offset < 0 ? std::numeric_limits<qint64>::max() : b.offset);
    });
}

} // namespace orderflow::edi
