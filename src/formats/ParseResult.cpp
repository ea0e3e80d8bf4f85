#include "formats/ParseResult.h"

#include "domain/messages/ParseMessages.h"

namespace orderflow {
namespace {
// Private-use characters: messages hold file data only as ASCII or Latin-1 text, never these.
constexpr char16_t kOffsetMark = 0xE000;
constexpr char16_t kFirstPlaceMark = 0xE001;
constexpr int kMaxPlaces = 16;
} // namespace

QString ParseError::offsetMark()
{
    return QString(QChar(kOffsetMark));
}

QString ParseError::placeMark(int i)
{
    Q_ASSERT(i >= 0 && i < kMaxPlaces);
    return QString(QChar(char16_t(kFirstPlaceMark + i)));
}

void ParseError::setMessage(const QString &text)
{
    messageText = text;
    message.clear();
    message.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == kOffsetMark)
            message += QString::number(offset);
        else if (u > kOffsetMark && u < kFirstPlaceMark + kMaxPlaces)
            message += QString::number(places.value(u - kFirstPlaceMark, -1));
        else
            message += c;
    }
}

void ParseError::moveBy(qint64 bytes)
{
    if (offset >= 0)
        offset += bytes;
    for (qint64 &place : places)
        place += bytes;
    if (!messageText.isEmpty())
        setMessage(messageText);
}

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
