// Organisations, sources, ERP connections and the product catalog: read, and set declaratively from JSON
// (DESIGN §10: `orderflow config apply FILE` / `config export`).
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>

namespace orderflow {

struct OrgRecord {
    qint64 id = 0;
    QString slug;
    QString name;
};

struct SourceRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgSlug;
    QString name;
    QString type;          // folder, sftp, rest, http, cli
    QString format;        // auto, json, x12-850, edifact-orders
    QJsonObject config;    // non-secret settings; secrets only by reference
    bool enabled = true;
    bool autoApprove = false;
    qint64 connectionId = 0;   // 0: the organisation's only active connection
    QString removedAt;         // set once removed while its orders' history still refers to it
};

struct ConnectionRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgSlug;
    QString name;
    QString type;          // DROPZONE_JSON_V1, REST_JSON_V1, MOCK
    QJsonObject config;
    QString status;        // ACTIVE, DISABLED
    int maxRetries = 3;
    qint64 retryBaseMs = 2000;
    qint64 retryMaxMs = 300000;
    int concurrency = 4;
    int breakerThreshold = 5;
    qint64 breakerCooldownMs = 60000;
    qint64 ackOverdueMs = 3600000;
    QString circuitState;  // closed, open, half_open
    QDateTime circuitOpenUntil;
    int consecutiveFailures = 0;
    QString removedAt;     // set once removed while its orders' history still refers to it
};

// How many orders of a source or connection are in each state that is not final ("review" → 2).
using OpenOrders = QMap<QString, int>;

// What removing a source or connection did: deleted the row, or (history refers to it) retired it.
enum class Removal { Deleted, Retired };

struct ApplySummary {
    int orgs = 0;
    int sources = 0;
    int connections = 0;
    int products = 0;
};

class ConfigRepository {
public:
    explicit ConfigRepository(Database &db) : m_db(db) {}

    Result<QList<OrgRecord>> orgs();
    Result<OrgRecord> orgBySlug(const QString &slug);
    Result<QList<SourceRecord>> sources(bool enabledOnly = false);
    Result<SourceRecord> source(qint64 id);
    Result<SourceRecord> sourceByName(const QString &orgSlug, const QString &name);
    Result<QList<ConnectionRecord>> connections(bool activeOnly = false);
    Result<ConnectionRecord> connection(qint64 id);
    // The connection a source's orders go to: the one it names, else its organisation's only active one.
    Result<ConnectionRecord> connectionForSource(const SourceRecord &source);
    Result<QSet<QString>> knownSkus(qint64 orgId);

    // One source or connection as it appears in a configuration document (`config export`, `sources show`).
    Result<QJsonObject> sourceEntry(const SourceRecord &source);
    static QJsonObject connectionEntry(const ConnectionRecord &connection);

    // Orders not in a final state: a source's, or those that go to a connection (pushed or routed to it).
    Result<OpenOrders> openOrdersOfSource(qint64 sourceId);
    Result<OpenOrders> openOrdersOfConnection(const ConnectionRecord &connection);
    // Names of the (not removed) sources that name this connection as theirs.
    Result<QStringList> sourcesUsingConnection(qint64 connectionId);
    // Removes one source or connection: deletes it when nothing refers to it, else retires it (removed_at set,
    // disabled, its name freed as "NAME (removed #ID)") so the history of its orders stays readable. The caller
    // checks for open orders first (ConfigEditor does).
    Result<Removal> removeSource(qint64 sourceId);
    Result<Removal> removeConnection(qint64 connectionId);

    // Creates or updates everything the document names (by org slug and name); leaves the rest alone.
    // Check the document against the schemas first (applyConfigDocument does); this checks only what storing
    // needs (slugs, names, existing organisations and connections) and what must never be stored, whoever
    // calls it: secrets inline.
    Result<ApplySummary> apply(const QJsonObject &document);
    Result<QJsonObject> exportConfig();

    // A source for files handed to `orderflow ingest` without --source.
    Result<SourceRecord> ensureCliSource(const QString &orgSlug);

    Status updateCircuit(qint64 connectionId, const QString &state, const QDateTime &openUntil, int consecutiveFailures);

private:
    // Deletes row `id` of `table`, or retires it when a row of `referencedBy` ("table.column") refers to it.
    Result<Removal> removeRow(const QString &table, qint64 id, const QStringList &referencedBy, const QString &disable);
    // Refuses active dropzone connections whose folders overlap, where one of them is in `applied` (org, name).
    Status checkSharedFolders(const QSet<QPair<qint64, QString>> &applied);
    Database &m_db;
};

// Where a DROPZONE_JSON_V1 connection's ERP answers: "ack_path", by default the folder "ack" in its "path".
QString dropzoneAckPath(const QJsonObject &config);

} // namespace orderflow
