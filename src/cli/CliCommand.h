// The base of every `orderflow` command: its name, its line in `orderflow --help`, and what runs it. Each command
// lives in its own file in src/cli/commands/; Commands.cpp lists them in help order and dispatches to them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace orderflow::cli {

struct CliCommand {
    QString name;       // the word after `orderflow`
    QString synopsis;   // left column of the help; empty: the command is shown on the line of the one listed before it
    QString summary;    // one line for the help (may be empty)
    // args: "orderflow NAME" first (for QCommandLineParser), then the command's own arguments. Returns the exit code.
    std::function<int(const QStringList &args)> run;
};

// One per file in src/cli/commands/.
CliCommand runCommand();
CliCommand configCommand();
CliCommand ingestCommand();
CliCommand parseCommand();
CliCommand ordersCommand();
QList<CliCommand> orderActionCommands();   // approve, push, retry, reject, revalidate
CliCommand replayCommand();
CliCommand inboundCommand();
CliCommand outboxCommand();
CliCommand exportsCommand();
CliCommand pushlogCommand();
CliCommand functionsCommand();
CliCommand testConnectionCommand();
CliCommand hostKeyCommand();

// Every command, in the order of the help.
const QList<CliCommand> &commands();

} // namespace orderflow::cli
