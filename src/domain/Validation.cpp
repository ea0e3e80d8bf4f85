#include "domain/Validation.h"

#include "domain/PriceBasis.h"
#include "domain/Sha256.h"
#include "domain/messages/OrderMessages.h"


namespace orderflow {
namespace {

// Characters as a person counts them: a surrogate pair (an emoji, a rare CJK character) is one.
qsizetype characterCount(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

// A partner value inside a message: at most 40 characters of it, so a hostile value cannot flood logs and screens.
QString quoted(const QString &value)
{
    constexpr qsizetype kShown = 40;
    if (value.size() <= kShown)
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    return msg::QuotedLongValue(value.left(kShown), characterCount(value));
}

struct Sums {
    QList<std::optional<Decimal>> lineTotals;
    std::optional<Decimal> totalQuantity = Decimal();
    std::optional<Decimal> netAmount = Decimal();
    QList<ValidationProblem> problems;   // every total that does not fit
};

// One pass over the lines for both the totals step and validation, so the two cannot disagree.
Sums sumUp(const Order &order)
{
    Sums s;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        if (line.quantity && s.totalQuantity)
            s.totalQuantity = s.totalQuantity->add(*line.quantity);
        std::optional<Decimal> lineTotal;
        if (line.quantity && line.unitPrice) {
            lineTotal = line.quantity->multiply(*line.unitPrice);
            if (!lineTotal) {
                s.netAmount.reset();   // unknown, not the sum of the other lines
                s.problems.append({QStringLiteral("lines[%1].line_total").arg(i + 1),
                                   msg::LineTotalTooLarge(i + 1, line.quantity->toString(), line.unitPrice->toString(), Decimal::kMaxDigits)});
            } else if (s.netAmount) {
                s.netAmount = s.netAmount->add(*lineTotal);
                if (!s.netAmount)
                    s.problems.append({QStringLiteral("totals.net_amount"),
                                       msg::NetAmountTooLarge(Decimal::kMaxDigits)});
            }
        }
        s.lineTotals.append(lineTotal);
    }
    if (!s.totalQuantity)
        s.problems.append({QStringLiteral("totals.total_quantity"),
                           msg::TotalQuantityTooLarge(Decimal::kMaxDigits)});
    return s;
}

} // namespace

bool isKnownCurrency(const QString &code)
{
    // ISO 4217 codes that partners actually send; extend as partners need.
    static const QSet<QString> codes = {
        QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CHF"),
        QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("JPY"), QStringLiteral("CNY"),
        QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("PLN"),
        QStringLiteral("CZK"), QStringLiteral("HUF"), QStringLiteral("MXN"), QStringLiteral("BRL"),
        QStringLiteral("INR"), QStringLiteral("NZD"), QStringLiteral("SGD"), QStringLiteral("HKD"),
        QStringLiteral("ZAR"), QStringLiteral("TRY"), QStringLiteral("KRW"), QStringLiteral("RON"),
    };
    return codes.contains(code);
}

QList<ValidationProblem> validateOrder(const Order &order, const ValidationRules &rules)
{
    QList<ValidationProblem> problems;
    auto add = [&](const QString &field, const QString &message) { problems.append({field, message}); };
    // True when the value is within its limit (Validation.h lists them); otherwise the problem is added. The field's
    // name and description are made only then (callables), not for every field of every order.
    auto withinLimit = [&](const QString &value, int limit, const auto &field, const auto &what) {
        if (value.size() <= limit)
            return true;   // (characters never outnumber UTF-16 units)
        const qsizetype length = characterCount(value);
        if (length <= limit)
            return true;
        const QString f = field();
        add(f, msg::ValueTooLong(what(), f, length, limit));
        return false;
    };
    const auto named = [](const QString &at, const char *suffix) { return [&at, suffix]() -> QString { return at + QLatin1String(suffix); }; };
    const auto text = [](const EngineMessage &message) { return [&message] { return message(); }; };
    auto address = [&](const Address &a, const QString &at, const EngineMessage &name) {
        const auto of = [&](const EngineMessage &part) { return [&] { return part(name()); }; };
        withinLimit(a.name, 200, named(at, ".name"), of(msg::AddressName));
        withinLimit(a.street, 200, named(at, ".street"), of(msg::AddressStreet));
        withinLimit(a.city, 100, named(at, ".city"), of(msg::AddressCity));
        withinLimit(a.postalCode, 20, named(at, ".postal_code"), of(msg::AddressPostalCode));
        withinLimit(a.region, 80, named(at, ".region"), of(msg::AddressRegion));
        withinLimit(a.country, 80, named(at, ".country"), of(msg::AddressCountry));
        withinLimit(a.partyId, 80, named(at, ".party_id"), of(msg::AddressPartyId));
    };
    const QString header = QStringLiteral("header"), customer = QStringLiteral("customer");

    if (order.orderNumber.trimmed().isEmpty())
        add(QStringLiteral("header.order_number"), msg::NoOrderNumber());
    else
        withinLimit(order.orderNumber, 70, named(header, ".order_number"), text(msg::TheOrderNumber));
    const bool idOk = withinLimit(order.customer.partnerId, 80, named(customer, ".partner_id"), text(msg::TheCustomerPartnerId));
    const bool nameOk = withinLimit(order.customer.name, 200, named(customer, ".name"), text(msg::TheCustomerName));
    withinLimit(order.customer.erpCustomerNumber, 80, named(customer, ".erp_customer_number"), text(msg::TheErpCustomerNumber));
    if (idOk && nameOk && order.customer.name.trimmed().isEmpty() && order.customer.partnerId.trimmed().isEmpty())
        add(QStringLiteral("customer"), msg::NoCustomer());
    if (!order.currency.isEmpty() && !isKnownCurrency(order.currency))
        add(QStringLiteral("header.currency"), msg::UnknownCurrency(quoted(order.currency)));
    address(order.billTo, QStringLiteral("header.bill_to"), msg::BillTo);
    address(order.shipTo, QStringLiteral("header.ship_to"), msg::ShipTo);
    withinLimit(order.notes, 4000, named(header, ".notes"), text(msg::TheNotes));
    if (order.lines.isEmpty())
        add(QStringLiteral("lines"), msg::NoLines());

    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const QString at = QStringLiteral("lines[%1]").arg(i + 1);
        const int lineNo = int(i + 1);
        const auto ofLine = [lineNo](const EngineMessage &message) { return [&message, lineNo] { return message(lineNo); }; };
        if (!withinLimit(line.sku, 80, named(at, ".sku"), ofLine(msg::LineSku))) {
            // already a problem; a catalog look-up of the over-long value would only repeat it
        } else if (line.sku.trimmed().isEmpty()) {
            add(at + QStringLiteral(".sku"), msg::LineNoSku(lineNo));
        } else if (!rules.knownSkus.isEmpty() && !rules.knownSkus.contains(line.sku)) {
            add(at + QStringLiteral(".sku"), msg::SkuNotInCatalog(lineNo, quoted(line.sku)));
        }
        withinLimit(line.partnerSku, 80, named(at, ".partner_sku"), ofLine(msg::LinePartnerSku));
        withinLimit(line.gtin, 14, named(at, ".gtin"), ofLine(msg::LineGtin));
        withinLimit(line.description, 1000, named(at, ".description"), ofLine(msg::LineDescription));
        withinLimit(line.unit, 20, named(at, ".unit"), ofLine(msg::LineUnit));
        if (!line.quantity)
            add(at + QStringLiteral(".quantity"), msg::LineNoQuantity(lineNo));
        else if (line.quantity->isNegative() || line.quantity->isZero())
            add(at + QStringLiteral(".quantity"), msg::QuantityNotPositive(lineNo, line.quantity->toString()));
        if (line.unitPrice && line.unitPrice->isNegative())
            add(at + QStringLiteral(".unit_price"), msg::UnitPriceNegative(lineNo, line.unitPrice->toString(2)));
        if (line.priceAsSent) {
            // A price sent with a basis (per hundred, per 100 KGM): no price per unit is a problem, never ×1.
            if (const UnitPrice perUnit = unitPriceFromBasis(line); !perUnit.problem.isEmpty())
                add(at + QStringLiteral(".unit_price"), msg::LineProblem(lineNo, perUnit.problem));
        }
        if (!line.unitPrice && !line.priceAsSent && rules.requireUnitPrice)
            add(at + QStringLiteral(".unit_price"), msg::LineNoUnitPrice(lineNo));
    }
    if (order.declaredLineCount && *order.declaredLineCount != order.lines.size())
        add(QStringLiteral("totals.line_count"), msg::DeclaredLineCount(*order.declaredLineCount, order.lines.size()));
    problems.append(sumUp(order).problems);
    return problems;
}

