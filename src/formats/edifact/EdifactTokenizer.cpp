#include "formats/edifact/EdifactTokenizer.h"

#include "domain/messages/EdiMessages.h"
#include "formats/ParseResult.h"
#include "formats/EdiText.h"

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

// Text for a value: valid UTF-8 (UNOW/UNOY, and UNOC files written by UTF-8 systems) reads as UTF-8,
// anything else as Latin-1 (UNOA/UNOB are ASCII subsets, UNOC is ISO 8859-1).
QString decode(QByteArrayView bytes)
{
    if (!edi::isAscii(bytes))
        return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    return QString::fromLatin1(bytes);
}

bool looksLikeHeader(QByteArrayView rest)
{
    if (rest.size() >= 9 && rest.startsWith("UNA"))
        return true;
    return rest.size() >= 4 && rest.startsWith("UNB") && !isAlnum(rest[3]);
}

QString printable(QByteArrayView bytes)
{
    QString s;
    for (const char c : bytes.first(qMin<qsizetype>(bytes.size(), 40)))
        s += (uchar(c) >= 0x20 && uchar(c) < 0x7F) ? QLatin1Char(c) : QLatin1Char('.');
    return s;
}

} // namespace

QByteArray EdifactSegment::value(int element, int component) const
{
    const QByteArrayView raw = rawComponent(element, component);
    if (!m_hasRelease || !raw.contains(m_release))
        return raw.toByteArray();
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == m_release && i + 1 < raw.size())
            ++i;
        out.append(raw[i]);
    }
    return out;
}

QString EdifactSegment::text(int element, int component) const
{
    const QByteArrayView raw = rawComponent(element, component);
    if (!m_hasRelease || !raw.contains(m_release))
        return decode(raw);
    return decode(value(element, component));
}

qint64 EdifactSegment::offsetOf(const char *at) const
{
    const qsizetype index = at - m_raw.data();
    const auto removed = std::upper_bound(m_removedBefore.cbegin(), m_removedBefore.cend(), index) - m_removedBefore.cbegin();
    return m_offset + index + removed;
}

qint64 EdifactSegment::elementOffset(int element) const
{
    if (element < 1 || element > elementCount() || componentCount(element) == 0)
        return m_offset;
    return offsetOf(m_components[m_elementStart[element]].data());
}

qint64 EdifactSegment::componentOffset(int element, int component) const
{
    if (component < 1 || component > componentCount(element))
        return elementOffset(element);
    return offsetOf(m_components[m_elementStart[element] + component - 1].data());
}

