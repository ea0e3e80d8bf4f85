// For the fuzzers: read one interchange at a time (DocumentStream), a file must give what the whole-file reader
// gave — the same number of orders and the same errors at the same bytes and segments.
#pragma once

#include "formats/DocumentStream.h"
#include "formats/EdiText.h"

#include <cstdio>

namespace orderflow::fuzz {

// Says what differs before the fuzzer stops, so a finding can be read without a debugger.
inline void printErrors(const char *side, qsizetype orders, const QList<ParseError> &errors)
{
    std::fprintf(stderr, "%s: %lld order(s), %lld error(s)\n", side, static_cast<long long>(orders), static_cast<long long>(errors.size()));
    for (const ParseError &e : errors)
        std::fprintf(stderr, "  offset %lld segment %d %s element %s interchange %s: %s\n", static_cast<long long>(e.offset),
                     int(e.segmentIndex), qPrintable(e.segmentTag), qPrintable(e.element), qPrintable(e.interchange), qPrintable(e.message));
}

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
    const auto differ = [&] {
        printErrors("read whole", whole.orders.size(), whole.errors);
        printErrors("streamed", orders, errors);
        __builtin_trap();
    };
    if (orders != whole.orders.size() || errors.size() != whole.errors.size())
        differ();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const ParseError &e = errors[i], &w = whole.errors[i];
        if (w.offset < 0)
            differ();   // every EDI error points at a byte of the file
        if (w.offset != e.offset || w.segmentIndex != e.segmentIndex || w.message != e.message || w.interchange != e.interchange
            || w.segmentTag != e.segmentTag || w.element != e.element)
            differ();
    }
}

} // namespace orderflow::fuzz
