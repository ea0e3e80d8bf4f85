#include "storage/Statement.h"

#include "domain/messages/SystemMessages.h"
#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringEncoder>

#include <sqlite3.h>

namespace orderflow {

Statement::Statement(Database &db, const QString &sql) : m_sql(sql)
{
    const QVariant handle = db.sql().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;   // reported by exec()
        return;
    }
    m_query = QSqlQuery(db.sql());
    m_query.setForwardOnly(true);
    m_query.prepare(sql);
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString &value)
{
    if (!m_handle) {
        m_query.bindValue(index, value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
        return;
    }
    if (!m_stmt)
        return;
    prepareToBind();
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index + 1);
        return;
    }
    // UTF-8, the database's encoding (Qt converts faster than SQLite's own UTF-16 path would). A text of ordinary
    // size goes into this parameter's own buffer, whose room is kept from run to run: SQLite reads it in place
    // (SQLITE_STATIC) until the parameter is bound again, instead of an allocated copy of an allocated conversion each
    // time. A large one (a whole document, an ERP's long answer) is converted and copied as before, and the kept
    // buffer let go, so a cached statement does not hold three times the largest text it ever saw.
    // A text with a lone surrogate (invalid UTF-16, e.g. from a JSON "\ud83d" escape) goes the same way: toUtf8()
    // writes '?' for it, the encoder would write U+FFFD, and the stored bytes stay what they always were.
    constexpr qsizetype kKeptTextUnits = 16 * 1024;
    if (size_t(index) >= m_texts.size())
        m_texts.resize(size_t(index) + 1);
    QByteArray &buffer = m_texts[size_t(index)];
    const auto bindCopy = [&] {
        buffer = QByteArray();
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text64(m_stmt, index + 1, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    };
    if (value.size() > kKeptTextUnits) {
        bindCopy();
        return;
    }
    buffer.resize(value.size() * 3);   // the most UTF-8 a UTF-16 text can need
    // Stateless: each text is whole (a lone surrogate at its end is an error, not held back for a next call).
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const char *end = utf8.appendToBuffer(buffer.data(), value);
    if (utf8.hasError()) {
        bindCopy();
        return;
    }
    sqlite3_bind_text(m_stmt, index + 1, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
}

void Statement::bind(int index, qint64 value)
{
    if (!m_handle) {
        m_query.bindValue(index, value);
        return;
    }
    if (m_stmt) {
        prepareToBind();
        sqlite3_bind_int64(m_stmt, index + 1, value);
    }
}

void Statement::bindText(int index, const QByteArray &utf8)
{
    bindBytes(index, utf8, true);
}

void Statement::bind(int index, const QByteArray &value)
{
    bindBytes(index, value, false);
}

void Statement::bindBytes(int index, const QByteArray &bytes, bool asText)
{
    if (!m_handle) {
        if (asText)
            m_query.bindValue(index, bytes.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(bytes)));
        else
            m_query.bindValue(index, bytes.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes));
        return;
    }
    if (!m_stmt)
        return;
    prepareToBind();
    if (bytes.isNull())
        sqlite3_bind_null(m_stmt, index + 1);
    else if (asText)
        sqlite3_bind_text64(m_stmt, index + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    else
        sqlite3_bind_blob64(m_stmt, index + 1, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    case QMetaType::QByteArray:
        bind(index, value.toByteArray());
        return;
    default:
        bind(index, value.toString());
    }
}

void Statement::bindNull(int index)
{
    if (!m_handle) {
        m_query.bindValue(index, QVariant(QMetaType::fromType<QString>()));
        return;
    }
    if (m_stmt) {
        prepareToBind();
        sqlite3_bind_null(m_stmt, index + 1);
    }
}

void Statement::prepareToBind()
{
    if (m_active) {   // a previous run was not read to its end
        keepRow();
        sqlite3_reset(m_stmt);
        m_active = false;
    }
}