EdifactTokenizer::EdifactTokenizer(QByteArrayView content, bool skipLeadingJunk)
    : m_content(content), m_skipLeadingJunk(skipLeadingJunk)
{
    if (m_content.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    setDelimiters(EdifactDelimiters());
}

void EdifactTokenizer::setDelimiters(const EdifactDelimiters &delimiters)
{
    m_delimiters = delimiters;
    std::fill(std::begin(m_class), std::end(m_class), 0);
    // A space as release character means "none" (some UNA writers put a space there).
    if (delimiters.release != ' ')
        m_class[uchar(delimiters.release)] = 3;
    m_class[uchar(delimiters.component)] = 2;
    m_class[uchar(delimiters.element)] = 1;
    // A space as release character means "none": scanSegment matches a terminator instead, which ends the scan anyway.
    const char splat[4] = {delimiters.segment, delimiters.element, delimiters.component,
                           delimiters.release == ' ' ? delimiters.segment : delimiters.release};
    for (int i = 0; i < 4; ++i)
        std::fill(std::begin(m_splat[i]), std::end(m_splat[i]), splat[i]);
}

void EdifactTokenizer::skipBetweenSegments()
{
    const char terminator = m_delimiters.segment;
    while (m_pos < m_content.size()) {
        const char c = m_content[m_pos];
        if (c == terminator || !(isLineBreak(c) || c == ' ' || c == '\t' || c == '\0' || c == '\x1A'))
            break;
        ++m_pos;
    }
}

EdifactTokenizer::Step EdifactTokenizer::start(EdifactLexError &error)
{
    m_started = true;
    skipBetweenSegments();
    if (m_pos >= m_content.size() || looksLikeHeader(m_content.sliced(m_pos)))
        return Step::End;   // nothing to complain about; next() carries on
    // Something precedes the interchange header: find where the interchange starts.
    qsizetype found = -1;
    for (qsizetype i = m_pos; (i = m_content.indexOf("UN", i)) >= 0; ++i) {
        if (looksLikeHeader(m_content.sliced(i))) {
            found = i;
            break;
        }
    }
    error.offset = m_pos;
    error.segmentIndex = 1;
    error.places.clear();
    if (found < 0) {
        error.length = m_content.size() - m_pos;
        error.message = msg::EdifactNoHeader(printable(m_content.sliced(m_pos)));
        m_pos = m_content.size();
        return Step::Error;
    }
    error.length = found - m_pos;
    if (m_skipLeadingJunk) {
        m_pos = found;
        return Step::End;
    }
    error.message = msg::EdifactLeadingJunk(error.length, ParseError::placeMark(0), printable(m_content.sliced(m_pos)));
    error.places = {found};
    m_pos = m_content.size();
    return Step::Error;
}

bool EdifactTokenizer::usableUna(QByteArrayView una)
{
    if (una.size() < 9)
        return false;
    const EdifactDelimiters d{una[3], una[4], una[5], una[6], una[7], una[8]};
    const bool distinct = d.component != d.element && d.component != d.segment && d.element != d.segment
        && d.release != d.component && d.release != d.element && d.release != d.segment;
    // Line breaks inside a segment are dropped as wrapping (next()), so they can separate no element or component.
    return distinct && !isAlnum(d.component) && !isAlnum(d.element) && !isAlnum(d.segment) && !isLineBreak(d.component)
        && !isLineBreak(d.element);
}

EdifactTokenizer::Step EdifactTokenizer::readUna(EdifactSegment &segment, EdifactLexError &error)
{
    const QByteArrayView una = m_content.sliced(m_pos, 9);
    const EdifactDelimiters d{una[3], una[4], una[5], una[6], una[7], una[8]};
    if (!usableUna(una)) {
        error.offset = m_pos;
        error.segmentIndex = m_segmentIndex + 1;
        error.length = 9;
        error.places.clear();
        error.message = msg::EdifactBadUna(printable(una), ParseError::offsetMark());
        setDelimiters(EdifactDelimiters());
        m_hasUna = false;
        m_pos += 9;
        return Step::Error;
    }
    setDelimiters(d);
    m_hasUna = true;
    segment.m_raw = una;
    segment.m_offset = m_pos;
    segment.m_componentCount = 0;
    segment.m_elementStartCount = 0;
    segment.roomFor(2);
    segment.m_components[0] = una.first(3);
    segment.m_elementStart[0] = 0;
    segment.m_elementStart[1] = 1;
    segment.m_componentCount = 1;
    segment.m_elementStartCount = 2;
    segment.m_hasRelease = false;
    segment.m_removedBefore.clear();
    segment.m_tagCode = edifactTag("UNA");
    segment.m_index = ++m_segmentIndex;
    m_pos += 9;
    return Step::Segment;
}

void EdifactTokenizer::split(EdifactSegment &segment, QByteArrayView raw) const
{
    segment.m_raw = raw;
    segment.m_release = m_delimiters.release;
    segment.m_decimalMark = m_delimiters.decimalMark;
    segment.m_elementSeparator = m_delimiters.element;
    segment.m_componentSeparator = m_delimiters.component;
    segment.m_hasRelease = false;
    segment.m_componentCount = 0;
    segment.m_elementStartCount = 0;
    const auto add = [&segment](QByteArrayView component, bool endsElement) {
        segment.roomFor(2);
        segment.m_components[size_t(segment.m_componentCount++)] = component;
        if (endsElement)
            segment.m_elementStart[size_t(segment.m_elementStartCount++)] = segment.m_componentCount;
    };
    segment.roomFor(1);
    segment.m_elementStart[size_t(segment.m_elementStartCount++)] = 0;
    const char *data = raw.data();
    const qsizetype size = raw.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char kind = m_class[uchar(data[i])];
        if (kind == 0)
            continue;
        if (kind == 3) {
            segment.m_hasRelease = true;
            ++i;   // the next character is data, whatever it is
            continue;
        }
        add(QByteArrayView(data + start, i - start), kind == 1);
        start = i + 1;
    }
    add(QByteArrayView(data + start, size - start), true);
    const QByteArrayView tag = segment.m_components.front();
    segment.m_tagCode = tag.size() == 3 ? edifactTag({tag[0], tag[1], tag[2], '\0'}) : 0;
}

