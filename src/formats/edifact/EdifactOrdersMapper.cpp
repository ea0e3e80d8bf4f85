#include "formats/edifact/EdifactOrdersMapper.h"

#include "domain/PriceBasis.h"
#include "domain/messages/EdiMessages.h"
#include "formats/EdiText.h"

#include <span>

namespace orderflow {
namespace {

using edi::allDigits;
using edi::digitsValue;



// Whether b is the very text a already holds (same characters in the same place): assigning it would change nothing.
bool sameText(const QString &a, const QString &b)
{
    return a.constData() == b.constData() && a.size() == b.size() && a.isNull() == b.isNull();
}

// DTM C507: the value read with its format code (2379). Times are dropped: the canonical order has dates.
QDate parseDate(QByteArrayView value, QByteArrayView format)
{
    value = value.trimmed();
    if (format.isEmpty())   // not given: infer it from the length
        format = value.size() == 6 ? "101" : value.size() == 12 ? "203" : value.size() == 14 ? "204" : "102";
    if (edi::equals(format, "102") || edi::equals(format, "203") || edi::equals(format, "204") || edi::equals(format, "718")) {
        if (value.size() < 8 || !allDigits(value.first(8)))
            return {};
        const int expected = edi::equals(format, "102") ? 8 : edi::equals(format, "203") ? 12 : edi::equals(format, "204") ? 14 : 17;
        if (value.size() != expected || (!edi::equals(format, "718") && !allDigits(value)))
            return {};
        return QDate(digitsValue(value.first(4)), digitsValue(value.sliced(4, 2)), digitsValue(value.sliced(6, 2)));
    }
    if (edi::equals(format, "101") && value.size() == 6 && allDigits(value)) {
        const int yy = digitsValue(value.first(2));
        return QDate(yy < 50 ? 2000 + yy : 1900 + yy, digitsValue(value.sliced(2, 2)), digitsValue(value.sliced(4, 2)));
    }
    return {};
}

// The most elements, and components of the first elements, each segment this mapper reads may carry: the
// largest of the ORDERS directories D.96A to D.01B (UNTDID segment and composite directories). More is an
// error (0085 code 16, "too many constituents"), never read from a shifted position; empty ones written past
// the end change no meaning and are tolerated.
struct SegmentLimit {
    quint32 tag;
    int elements;
    int components[3];   // of elements 1..3; 0 = not checked here
};
constexpr SegmentLimit kLimits[] = {
    {edifactTag("BGM"), 4, {4, 3, 0}},   // C002, C106 (1004 : 1056 : 1060), 1225, 4343
    {edifactTag("DTM"), 1, {3, 0, 0}},   // C507: 2005 : 2380 : 2379
    {edifactTag("NAD"), 9, {0, 3, 5}},   // 3035, C082, C058, C080, C059, 3164, C819, 3251, 3207
    {edifactTag("LIN"), 6, {0, 0, 4}},   // 1082, 1229, C212 (7140 : 7143 : 1131 : 3055), C829, 1222, 7083
    {edifactTag("PIA"), 6, {0, 0, 0}},   // 4347, C212 × 5
    {edifactTag("IMD"), 4, {0, 0, 0}},   // 7077, C272, C273, 7383
    {edifactTag("QTY"), 1, {3, 0, 0}},   // C186: 6063 : 6060 : 6411
    {edifactTag("PRI"), 2, {6, 0, 0}},   // C509: 5125 : 5118 : 5375 : 5387 : 5284 : 6411, 5213
    {edifactTag("CUX"), 4, {0, 0, 0}},   // C504, C504, 5402, 6341
    {edifactTag("FTX"), 6, {0, 0, 0}},   // 4451, 4453, C107, C108, 3453, 4447
    {edifactTag("CNT"), 1, {3, 0, 0}},   // C270: 6069 : 6066 : 6411
};

template <quint32 Tag>
const SegmentLimit *limitEntry()
{
    return edi::tableEntry<kLimits, &SegmentLimit::tag, Tag>();
}
// The entry of kLimits for a tag, nullptr for the segments this mapper does not read: a switch (a few compares)
// instead of a search through the table, as it runs for every segment.
const SegmentLimit *limitOf(quint32 tag)
{
    switch (tag) {
    case edifactTag("BGM"): return limitEntry<edifactTag("BGM")>();
    case edifactTag("DTM"): return limitEntry<edifactTag("DTM")>();
    case edifactTag("NAD"): return limitEntry<edifactTag("NAD")>();
    case edifactTag("LIN"): return limitEntry<edifactTag("LIN")>();
    case edifactTag("PIA"): return limitEntry<edifactTag("PIA")>();
    case edifactTag("IMD"): return limitEntry<edifactTag("IMD")>();
    case edifactTag("QTY"): return limitEntry<edifactTag("QTY")>();
    case edifactTag("PRI"): return limitEntry<edifactTag("PRI")>();
    case edifactTag("CUX"): return limitEntry<edifactTag("CUX")>();
    case edifactTag("FTX"): return limitEntry<edifactTag("FTX")>();
    case edifactTag("CNT"): return limitEntry<edifactTag("CNT")>();
    default: return nullptr;
    }
}

// The last element (or component of `element`) that holds anything: trailing empty ones do not count.
int lastFilledElement(const EdifactSegment &segment)
{
    int last = segment.elementCount();
    while (last > 0 && segment.componentCount(last) <= 1 && segment.rawComponent(last, 1).isEmpty())
        --last;
    return last;
}
int lastFilledComponent(const EdifactSegment &segment, int element)
{
    int last = segment.componentCount(element);
    while (last > 0 && segment.rawComponent(element, last).isEmpty())
        --last;
    return last;
}

} // namespace

QString EdifactOrdersMapper::kept(const EdifactSegment &segment, int element, int component)
{
    return keptText(segment, element, component, true);
}

QString EdifactOrdersMapper::keptOnce(const EdifactSegment &segment, int element, int component)
{
    return keptText(segment, element, component, false);
}

QString EdifactOrdersMapper::keptText(const EdifactSegment &segment, int element, int component, bool cached)
{
    const QByteArrayView raw = segment.rawComponent(element, component);
    if (raw.isEmpty())   // what text() gives: null when absent, empty when written empty
        return raw.isNull() ? QString() : QString::fromLatin1(raw);
    const auto make = [&](QByteArrayView) {
        // ASCII: trimming the bytes trims what QString::trimmed() would, without making the untrimmed text first.
        const QByteArrayView bytes = edi::trimmed(raw);
        return !bytes.isEmpty() && edi::isAscii(bytes) ? m_arena.ascii(bytes) : segment.text(element, component).trimmed();
    };
    // Without a release character the text follows from the bytes alone, whatever the interchange's delimiters.
    if (segment.hasRelease() && raw.contains(segment.releaseCharacter()))
        return segment.text(element, component).trimmed();
    return cached ? m_texts.text(raw, make) : make(raw);
}

QString EdifactOrdersMapper::joined(const EdifactSegment &segment, int element, int first, int last, QLatin1String separator)
{
    QString out;
    last = qMin(last, segment.componentCount(element));   // absent components are empty
    for (int c = first; c <= last; ++c) {
        if (segment.rawComponent(element, c).isEmpty())
            continue;
        QString part = kept(segment, element, c);
        if (part.isEmpty())
            continue;
        if (out.isEmpty())
            out = std::move(part);
        else
            out = out + separator + part;
    }
    return out;
}

QString EdifactMessageIssue::elementName() const
{
    if (elementPosition <= 0)
        return {};
    QString name = QString::fromLatin1(segmentTag) + QStringLiteral("%1").arg(elementPosition, 2, 10, QLatin1Char('0'));
    if (componentPosition > 0)
        name += QStringLiteral(".%1").arg(componentPosition);
    return name;
}

void EdifactOrdersMapper::begin(Order &target, const QString &interchangeSender)
{
    m_order = &target;
    m_order->sourceFormat = QStringLiteral("edifact-orders");
    m_lines.clear();
    if (!sameText(m_interchangeSender, interchangeSender))   // the same for every message of an interchange
        m_interchangeSender = interchangeSender;
    m_buyerName.clear();
    m_buyerId.clear();
    m_firstId.clear();
    m_sawBgm = false;
    m_inDetail = false;
    m_priceIsNet = false;
    m_shipToIsDp = false;
    m_documentDateSeen = false;
    m_orderedQuantitySeen = false;
    m_issues.clear();
}

void EdifactOrdersMapper::issue(const EdifactSegment &segment, int position, int element, int component, int code,
                                const QString &message)
{
    EdifactMessageIssue i;
    i.message = message;
    i.segmentTag = segment.tag().toByteArray();
    i.segmentIndex = segment.index();
    i.positionInMessage = position;
    i.elementPosition = element;
    i.componentPosition = component;
    i.offset = component > 0 ? segment.componentOffset(element, component) : segment.elementOffset(element);
    i.syntaxCode = code;
    m_issues.append(i);
}

bool EdifactOrdersMapper::tooManyConstituents(const EdifactSegment &segment, int position)
{
    const SegmentLimit *found = limitOf(segment.tagCode());
    for (const SegmentLimit &limit : std::span(found, found ? 1 : 0)) {   // the tag's entry, if it has one
        // The usual segment has no more elements and components than allowed, filled or not: no need to look closer.
        bool within = segment.elementCount() <= limit.elements;
        for (int e = 1; within && e <= 3 && e <= segment.elementCount(); ++e)
            within = limit.components[e - 1] == 0 || segment.componentCount(e) <= limit.components[e - 1];
        if (within)
            return false;
        const QString name = QString::fromLatin1(segment.tag());
        const int elements = lastFilledElement(segment);
        if (elements > limit.elements) {
            issue(segment, position, limit.elements + 1, 0, 16,
                  msg::EdifactTooManyElements(name, elements, limit.elements, limit.elements + 1, segment.text(limit.elements + 1, 1).left(40),
                                              QString(QLatin1Char(segment.elementSeparator()))));
            return true;
        }
        for (int e = 1; e <= 3 && e <= elements; ++e) {
            const int components = lastFilledComponent(segment, e);
            if (limit.components[e - 1] == 0 || components <= limit.components[e - 1])
                continue;
            issue(segment, position, e, limit.components[e - 1] + 1, 16,
                  msg::EdifactTooManyComponents(e, name, components, limit.components[e - 1], limit.components[e - 1] + 1,
                                                segment.text(e, limit.components[e - 1] + 1).left(40),
                                                QString(QLatin1Char(segment.componentSeparator()))));
            return true;
        }
        return false;
    }
    return false;
}

std::optional<Decimal> EdifactOrdersMapper::number(const EdifactSegment &segment, int position, int element,
                                                   int component, const EngineMessage &what)
{
    // Read in place unless a release character must come out first (the usual case needs no copy).
    const QByteArrayView raw = segment.rawComponent(element, component);
    const QByteArray unescaped = segment.hasRelease() && raw.contains(segment.releaseCharacter()) ? segment.value(element, component) : QByteArray();
    const QByteArrayView value = unescaped.isNull() ? raw : QByteArrayView(unescaped);
    const edi::EdiNumber n = edi::edifactNumber(value, segment.decimalMark());
    if (!n.value)
        issue(segment, position, element, component, n.code,
              msg::EdiExpectedNumber(what(), QString::fromLatin1(value), n.problem));
    return n.value;
}

template <quint32 Tag>
bool EdifactOrdersMapper::fits(const EdifactSegment &segment, int position)
{
    const SegmentLimit &limit = *limitEntry<Tag>();
    if (segment.elementCount() <= limit.elements
        && (limit.components[0] == 0 || segment.componentCount(1) <= limit.components[0])
        && (limit.components[1] == 0 || segment.componentCount(2) <= limit.components[1])
        && (limit.components[2] == 0 || segment.componentCount(3) <= limit.components[2]))
        return true;
    return !tooManyConstituents(segment, position);
}

void EdifactOrdersMapper::add(const EdifactSegment &segment, int position)
{
    // One switch over the tags this mapper reads, each checked against its own limits first (segments with too many
    // constituents are not read); other tags change nothing.
    switch (segment.tagCode()) {
    case edifactTag("LIN"):
        if (fits<edifactTag("LIN")>(segment, position))
            mapLin(segment);
        return;
    case edifactTag("QTY"):
        if (fits<edifactTag("QTY")>(segment, position))
            mapQty(segment, position);
        return;
    case edifactTag("PRI"):
        if (fits<edifactTag("PRI")>(segment, position))
            mapPri(segment, position);
        return;
    case edifactTag("PIA"):
        if (fits<edifactTag("PIA")>(segment, position))
            mapPia(segment);
        return;
    case edifactTag("IMD"):
        // IMD C273: 7008 twice (35 characters each) carries the description; the first IMD of a line wins.
        if (fits<edifactTag("IMD")>(segment, position) && !m_lines.empty() && m_lines.back().description.isEmpty())
            m_lines.back().description = joined(segment, 3, 4, 5, QLatin1String(" "));
        return;
    case edifactTag("DTM"):
        if (fits<edifactTag("DTM")>(segment, position))
            mapDtm(segment, position);
        return;
    case edifactTag("NAD"):
        if (fits<edifactTag("NAD")>(segment, position))
            mapNad(segment);
        return;
    case edifactTag("BGM"):
        if (fits<edifactTag("BGM")>(segment, position))
            mapBgm(segment, position);
        return;
    case edifactTag("CUX"):
        // CUX C504: 2 (reference currency) : code. The first currency named is the order's.
        if (fits<edifactTag("CUX")>(segment, position) && m_order->currency.isEmpty())
            m_order->currency = kept(segment, 1, 2).toUpper();
        return;
    case edifactTag("FTX"):
        if (fits<edifactTag("FTX")>(segment, position) && !m_inDetail) {
            const QString note = joined(segment, 4, 1, 5, QLatin1String(" "));
            if (!note.isEmpty())
                m_order->notes = m_order->notes.isEmpty() ? note : m_order->notes + QLatin1Char('\n') + note;
        }
        return;
    case edifactTag("CNT"):
        if (fits<edifactTag("CNT")>(segment, position))
            mapCnt(segment, position);
        return;
    default:
        return;
    }
}

void EdifactOrdersMapper::mapBgm(const EdifactSegment &segment, int position)
{
    if (m_sawBgm) {
        if (!m_issues.isEmpty() && m_issues.last().segmentTag == "BGM" && m_issues.last().syntaxCode == 35)
            return;   // said once is enough (a file can repeat the body thousands of times)
        issue(segment, position, 0, 0, 35, msg::EdifactSecondBgm());
        return;
    }
    m_sawBgm = true;
    // BGM C106 (element 2) 1004: the document (order) number.
    m_order->orderNumber = keptOnce(segment, 2, 1);
    if (m_order->orderNumber.isEmpty())
        issue(segment, position, 2, 1, 13, msg::EdifactNoOrderNumber());
}

void EdifactOrdersMapper::mapDtm(const EdifactSegment &segment, int position)
{
    if (m_inDetail)
        return;
    // 137 = document date; 4 = order date, which older senders use instead (137 wins when both are there).
    const QByteArrayView qualifier = segment.rawComponent(1, 1);
    const bool orderDate = edi::equals(qualifier, "137") || (edi::equals(qualifier, "4") && !m_documentDateSeen);
    if (!orderDate && !edi::equals(qualifier, "2"))
        return;
    if (edi::equals(qualifier, "137"))
        m_documentDateSeen = true;
    // Read in place unless a release character must come out first (the usual case needs no copy).
    const QByteArrayView raw = segment.rawComponent(1, 2);
    const QByteArray unescaped = segment.hasRelease() && raw.contains(segment.releaseCharacter()) ? segment.value(1, 2) : QByteArray();
    const QByteArrayView value = unescaped.isNull() ? raw : QByteArrayView(unescaped);
    const QDate date = parseDate(value, segment.rawComponent(1, 3));
    if (!date.isValid()) {
        issue(segment, position, 1, 2, 12, msg::EdifactExpectedDate(segment.rawComponent(1, 3).isEmpty() ? QStringLiteral("CCYYMMDD")
                                                                                                       : segment.text(1, 3),
                                                                   QString::fromLatin1(value)));
        return;
    }
    (orderDate ? m_order->orderDate : m_order->requestedDeliveryDate) = date;
}

void EdifactOrdersMapper::mapNad(const EdifactSegment &segment)
{
    if (m_inDetail)
        return;
    const QByteArrayView qualifier = segment.rawComponent(1, 1);
    QString id = kept(segment, 2, 1);
    // C080 party name (5 × 3036), else the unstructured C058 name-and-address lines.
    QString name = joined(segment, 4, 1, 5, QLatin1String(" "));
    if (name.isEmpty())
        name = kept(segment, 3, 1);
    if (edi::equals(qualifier, "BY")) {
        m_buyerId = std::move(id);
        m_buyerName = std::move(name);
        return;
    }
    Address *target = nullptr;
    if (edi::equals(qualifier, "DP") || (edi::equals(qualifier, "ST") && !m_shipToIsDp)) {
        target = &m_order->shipTo;   // delivery party wins over a ship-to: it is where the goods go
        m_shipToIsDp = edi::equals(qualifier, "DP");
    } else if (edi::equals(qualifier, "IV") || edi::equals(qualifier, "BT")) {
        target = &m_order->billTo;
    }
    if (!target)
        return;
    Address a;
    a.partyId = std::move(id);
    a.name = std::move(name);
    a.street = joined(segment, 5, 1, 4, QLatin1String(", "));
    a.city = kept(segment, 6, 1);
    a.region = kept(segment, 7, 1);
    a.postalCode = kept(segment, 8, 1);
    a.country = kept(segment, 9, 1);
    *target = std::move(a);
}

void EdifactOrdersMapper::addId(OrderLine &line, QString id, QByteArrayView type)
{
    if (id.isEmpty())
        return;
    if (m_firstId.isEmpty())
        m_firstId = id;
    if (edi::equals(type, "SA") && line.sku.isEmpty())
        line.sku = std::move(id);
    else if ((edi::equals(type, "IN") || edi::equals(type, "BP")) && line.partnerSku.isEmpty())
        line.partnerSku = std::move(id);
    else if ((edi::equals(type, "EN") || edi::equals(type, "SRV") || edi::equals(type, "UP")) && line.gtin.isEmpty())
        line.gtin = std::move(id);
}

void EdifactOrdersMapper::mapLin(const EdifactSegment &segment)
{
    m_inDetail = true;
    completeLine();
    m_firstId.clear();
    m_priceIsNet = false;
    m_orderedQuantitySeen = false;
    const QByteArrayView number = edi::trimmed(segment.rawComponent(1, 1));
    const int lineNo = allDigits(number) && number.size() <= 9 && digitsValue(number) > 0 ? digitsValue(number)
                                                                                           : int(m_lines.size()) + 1;
    OrderLine &line = m_lines.emplace_back();
    line.lineNo = lineNo;
    // LIN C212: item number : type (EN = GTIN, SRV = GS1 trade item number).
    addId(line, keptOnce(segment, 3, 1), segment.rawComponent(3, 2));
}

void EdifactOrdersMapper::mapPia(const EdifactSegment &segment)
{
    if (m_lines.empty())
        return;
    OrderLine &line = m_lines.back();
    for (int e = 2; e <= segment.elementCount() && e <= 6; ++e)
        addId(line, keptOnce(segment, e, 1), segment.rawComponent(e, 2));
}

void EdifactOrdersMapper::mapQty(const EdifactSegment &segment, int position)
{
    // QTY C186: 21 (ordered quantity) : value : unit. A plain discrete quantity (1) stands in when a sender
    // writes no 21; other qualifiers (free goods, per pack…) are not what is ordered.
    if (m_lines.empty())
        return;
    const QByteArrayView qualifier = segment.rawComponent(1, 1);
    const bool ordered = edi::equals(qualifier, "21");
    OrderLine &line = m_lines.back();
    if (ordered ? m_orderedQuantitySeen : (!edi::equals(qualifier, "1") || m_orderedQuantitySeen || line.quantity))
        return;
    m_orderedQuantitySeen = ordered;
    line.quantity = number(segment, position, 1, 2, msg::EdifactOrderedQuantity);
    const QString unit = kept(segment, 1, 3);
    if (!unit.isEmpty())
        line.unit = unit;
}

void EdifactOrdersMapper::mapPri(const EdifactSegment &segment, int position)
{
    // PRI C509: AAA (net calculation price) or AAB (gross); the net price wins when both are given.
    if (m_lines.empty())
        return;
    const QByteArrayView qualifier = segment.rawComponent(1, 1);
    const bool net = edi::equals(qualifier, "AAA");
    if (!net && !edi::equals(qualifier, "AAB"))
        return;
    OrderLine &line = m_lines.back();
    if (line.unitPrice && (m_priceIsNet || !net))
        return;
    if (edi::trimmed(segment.rawComponent(1, 2)).isEmpty())
        return;
    const std::optional<Decimal> price = number(segment, position, 1, 2, msg::EdifactPrice);
    if (!price)
        return;
    line.unitPrice = price;
    line.priceAsSent.reset();
    line.priceBasis = PriceBasis();
    m_priceIsNet = net;
    // C509 5284 (unit price basis value) and 6411 (its measure unit): "PRI+AAA:250:CT:AAE:100:KGM" is 250 for
    // 100 KGM. The price per unit is derived when the line is complete (its QTY may follow the PRI).
    const bool basisQuantity = !edi::trimmed(segment.rawComponent(1, 5)).isEmpty();
    const QString basisUnit = kept(segment, 1, 6);
    if (!basisQuantity && basisUnit.isEmpty())
        return;
    PriceBasis basis;
    basis.quantity = basisQuantity ? number(segment, position, 1, 5, msg::EdifactPriceBasis)
                                   : std::optional<Decimal>(Decimal::fromInt(1));
    if (!basis.quantity)
        return;
    basis.unit = basisUnit;
    line.priceAsSent = price;
    line.priceBasis = basis;
}

void EdifactOrdersMapper::completeLine()
{
    if (m_lines.empty())
        return;
    OrderLine &line = m_lines.back();
    if (line.sku.isEmpty())
        line.sku = m_firstId;
    if (line.priceAsSent)
        line.unitPrice = unitPriceFromBasis(line).value;   // none: validation names the reason
}

void EdifactOrdersMapper::mapCnt(const EdifactSegment &segment, int position)
{
    // CNT C270: 2 = number of line items.
    if (!edi::equals(segment.rawComponent(1, 1), "2"))
        return;
    // Read in place unless a release character must come out first (the usual case needs no copy).
    const QByteArray unescaped = segment.hasRelease() ? segment.value(1, 2) : QByteArray();
    const QByteArrayView value = edi::trimmed(segment.hasRelease() ? QByteArrayView(unescaped) : segment.rawComponent(1, 2));
    if (!allDigits(value) || value.size() > 9) {
        issue(segment, position, 1, 2, 12, msg::EdiExpectedLineCount(QString::fromLatin1(value)));
        return;
    }
    m_order->declaredLineCount = digitsValue(value);
}

void EdifactOrdersMapper::finish(int segmentCountInMessage)
{
    completeLine();
    if (!m_sawBgm) {
        EdifactMessageIssue i;
        i.message = msg::EdifactNoBgm();
        i.segmentTag = "BGM";
        i.positionInMessage = qMax(2, segmentCountInMessage);
        i.syntaxCode = 13;
        m_issues.append(i);
    }
    edi::setCustomer(*m_order, m_buyerId, m_buyerName, m_interchangeSender);
    m_order->lines.reserve(qsizetype(m_lines.size()));
    for (OrderLine &line : m_lines)
        m_order->lines.append(std::move(line));
    m_lines.clear();
    m_order = nullptr;
}

} // namespace orderflow
