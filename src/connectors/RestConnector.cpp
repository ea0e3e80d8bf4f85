#include "connectors/RestConnector.h"
#include "domain/messages/ConnectionMessages.h"

#include "secrets/SecretResolver.h"
#include "transport/HttpClient.h"
#include "transport/HttpResponse.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QQueue>
#include <QSemaphore>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <optional>

// Debug lines (one per request) only when asked for: QT_LOGGING_RULES="orderflow.rest.debug=true".
Q_LOGGING_CATEGORY(lcRest, "orderflow.rest", QtInfoMsg)

namespace orderflow {

namespace {

const QString BadResponse = QStringLiteral("bad_response");

QString httpCode(int status)
{
    return QStringLiteral("http_%1").arg(status);
}

bool isLoopback(const QString &host)
{
    const QHostAddress a(host);
    return host == QLatin1String("localhost") || (!a.isNull() && a.isLoopback());
}

// A token read from a file often ends in a line break: pasted into the Authorization header it would end the header
// there (and the rest would pass as headers of its own).
bool hasControlByte(QByteArrayView token)
{
    for (const char ch : token) {
        if (uchar(ch) < 0x20 || uchar(ch) == 0x7f)
            return true;
    }
    return false;
}

} // namespace

struct RestConnector::Settings {
    QString connection;          // "connection 'erp' of organisation 'acme'", for messages
    QUrl url;                    // base_url + endpoint: where orders are POSTed
    QString target;              // "POST https://erp.example.com/api/v1/orders", for messages and the push log
    QUrl probeUrl;               // what test() GETs to see whether the token is accepted
    SecretSource token;
    QSslConfiguration tls;
    int connectTimeoutMs = 10000;
    int responseTimeoutMs = 30000;
    int concurrency = 4;
};

ConfigSchema RestConnector::schema()
{
    ConfigSchema s(QStringLiteral("a REST_JSON_V1 connection"));
    s.add(FieldSpec::string(QStringLiteral("base_url")).require()
              .matching(QStringLiteral("^https?://[^/?#\\s]+(/[^?#\\s]*)?$"), QStringLiteral("an http:// or https:// URL without query or fragment"))
              .describe(QT_TRANSLATE_NOOP("config", "The ERP API's base URL, e.g. https://erp.example.com/api/v1.")));
    s.add(FieldSpec::string(QStringLiteral("endpoint")).defaultsTo(QStringLiteral("/orders"))
              .matching(QStringLiteral("^/[^?#\\s]*$"), QStringLiteral("a path starting with /"))
              .describe(QT_TRANSLATE_NOOP("config", "The path below base_url that takes one export per POST.")));
    s.add(FieldSpec::secretRef(QStringLiteral("token"), {SecretForm::Store})
              .describe(QT_TRANSLATE_NOOP("config", "The API's bearer token, kept in OrderFlow's credential store (`orderflow secrets set`).")));
    s.add(FieldSpec::secretRef(QStringLiteral("token_env"), {SecretForm::EnvVar}).replacesInline(QStringLiteral("token"))
              .describe(QT_TRANSLATE_NOOP("config", "Environment variable that holds the bearer token (servers, CI).")));
    s.add(FieldSpec::path(QStringLiteral("ca_file"))
              .describe(QT_TRANSLATE_NOOP("config", "PEM file with the certificate authority (or the self-signed certificate) the ERP's TLS certificate "
                                       "is checked against, in addition to the system's. Certificates are always verified.")));
    s.add(FieldSpec::integer(QStringLiteral("connect_timeout_ms"), 10000).atLeast(100)
              .describe(QT_TRANSLATE_NOOP("config", "How long connecting (TCP and TLS) and sending a request may take.")));
    s.add(FieldSpec::integer(QStringLiteral("response_timeout_ms"), 30000).atLeast(100)
              .describe(QT_TRANSLATE_NOOP("config", "How long the ERP may take to answer a request once it was sent.")));
    s.add(FieldSpec::string(QStringLiteral("probe_path")).defaultNoted(QStringLiteral("the endpoint"))
              .matching(QStringLiteral("^/[^#\\s]*$"), QStringLiteral("a path starting with /"))
              .describe(QT_TRANSLATE_NOOP("config", "What the connection test GETs (with the token) to see that the token is accepted; nothing is created.")));
    s.add(FieldSpec::boolean(QStringLiteral("allow_plain_http"), false)
              .describe(QT_TRANSLATE_NOOP("config", "Allow http:// to another machine; the token then crosses the network unencrypted.")));
    s.requireAnyOf({QStringLiteral("token"), QStringLiteral("token_env")},
                   QStringLiteral("configure where the bearer token is (a credential store entry or an environment variable)"));
    return s;
}

Result<std::unique_ptr<ErpConnector>> RestConnector::create(const ConnectionRecord &connection)
{
    const ConfigSchema s = schema();
    const QString who = msg::ConnectionOfOrgLower(connection.name, connection.orgSlug);
    const QList<ConfigProblem> problems = s.validate(connection.config, QStringLiteral("config."));
    if (!problems.isEmpty())
        return Error(QStringLiteral("config"), msg::RestConfigNotUsable(who, problems.first().toString()));
    const QJsonObject &c = connection.config;
    auto settings = std::make_shared<Settings>();
    settings->connection = who;
    QString base = s.stringValue(c, QStringLiteral("base_url"));
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    settings->url = QUrl(base + s.stringValue(c, QStringLiteral("endpoint")), QUrl::StrictMode);
    if (!settings->url.isValid() || settings->url.host().isEmpty() || !settings->url.userInfo().isEmpty())
        return Error(QStringLiteral("config"), msg::RestBaseUrlNotUsable(who, settings->url.errorString()));
    if (settings->url.scheme() == QLatin1String("http") && !isLoopback(settings->url.host()) && !s.boolValue(c, QStringLiteral("allow_plain_http")))
        return Error(QStringLiteral("config"), msg::RestPlainHttp(who));
    settings->target = QStringLiteral("POST ") + settings->url.toString();
    const QString probe = s.stringValue(c, QStringLiteral("probe_path"));
    settings->probeUrl = probe.isEmpty() ? settings->url : QUrl(base + probe);
    auto token = secretSourceOf(c, QStringLiteral("token"));
    if (!token)
        return Error(token.error().code, QStringLiteral("%1: %2").arg(who, token.error().message));
    settings->token = *token;
    settings->tls = QSslConfiguration::defaultConfiguration();
    settings->tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (const QString caFile = s.stringValue(c, QStringLiteral("ca_file")); !caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("config"), msg::RestCaFileUnreadable(who, caFile, f.errorString()));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (cas.isEmpty())
            return Error(QStringLiteral("config"), msg::RestCaFileNoPem(who, caFile));
        settings->tls.addCaCertificates(cas);
    }
    settings->connectTimeoutMs = int(s.intValue(c, QStringLiteral("connect_timeout_ms")));
    settings->responseTimeoutMs = int(s.intValue(c, QStringLiteral("response_timeout_ms")));
    settings->concurrency = std::max(1, connection.concurrency);
    return std::unique_ptr<ErpConnector>(std::make_unique<RestConnector>(std::move(settings)));
}