OrderTotals computeTotals(Order &order)
{
    Sums sums = sumUp(order);
    for (qsizetype i = 0; i < order.lines.size(); ++i)
        order.lines[i].lineTotal = sums.lineTotals.at(i);
    OrderTotals totals;
    totals.lineCount = int(order.lines.size());
    totals.totalQuantity = sums.totalQuantity;
    totals.netAmount = sums.netAmount;
    return totals;
}

QString orderFingerprint(const Order &order, qint64 orgId)
{
    // Unit-separated canonical text of the business content; no ids, times or provenance.
    QString text;
    const QChar us(0x1f);
    auto field = [&](const QString &v) { text += v.trimmed() + us; };
    auto address = [&](const Address &a) {
        field(a.name); field(a.street); field(a.city); field(a.postalCode); field(a.region); field(a.country);
    };
    field(QString::number(orgId));
    field(order.orderNumber);
    field(order.customer.partnerId);
    field(order.customer.name);
    address(order.billTo);
    address(order.shipTo);
    field(order.orderDate.toString(Qt::ISODate));
    field(order.requestedDeliveryDate.toString(Qt::ISODate));
    field(order.currency);
    for (const OrderLine &l : order.lines) {
        field(l.sku); field(l.partnerSku); field(l.gtin);
        field(l.quantity ? l.quantity->toString() : QString());
        field(l.unit);
        field(l.unitPrice ? l.unitPrice->toString() : QString());
    }
    return QString::fromLatin1(sha256Hex(text.toUtf8()));
}

} // namespace orderflow
