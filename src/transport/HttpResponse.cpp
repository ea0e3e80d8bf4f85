#include "transport/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace orderflow {

qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min<qlonglong>(seconds, std::numeric_limits<qint64>::max() / 2000) * 1000;
    // IMF-fixdate, the form RFC 9110 asks servers to send (the obsolete forms are not worth a guess).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

QString redactSecrets(QString text, const QList<QByteArray> &secrets)
{
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)\\S+"), QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &s : secrets) {
        if (s.size() >= 4)   // a one-letter "secret" would blank out the message, not protect anything
            text.replace(QString::fromUtf8(s), QStringLiteral("[redacted]"));
    }
    return text.replace(bearer, QStringLiteral("\\1[redacted]"));
}

QString serverMessage(const QByteArray &body, const QList<QByteArray> &secrets, int maxChars)
{
    QString text;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char *key : {"message", "error", "detail", "title", "error_description"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString() && !v.toString().isEmpty()) {
                text = v.toString();
                break;
            }
            if (v.isObject() && v.toObject().value(QStringLiteral("message")).isString()) {
                text = v.toObject().value(QStringLiteral("message")).toString();
                break;
            }
        }
        if (text.isEmpty())
            text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    } else {
        text = QString::fromUtf8(body);   // whole: a secret cut in half before redaction would leak its first half
    }
    static const QRegularExpression controls(QStringLiteral("[\\x00-\\x1f\\x7f]+"));
    text = redactSecrets(text.replace(controls, QStringLiteral(" ")).simplified(), secrets);
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace orderflow
