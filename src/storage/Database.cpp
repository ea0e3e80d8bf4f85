#include "storage/Database.h"

#include "domain/messages/SystemMessages.h"
#include "storage/DatabaseLocation.h"
#include "storage/SqlTime.h"
#include "storage/WalCheckpointer.h"
#include "storage/WriteTurns.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <chrono>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDb, "orderflow.db")

// The engine is a static library: its resources (the migrations) must be registered explicitly.
static void initEngineResources()
{
    Q_INIT_RESOURCE(engine);
}

namespace orderflow {
namespace {

QAtomicInt g_connectionCounter;

constexpr int kBusyTimeoutMs = 15000;
// Moves an older version's database from `from` to `to` (the new default place), so an operator who updates keeps
// their workspace instead of getting an empty one. Its write-ahead log is folded into it first, which SQLite allows
// only while no other program has it open: a database still in use (an older `orderflow run` or console) is
// refused, untouched. Said on stderr (the orderflow.db log) once done.
Status moveLegacyDatabase(const QString &from, const QString &to)
{
    const QString name = QStringLiteral("orderflow-legacy-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QString mode;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(from);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) && q.next())
                mode = q.value(0).toString().toLower();
            else
                failure = q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (mode != QLatin1String("delete"))
        return Error(QStringLiteral("db_in_use"),
                     msg::DbLegacyInUse(from, to, failure.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(failure)));
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return Error(QStringLiteral("db_open"), msg::DbCannotCreateMoveDir(QFileInfo(to).absolutePath(), from));
    if (!QFile::rename(from, to))
        return Error(QStringLiteral("db_open"), msg::DbCannotMoveLegacy(from, to));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(from + suffix))   // folded into the database above; a stale leftover would only mislead
            QFile::remove(from + suffix);
    }
    qCWarning(lcDb).noquote() << QStringLiteral("Moved the database of an older OrderFlow version from %1 to %2, where every OrderFlow "
                                                "program now finds it.").arg(from, to);
    return {};
}

struct Migration {
    int version;
    QString file;
};

QList<Migration> migrations()
{
    QList<Migration> out;
    const QDir dir(QStringLiteral(":/orderflow/migrations"));
    static const QRegularExpression re(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    return out;
}

QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

Status execQuery(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return {};
    const QSqlError err = query.lastError();
    const QString text = err.text();
    QString code = QStringLiteral("db_error");
    QString hint;
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive) || text.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
        code = QStringLiteral("db_busy");
        hint = msg::DbHintBusy();
    } else if (text.contains(QLatin1String("full"), Qt::CaseInsensitive)) {
        code = QStringLiteral("db_full");
        hint = msg::DbHintFull();
    } else if (text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)) {
        code = QStringLiteral("db_unique");
    }
    return Error(code, msg::DbErrorWhile(what, text, hint));
}

Status execSql(Database &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db.sql());
    if (!q.prepare(sql))
        return Error(QStringLiteral("db_error"), msg::DbErrorWhileBare(what, q.lastError().text()));
    return execQuery(q, what);
}

Database::Database(QSqlDatabase db, QString path, QString name)
    : m_db(std::move(db)), m_path(std::move(path)), m_connectionName(std::move(name))
{
}

Database::~Database()
{
    m_statements.clear();
    m_fast.clear();
    if (m_checkpointer) {
        // No commit may call into the checkpointer once this connection lets go of it, even if close fails.
        const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_checkpointer->detach(*static_cast<sqlite3 *const *>(handle.constData()));
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &purpose, OpenMode mode)
{
    static const bool resourcesReady = [] { initEngineResources(); return true; }();
    Q_UNUSED(resourcesReady);
    if (latestSchemaVersion() == 0)
        return Error(QStringLiteral("db_migrate"), msg::DbNoMigrations());
    const QFileInfo info(path);
    if (path.isEmpty())
        return Error(QStringLiteral("db_open"), msg::DbNoPath());
    if (const QStringList legacy = legacyDatabasesFor(path); !legacy.isEmpty()) {
        const QString target = info.absoluteFilePath();
        if (legacy.size() > 1)
            return Error(QStringLiteral("db_missing"),
                         msg::DbMissingTwoLegacy(target, legacy.at(0), legacy.at(1)));
        if (mode == OpenMode::Existing)
            return Error(QStringLiteral("db_missing"),
                         msg::DbMissingLegacy(target, legacy.first()));
        if (Status moved = moveLegacyDatabase(legacy.first(), target); !moved)
            return moved.error();
    }
    if (mode == OpenMode::Existing && !info.exists()) {
        return Error(QStringLiteral("db_missing"),
                     msg::DbMissing(info.absoluteFilePath()));
    }
    if (mode == OpenMode::Existing && !info.isFile())
        return Error(QStringLiteral("db_open"), msg::DbNotAFile(info.absoluteFilePath()));
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error(QStringLiteral("db_open"), msg::DbCannotCreateDir(info.absolutePath()));

    const QString name = QStringLiteral("orderflow-%1-%2").arg(purpose).arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        const QString text = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error(QStringLiteral("db_open"), msg::DbCannotOpen(path, text));
    }
    std::unique_ptr<Database> database(new Database(db, info.absoluteFilePath(), name));
    db = QSqlDatabase();   // the Database owns the connection now; no other handle may outlive it
    // synchronous=FULL: a commit returns only once the write-ahead log is on disk, so an order answered 202 or
    // claimed as 'pushing' survives a power cut too, not just a crash of this process (NORMAL syncs the log only at
    // checkpoints, which the background checkpointer makes rare).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=15000", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
        QSqlQuery q(database->sql());
        if (!q.exec(QLatin1String(pragma)))
            return Error(QStringLiteral("db_open"), msg::DbCannotConfigure(path, QLatin1String(pragma), q.lastError().text()));
    }
    // The write-ahead log is checkpointed by a background thread, not inside commits (WalCheckpointer.h).
    const QVariant handle = database->sql().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        database->m_checkpointer = WalCheckpointer::of(database->m_path);
        database->m_checkpointer->attach(*static_cast<sqlite3 *const *>(handle.constData()));
    }
    if (Status s = database->migrate(); !s)
        return s.error();
    return database;
}

