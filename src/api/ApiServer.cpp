#include "api/ApiServer.h"

#include "api/ApiServerPrivate.h"
#include "api/HttpConnection.h"
#include "secrets/SecretResolver.h"
#include "storage/ApiTokenRepository.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace orderflow {

ApiService::ApiService(ApiOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("orderflow-api"));
}

ApiService::~ApiService()
{
    stop();
}

Status ApiService::start()
{
    if (m_server)
        return {};
    m_server = new api::ApiServer(m_options);
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &api::ApiServer::ordersChanged, this, &ApiService::ordersChanged);
    m_thread.start();
    Result<quint16> listening = Error(QStringLiteral("internal"), QStringLiteral("The API server's thread did not start."));
    QMetaObject::invokeMethod(m_server, [&] { listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        return listening.error();
    }
    m_port = *listening;
    return {};
}

void ApiService::stop()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(m_server, [server = m_server] { server->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr;
}

namespace api {

ApiServer::ApiServer(ApiOptions options) : m_options(std::move(options)) {}

ApiServer::~ApiServer() = default;

Result<quint16> ApiServer::listen()
{
    // The admin token: a credential store reference wins over the variable; neither means no admin token, and only
    // organisation tokens can read orders or retry them.
    QByteArray adminToken;
    if (!m_options.adminTokenSecret.isEmpty()) {
        auto secret = resolveSecret(m_options.adminTokenSecret);
        if (!secret)
            return Error(secret.error().code, QStringLiteral("Cannot read the API token '%1' from the credential store: %2")
                                                  .arg(m_options.adminTokenSecret, secret.error().message));
        adminToken = *secret;
    } else if (!m_options.adminTokenEnv.isEmpty()) {
        adminToken = qgetenv(m_options.adminTokenEnv.toLocal8Bit().constData());
    }
    if (!adminToken.isEmpty())
        m_adminTokenHash = QCryptographicHash::hash(adminToken, QCryptographicHash::Sha256);

    auto db = Database::open(m_options.databasePath, QStringLiteral("api"));
    if (!db)
        return db.error();
    m_db = std::move(*db);

    auto *tcp = new GuardedTcpServer(m_options.maxBodyBytes, this);
    if (!tcp->listen(m_options.address, m_options.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error(QStringLiteral("listen"), QStringLiteral("The monitoring API cannot listen on %1:%2: %3. Choose another --listen ADDR:PORT, or "
                                                              "--listen off.").arg(m_options.address.toString()).arg(m_options.port).arg(why));
    }
    m_http = new QHttpServer(this);
    // One dispatcher for every request: QtHttpServer 6.4's router can only say 404, where a known path asked with
    // the wrong method must be 405.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, responder.socket());
    });
    m_http->bind(tcp);
    return tcp->serverPort();
}

void ApiServer::shutdown()
{
    delete m_http;
    m_http = nullptr;
    m_db.reset();
}

Response ApiServer::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    r.body = (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Compact) + '\n';
    return r;
}

Response ApiServer::error(int status, const QByteArray &code, const QString &message, const QJsonObject &extra)
{
    Response r;
    r.status = status;
    r.body = errorBody(code, message, extra);
    return r;
}

Response ApiServer::unauthorized(const Principal &who)
{
    Response r = who.kind == Principal::Kind::Invalid
                     ? error(401, "invalid_token", QStringLiteral("The bearer token is not valid (revoked, mistyped, or of another server)."))
                     : error(401, "unauthorized", QStringLiteral("This call needs a token: send 'Authorization: Bearer TOKEN' (the admin token, or an "
                                                                 "organisation's token from `orderflow api-tokens add`)."));
    r.headers.append(QPair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer realm=\"orderflow\""));
    return r;
}

QByteArray bearerToken(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return {};
    return authorization.mid(7).trimmed();
}