// ---- the client: lives on one thread, runs the requests there ------------------------------------------------

class RestConnector::Client final : public QObject {
public:
    Client(std::shared_ptr<const Settings> settings, std::shared_ptr<std::atomic<bool>> aborted)
        : m_settings(std::move(settings)), m_aborted(std::move(aborted)), m_who(msg::ErpOf(m_settings->connection, m_settings->target)),
          m_urlText(m_settings->url.toString())
    {
    }

    // Queues a batch; `done` runs on this thread once every request of it has a result.
    void enqueue(const QList<PushRequest> &requests, PushDone done)
    {
        auto batch = std::make_shared<Batch>();
        batch->requests = requests;
        batch->results.resize(requests.size());
        batch->remaining = int(requests.size());
        batch->done = std::move(done);
        if (requests.isEmpty())
            return batch->done({});
        for (int i = 0; i < requests.size(); ++i)
            m_queue.enqueue(Job{batch, i});
        pump();
    }

    // Shutdown: every request in flight ends now (as interrupted), and nothing queued starts.
    void abortAll()
    {
        if (m_http)
            m_http->abortAll();
        pump();
    }

private:
    struct Batch {
        QList<PushRequest> requests;
        QList<PushResult> results;
        int remaining = 0;
        PushDone done;
    };
    struct Job {
        std::shared_ptr<Batch> batch;
        int index = 0;
    };

    PushResult interrupted() const
    {
        PushResult r;
        r.outcome = PushOutcome::Transient;
        r.errorCode = FileError::Connection;
        r.error = msg::RestInterruptedShutdown();
        return r;
    }

