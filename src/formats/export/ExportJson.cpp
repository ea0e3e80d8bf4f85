#include "formats/export/ExportJson.h"

#include "domain/Validation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace orderflow {
namespace {

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonObject addressJson(const Address &a)
{
    QJsonObject o;
    putIfSet(o, QStringLiteral("name"), a.name);
    putIfSet(o, QStringLiteral("party_id"), a.partyId);
    putIfSet(o, QStringLiteral("street"), a.street);
    putIfSet(o, QStringLiteral("city"), a.city);
    putIfSet(o, QStringLiteral("postal_code"), a.postalCode);
    putIfSet(o, QStringLiteral("region"), a.region);
    putIfSet(o, QStringLiteral("country"), a.country);
    return o;
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QString generatorName()
{
    return QStringLiteral("orderflow/" ORDERFLOW_VERSION);
}

namespace {

// The whole document with meta.content_sha256 empty.
QJsonObject documentWithoutHash(const Order &source, const ExportContext &context)
{
    Order order = source;
    const OrderTotals totals = computeTotals(order);

    QJsonObject doc;
    doc.insert(QStringLiteral("export_version"), QLatin1String(kExportVersion));
    putIfSet(doc, QStringLiteral("org_slug"), context.orgSlug);
    if (context.includeIdentity) {
        putIfSet(doc, QStringLiteral("draft_order_id"), order.id);
        if (order.approvedAt.isValid())
            doc.insert(QStringLiteral("approved_at"), utc(order.approvedAt));
    }

    QJsonObject customer;
    putIfSet(customer, QStringLiteral("partner_id"), order.customer.partnerId);
    putIfSet(customer, QStringLiteral("name"), order.customer.name);
    putIfSet(customer, QStringLiteral("erp_customer_number"), order.customer.erpCustomerNumber);
    doc.insert(QStringLiteral("customer"), customer);

    QJsonObject header;
    putIfSet(header, QStringLiteral("order_number"), order.orderNumber);
    if (order.orderDate.isValid())
        header.insert(QStringLiteral("order_date"), order.orderDate.toString(Qt::ISODate));
    if (order.requestedDeliveryDate.isValid())
        header.insert(QStringLiteral("requested_delivery_date"), order.requestedDeliveryDate.toString(Qt::ISODate));
    putIfSet(header, QStringLiteral("currency"), order.currency);
    if (!order.billTo.isEmpty())
        header.insert(QStringLiteral("bill_to"), addressJson(order.billTo));
    if (!order.shipTo.isEmpty())
        header.insert(QStringLiteral("ship_to"), addressJson(order.shipTo));
    putIfSet(header, QStringLiteral("notes"), order.notes);
    doc.insert(QStringLiteral("header"), header);

    QJsonArray lines;
    for (const OrderLine &l : order.lines) {
        QJsonObject line{{QStringLiteral("line_no"), l.lineNo}};
        putIfSet(line, QStringLiteral("sku"), l.sku);
        putIfSet(line, QStringLiteral("partner_sku"), l.partnerSku);
        putIfSet(line, QStringLiteral("gtin"), l.gtin);
        putIfSet(line, QStringLiteral("description"), l.description);
        if (l.quantity)
            line.insert(QStringLiteral("quantity"), l.quantity->toString());
        putIfSet(line, QStringLiteral("unit"), l.unit);
        if (l.unitPrice)
            line.insert(QStringLiteral("unit_price"), l.unitPrice->toString(2));
        if (l.lineTotal)
            line.insert(QStringLiteral("line_total"), l.lineTotal->toString(2));
        // Additive to v1: when the partner priced the line per some other quantity, the price as sent and its
        // basis; unit_price stays the price of one unit, the one line_total uses.
        if (l.priceAsSent && !l.priceBasis.isEmpty()) {
            line.insert(QStringLiteral("price_as_sent"), l.priceAsSent->toString());
            QJsonObject basis;
            putIfSet(basis, QStringLiteral("code"), l.priceBasis.code);
            if (l.priceBasis.quantity)
                basis.insert(QStringLiteral("quantity"), l.priceBasis.quantity->toString());
            putIfSet(basis, QStringLiteral("unit"), l.priceBasis.unit);
            line.insert(QStringLiteral("price_basis"), basis);
        }
        lines.append(line);
    }
    doc.insert(QStringLiteral("lines"), lines);

    // A total that does not fit is left out, never written wrong (such an order is invalid and never pushed).
    QJsonObject totalsJson{{QStringLiteral("line_count"), totals.lineCount}};
    if (totals.totalQuantity)
        totalsJson.insert(QStringLiteral("total_quantity"), totals.totalQuantity->toString());
    if (totals.netAmount)
        totalsJson.insert(QStringLiteral("net_amount"), totals.netAmount->toString(2));
    doc.insert(QStringLiteral("totals"), totalsJson);

    QJsonObject meta;
    putIfSet(meta, QStringLiteral("source"), context.sourceName);
    putIfSet(meta, QStringLiteral("source_format"), order.sourceFormat);
    putIfSet(meta, QStringLiteral("inbound_sha256"), order.inboundSha256);
    if (order.receivedAt.isValid())
        meta.insert(QStringLiteral("received_at"), utc(order.receivedAt));
    if (context.exportedAt.isValid())
        meta.insert(QStringLiteral("exported_at"), utc(context.exportedAt));
    meta.insert(QStringLiteral("generator"), generatorName());
    putIfSet(meta, QStringLiteral("idempotency_key"), context.idempotencyKey);
    meta.insert(QStringLiteral("content_sha256"), QString());
    doc.insert(QStringLiteral("meta"), meta);
    return doc;
}

} // namespace

QJsonObject exportDocument(const Order &source, const ExportContext &context)
{
    QJsonObject doc = documentWithoutHash(source, context);
    const QString sha = contentSha256(doc);
    QJsonObject meta = doc.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("content_sha256"), sha);
    doc.insert(QStringLiteral("meta"), meta);
    return doc;
}

QByteArray exportJson(const Order &order, const ExportContext &context, QString *sha256)
{
    // Serialised once: the hash is over these very bytes (with the field empty), and the compact form has
    // exactly one `"content_sha256":""`, which is then filled in place — the same bytes a second
    // serialisation with the field set would give.
    QByteArray bytes = QJsonDocument(documentWithoutHash(order, context)).toJson(QJsonDocument::Compact);
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    static const QByteArray placeholder = QByteArrayLiteral("\"content_sha256\":\"\"");
    const qsizetype at = bytes.indexOf(placeholder);
    bytes.insert(at + placeholder.size() - 1, sha);
    if (sha256)
        *sha256 = QString::fromLatin1(sha);
    return bytes;
}

QString contentSha256(QJsonObject document)
{
    QJsonObject meta = document.value(QStringLiteral("meta")).toObject();
    meta.insert(QStringLiteral("content_sha256"), QString());
    document.insert(QStringLiteral("meta"), meta);
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool verifyContentSha256(const QJsonObject &document)
{
    const QString stated = document.value(QStringLiteral("meta")).toObject().value(QStringLiteral("content_sha256")).toString();
    return !stated.isEmpty() && stated == contentSha256(document);
}

} // namespace orderflow
