#include "formats/x12/X12OrderReader.h"

namespace orderflow {

ParseResult readX12Orders(QByteArrayView, const ParseOptions &options)
{
    ParseResult r;
    ParseError e;
    e.file = options.fileName;
    e.message = QStringLiteral("X12 850 is not supported by this build yet.");
    r.errors.append(e);
    return r;
}

} // namespace orderflow
