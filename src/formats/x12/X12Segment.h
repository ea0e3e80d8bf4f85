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
    QByteArrayView tag() const { return m_count == 0 ? QByteArrayView() : m_elements.front(); }
    bool is(const char *tag) const { return this->tag() == QByteArrayView(tag); }
    quint32 tagCode() const { return m_tagCode; }   // x12Tag(tag()): 0 unless the tag has 2 or 3 characters

    // Number of elements after the tag (trailing empty elements included as written).
    int elementCount() const { return m_count - 1; }
    // 1-based as in X12 notation (BEG03 = element(3)); an empty view when absent.
    QByteArrayView element(int position) const
    {
        return position > 0 && position < m_count ? m_elements[size_t(position)] : QByteArrayView();
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
    // The tag and the elements: the first m_count entries. The vector only grows (roomFor), so a reused segment
    // object stops allocating after warm-up and the tokenizer writes entries without a capacity check each.
    std::vector<QByteArrayView> m_elements;
    int m_count = 0;
    void roomFor(int more)
    {
        if (m_elements.size() < size_t(m_count + more))
            m_elements.resize(size_t(m_count + more) * 2);
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
