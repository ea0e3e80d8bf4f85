#include "domain/Validation.h"

#include <QCryptographicHash>

namespace orderflow {

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

    if (order.orderNumber.trimmed().isEmpty())
        add(QStringLiteral("header.order_number"), QStringLiteral("The order has no order number (partner PO)."));
    if (order.customer.name.trimmed().isEmpty() && order.customer.partnerId.trimmed().isEmpty())
        add(QStringLiteral("customer"), QStringLiteral("The order names no customer (neither name nor partner id)."));
    if (!order.currency.isEmpty() && !isKnownCurrency(order.currency))
        add(QStringLiteral("header.currency"),
            QStringLiteral("Currency '%1' is not a known ISO 4217 code.").arg(order.currency));
    if (order.lines.isEmpty())
        add(QStringLiteral("lines"), QStringLiteral("The order has no lines."));

    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const QString at = QStringLiteral("lines[%1]").arg(i + 1);
        if (line.sku.trimmed().isEmpty())
            add(at + QStringLiteral(".sku"), QStringLiteral("Line %1 has no SKU or product id.").arg(i + 1));
        else if (!rules.knownSkus.isEmpty() && !rules.knownSkus.contains(line.sku))
            add(at + QStringLiteral(".sku"),
                QStringLiteral("Line %1: SKU '%2' is not in the product catalog.").arg(i + 1).arg(line.sku));
        if (!line.quantity)
            add(at + QStringLiteral(".quantity"), QStringLiteral("Line %1 has no quantity.").arg(i + 1));
        else if (line.quantity->isNegative() || line.quantity->isZero())
            add(at + QStringLiteral(".quantity"),
                QStringLiteral("Line %1: quantity %2 is not positive.").arg(i + 1).arg(line.quantity->toString()));
        if (line.unitPrice && line.unitPrice->isNegative())
            add(at + QStringLiteral(".unit_price"),
                QStringLiteral("Line %1: unit price %2 is negative.").arg(i + 1).arg(line.unitPrice->toString(2)));
        if (!line.unitPrice && rules.requireUnitPrice)
            add(at + QStringLiteral(".unit_price"), QStringLiteral("Line %1 has no unit price.").arg(i + 1));
    }
    if (order.declaredLineCount && *order.declaredLineCount != order.lines.size())
        add(QStringLiteral("totals.line_count"),
            QStringLiteral("The partner declared %1 lines (CTT/CNT) but the order has %2.")
                .arg(*order.declaredLineCount)
                .arg(order.lines.size()));
    return problems;
}

OrderTotals computeTotals(Order &order)
{
    OrderTotals totals;
    totals.lineCount = int(order.lines.size());
    for (OrderLine &line : order.lines) {
        if (line.quantity) {
            if (auto q = totals.totalQuantity.add(*line.quantity))
                totals.totalQuantity = *q;
        }
        line.lineTotal.reset();
        if (line.quantity && line.unitPrice) {
            line.lineTotal = line.quantity->multiply(*line.unitPrice);
            if (line.lineTotal) {
                if (auto n = totals.netAmount.add(*line.lineTotal))
                    totals.netAmount = *n;
            }
        }
    }
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
