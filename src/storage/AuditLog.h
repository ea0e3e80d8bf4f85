// Who did what, when: one row per action, written in the same transaction as the change it records.
#pragma once

#include "storage/Database.h"

#include <QJsonArray>

namespace orderflow {

struct AuditEntry {
    qint64 orgId = 0;
    QString actor;        // OS user name for operators, "engine" for the pipeline
    QString action;       // "approve", "retry", "state", "ingest", ...
    QString entity;       // "order", "inbound", "export", "connection"
    QString entityId;
    QString fromState;
    QString toState;
    QString detail;
};

class AuditLog {
public:
    explicit AuditLog(Database &db) : m_db(db) {}
    Status record(const AuditEntry &entry);
    // Several rows, in this order, in as few statements as the runs allow (a batch of orders' state changes).
    Status recordAll(const QList<AuditEntry> &entries);
    Result<QJsonArray> forEntity(const QString &entity, const QString &entityId);

    // From now on, record() keeps its rows in memory until flush() writes them, in order, with as few statements as
    // the runs allow (a transaction storing or processing many orders: one multi-row INSERT instead of one per order).
    // Call flush() inside the same transaction, before it commits; endDeferring() drops what was not flushed (the
    // transaction failed).
    void defer();
    Status flush();
    void endDeferring();

private:
    Database &m_db;
    bool m_deferring = false;
    QList<AuditEntry> m_deferred;
};

// The operator's name: the OS user running the program.
QString operatorName();

} // namespace orderflow
