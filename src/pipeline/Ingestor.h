// Inbound: turns files from a source into inbound messages and received orders, atomically, exactly once.
//
// For every file: read → sha256 → same bytes from this source before? (then never parse again) → parse →
// inbound row + orders + the partner's 997/CONTRL (queued in the partner outbox) in one transaction (per batch) →
// move the file to archive/ (or error/). A crash between the commit and the move leaves the file in place; the next
// poll recognises the bytes and only moves it.
#pragma once

#include "domain/OrderEvent.h"
#include "formats/ParseResult.h"
#include "sources/SourceSink.h"
#include "sources/StabilityTracker.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/InboundRepository.h"
#include "storage/OrderRepository.h"
#include "transport/FileStore.h"

#include <QHash>

namespace orderflow {



class Ingestor {
public:
    explicit Ingestor(Database &db) : m_db(db), m_config(db), m_inbound(db), m_orders(db) {}

    // One poll of a file-based source (folder, sftp) through its FileStore.
    Result<IngestReport> pollSource(const SourceRecord &source, FileStore &store, StabilityTracker &tracker);

    // Stores one document received by other means (`orderflow ingest FILE`, HTTP, replay). Its 997/CONTRL, when the
    // source has an outbound_path, is queued in the partner outbox — except for a replay (forceReparse), whose
    // bytes were acknowledged when they first arrived.
    Result<IngestedFile> ingestDocument(const SourceRecord &source, const QString &name, const QByteArray &content,
                                        OrderStateChanges *changes = nullptr, bool forceReparse = false);

    // Documents a stream or API source read, stored in ONE transaction with the move of its checkpoint (when given):
    // both or neither (SourceSink::store).
    Result<QList<IngestedFile>> storeDocuments(const SourceRecord &source, const QList<InboundDocument> &documents,
                                               const std::optional<CheckpointAdvance> &checkpoint, OrderStateChanges *changes = nullptr);

private:
    struct Pending {
        FileEntry entry;
        QByteArray content;
        QString idempotencyKey;
        QString sha256;   // of content, when the source gave it
        QJsonDocument parsedJson;   // content, parsed, when the source gave it
        bool readFailed = false;
        Error readError;
        IngestedFile result;
    };
    Status storeOne(const SourceRecord &source, Pending &p, OrderStateChanges &changes, bool forceReparse);
    Status storeContent(const SourceRecord &source, Pending &p, const QString &sha, OrderStateChanges &changes, bool forceReparse);

    Database &m_db;
    ConfigRepository m_config;
    InboundRepository m_inbound;
    OrderRepository m_orders;
};

ParseOptions parseOptionsFor(const SourceRecord &source, const QString &fileName);

} // namespace orderflow
