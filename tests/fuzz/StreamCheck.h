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
    // Streaming never loses or invents an order, and gives exactly the whole file's errors, in the same order, at
    // the same bytes and segments.
    if (orders != whole.orders.size() || errors.size() != whole.errors.size())
        __builtin_trap();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const ParseError &e = errors[i], &w = whole.errors[i];
        if (w.offset < 0)
            __builtin_trap();   // every EDI error points at a byte of the file
        if (w.offset != e.offset || w.segmentIndex != e.segmentIndex || w.message != e.message || w.interchange != e.interchange
            || w.segmentTag != e.segmentTag || w.element != e.element)
            __builtin_trap();
    }
}

} // namespace orderflow::fuzz
