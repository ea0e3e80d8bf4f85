#include "sources/RestSource.h"
#include "domain/messages/SourceMessages.h"

#include "secrets/SecretResolver.h"
#include "sources/SourceRegistry.h"
#include "transport/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcRestSource, "orderflow.source.rest")

namespace orderflow {
namespace {

const QString kType = QStringLiteral("rest");
constexpr qint64 kMaxServerWaitMs = 3600 * 1000;   // a Retry-After longer than an hour is read as an hour
constexpr int kBodyInMessage = 300;                // how much of an error body a message quotes

// Where the next request goes: by cursor, by page number, or by the URL a Link header named. `skip`: how many
// orders of that page are stored already (the last page of a poll is asked for again and may have grown).
struct Position {
    QString cursor;
    qint64 page = 0;
    QString url;
    qint64 skip = 0;

    bool operator==(const Position &o) const { return cursor == o.cursor && page == o.page && url == o.url && skip == o.skip; }
};

QString encode(const QString &mode, const Position &p)
{
    QJsonObject o;
    if (mode == QLatin1String("page"))
        o.insert(QStringLiteral("page"), p.page);
    else if (mode == QLatin1String("link"))
        o.insert(QStringLiteral("url"), p.url);
    else
        o.insert(QStringLiteral("cursor"), p.cursor);
    o.insert(QStringLiteral("skip"), p.skip);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The value at a dotted path ("meta.next") of a JSON object.
QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(part);
    }
    return v;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

// The target of `Link: <…>; rel="next"` (RFC 8288), resolved against the request's URL; empty when there is none.
QUrl nextLink(const QByteArray &header, const QUrl &base)
{
    static const QRegularExpression link(QStringLiteral(R"re(<([^>]*)>\s*((?:;\s*[^;,]*)*))re"));
    static const QRegularExpression relNext(QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]*)"?)re"),
                                            QRegularExpression::CaseInsensitiveOption);
    auto it = link.globalMatch(QString::fromLatin1(header));
    while (it.hasNext()) {
        const auto m = it.next();
        const auto rel = relNext.match(m.captured(2));
        if (rel.hasMatch() && rel.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QStringLiteral("next"), Qt::CaseInsensitive))
            return base.resolved(QUrl(m.captured(1)));
    }
    return {};
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

} // namespace

