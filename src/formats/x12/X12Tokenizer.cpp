#include "formats/x12/X12Tokenizer.h"

#include "domain/messages/EdiMessages.h"
#include "formats/ParseResult.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include <emmintrin.h>   // SSE2: part of every x86-64 CPU, so no -march flag is needed

namespace orderflow {
namespace {

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

// Bytes that may sit between two segments without meaning anything: line breaks after the terminator, the
// space some senders add, fixed-record padding, a DOS EOF marker, NUL padding.
bool isFiller(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\x1A' || c == '\0';
}

// "0a": a delimiter as its messages name it.
QString hex(char c)
{
    return QStringLiteral("%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArrayView X12Segment::component(int position, int index) const
{
    const QByteArrayView e = element(position);
    if (index < 1)
        return {};
    qsizetype start = 0;
    for (int i = 1; i < index; ++i) {
        const qsizetype sep = e.indexOf(m_componentSeparator, start);
        if (sep < 0)
            return {};
        start = sep + 1;
    }
    const qsizetype end = e.indexOf(m_componentSeparator, start);
    return e.sliced(start, (end < 0 ? e.size() : end) - start);
}

qint64 X12Segment::offsetOf(const char *at) const
{
    const qsizetype index = at - m_raw.data();
    // Every CR/LF removed before this byte moves it one further into the original.
    const auto removed = std::upper_bound(m_removedBefore.cbegin(), m_removedBefore.cend(), index) - m_removedBefore.cbegin();
    return m_offset + index + removed;
}

qint64 X12Segment::elementOffset(int position) const
{
    if (position <= 0)
        return m_offset;
    ensureSplit();
    if (position >= m_count)
        return m_offset;
    return offsetOf(m_raw.data() + m_bounds[size_t(position)] + 1);
}

qint64 X12Segment::componentOffset(int position, int index) const
{
    const QByteArrayView c = component(position, index);
    if (index <= 1 || c.data() == nullptr)
        return elementOffset(position);
    return offsetOf(c.data());
}

X12Tokenizer::X12Tokenizer(QByteArrayView content, bool interchangeFollows) : m_content(content), m_interchangeFollows(interchangeFollows)
{
    if (m_content.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool X12Tokenizer::atIsa(qsizetype pos) const
{
    if (pos + 3 >= m_content.size())
        return false;
    const char *d = m_content.data() + pos;
    return d[0] == 'I' && d[1] == 'S' && d[2] == 'A' && !isAlnum(d[3]) && !isFiller(d[3]);
}

void X12Tokenizer::skipBetweenSegments()
{
    while (m_pos < m_content.size() && isFiller(m_content[m_pos]))
        ++m_pos;
}

X12Tokenizer::Step X12Tokenizer::resyncToIsa(qsizetype from, const QString &why, X12LexError &error)
{
    error.offset = m_pos;
    error.segmentIndex = m_segmentIndex + 1;
    qsizetype next = from;
    while (true) {
        next = m_content.indexOf("ISA", next);
        if (next < 0 || atIsa(next))
            break;
        ++next;
    }
    if (next < 0 && m_interchangeFollows)
        next = m_content.size();
    const qsizetype skipped = (next < 0 ? m_content.size() : next) - m_pos;
    error.places = {next};
    error.message = next < 0 ? msg::X12SkippedRest(why, skipped) : msg::X12SkippedToIsa(why, skipped, ParseError::placeMark(0));
    m_pos = next < 0 ? m_content.size() : next;
    m_inInterchange = false;
    return Step::Error;
}

qsizetype X12Tokenizer::isaTerminatorAt(QByteArrayView content, qsizetype at, bool atEnd)
{
    // A line break after ISA16 is either the terminator itself (LF or CR as terminator) or a hard wrap before the
    // real terminator: the next byte that is no line break tells which.
    if (at >= content.size() || !isLineBreak(content[at]))
        return at;
    qsizetype q = at;
    while (q < content.size() && isLineBreak(content[q]))
        ++q;
    if (q >= content.size())
        return atEnd ? at : -1;
    return !isAlnum(content[q]) && !isFiller(content[q]) ? q : at;
}

X12Tokenizer::Step X12Tokenizer::readIsa(X12Segment &segment, X12LexError &error)
{
    const qsizetype start = m_pos;
    // Gather the header without CR/LF first: files hard-wrapped at 80 columns break the ISA anywhere, and
    // the delimiters can only be found by counting element separators in the unbroken header.
    char header[kMaxIsaLength];
    int n = 0;
    int separators = 0;
    char separator = 0;
    bool complete = false;
    qsizetype p = start;
    segment.m_removedBefore.clear();
    while (p < m_content.size() && n < kMaxIsaLength) {
        const char c = m_content[p++];
        if (isLineBreak(c)) {
            segment.m_removedBefore.push_back(n);
            continue;
        }
        header[n++] = c;
        if (n == 4) {   // the element separator is ISA's first one
            separator = c;
            separators = 1;
            continue;
        }
        if (n > 4) {
            if (separators == 16) {   // the byte after the 16th separator is ISA16
                complete = true;
                break;
            }
            if (c == separator)
                ++separators;
        }
    }
    if (!complete) {
        return resyncToIsa(start + 3,
                           p >= m_content.size()
                               ? msg::X12IsaCutShort(ParseError::offsetMark())
                               : msg::X12IsaMalformed(ParseError::offsetMark(), QString(QLatin1Char(separator)), kMaxIsaLength),
                           error);
    }
    const char component = header[n - 1];
    if (p >= m_content.size()) {
        return resyncToIsa(start + 3, msg::X12IsaNoTerminator(ParseError::offsetMark()), error);
    }
    const qsizetype terminatorAt = isaTerminatorAt(m_content, p);
    const char terminator = m_content[terminatorAt];
    const qsizetype afterTerminator = terminatorAt + 1;
    if (isAlnum(component) || component == separator || component == terminator || isAlnum(terminator)
        || terminator == separator) {
        return resyncToIsa(start + 3,
                           msg::X12IsaDelimiters(ParseError::offsetMark(), hex(separator), hex(component), hex(terminator)),
                           error);
    }

    m_delimiters = X12Delimiters{separator, component, terminator, 0};
    m_scratch = QByteArray(header, n);
    split(segment, m_scratch, start);
    segment.m_cleaned = (p - start) != n;
    if (!segment.m_cleaned)
        segment.m_removedBefore.clear();
    // ISA11 is the repetition separator from version 00402 on; before that it is a standards identifier ("U").
    const QByteArrayView isa11 = segment.element(11);
    const QByteArrayView isa12 = segment.element(12);
    if (isa11.size() == 1 && isa12.size() == 5 && isa12 >= QByteArrayView("00402") && !isAlnum(isa11[0])
        && isa11[0] != separator && isa11[0] != component && isa11[0] != terminator)
        m_delimiters.repetition = isa11[0];

    m_pos = afterTerminator;
    qsizetype suffixEnd = m_pos;
    while (suffixEnd < m_content.size() && suffixEnd - m_pos < 2 && isLineBreak(m_content[suffixEnd]))
        ++suffixEnd;
    if (suffixEnd == m_pos && m_pos < m_content.size() && m_content[m_pos] == ' ')
        ++suffixEnd;
    m_suffix = m_content.sliced(m_pos, suffixEnd - m_pos);
    m_inInterchange = true;
    segment.m_index = ++m_segmentIndex;
    return Step::Segment;
}

void X12Tokenizer::split(X12Segment &segment, QByteArrayView raw, qint64 offset) const
{
    segment.m_raw = raw;
    segment.m_offset = offset;
    segment.m_componentSeparator = m_delimiters.component;
    segment.m_elementSeparator = m_delimiters.element;
    segment.m_cleaned = false;
    segment.m_count = 0;   // split when an element is read
    const qsizetype tagEnd = raw.indexOf(m_delimiters.element);
    segment.m_tagEnd = tagEnd < 0 ? raw.size() : tagEnd;
    segment.m_tagCode = x12Tag(raw.first(segment.m_tagEnd));
}

// Where the elements of raw end, 16 bytes at a time; only for the segments whose elements are read (most segments of
// a purchase order are never looked at past their tag).
void X12Segment::splitElements() const
{
    const char *data = m_raw.data();
    const qsizetype size = m_raw.size();
    qsizetype *bounds = boundsFor(18);
    bounds[0] = -1;
    int count = 1;
    qsizetype pos = 0;
    const __m128i separators = _mm_set1_epi8(m_elementSeparator);
    for (; pos + 16 <= size; pos += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        quint64 bits = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, separators)));   // 64 bits: no widening
        if (!bits)
            continue;
        if (m_bounds.size() < size_t(count) + 18)
            bounds = boundsFor(size_t(count) + 18);
        qsizetype *out = bounds + count;
        do {
            *out++ = pos + qsizetype(__builtin_ctzll(bits));   // bits != 0
            bits &= bits - 1;
        } while (bits);
        count = int(out - bounds);
    }
    bounds = boundsFor(size_t(count) + 18);   // fewer than 16 bytes are left
    for (; pos < size; ++pos) {
        if (data[pos] == m_elementSeparator)
            bounds[count++] = pos;
    }
    bounds[count] = size;
    m_count = count;
}

// The common segment in one pass: 16 bytes at a time, the terminator and any CR/LF found together, and where the tag
// ends (its elements are split only when one is read). Gives up (false) on a segment with CR/LF before its terminator
// or without a terminator: next() then takes the general way, which handles hard wraps and a last segment without
// terminator.
[[gnu::always_inline]] inline bool X12Tokenizer::scanSegment(X12Segment &segment, qsizetype start)
{
    const char *data = m_content.data();
    const qsizetype size = m_content.size();
    const char terminator = m_delimiters.segment;
    const char separator = m_delimiters.element;
    qsizetype pos = start;
    qsizetype end = -1;
    qsizetype tagEnd = -1;   // the first separator, counted from start
    const __m128i terminators = _mm_set1_epi8(terminator);
    const __m128i separators = _mm_set1_epi8(separator);
    const __m128i crs = _mm_set1_epi8('\r');
    const __m128i lfs = _mm_set1_epi8('\n');
    for (; pos + 16 <= size; pos += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        // The terminator and CR/LF in one mask: the first of them ends the scan (the terminator is no line break).
        const unsigned atStop = unsigned(_mm_movemask_epi8(_mm_or_si128(
            _mm_cmpeq_epi8(block, terminators), _mm_or_si128(_mm_cmpeq_epi8(block, crs), _mm_cmpeq_epi8(block, lfs)))));
        if (tagEnd < 0) {
            const unsigned atSeparator = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, separators)));
            if (atSeparator)
                tagEnd = pos - start + __builtin_ctz(atSeparator);
        }
        if (atStop) {
            const int stop = __builtin_ctz(atStop);
            if (data[pos + stop] != terminator)
                return false;   // a line break before the terminator
            end = pos + stop;
            break;
        }
    }
    if (end < 0) {   // fewer than 16 bytes are left
        for (; pos < size; ++pos) {
            const char c = data[pos];
            if (c == terminator) {
                end = pos;
                break;
            }
            if (isLineBreak(c))
                return false;
            if (c == separator && tagEnd < 0)
                tagEnd = pos - start;
        }
        if (end < 0)
            return false;
    }
    if (tagEnd < 0 || tagEnd > end - start)   // no separator before the terminator: the segment is its tag
        tagEnd = end - start;
    segment.m_raw = QByteArrayView(data + start, end - start);
    segment.m_count = 0;   // split when an element is read
    segment.m_tagEnd = tagEnd;
    segment.m_offset = start;
    segment.m_componentSeparator = m_delimiters.component;
    segment.m_elementSeparator = separator;
    segment.m_cleaned = false;
    segment.m_removedBefore.clear();
    segment.m_tagCode = x12Tag(QByteArrayView(data + start, tagEnd));
    m_pos = end + 1;
    return true;
}

