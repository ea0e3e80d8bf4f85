// Reading what an HTTP server answered, for every HTTP client of the engine (the REST ERP connector, REST
// sources): how long it asks us to wait (Retry-After), and its error message in a form fit for a log line —
// short, one line, with every secret we sent it taken out again (a server may echo a request back).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace orderflow {

// Retry-After as delay-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"), in milliseconds from
// `now`; -1 when absent or unreadable, 0 for a date in the past.
qint64 parseRetryAfterMs(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

// The server's own words from an error body: a JSON body's "message", "error" (a string or an object with a
// message), "detail", "title" or "error_description"; else the text itself. One line, at most maxChars, control
// characters removed, and each of `secrets` (and anything after "Bearer ") replaced by "[redacted]".
QString serverMessage(const QByteArray &body, const QList<QByteArray> &secrets, int maxChars = 300);

// `text` with each of `secrets` and every bearer token replaced by "[redacted]".
QString redactSecrets(QString text, const QList<QByteArray> &secrets);

} // namespace orderflow
