// Small text rules both EDI readers share (X12 and EDIFACT), so they cannot drift apart.
#pragma once

#include "domain/Decimal.h"
#include "formats/ParseResult.h"

#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <vector>

#include <emmintrin.h>

namespace orderflow::edi {

// A segment tag: upper-case letters and digits, minLength to 3 characters (X12 allows 2, EDIFACT needs 3).
inline bool isSegmentTag(QByteArrayView tag, int minLength)   // inline: it runs for every segment
{
    if (tag.size() < minLength || tag.size() > 3)
        return false;
    for (const char c : tag) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}
// Control numbers and counts compare as numbers: "000000001" and "1" are the same.
bool sameNumber(QByteArrayView a, QByteArrayView b);
// A count (>= 0) against the number the partner wrote: sameNumber(written, QByteArray::number(count)) without
// making the text (it runs for every set and message).
bool sameNumber(QByteArrayView written, qint64 count);
QString latin1(QByteArrayView bytes);
// A file name part from partner data: letters, digits, '-', '.', others become '_'.
QString fileNamePart(QByteArrayView bytes);
// false for an empty value. Inline: dates, counts and line numbers are checked with it for every message.
inline bool allDigits(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
// QByteArrayView::trimmed() without the call when there is nothing to trim (the usual element).
inline QByteArrayView trimmed(QByteArrayView bytes)
{
    const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    return !bytes.isEmpty() && (space(bytes.front()) || space(bytes.back())) ? bytes.trimmed() : bytes;
}
// No byte >= 0x80. Inline: it runs for every value an order keeps.
inline bool isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    for (; end - p >= 8; p += 8) {   // eight bytes at a time
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; p < end; ++p) {
        if (uchar(*p) >= 0x80)
            return false;
    }
    return true;
}
// bytes == literal, inlined: qualifier compares run for every segment.
template <qsizetype N>
inline bool equals(QByteArrayView bytes, const char (&literal)[N])
{
    static_assert(N > 1);
    return bytes.size() == N - 1 && std::memcmp(bytes.data(), literal, N - 1) == 0;
}
// Of a value allDigits() accepted.
inline int digitsValue(QByteArrayView digits)
{
    int v = 0;
    for (const char c : digits)
        v = v * 10 + (c - '0');
    return v;
}
// The customer of an EDI order: the buyer party; without one, the interchange sender's id and the ship-to name,
// the best human-readable name there is.
void setCustomer(Order &order, const QString &buyerId, const QString &buyerName, const QString &interchangeSender);
// A number read from an EDI element after checking it against the standard's notation. When value is empty,
// problem says why in words an operator can act on, and code is the acknowledgement's error code: X12 AK403
// (6 invalid character, 5 too long) or EDIFACT 0085 (19 invalid decimal notation, 12 invalid value).
struct EdiNumber {
    std::optional<Decimal> value;
    QString problem;
    int code = 0;
};
// X12 data element types N and R (X12.6): an optional leading '-', digits and, for R, at most one '.' as decimal
// point. No '+', no thousands separators, no exponent. Blanks around the value are tolerated.
EdiNumber x12Number(QByteArrayView value);
// ISO 9735 numeric values: an optional leading '-', digits, and only the interchange's decimal mark (UNA, '.'
// without one) with a digit on both sides; the other mark and thousands separators are never valid.
EdiNumber edifactNumber(QByteArrayView value, char decimalMark);

// The texts of values that repeat from order to order (units, currencies, places, parties, items), made once per
// reader run and then shared: a reference count instead of an allocation, a copy and a free for every value. A
// small table indexed by a hash of the bytes; a value that is not there (or was pushed out) is simply made again.
class TextCache {
public:
    TextCache() : m_entries(kSlots) {}
    // make(key) gives the text of key; for the same bytes it must always give the same text.
    template <typename Make>
    QString text(QByteArrayView key, Make make)
    {
        if (key.isEmpty() || key.size() > kMaxKey)
            return make(key);
        Entry &e = m_entries[slot(key)];
        if (e.length == key.size() && std::memcmp(e.key, key.data(), size_t(key.size())) == 0)
            return e.value;
        e.value = make(key);
        e.length = int(key.size());
        std::memcpy(e.key, key.data(), size_t(key.size()));
        return e.value;
    }

private:
    static constexpr qsizetype kMaxKey = 30;
    static constexpr size_t kSlots = 1024;
    struct Entry {
        QString value;
        int length = -1;
        char key[kMaxKey];
    };
    static size_t slot(QByteArrayView key)
    {
        // The first and the last (up to) eight bytes and the length: values that differ only inside share a slot.
        quint64 head = 0;
        quint64 tail = 0;
        if (key.size() >= 8) {   // fixed-size copies: single loads, no call
            std::memcpy(&head, key.data(), 8);
            std::memcpy(&tail, key.data() + key.size() - 8, 8);
        } else {
            for (qsizetype i = 0; i < key.size(); ++i)
                head = head << 8 | uchar(key[i]);
            tail = head;
        }
        const quint64 h = (head * 0x9E3779B97F4A7C15ULL) ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ quint64(key.size());
        return size_t(h >> 54) & (kSlots - 1);
    }
    std::vector<Entry> m_entries;
};

// The texts of ASCII values an order keeps, written one after the other into shared blocks instead of one
// allocation (and later one free) each: a block is freed when the last text in it is gone. Each text is an ordinary
// QString whose data starts inside a block (Qt's own data pointer: header, start, size; the block's reference count
// counts the texts), '\0'-terminated like any QString. Changing one copies it first while the block is shared, as
// for any shared QString; once a text is the block's last user it may grow in place over the dead texts after it.
//
// The block's reference count is charged for every text it could hold when it is made (no one else sees it then),
// and what was not given out is handed back in one step when the next block starts: no atomic increment per text.
class TextArena {
public:
    TextArena() = default;
    TextArena(const TextArena &) = delete;
    TextArena &operator=(const TextArena &) = delete;
    ~TextArena() { releaseUnused(); }

