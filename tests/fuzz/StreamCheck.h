// For the fuzzers: read one interchange at a time (DocumentStream), a file must give what the whole-file reader
// gave — the same number of orders and the same errors at the same bytes and segments.
#pragma once

#include "formats/DocumentStream.h"
#include "formats/EdiText.h"

namespace orderflow::fuzz {

inline void checkStreamedLikeWhole(QByteArrayView input, ParseOptions options, const QString &format, const ParseResult &whole)
{
    options.format = format;
    DocumentStream stream(input, options);
    ParseResult part;
    qsizetype orders = 0;
    QList<ParseError> errors;
    while (stream.next(part)) {
        orders += part.orders.size();
        errors += part.errors;
    }
    // Each part lists its errors by position, those without one last; the whole file puts those last of all.
    edi::sortByPosition(errors);
    if (orders != whole.orders.size() || errors.size() != whole.errors.size())
        __builtin_trap();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        if (errors[i].offset != whole.errors[i].offset || errors[i].segmentIndex != whole.errors[i].segmentIndex
            || errors[i].message != whole.errors[i].message)
            __builtin_trap();
    }
}

} // namespace orderflow::fuzz