    void pump()
    {
        while (!m_queue.isEmpty() && (m_running < m_settings->concurrency || *m_aborted)) {
            Job job = m_queue.dequeue();
            if (*m_aborted) {   // never started: waits again uncharged, its attempt number given back
                PushResult r;
                r.errorCode = PushError::NotAttempted;
                r.error = msg::NotAttemptedShuttingDown();
                complete(job, r, false);
                continue;
            }
            if (m_stop) {   // the connection failed for an earlier request: the rest waits, uncharged
                complete(job, notAttempted(*m_stop), false);
                continue;
            }
            start(job);
        }
        if (m_running == 0)
            m_stop.reset();   // the next batch tries the connection again
    }

    Result<QByteArray> token()
    {
        if (m_token.isEmpty()) {
            auto t = resolveSecretSource(m_settings->token, msg::BearerTokenOf(m_settings->connection));
            if (!t)
                return t.error();
            if (t->isEmpty())
                return Error(QStringLiteral("config"), msg::BearerTokenEmpty(m_settings->connection));
            if (hasControlByte(*t))
                return Error(QStringLiteral("config"), msg::BearerTokenControlChar(m_settings->connection, m_settings->token.origin()));
            m_token = *t;
        }
        return m_token;
    }

    HttpClient &http()
    {
        if (!m_http) {
            HttpClient::Options o;
            o.url = m_settings->url;
            o.tls = m_settings->tls;
            o.connectTimeoutMs = m_settings->connectTimeoutMs;
            o.responseTimeoutMs = m_settings->responseTimeoutMs;
            o.maxBody = kMaxResponseBytes;
            m_http = new HttpClient(o, this);
        }
        return *m_http;
    }

    void start(const Job &job)
    {
        const PushRequest &req = job.batch->requests.at(job.index);
        auto tok = token();
        if (!tok) {
            // Whatever kept the token from us (not stored, a locked keychain, a variable not set), a person must act:
            // the connection pauses and its orders wait uncharged, instead of each order failing.
            PushResult r;
            r.outcome = PushOutcome::Permanent;
            r.errorCode = QStringLiteral("config");
            r.error = tok.error().message;
            r.request = requestMeta(req);
            return complete(job, r, true);
        }
        ++m_running;
        QByteArray headers;
        headers.reserve(256 + tok->size() + req.idempotencyKey.size());
        headers += "Authorization: Bearer ";
        headers += *tok;
        headers += "\r\nIdempotency-Key: ";
        headers += req.idempotencyKey.toLatin1();
        headers += "\r\nContent-Type: application/json\r\nAccept: application/json\r\nUser-Agent: orderflow/" ORDERFLOW_VERSION "\r\n";
        http().send(QByteArrayLiteral("POST"), headers, req.document, [this, job](HttpAnswer answer) {
            --m_running;
            PushResult r = classify(job.batch->requests.at(job.index), answer);
            // For tracing: never a header, a body or a token.
            qCDebug(lcRest).noquote() << m_settings->target << "key" << job.batch->requests.at(job.index).idempotencyKey.left(12)
                                      << "→" << (r.errorCode.isEmpty() ? QStringLiteral("acked ") + r.erpOrderId : r.errorCode)
                                      << r.response.value(QStringLiteral("ms")).toDouble() << "ms";
            complete(job, r, true);
            pump();
        });
    }

