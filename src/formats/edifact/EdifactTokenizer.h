// Splits UN/EDIFACT bytes into segments: UNA service characters per interchange, release character anywhere.
#pragma once

#include "formats/edifact/EdifactSegment.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace orderflow {

struct EdifactLexError {
    qint64 offset = 0;
    int segmentIndex = 0;   // index the next segment would get
    qint64 length = 0;      // bytes skipped
    QString message;        // with ParseError's marks for the bytes it names (ParseError::setMessage renders it)
    QList<qint64> places;   // the bytes its placeMark()s stand for
};

// Works on the caller's bytes without copying them; only a segment with CR/LF inside (a hard-wrapped file)
// is copied into a scratch buffer. A UNA is returned as a segment of its own (tag "UNA", no elements) so
// that segment numbers count it the way the file shows it. Liberal about a UTF-8 BOM, line breaks and
// spaces between segments, NUL/DOS EOF padding and a missing final terminator.
class EdifactTokenizer {
public:
    // skipLeadingJunk: bytes before the first UNA/UNB are skipped silently instead of ending the read
    // with an error (for partners whose systems prepend a banner).
    explicit EdifactTokenizer(QByteArrayView content, bool skipLeadingJunk = false);
    // The tokenizer keeps a view: a temporary buffer would be gone before the first next() (ASan found one).
    explicit EdifactTokenizer(QByteArray &&, bool = false) = delete;

    enum class Step { Segment, Error, End };
    // Error is reported once for junk before the first interchange (then End unless skipping junk).
    Step next(EdifactSegment &segment, EdifactLexError &error);

    const EdifactDelimiters &delimiters() const { return m_delimiters; }
    bool serviceStringAdvice() const { return m_hasUna; }   // the current interchange started with a UNA
    QByteArrayView segmentSuffix() const { return m_suffix; }  // what follows a terminator ("\r\n", "\n", "")

    // Whether the 9 bytes of a UNA define distinct non-alphanumeric separators, no line break among the element and
    // component separators; if not, the defaults apply.
    static bool usableUna(QByteArrayView una);

private:
    Step start(EdifactLexError &error);
    Step readUna(EdifactSegment &segment, EdifactLexError &error);
    void skipBetweenSegments();
    void split(EdifactSegment &segment, QByteArrayView raw) const;
    bool scanSegment(EdifactSegment &segment, qsizetype begin);
    Step finish(EdifactSegment &segment, qsizetype begin);
    void setDelimiters(const EdifactDelimiters &delimiters);

    QByteArrayView m_content;
    qsizetype m_pos = 0;
    bool m_skipLeadingJunk = false;
    bool m_started = false;
    bool m_hasUna = false;
    bool m_suffixKnown = false;
    int m_segmentIndex = 0;
    EdifactDelimiters m_delimiters;
    // Per byte: 1 element separator, 2 component separator, 3 release character, 0 data. One table lookup
    // per byte instead of three comparisons in the innermost loop.
    unsigned char m_class[256] = {};
    // scanSegment()'s byte patterns, sixteen copies each (terminator, element separator, component separator, release
    // character or, without one, the terminator again), made once per interchange instead of once per segment.
    alignas(16) char m_splat[4][16] = {};
    QByteArrayView m_suffix;
    QByteArray m_scratch;
};

} // namespace orderflow
