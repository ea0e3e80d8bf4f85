#include "transport/HttpClient.h"

#include "domain/messages/ConnectionMessages.h"
#include "transport/HttpHead.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace orderflow {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;   // status line and headers together
// A kept-alive connection that ends this soon after the request was written (and nothing of an answer came) was
// closed by the server while idle, before it could read the request: the request goes once more. Later, the server
// may have acted on it; then the caller decides (it retries under the same Idempotency-Key after a pause).
constexpr qint64 kResendWindowMs = 250;

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "Name: value\r\n" lines, each with a name and without a CR or LF of its own (which would end the header early
// and pass the rest off as headers of their own).
bool wellFormedHeaders(QByteArrayView headers)
{
    qsizetype pos = 0;
    while (pos < headers.size()) {
        const qsizetype next = headers.indexOf("\r\n", pos);
        if (next < 0)
            return false;
        const QByteArrayView line = headers.sliced(pos, next - pos);
        if (line.indexOf(':') <= 0 || line.contains('\r') || line.contains('\n'))
            return false;
        pos = next + 2;
    }
    return true;
}

// Tells a reset connection from one the server closed. Qt reports both as RemoteHostClosedError, and closes its
// descriptor before it says so; a duplicate of the descriptor, held from the connect on, keeps the socket, whose TCP
// state then tells: CLOSE_WAIT after the server's FIN, CLOSE after a reset. (Elsewhere than on Linux every end reads
// as a clean close.)
class EndWitness {
public:
    EndWitness() = default;
    EndWitness(const EndWitness &) = delete;
    EndWitness &operator=(const EndWitness &) = delete;
    ~EndWitness() { release(); }

    void watch([[maybe_unused]] qintptr descriptor)
    {
        release();
#ifdef Q_OS_LINUX
        if (descriptor >= 0)
            m_fd = ::fcntl(int(descriptor), F_DUPFD_CLOEXEC, 0);
#endif
    }
    // Once the connection ended: whether it was reset.
    bool reset() const
    {
#ifdef Q_OS_LINUX
        tcp_info info{};
        socklen_t size = sizeof info;
        return m_fd >= 0 && ::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &size) == 0 && info.tcpi_state == TCP_CLOSE;
#else
        return false;
#endif
    }
    // Lets the socket go (it closes once Qt's descriptor is closed too).
    void release()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            ::close(m_fd);
#endif
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

} // namespace

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (sameName(n, name))
            return v;
    }
    return {};
}

// One kept-alive connection: runs one request at a time.
class HttpClient::Connection final : public QObject {
public:
    explicit Connection(HttpClient *owner) : QObject(owner), m_owner(owner)
    {
        if (owner->m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(owner->m_options.tls);
            ssl->setPeerVerifyName(owner->m_options.url.host());
            connect(ssl, &QSslSocket::encrypted, this, &Connection::write);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    m_tlsErrors << e.errorString();
            });
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &Connection::checkSent);
            m_socket = ssl;
        } else {
            m_socket = new QTcpSocket(this);
            connect(m_socket, &QTcpSocket::connected, this, &Connection::write);
        }
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_end.watch(m_socket->socketDescriptor());
        });
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::checkSent);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { ended(QString()); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError || m_active)
                ended(m_socket->errorString());
        });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            HttpAnswer a;
            a.failure = m_sent ? HttpAnswer::Failure::ResponseTimeout : HttpAnswer::Failure::ConnectTimeout;
            fail(std::move(a));
        });
    }

    bool used() const { return m_used; }

    void run(QByteArray request, QElapsedTimer clock, Done done)
    {
        m_request = std::move(request);
        m_clock = clock;
        m_done = std::move(done);
        m_active = true;
        m_sent = false;
        m_answered = false;
        m_phase = Phase::Head;
        m_answer = HttpAnswer();
        m_tlsErrors.clear();
        m_in.clear();
        m_timer.start(m_owner->m_options.connectTimeoutMs);
        if (m_socket->state() == QAbstractSocket::ConnectedState && (!m_owner->m_tls || static_cast<QSslSocket *>(m_socket)->isEncrypted())) {
            write();
        } else if (m_socket->state() == QAbstractSocket::UnconnectedState) {
            const QUrl &url = m_owner->m_options.url;
            if (m_owner->m_tls)
                static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), quint16(url.port(443)));
            else
                m_socket->connectToHost(url.host(), quint16(url.port(80)));
        }
    }

    // Ends the request in flight (if any) with `a`; the connection is not used again.
    void fail(HttpAnswer a)
    {
        if (!m_active)
            return;
        if (a.failure == HttpAnswer::Failure::Network && a.error.isEmpty())
            a.error = m_socket->errorString();
        finish(std::move(a), false);
    }

