#include "transport/HttpRetryAfter.h"

#include <QLocale>
#include <QTimeZone>

namespace orderflow {

qint64 retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : seconds * 1000;
    // IMF-fixdate, the form servers must send: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    at.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(at));
}

} // namespace orderflow
