#include "sources/HttpSource.h"
#include "domain/messages/SourceMessages.h"

#include "secrets/SecretResolver.h"
#include "sources/HttpIntake.h"

#include <QCryptographicHash>
#include <QObject>

#include <mutex>

namespace orderflow {

// The source's side of the intake: lives as long as anyone holds it; works only while open.
class HttpSourceEndpoint final : public HttpIntakeEndpoint, public std::enable_shared_from_this<HttpSourceEndpoint> {
public:
    HttpSourceEndpoint(SourceSink &sink, QString sourceName) : m_sink(sink), m_sourceName(std::move(sourceName)) {}

    // On the source's thread: from now on submissions are stored there.
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_context = std::make_unique<QObject>();
    }
    // On the source's thread: queued submissions are dropped with the context (their requests time out).
    void close()
    {
        std::unique_ptr<QObject> context;
        {
            std::lock_guard lock(m_mutex);
            context = std::move(m_context);
        }
        for (auto &[submission, reply] : m_batch)
            reply(Error(QStringLiteral("unavailable"), msg::HttpSourceStoppedBeforeStored(m_sourceName)));
        m_batch.clear();
    }

    void submit(HttpSubmission submission, HttpIntakeReply reply) override
    {
        std::lock_guard lock(m_mutex);
        if (!m_context) {
            reply(Error(QStringLiteral("unavailable"), msg::HttpSourceNotRunning(m_sourceName)));
            return;
        }
        QMetaObject::invokeMethod(m_context.get(), [self = shared_from_this(), s = std::move(submission), r = std::move(reply)]() mutable {
            self->enqueue(std::move(s), std::move(r));
        }, Qt::QueuedConnection);
    }

private:
    // On the source's thread. The first submission of a batch schedules the store behind everything already queued:
    // requests that arrived meanwhile commit together.
    void enqueue(HttpSubmission submission, HttpIntakeReply reply)
    {
        m_batch.append({std::move(submission), std::move(reply)});
        if (m_batch.size() == 1 && m_context)
            QMetaObject::invokeMethod(m_context.get(), [self = shared_from_this()] { self->flush(); }, Qt::QueuedConnection);
    }

    void flush()
    {
        auto batch = std::move(m_batch);
        m_batch.clear();
        if (batch.isEmpty())
            return;
        QList<InboundDocument> documents;
        documents.reserve(batch.size());
        for (const auto &[submission, reply] : std::as_const(batch))
            documents.append(InboundDocument{submission.name, submission.body, submission.idempotencyKey, submission.sha256, submission.parsed});
        auto stored = m_sink.storeWhileClientsWait(documents);
        if (!stored) {
            m_sink.reportFailure(stored.error());
            for (const auto &[submission, reply] : std::as_const(batch))
                reply(stored.error());
            return;
        }
        m_sink.reportWorking(0);
        for (qsizetype i = 0; i < batch.size(); ++i)
            batch[i].second(stored->at(i));
    }

    SourceSink &m_sink;
    const QString m_sourceName;
    std::mutex m_mutex;                   // guards m_context against submit() from the API's thread
    std::unique_ptr<QObject> m_context;   // on the source's thread
    QList<QPair<HttpSubmission, HttpIntakeReply>> m_batch;
};

Result<std::unique_ptr<Source>> HttpSource::create(const SourceRecord &record)
{
    return std::unique_ptr<Source>(new HttpSource(record));
}

HttpSource::~HttpSource()
{
    stop();
}

Status HttpSource::start(SourceSink &sink)
{
    const SourceRecord &r = record();
    auto token = resolveConfigSecret(r.config, QStringLiteral("token"), msg::TokenOfHttpSource(r.name));
    if (!token)
        return token.error();
    if (token->isEmpty())
        return Error(QStringLiteral("config"), msg::HttpSourceNoToken(r.name, r.orgSlug));
    m_endpoint = std::make_shared<HttpSourceEndpoint>(sink, r.name);
    m_endpoint->open();
    HttpIntake::instance().publish(HttpIntakeEntry{r.id, r.orgId, r.orgSlug, r.name,
                                                   QCryptographicHash::hash(*token, QCryptographicHash::Sha256), m_endpoint});
    return {};
}

void HttpSource::stop()
{
    if (!m_endpoint)
        return;
    HttpIntake::instance().withdraw(record().id);
    m_endpoint->close();
    m_endpoint.reset();
}

} // namespace orderflow
