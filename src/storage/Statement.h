// A prepared statement for the hot paths (run several times per order: inserts, state changes, audit rows).
// On SQLite it binds and steps straight on the connection's own sqlite3 handle — Qt's binding layer costs more
// than the insert itself (a string and a hash lookup per bound value) —; on any other driver it is a QSqlQuery.
// Indexes are 0-based, like QSqlQuery::bindValue.
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace orderflow {

class Database;

class Statement {
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, const QString &value);     // a null QString binds NULL
    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &value);  // a null QByteArray binds NULL
    void bindText(int index, const QByteArray &utf8);   // UTF-8 bytes as TEXT (bind(QByteArray) is a BLOB); null binds NULL
    void bind(int index, const QVariant &value);    // for the odd generic value
    void bindNull(int index);

    // Runs the statement; for statements that return rows, the first row is readable with value() and next()
    // moves to the following ones.
    Status exec(const QString &what);
    bool hasRow() const { return m_hasRow; }
    bool next();
    QVariant value(int column) const;
    qint64 lastInsertId() const;
    // Rows the last run of an INSERT, UPDATE or DELETE changed (without RETURNING, which SQLite buffers in a
    // temporary table: a statement that writes one row checks this instead).
    qint64 changes() const { return m_changes; }
    // Releases the statement's read snapshot (called by Database::resetStatements).
    void reset();

private:
    Error failure(const QString &what) const;
    QVariant columnValue(int column) const;
    void keepRow();
    void prepareToBind();
    void bindBytes(int index, const QByteArray &bytes, bool asText);   // bind(QByteArray) and bindText

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlQuery m_query;   // when the driver is not SQLite
    QString m_sql;
    bool m_hasRow = false;
    bool m_active = false;   // stepped into its rows and not reset yet
    qint64 m_changes = 0;
    QVariantList m_row;    // the current row once kept (the QSqlQuery path: always)
    bool m_rowKept = false;
    std::vector<QByteArray> m_texts;   // the texts bound last, by parameter (SQLite reads them in place)
};

} // namespace orderflow
