// Maps the segments of one UN/EDIFACT ORDERS message (UNH..UNT) onto a canonical order (DESIGN §2, §4).
#pragma once

#include "domain/EngineMessage.h"
#include "domain/Order.h"
#include "formats/EdiText.h"
#include "formats/edifact/EdifactSegment.h"

#include <QList>
#include <QString>

#include <vector>

namespace orderflow {

// Something in the message that makes the order unusable; carries what a CONTRL needs (UCS/UCD) and what
// an operator needs (element name, byte offset, what was expected).
struct EdifactMessageIssue {
    QString message;
    QByteArray segmentTag;
    int segmentIndex = 0;       // in the file
    int positionInMessage = 0;  // UNH = 1 (UCS 0096)
    int elementPosition = 0;    // 0 = the segment as a whole
    int componentPosition = 0;
    qint64 offset = -1;
    int syntaxCode = 12;        // 0085: 12 invalid value, 13 missing, 16 too many constituents, 19 invalid decimal notation, 35 too many repetitions

    QString elementName() const;   // "QTY01.2" style: segment tag, element, component
};

class EdifactOrdersMapper {
public:
    // interchangeSender: UNB sender id, the customer's id when the message names no buyer (NAD+BY).
    // Numbers must use the interchange's decimal mark (UNA, '.' without one): ISO 9735 allows no other.
    // The message is mapped into target, a default-constructed Order the caller keeps (the reader's result list: no
    // order is moved from the mapper to the list) until finish().
    void begin(Order &target, const QString &interchangeSender);
    void add(const EdifactSegment &segment, int positionInMessage);
    void finish(int segmentCountInMessage);   // target is complete; issues() says whether it is usable

    const QList<EdifactMessageIssue> &issues() const { return m_issues; }

private:
    void mapBgm(const EdifactSegment &segment, int position);
    void mapDtm(const EdifactSegment &segment, int position);
    void mapNad(const EdifactSegment &segment);
    void mapLin(const EdifactSegment &segment);
    void mapPia(const EdifactSegment &segment);
    void mapQty(const EdifactSegment &segment, int position);
    void mapPri(const EdifactSegment &segment, int position);
    void mapCnt(const EdifactSegment &segment, int position);
    void completeLine();   // the last line is complete: SKU fallback, price per unit from its basis
    void addId(OrderLine &line, QString id, QByteArrayView type);
    void issue(const EdifactSegment &segment, int position, int element, int component, int code, const QString &message);
    bool tooManyConstituents(const EdifactSegment &segment, int position);
    // Whether the segment (tag Tag) keeps within its limits: the usual case checked with the limits known while
    // compiling; tooManyConstituents() looks closer (and says why) only when it does not.
    template <quint32 Tag>
    bool fits(const EdifactSegment &segment, int position);
    // A numeric component: nullopt when refused (the refusal is an issue naming the component and the mark).
    std::optional<Decimal> number(const EdifactSegment &segment, int position, int element, int component, const EngineMessage &what);

    QString kept(const EdifactSegment &segment, int element, int component);   // text, trimmed (see edi::TextCache)
    // The same text for a value that seldom repeats from one order to the next (order and item numbers): made without
    // a look into the cache, where it would only push out the texts that do repeat (parties, places, units).
    QString keptOnce(const EdifactSegment &segment, int element, int component);
    QString keptText(const EdifactSegment &segment, int element, int component, bool cached);
    QString joined(const EdifactSegment &segment, int element, int first, int last, QLatin1String separator);

    Order *m_order = nullptr;   // the target of the message being mapped
    // Lines are collected in a vector (moved on growth) and handed to the order once, at finish():
    // a QList of this non-relocatable type copies on every append and growth.
    std::vector<OrderLine> m_lines;
    QString m_interchangeSender;
    QString m_buyerName;
    QString m_buyerId;
    QString m_firstId;          // of the current line: the sku when no supplier article number is given
    bool m_sawBgm = false;
    bool m_inDetail = false;    // after the first LIN: DTM/NAD/FTX belong to lines, not to the header
    bool m_priceIsNet = false;  // the current line's price came from PRI+AAA (net), which beats AAB (gross)
    bool m_shipToIsDp = false;
    bool m_documentDateSeen = false;    // DTM+137 seen: DTM+4 no longer sets the order date
    bool m_orderedQuantitySeen = false; // QTY+21 seen on the current line
    QList<EdifactMessageIssue> m_issues;
    edi::TextArena m_arena;   // before m_texts: the cached texts point into its blocks
    edi::TextCache m_texts;
};

} // namespace orderflow