private:
    enum class Phase { Head, Length, Chunks, UntilClose };

    void write()
    {
        if (!m_active || m_request.isEmpty())
            return;
        m_socket->write(m_request);
        m_request.clear();
        m_socket->flush();
        checkSent();
    }

    void checkSent()
    {
        if (!m_active || m_sent || !m_request.isEmpty() || m_socket->bytesToWrite() > 0)
            return;
        if (m_owner->m_tls && static_cast<QSslSocket *>(m_socket)->encryptedBytesToWrite() > 0)
            return;
        m_sent = true;
        m_sentAt.start();
        if (!m_answered)
            m_timer.start(m_owner->m_options.responseTimeoutMs);
    }

    // The socket closed or failed.
    void ended(const QString &error)
    {
        if (!m_active) {   // an idle connection the server closed
            m_end.release();
            m_owner->finished(this, false);
            return;
        }
        // A body that ends with the connection ends with the server's close; a reset may have cut it anywhere.
        const bool reset = m_end.reset();
        if (m_phase == Phase::UntilClose && !reset) {
            m_answer.body += m_socket->readAll();
            finish(std::move(m_answer), false);
            return;
        }
        HttpAnswer a;
        a.status = m_answer.status;
        if (!m_tlsErrors.isEmpty() || m_socket->error() == QAbstractSocket::SslHandshakeFailedError) {
            a.failure = HttpAnswer::Failure::Tls;
            a.tlsErrors = m_tlsErrors;
        } else {
            a.failure = HttpAnswer::Failure::Network;
        }
        a.error = error.isEmpty() ? m_socket->errorString() : error;
        if (a.failure == HttpAnswer::Failure::Network && m_answered)
            a.error = reset ? msg::HttpResetBeforeComplete() : msg::HttpClosedBeforeComplete(a.error);
        finish(std::move(a), false);
    }

    void read()
    {
        if (!m_active) {   // nothing was asked: whatever it is, this connection is not in step any more
            m_socket->readAll();
            m_owner->finished(this, false);
            return;
        }
        m_in += m_socket->readAll();
        m_answered = true;
        parse();
    }

    bool failParse(const QString &what)
    {
        HttpAnswer a;
        a.failure = HttpAnswer::Failure::Network;
        a.status = m_answer.status;
        a.error = what;
        finish(std::move(a), false);
        return false;
    }

    // Reads what has arrived; finishes the exchange once the answer is complete.
    void parse()
    {
        while (m_active) {
            switch (m_phase) {
            case Phase::Head:
                if (!parseHead())
                    return;
                break;
            case Phase::Length: {
                const qsizetype take = std::min<qsizetype>(m_remaining, m_in.size());
                m_answer.body += QByteArrayView(m_in).first(take);
                m_in.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0)
                    return;
                finish(std::move(m_answer), m_keepAlive && m_in.isEmpty() && m_sent);
                return;
            }
            case Phase::Chunks:
                if (!parseChunk())
                    return;
                break;
            case Phase::UntilClose:
                m_answer.body += m_in;
                m_in.clear();
                if (m_answer.body.size() > m_owner->m_options.maxBody) {
                    m_answer.body.clear();
                    m_answer.tooLarge = true;
                    finish(std::move(m_answer), false);
                }
                return;
            }
        }
    }

    // The status line and headers; false while they are incomplete (or the exchange ended).
    bool parseHead()
    {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return m_in.size() > kMaxHead ? failParse(QStringLiteral("the answer's headers are longer than %1 bytes").arg(kMaxHead)) : false;
        const QByteArrayView head = QByteArrayView(m_in).first(end);
        const qsizetype lineEnd = head.indexOf("\r\n");
        const QByteArrayView status = lineEnd < 0 ? head : head.first(lineEnd);
        // "HTTP/1.1 200 OK"
        if (!status.startsWith("HTTP/1.") || status.size() < 12 || status.at(8) != ' ')
            return failParse(QStringLiteral("not an HTTP answer"));
        bool ok = false;
        const int code = status.sliced(9, 3).toInt(&ok);
        if (!ok || code < 100)
            return failParse(QStringLiteral("not an HTTP answer"));
        const bool http10 = status.at(7) == '0';
        HttpAnswer &a = m_answer;
        a.status = code;
        a.reason = status.size() > 13 ? status.sliced(13).toByteArray() : QByteArray();
        a.headers = httpHeaderFields(lineEnd < 0 ? QByteArrayView() : head.sliced(lineEnd + 2));
        m_in.remove(0, end + 4);
        if (code < 200) {   // 100 Continue and the like: the real answer follows
            a.headers.clear();
            return true;
        }
        const QByteArray connection = a.header("Connection").toLower();
        m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
        if (code == 204 || code == 304) {
            finish(std::move(a), m_keepAlive && m_in.isEmpty() && m_sent);
            return false;
        }
        if (a.header("Transfer-Encoding").toLower().contains("chunked")) {
            m_phase = Phase::Chunks;
            return true;
        }
        const QByteArray length = a.header("Content-Length");
        if (length.isEmpty()) {
            m_phase = Phase::UntilClose;
            m_keepAlive = false;
            return true;
        }
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0)
            return failParse(QStringLiteral("the answer's Content-Length is not a number"));
        if (m_remaining > m_owner->m_options.maxBody) {
            a.tooLarge = true;
            finish(std::move(a), false);
            return false;
        }
        a.body.reserve(m_remaining);
        m_phase = Phase::Length;
        return true;
    }

    // One chunk (or the last one and the trailer); false while incomplete (or the exchange ended).
    bool parseChunk()
    {
        const qsizetype lineEnd = m_in.indexOf("\r\n");
        if (lineEnd < 0)
            return m_in.size() > 1024 ? failParse(QStringLiteral("a chunk of the answer has no readable size")) : false;
        QByteArrayView sizeText = QByteArrayView(m_in).first(lineEnd);
        if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
            sizeText = sizeText.first(semi);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return failParse(QStringLiteral("a chunk of the answer has no readable size"));
        if (size == 0) {   // the last chunk; then trailer lines up to an empty one
            const qsizetype trailerEnd = m_in.indexOf("\r\n\r\n", lineEnd);
            const bool bare = m_in.size() >= lineEnd + 4 && QByteArrayView(m_in).sliced(lineEnd, 4) == "\r\n\r\n";
            if (!bare && trailerEnd < 0)
                return m_in.size() > kMaxHead ? failParse(QStringLiteral("the answer's trailer is too long")) : false;
            m_in.remove(0, (bare ? lineEnd : trailerEnd) + 4);
            finish(std::move(m_answer), m_keepAlive && m_in.isEmpty() && m_sent);
            return false;
        }
        if (size > m_owner->m_options.maxBody - m_answer.body.size()) {   // (size can be near 2^63: no sum before this)
            m_answer.body.clear();
            m_answer.tooLarge = true;
            finish(std::move(m_answer), false);
            return false;
        }
        if (m_in.size() < lineEnd + 2 + size + 2)
            return false;
        m_answer.body += QByteArrayView(m_in).sliced(lineEnd + 2, size);
        m_in.remove(0, lineEnd + 2 + size + 2);
        return true;
    }

    void finish(HttpAnswer a, bool reusable)
    {
        m_timer.stop();
        m_active = false;
        // Once more only on a kept-alive connection that ended before or just after the request was written, with
        // nothing of an answer: the server had closed it while idle. Not when it may have been acting on the request.
        const bool retry = a.failure == HttpAnswer::Failure::Network && m_used && !m_answered
                           && (!m_sent || m_sentAt.elapsed() < kResendWindowMs);
        QByteArray again = retry ? std::move(m_sentRequest) : QByteArray();
        m_used = true;
        Done done = std::move(m_done);
        m_done = nullptr;
        const QElapsedTimer clock = m_clock;
        if (!reusable) {
            m_socket->abort();   // (may call ended() at once, which hands the connection back as well)
            m_end.release();
        }
        m_owner->finished(this, reusable);
        if (retry) {   // a kept-alive connection the server had closed: once more on a new one
            m_owner->resend(std::move(again), clock, std::move(done));
            return;
        }
        a.nsecs = clock.nsecsElapsed();
        m_owner->deliver(std::move(done), std::move(a));
    }

