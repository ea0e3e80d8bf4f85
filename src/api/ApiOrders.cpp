// The order endpoints: list, one order, retry, and the http sources' intake (POST /api/v1/orders).
#include "api/ApiServerPrivate.h"

#include "domain/Sha256.h"
#include "pipeline/OperatorActions.h"
#include "storage/ConfigRepository.h"
#include "storage/InboundRepository.h"
#include "storage/OrderBrowseRepository.h"
#include "storage/OrderDocument.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>

#include <algorithm>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace orderflow::api {
namespace {

constexpr int kDefaultPage = 50;
constexpr int kMaxPage = 500;
constexpr int kMaxKeyLength = 255;

QJsonObject rowJson(const OrderRow &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id}, {QStringLiteral("org"), r.orgSlug}, {QStringLiteral("source"), r.sourceName},
                  {QStringLiteral("state"), stateName(r.state)}, {QStringLiteral("line_count"), r.lineCount},
                  {QStringLiteral("received_at"), r.receivedAt}, {QStringLiteral("updated_at"), r.updatedAt}};
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("order_number", r.orderNumber);
    put("customer_name", r.customerName);
    put("partner_id", r.partnerId);
    put("net_amount", r.netAmount);
    put("currency", r.currency);
    put("last_error", r.lastError);
    return o;
}

// The page cursor: the last row's keyset position, opaque to clients.
QString cursorOf(const OrderKey &key)
{
    const QJsonArray a{QJsonValue::fromVariant(key.sortValue), key.rowId};
    return QString::fromLatin1(QJsonDocument(a).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<OrderKey> keyOf(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    const QJsonArray a = doc.array();
    if (a.size() != 2 || !a.at(1).isDouble())
        return std::nullopt;
    return OrderKey{a.at(0).toVariant(), a.at(1).toInteger()};
}

// Where a JSON syntax error is, as an editor counts: line and column from 1.
QPair<int, int> lineColumn(const QByteArray &text, int offset)
{
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

Response ApiServer::listOrders(const Request &request, const Principal &who)
{
    if (who.kind != Principal::Kind::Admin && who.kind != Principal::Kind::Org)
        return unauthorized(who);
    const QUrlQuery &q = request.query;
    OrderQuery query;
    query.allStates = true;
    query.sortColumn = OrderColumn::Received;
    query.sortOrder = Qt::DescendingOrder;
    const QString state = q.queryItemValue(QStringLiteral("state"));
    if (!state.isEmpty()) {
        const auto st = stateFromName(state);
        if (!st)
            return error(400, "bad_parameter", QStringLiteral("Unknown state '%1'. States: received, invalid, review, approved, pushing, sent, retry_wait, "
                                                              "acked, failed, rejected, duplicate.").arg(state));
        query.allStates = false;
        query.state = *st;
    }
    ConfigRepository config(*m_db);
    const QString org = q.queryItemValue(QStringLiteral("org"));
    if (who.kind == Principal::Kind::Org) {
        if (!org.isEmpty() && org != who.orgSlug)
            return error(404, "not_found", QStringLiteral("No organisation '%1' is visible to this token.").arg(org));
        query.orgId = who.orgId;
    } else if (!org.isEmpty()) {
        auto found = config.orgBySlug(org);
        if (!found)
            return error(404, "not_found", QStringLiteral("No organisation '%1'.").arg(org));
        query.orgId = found->id;
    }
    const QString source = q.queryItemValue(QStringLiteral("source"));
    if (!source.isEmpty()) {
        auto sources = config.sources();
        if (!sources)
            return error(503, "database", sources.error().message);
        QList<qint64> matches;
        for (const SourceRecord &s : std::as_const(*sources)) {
            if (s.name == source && (query.orgId == 0 || s.orgId == query.orgId))
                matches << s.id;
        }
        if (matches.isEmpty())
            return error(404, "not_found", QStringLiteral("No source '%1'%2.").arg(source, query.orgId ? QStringLiteral(" in this organisation") : QString()));
        if (matches.size() > 1)
            return error(400, "ambiguous", QStringLiteral("Several organisations have a source '%1'; add org=SLUG.").arg(source));
        query.sourceId = matches.first();
    }
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &query.receivedFrom}, std::pair{QStringLiteral("to"), &query.receivedTo}}) {
        const QString text = q.queryItemValue(name);
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid())
            return error(400, "bad_parameter", QStringLiteral("'%1' must be a date like 2025-01-31, not '%2'.").arg(name, text));
    }
    int limit = kDefaultPage;
    if (const QString text = q.queryItemValue(QStringLiteral("limit")); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPage)
            return error(400, "bad_parameter", QStringLiteral("'limit' must be a number from 1 to %1, not '%2'.").arg(kMaxPage).arg(text));
    }
    std::optional<OrderKey> after;
    if (const QString text = q.queryItemValue(QStringLiteral("after")); !text.isEmpty()) {
        after = keyOf(text);
        if (!after)
            return error(400, "bad_parameter", QStringLiteral("'after' is not a cursor this API gave out; use the 'next' of the previous page."));
    }
    OrderBrowseRepository browse(*m_db);
    // One row more than asked tells whether a next page exists.
    auto rows = browse.page(query, after, limit + 1);
    if (!rows)
        return error(503, "database", rows.error().message);
    auto total = browse.count(query);
    if (!total)
        return error(503, "database", total.error().message);
    const bool more = rows->size() > limit;
    if (more)
        rows->resize(limit);
    QJsonArray orders;
    for (const OrderRow &r : std::as_const(*rows))
        orders.append(rowJson(r));
    QJsonObject out{{QStringLiteral("orders"), orders}, {QStringLiteral("total"), *total}, {QStringLiteral("limit"), limit}};
    if (more) {
        const QString cursor = cursorOf(rows->last().key());
        QUrlQuery next = q;
        next.removeAllQueryItems(QStringLiteral("after"));
        next.addQueryItem(QStringLiteral("after"), cursor);
        out.insert(QStringLiteral("next"), cursor);
        out.insert(QStringLiteral("next_page"), QString(QStringLiteral("/api/v1/orders?") + next.toString(QUrl::FullyEncoded)));
    } else {
        out.insert(QStringLiteral("next"), QJsonValue::Null);
        out.insert(QStringLiteral("next_page"), QJsonValue::Null);
    }
    return json(200, out);
}

