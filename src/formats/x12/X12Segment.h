// One X12 segment as views into the input: the tag, its elements and where it sits in the file.
#pragma once

#include <QByteArrayView>

#include <vector>

namespace orderflow {

// The delimiters of one interchange, read from its ISA segment.
struct X12Delimiters {
    char element = '*';
    char component = '>';
    char segment = '~';
    char repetition = 0;   // 0 when the interchange has none (ISA11 is a code before version 00402)
};

// A segment tag (2 or 3 characters) as one integer, so dispatching on tags costs a compare, not a memcmp. The
// length is part of it: "GS" and "GS" followed by a NUL byte differ.
constexpr quint32 x12Tag(QByteArrayView tag)
{
    if (tag.size() < 2 || tag.size() > 3)
        return 0;
    return quint32(tag.size()) << 24 | quint32(uchar(tag[0])) << 16 | quint32(uchar(tag[1])) << 8
        | (tag.size() == 3 ? quint32(uchar(tag[2])) : 0);
}

// Valid until the tokenizer that produced it moves on: copy what you keep.
class X12Segment {
public:
    QByteArrayView tag() const { return m_raw.first(m_tagEnd); }
    bool is(const char *tag) const { return this->tag() == QByteArrayView(tag); }
    quint32 tagCode() const { return m_tagCode; }   // x12Tag(tag()): 0 unless the tag has 2 or 3 characters

    // Number of elements after the tag (trailing empty elements included as written).
    int elementCount() const
    {
        ensureSplit();
        return m_count - 1;
    }
    // 1-based as in X12 notation (BEG03 = element(3)); an empty view when absent.
    QByteArrayView element(int position) const
    {
        if (position <= 0)
            return {};
        ensureSplit();
        return position < m_count ? piece(position) : QByteArrayView();
    }
    // 1-based component of a composite element (C040-style); the whole element when it has no separator.
    QByteArrayView component(int position, int index) const;

    // Byte offset in the input where this element (or component) starts; exact in hard-wrapped segments too,
    // where the CR/LF taken out of the segment are counted back in.
    qint64 elementOffset(int position) const;
    qint64 componentOffset(int position, int index) const;
    // Byte offset in the input of a byte inside raw(); `at` must point into raw().
    qint64 offsetOf(const char *at) const;

    QByteArrayView raw() const { return m_raw; }
    qint64 offset() const { return m_offset; }      // of the segment's first byte in the input
    int index() const { return m_index; }           // 1-based position in the file
    char componentSeparator() const { return m_componentSeparator; }

private:
    friend class X12Tokenizer;
    QByteArrayView m_raw;
    // Where the tag and the elements end in m_raw: the separator after each, m_raw's size after the last. Entry i (the
    // tag is 0) starts after m_bounds[i], so m_bounds[0] is -1, and m_count + 1 entries are in use. Made when an element
    // is first read (ensureSplit): the tokenizer only finds the segment's end and its tag's, as most segments of a
    // purchase order are never looked at past their tag. The vector only grows (boundsFor), so a reused segment object
    // stops allocating after warm-up.
    mutable std::vector<qsizetype> m_bounds;
    mutable int m_count = 0;    // the tag and the elements; 0 until split
    qsizetype m_tagEnd = 0;     // in m_raw: the first separator, or the end
    char m_elementSeparator = '*';
    void ensureSplit() const
    {
        if (m_count == 0)
            splitElements();
    }
    void splitElements() const;
    QByteArrayView piece(int i) const
    {
        const qsizetype from = m_bounds[size_t(i)] + 1;
        return QByteArrayView(m_raw.data() + from, m_bounds[size_t(i) + 1] - from);
    }
    // Room for n entries (those written stay), for writing through a plain pointer without a check each.
    qsizetype *boundsFor(size_t n) const
    {
        if (m_bounds.size() < n)
            m_bounds.resize(n * 2);
        return m_bounds.data();
    }
    qint64 m_offset = 0;
    quint32 m_tagCode = 0;
    int m_index = 0;
    char m_componentSeparator = '>';
    bool m_cleaned = false;  // raw was copied to drop CR/LF of a hard-wrapped file
    // Of a cleaned segment: for every CR/LF taken out, the index in raw() it stood before (ascending).
    std::vector<qsizetype> m_removedBefore;
};

} // namespace orderflow
