#include "formats/json/PartnerJsonReader.h"

#include "domain/messages/ConfigMessages.h"
#include "domain/messages/ParseMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace orderflow {
namespace {

// Significant digits of a number's shortest text form ("0.00123" has 3, "1.5e+20" has 2).
int significantDigits(const QByteArray &text)
{
    QByteArray mantissa = text;
    if (const qsizetype e = mantissa.indexOf('e'); e >= 0)
        mantissa.truncate(e);
    QByteArray digits;
    for (char c : std::as_const(mantissa)) {
        if (c >= '0' && c <= '9')
            digits.append(c);
    }
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == '0')
        ++first;
    qsizetype last = digits.size();
    if (!mantissa.contains('.')) {   // trailing zeros of an integer are not precision either
        while (last > first && digits[last - 1] == '0')
            --last;
    }
    return int(std::max<qsizetype>(0, last - first));
}

const QList<QPair<QString, QString>> &defaults()
{
    static const QList<QPair<QString, QString>> d = {
        {QStringLiteral("order_number"), QStringLiteral("id")},
        {QStringLiteral("customer_name"), QStringLiteral("customer")},
        {QStringLiteral("customer_id"), QStringLiteral("customer_id")},
        {QStringLiteral("order_date"), QStringLiteral("submitted_at")},
        {QStringLiteral("delivery_date"), QStringLiteral("delivery_date")},
        {QStringLiteral("currency"), QStringLiteral("currency")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("ship_to"), QStringLiteral("ship_to")},
        {QStringLiteral("bill_to"), QStringLiteral("bill_to")},
        {QStringLiteral("lines"), QStringLiteral("items")},
        {QStringLiteral("line_sku"), QStringLiteral("sku")},
        {QStringLiteral("line_partner_sku"), QStringLiteral("partner_sku")},
        {QStringLiteral("line_gtin"), QStringLiteral("gtin")},
        {QStringLiteral("line_description"), QStringLiteral("description")},
        {QStringLiteral("line_quantity"), QStringLiteral("quantity")},
        {QStringLiteral("line_unit"), QStringLiteral("unit")},
        {QStringLiteral("line_unit_price"), QStringLiteral("unit_price")},
    };
    return d;
}

struct Mapping {
    QHash<QString, QStringList> paths;   // canonical field → path segments

    explicit Mapping(const QJsonObject &overrides)
    {
        for (const auto &[field, path] : defaults()) {
            const QString p = overrides.value(field).toString(path);
            paths.insert(field, p.split(QLatin1Char('.'), Qt::SkipEmptyParts));
        }
    }
    QString pathText(const QString &field) const { return paths.value(field).join(QLatin1Char('.')); }
};

QJsonValue lookup(const QJsonObject &object, const QStringList &path)
{
    QJsonValue v = object;
    for (const QString &key : path) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(key);
    }
    return v;
}

// Builds one order; appends errors (and returns false) for values of the wrong type.
class OrderBuilder {
public:
    OrderBuilder(const Mapping &m, const ParseOptions &o, QString prefix, QList<ParseError> &errors)
        : m_map(m), m_options(o), m_prefix(std::move(prefix)), m_errors(errors) {}

