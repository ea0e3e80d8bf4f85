// Acknowledgements to partners (X12 997, EDIFACT CONTRL) through the partner outbox (DESIGN §5).
//
// Queued in the transaction that stores the inbound message and its orders, so a crash can no longer fall between
// "orders committed" and "997 written". Delivered afterwards through the source's own FileStore (folder or SFTP)
// into its outbound_path, with the file name decided when queued:
//  - the write never overwrites; when the name is already taken, the file there is read back — the same bytes mean
//    an earlier attempt wrote it and died before recording it, so it is recorded as sent and not written again;
//    other bytes mean someone else's file (a partner re-using an interchange number, a shared folder), and the
//    acknowledgement gets a time-stamped name, recorded before it is written;
//  - a failure is retried with capped exponential backoff (RetryPolicy) for as long as it takes; errors a person must
//    fix (permissions, configuration, host key, credentials) wait the same way, with the reason in last_error.
#pragma once

#include "formats/ParseResult.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <memory>

namespace orderflow {

class FileStore;

struct OutboxRound {
    int attempted = 0;
    int sent = 0;
    int failed = 0;
    QStringList messages;   // one line per failure (per source when a whole source failed), for the log
};

// Queues the acknowledgements of inbound message inboundId. Call inside the transaction that stores the message.
// A file name another acknowledgement of this source already has (a re-used interchange number) gets a time stamp.
Status queueAcknowledgements(Database &db, const SourceRecord &source, qint64 inboundId, const QList<OutboundDocument> &documents);

class OutboxSender {
public:
    explicit OutboxSender(Database &db);
    ~OutboxSender();
    OutboxSender(const OutboxSender &) = delete;
    OutboxSender &operator=(const OutboxSender &) = delete;

    // At start-up: deliveries a killed process left half-done are due again at once (their files, if written, are
    // recognised by name and content).
    Result<int> recover();
    // Delivers up to maxRows acknowledgements due at now (injectable, so tests can step through the backoff).
    Result<OutboxRound> runRound(int maxRows, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    struct SourceTransport;
    struct Outcome {
        OutboxRecord *row = nullptr;
        QString sentTo;
        Error error;
        bool ok = false;
    };
    Result<FileStore *> storeFor(const SourceRecord &source);
    Result<QString> deliver(FileStore &store, const SourceRecord &source, const QString &dir, OutboxRecord &row);
    Status record(const SourceRecord *source, QList<Outcome> &outcomes, const QDateTime &now, bool summarised, OutboxRound &round);

    Database &m_db;
    OutboxRepository m_outbox;
    ConfigRepository m_config;
    QHash<qint64, std::shared_ptr<SourceTransport>> m_transports;
};

} // namespace orderflow
