#include "formats/DocumentStream.h"

#include "domain/messages/EdiMessages.h"
#include "formats/FormatRegistry.h"
#include "formats/edifact/EdifactOrdersReader.h"
#include "formats/edifact/EdifactTokenizer.h"
#include "formats/x12/X12Ebcdic.h"
#include "formats/x12/X12OrderReader.h"
#include "formats/x12/X12Tokenizer.h"

#include <QIODevice>

#include <bit>
#include <cstring>
#include <limits>
#include <string_view>

#include <emmintrin.h>   // SSE2: part of every x86-64 CPU

namespace orderflow {
namespace {

// Enough of the file to tell its format and read the first interchange header.
constexpr qsizetype kDetectBytes = 64 * 1024;

bool isAlnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

// What the tokenizers skip between segments.
bool isFiller(char c)
{
    return c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\x1A' || c == '\0';
}

qsizetype find(QByteArrayView data, qsizetype from, std::string_view needle)
{
    if (from >= data.size())
        return -1;
    const std::string_view hay(data.data() + from, size_t(data.size() - from));
    const size_t at = hay.find(needle);
    return at == std::string_view::npos ? -1 : from + qsizetype(at);
}

// The first i in [from, before) with data[i] == First and data[i + Gap] == Second; -1 when there is none. Sixteen bytes
// at a time (SSE2): the splitters look for tags whose first letter is common in the data ('I' in X12, 'U' in every
// UNH, UNS and UNT), and a search that stops at every such letter (string_view::find, memchr) costs more than the
// whole block compare.
template<char First, int Gap, char Second>
qsizetype findPair(QByteArrayView data, qsizetype from, qsizetype before = std::numeric_limits<qsizetype>::max())
{
    const char *d = data.data();
    const qsizetype n = before < data.size() - Gap ? before + Gap : data.size();   // bytes the candidates may span
    qsizetype i = qMax<qsizetype>(from, 0);
    const __m128i firsts = _mm_set1_epi8(First);
    const __m128i seconds = _mm_set1_epi8(Second);
    for (; i + 16 + Gap <= n; i += 16) {
        const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const __m128i second = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i + Gap));
        const unsigned hits = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(first, firsts), _mm_cmpeq_epi8(second, seconds))));
        if (hits)
            return i + std::countr_zero(hits);
    }
    for (; i + Gap < n; ++i) {
        if (d[i] == First && d[i + Gap] == Second)
            return i;
    }
    return -1;
}

// Where the tags ISA and IEA can start.
qsizetype findIxA(QByteArrayView data, qsizetype from, qsizetype before = std::numeric_limits<qsizetype>::max())
{
    return findPair<'I', 2, 'A'>(data, from, before);
}

// An "ISA" at `at` the X12 tokenizer could take for an interchange header (it also looks for one while skipping junk).
bool isX12Header(QByteArrayView data, qsizetype at)
{
    if (data[at + 1] != 'S' || at + 3 >= data.size())
        return false;
    const char c = data[at + 3];
    return !isAlnum(c) && !isFiller(c);
}

// Whether such an ISA starts at a position in [from, before).
bool x12HeaderIn(QByteArrayView data, qsizetype from, qsizetype before)
{
    for (qsizetype at = findIxA(data, from, before); at >= 0; at = findIxA(data, at + 1, before)) {
        if (isX12Header(data, at))
            return true;
    }
    return false;
}

// Whether the file starts (after blanks) with its interchange header: when it does not and the source does not
// skip leading junk, the EDIFACT reader refuses the file as a whole, so it must not be read in parts.
bool edifactHeaderFirst(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && isFiller(data[i]))
        ++i;
    const QByteArrayView rest = data.sliced(i);
    return (rest.size() >= 9 && rest.startsWith("UNA")) || (rest.size() >= 4 && rest.startsWith("UNB") && !isAlnum(rest[3]));
}

} // namespace

