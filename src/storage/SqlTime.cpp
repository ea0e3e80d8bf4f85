#include "storage/SqlTime.h"

#include <QTimeZone>

namespace orderflow {

QString timeText(const QDateTime &t)
{
    // Hand-formatted from the milliseconds since the epoch (days → civil date, the proleptic Gregorian calendar
    // QDate uses): QDateTime::toString with a pattern goes through the locale machinery, and toUTC()/date()/time()
    // through the time-zone code; this runs several times per order.
    if (!t.isValid())
        return QStringLiteral("");
    const qint64 ms = t.toMSecsSinceEpoch();
    constexpr qint64 kDayMs = 86400000;
    qint64 days = ms / kDayMs;
    qint64 inDay = ms % kDayMs;
    if (inDay < 0) {
        inDay += kDayMs;
        --days;
    }
    days += 719468;   // from 1970-01-01 to 0000-03-01
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)   // outside what four digits say: the general formatter
        return QString::asprintf("%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<long long>(year), month, day, int(inDay / 3600000),
                                 int(inDay / 60000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    // Digits written directly (snprintf alone cost ~3k instructions a call).
    char16_t text[24] = {0, 0, 0, 0, u'-', 0, 0, u'-', 0, 0, u'T', 0, 0, u':', 0, 0, u':', 0, 0, u'.', 0, 0, 0, u'Z'};
    const auto put = [&text](int at, int width, qint64 value) {
        for (int i = at + width - 1; i >= at; --i, value /= 10)
            text[i] = char16_t(u'0' + value % 10);
    };
    put(0, 4, year);
    put(5, 2, month);
    put(8, 2, day);
    put(11, 2, inDay / 3600000);
    put(14, 2, inDay / 60000 % 60);
    put(17, 2, inDay / 1000 % 60);
    put(20, 3, inDay % 1000);
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QString nowText()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Our own form, "yyyy-MM-ddTHH:mm:ss.zzzZ", read directly; anything else goes through Qt's ISO parser.
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        auto num = [&](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i) {
                const int d = text.at(i).unicode() - '0';
                if (d < 0 || d > 9)
                    return -1;
                v = v * 10 + d;
            }
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(timeText(t)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace orderflow
