// What the console's Connections and Sources views list: every (not removed) ERP connection and source with its
// status — circuit and last test for a connection, last poll, error, pause and last test for a source — and how many orders
// it handled since a given time ("today") and how many of those failed.
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"
#include "storage/SourceStatusRepository.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace orderflow {

struct ConnectionOverview {
    qint64 id = 0;
    QString orgSlug;
    QString name;
    QString type;
    QString status;             // ACTIVE, DISABLED
    QString circuitState;       // closed, open, half_open
    QString circuitOpenUntil;   // UTC text; empty: not open
    int consecutiveFailures = 0;
    QString lastTestAt;         // UTC text; empty: never tested
    QJsonObject lastTestResult; // the test report (ok, error, steps, …)
    int ordersToday = 0;        // orders routed to it, received since the given time
    int failuresToday = 0;      // of its orders, those failed since then
};

struct SourceOverview {
    SourceStatusRow row;        // name, organisation, type, enabled and the poll status
    QString format;
    int ordersToday = 0;        // orders read from it, received since the given time
    int failuresToday = 0;
    QString lastTestAt;         // UTC text; empty: never tested
    QJsonObject lastTestResult; // the test report (ok, error, steps, …)
};

class SetupOverviewRepository {
public:
    explicit SetupOverviewRepository(Database &db) : m_db(db) {}

    // By organisation and name; `since` bounds the order counts.
    Result<QList<ConnectionOverview>> connections(const QDateTime &since);
    Result<QList<SourceOverview>> sources(const QDateTime &since);

private:
    Database &m_db;
};

} // namespace orderflow