void addRestSourceFields(ConfigSchema &s)
{
    s.add(FieldSpec::string(QStringLiteral("url")).require().matching(QStringLiteral("https?://.+"), QStringLiteral("an http:// or https:// URL"))
              .describe(QT_TRANSLATE_NOOP("config", "The partner's orders endpoint, e.g. https://partner.example/api/orders.")));
    s.add(FieldSpec::secretRef(QStringLiteral("token_env"), {SecretForm::EnvVar}).replacesInline(QStringLiteral("token"))
              .describe(QT_TRANSLATE_NOOP("config", "Environment variable that holds the bearer token.")));
    s.add(FieldSpec::secretRef(QStringLiteral("token"), {SecretForm::Store})
              .describe(QT_TRANSLATE_NOOP("config", "The bearer token, kept in OrderFlow's credential store (`orderflow secrets set`).")));
    s.requireAnyOf({QStringLiteral("token_env"), QStringLiteral("token")},
                   QStringLiteral("say where the bearer token is (an environment variable or the credential store)"));
    s.add(FieldSpec::oneOf(QStringLiteral("pagination"), {QStringLiteral("cursor"), QStringLiteral("page"), QStringLiteral("link")},
                           QStringLiteral("cursor"))
              .describe(QT_TRANSLATE_NOOP("config", "cursor: each page names the cursor after it (cursor_field) and the next request sends it "
                                       "(cursor_param); page: page numbers (page_param, first_page) of page_size orders; link: follow "
                                       "the response's `Link: <…>; rel=\"next\"` header.")));
    s.add(FieldSpec::string(QStringLiteral("cursor_param")).defaultsTo(QStringLiteral("cursor"))
              .describe(QT_TRANSLATE_NOOP("config", "Query parameter that carries the cursor.")).onlyWhen(QStringLiteral("pagination"), {QStringLiteral("cursor")}));
    s.add(FieldSpec::string(QStringLiteral("cursor_field")).defaultsTo(QStringLiteral("next_cursor"))
              .describe(QT_TRANSLATE_NOOP("config", "Dotted path of the cursor in a page (null or absent: no further page now).")).onlyWhen(QStringLiteral("pagination"), {QStringLiteral("cursor")}));
    s.add(FieldSpec::string(QStringLiteral("initial_cursor"))
              .describe(QT_TRANSLATE_NOOP("config", "The cursor of the very first request (e.g. a date to start from); none by default.")).onlyWhen(QStringLiteral("pagination"), {QStringLiteral("cursor")}));
    s.add(FieldSpec::string(QStringLiteral("page_param")).defaultsTo(QStringLiteral("page"))
              .describe(QT_TRANSLATE_NOOP("config", "Query parameter that carries the page number.")).onlyWhen(QStringLiteral("pagination"), {QStringLiteral("page")}));
    s.add(FieldSpec::integer(QStringLiteral("first_page"), 1).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "The number of the first page.")).onlyWhen(QStringLiteral("pagination"), {QStringLiteral("page")}));
    s.add(FieldSpec::string(QStringLiteral("limit_param")).defaultsTo(QStringLiteral("limit"))
              .describe(QT_TRANSLATE_NOOP("config", "Query parameter that carries page_size (empty: not sent).")));
    s.add(FieldSpec::integer(QStringLiteral("page_size"), 100).range(1, 10000).describe(QT_TRANSLATE_NOOP("config", "Orders asked for per page.")));
    s.add(FieldSpec::string(QStringLiteral("items_field")).defaultsTo(QStringLiteral("orders"))
              .describe(QT_TRANSLATE_NOOP("config", "Dotted path of the array of orders in a page that is an object (a page that is an array is the orders).")));
    s.add(FieldSpec::integer(QStringLiteral("poll_interval_ms"), 30000).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "Time between polls once every page has been read.")));
    s.add(FieldSpec::integer(QStringLiteral("request_timeout_ms"), 30000).atLeast(100)
              .describe(QT_TRANSLATE_NOOP("config", "A request without its whole answer after this long is given up and tried again after the backoff.")));
    s.add(FieldSpec::integer(QStringLiteral("max_response_bytes"), 16 * 1024 * 1024).atLeast(1024)
              .describe(QT_TRANSLATE_NOOP("config", "A larger answer is refused (and asked for again after the backoff): lower page_size.")));
    s.add(FieldSpec::integer(QStringLiteral("backoff_base_ms"), 1000).atLeast(1)
              .describe(QT_TRANSLATE_NOOP("config", "After 429, 5xx, a timeout or a lost connection without Retry-After the source waits this long, doubling each time.")));
    s.add(FieldSpec::integer(QStringLiteral("backoff_max_ms"), 300000).atLeast(1)
              .describe(QT_TRANSLATE_NOOP("config", "The longest wait of the backoff.")));
    s.add(FieldSpec::integer(QStringLiteral("error_pause_ms"), 5 * 60 * 1000).atLeast(0)
              .describe(QT_TRANSLATE_NOOP("config", "After 401, 403 or another 4xx (a token or URL a person must fix) the source waits this long.")));
    s.add(FieldSpec::path(QStringLiteral("ca_file"))
              .describe(QT_TRANSLATE_NOOP("config", "PEM file of a CA to trust besides the system's (a partner with its own CA). Certificates are always verified.")));
}

class RestSource::Reader {
public:
    Reader(SourceRecord record) : m_record(std::move(record)) {}

    Status start(SourceSink &sink)
    {
        m_sink = &sink;
        m_stopped = false;
        if (!m_network)
            m_network = std::make_unique<QNetworkAccessManager>();
        if (const QString ca = text(QStringLiteral("ca_file")); !ca.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(ca, QSsl::Pem);
            if (certs.isEmpty())
                return Error(QStringLiteral("config"), msg::RestSourceCaNoPem(m_record.name, ca));
            m_tls = QSslConfiguration::defaultConfiguration();
            m_tls.addCaCertificates(certs);
            m_customTls = true;
        }
        schedule(0);
        return {};
    }

    // On the source's thread.
    void stop()
    {
        m_stopped = true;
        m_timer.stop();
        m_requestTimer.stop();
        if (m_reply) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            reply->abort();
            reply->deleteLater();
        }
        m_sink = nullptr;
    }

    // Any thread.
    void abort()
    {
        m_aborted = true;
        QMetaObject::invokeMethod(&m_context, [this] { stop(); }, Qt::QueuedConnection);
    }

