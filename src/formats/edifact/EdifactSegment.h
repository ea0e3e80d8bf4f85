// One EDIFACT segment as views into the input: tag, elements, components, and where it sits in the file.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace orderflow {

// The service characters of one interchange: from its UNA, or the defaults ":+.? '".
struct EdifactDelimiters {
    char component = ':';
    char element = '+';
    char decimalMark = '.';
    char release = '?';
    char repetition = ' ';   // reserved in syntax 3 (a space), '*' by convention in syntax 4
    char segment = '\'';
};

// A segment tag as one integer, so dispatching on tags costs a compare instead of a memcmp per candidate.
constexpr quint32 edifactTag(const char (&tag)[4])
{
    return quint32(uchar(tag[0])) << 16 | quint32(uchar(tag[1])) << 8 | quint32(uchar(tag[2]));
}

// Valid until the tokenizer that produced it moves on: copy what you keep. Views still contain release
// characters; value() and text() remove them.
class EdifactSegment {
public:
    QByteArrayView tag() const { return m_componentCount == 0 ? QByteArrayView() : m_components.front(); }
    bool is(const char (&tag)[4]) const { return m_tagCode == edifactTag(tag); }
    quint32 tagCode() const { return m_tagCode; }   // 0 unless the tag has exactly 3 characters

    // Elements after the tag; 1-based as in EDIFACT notation (BGM02 = element 2).
    int elementCount() const { return m_elementStartCount < 2 ? 0 : m_elementStartCount - 2; }
    int componentCount(int element) const
    {
        if (element < 0 || element > elementCount())
            return 0;
        return m_elementStart[size_t(element) + 1] - m_elementStart[size_t(element)];
    }
    // Raw (still escaped) component; index 1-based. Empty when absent.
    QByteArrayView rawComponent(int element, int component = 1) const
    {
        if (element < 1 || component < 1 || component > componentCount(element))
            return {};
        return m_components[size_t(m_elementStart[size_t(element)] + component - 1)];
    }
    // The component with release characters removed.
    QByteArray value(int element, int component = 1) const;
    // As text: valid UTF-8 is read as UTF-8, anything else as Latin-1 (UNOA…UNOC files in practice).
    QString text(int element, int component = 1) const;

    qint64 offset() const { return m_offset; }
    // Byte offsets in the input, exact in hard-wrapped segments too (the CR/LF taken out are counted back in).
    qint64 elementOffset(int element) const;
    qint64 componentOffset(int element, int component) const;   // the element's offset when the component is absent
    int index() const { return m_index; }
    QByteArrayView raw() const { return m_raw; }
    char releaseCharacter() const { return m_release; }
    // Whether any component holds a release character: without one every view is its value as it stands.
    bool hasRelease() const { return m_hasRelease; }
    char decimalMark() const { return m_decimalMark; }   // of the interchange (UNA, default '.')
    char elementSeparator() const { return m_elementSeparator; }
    char componentSeparator() const { return m_componentSeparator; }

private:
    friend class EdifactTokenizer;
    qint64 offsetOf(const char *at) const;

    QByteArrayView m_raw;
    // All components in order; element e (0 = tag) owns components [m_elementStart[e], m_elementStart[e+1]);
    // the last entry is the end sentinel. Only the first m_componentCount and m_elementStartCount entries are the
    // segment's: the vectors only grow (roomFor), so a reused segment object stops allocating after warm-up and the
    // tokenizer writes entries without a capacity check each.
    std::vector<QByteArrayView> m_components;
    std::vector<int> m_elementStart;
    int m_componentCount = 0;
    int m_elementStartCount = 0;
    // Room for `more` components and element starts after the ones in use.
    void roomFor(int more)
    {
        if (hasRoom(m_componentCount, m_elementStartCount, more))
            return;
        if (m_components.size() < size_t(m_componentCount + more))
            m_components.resize(size_t(m_componentCount + more) * 2);
        if (m_elementStart.size() < size_t(m_elementStartCount + more))
            m_elementStart.resize(size_t(m_elementStartCount + more) * 2);
        m_room = int(qMin(m_components.size(), m_elementStart.size()));
    }
    bool hasRoom(int componentCount, int elementStartCount, int more) const
    {
        return componentCount + more <= m_room && elementStartCount + more <= m_room;
    }
    int m_room = 0;   // entries both vectors have: a compare instead of two size computations per check
    qint64 m_offset = 0;
    quint32 m_tagCode = 0;
    int m_index = 0;
    // Of a segment copied to drop CR/LF: for every one taken out, the index in m_raw it stood before (ascending).
    std::vector<qsizetype> m_removedBefore;
    char m_release = '?';
    char m_decimalMark = '.';
    char m_elementSeparator = '+';
    char m_componentSeparator = ':';
    bool m_hasRelease = false;
};

} // namespace orderflow
