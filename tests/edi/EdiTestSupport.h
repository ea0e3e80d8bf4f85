// Helpers shared by the EDI tests: building interchanges inline and reading segments back as text.
#pragma once

#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/edifact/EdifactTokenizer.h"
#include "formats/x12/X12OrderReader.h"
#include "formats/x12/X12Tokenizer.h"

#include <QByteArray>
#include <QStringList>

namespace edi_test {

// A fixed-length (106 byte) ISA with the given delimiters; the terminator is appended.
inline QByteArray isa(char element = '*', char repetition = 'U', const char *version = "00401",
                      const char *control = "000000905", char component = '>', char terminator = '~',
                      const char *sender = "SENDERID", const char *receiver = "RECEIVERID")
{
    auto pad = [](const char *v, int width) -> QByteArray {
        const QByteArray b(v);
        return b + QByteArray(width - b.size(), ' ');
    };
    const QByteArray e(1, element);
    return "ISA" + e + "00" + e + pad("", 10) + e + "00" + e + pad("", 10) + e + "ZZ" + e + pad(sender, 15) + e + "ZZ" + e
        + pad(receiver, 15) + e + "240102" + e + "1200" + e + QByteArray(1, repetition) + e + version + e + control + e
        + "0" + e + "P" + e + QByteArray(1, component) + QByteArray(1, terminator);
}

// "TAG|el1|el2" per segment: a delimiter-independent picture of what the tokenizer saw.
inline QStringList x12Segments(QByteArrayView content, int *errors = nullptr)
{
    orderflow::X12Tokenizer tokenizer(content);
    orderflow::X12Segment segment;
    orderflow::X12LexError error;
    QStringList out;
    int errorCount = 0;
    while (true) {
        const auto step = tokenizer.next(segment, error);
        if (step == orderflow::X12Tokenizer::Step::End)
            break;
        if (step == orderflow::X12Tokenizer::Step::Error) {
            ++errorCount;
            continue;
        }
        QStringList parts{QString::fromLatin1(segment.tag())};
        for (int i = 1; i <= segment.elementCount(); ++i)
            parts << QString::fromLatin1(segment.element(i));
        out << parts.join(QLatin1Char('|'));
    }
    if (errors)
        *errors = errorCount;
    return out;
}

// "TAG|c1:c2|el2" per segment, release characters removed, UNA left out.
inline QStringList edifactSegments(QByteArrayView content, bool skipJunk = false, int *errors = nullptr)
{
    orderflow::EdifactTokenizer tokenizer(content, skipJunk);
    orderflow::EdifactSegment segment;
    orderflow::EdifactLexError error;
    QStringList out;
    int errorCount = 0;
    while (true) {
        const auto step = tokenizer.next(segment, error);
        if (step == orderflow::EdifactTokenizer::Step::End)
            break;
        if (step == orderflow::EdifactTokenizer::Step::Error) {
            ++errorCount;
            continue;
        }
        if (segment.is("UNA"))
            continue;
        QStringList parts{QString::fromLatin1(segment.tag())};
        for (int e = 1; e <= segment.elementCount(); ++e) {
            QStringList components;
            for (int c = 1; c <= segment.componentCount(e); ++c)
                components << segment.text(e, c);
            parts << components.join(QLatin1Char(':'));
        }
        out << parts.join(QLatin1Char('|'));
    }
    if (errors)
        *errors = errorCount;
    return out;
}

// A file read by the X12 reader as `po.x12`, with 997s when `acks`.
inline orderflow::ParseResult readX12(const QByteArray &content, bool acks = false)
{
    orderflow::ParseOptions options;
    options.fileName = QStringLiteral("po.x12");
    options.generateAcknowledgements = acks;
    return orderflow::readX12Orders(content, options);
}

// A file read by the EDIFACT reader as `orders.edi`, with CONTRLs when `acks`.
inline orderflow::ParseResult readEdifact(const QByteArray &content, bool acks = false)
{
    orderflow::ParseOptions options;
    options.fileName = QStringLiteral("orders.edi");
    options.generateAcknowledgements = acks;
    return orderflow::readEdifactOrders(content, options);
}

// Every error as the user reads it, one per line.
inline QString errorsText(const orderflow::ParseResult &r)
{
    QStringList out;
    for (const orderflow::ParseError &e : r.errors)
        out << e.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace edi_test
