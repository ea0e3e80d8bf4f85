// What every `orderflow` command shares: output streams, errors with exit codes, the common options.
#pragma once

#include "cli/Commands.h"
#include "domain/Result.h"
#include "pipeline/OperatorActions.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace orderflow::cli {

QTextStream &out();
QTextStream &err();
// Prints "orderflow: message" on stderr and returns the exit code.
// With --json anywhere on the command line (setJsonErrors), the error is one JSON object on stderr instead:
// {"error": {"code": "usage|failure|not_found|item_failed", "exit_code": N, "message": "..."}}.
int fail(const QString &message, int code = Failure);
void setJsonErrors(bool on);
int codeFor(const Error &e);
void printJson(const QJsonValue &v);
QString defaultDatabase();

// A parser with the options every command shares (--db, --json, --help).
struct Command {
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("SQLite database file (default: %1).").arg(defaultDatabaseRule()), QStringLiteral("PATH")};
    QCommandLineOption create{QStringLiteral("create"), QStringLiteral("Create the database when it does not exist (otherwise a missing database is an error).")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.")};

    explicit Command(const QString &description, bool withJson = true);
    // Returns -1 when parsing succeeded and the command should run, else the exit code.
    int parse(const QStringList &args, int minPositional = 0);
    QString dbPath() const { return parser.isSet(db) ? parser.value(db) : defaultDatabase(); }
    bool wantsJson() const { return parser.isSet(json); }
    // Opens an existing database, or creates it when --create is given.
    Result<std::unique_ptr<Database>> open() const { return open(parser.isSet(create) ? Database::OpenMode::Create : Database::OpenMode::Existing); }
    Result<std::unique_ptr<Database>> open(Database::OpenMode mode) const { return Database::open(dbPath(), QStringLiteral("cli"), mode); }
};

// --limit N and --offset K of a listing command, checked in one place.
struct Paging {
    int limit = 100;
    int offset = 0;
};
struct PagingOptions {
    QCommandLineOption limit;
    QCommandLineOption offset;
    PagingOptions(Command &c, const QString &what, int defaultLimit = 100);
    // -1 with `paging` filled in when the values are good, else the usage exit code (after the message).
    int read(const Command &c, Paging &paging) const;
};

// After a listing cut by --limit/--offset: "100 of 2345 orders shown (from 1); 2245 more: …" — on stdout after a
// text table, on stderr with --json (stdout stays the array). Says nothing when nothing was left out.
void printTruncation(const Command &c, qint64 shown, qint64 offset, qint64 total, const QString &what);

// Validates and decides what was just stored (ingest, replay), so the CLI can show where the orders stand.
Status processReceived(Database &db);
// Prints one line (or JSON row) per order of an operator action; exit 1 when any failed.
int reportResults(const Command &c, const QList<ActionResult> &results);

// Runs an asynchronous chain (the credential store) on this thread's event loop — the only one in this process,
// not a nested one. `start` gets a context object for the callbacks and calls `finish` once with the exit code.
int runChain(const std::function<void(QObject *context, std::function<void(int)> finish)> &start);

// In commands/ConfigCommand.cpp.
Result<QJsonObject> readJsonFile(const QString &path);
Status applyConfig(Database &db, const QJsonObject &doc, ApplySummary *summary = nullptr);
// `config apply FILE` and `run --config FILE`: the file checked and stored in one transaction (ConfigEditor::apply),
// `applied` told what was stored (to print it), then the credential-store secrets its entries no longer refer to
// deleted unless another entry uses them, and said so (removeReleasedSecrets; on stderr when `json`). Returns the
// exit code: ItemFailed when it was applied but a secret could not be deleted.
int applyConfigFile(Database &db, const QString &path, bool json, const std::function<void(const ApplySummary &)> &applied = {});

// SSH host keys as OpenSSH shows them (test-connection, hostkey).
QString opensshKeyName(const QString &type);
QString hostArgument(const QString &host, int port);
// The transport and the connection test log what these commands print as steps anyway.
void quietTransportLog();

// `functions apply`, run by `functions`: in commands/FunctionsApplyCommand.cpp.
int cmdFunctionsApply(const QStringList &args);

// `config schema`, run by `config`: in commands/ConfigSchemaCommand.cpp.
int cmdConfigSchema(const QStringList &args);

} // namespace orderflow::cli