DocumentStream::DocumentStream(QIODevice &device, const ParseOptions &options, qsizetype readSize)
    : m_device(&device), m_options(options), m_readSize(qMax<qsizetype>(1, readSize))
{
}

DocumentStream::DocumentStream(QByteArrayView content, const ParseOptions &options) : m_options(options)
{
    m_data = content;
    m_atEnd = true;
}

bool DocumentStream::fill()
{
    if (m_atEnd || !m_device)
        return false;
    // Parsed parts are dropped only here, once per block, so cutting many small interchanges moves no bytes.
    if (m_consumed > 0)
        m_buffer.remove(0, m_consumed);
    m_consumed = 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_readSize);
    const qint64 n = m_device->read(m_buffer.data() + old, m_readSize);
    if (n < 0) {
        m_readError = m_device->errorString();
        m_buffer.resize(old);
        m_atEnd = true;
    } else {
        m_buffer.resize(old + qsizetype(n));
        if (n == 0)
            m_atEnd = true;
    }
    m_data = QByteArrayView(m_buffer);
    return n > 0;
}

void DocumentStream::start()
{
    m_started = true;
    while (m_data.size() < kDetectBytes && fill()) {
    }
    QString format = m_options.format.isEmpty() ? QStringLiteral("auto") : m_options.format;
    if (format == QLatin1String("auto"))
        format = detectFormat(m_data);
    m_format = format;
    if (format == QLatin1String("x12-850") && !looksLikeEbcdicX12(m_data))
        m_kind = Kind::X12;
    else if (format == QLatin1String("edifact-orders"))
        m_kind = m_options.skipLeadingJunk || edifactHeaderFirst(m_data) ? Kind::Edifact : Kind::Whole;
    else
        m_kind = Kind::Whole;   // JSON, EBCDIC (transcoded as a whole), unknown: one part
}

qsizetype DocumentStream::findCut()
{
    if (m_noMoreCuts)
        return -1;
    if (m_kind == Kind::X12)
        return findX12Cut();
    if (m_kind == Kind::Edifact)
        return findEdifactCut();
    return -1;
}

