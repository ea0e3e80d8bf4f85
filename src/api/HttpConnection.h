// One client connection of the monitoring API, beside QtHttpServer's own handling of it:
//  - a guard that reads each request's head before QtHttpServer sees the body: QtHttpServer 6.4 buffers a whole
//    request before any handler runs and has no size limit, so a request whose Content-Length is over the limit is
//    answered 413 here and the connection closed before its body is read; chunked request bodies (no length up front)
//    are refused with 411. "Expect: 100-continue" is answered here when the body may come.
//  - responses in request order: answers that take time (a POST stored on a source's thread) may finish after a
//    later request's answer on the same keep-alive connection; each waits for the ones before it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace orderflow::api {

class HttpConnection final : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes);

    // The connection of a socket QtHttpServer hands to a handler (nullptr for a socket this server did not accept).
    static HttpConnection *of(QTcpSocket *socket);

    // True when the guard answered the current request itself: the handler must not answer it again.
    bool refused() const { return m_refused; }
    // A place in the answer order for the request being handled now.
    int reserve() { return m_issued++; }
    // The answer for a reserved place: written once every earlier answer is. closeAfter: close the connection then.
    void complete(int ticket, const QByteArray &response, bool closeAfter);

private:
    void inspect();
    bool headComplete();
    void refuse(int status, const QByteArray &code, const QString &message);

    QTcpSocket *m_socket;
    const qint64 m_maxBody;
    enum class State { Head, Body } m_state = State::Head;
    QByteArray m_head;           // the current request's head so far
    qint64 m_bodyLeft = 0;
    bool m_refused = false;
    int m_issued = 0;
    int m_nextToWrite = 0;
    QMap<int, QPair<QByteArray, bool>> m_done;
};

// Accepts connections for QtHttpServer with an HttpConnection attached to each before QtHttpServer connects to it.
class GuardedTcpServer final : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr) : QTcpServer(parent), m_maxBody(maxBodyBytes) {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const qint64 m_maxBody;
};

// A complete HTTP/1.1 response.
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
// The JSON error body every error answer carries: {"error": {"code": …, "message": …}} (plus details when given).
QByteArray errorBody(const QByteArray &code, const QString &message, const QJsonObject &extra = {});

} // namespace orderflow::api
