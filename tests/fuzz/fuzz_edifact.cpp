// libFuzzer target: the EDIFACT tokenizer and the whole ORDERS reader (envelopes, mapping, CONTRL writing), and the
// same file read one interchange at a time (DocumentStream).
#include "StreamCheck.h"
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/edifact/EdifactTokenizer.h"

#include <cstddef>
#include <cstdint>

using namespace orderflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const bool skipJunk : {false, true}) {
        EdifactTokenizer tokenizer(input, skipJunk);
        EdifactSegment segment;
        EdifactLexError error;
        for (int steps = 0;; ++steps) {
            const EdifactTokenizer::Step step = tokenizer.next(segment, error);
            if (step == EdifactTokenizer::Step::End)
                break;
            if (step == EdifactTokenizer::Step::Segment) {
                volatile qsizetype sink = segment.tag().size();
                for (int e = 0; e <= segment.elementCount() + 1; ++e) {
                    for (int c = 0; c <= segment.componentCount(e) + 1; ++c)
                        sink = sink + segment.value(e, c).size() + segment.text(e, c).size();
                    sink = sink + segment.elementOffset(e);
                }
                (void)sink;
            }
            if (steps > int(size) * 2 + 16)
                __builtin_trap();   // no progress: would loop forever
        }

        ParseOptions options;
        options.generateAcknowledgements = true;
        options.skipLeadingJunk = skipJunk;
        const ParseResult result = readEdifactOrders(input, options);
        fuzz::checkStreamedLikeWhole(input, options, QStringLiteral("edifact-orders"), result);
        for (const ParseError &e : result.errors) {
            if (e.offset > qint64(size))
                __builtin_trap();
        }
        // Every CONTRL written must itself tokenize cleanly.
        for (const OutboundDocument &ack : result.acknowledgements) {
            EdifactTokenizer check(ack.content);
            while (true) {
                const EdifactTokenizer::Step step = check.next(segment, error);
                if (step == EdifactTokenizer::Step::End)
                    break;
                if (step == EdifactTokenizer::Step::Error)
                    __builtin_trap();
            }
        }
    }
    return 0;
}
