#include "storage/SqlTime.h"

#include <QTimeZone>

#include <cstdio>

namespace orderflow {

QString timeText(const QDateTime &t)
{
    // Hand-formatted: QDateTime::toString with a pattern goes through the locale machinery and showed up in
    // profiles, and this runs several times per order.
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), tm.hour(), tm.minute(), tm.second(), tm.msec());
    return QString::fromLatin1(buf, 24);
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