    // bytes must be ASCII (every byte < 0x80): the text is their Latin-1 reading, as QString::fromLatin1 gives.
    QString ascii(QByteArrayView bytes)
    {
        const qsizetype n = bytes.size();
        if (n == 0 || n > kMaxShared)
            return QString::fromLatin1(bytes);
        if (m_block.isNull() || m_used + n + 1 > kBlockChars) {
            releaseUnused();
            m_block = QString(kBlockChars, Qt::Uninitialized);   // the old block lives on in its texts
            m_block.data_ptr().d_ptr()->ref_.storeRelaxed(1 + kBlockChars);   // ours, and one per possible text
            m_used = 0;
            m_given = 0;
        }
        QString::DataPointer &block = m_block.data_ptr();
        char16_t *at = block.data() + m_used;
        const char *from = bytes.data();
        qsizetype i = 0;
        const __m128i zero = _mm_setzero_si128();   // SSE2, as in the tokenizers: each byte widened to 16 bits
        for (; i + 16 <= n; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(at + i), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(at + i + 8), _mm_unpackhi_epi8(v, zero));
        }
        if (i + 8 <= n) {
            _mm_storeu_si128(reinterpret_cast<__m128i *>(at + i),
                             _mm_unpacklo_epi8(_mm_loadl_epi64(reinterpret_cast<const __m128i *>(from + i)), zero));
            i += 8;
        }
        for (; i < n; ++i)
            at[i] = char16_t(uchar(from[i]));
        at[n] = u'\0';
        m_used += n + 1;
        ++m_given;   // the new text takes one of the references charged in advance; QString's destructor gives it back
        return QString(QString::DataPointer(block.d_ptr(), at, n));
    }

private:
    // Hands back the references charged for texts the block being filled did not give out.
    void releaseUnused()
    {
        if (!m_block.isNull())
            m_block.data_ptr().d_ptr()->ref_.fetchAndSubOrdered(int(kBlockChars - m_given));
    }

    static constexpr qsizetype kBlockChars = 4096;   // at most kBlockChars / 2 texts: each takes its terminator too
    static constexpr qsizetype kMaxShared = 256;   // longer values (rare) get their own allocation
    QString m_block;       // holds one reference to the block being filled, and the charge for the texts it may give
    qsizetype m_used = 0;  // characters of it given out (with their terminators)
    qsizetype m_given = 0; // texts given out of it
};

// Errors in file order: envelope checks are made at a trailer, mapping problems at the end of a set.
void sortByPosition(QList<ParseError> &errors);

// The entry of a constant table (an array with static storage) whose `Member` equals `Key`, found while compiling —
// for a switch over segment tags that hands out table rows without searching at run time. A key missing from the
// table does not compile.
template <const auto &Table, auto Member, auto Key>
const auto *tableEntry()
{
    static constexpr auto entry = [] {
        for (const auto &row : Table) {
            if (row.*Member == Key)
                return &row;
        }
        return static_cast<decltype(&Table[0])>(nullptr);
    }();
    static_assert(entry != nullptr, "the key is not in the table");
    return entry;
}

} // namespace orderflow::edi
