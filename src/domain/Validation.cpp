#include "domain/Validation.h"

#include "domain/PriceBasis.h"

#include <QCryptographicHash>

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
    return QLatin1Char('\'') + value.left(kShown) + QStringLiteral("…' (%1 characters)").arg(characterCount(value));
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
                                   QStringLiteral("Line %1: quantity %2 times unit price %3 is too large to compute "
                                                  "exactly (more than %4 digits); correct the quantity or the price.")
                                       .arg(i + 1)
                                       .arg(line.quantity->toString(), line.unitPrice->toString())
                                       .arg(Decimal::kMaxDigits)});
            } else if (s.netAmount) {
                s.netAmount = s.netAmount->add(*lineTotal);
                if (!s.netAmount)
                    s.problems.append({QStringLiteral("totals.net_amount"),
                                       QStringLiteral("The net amount (the sum of the line totals) is too large to "
                                                      "compute exactly (more than %1 digits).").arg(Decimal::kMaxDigits)});
            }
        }
        s.lineTotals.append(lineTotal);
    }
    if (!s.totalQuantity)
        s.problems.append({QStringLiteral("totals.total_quantity"),
                           QStringLiteral("The total quantity of the order's lines is too large to compute exactly "
                                          "(more than %1 digits).").arg(Decimal::kMaxDigits)});
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
    // True when the value is within its limit (Validation.h lists them); otherwise the problem is added.
    auto withinLimit = [&](const QString &field, const QString &what, const QString &value, int limit) {
        const qsizetype length = characterCount(value);
        if (length <= limit)
            return true;
        add(field, QStringLiteral("%1 (%2) is %3 characters long; at most %4 are allowed.").arg(what, field).arg(length).arg(limit));
        return false;
    };
    auto address = [&](const Address &a, const QString &at, const QString &name) {
        withinLimit(at + QStringLiteral(".name"), QStringLiteral("The %1 name").arg(name), a.name, 200);
        withinLimit(at + QStringLiteral(".street"), QStringLiteral("The %1 street").arg(name), a.street, 200);
        withinLimit(at + QStringLiteral(".city"), QStringLiteral("The %1 city").arg(name), a.city, 100);
        withinLimit(at + QStringLiteral(".postal_code"), QStringLiteral("The %1 postal code").arg(name), a.postalCode, 20);
        withinLimit(at + QStringLiteral(".region"), QStringLiteral("The %1 region").arg(name), a.region, 80);
        withinLimit(at + QStringLiteral(".country"), QStringLiteral("The %1 country").arg(name), a.country, 80);
        withinLimit(at + QStringLiteral(".party_id"), QStringLiteral("The %1 party id").arg(name), a.partyId, 80);
    };

    if (order.orderNumber.trimmed().isEmpty())
        add(QStringLiteral("header.order_number"), QStringLiteral("The order has no order number (partner PO)."));
    else
        withinLimit(QStringLiteral("header.order_number"), QStringLiteral("The order number"), order.orderNumber, 70);
    const bool idOk = withinLimit(QStringLiteral("customer.partner_id"), QStringLiteral("The customer's partner id"),
                                  order.customer.partnerId, 80);
    const bool nameOk = withinLimit(QStringLiteral("customer.name"), QStringLiteral("The customer name"), order.customer.name, 200);
    withinLimit(QStringLiteral("customer.erp_customer_number"), QStringLiteral("The ERP customer number"),
                order.customer.erpCustomerNumber, 80);
    if (idOk && nameOk && order.customer.name.trimmed().isEmpty() && order.customer.partnerId.trimmed().isEmpty())
        add(QStringLiteral("customer"), QStringLiteral("The order names no customer (neither name nor partner id)."));
    if (!order.currency.isEmpty() && !isKnownCurrency(order.currency))
        add(QStringLiteral("header.currency"),
            QStringLiteral("Currency %1 is not a known ISO 4217 code.").arg(quoted(order.currency)));
    address(order.billTo, QStringLiteral("header.bill_to"), QStringLiteral("bill-to"));
    address(order.shipTo, QStringLiteral("header.ship_to"), QStringLiteral("ship-to"));
    withinLimit(QStringLiteral("header.notes"), QStringLiteral("The notes"), order.notes, 4000);
    if (order.lines.isEmpty())
        add(QStringLiteral("lines"), QStringLiteral("The order has no lines."));

    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const QString at = QStringLiteral("lines[%1]").arg(i + 1);
        const QString lineNo = QStringLiteral("Line %1: the").arg(i + 1);
        if (!withinLimit(at + QStringLiteral(".sku"), lineNo + QStringLiteral(" SKU"), line.sku, 80)) {
            // already a problem; a catalog look-up of the over-long value would only repeat it
        } else if (line.sku.trimmed().isEmpty()) {
            add(at + QStringLiteral(".sku"), QStringLiteral("Line %1 has no SKU or product id.").arg(i + 1));
        } else if (!rules.knownSkus.isEmpty() && !rules.knownSkus.contains(line.sku)) {
            add(at + QStringLiteral(".sku"),
                QStringLiteral("Line %1: SKU %2 is not in the product catalog.").arg(i + 1).arg(quoted(line.sku)));
        }
        withinLimit(at + QStringLiteral(".partner_sku"), lineNo + QStringLiteral(" partner SKU"), line.partnerSku, 80);
        withinLimit(at + QStringLiteral(".gtin"), lineNo + QStringLiteral(" GTIN"), line.gtin, 14);
        withinLimit(at + QStringLiteral(".description"), lineNo + QStringLiteral(" description"), line.description, 1000);
        withinLimit(at + QStringLiteral(".unit"), lineNo + QStringLiteral(" unit"), line.unit, 20);
        if (!line.quantity)
            add(at + QStringLiteral(".quantity"), QStringLiteral("Line %1 has no quantity.").arg(i + 1));
        else if (line.quantity->isNegative() || line.quantity->isZero())
            add(at + QStringLiteral(".quantity"),
                QStringLiteral("Line %1: quantity %2 is not positive.").arg(i + 1).arg(line.quantity->toString()));
        if (line.unitPrice && line.unitPrice->isNegative())
            add(at + QStringLiteral(".unit_price"),
                QStringLiteral("Line %1: unit price %2 is negative.").arg(i + 1).arg(line.unitPrice->toString(2)));
        if (line.priceAsSent) {
            // A price sent with a basis (per hundred, per 100 KGM): no price per unit is a problem, never ×1.
            if (const UnitPrice perUnit = unitPriceFromBasis(line); !perUnit.problem.isEmpty())
                add(at + QStringLiteral(".unit_price"), QStringLiteral("Line %1: %2").arg(i + 1).arg(perUnit.problem));
        }
        if (!line.unitPrice && !line.priceAsSent && rules.requireUnitPrice)
            add(at + QStringLiteral(".unit_price"), QStringLiteral("Line %1 has no unit price.").arg(i + 1));
    }
    if (order.declaredLineCount && *order.declaredLineCount != order.lines.size())
        add(QStringLiteral("totals.line_count"),
            QStringLiteral("The partner declared %1 lines (CTT/CNT) but the order has %2.")
                .arg(*order.declaredLineCount)
                .arg(order.lines.size()));
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
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace orderflow