    QJsonObject requestMeta(const PushRequest &req) const
    {
        return QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")}, {QStringLiteral("url"), m_urlText},
                           {QStringLiteral("bytes"), qint64(req.document.size())}, {QStringLiteral("content_sha256"), req.contentSha256}};
    }

    PushResult classify(const PushRequest &req, const HttpAnswer &answer)
    {
        PushResult r;
        r.request = requestMeta(req);
        const double ms = double(answer.nsecs / 10000) / 100.0;   // to 0.01 ms
        const int status = answer.failure == HttpAnswer::Failure::None ? answer.status : 0;
        QJsonObject response{{QStringLiteral("ms"), ms}};
        const QString &who = m_who;
        r.outcome = PushOutcome::Transient;
        if (*m_aborted) {
            r = interrupted();
            r.request = requestMeta(req);
            return r;
        }
        if (status == 0) {
            response.insert(QStringLiteral("network_error"), answer.error.isEmpty() ? QStringLiteral("timeout") : answer.error.left(200));
            r.errorCode = FileError::Connection;
            if (answer.failure == HttpAnswer::Failure::ConnectTimeout) {
                r.error = msg::RestNotReached(who, m_settings->connectTimeoutMs);
            } else if (answer.failure == HttpAnswer::Failure::ResponseTimeout) {
                r.error = msg::RestNoAnswer(who, m_settings->responseTimeoutMs);
            } else if (answer.failure == HttpAnswer::Failure::Tls) {
                r.outcome = PushOutcome::Permanent;
                r.errorCode = FileError::Tls;
                r.error = msg::RestTlsNotTrusted(who, answer.tlsErrors.isEmpty() ? answer.error : answer.tlsErrors.join(QStringLiteral("; ")));
            } else {
                r.error = msg::RestFailed(who, redactSecrets(answer.error, {m_token}));
            }
            r.response = response;
            return r;
        }
        response.insert(QStringLiteral("status"), status);
        const QByteArray &body = answer.body;
        const auto serverSaid = [&] {
            return answer.tooLarge ? msg::AnswerTooLargeNotRead(kMaxResponseBytes) : serverMessage(body, {m_token});
        };
        const auto statusLine = [&] {
            const QString reason = QString::fromLatin1(answer.reason);
            return QStringLiteral("HTTP %1%2").arg(status).arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason);
        };
        r.errorCode = httpCode(status);
        if (status >= 200 && status < 300) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            QString id;
            for (const char *key : {"erp_order_id", "order_id", "id"}) {
                const QJsonValue v = json.value(QLatin1String(key));
                id = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
                if (!id.isEmpty())
                    break;
            }
            if (!id.isEmpty()) {
                r.outcome = PushOutcome::Acked;
                r.errorCode.clear();
                r.erpOrderId = id.left(200);
                response.insert(QStringLiteral("erp_order_id"), r.erpOrderId);
                if (json.contains(QStringLiteral("status")))
                    response.insert(QStringLiteral("erp_status"), json.value(QStringLiteral("status")).toString().left(100));
                r.response = response;
                return r;
            }
            // Accepted, but we cannot tell under which number: asking again under the same key is safe and gets the
            // ERP's answer again; a person looks at it once the retries are used up.
            const QString message = serverSaid();
            r.errorCode = BadResponse;
            r.error = msg::RestNoErpOrderId(who, statusLine(), message);
            response.insert(QStringLiteral("body"), message);
            r.response = response;
            return r;
        }
        const QString message = serverSaid();
        const QString statusText = statusLine();
        r.retryAfterMs = parseRetryAfterMs(answer.header("Retry-After"));
        if (r.retryAfterMs >= 0)
            response.insert(QStringLiteral("retry_after_ms"), r.retryAfterMs);
        response.insert(QStringLiteral("body"), message);
        r.response = response;
        // A 409 with Retry-After: the ERP still works on a request under this key and says when to ask again (README,
        // the ERP contract). Without it a 409 is a conflict like any other 4xx.
        if (status == 408 || status == 429 || status >= 500 || (status == 409 && r.retryAfterMs >= 0)) {
            r.error = r.retryAfterMs >= 0 ? msg::RestAnsweredWait(who, statusText, message, QString::number(double(r.retryAfterMs) / 1000.0))
                                          : msg::RestAnswered(who, statusText, message);
            return r;
        }
        r.outcome = PushOutcome::Permanent;
        if (status == 401 || status == 403) {
            m_token.clear();   // read it again next time: a person may have replaced it
            r.errorCode = FileError::Auth;
            r.error = msg::RestTokenRefused(who, statusText, message, m_settings->token.origin());
            return r;
        }
        if (status >= 300 && status < 400) {
            r.error = msg::RestRedirect(who, statusText, QString::fromUtf8(answer.header("Location")).left(300));
            return r;
        }
        r.error = msg::RestRejected(who, statusText, message);
        return r;
    }

    // A failure of the connection or the server as a whole, not of this order: the rest of the queue waits.
    static bool stopsTheRest(const PushResult &r)
    {
        static const QStringList busy{httpCode(429), httpCode(502), httpCode(503), httpCode(504)};
        return isConnectionFailure(r) || busy.contains(r.errorCode);   // isConnectionFailure covers auth, TLS and config
    }

    void complete(const Job &job, const PushResult &result, bool attempted)
    {
        Batch &b = *job.batch;
        b.results[job.index] = result;
        if (attempted && stopsTheRest(result) && !m_stop)
            m_stop = result;
        if (--b.remaining == 0) {
            PushDone done = std::move(b.done);
            done(std::move(b.results));
        }
    }

    std::shared_ptr<const Settings> m_settings;
    std::shared_ptr<std::atomic<bool>> m_aborted;
    QByteArray m_token;
    HttpClient *m_http = nullptr;
    QQueue<Job> m_queue;
    int m_running = 0;
    std::optional<PushResult> m_stop;
    // Made once from the settings (they never change: a changed connection gets a new connector): the ERP as failures
    // name it, and the target URL as the push log shows it.
    const QString m_who;
    const QString m_urlText;
};

