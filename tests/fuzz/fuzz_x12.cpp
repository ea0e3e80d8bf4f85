// libFuzzer target: the X12 tokenizer and the whole 850 reader (envelopes, mapping, 997 writing) on any bytes, and
// the same file read one interchange at a time (DocumentStream).
#include "StreamCheck.h"
#include "formats/x12/X12OrderReader.h"
#include "formats/x12/X12Tokenizer.h"

#include <cstddef>
#include <cstdint>

using namespace orderflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The tokenizer must make progress on every step and touch only the input.
    X12Tokenizer tokenizer(input);
    X12Segment segment;
    X12LexError error;
    qint64 lastPosition = -1;
    for (int steps = 0;; ++steps) {
        const X12Tokenizer::Step step = tokenizer.next(segment, error);
        if (step == X12Tokenizer::Step::End)
            break;
        if (tokenizer.position() <= lastPosition && step != X12Tokenizer::Step::Segment)
            __builtin_trap();   // no progress: would loop forever
        lastPosition = tokenizer.position();
        if (step == X12Tokenizer::Step::Segment) {
            volatile qsizetype sink = segment.tag().size();
            for (int i = 0; i <= segment.elementCount() + 1; ++i)
                sink = sink + segment.element(i).size() + segment.component(i, 2).size() + segment.elementOffset(i);
            (void)sink;
        }
        if (steps > int(size) * 2 + 16)
            __builtin_trap();
    }

    ParseOptions options;
    options.generateAcknowledgements = true;
    const ParseResult result = readX12Orders(input, options);
    fuzz::checkStreamedLikeWhole(input, options, QStringLiteral("x12-850"), result);
    for (const ParseError &e : result.errors) {
        if (e.offset > qint64(size))
            __builtin_trap();   // an error must point into the file
    }
    // Every 997 written must itself be well-formed X12.
    for (const OutboundDocument &ack : result.acknowledgements) {
        X12Tokenizer check(ack.content);
        while (true) {
            const X12Tokenizer::Step step = check.next(segment, error);
            if (step == X12Tokenizer::Step::End)
                break;
            if (step == X12Tokenizer::Step::Error)
                __builtin_trap();
        }
    }
    return 0;
}
