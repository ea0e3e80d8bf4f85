#include "domain/PriceBasis.h"

namespace orderflow {

UnitPrice unitPriceFromBasis(const OrderLine &line)
{
    if (!line.priceAsSent)
        return {line.unitPrice, {}};
    const PriceBasis &basis = line.priceBasis;
    const Decimal &price = *line.priceAsSent;
    if (basis.isEmpty())
        return {price, {}};
    const QString sent = price.toString();
    const QString code = basis.code.isEmpty() ? QString() : QStringLiteral(" (basis code '%1')").arg(basis.code);
    if (!basis.quantity) {
        return {std::nullopt,
                QStringLiteral("the price basis code '%1' is not one OrderFlow knows, so the price %2 cannot be turned into "
                               "a price per unit. Ask the partner what quantity the price is for.")
                    .arg(basis.code, sent)};
    }
    if (!basis.unit.isEmpty() && !line.unit.isEmpty() && basis.unit.compare(line.unit, Qt::CaseInsensitive) != 0) {
        return {std::nullopt,
                QStringLiteral("the price %1 is per %2 %3%4, but the line is ordered in %5: its total needs the number "
                               "of %3 per %5, which the order does not give. Ask the partner for a price per %5.")
                    .arg(sent, basis.quantity->toString(), basis.unit, code, line.unit)};
    }
    if (basis.quantity->isZero() || basis.quantity->isNegative()) {
        return {std::nullopt, QStringLiteral("the price basis quantity %1%2 is not positive.").arg(basis.quantity->toString(), code)};
    }
    const std::optional<Decimal> perUnit = price.divide(*basis.quantity);
    if (!perUnit) {
        return {std::nullopt,
                QStringLiteral("the price %1 for %2 units%3 gives no exact price per unit (at most %4 decimals). Ask the "
                               "partner for a price per unit.")
                    .arg(sent, basis.quantity->toString(), code)
                    .arg(Decimal::kMaxScale)};
    }
    return {perUnit, {}};
}

QString priceBasisText(const QString &code, const QString &quantity, const QString &unit)
{
    QString text = quantity.isEmpty() ? QStringLiteral("?") : quantity;
    if (!unit.isEmpty())
        text += QLatin1Char(' ') + unit;
    if (!code.isEmpty())
        text += QStringLiteral(" (%1)").arg(code);
    return text;
}

QString priceBasisText(const PriceBasis &basis)
{
    return priceBasisText(basis.code, basis.quantity ? basis.quantity->toString() : QString(), basis.unit);
}

} // namespace orderflow