    bool build(const QJsonObject &obj, Order &order)
    {
        order.sourceFormat = QStringLiteral("json");
        order.orderNumber = text(obj, QStringLiteral("order_number"));
        order.customer.name = text(obj, QStringLiteral("customer_name"));
        order.customer.partnerId = text(obj, QStringLiteral("customer_id"));
        order.currency = text(obj, QStringLiteral("currency")).toUpper();
        order.notes = text(obj, QStringLiteral("notes"));
        order.orderDate = date(obj, QStringLiteral("order_date"));
        order.requestedDeliveryDate = date(obj, QStringLiteral("delivery_date"));
        order.shipTo = address(obj, QStringLiteral("ship_to"));
        order.billTo = address(obj, QStringLiteral("bill_to"));

        const QString linesField = QStringLiteral("lines");
        const QJsonValue items = lookup(obj, m_map.paths.value(linesField));
        if (items.isUndefined() || items.isNull()) {
            fail(m_map.pathText(linesField), msg::JsonNoLines(m_map.pathText(linesField)));
        } else if (!items.isArray()) {
            fail(m_map.pathText(linesField), msg::JsonExpectedLines(typeName(items)));
        } else {
            const QJsonArray array = items.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString at = QStringLiteral("%1[%2]").arg(m_map.pathText(linesField)).arg(i);
                if (!array.at(i).isObject()) {
                    fail(at, msg::JsonExpectedLine(typeName(array.at(i))));
                    continue;
                }
                const QJsonObject lineObj = array.at(i).toObject();
                m_linePrefix = at + QLatin1Char('.');
                OrderLine line;
                line.lineNo = int(i + 1);
                line.sku = text(lineObj, QStringLiteral("line_sku"));
                line.partnerSku = text(lineObj, QStringLiteral("line_partner_sku"));
                line.gtin = text(lineObj, QStringLiteral("line_gtin"));
                line.description = text(lineObj, QStringLiteral("line_description"));
                line.unit = text(lineObj, QStringLiteral("line_unit"));
                line.quantity = decimal(lineObj, QStringLiteral("line_quantity"));
                line.unitPrice = decimal(lineObj, QStringLiteral("line_unit_price"));
                if (line.sku.isEmpty())
                    line.sku = !line.partnerSku.isEmpty() ? line.partnerSku : line.gtin;
                order.lines.append(line);
                m_linePrefix.clear();
            }
        }
        return m_ok;
    }

