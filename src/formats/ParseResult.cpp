#include "formats/ParseResult.h"

#include "domain/messages/ParseMessages.h"

namespace orderflow {

QString ParseError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QStringList details;
    if (!interchange.isEmpty())
        details << msg::AtInterchange(interchange);
    if (segmentIndex > 0)
        details << (segmentTag.isEmpty() ? msg::AtSegment(segmentIndex) : msg::AtSegmentTag(segmentIndex, segmentTag));
    if (offset >= 0)
        details << msg::AtByte(offset);
    if (!details.isEmpty())
        where += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    return where + QStringLiteral(": ") + (element.isEmpty() ? QString() : element + QStringLiteral(": ")) + message;
}

QJsonObject ParseError::toJson() const
{
    QJsonObject o{{QStringLiteral("message"), message}, {QStringLiteral("file"), file}};
    if (!interchange.isEmpty())
        o.insert(QStringLiteral("interchange"), interchange);
    if (segmentIndex > 0)
        o.insert(QStringLiteral("segment_index"), segmentIndex);
    if (!segmentTag.isEmpty())
        o.insert(QStringLiteral("segment_tag"), segmentTag);
    if (!element.isEmpty())
        o.insert(QStringLiteral("element"), element);
    if (offset >= 0)
        o.insert(QStringLiteral("offset"), offset);
    if (line > 0) {
        o.insert(QStringLiteral("line"), line);
        o.insert(QStringLiteral("column"), column);
    }
    return o;
}

} // namespace orderflow
