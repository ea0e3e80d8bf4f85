// Splits X12 bytes into segments, reading each interchange's delimiters from its own ISA.
#pragma once

#include "formats/x12/X12Segment.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace orderflow {

// A lexical problem: bytes that are not X12 where a segment or an ISA was expected. The tokenizer has already
// skipped to the next ISA when it reports one, so the caller just records it and asks for the next segment.
struct X12LexError {
    qint64 offset = 0;
    int segmentIndex = 0;   // index the next segment will get
    QString message;
};

// Works on the caller's bytes without copying them; only segments of a hard-wrapped file (CR/LF inside a
// segment) are copied into a scratch buffer. Liberal where real partners are sloppy: CR/LF/space after a
// terminator, a leading blank line, a trailing DOS EOF (0x1A) or NUL padding, a missing final terminator.
class X12Tokenizer {
public:
    explicit X12Tokenizer(QByteArrayView content);
    // The tokenizer keeps a view: a temporary buffer would be gone before the first next().
    explicit X12Tokenizer(QByteArray &&) = delete;

    enum class Step { Segment, Error, End };
    // Segment: `segment` holds the next one. Error: `error` says what was skipped. End: nothing left.
    Step next(X12Segment &segment, X12LexError &error);

    // Of the interchange the last segment belongs to.
    const X12Delimiters &delimiters() const { return m_delimiters; }
    // What followed the ISA's terminator ("\r\n", "\n", " " or nothing): echoed in acknowledgements.
    QByteArrayView segmentSuffix() const { return m_suffix; }

    qint64 position() const { return m_pos; }

private:
    bool atIsa(qsizetype pos) const;
    Step readIsa(X12Segment &segment, X12LexError &error);
    Step resyncToIsa(qsizetype from, const QString &why, X12LexError &error);
    void skipBetweenSegments();
    void split(X12Segment &segment, QByteArrayView raw, qint64 offset) const;
    bool scanSegment(X12Segment &segment, qsizetype start);

    QByteArrayView m_content;
    qsizetype m_pos = 0;
    bool m_inInterchange = false;
    int m_segmentIndex = 0;
    X12Delimiters m_delimiters;
    QByteArrayView m_suffix;
    QByteArray m_scratch;   // the cleaned ISA, or a hard-wrapped segment without its CR/LF
};

} // namespace orderflow