private:
    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return msg::Null();
        case QJsonValue::Bool: return msg::ABoolean();
        case QJsonValue::Double: return msg::ANumber();
        case QJsonValue::String: return msg::AString();
        case QJsonValue::Array: return msg::AnArray();
        case QJsonValue::Object: return msg::AnObject();
        case QJsonValue::Undefined: return msg::ValueNothing();
        }
        return {};
    }

    void fail(const QString &path, const QString &message)
    {
        ParseError e;
        e.file = m_options.fileName;
        e.element = m_prefix + path;
        e.message = message;
        m_errors.append(e);
        m_ok = false;
    }

    QString fieldPath(const QString &field) const { return m_linePrefix + m_map.pathText(field); }

    QString text(const QJsonObject &obj, const QString &field)
    {
        const QJsonValue v = lookup(obj, m_map.paths.value(field));
        switch (v.type()) {
        case QJsonValue::String: return v.toString().trimmed();
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::fabs(d) < 9.0e15)
                return QString::number(qint64(d));
            if (std::floor(d) == d || significantDigits(QByteArray::number(d, 'g', QLocale::FloatingPointShortest)) > 15) {
                fail(fieldPath(field), msg::JsonNumberTooLarge(QString::fromLatin1(QByteArray::number(d, 'g', QLocale::FloatingPointShortest))));
                return {};
            }
            return QString::fromLatin1(QByteArray::number(d, 'f', QLocale::FloatingPointShortest));
        }
        case QJsonValue::Undefined:
        case QJsonValue::Null: return {};
        default:
            fail(fieldPath(field), msg::JsonExpectedString(typeName(v)));
            return {};
        }
    }

    std::optional<Decimal> decimal(const QJsonObject &obj, const QString &field)
    {
        const QJsonValue v = lookup(obj, m_map.paths.value(field));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (v.isDouble()) {
            const double d = v.toDouble();
            // Beyond 15 significant digits a JSON number may already have been rounded: refuse rather than guess.
            const QByteArray shortest = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
            const int digits = significantDigits(shortest);
            if (!std::isfinite(d) || digits > 15 || std::fabs(d) >= 1e15) {
                fail(fieldPath(field), msg::JsonNumberTooPrecise(QString::fromLatin1(shortest)));
                return std::nullopt;
            }
            return Decimal::parse(QByteArrayView(QByteArray::number(d, 'f', QLocale::FloatingPointShortest)));
        }
        if (v.isString()) {
            const QString s = v.toString();
            Decimal::Refusal why;
            const auto r = Decimal::parse(QStringView(s), &why);
            const QString shown = s.size() > 40 ? s.left(40) + QStringLiteral("…") : s;
            if (!r && why.reason == Decimal::Refusal::TooManyDigits)
                fail(fieldPath(field), msg::JsonTooManyDigits(shown, why.significantDigits, Decimal::kMaxDigits));
            else if (!r && why.reason == Decimal::Refusal::TooManyDecimals)
                fail(fieldPath(field), msg::JsonTooManyDecimals(shown, why.decimals, Decimal::kMaxScale));
            else if (!r)
                fail(fieldPath(field), msg::JsonNotDecimal(shown));
            return r;
        }
        fail(fieldPath(field), msg::JsonExpectedNumber(typeName(v)));
        return std::nullopt;
    }

    QDate date(const QJsonObject &obj, const QString &field)
    {
        const QString s = text(obj, field);
        if (s.isEmpty())
            return {};
        QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (s.size() > 10) {
            const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
            d = dt.isValid() ? dt.date() : QDate();
        }
        if (!d.isValid())
            fail(fieldPath(field), msg::JsonNotIsoDate(s.left(40)));
        return d;
    }

    Address address(const QJsonObject &obj, const QString &field)
    {
        const QJsonValue v = lookup(obj, m_map.paths.value(field));
        Address a;
        if (v.isUndefined() || v.isNull())
            return a;
        if (v.isString()) {
            a.name = v.toString().trimmed();
            return a;
        }
        if (!v.isObject()) {
            fail(fieldPath(field), msg::JsonExpectedAddress(typeName(v)));
            return a;
        }
        const QJsonObject o = v.toObject();
        auto s = [&](const char *key) -> QString {
            const QJsonValue member = o.value(QLatin1String(key));
            if (member.isString())
                return member.toString().trimmed();
            if (member.isDouble() && std::floor(member.toDouble()) == member.toDouble() && std::fabs(member.toDouble()) < 9.0e15)
                return QString::number(qint64(member.toDouble()));   // postal codes sent as numbers
            if (!member.isUndefined() && !member.isNull())
                fail(fieldPath(field) + QLatin1Char('.') + QLatin1String(key), msg::JsonExpectedString(typeName(member)));
            return {};
        };
        a.name = s("name");
        a.street = s("street");
        a.city = s("city");
        a.postalCode = s("postal_code");
        a.region = s("region");
        a.country = s("country");
        a.partyId = s("party_id");
        return a;
    }

    const Mapping &m_map;
    const ParseOptions &m_options;
    QString m_prefix;
    QString m_linePrefix;
    QList<ParseError> &m_errors;
    bool m_ok = true;
};

