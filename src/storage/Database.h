// One SQLite connection for the calling thread (Qt requires one per thread): pragmas, migrations, transactions.
#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "storage/Statement.h"

#include <functional>
#include <unordered_map>
#include <memory>

namespace orderflow {

class WalCheckpointer;

class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Whether open() may create a missing database (and its missing folders). Programs open an operator's
    // workspace with Existing unless the command creates workspaces (run, config apply, --demo, --create), so a
    // mistyped path is an error, not a new empty database.
    enum class OpenMode { Create, Existing };

    // Opens the database file on the calling thread and migrates it to the current schema. `purpose` names the
    // connection in logs ("push", "cli"). With Existing a missing file fails with code "db_missing".
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &purpose, OpenMode mode = OpenMode::Create);

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }

    // A prepared statement on this connection, prepared once and reused (preparing costs more than running
    // most of our statements). The reference stays valid while the Database lives. Bind with
    // addBindValue/bindValue, then exec; finish iterating before running the same SQL again.
    QSqlQuery &query(const QString &sql);
    // The hot-path form of query(): see Statement.h. Cached per connection like query().
    Statement &statement(const QString &sql);
    // Resets every cached statement, so none holds a read snapshot that would keep the WAL from checkpointing.
    void resetStatements();

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work returns an error.
    Status transaction(const std::function<Status()> &work);
    // The same, waiting at most turnWaitMs for this process's other writers (WriteTurns) before it asks SQLite.
    Status transaction(const std::function<Status()> &work, int turnWaitMs);
    // Runs reads inside one read transaction (BEGIN … COMMIT, no write lock), so every statement sees the same
    // snapshot: figures read together agree with each other. Joins a transaction already open.
    Status snapshot(const std::function<Status()> &work);

    static int latestSchemaVersion();
    int schemaVersion();

private:
    Database(QSqlDatabase db, QString path, QString name);
    Status migrate();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_fast;
    std::shared_ptr<WalCheckpointer> m_checkpointer;   // outlives the connection (closed in the destructor's body)
};

// Runs a prepared query; on failure returns an error naming what was being done.
Status execQuery(QSqlQuery &query, const QString &what);
Status execSql(Database &db, const QString &sql, const QString &what);
// The single number a `SELECT COUNT(*) …` gives, with its values bound in order.
Result<qint64> queryCount(Database &db, const QString &sql, const QVariantList &binds, const QString &what);

} // namespace orderflow
