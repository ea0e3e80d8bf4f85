#include "storage/RowRuns.h"

namespace orderflow {

QString placeholderRows(qsizetype rows, int columns)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        row += QStringLiteral(",?");
    row += QLatin1Char(')');
    QString out;
    out.reserve(rows * (row.size() + 1));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += row;
    }
    return out;
}

QString placeholderList(qsizetype n)
{
    QString out;
    out.reserve(2 * n);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return out;
}

} // namespace orderflow
