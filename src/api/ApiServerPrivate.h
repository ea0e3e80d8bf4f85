// The API server's object on its own thread (see ApiServer.h). Its handlers live in three files: ApiServer.cpp
// (set-up, dispatch, tokens), ApiOrders.cpp (orders and the http intake), ApiMonitoring.cpp (health, metrics).
#pragma once

#include "api/ApiServer.h"
#include "domain/OrderEvent.h"
#include "sources/HttpIntake.h"
#include "storage/Database.h"

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

class QTcpSocket;

namespace orderflow::api {

class HttpConnection;

// Who is asking.
struct Principal {
    enum class Kind { None, Invalid, Admin, Org } kind = Kind::None;
    qint64 orgId = 0;
    QString orgSlug;
    QString name;          // for the audit trail: "api:admin", "api:token:NAME"
    QByteArray token;      // the presented bearer token (for an http source's token)
};

// What a handler needs of one request (the QHttpServerRequest is reused for the connection's next request).
struct Request {
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QByteArray authorization;
    QByteArray idempotencyKey;
    bool close = false;    // Connection: close
};

struct Response {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// The token of an "Authorization: Bearer TOKEN" header; empty for any other header.
QByteArray bearerToken(const QByteArray &authorization);

class ApiServer final : public QObject {
    Q_OBJECT
public:
    explicit ApiServer(ApiOptions options);
    ~ApiServer() override;

    Result<quint16> listen();   // on its thread
    void shutdown();            // on its thread

signals:
    void ordersChanged(const orderflow::OrderStateChanges &changes);

private:
    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket);
    void answer(QPointer<HttpConnection> connection, int ticket, const Response &response, bool close);
    Principal authenticate(const QByteArray &authorization);
    static Response json(int status, const QJsonValue &value);
    static Response error(int status, const QByteArray &code, const QString &message, const QJsonObject &extra = {});
    static Response unauthorized(const Principal &who);

    // ApiMonitoring.cpp
    Response health();
    Response metrics();
    // ApiOrders.cpp
    Response listOrders(const Request &request, const Principal &who);
    Response showOrder(const QString &id, const Principal &who);
    Response retryOrder(const QString &id, const Principal &who);
    // The intake answers later: through `done`, on this thread.
    void intake(const Request &request, std::function<void(const Response &)> done);
    Response intakeAnswer(const Result<IngestedFile> &stored);

    ApiOptions m_options;
    std::unique_ptr<Database> m_db;
    QHttpServer *m_http = nullptr;
    QByteArray m_adminTokenHash;     // sha256 of the admin token; empty: none configured
};

} // namespace orderflow::api
