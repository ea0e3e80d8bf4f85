// Splits X12 bytes into segments, reading each interchange's delimiters from its own ISA.
#pragma once

#include "formats/x12/X12Segment.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace orderflow {

// A lexical problem: bytes that are not X12 where a segment or an ISA was expected. The tokenizer has already
// skipped to the next ISA when it reports one, so the caller just records it and asks for the next segment.
struct X12LexError {
    qint64 offset = 0;
    int segmentIndex = 0;   // index the next segment will get
    QString message;        // with ParseError's marks for the bytes it names (ParseError::setMessage renders it)
    QList<qint64> places;   // the bytes its placeMark()s stand for
};

// Works on the caller's bytes without copying them; only segments of a hard-wrapped file (CR/LF inside a
// segment) are copied into a scratch buffer. Liberal where real partners are sloppy: CR/LF/space after a
// terminator, a leading blank line, a trailing DOS EOF (0x1A) or NUL padding, a missing final terminator.
class X12Tokenizer {
public:
    // interchangeFollows: the content is a part of a file and an ISA starts right after it (DocumentStream), so
    // junk skipped up to its end is skipped up to that ISA.
    explicit X12Tokenizer(QByteArrayView content, bool interchangeFollows = false);
    // The tokenizer keeps a view: a temporary buffer would be gone before the first next().
    explicit X12Tokenizer(QByteArray &&, bool = false) = delete;

    // An ISA is 106 bytes; generous slack for senders that do not pad ISA06/ISA08 (variable-length ISA). A header
    // whose ISA16 is not among its first kMaxIsaLength bytes (line breaks not counted) is malformed: skipped.
    static constexpr int kMaxIsaLength = 200;

    enum class Step { Segment, Error, End };
    // Segment: `segment` holds the next one. Error: `error` says what was skipped. End: nothing left.
    Step next(X12Segment &segment, X12LexError &error);

    // Of the interchange the last segment belongs to.
    const X12Delimiters &delimiters() const { return m_delimiters; }
    // What followed the ISA's terminator ("\r\n", "\n", " " or nothing): echoed in acknowledgements.
    QByteArrayView segmentSuffix() const { return m_suffix; }

    qint64 position() const { return m_pos; }

    // Where the segment terminator of an ISA is, when its ISA16 is the byte before `at`: at itself, or, when that is
    // a line break followed by a byte that can be a terminator, that byte (a hard wrap before the terminator).
    // -1 when the line breaks run to the end of content and atEnd is false: the answer depends on what follows.
    static qsizetype isaTerminatorAt(QByteArrayView content, qsizetype at, bool atEnd = true);

private:
    Step nextInGeneral(X12Segment &segment, X12LexError &error);
    bool atIsa(qsizetype pos) const;
    Step readIsa(X12Segment &segment, X12LexError &error);
    Step resyncToIsa(qsizetype from, const QString &why, X12LexError &error);
    void skipBetweenSegments();
    void split(X12Segment &segment, QByteArrayView raw, qint64 offset) const;
    bool scanSegment(X12Segment &segment, qsizetype start);

    QByteArrayView m_content;
    qsizetype m_pos = 0;
    bool m_inInterchange = false;
    bool m_interchangeFollows = false;
    int m_segmentIndex = 0;
    X12Delimiters m_delimiters;
    QByteArrayView m_suffix;
    QByteArray m_scratch;   // the cleaned ISA, or a hard-wrapped segment without its CR/LF
};

} // namespace orderflow