X12Tokenizer::Step X12Tokenizer::next(X12Segment &segment, X12LexError &error)
{
    // The usual segment first: inside an interchange, right after the last one's terminator, no filler between them
    // (every filler byte is at most ' ') and no "ISA" starting there. The terminator is no line break.
    if (m_inInterchange && m_pos < m_content.size() && uchar(m_content[m_pos]) > ' ' && m_content[m_pos] != 'I'
        && !isLineBreak(m_delimiters.segment) && scanSegment(segment, m_pos)) {
        segment.m_index = ++m_segmentIndex;
        return Step::Segment;   // not an IEA: it starts with 'I'
    }
    return nextInGeneral(segment, error);
}

// Everything else: filler between segments, an ISA, junk outside an interchange, a hard-wrapped segment, the last
// segment without its terminator. Out of line, so that the usual case above stays a small function.
[[gnu::noinline]] X12Tokenizer::Step X12Tokenizer::nextInGeneral(X12Segment &segment, X12LexError &error)
{
    skipBetweenSegments();
    if (m_pos >= m_content.size())
        return Step::End;
    if (atIsa(m_pos))
        return readIsa(segment, error);
    if (!m_inInterchange) {
        return resyncToIsa(m_pos + 1,
                           msg::X12UnexpectedData(ParseError::offsetMark()),
                           error);
    }

    const qsizetype start = m_pos;
    const char terminator = m_delimiters.segment;
    if (!isLineBreak(terminator) && scanSegment(segment, start)) {
        segment.m_index = ++m_segmentIndex;
        if (segment.m_tagCode == x12Tag("IEA"))
            m_inInterchange = false;
        return Step::Segment;
    }
    const void *hit = std::memchr(m_content.data() + start, terminator, size_t(m_content.size() - start));
    qsizetype end = hit ? static_cast<const char *>(hit) - m_content.data() : m_content.size();
    const qsizetype next = hit ? end + 1 : m_content.size();
    if (!hit) {   // a last segment without its terminator: drop trailing filler (DOS EOF, padding)
        while (end > start && isFiller(m_content[end - 1]))
            --end;
    }
    if (terminator == '\n' && end > start && m_content[end - 1] == '\r')
        --end;
    QByteArrayView raw = m_content.sliced(start, end - start);

    bool cleaned = false;
    segment.m_removedBefore.clear();
    if (!isLineBreak(terminator) && (raw.contains('\n') || raw.contains('\r'))) {
        // Hard-wrapped file: the line breaks are not data. Where each stood is kept, so that errors can
        // still name the byte of the original file.
        m_scratch.resize(0);
        m_scratch.reserve(raw.size());
        for (const char c : raw) {
            if (isLineBreak(c))
                segment.m_removedBefore.push_back(m_scratch.size());
            else
                m_scratch.append(c);
        }
        raw = m_scratch;
        cleaned = true;
        if (raw.startsWith("ISA") && raw.size() > 3 && !isAlnum(raw[3]))
            return readIsa(segment, error);   // a wrapped "IS\nA": a new interchange
    }

    split(segment, raw, start);
    segment.m_cleaned = cleaned;
    segment.m_index = ++m_segmentIndex;
    m_pos = next;
    if (segment.m_tagCode == x12Tag("IEA"))
        m_inInterchange = false;
    return Step::Segment;
}

} // namespace orderflow
