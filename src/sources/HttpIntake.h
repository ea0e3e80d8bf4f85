// Where the monitoring API finds the running `http` sources: each one, once started, publishes itself here with the
// sha256 of its token; the API's POST /api/v1/orders picks the source whose token the partner presents and hands
// it the request body. The source stores it on its own thread (through its sink, like any source) and answers
// through the reply, on that thread. Process-wide and thread-safe.
#pragma once

#include "domain/Result.h"
#include "sources/SourceSink.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace orderflow {

// One POSTed document.
struct HttpSubmission {
    QString name;              // the inbound's remote name
    QByteArray body;
    QString idempotencyKey;    // may be empty
    QString sha256;            // of body, in hex
    QJsonDocument parsed;      // body, parsed (the API checked its syntax)
};

// Called once, on the source's thread, with what became of the submission (or why nothing was stored).
using HttpIntakeReply = std::function<void(const Result<IngestedFile> &)>;

// What a running http source offers the API. submit() is thread-safe and never blocks: the work goes to the
// source's thread. When the source stops first, the reply is never called (the API answers by its own deadline).
class HttpIntakeEndpoint {
public:
    virtual ~HttpIntakeEndpoint() = default;
    virtual void submit(HttpSubmission submission, HttpIntakeReply reply) = 0;
};

struct HttpIntakeEntry {
    qint64 sourceId = 0;
    qint64 orgId = 0;
    QString orgSlug;
    QString name;
    QByteArray tokenSha256;    // raw 32 bytes
    std::shared_ptr<HttpIntakeEndpoint> endpoint;
};

class HttpIntake {
public:
    static HttpIntake &instance();

    void publish(HttpIntakeEntry entry);
    void withdraw(qint64 sourceId);
    // The source whose token this is: every published token is compared in constant time (no early exit).
    std::optional<HttpIntakeEntry> byToken(const QByteArray &token) const;
    std::optional<HttpIntakeEntry> byName(const QString &orgSlug, const QString &name) const;
    QList<HttpIntakeEntry> all() const;

private:
    mutable std::mutex m_mutex;
    QList<HttpIntakeEntry> m_entries;
};

// Equal in time that depends only on the lengths (for tokens and their hashes).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace orderflow