// The common segment in one pass: 16 bytes at a time, the terminator, the element and component separators, release
// characters and CR/LF found together. Gives up (false) on a segment with a release character or CR/LF before its
// terminator, or without a terminator: next() then takes the general way.
bool EdifactTokenizer::scanSegment(EdifactSegment &segment, qsizetype begin)
{
    const char *data = m_content.data();
    const qsizetype size = m_content.size();
    const EdifactDelimiters &d = m_delimiters;
    // A space as release character means "none": match a terminator instead, which ends the scan anyway.
    const char release = d.release == ' ' ? d.segment : d.release;
    // Entries are written through plain pointers, with room made for a whole block's worth first (roomFor).
    segment.m_componentCount = 0;
    segment.m_elementStartCount = 0;
    segment.roomFor(17);
    QByteArrayView *components = segment.m_components.data();
    int *elementStart = segment.m_elementStart.data();
    int componentCount = 0;
    int elementStartCount = 0;
    elementStart[elementStartCount++] = 0;
    qsizetype componentStart = begin;
    const auto cut = [&](qsizetype at, bool element) {
        components[componentCount++] = QByteArrayView(data + componentStart, at - componentStart);
        if (element)
            elementStart[elementStartCount++] = componentCount;
        componentStart = at + 1;
    };
    const auto makeRoom = [&] {   // for 16 more separators and the last component
        segment.m_componentCount = componentCount;
        segment.m_elementStartCount = elementStartCount;
        segment.roomFor(17);
        components = segment.m_components.data();
        elementStart = segment.m_elementStart.data();
    };
    const __m128i terminators = _mm_load_si128(reinterpret_cast<const __m128i *>(m_splat[0]));
    const __m128i elementSeparators = _mm_load_si128(reinterpret_cast<const __m128i *>(m_splat[1]));
    const __m128i componentSeparators = _mm_load_si128(reinterpret_cast<const __m128i *>(m_splat[2]));
    const __m128i releases = _mm_load_si128(reinterpret_cast<const __m128i *>(m_splat[3]));
    const __m128i crs = _mm_set1_epi8('\r');
    const __m128i lfs = _mm_set1_epi8('\n');
    qsizetype pos = begin;
    qsizetype end = -1;
    for (; pos + 16 <= size; pos += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + pos));
        const unsigned atTerminator = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, terminators)));
        const unsigned atSpecial = unsigned(_mm_movemask_epi8(_mm_or_si128(
            _mm_cmpeq_epi8(block, releases), _mm_or_si128(_mm_cmpeq_epi8(block, crs), _mm_cmpeq_epi8(block, lfs)))));
        const unsigned before = atTerminator ? (atTerminator & (0u - atTerminator)) - 1 : 0xFFFFu;   // bits before it
        if (atSpecial & before)
            return false;
        const unsigned atElement = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, elementSeparators))) & before;
        unsigned atSeparator = (atElement | unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, componentSeparators)))) & before;
        if (atSeparator && !segment.hasRoom(componentCount, elementStartCount, 17))
            makeRoom();
        while (atSeparator) {
            const int bit = std::countr_zero(atSeparator);
            cut(pos + bit, (atElement >> bit) & 1u);
            atSeparator &= atSeparator - 1;
        }
        if (atTerminator) {
            end = pos + std::countr_zero(atTerminator);
            break;
        }
    }
    if (end < 0) {
        if (!segment.hasRoom(componentCount, elementStartCount, 17))
            makeRoom();   // fewer than 16 bytes are left
        for (; pos < size; ++pos) {
            const char c = data[pos];
            if (c == d.segment) {
                end = pos;
                break;
            }
            if (c == release || isLineBreak(c))
                return false;
            if (c == d.element || c == d.component)
                cut(pos, c == d.element);
        }
        if (end < 0)
            return false;
    }
    cut(end, true);
    segment.m_componentCount = componentCount;
    segment.m_elementStartCount = elementStartCount;
    const QByteArrayView tag = components[0];
    segment.m_tagCode = tag.size() == 3 ? edifactTag({tag[0], tag[1], tag[2], '\0'}) : 0;
    segment.m_raw = QByteArrayView(data + begin, end - begin);
    segment.m_release = d.release;
    segment.m_decimalMark = d.decimalMark;
    segment.m_elementSeparator = d.element;
    segment.m_componentSeparator = d.component;
    segment.m_hasRelease = false;
    segment.m_removedBefore.clear();
    m_pos = end + 1;
    return true;
}

