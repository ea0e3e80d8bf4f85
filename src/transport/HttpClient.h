// A lean HTTP/1.1 client for one server (the REST ERP connector's): a pool of kept-alive connections on the thread
// that owns it, no thread of its own, no per-request objects beyond the request itself. What QNetworkAccessManager
// does for every request (a reply object, its signal wiring, a hop to Qt's HTTP thread and back) it does not; what
// the connector needs it does:
//   - keep-alive (a connection is used again once its answer was read to the end), at most as many connections as
//     requests run at once (the caller limits that);
//   - TLS through QSslSocket with the caller's configuration (peer always verified; errors reported, never ignored);
//   - the connect timeout until the request is written (TCP, TLS, writing), then the response timeout;
//   - Content-Length, chunked and until-close bodies; an answer larger than maxBody is not read (tooLarge); a body
//     cut short is a Network failure, and so is an until-close body whose connection was reset (only the server's
//     clean close ends it);
//   - a request on a kept-alive connection that the server had closed meanwhile (it ended before or within 250 ms
//     after the request was written, and nothing of an answer came) goes once more on a new connection; one that
//     ends later is a Network failure (the server may have acted on it: the caller retries under its Idempotency-Key);
//   - headers with a CR or LF inside a name or value are not sent (a Network failure);
//   - `Connection: close` and HTTP/1.0 answers end the connection after the answer.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace orderflow {

struct HttpAnswer {
    enum class Failure {
        None,
        ConnectTimeout,    // not connected (or the request not written) within the connect timeout
        ResponseTimeout,   // written, but no complete answer within the response timeout
        Tls,               // the handshake failed (tlsErrors says why when the certificate was the cause)
        Network,           // refused, reset, closed without (a complete) answer, unreadable answer
        Aborted,           // abortAll()
    };
    Failure failure = Failure::None;
    QString error;             // Network/Tls: what the socket or the parser said
    QStringList tlsErrors;
    int status = 0;            // 0: no status line read
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool tooLarge = false;     // the body was larger than maxBody and not read
    qint64 nsecs = 0;          // from the call to the end

    QByteArray header(QByteArrayView name) const;   // the first with that name (case-insensitive); empty if none
};

class HttpClient final : public QObject {
public:
    struct Options {
        QUrl url;                    // where requests go (scheme, host, port, path and query)
        QSslConfiguration tls;       // for https
        int connectTimeoutMs = 10000;
        int responseTimeoutMs = 30000;
        qint64 maxBody = 1 << 20;
    };
    using Done = std::function<void(HttpAnswer)>;

    explicit HttpClient(Options options, QObject *parent = nullptr);
    ~HttpClient() override;

    // Sends `method` to the URL with `headers` ("Name: value\r\n" each; Host and Content-Length are added) and
    // `body`. `done` runs later on this thread, exactly once (never from inside this call).
    void send(const QByteArray &method, const QByteArray &headers, const QByteArray &body, Done done);
    // Every request in flight ends now with Failure::Aborted; idle connections are closed.
    void abortAll();

private:
    class Connection;
    friend class Connection;
    void finished(Connection *c, bool reusable);
    void resend(QByteArray request, QElapsedTimer clock, Done done);
    void deliver(Done done, HttpAnswer answer);   // at once, or queued while inside send()

    Options m_options;
    QByteArray m_requestTarget;   // path and query
    QByteArray m_host;            // Host header
    bool m_tls = false;
    QList<Connection *> m_idle;
    QList<Connection *> m_busy;
    int m_sending = 0;   // inside send()
};

} // namespace orderflow
