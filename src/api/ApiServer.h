// The monitoring API (DESIGN §9) of `orderflow run --listen ADDR:PORT`, on QtHttpServer, on its own thread with its
// own database connection so it never blocks the engine:
//   GET  /health                    database, workers' heartbeats, connections' circuits (503 when unhealthy)
//   GET  /metrics                   Prometheus text
//   GET  /livez                     answers at once, touches nothing (liveness; the benchmark's baseline)
//   GET  /api/v1/orders             paged, filtered by state, org, source, received date   (token)
//   GET  /api/v1/orders/{id}        one order in full                                       (token)
//   POST /api/v1/orders/{id}/retry  a failed order again, as `orderflow retry`              (token)
//   POST /api/v1/orders             partner JSON for an http source (its token)            → 202
// Tokens: the admin token (credential store reference, or ORDERFLOW_API_TOKEN) sees everything; an organisation's
// tokens (`orderflow api-tokens`) see only its orders; an http source's token may only post orders to it.
#pragma once

#include "domain/OrderEvent.h"
#include "domain/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

namespace orderflow {

struct ApiOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;                     // 0: any free port (tests)
    qint64 maxBodyBytes = 1024 * 1024;       // larger requests are answered 413 before their body is read
    QString databasePath;
    QString adminTokenSecret;                // credential store reference of the admin token (overrides the variable)
    QString adminTokenEnv = QStringLiteral("ORDERFLOW_API_TOKEN");
    int intakeTimeoutMs = 30000;             // a POSTed order not stored by then is answered 503 (send it again)
};

namespace api {
class ApiServer;
}

// Runs the API server on its own thread. Owned by the thread that runs the engine.
class ApiService final : public QObject {
    Q_OBJECT
public:
    explicit ApiService(ApiOptions options, QObject *parent = nullptr);
    ~ApiService() override;

    // Listens (waits until the server's thread has tried): fails when the address cannot be bound or the admin
    // token's secret cannot be read.
    Status start();
    void stop();
    quint16 port() const { return m_port; }

signals:
    // Orders an API call changed (a retry): the engine's push worker should look.
    void ordersChanged(const orderflow::OrderStateChanges &changes);

private:
    ApiOptions m_options;
    QThread m_thread;
    api::ApiServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace orderflow
