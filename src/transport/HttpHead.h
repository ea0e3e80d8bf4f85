// The header fields of an HTTP head, for both directions: the monitoring server's requests (api/HttpConnection) and
// the REST client's answers (transport/HttpClient).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace orderflow {

// The "Name: value" lines of `lines` (the head after its start line), names and values trimmed, in order. Lines end
// in CRLF or a bare LF; a line without a name before its colon is skipped.
inline QList<QPair<QByteArray, QByteArray>> httpHeaderFields(QByteArrayView lines)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    qsizetype pos = 0;
    while (pos < lines.size()) {
        qsizetype next = lines.indexOf('\n', pos);
        if (next < 0)
            next = lines.size();
        const QByteArrayView line = lines.sliced(pos, next - pos).trimmed();
        pos = next + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            fields.append({line.first(colon).trimmed().toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    return fields;
}

} // namespace orderflow
