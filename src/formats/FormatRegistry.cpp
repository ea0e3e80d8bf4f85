#include "formats/FormatRegistry.h"

#include "domain/messages/EdiMessages.h"
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/json/PartnerJsonReader.h"
#include "formats/x12/X12Ebcdic.h"
#include "formats/x12/X12OrderReader.h"

namespace orderflow {

QString detectFormat(QByteArrayView content)
{
    qsizetype i = 0;
    if (content.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < content.size() && (content[i] == ' ' || content[i] == '\r' || content[i] == '\n' || content[i] == '\t'))
        ++i;
    const QByteArrayView rest = content.sliced(i);
    if (rest.startsWith("ISA") || looksLikeEbcdicX12(content))
        return QStringLiteral("x12-850");   // the X12 reader transcodes EBCDIC itself
    if (rest.startsWith("UNA") || rest.startsWith("UNB"))
        return QStringLiteral("edifact-orders");
    if (rest.startsWith("{") || rest.startsWith("["))
        return QStringLiteral("json");
    // EDIFACT with junk before the service string advice (seen in real partner files).
    const qsizetype una = content.indexOf("UNA");
    const qsizetype unb = content.indexOf("UNB");
    if ((una >= 0 && una < 512) || (unb >= 0 && unb < 512))
        return QStringLiteral("edifact-orders");
    return {};
}

QStringList supportedFormats()
{
    return {QStringLiteral("auto"), QStringLiteral("json"), QStringLiteral("x12-850"), QStringLiteral("edifact-orders")};
}

ParseResult parseDocument(QByteArrayView content, const ParseOptions &options)
{
    QString format = options.format.isEmpty() ? QStringLiteral("auto") : options.format;
    if (format == QLatin1String("auto")) {
        format = detectFormat(content);
        if (format.isEmpty()) {
            ParseResult r;
            ParseError e;
            e.file = options.fileName;
            e.offset = 0;
            e.message = content.isEmpty()
                ? msg::FileEmpty()
                : msg::UnrecognisedContent();
            r.errors.append(e);
            return r;
        }
    }
    if (format == QLatin1String("json"))
        return readPartnerJson(content, options);
    if (format == QLatin1String("x12-850"))
        return readX12Orders(content, options);
    if (format == QLatin1String("edifact-orders"))
        return readEdifactOrders(content, options);

    ParseResult r;
    ParseError e;
    e.file = options.fileName;
    e.message = msg::UnknownFormat(format, supportedFormats().join(QStringLiteral(", ")));
    r.errors.append(e);
    return r;
}

} // namespace orderflow