Principal ApiServer::authenticate(const QByteArray &authorization)
{
    Principal who;
    if (authorization.isEmpty())
        return who;
    who.kind = Principal::Kind::Invalid;
    who.token = bearerToken(authorization);
    if (who.token.isEmpty())
        return who;
    const QByteArray hash = QCryptographicHash::hash(who.token, QCryptographicHash::Sha256);
    if (!m_adminTokenHash.isEmpty() && constantTimeEquals(hash, m_adminTokenHash)) {
        who.kind = Principal::Kind::Admin;
        who.name = QStringLiteral("api:admin");
        return who;
    }
    // Organisation tokens are 256 random bits: looking one up by its hash reveals nothing about the others.
    auto token = ApiTokenRepository(*m_db).findInUse(QString::fromLatin1(hash.toHex()));
    if (token && *token) {
        who.kind = Principal::Kind::Org;
        who.orgId = (*token)->orgId;
        who.orgSlug = (*token)->orgSlug;
        who.name = QStringLiteral("api:token:%1/%2").arg((*token)->orgSlug, (*token)->name);
    }
    return who;
}

void ApiServer::answer(QPointer<HttpConnection> connection, int ticket, const Response &response, bool close)
{
    // No statement may keep its read snapshot past a request: the next one must see what the engine wrote since.
    if (m_db)
        m_db->resetStatements();
    if (!connection)
        return;   // the client went away meanwhile
    auto headers = response.headers;
    if (close)
        headers.append(QPair<QByteArray, QByteArray>("Connection", "close"));
    connection->complete(ticket, httpResponse(response.status, response.contentType, response.body, headers), close);
}

void ApiServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpConnection *connection = HttpConnection::of(socket);
    if (!connection || connection->refused())
        return;
    Request r;
    r.method = request.method();
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.contentType = request.value("content-type");
    r.authorization = request.value("authorization");
    r.idempotencyKey = request.value("idempotency-key");
    r.close = request.value("connection").toLower() == "close";
    const int ticket = connection->reserve();
    QPointer<HttpConnection> where(connection);
    auto reply = [this, where, ticket, close = r.close](const Response &response) { answer(where, ticket, response, close); };

    using M = QHttpServerRequest::Method;
    auto only = [&](std::initializer_list<M> allowed, const char *allow) -> bool {
        for (M m : allowed)
            if (r.method == m)
                return true;
        Response no = error(405, "method_not_allowed", QStringLiteral("%1 does not take this method; it takes %2.").arg(r.path, QLatin1String(allow)));
        no.headers.append(QPair<QByteArray, QByteArray>("Allow", allow));
        reply(no);
        return false;
    };

    static const QRegularExpression orderPath(QStringLiteral("^/api/v1/orders/([^/]+)$"));
    static const QRegularExpression retryPath(QStringLiteral("^/api/v1/orders/([^/]+)/retry$"));
    if (r.path == QLatin1String("/livez")) {
        // Touches nothing: how fast this server answers at all.
        Response ok;
        ok.contentType = "text/plain";
        ok.body = "ok\n";
        reply(ok);
        return;
    }
    if (r.path == QLatin1String("/health")) {
        if (only({M::Get}, "GET"))
            reply(health());
        return;
    }
    if (r.path == QLatin1String("/metrics")) {
        if (only({M::Get}, "GET"))
            reply(metrics());
        return;
    }
    if (r.path == QLatin1String("/api/v1/orders")) {
        if (!only({M::Get, M::Post}, "GET, POST"))
            return;
        if (r.method == M::Get)
            reply(listOrders(r, authenticate(r.authorization)));
        else
            intake(r, reply);
        return;
    }
    if (const auto m = retryPath.match(r.path); m.hasMatch()) {
        if (only({M::Post}, "POST"))
            reply(retryOrder(m.captured(1), authenticate(r.authorization)));
        return;
    }
    if (const auto m = orderPath.match(r.path); m.hasMatch()) {
        if (only({M::Get}, "GET"))
            reply(showOrder(m.captured(1), authenticate(r.authorization)));
        return;
    }
    reply(error(404, "not_found", QStringLiteral("No such endpoint: %1. The API has /health, /metrics, /api/v1/orders, /api/v1/orders/{id} and "
                                                 "/api/v1/orders/{id}/retry.").arg(r.path)));
}

} // namespace api
} // namespace orderflow