private:
    const ConfigSchema &schema() const { return *SourceRegistry::instance().schema(kType); }
    QString text(const QString &name) const { return schema().stringValue(m_record.config, name); }
    qint64 number(const QString &name) const { return schema().intValue(m_record.config, name); }
    QString mode() const { return text(QStringLiteral("pagination")); }

    void schedule(qint64 ms)
    {
        m_timer.stop();
        m_timer.setSingleShot(true);
        QObject::disconnect(&m_timer, nullptr, &m_context, nullptr);
        QObject::connect(&m_timer, &QTimer::timeout, &m_context, [this] { poll(); });
        m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    }

    // One poll: from the stored checkpoint, page after page until no further page is ready.
    void poll()
    {
        if (m_stopped || m_aborted || !m_sink)
            return;
        auto token = resolveConfigSecret(m_record.config, QStringLiteral("token"), msg::BearerTokenOfSource(m_record.name));
        if (!token) {
            pause(Error(token.error().code, msg::SourceProblem(m_record.name, token.error().message)), number(QStringLiteral("error_pause_ms")));
            return;
        }
        m_token = *token;
        auto stored = m_sink->checkpoint();
        if (!stored) {
            pause(stored.error(), backoffMs());
            return;
        }
        m_checkpoint = *stored;
        m_position = Position{};
        m_position.page = number(QStringLiteral("first_page"));
        m_position.cursor = text(QStringLiteral("initial_cursor"));
        if (m_checkpoint) {
            const QJsonObject o = QJsonDocument::fromJson(m_checkpoint->toUtf8()).object();
            m_position.cursor = o.contains(QStringLiteral("cursor")) ? o.value(QStringLiteral("cursor")).toString() : m_position.cursor;
            m_position.page = o.contains(QStringLiteral("page")) ? qint64(o.value(QStringLiteral("page")).toDouble()) : m_position.page;
            m_position.url = o.value(QStringLiteral("url")).toString();
            m_position.skip = qint64(o.value(QStringLiteral("skip")).toDouble());
        }
        fetch();
    }

    QUrl requestUrl() const
    {
        if (mode() == QLatin1String("link") && !m_position.url.isEmpty())
            return QUrl(m_position.url);
        QUrl url(text(QStringLiteral("url")));
        QUrlQuery query(url);
        if (mode() == QLatin1String("cursor") && !m_position.cursor.isEmpty())
            query.addQueryItem(text(QStringLiteral("cursor_param")), QString::fromUtf8(QUrl::toPercentEncoding(m_position.cursor)));
        if (mode() == QLatin1String("page"))
            query.addQueryItem(text(QStringLiteral("page_param")), QString::number(m_position.page));
        if (const QString limit = text(QStringLiteral("limit_param")); !limit.isEmpty())
            query.addQueryItem(limit, QString::number(number(QStringLiteral("page_size"))));
        url.setQuery(query);
        return url;
    }

    void fetch()
    {
        m_url = requestUrl();
        QNetworkRequest request(m_url);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("Accept", "application/json");
        // A redirect to another server would carry the token there.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
        if (m_customTls)
            request.setSslConfiguration(m_tls);
        m_timedOut = false;
        m_tooLarge = false;
        QNetworkReply *reply = m_network->get(request);
        m_reply = reply;
        const qint64 maxBytes = number(QStringLiteral("max_response_bytes"));
        auto checkSize = [this, reply, maxBytes] {
            const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (m_reply == reply && !m_tooLarge && (announced > maxBytes || reply->bytesAvailable() > maxBytes)) {
                m_tooLarge = true;
                reply->abort();
            }
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, &m_context, checkSize);
        QObject::connect(reply, &QIODevice::readyRead, &m_context, checkSize);
        QObject::connect(reply, &QNetworkReply::finished, &m_context, [this, reply] { finished(reply); });
        m_requestTimer.stop();
        m_requestTimer.setSingleShot(true);
        QObject::disconnect(&m_requestTimer, nullptr, &m_context, nullptr);
        QObject::connect(&m_requestTimer, &QTimer::timeout, &m_context, [this, reply] {
            if (m_reply == reply) {
                m_timedOut = true;
                reply->abort();
            }
        });
        m_requestTimer.start(int(number(QStringLiteral("request_timeout_ms"))));
    }

    QString what() const { return msg::RestSourceGet(m_record.name, m_record.orgSlug, m_url.toDisplayString()); }

    // Never a token in a message, even when a server echoes it back.
    QString clean(QString message) const
    {
        if (m_token.size() >= 4)
            message.replace(QString::fromUtf8(m_token), QStringLiteral("***"));
        return message;
    }

    void finished(QNetworkReply *reply)
    {
        reply->deleteLater();
        if (m_reply != reply)
            return;   // stopped meanwhile
        m_reply = nullptr;
        m_requestTimer.stop();
        if (m_stopped || m_aborted || !m_sink)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 waitSeconds = (number(QStringLiteral("request_timeout_ms")) + 999) / 1000;
        if (m_timedOut) {
            pause(Error(QStringLiteral("timeout"), msg::RestSourceNoWholeAnswer(what(), waitSeconds)),
                  backoffMs());
            return;
        }
        if (m_tooLarge) {
            pause(Error(QStringLiteral("too_large"), msg::RestSourceTooLarge(what(), number(QStringLiteral("max_response_bytes")))),
                  backoffMs());
            return;
        }
        if (status == 0 && reply->error() == QNetworkReply::SslHandshakeFailedError) {
            // Not a network blip: nothing changes until a person trusts the partner's certificate authority.
            pause(Error(QStringLiteral("tls"), clean(msg::RestSourceTlsNotTrusted(what(), reply->errorString(), number(QStringLiteral("error_pause_ms")) / 1000))),
                  number(QStringLiteral("error_pause_ms")));
            return;
        }
        if (status == 0) {
            pause(Error(QStringLiteral("connection"), clean(msg::RestSourceFailed(what(), reply->errorString()))),
                  backoffMs());
            return;
        }
        const QByteArray body = reply->readAll();
        if (status < 200 || status > 299) {
            httpError(reply, status, body);
            return;
        }
        page(reply, body);
    }

    void httpError(QNetworkReply *reply, int status, const QByteArray &body)
    {
        QString quoted = QString::fromUtf8(body.left(kBodyInMessage)).simplified();
        if (body.size() > kBodyInMessage)
            quoted += QStringLiteral("…");
        const QString said = quoted.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(quoted);
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (status == 429 || status == 408 || status >= 500) {
            const qint64 serverMs = parseRetryAfterMs(reply->rawHeader("Retry-After"));
            const qint64 waitMs = serverMs >= 0 ? std::min(serverMs, kMaxServerWaitMs) : backoffMs();
            pause(Error(QStringLiteral("http_%1").arg(status),
                        clean(msg::RestSourceAnsweredRetry(what(), status, reason, said, (waitMs + 999) / 1000,
                                                              serverMs >= 0 ? msg::AsRetryAfterAsks() : QString()))),
                  waitMs);
            return;
        }
        QString todo = msg::CheckSourceUrl();
        if (status == 401 || status == 403)
            todo = msg::CheckBearerToken();
        pause(Error(status == 401 || status == 403 ? QStringLiteral("auth") : QStringLiteral("http_%1").arg(status),
                    clean(msg::RestSourceAnsweredPause(what(), status, reason, said, todo, number(QStringLiteral("error_pause_ms")) / 1000))),
              number(QStringLiteral("error_pause_ms")));
    }

    void page(QNetworkReply *reply, const QByteArray &body)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        const QString items = text(QStringLiteral("items_field"));
        QJsonArray orders;
        QString malformed;
        if (parseError.error != QJsonParseError::NoError)
            malformed = msg::AnswerNotJson(parseError.errorString(), parseError.offset);
        else if (doc.isArray())
            orders = doc.array();
        else if (valueAt(doc.object(), items).isArray())
            orders = valueAt(doc.object(), items).toArray();
        else
            malformed = msg::AnswerNoOrderArray(items);
        if (!malformed.isEmpty()) {
            // Kept as a parse error for the operator (the same bytes again are recognised, not stored twice); the
            // checkpoint stays, so the page is asked for again and no order on it is lost.
            QString stored;
            if (auto r = m_sink->store({InboundDocument{QStringLiteral("GET ") + m_url.toDisplayString(), body}}); r && !r->isEmpty())
                stored = msg::AnswerKeptAsInbound(r->first().inboundId);
            pause(Error(QStringLiteral("malformed"), clean(msg::RestSourceMalformed(what(), malformed, (backoffMs() + 999) / 1000, stored))),
                  backoffMs());
            return;
        }

        const qint64 n = orders.size();
        Position next = m_position;
        bool more = false;
        if (mode() == QLatin1String("cursor")) {
            const QString cursor = scalarText(valueAt(doc.object(), text(QStringLiteral("cursor_field"))));
            if (!cursor.isEmpty() && cursor != m_position.cursor) {
                next = Position{cursor, 0, {}, 0};
                more = n > 0;
            }
        } else if (mode() == QLatin1String("page")) {
            if (n >= number(QStringLiteral("page_size"))) {
                next = Position{{}, m_position.page + 1, {}, 0};
                more = true;
            }
        } else {
            const QUrl link = nextLink(reply->rawHeader("Link"), m_url);
            if (link.isValid() && !link.isEmpty()) {
                if (!sameOrigin(link, QUrl(text(QStringLiteral("url"))))) {
                    pause(Error(QStringLiteral("config"), msg::RestSourceForeignLink(what(), link.toDisplayString())),
                          number(QStringLiteral("error_pause_ms")));
                    return;
                }
                next = Position{{}, 0, link.toString(), 0};
                more = true;
            }
        }
        if (!more)
            next.skip = std::max(m_position.skip, n);   // the last page for now: asked for again next poll

        QList<InboundDocument> documents;
        if (n > m_position.skip) {
            InboundDocument d;
            d.name = QStringLiteral("GET ") + m_url.toDisplayString();
            if (m_position.skip == 0 && (doc.isArray() || items == QLatin1String("orders"))) {
                d.content = body;   // the partner's bytes, as they came
            } else {
                // Only what was not stored before, in the partner JSON form the reader takes.
                QJsonArray fresh;
                for (qint64 i = m_position.skip; i < n; ++i)
                    fresh.append(orders.at(i));
                d.content = QJsonDocument(QJsonObject{{QStringLiteral("orders"), fresh}}).toJson(QJsonDocument::Compact);
                d.name += QStringLiteral(" (orders %1-%2 of the page)").arg(m_position.skip + 1).arg(n);
            }
            documents.append(d);
        } else if (n < m_position.skip) {
            m_sink->reportProblem(msg::RestSourceFewerOrders(what(), n, m_position.skip));
        }
        if (!documents.isEmpty() || !(next == m_position)) {
            const QString cursor = encode(mode(), next);
            auto stored = m_sink->store(documents, CheckpointAdvance{QString(), m_checkpoint, cursor});
            if (!stored) {
                if (stored.error().code == QLatin1String("checkpoint_conflict")) {
                    m_sink->reportProblem(stored.error().message);
                    schedule(0);   // another reader moved it: start again from where it stands now
                } else {
                    pause(stored.error(), backoffMs());
                }
                return;
            }
            m_checkpoint = cursor;
        }
        m_position = next;
        m_failures = 0;
        m_sink->reportWorking(-1);
        if (more)
            fetch();
        else
            schedule(number(QStringLiteral("poll_interval_ms")));
    }

    qint64 backoffMs() const
    {
        const qint64 base = number(QStringLiteral("backoff_base_ms"));
        const qint64 max = number(QStringLiteral("backoff_max_ms"));
        // m_failures: the failures in a row before this one; the first waits base, then 2 × base, 4 × base, …
        const int doublings = std::clamp(m_failures, 0, 40);
        return std::min(max, doublings >= 40 ? max : base << doublings);
    }

    void pause(const Error &error, qint64 ms)
    {
        ++m_failures;
        qCDebug(lcRestSource) << error.message;
        if (m_sink)
            m_sink->reportPaused(error, ms);
        schedule(ms);
    }

    SourceRecord m_record;
    QObject m_context;                 // lives on the source's thread: every timer and reply reports through it
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QTimer m_requestTimer;
    SourceSink *m_sink = nullptr;
    QSslConfiguration m_tls;
    bool m_customTls = false;
    QByteArray m_token;
    std::optional<QString> m_checkpoint;
    Position m_position;
    QUrl m_url;
    int m_failures = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_stopped = false;
    std::atomic<bool> m_aborted{false};
};

RestSource::RestSource(const SourceRecord &record) : Source(record), m_reader(std::make_unique<Reader>(record)) {}

RestSource::~RestSource()
{
    if (m_reader)
        m_reader->stop();
}

Result<std::unique_ptr<Source>> RestSource::create(const SourceRecord &record)
{
    const QUrl url(record.config.value(QStringLiteral("url")).toString());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error(QStringLiteral("config"), msg::RestSourceBadUrl(record.name, record.config.value(QStringLiteral("url")).toString()));
    return std::unique_ptr<Source>(new RestSource(record));
}

Status RestSource::start(SourceSink &sink)
{
    return m_reader->start(sink);
}

void RestSource::stop()
{
    m_reader->stop();
}

void RestSource::abort()
{
    m_reader->abort();
}

} // namespace orderflow
