#include "storage/SqlTime.h"

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