// After an IEA segment and its terminator (and the line break after it), where the next ISA starts.
qsizetype DocumentStream::findX12Cut()
{
    const QByteArrayView data = m_data;
    const qsizetype isa = find(data.first(qMin(data.size(), kDetectBytes)), 0, "ISA");
    if (isa < 0)
        return -1;
    // The ISA's own delimiters: the element separator follows "ISA", the terminator follows ISA16 — as the tokenizer
    // reads them: it takes ISA16 only among the header's first X12Tokenizer::kMaxIsaLength bytes.
    const char e = isa + 3 < data.size() ? data[isa + 3] : 0;
    if (e == 0 || isAlnum(e) || isLineBreak(e))
        return -1;
    qsizetype p = isa + 3;
    int separators = 0;
    for (; p < data.size() && p + 1 - isa < X12Tokenizer::kMaxIsaLength; ++p) {   // ISA16, at p + 1, among them
        if (isLineBreak(data[p]) && separators < 16)
            return -1;   // a wrapped ISA: the whole-file reader handles it
        if (data[p] == e && ++separators == 16)
            break;
    }
    if (separators != 16 || p + 2 >= data.size())
        return -1;
    if (isLineBreak(data[p + 1]))
        return -1;   // wrapped before ISA16: the tokenizer takes the byte after the line break for it; read as a whole
    // The terminator as the tokenizer takes it (after a line break that only wraps the header, the byte after it).
    const qsizetype terminatorAt = X12Tokenizer::isaTerminatorAt(data, p + 2, m_atEnd);
    if (terminatorAt < 0)
        return -1;
    const char t = data[terminatorAt];
    if (isAlnum(t) || t == e)
        return -1;
    // One pass finds the trailer and, on the way, any other ISA the tokenizer could take for a header before it: a
    // trailer after one may belong to an interchange with other delimiters (no cut then, as in anotherHeaderBefore).
    // A header the tokenizer refuses (too long, unusable delimiters) it skips up to the next ISA, and reads on with
    // that one's delimiters: so the ISAs inside this header count too (once, the separators of a malformed one
    // were taken from the interchange after it, and a cut fell inside that one's data).
    qsizetype from = qMax(m_scanFrom, terminatorAt + 1);
    bool isaBefore = x12HeaderIn(data, isa + 3, from);   // before where this search starts (read in an earlier call)
    qsizetype at = from;   // candidates before `at` are looked at
    while (true) {
        qsizetype hit = -1;
        for (at = findIxA(data, at); at >= 0; at = findIxA(data, at + 1)) {
            if (data[at + 1] == 'E' && at + 3 < data.size() && data[at + 3] == e) {
                hit = at;
                break;
            }
            isaBefore = isaBefore || isX12Header(data, at);
        }
        if (hit < 0) {
            m_scanFrom = qMax(from, data.size() - 3);
            return -1;
        }
        at = hit + 1;
        // A segment starts here only right after the terminator (and the line break or filler a writer may add
        // after it; with CR as terminator a lone LF is not one).
        qsizetype j = hit - 1;
        while (j >= 0 && data[j] != t && isFiller(data[j]))
            --j;
        if (j < 0 || data[j] != t) {
            from = hit + 1;
            continue;
        }
        if (isaBefore) {
            m_noMoreCuts = true;
            return -1;
        }
        qsizetype end = hit + 4;
        while (end < data.size() && data[end] != t)
            ++end;
        if (end >= data.size()) {   // the trailer is not read yet (or is the end)
            m_scanFrom = hit;
            return -1;
        }
        // Only a clean trailer, IEA*digits*digits and nothing else, is one the tokenizer surely reads as a segment.
        int ieaSeparators = 0;
        bool clean = true;
        for (qsizetype k = hit + 3; k < end && clean; ++k) {
            if (data[k] == e)
                ++ieaSeparators;
            else
                clean = (data[k] >= '0' && data[k] <= '9') || data[k] == ' ';
        }
        // The search goes on after this trailer: headers inside the part it skips are noted first.
        const auto skipTrailer = [&] {
            isaBefore = isaBefore || x12HeaderIn(data, hit + 1, end);
            from = at = end;
        };
        if (!clean || ieaSeparators != 2) {
            skipTrailer();
            continue;
        }
        qsizetype next = end + 1;
        while (next < data.size() && isFiller(data[next]))
            ++next;
        if (next + 4 > data.size()) {   // what follows the trailer is not read yet (or is the end)
            m_scanFrom = hit;
            return -1;
        }
        if (data.sliced(next).startsWith("ISA") && !isAlnum(data[next + 3]) && !isFiller(data[next + 3]))
            return next;
        skipTrailer();   // something else follows the trailer: the whole-file reader reports it in context
    }
}

namespace {

// Where the tags UNA, UNB and UNZ can start.
qsizetype findUn(QByteArrayView data, qsizetype from)
{
    return findPair<'U', 1, 'N'>(data, from);
}

// Where the EDIFACT tokenizer would take a UNA or a UNB for the header of another interchange: at a segment start
// (right after an unreleased terminator t and any filler), a UNA whatever follows it (one it refuses sets the
// defaults: the delimiters may change there), a UNB when a separator ends its tag. UNAs count from unaFrom, UNBs
// from unbFrom (the part's own header is not another one).
struct EdifactHeaders {
    QByteArrayView data;
    qsizetype unaFrom = 0;
    qsizetype unbFrom = 0;
    char t = '\'';
    char release = '?';

