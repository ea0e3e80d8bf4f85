#include "api/HttpConnection.h"

#include "transport/HttpHead.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace orderflow::api {
namespace {

constexpr qint64 kMaxHeadBytes = 64 * 1024;
// How long a refused request's connection stays open to drop what the client still sends.
constexpr int kDrainMs = 1000;

QByteArray reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    out.reserve(body.size() + 160);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray errorBody(const QByteArray &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject error{{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("message"), message}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        error.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact) + '\n';
}

HttpConnection::HttpConnection(QTcpSocket *socket, qint64 maxBodyBytes) : QObject(socket), m_socket(socket), m_maxBody(maxBodyBytes)
{
    setObjectName(QStringLiteral("orderflow-http-connection"));
    // Connected before QtHttpServer connects its own reader (it does when the server hands the socket out), so this
    // sees every byte first — with peek(), leaving them for QtHttpServer.
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::inspect);
}

HttpConnection *HttpConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<HttpConnection *>(QStringLiteral("orderflow-http-connection"), Qt::FindDirectChildrenOnly) : nullptr;
}

void HttpConnection::inspect()
{
    if (m_refused)
        return;
    // QtHttpServer reads everything on each readyRead (inside a transaction): what is available now is new.
    QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    qsizetype pos = 0;
    while (pos < data.size() && !m_refused) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - pos);
            m_bodyLeft -= take;
            pos += take;
            if (m_bodyLeft == 0)
                m_state = State::Head;
            continue;
        }
        const qsizetype end = data.indexOf("\r\n\r\n", pos);
        if (end < 0) {
            m_head += data.mid(pos);
            if (m_head.size() > kMaxHeadBytes)
                refuse(431, "headers_too_large", QStringLiteral("The request's headers are larger than %1 KiB.").arg(kMaxHeadBytes / 1024));
            return;
        }
        m_head += data.mid(pos, end + 4 - pos);
        pos = end + 4;
        if (!headComplete())
            return;
    }
}

// The head of one request is complete: decide about its body.
bool HttpConnection::headComplete()
{
    const QByteArray head = m_head;
    m_head.clear();
    qint64 length = 0;
    bool expectContinue = false;
    const qsizetype startLineEnd = head.indexOf('\n');   // the head ends in CRLF CRLF, so there is one
    for (const auto &[field, value] : httpHeaderFields(QByteArrayView(head).sliced(startLineEnd + 1))) {
        const QByteArray name = field.toLower();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                refuse(400, "bad_request", QStringLiteral("Content-Length '%1' is not a number of bytes.").arg(QString::fromLatin1(value.left(40))));
                return false;
            }
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            refuse(411, "length_required", QStringLiteral("Send the body with a Content-Length (at most %1 bytes); chunked request bodies are "
                                                          "not accepted.").arg(m_maxBody));
            return false;
        } else if (name == "expect" && value.toLower() == "100-continue") {
            expectContinue = true;
        }
    }
    if (length > m_maxBody) {
        refuse(413, "too_large", QStringLiteral("The request body is %1 bytes; this server accepts at most %2 bytes per request (--api-max-body). "
                                                "Send fewer orders per request.").arg(length).arg(m_maxBody));
        return false;
    }
    if (expectContinue && length > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Head;
    return true;
}

void HttpConnection::refuse(int status, const QByteArray &code, const QString &message)
{
    m_refused = true;
    // Answered at once, before any earlier answer still pending: the connection ends with this request. QtHttpServer
    // stops reading it (it would buffer the body); what the client still sends is read and dropped for a moment, so
    // closing with unread data does not reset the connection before the client has read this answer.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();   // QtHttpServer's partial read: let its bytes go
    auto drop = [socket = m_socket] { socket->skip(socket->bytesAvailable()); };
    connect(m_socket, &QTcpSocket::readyRead, this, drop);
    drop();
    m_socket->write(httpResponse(status, "application/json", errorBody(code, message), {{"Connection", "close"}}));
    QTimer::singleShot(kDrainMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

void HttpConnection::complete(int ticket, const QByteArray &response, bool closeAfter)
{
    if (m_refused)
        return;
    m_done.insert(ticket, {response, closeAfter});
    while (!m_done.isEmpty() && m_done.firstKey() == m_nextToWrite) {
        const auto [bytes, close] = m_done.take(m_nextToWrite);
        ++m_nextToWrite;
        m_socket->write(bytes);
        if (close) {
            m_refused = true;
            m_socket->disconnectFromHost();
            m_done.clear();
            return;
        }
    }
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new HttpConnection(socket, m_maxBody);
    addPendingConnection(socket);
}

} // namespace orderflow::api
