#include "domain/PriceBasis.h"

#include "domain/messages/OrderMessages.h"

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
    const QString code = basis.code.isEmpty() ? QString() : msg::BasisCode(basis.code);
    if (!basis.quantity)
        return {std::nullopt, msg::UnknownBasisCode(basis.code, sent)};
    if (!basis.unit.isEmpty() && !line.unit.isEmpty() && basis.unit.compare(line.unit, Qt::CaseInsensitive) != 0)
        return {std::nullopt, msg::BasisUnitDiffers(sent, basis.quantity->toString(), basis.unit, code, line.unit)};
    if (basis.quantity->isZero() || basis.quantity->isNegative())
        return {std::nullopt, msg::BasisNotPositive(basis.quantity->toString(), code)};
    const std::optional<Decimal> perUnit = price.divide(*basis.quantity);
    if (!perUnit)
        return {std::nullopt, msg::BasisNotExact(sent, basis.quantity->toString(), code, Decimal::kMaxScale)};
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
