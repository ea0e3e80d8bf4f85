// Inbound: turns files from a source into inbound messages and received orders, atomically, exactly once.
//
// For every file: read → sha256 → same bytes from this source before? (then never parse again) → parse →
// inbound row + orders + the partner's 997/CONTRL (queued in the partner outbox) in one transaction (per batch) →
// move the file to archive/ (or error/). A crash between the commit and the move leaves the file in place; the next
// poll recognises the bytes and only moves it.
#pragma once

#include "domain/OrderEvent.h"
#include "formats/ParseResult.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/InboundRepository.h"
#include "storage/OrderRepository.h"
#include "transport/FileStore.h"

#include <QHash>

namespace orderflow {



// What this source itself saw of each file, and when by our own monotonic clock, so a file still being written is
// left alone: a file is ready only after two looks at least settle_ms apart saw the same version of it (size,
// modification time, inode). A file's time stamps are only ever compared with themselves, never with our clock:
// a server's clock (or a copy that keeps old times) may say anything.
class StabilityTracker {
public:
    // True when the file looked exactly like this at a look at least settleMs ago and at every look since. The
    // first look at a new or changed file starts its clock. settleMs <= 0 takes every file at its first look.
    bool isStable(const FileEntry &entry, qint64 nowMs, qint64 settleMs);
    // True the first time this version of an entry that is not a regular file is refused (so it is recorded once,
    // even when it cannot be moved aside and is seen at every poll).
    bool firstRefusal(const FileEntry &entry);
    void forget(const QString &name) { m_seen.remove(name); }
    void retainOnly(const QSet<QString> &names);

    // Our monotonic clock, in milliseconds.
    static qint64 nowMs();

private:
    struct Seen {
        FileEntry version;
        qint64 firstSeenMs = 0;
        bool refused = false;
    };
    QHash<QString, Seen> m_seen;
};

struct IngestedFile {
    QString name;
    qint64 inboundId = 0;
    QString status;          // parsed, parse_error, duplicate, already_ingested
    int orders = 0;
    QStringList errors;
};

struct IngestReport {
    QList<IngestedFile> files;
    OrderStateChanges changes;
    QStringList problems;    // files that could not be read or moved: they stay where they are
};

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

private:
    struct Pending {
        FileEntry entry;
        QByteArray content;
        bool readFailed = false;
        Error readError;
        IngestedFile result;
    };
    Status storeOne(const SourceRecord &source, Pending &p, OrderStateChanges &changes, bool forceReparse);

    Database &m_db;
    ConfigRepository m_config;
    InboundRepository m_inbound;
    OrderRepository m_orders;
};

ParseOptions parseOptionsFor(const SourceRecord &source, const QString &fileName);

} // namespace orderflow