// ---- the connector ------------------------------------------------------------------------------------------

RestConnector::RestConnector(std::shared_ptr<const Settings> settings)
    : m_settings(std::move(settings)), m_aborted(std::make_shared<std::atomic<bool>>(false))
{
}

RestConnector::~RestConnector()
{
    std::lock_guard lock(m_mutex);
    if (m_client) {
        if (!m_clientThread || m_clientThread->isFinished())   // its thread is gone (shutdown): nothing else uses it
            delete m_client;
        else
            m_client->deleteLater();   // on its own thread; this may be called from inside one of its callbacks
    }
    if (m_ownThread) {
        m_ownThread->quit();
        m_ownThread->wait();
        delete m_ownThread;
    }
}

int RestConnector::maxParallelism() const
{
    return m_settings->concurrency;
}

RestConnector::Client *RestConnector::clientHere()
{
    std::lock_guard lock(m_mutex);
    if (!m_client) {
        m_client = new Client(m_settings, m_aborted);
        m_clientThread = QThread::currentThread();
    }
    return m_client;
}

void RestConnector::startPush(const QList<PushRequest> &requests, int, PushDone done)
{
    Client *client = clientHere();
    if (client->thread() == QThread::currentThread())
        return client->enqueue(requests, std::move(done));
    QMetaObject::invokeMethod(client, [client, requests, done = std::move(done)]() mutable { client->enqueue(requests, std::move(done)); },
                              Qt::QueuedConnection);
}

RestConnector::Client *RestConnector::blockingClient()
{
    std::lock_guard lock(m_mutex);
    if (!m_client) {
        m_ownThread = new QThread;
        m_ownThread->setObjectName(QStringLiteral("orderflow-rest"));
        m_client = new Client(m_settings, m_aborted);
        m_client->moveToThread(m_ownThread);
        m_clientThread = m_ownThread;
        m_ownThread->start();
    }
    return m_client;
}

QList<PushResult> RestConnector::pushBatch(const QList<PushRequest> &requests)
{
    // A semaphore, not an event loop: this thread only waits while the client's thread does the work.
    Client *client = blockingClient();
    auto ready = std::make_shared<QSemaphore>();
    auto out = std::make_shared<QList<PushResult>>();
    QMetaObject::invokeMethod(
        client,
        [client, requests, ready, out] {
            client->enqueue(requests, [ready, out](QList<PushResult> results) {
                *out = std::move(results);
                ready->release();
            });
        },
        Qt::QueuedConnection);
    ready->acquire();
    return *out;
}

PushResult RestConnector::push(const PushRequest &request)
{
    return pushBatch({request}).value(0);
}

void RestConnector::abort()
{
    *m_aborted = true;
    std::lock_guard lock(m_mutex);
    if (m_client) {
        Client *client = m_client;
        QMetaObject::invokeMethod(client, [client] { client->abortAll(); }, Qt::QueuedConnection);
    }
}

// ---- connection test: blocking sockets in short slices, so abort() ends it at once ---------------------------

namespace {

// Waits in slices of 50 ms for `step` to report done, until `timeoutMs` or an abort; true when it finished.
template<typename Step>
bool waitSliced(const std::atomic<bool> &aborted, int timeoutMs, Step step)
{
    QElapsedTimer t;
    t.start();
    while (!aborted) {
        if (step(50))
            return true;
        if (t.elapsed() >= timeoutMs)
            return false;
    }
    return false;
}

} // namespace

