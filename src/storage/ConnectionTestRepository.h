// The last test of each ERP connection (erp_connection.last_test_at / last_test_result) and of each source (the same
// columns of source): when it ran and what every step said, with its latency — written by the connection test
// service, read by the CLI and the console.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace orderflow {

struct ConnectionTestRecord {
    qint64 connectionId = 0;   // the connection's id, or the source's (lastOfSource)
    QDateTime testedAt;   // UTC
    QJsonObject result;   // the test report as JSON: ok, target, steps (step, ok, ms, detail or error), error
};

class ConnectionTestRepository {
public:
    explicit ConnectionTestRepository(Database &db) : m_db(db) {}

    // Replaces the connection's last result; not_found when there is no such connection.
    Status record(qint64 connectionId, const QDateTime &testedAt, const QJsonObject &result);
    // std::nullopt when the connection was never tested; not_found when there is no such connection.
    Result<std::optional<ConnectionTestRecord>> last(qint64 connectionId);
    // The same for a source.
    Status recordSource(qint64 sourceId, const QDateTime &testedAt, const QJsonObject &result);
    Result<std::optional<ConnectionTestRecord>> lastOfSource(qint64 sourceId);

private:
    enum class Table { Connection, Source };
    Status record(Table table, qint64 id, const QDateTime &testedAt, const QJsonObject &result);
    Result<std::optional<ConnectionTestRecord>> last(Table table, qint64 id);
    Database &m_db;
};

} // namespace orderflow
