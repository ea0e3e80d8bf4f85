#include "formats/edifact/EdifactOrdersReader.h"

namespace orderflow {

ParseResult readEdifactOrders(QByteArrayView, const ParseOptions &options)
{
    ParseResult r;
    ParseError e;
    e.file = options.fileName;
    e.message = QStringLiteral("EDIFACT ORDERS is not supported by this build yet.");
    r.errors.append(e);
    return r;
}

} // namespace orderflow