void locate(QByteArrayView content, qsizetype offset, ParseError &e)
{
    // Qt reports an error at the end of the input one byte past the last: point at the last byte instead, so an
    // offset is always a byte of the file.
    offset = qBound<qsizetype>(0, offset, qMax<qsizetype>(0, content.size() - 1));
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < content.size(); ++i) {
        if (content[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    e.offset = offset;
    e.line = line;
    e.column = int(offset - lineStart + 1);
}

// Finds keys that occur twice in one object. QJsonDocument silently keeps the last of them, so a partner could
// change a PO number or a quantity unnoticed; the document is refused instead. The scan runs on a document
// QJsonDocument has accepted, so it only follows structure: one pass over the bytes, strings skipped with memchr,
// the keys of each open object in a small list (a hash once an object grows wide).
class DuplicateKeyScan {
public:
    struct Duplicate {
        QString key;
        QString path;          // "orders[1].items[0].quantity", in the reader's own naming
        qsizetype offset;      // the second key's opening quote
        qsizetype firstOffset;
    };

    DuplicateKeyScan(QByteArrayView json, bool topArrayHoldsOrders) : m_json(json), m_ordersArray(topArrayHoldsOrders) {}

    QList<Duplicate> run(int maxReported)
    {
        QList<Duplicate> found;
        const char *const data = m_json.data();
        const qsizetype n = m_json.size();
        qsizetype i = (n >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
        bool expectKey = false;
        while (i < n && found.size() < maxReported) {
            switch (data[i]) {
            case '{':
                push(true);
                expectKey = true;
                ++i;
                break;
            case '[':
                push(false);
                expectKey = false;
                ++i;
                break;
            case '}':
            case ']':
                if (m_depth > 0)
                    --m_depth;
                ++i;
                break;
            case ',':
                if (m_depth > 0) {
                    Frame &top = m_frames[size_t(m_depth - 1)];
                    if (top.object)
                        expectKey = true;
                    else
                        ++top.index;
                }
                ++i;
                break;
            case '"': {
                const qsizetype end = stringEnd(i);
                if (expectKey && m_depth > 0 && m_frames[size_t(m_depth - 1)].object) {
                    if (auto first = addKey(i, end); first >= 0)
                        found.append(duplicate(i, first));
                    expectKey = false;
                }
                i = end + 1;
                break;
            }
            default:
                ++i;
            }
        }
        return found;
    }

private:
    struct Frame {
        bool object = false;
        qsizetype index = 0;                         // array: the element being read
        std::string_view key;                        // object: the member being read (unescaped)
        std::vector<std::pair<std::string_view, qsizetype>> keys;   // with the offset of each
        std::unordered_map<std::string_view, qsizetype> wide;       // all keys, once the list grows long
    };
    static constexpr size_t kListLimit = 16;

    void push(bool object)
    {
        if (size_t(m_depth) == m_frames.size())
            m_frames.emplace_back();
        Frame &f = m_frames[size_t(m_depth++)];   // reused: its containers keep their capacity
        f.object = object;
        f.index = 0;
        f.key = {};
        f.keys.clear();
        f.wide.clear();
    }

    // Offset of the closing quote of the string opening at `open`.
    qsizetype stringEnd(qsizetype open) const
    {
        const char *const data = m_json.data();
        const qsizetype n = m_json.size();
        qsizetype at = open + 1;
        while (at < n) {
            const void *q = std::memchr(data + at, '"', size_t(n - at));
            if (!q)
                return n;
            const qsizetype quote = static_cast<const char *>(q) - data;
            qsizetype backslashes = 0;
            while (quote - 1 - backslashes > open && data[quote - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return quote;
            at = quote + 1;
        }
        return n;
    }

    // Registers the key in the open object; returns the offset of an earlier equal key, or -1.
    qsizetype addKey(qsizetype open, qsizetype close)
    {
        std::string_view key(m_json.data() + open + 1, size_t(close - open - 1));
        if (key.find('\\') != std::string_view::npos)
            key = m_unescaped.emplace_back(unescape(key));
        Frame &f = m_frames[size_t(m_depth - 1)];
        f.key = key;
        if (f.keys.size() < kListLimit) {
            for (const auto &[seen, at] : f.keys) {
                if (seen == key)
                    return at;
            }
            f.keys.emplace_back(key, open);
            if (f.keys.size() == kListLimit)
                f.wide.insert(f.keys.begin(), f.keys.end());
            return -1;
        }
        const auto [it, inserted] = f.wide.emplace(key, open);
        return inserted ? -1 : it->second;
    }

    // JSON string escapes to UTF-8 (keys with escapes are rare: this need not be fast).
    static std::string unescape(std::string_view raw)
    {
        const QByteArray quoted = '"' + QByteArray(raw.data(), qsizetype(raw.size())) + '"';
        const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted + ']');
        const QByteArray utf8 = doc.array().at(0).toString().toUtf8();
        return std::string(utf8.constData(), size_t(utf8.size()));
    }

    static QString shown(std::string_view key)
    {
        const QString k = QString::fromUtf8(key.data(), qsizetype(key.size()));
        return k.size() > 40 ? k.left(40) + QStringLiteral("…") : k;
    }

    Duplicate duplicate(qsizetype offset, qsizetype firstOffset) const
    {
        QString path;
        for (qsizetype d = 0; d < m_depth; ++d) {
            const Frame &f = m_frames[size_t(d)];
            if (f.object)
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) + shown(f.key);
            else
                path += (d == 0 && m_ordersArray ? QStringLiteral("orders") : QString()) + QStringLiteral("[%1]").arg(f.index);
        }
        return {shown(m_frames[size_t(m_depth - 1)].key), path, offset, firstOffset};
    }

    QByteArrayView m_json;
    bool m_ordersArray;
    std::vector<Frame> m_frames;
    qsizetype m_depth = 0;
    std::deque<std::string> m_unescaped;   // stable storage for the views of unescaped keys
};

} // namespace

QList<QPair<QString, QString>> partnerJsonDefaultMapping()
{
    return defaults();
}

ParseResult readPartnerJson(QByteArrayView content, const ParseOptions &options)
{
    ParseResult result;
    auto fileError = [&](const QString &message, qsizetype offset) {
        ParseError e;
        e.file = options.fileName;
        e.message = message;
        if (offset >= 0)
            locate(content, offset, e);
        result.errors.append(e);
        return result;
    };
    if (content.trimmed().isEmpty())
        return fileError(msg::JsonEmptyFile(), 0);

    QJsonParseError parseError{};
    const QJsonDocument doc = !options.parsedJson.isNull() ? options.parsedJson : QJsonDocument::fromJson(content.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fileError(msg::JsonInvalid(parseError.errorString()), parseError.offset);

    // A document that says two things about one field is refused as a whole: which value the partner meant is
    // unknowable, and taking either could ship the wrong quantity.
    constexpr int kMaxDuplicatesReported = 20;
    const QList<DuplicateKeyScan::Duplicate> duplicates = DuplicateKeyScan(content, doc.isArray()).run(kMaxDuplicatesReported);
    for (const DuplicateKeyScan::Duplicate &d : duplicates) {
        ParseError first;
        locate(content, d.firstOffset, first);
        ParseError e;
        e.file = options.fileName;
        e.element = d.path;
        e.message = msg::JsonDuplicateKey(d.key, first.line, first.column);
        locate(content, d.offset, e);
        result.errors.append(e);
    }
    if (!duplicates.isEmpty())
        return result;

    QJsonArray orders;
    bool wrapped = true;   // errors name the order's index whenever the document holds a list
    if (doc.isArray()) {
        orders = doc.array();
    } else if (doc.object().value(QStringLiteral("orders")).isArray()) {
        orders = doc.object().value(QStringLiteral("orders")).toArray();
    } else {
        wrapped = false;
        orders.append(doc.object());
    }

    // Most sources use the default mapping: build that table once, not per file.
    static const Mapping defaultMapping{QJsonObject()};
    const std::optional<Mapping> custom = options.jsonMapping.isEmpty() ? std::nullopt : std::optional<Mapping>(std::in_place, options.jsonMapping);
    const Mapping &mapping = custom ? *custom : defaultMapping;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        const QString prefix = wrapped ? QStringLiteral("orders[%1].").arg(i) : QString();
        if (!orders.at(i).isObject()) {
            ParseError e;
            e.file = options.fileName;
            e.element = prefix.chopped(1);
            e.message = msg::JsonExpectedOrder();
            result.errors.append(e);
            continue;
        }
        Order order;
        OrderBuilder builder(mapping, options, prefix, result.errors);
        if (builder.build(orders.at(i).toObject(), order))
            result.orders.append(std::move(order));
    }
    if (orders.isEmpty())
        return fileError(msg::JsonNoOrders(), 0);
    return result;
}

} // namespace orderflow