public:
    QByteArray m_sentRequest;   // kept until answered, for the one resend on a new connection

private:
    HttpClient *m_owner;
    QTcpSocket *m_socket = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_sentAt;   // since the request was written to the end
    QByteArray m_request;   // still to write
    QByteArray m_in;
    Done m_done;
    HttpAnswer m_answer;
    QStringList m_tlsErrors;
    EndWitness m_end;
    Phase m_phase = Phase::Head;
    qint64 m_remaining = 0;
    bool m_active = false;     // a request is in flight
    bool m_sent = false;       // written to the end
    bool m_answered = false;   // some of the answer arrived
    bool m_keepAlive = false;
    bool m_used = false;       // an earlier exchange ran on it
};

HttpClient::HttpClient(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_tls = m_options.url.scheme() == QLatin1String("https");
    m_requestTarget = m_options.url.path(QUrl::FullyEncoded).toLatin1();
    if (m_requestTarget.isEmpty())
        m_requestTarget = "/";
    if (m_options.url.hasQuery())
        m_requestTarget += '?' + m_options.url.query(QUrl::FullyEncoded).toLatin1();
    m_host = m_options.url.host(QUrl::FullyEncoded).toLatin1();
    if (m_host.contains(':'))
        m_host = '[' + m_host + ']';
    if (m_options.url.port() > 0)
        m_host += ':' + QByteArray::number(m_options.url.port());
}