Response ApiServer::showOrder(const QString &id, const Principal &who)
{
    if (who.kind != Principal::Kind::Admin && who.kind != Principal::Kind::Org)
        return unauthorized(who);
    auto document = orderDocument(*m_db, id);
    if (!document)
        return error(503, "database", document.error().message);
    // Another organisation's order does not exist for this token: the same answer as an unknown id.
    if (!*document || (who.kind == Principal::Kind::Org && (*document)->orgId != who.orgId))
        return error(404, "not_found", QStringLiteral("No order %1.").arg(id));
    return json(200, (*document)->json);
}

Response ApiServer::retryOrder(const QString &id, const Principal &who)
{
    if (who.kind != Principal::Kind::Admin && who.kind != Principal::Kind::Org)
        return unauthorized(who);
    auto order = OrderRepository(*m_db).load(id);
    if (!order) {
        if (order.error().code == QLatin1String("not_found"))
            return error(404, "not_found", QStringLiteral("No order %1.").arg(id));
        return error(503, "database", order.error().message);
    }
    if (who.kind == Principal::Kind::Org && order->orgId != who.orgId)
        return error(404, "not_found", QStringLiteral("No order %1.").arg(id));
    OrderStateChanges changes;
    const QList<ActionResult> results = OperatorActions(*m_db, who.name).retry({id}, changes);
    if (!changes.isEmpty())
        emit ordersChanged(changes);
    const ActionResult result = results.value(0);
    if (!result.ok)
        return error(409, "conflict", result.message, QJsonObject{{QStringLiteral("order_id"), id}});
    return json(200, QJsonObject{{QStringLiteral("order_id"), id}, {QStringLiteral("state"), stateName(OrderState::Approved)},
                                 {QStringLiteral("message"), result.message}});
}

