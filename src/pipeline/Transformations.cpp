#include "pipeline/Transformations.h"

#include "domain/Decimal.h"
#include "domain/messages/OrderMessages.h"

namespace orderflow {
namespace {

Result<QString> applyFunction(const QString &name, const QJsonObject &args, const QString &value)
{
    if (name == QLatin1String("trim"))
        return value.trimmed();
    if (name == QLatin1String("upper"))
        return value.toUpper();
    if (name == QLatin1String("lower"))
        return value.toLower();
    if (name == QLatin1String("prefix"))
        return value.isEmpty() ? value : args.value(QStringLiteral("value")).toString() + value;
    if (name == QLatin1String("suffix"))
        return value.isEmpty() ? value : value + args.value(QStringLiteral("value")).toString();
    if (name == QLatin1String("replace"))
        return QString(value).replace(args.value(QStringLiteral("from")).toString(), args.value(QStringLiteral("to")).toString());
    if (name == QLatin1String("default"))
        return value.isEmpty() ? args.value(QStringLiteral("value")).toString() : value;
    if (name == QLatin1String("lookup")) {
        const QJsonObject table = args.value(QStringLiteral("table")).toObject();
        if (table.contains(value))
            return table.value(value).toString();
        return args.contains(QStringLiteral("default")) ? args.value(QStringLiteral("default")).toString() : value;
    }
    if (name == QLatin1String("add")) {
        // Exact decimals, never binary floating point: "0.1" + "0.2" is "0.3".
        const QJsonValue addend = args.value(QStringLiteral("value"));
        const QString addendText = addend.isDouble() ? QString::number(addend.toDouble(), 'g', 15) : addend.toString();
        const auto a = Decimal::parse(QStringView(value).trimmed());
        const auto b = Decimal::parse(QStringView(addendText).trimmed());
        if (!a || !b)
            return Error(QStringLiteral("transform"), msg::TransformAddNotDecimal(!a ? value : addendText));
        const auto sum = a->add(*b);
        if (!sum)
            return Error(QStringLiteral("transform"), msg::TransformAddTooLong(value, addendText, Decimal::kMaxDigits));
        return sum->toString();
    }
    return Error(QStringLiteral("transform"), msg::TransformUnknownFunction(name));
}

QString *headerField(Order &o, const QString &field)
{
    if (field == QLatin1String("customer.name")) return &o.customer.name;
    if (field == QLatin1String("customer.partner_id")) return &o.customer.partnerId;
    if (field == QLatin1String("customer.erp_customer_number")) return &o.customer.erpCustomerNumber;
    if (field == QLatin1String("header.order_number")) return &o.orderNumber;
    if (field == QLatin1String("header.currency")) return &o.currency;
    if (field == QLatin1String("header.notes")) return &o.notes;
    if (field == QLatin1String("ship_to.name")) return &o.shipTo.name;
    if (field == QLatin1String("bill_to.name")) return &o.billTo.name;
    return nullptr;
}

QString *lineField(OrderLine &l, const QString &field)
{
    if (field == QLatin1String("lines.sku")) return &l.sku;
    if (field == QLatin1String("lines.partner_sku")) return &l.partnerSku;
    if (field == QLatin1String("lines.gtin")) return &l.gtin;
    if (field == QLatin1String("lines.unit")) return &l.unit;
    if (field == QLatin1String("lines.description")) return &l.description;
    return nullptr;
}

bool isKnownFunction(const QString &name)
{
    for (const TransformFunction &f : transformFunctions()) {
        if (f.name == name)
            return true;
    }
    return false;
}

} // namespace

QList<TransformFunction> transformFunctions()
{
    return {
        {QStringLiteral("trim"), QStringLiteral("remove leading and trailing white space"), QString()},
        {QStringLiteral("upper"), QStringLiteral("upper-case the value"), QString()},
        {QStringLiteral("lower"), QStringLiteral("lower-case the value"), QString()},
        {QStringLiteral("prefix"), QStringLiteral("put text before a non-empty value"), QStringLiteral("value")},
        {QStringLiteral("suffix"), QStringLiteral("put text after a non-empty value"), QStringLiteral("value")},
        {QStringLiteral("replace"), QStringLiteral("replace every occurrence of a text"), QStringLiteral("from, to")},
        {QStringLiteral("default"), QStringLiteral("use a value when the field is empty"), QStringLiteral("value")},
        {QStringLiteral("lookup"), QStringLiteral("map a value through a table (e.g. partner id → ERP customer number)"),
         QStringLiteral("table, default")},
        {QStringLiteral("add"), QStringLiteral("add a number to a decimal value, exactly (\"5\" add 7 → \"12\")"), QStringLiteral("value")},
    };
}

QStringList transformableFields()
{
    return {QStringLiteral("customer.name"), QStringLiteral("customer.partner_id"), QStringLiteral("customer.erp_customer_number"),
            QStringLiteral("header.order_number"), QStringLiteral("header.currency"), QStringLiteral("header.notes"),
            QStringLiteral("ship_to.name"), QStringLiteral("bill_to.name"), QStringLiteral("lines.sku"),
            QStringLiteral("lines.partner_sku"), QStringLiteral("lines.gtin"), QStringLiteral("lines.unit"),
            QStringLiteral("lines.description")};
}

Status validateTransforms(const QJsonArray &transforms)
{
    const QStringList fields = transformableFields();
    for (qsizetype i = 0; i < transforms.size(); ++i) {
        const QJsonObject t = transforms.at(i).toObject();
        const QString field = t.value(QStringLiteral("field")).toString();
        const QString fn = t.value(QStringLiteral("function")).toString();
        const QString from = t.value(QStringLiteral("from")).toString(field);
        if (!fields.contains(field) || !fields.contains(from))
            return Error(QStringLiteral("config"), QStringLiteral("transforms[%1]: unknown field '%2' (fields: %3).")
                                                       .arg(i).arg(fields.contains(field) ? from : field, fields.join(QStringLiteral(", "))));
        if (!isKnownFunction(fn))
            return Error(QStringLiteral("config"), QStringLiteral("transforms[%1]: unknown function '%2'; `orderflow functions list` shows them.").arg(i).arg(fn));
        const QJsonObject table = t.value(QStringLiteral("args")).toObject().value(QStringLiteral("table")).toObject();
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (!it.value().isString())
                return Error(QStringLiteral("config"), QStringLiteral("transforms[%1]: lookup table value for '%2' must be a string (write \"%3\").")
                                                           .arg(i).arg(it.key(), it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 17) : QStringLiteral("…")));
        }
        if (field.startsWith(QLatin1String("lines.")) != from.startsWith(QLatin1String("lines.")))
            return Error(QStringLiteral("config"), QStringLiteral("transforms[%1]: a line field can only be computed from another line field.").arg(i));
    }
    return {};
}