QVariant Statement::columnValue(int i) const
{
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(m_stmt, i));
    case SQLITE_NULL: return QVariant();
    case SQLITE_BLOB: return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, i)), sqlite3_column_bytes(m_stmt, i));
    default: return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)), sqlite3_column_bytes(m_stmt, i));
    }
}

void Statement::keepRow()
{
    // The row is read column by column as value() asks (most readers take a few columns of many, or read each once);
    // before the statement lets the row go (a reset, a new bind) it is kept whole, so value() still answers.
    if (!m_handle || !m_hasRow || !m_active || m_rowKept)
        return;
    m_row.clear();
    const int n = sqlite3_column_count(m_stmt);
    for (int i = 0; i < n; ++i)
        m_row.append(columnValue(i));
    m_rowKept = true;
}

bool Statement::next()
{
    if (!m_handle) {
        m_hasRow = m_query.isActive() && m_query.next();
        m_row.clear();
        if (m_hasRow) {
            for (int i = 0; i < m_query.record().count(); ++i)
                m_row.append(m_query.value(i));
        } else {
            m_query.finish();
        }
        return m_hasRow;
    }
    if (!m_active) {
        m_hasRow = false;
        return false;
    }
    if (sqlite3_step(m_stmt) == SQLITE_ROW) {
        m_row.clear();
        m_rowKept = false;
        m_hasRow = true;
        return true;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_active = false;
    m_hasRow = false;
    m_row.clear();
    return false;
}

Error Statement::failure(const QString &what) const
{
    const QString text = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : m_query.lastError().text();
    const int code = m_handle ? sqlite3_errcode(m_handle) & 0xff : 0;
    QString kind = QStringLiteral("db_error");
    QString hint;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || text.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        kind = QStringLiteral("db_busy");
        hint = msg::DbHintBusy();
    } else if (code == SQLITE_FULL || text.contains(QLatin1String("full"), Qt::CaseInsensitive)) {
        kind = QStringLiteral("db_full");
        hint = msg::DbHintFull();
    } else if (code == SQLITE_CONSTRAINT && text.contains(QLatin1String("UNIQUE"))) {
        kind = QStringLiteral("db_unique");
    }
    return Error(kind, msg::DbErrorWhile(what, text, hint));
}

Status Statement::exec(const QString &what)
{
    m_hasRow = false;
    m_row.clear();
    m_changes = 0;
    if (!m_handle) {
        if (!m_query.exec())
            return failure(what);
        m_changes = m_query.numRowsAffected();
        if (m_query.isSelect() && m_query.next()) {
            m_hasRow = true;
            for (int i = 0; i < m_query.record().count(); ++i)
                m_row.append(m_query.value(i));
        } else {
            m_query.finish();
        }
        return {};
    }
    if (!m_stmt)
        return Error(QStringLiteral("db_error"), msg::DbErrorCannotPrepare(what, m_sql, QString::fromUtf8(sqlite3_errmsg(m_handle))));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        // Positioned on the first row; next() reads on, and the statement resets when the rows run out or
        // at the next bind.
        m_rowKept = false;
        m_hasRow = true;
        m_active = true;
        return {};
    }
    const bool ok = rc == SQLITE_DONE;
    Error error = ok ? Error() : failure(what);
    if (ok)
        m_changes = sqlite3_changes64(m_handle);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!ok)
        return error;
    return {};
}

QVariant Statement::value(int column) const
{
    if (!m_handle || m_rowKept || !m_hasRow || !m_active)
        return m_row.value(column);
    if (column < 0 || column >= sqlite3_column_count(m_stmt))
        return QVariant();
    return columnValue(column);
}

qint64 Statement::lastInsertId() const
{
    if (m_handle)
        return sqlite3_last_insert_rowid(m_handle);
    return m_query.lastInsertId().toLongLong();
}

void Statement::reset()
{
    keepRow();
    m_active = false;
    if (m_stmt)
        sqlite3_reset(m_stmt);
    else if (m_handle == nullptr)
        m_query.finish();
}

} // namespace orderflow
