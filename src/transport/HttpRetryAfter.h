// HTTP's Retry-After header (RFC 9110 §10.2.3): how long a server asked us to wait, in delay-seconds or as an
// HTTP-date.
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace orderflow {

// Milliseconds from `now` until the server's Retry-After; -1 when the header is absent or cannot be read (the
// caller then uses its own backoff). A date in the past is 0.
qint64 retryAfterMs(const QByteArray &header, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace orderflow
