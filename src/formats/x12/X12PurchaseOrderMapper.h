// Maps the segments of one X12 850 transaction set (ST..SE) onto a canonical order (DESIGN §2, §4).
#pragma once

#include "domain/EngineMessage.h"
#include "domain/Order.h"
#include "formats/EdiText.h"
#include "formats/x12/X12Segment.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <iterator>


namespace orderflow {

// Something in the set that makes the order unusable. Carries what a 997 needs (AK3/AK4) and what an
// operator needs (element name, byte offset, what was expected).
struct X12SetIssue {
    QString message;
    QByteArray segmentTag;
    int segmentIndex = 0;       // in the file
    int positionInSet = 0;      // ST = 1 (AK302)
    int elementPosition = 0;    // 0 = the segment as a whole (AK401)
    qint64 offset = -1;
    int segmentCode = 8;        // AK304: 8 = segment has data element errors, 3 = mandatory segment missing
    int elementCode = 0;        // AK403: 1 missing, 3 too many elements, 5 too long, 6 invalid character, 8 invalid date
    QByteArray badData;         // AK404

    QString elementName() const;   // "BEG03", or empty for a segment-level issue
};

namespace x12mapping {

// The most elements each segment the mapper reads may carry, the largest any version from 004010 to 005010
// allows (X12.3 segment directory); a segment with more is an error (AK3 code 8, AK4 code 3 "too many data
// elements"), never read from a shifted position. Empty elements written past the end change no meaning and
// are tolerated. The mapper reads these segments and no others.
struct MaxElements {
    const char *tag;
    int max;
    quint32 code = x12Tag(tag);
};
inline constexpr MaxElements kMaxElements[] = {
    {"BEG", 12}, {"CUR", 21}, {"DTM", 6}, {"NTE", 2}, {"N1", 6}, {"N3", 2},
    {"N4", 7},   {"PO1", 25}, {"PID", 9}, {"CTT", 7},
};
// kMaxElements by tag: each entry in the slot of a multiplicative hash of its tag code, so finding a tag's entry (or
// that there is none: the segments the mapper does not read, most of them) is a multiply, a load and a compare. It
// runs for every segment of a set. The table is made and checked while compiling: no two entries share a slot.
inline constexpr int kSlotBits = 5;
constexpr size_t slotOf(quint32 code)
{
    return size_t(quint32(code * 0x27D4EB2Fu) >> (32 - kSlotBits));
}
// (Indexes, not pointers: GCC's sanitizer builds do not take a pointer comparison as a constant expression.)
inline constexpr auto kMaxElementsBySlot = [] {
    std::array<qint8, size_t(1) << kSlotBits> table{};
    table.fill(-1);
    for (size_t i = 0; i < std::size(kMaxElements); ++i)
        table[slotOf(kMaxElements[i].code)] = qint8(i);
    return table;
}();
static_assert([] {
    int filled = 0;
    for (const qint8 i : kMaxElementsBySlot)
        filled += i >= 0;
    return filled == int(std::size(kMaxElements));
}(), "two tags of kMaxElements share a slot: choose another multiplier");
// The entry of kMaxElements for a tag, nullptr for the segments the mapper does not read.
inline const MaxElements *maxElementsOf(quint32 code)
{
    const qint8 i = kMaxElementsBySlot[slotOf(code)];
    return i >= 0 && kMaxElements[i].code == code ? &kMaxElements[i] : nullptr;
}

} // namespace x12mapping

class X12PurchaseOrderMapper {
public:
    // interchangeSender: ISA06, the customer's id when the set names no buyer party.
    void begin(const QString &interchangeSender);
    // Inline: it runs for every segment of a set, and most (CTP, SDQ, SAC, PO4 …) end at the lookup.
    void add(const X12Segment &segment, int positionInSet)
    {
        if (const x12mapping::MaxElements *limit = x12mapping::maxElementsOf(segment.tagCode()))
            map(segment, positionInSet, limit->max);
    }
    // Completes the order; `stSegment` positions a "BEG missing" issue. Check issues() before using it.
    Order finish(int segmentCountInSet);

    const QList<X12SetIssue> &issues() const { return m_issues; }

private:
    enum class Party { Other, Buyer, ShipTo, BillTo, BillAndShipTo };

    void map(const X12Segment &segment, int positionInSet, int maxElements);   // a segment of kMaxElements
    void mapBeg(const X12Segment &segment, int positionInSet);
    void mapPo1(const X12Segment &segment, int positionInSet);
    void mapN1(const X12Segment &segment);
    void mapN3(const X12Segment &segment);
    void mapN4(const X12Segment &segment);
    void forEachPartyAddress(auto apply);
    void issue(const X12Segment &segment, int positionInSet, int element, int code, const QString &message);
    // More elements than `max` (the most the segment's tag allows), other than empty ones at the end: an issue.
    bool tooManyElements(const X12Segment &segment, int positionInSet, int max);
    // A number element (type R): nullopt when absent or refused (the refusal is an issue naming the element).
    std::optional<Decimal> number(const X12Segment &segment, int positionInSet, int element, const EngineMessage &what);

    QString kept(QByteArrayView bytes);   // the text of a value the order keeps (see edi::TextCache)

    Order m_order;
    qsizetype m_previousLineCount = 0;   // of the last set, to reserve room for the next one's lines
    QString m_interchangeSender;
    QString m_buyerName;
    QString m_buyerId;
    Party m_party = Party::Other;
    bool m_sawBeg = false;
    bool m_inDetail = false;   // after the first PO1: header-only segments (DTM, NTE) belong to lines
    QList<X12SetIssue> m_issues;
    edi::TextArena m_arena;   // before m_texts: the cached texts point into its blocks
    edi::TextCache m_texts;
};

} // namespace orderflow
