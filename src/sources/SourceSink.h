// What the engine gives a source: the ingest path that stores what the source read — together with the source's
// checkpoint, in one transaction — and a place to say how the source is doing.
#pragma once

#include "domain/OrderEvent.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orderflow {

class FileStore;
class StabilityTracker;

// What became of one file or message.
struct IngestedFile {
    QString name;
    qint64 inboundId = 0;
    QString status;          // parsed, parse_error, duplicate, already_ingested, idempotency_conflict
    int orders = 0;
    QStringList orderIds;    // the orders this document created (none for a repeat: see inboundId's orders)
    QStringList errors;
};

// What one poll of a folder did.
struct IngestReport {
    QList<IngestedFile> files;
    OrderStateChanges changes;
    QStringList problems;    // files that could not be read or moved: they stay where they are
    int waiting = 0;         // files left in the folder after this poll (not ready yet, over the per-poll limit, failed)
};

// One message or document a source read: stored as one inbound message.
struct InboundDocument {
    QString name;            // the file name, message key or id operators see (the inbound's remote name)
    QByteArray content;
    // The sender's Idempotency-Key (http): stored with the message; a later document with the same key is not stored
    // again ("already_ingested" with the first one's inbound id, or "idempotency_conflict" when its bytes differ).
    QString idempotencyKey;
    // The content's sha256 in hex when the source computed it already (http: the API hashed the body to name it);
    // empty: the ingest path computes it.
    QString sha256;
    // The content already parsed as JSON by the source (http), or null (ParseOptions::parsedJson).
    QJsonDocument parsedJson;
};

// The checkpoint move that goes with a batch of documents.
struct CheckpointAdvance {
    QString stream;                      // which stream of the source ("" when it has only one)
    std::optional<QString> expected;     // where the documents were read from (std::nullopt: no checkpoint yet)
    QString cursor;                      // the position after them
};

class SourceSink {
public:
    virtual ~SourceSink() = default;

    // Stores the documents (inbound messages, orders, the partner's acknowledgements) and moves the checkpoint when
    // one is given — in ONE transaction: both or neither. A document that does not parse is stored as a parse error
    // (it has been read); the call fails only when the database or the checkpoint does (code "checkpoint_conflict":
    // the checkpoint is no longer `expected`), and then nothing was stored: read again from checkpoint().
    virtual Result<QList<IngestedFile>> store(const QList<InboundDocument> &documents,
                                              const std::optional<CheckpointAdvance> &checkpoint = std::nullopt) = 0;
    // store() for documents whose senders wait for the answer (an HTTP source's requests waiting for their 202):
    // the engine keeps its other writers' transactions short while such writes come in.
    virtual Result<QList<IngestedFile>> storeWhileClientsWait(const QList<InboundDocument> &documents) { return store(documents); }
    // Where reading resumes: the stored cursor of `stream`, std::nullopt when none is stored yet.
    virtual Result<std::optional<QString>> checkpoint(const QString &stream = {}) = 0;
    // For file-based sources: one poll of the source's folder over `store` — list, wait until files are stable,
    // read, store, then move each file to archive/ or error/ (after the commit, so a crash never loses a file).
    virtual Result<IngestReport> pollFolder(FileStore &store, StabilityTracker &tracker) = 0;

    // A pushed source says how it is doing (a polled source's poll() result says it):
    virtual void reportProblem(const QString &message) = 0;   // one item went wrong; the source goes on
    virtual void reportFailure(const Error &error) = 0;       // the source cannot read now (connection lost, …)
    // It cannot read now and waits pauseMs before it tries again (a server's Retry-After, a backoff after errors):
    // the source's status shows the error and when it reads again.
    virtual void reportPaused(const Error &error, qint64 pauseMs) = 0;
    virtual void reportWorking(int backlog = -1) = 0;         // it reads again; backlog: what waits (-1 unknown)
};

} // namespace orderflow