HttpClient::~HttpClient()
{
    qDeleteAll(m_idle);
    qDeleteAll(m_busy);
}

void HttpClient::send(const QByteArray &method, const QByteArray &headers, const QByteArray &body, Done done)
{
    QByteArray request;
    request.reserve(method.size() + m_requestTarget.size() + m_host.size() + headers.size() + body.size() + 64);
    request += method;
    request += ' ';
    request += m_requestTarget;
    request += " HTTP/1.1\r\nHost: ";
    request += m_host;
    request += "\r\n";
    request += headers;
    request += "Content-Length: ";
    request += QByteArray::number(body.size());
    request += "\r\n\r\n";
    request += body;
    QElapsedTimer clock;
    clock.start();
    ++m_sending;   // a connect that fails at once (refused, unreachable) ends the exchange inside run()
    if (!wellFormedHeaders(headers)) {
        HttpAnswer a;
        a.failure = HttpAnswer::Failure::Network;
        a.error = QStringLiteral("not sent: a header name or value of the request contains a line break (CR or LF)");
        deliver(std::move(done), std::move(a));
    } else {
        Connection *c = m_idle.isEmpty() ? new Connection(this) : m_idle.takeLast();
        m_busy.append(c);
        c->m_sentRequest = request;
        c->run(std::move(request), clock, std::move(done));
    }
    --m_sending;
}

void HttpClient::deliver(Done done, HttpAnswer answer)
{
    if (m_sending == 0) {
        done(std::move(answer));
        return;
    }
    QMetaObject::invokeMethod(this, [done = std::move(done), answer = std::move(answer)]() mutable { done(std::move(answer)); },
                              Qt::QueuedConnection);
}

void HttpClient::resend(QByteArray request, QElapsedTimer clock, Done done)
{
    auto *c = new Connection(this);
    m_busy.append(c);
    c->m_sentRequest.clear();   // a second failure is reported
    c->run(std::move(request), clock, std::move(done));
}

void HttpClient::finished(Connection *c, bool reusable)
{
    m_busy.removeOne(c);
    m_idle.removeOne(c);
    c->m_sentRequest.clear();
    if (reusable)
        m_idle.append(c);
    else
        c->deleteLater();
}

void HttpClient::abortAll()
{
    const QList<Connection *> busy = m_busy;
    for (Connection *c : busy) {
        HttpAnswer a;
        a.failure = HttpAnswer::Failure::Aborted;
        a.error = QStringLiteral("aborted");
        c->fail(std::move(a));
    }
    const QList<Connection *> idle = m_idle;
    m_idle.clear();
    for (Connection *c : idle)
        c->deleteLater();
}

} // namespace orderflow