QList<ConnectionCheck> RestConnector::test()
{
    QList<ConnectionCheck> checks;
    const Settings &s = *m_settings;
    const QUrl &url = s.probeUrl;
    const bool tls = url.scheme() == QLatin1String("https");
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    QElapsedTimer t;
    auto add = [&](const QString &step, bool ok, const QString &detail) {
        checks.append(ConnectionCheck{step, ok, t.elapsed(), detail});
        return ok;
    };
    auto cancelled = [&](const QString &step) { return add(step, false, msg::StepCancelled()); };

    t.start();
    QHostAddress address(url.host());
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(url.host());
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            add(msg::StepResolve(url.host()), false, msg::CannotResolve(url.host(), info.errorString()));
            return checks;
        }
        address = info.addresses().constFirst();
    }
    add(msg::StepResolve(url.host()), true, address.toString());
    if (*m_aborted)
        return checks;

    QSslSocket socket;
    socket.setSslConfiguration(s.tls);
    socket.setPeerVerifyName(url.host());
    t.start();
    const QString tcpStep = msg::StepConnectTo(url.host(), port);
    socket.connectToHost(address, port);
    if (!waitSliced(*m_aborted, s.connectTimeoutMs, [&](int ms) { return socket.waitForConnected(ms) || socket.state() == QAbstractSocket::UnconnectedState; })
        || socket.state() != QAbstractSocket::ConnectedState) {
        if (*m_aborted) {
            cancelled(tcpStep);
            return checks;
        }
        add(tcpStep, false, socket.state() == QAbstractSocket::UnconnectedState ? socket.errorString()
                                                                               : msg::NoConnectionWithin(s.connectTimeoutMs));
        return checks;
    }
    add(tcpStep, true, msg::TcpConnected());

    if (tls) {
        t.start();
        socket.startClientEncryption();
        if (!waitSliced(*m_aborted, s.connectTimeoutMs, [&](int ms) { return socket.waitForEncrypted(ms) || socket.state() != QAbstractSocket::ConnectedState; })
            || !socket.isEncrypted()) {
            if (*m_aborted) {
                cancelled(QStringLiteral("TLS"));
                return checks;
            }
            QStringList errors;
            for (const QSslError &e : socket.sslHandshakeErrors())
                errors << e.errorString();
            add(QStringLiteral("TLS"), false, msg::TlsNotTrustedStep(errors.isEmpty() ? socket.errorString() : errors.join(QStringLiteral("; "))));
            return checks;
        }
        const QSslCertificate peer = socket.peerCertificate();
        add(QStringLiteral("TLS"), true, msg::CertificateVerified(peer.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                                 peer.expiryDate().toUTC().toString(Qt::ISODate)));
    }

    // The token: one GET (nothing is created) that only 401/403 fail.
    t.start();
    const QString authStep = msg::StepAuthenticateGet(url.path(QUrl::FullyEncoded));
    auto tok = resolveSecretSource(s.token, msg::BearerTokenOf(s.connection));
    if (!tok || tok->isEmpty()) {
        add(authStep, false, tok ? msg::BearerTokenEmptyStep(s.token.origin()) : tok.error().message);
        return checks;
    }
    if (hasControlByte(*tok)) {
        add(authStep, false, msg::BearerTokenControlChar(s.connection, s.token.origin()));
        return checks;
    }
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    socket.write("GET " + (path.isEmpty() ? QByteArray("/") : path) + " HTTP/1.1\r\nHost: " + url.authority(QUrl::FullyEncoded).toLatin1()
                 + "\r\nAuthorization: Bearer " + *tok + "\r\nAccept: application/json\r\nUser-Agent: orderflow/" ORDERFLOW_VERSION
                 + "\r\nConnection: close\r\n\r\n");
    QByteArray head;
    const bool answered = waitSliced(*m_aborted, s.responseTimeoutMs, [&](int ms) {
        socket.waitForBytesWritten(0);
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(ms))
            return socket.state() != QAbstractSocket::ConnectedState;
        head += socket.read(4096);
        return head.contains('\n') || head.size() > 8192;
    });
    if (*m_aborted) {
        cancelled(authStep);
        return checks;
    }
    const QList<QByteArray> statusLine = head.left(head.indexOf('\n')).trimmed().split(' ');
    const int status = statusLine.size() >= 2 && statusLine.first().startsWith("HTTP/") ? statusLine.at(1).toInt() : 0;
    if (!answered || status == 0) {
        add(authStep, false, head.isEmpty() ? msg::NoAnswerWithin(s.responseTimeoutMs)
                                            : msg::NotAnHttpAnswer());
        return checks;
    }
    if (status == 401 || status == 403)
        add(authStep, false, msg::HttpTokenRefused(status, s.token.origin()));
    else if (status >= 500)
        add(authStep, false, msg::HttpServerProblem(status));
    else
        add(authStep, true, msg::HttpTokenAccepted(status));
    return checks;
}

} // namespace orderflow
