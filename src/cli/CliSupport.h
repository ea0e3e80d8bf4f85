// What every `orderflow` command shares: output streams, errors with exit codes, the common options.
#pragma once

#include "cli/Commands.h"
#include "domain/Result.h"
#include "pipeline/OperatorActions.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTextStream>

#include <memory>

namespace orderflow::cli {

QTextStream &out();
QTextStream &err();
// Prints "orderflow: message" on stderr and returns the exit code.
int fail(const QString &message, int code = Failure);
int codeFor(const Error &e);
void printJson(const QJsonValue &v);
QString defaultDatabase();

// A parser with the options every command shares (--db, --json, --help).
struct Command {
    QCommandLineParser parser;
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("SQLite database file (default: $ORDERFLOW_DB or %1).").arg(defaultDatabase()), QStringLiteral("PATH")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Machine-readable JSON output.")};

    explicit Command(const QString &description, bool withJson = true);
    // Returns -1 when parsing succeeded and the command should run, else the exit code.
    int parse(const QStringList &args, int minPositional = 0);
    QString dbPath() const { return parser.isSet(db) ? parser.value(db) : defaultDatabase(); }
    bool wantsJson() const { return parser.isSet(json); }
    Result<std::unique_ptr<Database>> open() const { return Database::open(dbPath(), QStringLiteral("cli")); }
};

// Validates and decides what was just stored (ingest, replay), so the CLI can show where the orders stand.
Status processReceived(Database &db);
// Prints one line (or JSON row) per order of an operator action; exit 1 when any failed.
int reportResults(const Command &c, const QList<ActionResult> &results);

// In commands/ConfigCommand.cpp; `run --config` applies a file the same way.
Result<QJsonObject> readJsonFile(const QString &path);
Status applyConfig(Database &db, const QJsonObject &doc, ApplySummary *summary = nullptr);

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
