// REST_JSON_V1: POSTs orderflow_export_json_v1 to the ERP's REST API (DESIGN §4), asynchronously, on the
// connection's own thread: one HttpClient per connection (transport/HttpClient.h: kept-alive connections, no thread
// of its own), at most the connection's concurrency of requests at once. Every request carries `Authorization: Bearer TOKEN` and
// `Idempotency-Key: KEY` (the export's key, the same on every automatic retry and after a crash), so an ERP that
// keeps the key answers a repeat with the order it created the first time instead of creating a second one.
//   2xx with an ERP order id        → acked
//   408, 429, 5xx, timeouts, network → transient (Retry-After honoured); 429/502/503/504 and network failures
//                                      leave the rest of the batch unattempted (uncharged) instead of hammering
//   401, 403, TLS failures           → the connection waits for a person (token or certificate), orders uncharged
//   other 4xx (and 3xx)              → permanent, with the server's own message (secrets redacted)
// Config: {"base_url": "https://erp.example.com/api/v1", "endpoint": "/orders", "token": {"secret": REF} |
//          "token_env": VAR, "ca_file": PEM, "connect_timeout_ms": 10000, "response_timeout_ms": 30000, "probe_path",
//          "allow_plain_http": false}
#pragma once

#include "connectors/ErpConnector.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <mutex>

namespace orderflow {

class RestConnector final : public ErpConnector {
public:
    struct Settings;
    class Client;

    static Result<std::unique_ptr<ErpConnector>> create(const ConnectionRecord &connection);
    static ConfigSchema schema();
    // Responses larger than this are not read (a 2xx is then unreadable, an error message cut short).
    static constexpr qint64 kMaxResponseBytes = 1 << 20;

    explicit RestConnector(std::shared_ptr<const Settings> settings);
    ~RestConnector() override;

    QString type() const override { return QStringLiteral("REST_JSON_V1"); }
    int maxParallelism() const override;
    // A second batch waits queued behind the running one, so the connection's requests never drain to zero while
    // a finished batch is recorded and the next one claimed. Requests in flight stay within the concurrency.
    int maxInFlight() const override { return 2; }
    void startPush(const QList<PushRequest> &requests, int parallel, PushDone done) override;
    // Where no event loop runs (`orderflow push`): the same requests on a thread of this connector's own, waited for.
    PushResult push(const PushRequest &request) override;
    QList<PushResult> pushBatch(const QList<PushRequest> &requests) override;
    void abort() override;
    // No lookup: after a crash the export goes again under the same Idempotency-Key, and the ERP's contract is to
    // answer it with the order it already has (README, "ERP contract").
    QList<ConnectionCheck> test() override;

private:
    Client *clientHere();   // the client, created on the calling thread when there is none yet
    Client *blockingClient();

    std::shared_ptr<const Settings> m_settings;
    std::shared_ptr<std::atomic<bool>> m_aborted;
    std::mutex m_mutex;
    Client *m_client = nullptr;
    QPointer<QThread> m_clientThread;   // the thread the client lives on; null once that QThread is deleted
    QThread *m_ownThread = nullptr;   // for the blocking calls only
};

} // namespace orderflow
