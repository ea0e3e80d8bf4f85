#include "formats/x12/X12PurchaseOrderMapper.h"

#include "domain/PriceBasis.h"
#include "domain/messages/EdiMessages.h"
#include "formats/EdiText.h"

namespace orderflow {
namespace {

using edi::allDigits;
using edi::digitsValue;

// X12 data is ASCII by the standard; partners do send UTF-8 or Latin-1 names. Valid UTF-8 wins, else Latin-1.
QString text(QByteArrayView bytes)
{
    bytes = edi::trimmed(bytes);
    if (!edi::isAscii(bytes))
        return bytes.isValidUtf8() ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    return QString::fromLatin1(bytes);
}



// CCYYMMDD, or YYMMDD in versions before 004010 (windowed: 00-49 → 20xx).
QDate parseDate(QByteArrayView value)
{
    value = value.trimmed();
    if (!allDigits(value))
        return {};
    if (value.size() == 8)
        return QDate(digitsValue(value.first(4)), digitsValue(value.sliced(4, 2)), digitsValue(value.sliced(6, 2)));
    if (value.size() == 6) {
        const int yy = digitsValue(value.first(2));
        return QDate(yy < 50 ? 2000 + yy : 1900 + yy, digitsValue(value.sliced(2, 2)), digitsValue(value.sliced(4, 2)));
    }
    return {};
}

// X12 element 639, Basis of Unit Price Code (PO105), in our words: what quantity of what unit PO104 is the price of.
// Codes that only say where the price comes from (catalog, contract, quote, retail, wholesale…) or that name the
// line's own unit (per each, per unit of measure) price one unit of PO103. Codes for 10, a dozen, a hundred, a
// thousand or 100,000 divide by that count. Codes for a weight, volume or length name the X12 unit (element 355)
// the price counts; the line must be ordered in it. No charge (NC) and not separately priced (NS) are a price of
// zero per unit when the price sent is zero. Anything else (a price sent with NC/NS, no quote, to be negotiated,
// periodic prices, per troy ounce or ton, whose X12 unit this table does not name) is kept as sent with no price
// per unit, so validation stops the order instead of guessing ×1. A code with no price at all breaks X12 syntax
// rule C0504 (mapPo1).
struct PriceBasisCode {
    const char *code;
    int quantity;
    const char *unit;   // empty: the line's own unit (PO103)
};
constexpr PriceBasisCode kPriceBases[] = {
    // One unit of PO103.
    {"PE", 1, ""}, {"UM", 1, ""}, {"QE", 1, ""}, {"LE", 1, ""}, {"RE", 1, ""}, {"TE", 1, ""}, {"WE", 1, ""},
    {"CA", 1, ""}, {"CT", 1, ""}, {"CP", 1, ""}, {"QT", 1, ""}, {"SR", 1, ""}, {"RT", 1, ""}, {"WH", 1, ""},
    {"DI", 1, ""}, {"DR", 1, ""}, {"BR", 1, ""}, {"NT", 1, ""}, {"AP", 1, ""}, {"ES", 1, ""}, {"PR", 1, ""},
    {"DS", 1, ""}, {"FX", 1, ""}, {"NE", 1, ""}, {"PV", 1, ""}, {"RS", 1, ""}, {"BD", 1, ""}, {"AW", 1, ""},
    // Per ten, dozen, hundred, thousand, hundred thousand (plain, catalog, quoted, retail, contract, wholesale).
    {"PN", 10, ""},
    {"PD", 12, ""}, {"LD", 12, ""}, {"RD", 12, ""}, {"TD", 12, ""}, {"WD", 12, ""},
    {"HP", 100, ""}, {"LC", 100, ""}, {"QH", 100, ""}, {"RC", 100, ""}, {"TC", 100, ""}, {"WC", 100, ""},
    {"TP", 1000, ""}, {"LM", 1000, ""}, {"QS", 1000, ""}, {"RM", 1000, ""}, {"TM", 1000, ""}, {"WM", 1000, ""},
    {"TT", 10000, ""}, {"HT", 100000, ""},
    // Per a unit of weight, volume or length.
    {"PP", 1, "LB"}, {"PK", 1, "KG"}, {"PG", 1, "GR"}, {"PO", 1, "OZ"}, {"PL", 1, "LT"}, {"ML", 1, "ML"},
    {"PY", 1, "YD"}, {"PF", 1, "FT"}, {"HF", 100, "FT"}, {"TF", 1000, "FT"}, {"PS", 1000, "SF"},
};

// Codes that say the line costs nothing: free of charge, or paid for by another line's price.
constexpr const char *kFreeBases[] = {"NC", "NS"};

PriceBasis priceBasis(QByteArrayView code, const Decimal &price)
{
    PriceBasis basis;
    basis.code = QString::fromLatin1(code);
    for (const char *free : kFreeBases) {
        if (code == QByteArrayView(free) && price.isZero())
            basis.quantity = Decimal::fromInt(1);
    }
    for (const PriceBasisCode &b : kPriceBases) {
        if (code == QByteArrayView(b.code)) {
            basis.quantity = Decimal::fromInt(b.quantity);
            basis.unit = QString::fromLatin1(b.unit);
            break;
        }
    }
    return basis;
}

QString appendWith(const QString &existing, const QString &more, QLatin1String separator)
{
    if (more.isEmpty())
        return existing;
    return existing.isEmpty() ? more : existing + separator + more;
}

} // namespace

QString X12SetIssue::elementName() const
{
    if (elementPosition <= 0)
        return {};
    return QString::fromLatin1(segmentTag) + QStringLiteral("%1").arg(elementPosition, 2, 10, QLatin1Char('0'));
}

QString X12PurchaseOrderMapper::kept(QByteArrayView bytes)
{
    return m_texts.text(edi::trimmed(bytes), [this](QByteArrayView value) {
        // text(), with ASCII values (nearly all) written into the shared blocks of m_arena.
        return edi::isAscii(value) ? m_arena.ascii(value) : text(value);
    });
}

void X12PurchaseOrderMapper::begin(const QString &interchangeSender)
{
    m_order = Order();
    m_order.sourceFormat = QStringLiteral("x12-850");
    // Room for as many lines as the set before had (at most 256): lines are made in place in the order's list, and in a
    // file of similar orders it seldom grows (a QList of lines moves each line when it grows).
    m_order.lines.reserve(qMin<qsizetype>(m_previousLineCount, 256));
    m_interchangeSender = interchangeSender;
    m_buyerName.clear();
    m_buyerId.clear();
    m_party = Party::Other;
    m_sawBeg = false;
    m_inDetail = false;
    m_issues.clear();
}

void X12PurchaseOrderMapper::issue(const X12Segment &segment, int positionInSet, int element, int code,
                                   const QString &message)
{
    X12SetIssue i;
    i.message = message;
    i.segmentTag = segment.tag().toByteArray();
    i.segmentIndex = segment.index();
    i.positionInSet = positionInSet;
    i.elementPosition = element;
    i.offset = segment.elementOffset(element);
    i.segmentCode = 8;
    i.elementCode = code;
    i.badData = segment.element(element).toByteArray().left(40);
    m_issues.append(i);
}

std::optional<Decimal> X12PurchaseOrderMapper::number(const X12Segment &segment, int positionInSet, int element,
                                                     const EngineMessage &what)
{
    const QByteArrayView value = edi::trimmed(segment.element(element));
    if (value.isEmpty())
        return std::nullopt;
    if (value.front() != '+') {   // the usual number, as x12Number reads it first; a refusal is looked at there
        if (std::optional<Decimal> d = Decimal::parse(value))
            return d;
    }
    const edi::EdiNumber n = edi::x12Number(value);
    if (!n.value)
        issue(segment, positionInSet, element, n.code,
              msg::EdiExpectedNumber(what(), text(value), n.problem));
    return n.value;
}

bool X12PurchaseOrderMapper::tooManyElements(const X12Segment &segment, int positionInSet, int max)
{
    if (segment.elementCount() <= max)
        return false;
    int last = segment.elementCount();
    while (last > max && segment.element(last).trimmed().isEmpty())
        --last;
    if (last <= max)
        return false;
    issue(segment, positionInSet, max + 1, 3,
          msg::X12TooManyElements(QString::fromLatin1(segment.tag()), last, max, max + 1, text(segment.element(max + 1)).left(40)));
    return true;
}

void X12PurchaseOrderMapper::map(const X12Segment &segment, int positionInSet, int maxElements)
{
    if (tooManyElements(segment, positionInSet, maxElements))
        return;
    switch (segment.tagCode()) {
    case x12Tag("BEG"):
        mapBeg(segment, positionInSet);
        break;
    case x12Tag("PO1"):
        mapPo1(segment, positionInSet);
        break;
    case x12Tag("PID"):
        // PID*F****text: free-form description. The first one under a PO1 is the item's name; later ones
        // (colour, size) are details bots and the partners' own tools leave out as well.
        if (!m_order.lines.isEmpty() && m_order.lines.back().description.isEmpty() && edi::equals(segment.element(1), "F"))
            m_order.lines.back().description = kept(segment.element(5));
        break;
    case x12Tag("CUR"):
        if (!segment.element(2).isEmpty())
            m_order.currency = kept(segment.element(2)).toUpper();
        break;
    case x12Tag("DTM"):
        // 002 = delivery requested. Line-level DTMs (after a PO1) are per-line schedules, not the header's.
        if (!m_inDetail && edi::equals(segment.element(1), "002")) {
            const QDate d = parseDate(segment.element(2));
            if (!d.isValid())
                issue(segment, positionInSet, 2, 8, msg::X12ExpectedDate(text(segment.element(2))));
            else
                m_order.requestedDeliveryDate = d;
        }
        break;
    case x12Tag("NTE"):
        if (!m_inDetail)
            m_order.notes = appendWith(m_order.notes, text(segment.element(2)), QLatin1String("\n"));
        break;
    case x12Tag("N1"):
        mapN1(segment);
        break;
    case x12Tag("N3"):
        mapN3(segment);
        break;
    case x12Tag("N4"):
        mapN4(segment);
        break;
    case x12Tag("CTT"): {
        const QByteArrayView count = segment.element(1).trimmed();
        if (!allDigits(count) || count.size() > 9)
            issue(segment, positionInSet, 1, 6, msg::EdiExpectedLineCount(text(count)));
        else
            m_order.declaredLineCount = digitsValue(count);
        break;
    }
    default:
        break;
    }
}

void X12PurchaseOrderMapper::mapBeg(const X12Segment &segment, int positionInSet)
{
    m_sawBeg = true;
    m_order.orderNumber = text(segment.element(3));
    if (m_order.orderNumber.isEmpty())
        issue(segment, positionInSet, 3, 1, msg::X12NoPoNumber());
    const QByteArrayView date = segment.element(5);
    m_order.orderDate = parseDate(date);
    if (date.trimmed().isEmpty())
        issue(segment, positionInSet, 5, 1, msg::X12NoPoDate());
    else if (!m_order.orderDate.isValid())
        issue(segment, positionInSet, 5, 8, msg::X12ExpectedOrderDate(text(date)));
}

void X12PurchaseOrderMapper::mapPo1(const X12Segment &segment, int positionInSet)
{
    m_inDetail = true;
    m_party = Party::Other;
    const QByteArrayView assigned = edi::trimmed(segment.element(1));
    const int lineNo = allDigits(assigned) && assigned.size() <= 9 && digitsValue(assigned) > 0 ? digitsValue(assigned)
                                                                                                : int(m_order.lines.size()) + 1;
    OrderLine &line = m_order.lines.emplaceBack();
    line.lineNo = lineNo;
    line.quantity = number(segment, positionInSet, 2, msg::X12QuantityOrdered);
    line.unit = kept(segment.element(3));
    line.unitPrice = number(segment, positionInSet, 4, msg::X12UnitPrice);
    const QByteArrayView basis = edi::trimmed(segment.element(5));
    if (!basis.isEmpty() && edi::trimmed(segment.element(4)).isEmpty()) {
        // X12 syntax rule C0504: a basis needs its price. Not guessed even for "no charge": the partner's sender
        // breaks the standard, and the 997 tells it where (AK4 code 2, conditional element missing).
        const QString code = text(basis);
        const QString message = edi::equals(basis, "NC")   ? msg::X12BasisWithoutPriceNamed(code, msg::X12BasisNoCharge())
                                : edi::equals(basis, "NS") ? msg::X12BasisWithoutPriceNamed(code, msg::X12BasisNotSeparatelyPriced())
                                                           : msg::X12BasisWithoutPrice(code);
        issue(segment, positionInSet, 4, 2, message);
    }
    if (line.unitPrice && !basis.isEmpty()) {
        line.priceAsSent = line.unitPrice;
        line.priceBasis = priceBasis(basis, *line.unitPrice);
        line.unitPrice = unitPriceFromBasis(line).value;   // none: validation names the reason
    }
    // PO106/PO107 … PO124/PO125: product id qualifier and value pairs. The values are chosen as bytes and only the
    // ones the line keeps become text (a line often carries ids nobody reads: IT, BO, IZ …).
    QByteArrayView firstId;
    QByteArrayView sku;
    QByteArrayView vendorNumber;   // VN: the seller's item number, used when no VP is given
    QByteArrayView partnerSku;
    QByteArrayView gtin;
    for (int q = 6; q + 1 <= segment.elementCount(); q += 2) {
        const QByteArrayView value = edi::trimmed(segment.element(q + 1));
        // Empty as text: ASCII bytes are empty only when they are; anything else is looked at as text.
        if (value.isEmpty() || (!edi::isAscii(value) && kept(value).isEmpty()))
            continue;
        const QByteArrayView qualifier = edi::trimmed(segment.element(q));
        if (firstId.isEmpty())
            firstId = value;
        // The first value of each kind; a qualifier as one number (all of them have two characters).
        constexpr auto pair = [](char a, char b) { return quint32(uchar(a)) << 8 | uchar(b); };
        QByteArrayView *kind = nullptr;
        switch (qualifier.size() == 2 ? pair(qualifier[0], qualifier[1]) : 0) {
        case pair('V', 'P'): kind = &sku; break;
        case pair('V', 'N'): kind = &vendorNumber; break;
        case pair('B', 'P'):
        case pair('I', 'N'): kind = &partnerSku; break;
        case pair('U', 'P'):
        case pair('E', 'N'):
        case pair('U', 'K'): kind = &gtin; break;
        default: break;
        }
        if (kind && kind->isEmpty())
            *kind = value;
    }
    if (sku.isEmpty())
        sku = vendorNumber.isEmpty() ? firstId : vendorNumber;
    // The same value is often two of them (the first id is the GTIN and stands in for the SKU): one text for both.
    const auto same = [](QByteArrayView a, QByteArrayView b) { return a.data() == b.data() && a.size() == b.size(); };
    if (!sku.isEmpty())
        line.sku = kept(sku);
    if (!partnerSku.isEmpty())
        line.partnerSku = same(partnerSku, sku) ? line.sku : kept(partnerSku);
    if (!gtin.isEmpty())
        line.gtin = same(gtin, sku) ? line.sku : same(gtin, partnerSku) ? line.partnerSku : kept(gtin);
}

void X12PurchaseOrderMapper::forEachPartyAddress(auto apply)
{
    switch (m_party) {
    case Party::ShipTo:
        apply(m_order.shipTo);
        break;
    case Party::BillTo:
        apply(m_order.billTo);
        break;
    case Party::BillAndShipTo:
        apply(m_order.shipTo);
        apply(m_order.billTo);
        break;
    case Party::Buyer:
    case Party::Other:
        break;
    }
}

void X12PurchaseOrderMapper::mapN1(const X12Segment &segment)
{
    if (m_inDetail) {   // line-level parties (e.g. store-level SDQ ship-tos) do not change the header
        m_party = Party::Other;
        return;
    }
    const QByteArrayView qualifier = edi::trimmed(segment.element(1));
    const QString name = kept(segment.element(2));
    const QString id = kept(segment.element(4));
    if (edi::equals(qualifier, "BY")) {
        m_party = Party::Buyer;
        m_buyerName = name;
        m_buyerId = id;
        return;
    }
    m_party = edi::equals(qualifier, "ST") ? Party::ShipTo
            : edi::equals(qualifier, "BT") ? Party::BillTo
            : edi::equals(qualifier, "BS") ? Party::BillAndShipTo
                                : Party::Other;
    forEachPartyAddress([&](Address &a) {
        a = Address();
        a.name = name;
        a.partyId = id;
    });
}

void X12PurchaseOrderMapper::mapN3(const X12Segment &segment)
{
    const QString street = appendWith(kept(segment.element(1)), kept(segment.element(2)), QLatin1String(", "));
    forEachPartyAddress([&](Address &a) { a.street = appendWith(a.street, street, QLatin1String(", ")); });
}

void X12PurchaseOrderMapper::mapN4(const X12Segment &segment)
{
    forEachPartyAddress([&](Address &a) {
        a.city = kept(segment.element(1));
        a.region = kept(segment.element(2));
        a.postalCode = kept(segment.element(3));
        a.country = kept(segment.element(4));
    });
}

Order X12PurchaseOrderMapper::finish(int segmentCountInSet)
{
    if (!m_sawBeg) {
        X12SetIssue i;
        i.message = msg::X12NoBeg();
        i.segmentTag = "BEG";
        i.positionInSet = qMax(2, segmentCountInSet);
        i.segmentCode = 3;
        m_issues.append(i);
    }
    edi::setCustomer(m_order, m_buyerId, m_buyerName, m_interchangeSender);
    m_previousLineCount = m_order.lines.size();
    return std::move(m_order);
}

} // namespace orderflow
