// Reads the ERP's answers from a connection's ack directory (DESIGN §4): ack_NAME.json → export ACKED, order acked;
// error_NAME.json → export FAILED, order failed — both in one transaction, or neither. Processed files move to
// processed/, malformed or unmatched ones to error/ with the reason in the log and the audit trail; an answer to
// an export of another connection (a folder two connections share) is left for that connection. Re-reading a file
// after a crash changes nothing.
#pragma once

#include "domain/OrderEvent.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/OrderRepository.h"

namespace orderflow {

struct FileEntry;
class FileStore;

struct AckReport {
    OrderStateChanges changes;
    int processed = 0;
    int rejected = 0;      // moved to error/
    int waiting = 0;       // the export is still being pushed; read again next poll
    int elsewhere = 0;     // answers to another connection's exports, left in place for it
    QStringList problems;
};

class AckPoller {
public:
    explicit AckPoller(Database &db) : m_db(db), m_exports(db), m_orders(db) {}

    Result<AckReport> poll(const ConnectionRecord &connection, FileStore &store, const QString &ackDir);

private:
    enum class Verdict { Applied, AlreadyApplied, Wait, Elsewhere, Reject };
    Result<Verdict> apply(const ConnectionRecord &connection, const QString &fileName, const QByteArray &content, QString &reason,
                          OrderStateChanges &changes);

    Database &m_db;
    ExportRepository m_exports;
    OrderRepository m_orders;
};

} // namespace orderflow