EdifactTokenizer::Step EdifactTokenizer::next(EdifactSegment &segment, EdifactLexError &error)
{
    if (!m_started) {
        const Step s = start(error);
        if (s == Step::Error)
            return s;
    }
    skipBetweenSegments();
    // A doubled terminator ("''") is an empty segment that means nothing: skip it.
    while (m_pos < m_content.size() && m_content[m_pos] == m_delimiters.segment) {
        ++m_pos;
        skipBetweenSegments();
    }
    if (m_pos >= m_content.size())
        return Step::End;
    if (m_content.size() - m_pos >= 9 && m_content[m_pos] == 'U' && m_content[m_pos + 1] == 'N' && m_content[m_pos + 2] == 'A')
        return readUna(segment, error);

    const char terminator = m_delimiters.segment;
    const qsizetype begin = m_pos;
    if (m_suffixKnown && !isLineBreak(terminator) && scanSegment(segment, begin))
        return finish(segment, begin);
    const char release = m_delimiters.release == ' ' ? '\0' : m_delimiters.release;
    const char *data = m_content.data();
    const qsizetype size = m_content.size();
    qsizetype end = size;
    qsizetype from = begin;
    while (from < size) {
        const void *hit = std::memchr(data + from, terminator, size_t(size - from));
        if (!hit)
            break;
        const qsizetype at = static_cast<const char *>(hit) - data;
        // An odd number of release characters right before it escapes the terminator ("?'" but not "??'").
        qsizetype r = at;
        while (release && r > begin && data[r - 1] == release)
            --r;
        if ((at - r) % 2 == 0) {
            end = at;
            break;
        }
        from = at + 1;
    }
    m_pos = end < size ? end + 1 : size;
    if (!m_suffixKnown && end < size) {
        qsizetype s = m_pos;
        while (s < size && s - m_pos < 2 && isLineBreak(data[s]))
            ++s;
        m_suffix = m_content.sliced(m_pos, s - m_pos);
        m_suffixKnown = true;
    }
    qsizetype last = end;
    if (end == size) {   // unterminated last segment: ignore padding
        while (last > begin && (isLineBreak(data[last - 1]) || data[last - 1] == '\0' || data[last - 1] == '\x1A'))
            --last;
    }
    QByteArrayView raw(data + begin, last - begin);
    segment.m_removedBefore.clear();
    if (!isLineBreak(terminator) && (raw.contains('\n') || raw.contains('\r'))) {
        // Wrapped at a fixed width, or a line break typed into a free-text field: neither is data. Where each
        // stood is kept, so that errors still name the byte of the original file.
        m_scratch.resize(0);
        m_scratch.reserve(raw.size());
        for (const char c : raw) {
            if (isLineBreak(c))
                segment.m_removedBefore.push_back(m_scratch.size());
            else
                m_scratch.append(c);
        }
        raw = m_scratch;
    }
    split(segment, raw);
    return finish(segment, begin);
}

EdifactTokenizer::Step EdifactTokenizer::finish(EdifactSegment &segment, qsizetype begin)
{
    segment.m_offset = begin;
    segment.m_index = ++m_segmentIndex;
    if (segment.is("UNZ")) {
        // The next interchange brings its own UNA or uses the defaults.
        setDelimiters(EdifactDelimiters());
        m_hasUna = false;
    }
    return Step::Segment;
}

} // namespace orderflow
