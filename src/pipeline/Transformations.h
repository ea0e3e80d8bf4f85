// Named transformation functions and the per-source field mappings built from them (DESIGN §3 "transform").
// A source's config may hold "transforms": [{"field": "lines.sku", "function": "upper"},
//   {"field": "customer.erp_customer_number", "function": "lookup", "from": "customer.partner_id",
//    "args": {"table": {"4405197800": "C-1001"}, "default": ""}}, {"field": "lines.sku", "function": "prefix", "args": {"value": "ACME-"}}]
#pragma once

#include "domain/Order.h"
#include "domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace orderflow {

struct TransformFunction {
    QString name;
    QString description;
    QString arguments;   // for `functions list`: the names of its args, in order ("from, to")
    QStringList argumentNames() const;
};

QList<TransformFunction> transformFunctions();
QStringList transformableFields();

// Checks a transforms array without applying it (config apply refuses bad ones).
Status validateTransforms(const QJsonArray &transforms);
// One function on one value (`orderflow functions apply`); fails for an unknown function or a value it cannot take
// (add on a text that is not a number).
Result<QString> applyTransformFunction(const QString &name, const QJsonObject &args, const QString &value);
// Applies the transforms in order to the order's fields.
Status applyTransforms(const QJsonArray &transforms, Order &order);

} // namespace orderflow