    bool at(qsizetype i) const   // data[i], data[i + 1] are "UN"
    {
        if (i + 2 >= data.size())
            return false;
        const char third = data[i + 2];
        if (third == 'A' ? i < unaFrom : third != 'B' || i < unbFrom)
            return false;
        const char c = i + 3 < data.size() ? data[i + 3] : 0;
        if (third == 'B' && (c == 0 || isAlnum(c) || isFiller(c)))
            return false;
        qsizetype j = i - 1;
        while (j >= 0 && data[j] != t && isFiller(data[j]))
            --j;
        qsizetype releases = 0;
        while (release && j - 1 - releases >= 0 && data[j - 1 - releases] == release)
            ++releases;
        return j >= 0 && data[j] == t && releases % 2 == 0;
    }
    bool in(qsizetype from, qsizetype before) const   // one starts at a position in [from, before)
    {
        for (qsizetype i = findUn(data, from); i >= 0 && i < before; i = findUn(data, i + 1)) {
            if (at(i))
                return true;
        }
        return false;
    }
};

} // namespace

// After a UNZ segment and its (unreleased) terminator, where the next UNA or UNB starts.
qsizetype DocumentStream::findEdifactCut()
{
    const QByteArrayView data = m_data;
    const QByteArrayView head = data.first(qMin(data.size(), kDetectBytes));
    const qsizetype una = find(head, 0, "UNA");
    const qsizetype unb = find(head, 0, "UNB");
    char e = '+', t = '\'', release = '?';
    qsizetype from = 0;
    if (una >= 0 && (unb < 0 || una < unb)) {
        // A UNA the tokenizer does not take (it reads with the defaults then) is a doubt: read as a whole.
        if (una + 9 > data.size() || !EdifactTokenizer::usableUna(data.sliced(una, 9)))
            return -1;
        e = data[una + 4];
        release = data[una + 6] == ' ' ? '\0' : data[una + 6];
        t = data[una + 8];
        from = una + 9;
    } else if (unb >= 0 && unb + 3 < data.size()) {
        if (data[unb + 3] != '+')
            return -1;   // syntax level B (or unusual) separators without a UNA: read as a whole
        from = unb + 3;
    } else {
        return -1;
    }
    if (isLineBreak(t) || isAlnum(t) || isAlnum(e))
        return -1;
    const auto released = [&](qsizetype at) {   // an odd run of release characters escapes data[at]
        qsizetype n = 0;
        while (release && at - 1 - n >= 0 && data[at - 1 - n] == release)
            ++n;
        return n % 2 == 1;
    };
    const qsizetype headerEnd = from;
    if (unb < 0)
        return -1;
    // One pass finds the trailer and, on the way, any other interchange header before it: the trailer may then belong
    // to an interchange with other delimiters than the part's first (no cut then: the rest is read as one part).
    const EdifactHeaders headers{data, headerEnd, unb + 3, t, release};
    from = qMax(m_scanFrom, from);
    const qsizetype scanStart = from;   // the headers before it (read in an earlier call) are looked at only at a trailer
    bool headerBefore = false;
    qsizetype at = from;   // the "UN"s before it are looked at
    while (true) {
        qsizetype hit = -1;
        for (at = findUn(data, at); at >= 0; at = findUn(data, at + 1)) {
            if (at + 3 < data.size() && data[at + 2] == 'Z' && data[at + 3] == e) {
                hit = at;
                break;
            }
            headerBefore = headerBefore || headers.at(at);
        }
        if (hit < 0) {
            m_scanFrom = qMax(from, data.size() - 3);
            return -1;
        }
        at = hit + 1;
        qsizetype j = hit - 1;
        while (j >= 0 && data[j] != t && isFiller(data[j]))
            --j;
        if (j < 0 || data[j] != t || released(j)) {
            from = hit + 1;
            continue;
        }
        if (headerBefore || headers.in(headerEnd, scanStart)) {
            m_noMoreCuts = true;
            return -1;
        }
        qsizetype end = hit + 4;
        while (end < data.size() && !(data[end] == t && !released(end)))
            ++end;
        qsizetype next = end + 1;
        while (next < data.size() && isFiller(data[next]))
            ++next;
        if (next + 9 > data.size()) {
            m_scanFrom = hit;
            return -1;
        }
        // After a UNZ the tokenizer reads with the default separators until a UNA: a UNB is a header only when its
        // tag ends at one of them ("UNB\xd3…" is a segment with another tag there); a UNA it refuses is a doubt too.
        const QByteArrayView rest = data.sliced(next);
        if ((rest.startsWith("UNA") && EdifactTokenizer::usableUna(rest.first(9)))
            || (rest.startsWith("UNB") && (rest[3] == '+' || rest[3] == ':')))
            return next;
        headerBefore = headerBefore || headers.in(hit + 1, end);   // the search goes on after this trailer
        from = at = end;
    }
}

