// The last test of each ERP connection (erp_connection.last_test_at / last_test_result): when it ran and what every
// step said, with its latency — written by the connection test service, read by the CLI and the console.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace orderflow {

struct ConnectionTestRecord {
    qint64 connectionId = 0;
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

private:
    Database &m_db;
};

} // namespace orderflow
