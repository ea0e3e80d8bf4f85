// The one text form of times in the database: UTC ISO 8601 with milliseconds, which sorts as text.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace orderflow {

QString timeText(const QDateTime &t);
QString nowText();
QDateTime timeFromText(const QString &text);
// A QVariant holding the time's text, or NULL for an invalid time.
QVariant timeOrNull(const QDateTime &t);
QVariant textOrNull(const QString &s);
// An empty string, never NULL, for "(? = '' OR column = ?)" filters.
inline QString nonNull(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

} // namespace orderflow
