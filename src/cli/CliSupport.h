// What every `orderflow` command shares: output streams, errors with exit codes, the common options.
#pragma once

#include "cli/Commands.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonValue>
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

// Implemented in ConnectionCommands.cpp.
int cmdTestConnection(const QStringList &args);
int cmdHostKey(const QStringList &args);
// Implemented in OutboxCommands.cpp.
int cmdOutbox(const QStringList &args);
// Implemented in SourcesStatusCommand.cpp.
int cmdSourcesStatus(const QStringList &args);

// Implemented in ConfigSchemaCommand.cpp.
int cmdConfigSchema(const QStringList &args);

} // namespace orderflow::cli