QSqlQuery &Database::query(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto q = std::make_unique<QSqlQuery>(m_db);
    q->setForwardOnly(true);   // no client-side row cache: every caller reads its rows once, in order
    if (!q->prepare(sql))
        qCCritical(lcDb) << "cannot prepare" << sql << q->lastError().text();   // exec() reports it to the caller
    return *m_statements.emplace(sql, std::move(q)).first->second;
}

Statement &Database::statement(const QString &sql)
{
    auto it = m_fast.find(sql);
    if (it == m_fast.end())
        it = m_fast.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    return *it->second;
}

void Database::resetStatements()
{
    for (auto &[sql, q] : m_statements)
        q->finish();
    for (auto &[sql, statement] : m_fast)
        statement->reset();
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status Database::transaction(const std::function<Status()> &work)
{
    return transaction(work, kBusyTimeoutMs);
}

Status Database::transaction(const std::function<Status()> &work, int turnWaitMs)
{
    if (m_transactionDepth > 0)
        return work();   // already inside one: join it
    // A cached statement still holding an old read snapshot would make BEGIN IMMEDIATE fail at once with
    // SQLITE_BUSY_SNAPSHOT (no busy wait applies) as soon as another connection has committed since.
    resetStatements();
    // This process's writers queue in order (WriteTurns.h) instead of polling SQLite's lock.
    WriteTurns &turns = WriteTurns::of(m_path);
    if (!turns.acquire(std::chrono::milliseconds(turnWaitMs)))
        return Error(QStringLiteral("db_busy"), QStringLiteral("Cannot start a database transaction on %1: it stayed locked — another writer of this "
                                                               "process had or waited for its write lock for more than %2 s.")
                                                    .arg(m_path).arg(turnWaitMs / 1000.0));
    const auto turnDone = qScopeGuard([&turns] { turns.release(); });
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error(QStringLiteral("db_busy"), msg::DbCannotBegin(m_path, begin.lastError().text()));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    QSqlQuery end(m_db);
    resetStatements();
    if (result) {
        if (end.exec(QStringLiteral("COMMIT")))
            return {};
        const QString text = end.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error(QStringLiteral("db_commit"), msg::DbCannotCommit(m_path, text));
    }
    end.exec(QStringLiteral("ROLLBACK"));
    return result;
}

Status Database::snapshot(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0)
        return work();
    resetStatements();   // a statement still holding an older snapshot would pin the read to it
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return Error(QStringLiteral("db_busy"), msg::DbCannotBeginRead(m_path, begin.lastError().text()));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    resetStatements();
    // A read transaction left open would pin this connection to an old snapshot for good: end it either way.
    QSqlQuery end(m_db);
    if (!end.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcDb) << "ending a read transaction on" << m_path << "failed:" << end.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    return result;
}

Status Database::migrate()
{
    if (Status s = execSql(*this, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"),
                           msg::DbCreatingSchemaVersion());
        !s)
        return s;
    return transaction([&]() -> Status {
        const int current = schemaVersion();
        const int latest = latestSchemaVersion();
        if (current > latest) {
            return Error(QStringLiteral("db_too_new"),
                         msg::DbTooNew(m_path, current, QStringLiteral(ORDERFLOW_VERSION), latest));
        }
        for (const Migration &m : migrations()) {
            if (m.version <= current)
                continue;
            QFile f(m.file);
            if (!f.open(QIODevice::ReadOnly))
                return Error(QStringLiteral("db_migrate"), msg::DbCannotReadMigration(m.file));
            const QString script = QString::fromUtf8(f.readAll());
            for (const QString &statement : splitStatements(script)) {
                if (Status s = execSql(*this, statement, msg::DbApplyingMigration(m.version)); !s)
                    return s;
            }
            QSqlQuery &q = query(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(nowText());
            if (Status s = execQuery(q, msg::DbRecordingMigration()); !s)
                return s;
            qCInfo(lcDb) << "applied migration" << m.version << "to" << m_path;
        }
        return {};
    });
}

Result<qint64> queryCount(Database &db, const QString &sql, const QVariantList &binds, const QString &what)
{
    QSqlQuery &q = db.query(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (Status s = execQuery(q, what); !s)
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace orderflow