void ApiServer::intake(const Request &request, std::function<void(const Response &)> done)
{
    // Which http source: the one whose token this is (looked up in memory first: the partners' path needs no SQL);
    // the admin token names one (?org=SLUG&source=NAME).
    std::optional<HttpIntakeEntry> target;
    if (const QByteArray token = bearerToken(request.authorization); !token.isEmpty())
        target = HttpIntake::instance().byToken(token);
    if (!target) {
        const Principal who = authenticate(request.authorization);
        if (who.kind == Principal::Kind::Org)
            return done(error(403, "forbidden", QStringLiteral("An organisation's API token reads orders; partners post orders with their http "
                                                               "source's token.")));
        if (who.kind != Principal::Kind::Admin)
            return done(unauthorized(who));
        const QString name = request.query.queryItemValue(QStringLiteral("source"));
        if (name.isEmpty())
            return done(error(400, "bad_parameter", QStringLiteral("With the admin token, name the http source: POST /api/v1/orders?org=SLUG&source=NAME.")));
        target = HttpIntake::instance().byName(request.query.queryItemValue(QStringLiteral("org")), name);
        if (!target)
            return done(error(404, "not_found", QStringLiteral("No running http source '%1'.").arg(name)));
    }
    const QByteArray type = request.contentType.split(';').first().trimmed().toLower();
    if (type != "application/json" && !type.endsWith("+json"))
        return done(error(415, "unsupported_media_type", QStringLiteral("Send partner JSON with 'Content-Type: application/json' (got '%1').")
                                                             .arg(QString::fromLatin1(request.contentType.left(80)))));
    if (request.body.size() > m_options.maxBodyBytes)   // the connection guard answers first; this is the second line
        return done(error(413, "too_large", QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxBodyBytes)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(request.body, parseError.offset);
        return done(error(400, "malformed_json", QStringLiteral("The body is not valid JSON: %1 at line %2, column %3 (byte %4). Nothing was stored.")
                                                     .arg(parseError.errorString()).arg(line).arg(column).arg(parseError.offset),
                          QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("column"), column}, {QStringLiteral("offset"), parseError.offset}}));
    }
    if (!doc.isObject() && !doc.isArray())
        return done(error(400, "malformed_json", QStringLiteral("The body must be an order object, a list of them, or {\"orders\": […]}.")));
    const QString key = QString::fromUtf8(request.idempotencyKey);
    if (key.size() > kMaxKeyLength || std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() < 0x21 || c.unicode() > 0x7e; }))
        return done(error(400, "bad_idempotency_key", QStringLiteral("Idempotency-Key must be 1 to %1 visible ASCII characters.").arg(kMaxKeyLength)));

    HttpSubmission submission;
    submission.body = request.body;
    submission.parsed = doc;   // the reader takes it instead of parsing the body again
    submission.idempotencyKey = key;
    // Hashed once here; the ingest path takes it for the inbound's sha256.
    submission.sha256 = QString::fromLatin1(sha256Hex(request.body));
    // The inbound's name: the partner's key when it gives one, else the body's hash (the same body is then known as
    // the same message).
    submission.name = key.isEmpty() ? QStringLiteral("http-%1.json").arg(submission.sha256.left(16)) : QStringLiteral("http-%1").arg(key);

    // Answered once: by the source (stored or not), or by the deadline.
    auto answered = std::make_shared<bool>(false);
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, answered, done, deadline] {
        deadline->deleteLater();
        if (std::exchange(*answered, true))
            return;
        done(error(503, "not_stored_in_time", QStringLiteral("The order was not stored within %1 s; it may still be. Send it again with the same "
                                                            "Idempotency-Key: it is never stored twice.").arg(m_options.intakeTimeoutMs / 1000)));
    });
    deadline->start(m_options.intakeTimeoutMs);
    QPointer<ApiServer> self(this);
    target->endpoint->submit(std::move(submission), [self, answered, done, deadline](const Result<IngestedFile> &stored) {
        // On the source's thread: the answer is made on the API's thread, with its database connection.
        QMetaObject::invokeMethod(self.data(), [self, answered, done, deadline, stored] {
            if (!self || std::exchange(*answered, true))
                return;
            deadline->stop();
            deadline->deleteLater();
            done(self->intakeAnswer(stored));
        }, Qt::QueuedConnection);
    });
}

Response ApiServer::intakeAnswer(const Result<IngestedFile> &stored)
{
    if (!stored)
        return error(503, stored.error().code == QLatin1String("unavailable") ? "unavailable" : "not_stored",
                     QStringLiteral("Nothing was stored: %1 Send the request again.").arg(stored.error().message));
    const IngestedFile &f = *stored;
    if (f.status == QLatin1String("idempotency_conflict"))
        return error(422, "idempotency_key_reused", f.errors.join(QLatin1Char(' ')), QJsonObject{{QStringLiteral("inbound_id"), f.inboundId}});
    InboundRepository inbound(*m_db);
    qint64 inboundId = f.inboundId;
    const bool replay = f.status == QLatin1String("already_ingested") || f.status == QLatin1String("duplicate");
    QString status = f.status;
    QJsonArray errors;
    for (const QString &e : f.errors)
        errors.append(e);
    QStringList orderIds = f.orderIds;
    if (replay) {
        // A repeat answers as the first request was answered, with 200: nothing new was accepted.
        auto record = inbound.get(inboundId);
        if (record && record->duplicateOf)
            record = inbound.get(inboundId = record->duplicateOf);
        if (!record)
            return error(503, "database", record.error().message);
        status = record->status;
        errors = QJsonArray();
        for (const QJsonValue &e : record->errors)
            errors.append(e.toObject().value(QStringLiteral("text")));
        auto ids = inbound.orderIds(inboundId);
        if (!ids)
            return error(503, "database", ids.error().message);
        orderIds = *ids;
    }
    if (status == QLatin1String("parse_error"))
        return error(422, "unparseable", QStringLiteral("The JSON was stored as inbound message %1 but holds no order OrderFlow can read: %2")
                                             .arg(inboundId).arg(errors.isEmpty() ? QString() : errors.first().toString()),
                     QJsonObject{{QStringLiteral("inbound_id"), inboundId}, {QStringLiteral("details"), errors}});
    QJsonObject out{{QStringLiteral("inbound_id"), inboundId}, {QStringLiteral("order_ids"), QJsonArray::fromStringList(orderIds)},
                    {QStringLiteral("status"), QStringLiteral("accepted")}};
    if (!errors.isEmpty())
        out.insert(QStringLiteral("warnings"), errors);
    if (replay)
        out.insert(QStringLiteral("replayed"), true);
    Response r = json(replay ? 200 : 202, out);
    if (replay)
        r.headers.append(QPair<QByteArray, QByteArray>("Idempotent-Replayed", "true"));
    return r;
}

} // namespace orderflow::api