// A second interchange header inside the part before its first trailer: the trailer may belong to an interchange
// with other delimiters than the part's first. No cut then: the rest of the file is read as one part. t == 0: any
// "ISA" followed by a separator counts; else only a header that starts a segment (after an unreleased t).
bool DocumentStream::anotherHeaderBefore(QByteArrayView data, qsizetype from, qsizetype before, const char *tag, char t, char release)
{
    for (qsizetype at = find(data.first(before), from, tag); at >= 0; at = find(data.first(before), at + 1, tag)) {
        const char c = at + 3 < data.size() ? data[at + 3] : 0;
        qsizetype j = at - 1;   // a header starts a segment: right after an unreleased terminator (and filler)
        while (j >= 0 && data[j] != t && isFiller(data[j]))
            --j;
        qsizetype releases = 0;
        while (release && j - 1 - releases >= 0 && data[j - 1 - releases] == release)
            ++releases;
        // X12: wherever the tokenizer could take it for a header (it also looks for ISA while skipping junk).
        const bool segmentStart = t == 0 || (j >= 0 && data[j] == t && releases % 2 == 0);
        // The EDIFACT tokenizer reads every segment that starts with UNA as a service string advice, whatever
        // follows (one it refuses sets the defaults): the delimiters may change there.
        const bool una = std::string_view(tag) == "UNA";
        if ((una || (c != 0 && !isAlnum(c) && !isFiller(c))) && segmentStart) {
            m_noMoreCuts = true;
            return true;
        }
    }
    return false;
}

bool DocumentStream::next(ParseResult &part)
{
    if (m_done)
        return false;
    const bool first = !m_started;
    if (!m_started)
        start();
    qsizetype cut = -1;
    while (m_readError.isEmpty()) {
        cut = findCut();
        if (cut > 0 || m_atEnd)
            break;
        fill();
    }
    if (!m_readError.isEmpty()) {
        m_done = true;
        part = ParseResult();
        ParseError e;
        e.file = m_options.fileName;
        e.offset = m_fileOffset + m_data.size();
        e.message = msg::CannotReadAfterByte(m_options.fileName, e.offset, m_readError);
        part.errors.append(e);
        return true;
    }
    if (cut <= 0) {   // the rest is one part
        m_done = true;
        if (m_data.isEmpty() && !first)
            return false;
        cut = m_data.size();
    }
    const QByteArrayView piece = m_data.first(cut);
    // The next part starts with an interchange header: junk skipped up to this part's end ends at that header.
    m_options.interchangeFollows = !m_done;
    if (!first || !m_done)
        m_options.parsedJson = QJsonDocument();   // what the source parsed is the whole content, not a part of it
    if (m_kind == Kind::X12)
        part = readX12Orders(piece, m_options);
    else if (m_kind == Kind::Edifact)
        part = readEdifactOrders(piece, m_options);
    else
        part = parseDocument(piece, m_options);
    // The reader counted from the start of the part; the file's positions count from the start of the file. The
    // bytes a message names are fields of the error too, and its text is rendered from them.
    for (ParseError &e : part.errors) {
        if (m_fileOffset > 0)
            e.moveBy(m_fileOffset);
        if (e.segmentIndex > 0)
            e.segmentIndex += m_segmentsBefore;
    }
    m_segmentsBefore += part.segmentCount;
    m_fileOffset += cut;
    m_data = m_data.sliced(cut);
    if (m_device)
        m_consumed += cut;
    m_scanFrom = 0;
    return true;
}

} // namespace orderflow