Status applyTransforms(const QJsonArray &transforms, Order &order)
{
    if (Status s = validateTransforms(transforms); !s)
        return s;
    for (const QJsonValue &v : transforms) {
        const QJsonObject t = v.toObject();
        const QString field = t.value(QStringLiteral("field")).toString();
        const QString from = t.value(QStringLiteral("from")).toString(field);
        const QString fn = t.value(QStringLiteral("function")).toString();
        const QJsonObject args = t.value(QStringLiteral("args")).toObject();
        if (field.startsWith(QLatin1String("lines."))) {
            for (OrderLine &line : order.lines) {
                auto r = applyFunction(fn, args, *lineField(line, from));
                if (!r)
                    return Error(r.error().code, QStringLiteral("%1 of line %2: %3").arg(field).arg(line.lineNo).arg(r.error().message));
                *lineField(line, field) = *r;
            }
        } else {
            auto r = applyFunction(fn, args, *headerField(order, from));
            if (!r)
                return Error(r.error().code, QStringLiteral("%1: %2").arg(field, r.error().message));
            *headerField(order, field) = *r;
        }
    }
    return {};
}

} // namespace orderflow

namespace orderflow {

QStringList TransformFunction::argumentNames() const
{
    QStringList names;
    for (const QString &a : arguments.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << a.trimmed();
    return names;
}

Result<QString> applyTransformFunction(const QString &name, const QJsonObject &args, const QString &value)
{
    if (!isKnownFunction(name))
        return Error(QStringLiteral("config"), QStringLiteral("Unknown function '%1'; `orderflow functions list` shows them.").arg(name));
    return applyFunction(name, args, value);
}

} // namespace orderflow
