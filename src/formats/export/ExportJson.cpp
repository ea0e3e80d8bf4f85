#include "formats/export/ExportJson.h"

#include "domain/Sha256.h"
#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

namespace orderflow {
namespace {

// The compact JSON text of a string, byte for byte as QJsonDocument::Compact writes it (the content hash is
// defined over that form): ", \ and control characters escaped (\b \f \n \r \t, else \u00xx), the rest
// as UTF-8; a lone surrogate, which has no UTF-8 form, as \uxxxx.
void appendString(QByteArray &out, QStringView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    auto plain = [](char16_t u) { return u >= 0x20 && u < 0x80 && u != '"' && u != '\\'; };
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (plain(s[i].unicode())) {
            // A run of plain ASCII (most of any order) is copied in one step, not a character at a time.
            qsizetype end = i + 1;
            while (end < s.size() && plain(s[end].unicode()))
                ++end;
            const qsizetype at = out.size();
            out.resize(at + (end - i));
            char *to = out.data() + at;
            for (qsizetype k = i; k < end; ++k)
                *to++ = char(s[k].unicode());
            i = end - 1;
            continue;
        }
        const char16_t u = s[i].unicode();
        if (u < 0x80) {
            out += '\\';
            switch (u) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case 0x8: out += 'b'; break;
            case 0xc: out += 'f'; break;
            case 0xa: out += 'n'; break;
            case 0xd: out += 'r'; break;
            case 0x9: out += 't'; break;
            default: out += "u00"; out += hex[u >> 4]; out += hex[u & 0xf]; break;
            }
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
            out += s.mid(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(u)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += hex[(u >> shift) & 0xf];
        } else {
            out += s.mid(i, 1).toUtf8();
        }
    }
    out += '"';
}

// One JSON object written compactly with its members in QJsonObject's order (sorted by key, which for these
// ASCII keys is byte order), so the text is what QJsonDocument would write for the same object. Far cheaper than
// building a QJsonObject (a CBOR container) and serialising it, which was the larger part of claiming an order.
class ObjectWriter {
public:
    ObjectWriter() { m_values.reserve(512); }
    void text(const char *key, QStringView value)
    {
        begin(key);
        appendString(m_values, value);
        end();
    }
    void textIfSet(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void number(const char *key, qint64 value)
    {
        begin(key);
        m_values += QByteArray::number(value);
        end();
    }
    void raw(const char *key, const QByteArray &json)
    {
        begin(key);
        m_values += json;
        end();
    }
    bool isEmpty() const { return m_members.empty(); }

    QByteArray finish()
    {
        std::sort(m_members.begin(), m_members.end(), [](const Member &a, const Member &b) { return std::strcmp(a.key, b.key) < 0; });
        QByteArray out;
        out.reserve(m_values.size() + qsizetype(m_members.size()) * 24 + 2);
        out += '{';
        for (size_t i = 0; i < m_members.size(); ++i) {
            if (i)
                out += ',';
            out += '"';
            out += m_members[i].key;
            out += "\":";
            out.append(m_values.constData() + m_members[i].from, m_members[i].to - m_members[i].from);
        }
        out += '}';
        return out;
    }

private:
    // The values are written one after another into one buffer (one allocation per object, not one per member);
    // finish() puts them in key order.
    struct Member {
        const char *key;
        qsizetype from;
        qsizetype to;
    };
    void begin(const char *key) { m_members.push_back(Member{key, m_values.size(), 0}); }
    void end() { m_members.back().to = m_values.size(); }

    std::vector<Member> m_members;
    QByteArray m_values;
};

QByteArray addressJson(const Address &a)
{
    ObjectWriter o;
    o.textIfSet("name", a.name);
    o.textIfSet("party_id", a.partyId);
    o.textIfSet("street", a.street);
    o.textIfSet("city", a.city);
    o.textIfSet("postal_code", a.postalCode);
    o.textIfSet("region", a.region);
    o.textIfSet("country", a.country);
    return o.finish();
}

void writeDigits(char *to, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        to[i] = char('0' + value % 10);
}

// "yyyy-MM-dd" of a date of the usual years into `to` (10 characters).
void writeDate(char *to, const QDate &d)
{
    writeDigits(to, d.year(), 4);
    to[4] = '-';
    writeDigits(to + 5, d.month(), 2);
    to[7] = '-';
    writeDigits(to + 8, d.day(), 2);
}

// QDate::toString(Qt::ISODate), by hand for the usual years like utc().
QString isoDate(const QDate &d)
{
    if (d.year() < 1000 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char buffer[10];
    writeDate(buffer, d);
    return QString::fromLatin1(buffer, sizeof buffer);
}

// QDateTime::toString(Qt::ISODate) of the time in UTC ("2025-01-01T10:30:00Z"), formatted by hand for the
// usual years: Qt's formatter was a noticeable share of each export.
QString utc(const QDateTime &t)
{
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime time = u.time();
    if (d.year() < 1000 || d.year() > 9999)
        return u.toString(Qt::ISODate);
    char buffer[20];
    auto digits = [&buffer](int at, int value, int count) { writeDigits(buffer + at, value, count); };
    writeDate(buffer, d);
    buffer[10] = 'T';
    digits(11, time.hour(), 2);
    buffer[13] = ':';
    digits(14, time.minute(), 2);
    buffer[16] = ':';
    digits(17, time.second(), 2);
    buffer[19] = 'Z';
    return QString::fromLatin1(buffer, sizeof buffer);
}

} // namespace

QString generatorName()
{
    return QStringLiteral("orderflow/" ORDERFLOW_VERSION);
}

namespace {

// The whole document, compact, with meta.content_sha256 empty.
QByteArray documentWithoutHash(const Order &source, const ExportContext &context)
{
    Order order = source;
    const OrderTotals totals = computeTotals(order);

    ObjectWriter doc;
    doc.text("export_version", QString::fromLatin1(kExportVersion));
    doc.textIfSet("org_slug", context.orgSlug);
    if (context.includeIdentity) {
        doc.textIfSet("draft_order_id", order.id);
        if (order.approvedAt.isValid())
            doc.text("approved_at", utc(order.approvedAt));
    }

    ObjectWriter customer;
    customer.textIfSet("partner_id", order.customer.partnerId);
    customer.textIfSet("name", order.customer.name);
    customer.textIfSet("erp_customer_number", order.customer.erpCustomerNumber);
    doc.raw("customer", customer.finish());

    ObjectWriter header;
    header.textIfSet("order_number", order.orderNumber);
    if (order.orderDate.isValid())
        header.text("order_date", isoDate(order.orderDate));
    if (order.requestedDeliveryDate.isValid())
        header.text("requested_delivery_date", isoDate(order.requestedDeliveryDate));
    header.textIfSet("currency", order.currency);
    if (!order.billTo.isEmpty())
        header.raw("bill_to", addressJson(order.billTo));
    if (!order.shipTo.isEmpty())
        header.raw("ship_to", addressJson(order.shipTo));
    header.textIfSet("notes", order.notes);
    doc.raw("header", header.finish());

    QByteArray lines = "[";
    for (const OrderLine &l : order.lines) {
        ObjectWriter line;
        line.number("line_no", l.lineNo);
        line.textIfSet("sku", l.sku);
        line.textIfSet("partner_sku", l.partnerSku);
        line.textIfSet("gtin", l.gtin);
        line.textIfSet("description", l.description);
        if (l.quantity)
            line.text("quantity", l.quantity->toString());
        line.textIfSet("unit", l.unit);
        if (l.unitPrice)
            line.text("unit_price", l.unitPrice->toString(2));
        if (l.lineTotal)
            line.text("line_total", l.lineTotal->toString(2));
        // Additive to v1: when the partner priced the line per some other quantity, the price as sent and its
        // basis; unit_price stays the price of one unit, the one line_total uses.
        if (l.priceAsSent && !l.priceBasis.isEmpty()) {
            line.text("price_as_sent", l.priceAsSent->toString());
            ObjectWriter basis;
            basis.textIfSet("code", l.priceBasis.code);
            if (l.priceBasis.quantity)
                basis.text("quantity", l.priceBasis.quantity->toString());
            basis.textIfSet("unit", l.priceBasis.unit);
            line.raw("price_basis", basis.finish());
        }
        if (lines.size() > 1)
            lines += ',';
        lines += line.finish();
    }
    lines += ']';
    doc.raw("lines", std::move(lines));

    // A total that does not fit is left out, never written wrong (such an order is invalid and never pushed).
    ObjectWriter totalsJson;
    totalsJson.number("line_count", totals.lineCount);
    if (totals.totalQuantity)
        totalsJson.text("total_quantity", totals.totalQuantity->toString());
    if (totals.netAmount)
        totalsJson.text("net_amount", totals.netAmount->toString(2));
    doc.raw("totals", totalsJson.finish());

    ObjectWriter meta;
    meta.textIfSet("source", context.sourceName);
    meta.textIfSet("source_format", order.sourceFormat);
    meta.textIfSet("inbound_sha256", order.inboundSha256);
    if (order.receivedAt.isValid())
        meta.text("received_at", utc(order.receivedAt));
    if (context.exportedAt.isValid())
        meta.text("exported_at", utc(context.exportedAt));
    meta.text("generator", context.generator.isEmpty() ? generatorName() : context.generator);
    meta.textIfSet("idempotency_key", context.idempotencyKey);
    meta.text("content_sha256", QString());
    doc.raw("meta", meta.finish());
    return doc.finish();
}

} // namespace

QJsonObject exportDocument(const Order &order, const ExportContext &context)
{
    return QJsonDocument::fromJson(exportJson(order, context)).object();
}

QByteArray exportJson(const Order &order, const ExportContext &context, QString *sha256)
{
    // The hash is over these very bytes (with the field empty), and the compact form has exactly one
    // `"content_sha256":""`, which is then filled in place — the same bytes a serialisation with the field set
    // would give.
    QByteArray bytes = documentWithoutHash(order, context);
    const QByteArray sha = sha256Hex(bytes);
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
    return QString::fromLatin1(sha256Hex(QJsonDocument(document).toJson(QJsonDocument::Compact)));
}

bool verifyContentSha256(const QJsonObject &document)
{
    const QString stated = document.value(QStringLiteral("meta")).toObject().value(QStringLiteral("content_sha256")).toString();
    return !stated.isEmpty() && stated == contentSha256(document);
}

} // namespace orderflow
