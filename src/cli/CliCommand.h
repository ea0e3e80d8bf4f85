// The base of every `orderflow` command: its name, its line in `orderflow --help`, and what runs it. Each command
// lives in its own file in src/cli/commands/; Commands.cpp lists them in help order and dispatches to them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace orderflow::cli {

struct CliCommand {
    struct HelpLine {
        QString synopsis;   // left column, e.g. "orders list [--state S] | show ID"
        QString summary;    // what it does, in a few words (may be empty)
    };

    QString name;            // the word after `orderflow`
    QList<HelpLine> help;    // its lines in `orderflow --help`; none when another command's line covers it (push: approve's)
    // args: "orderflow NAME" first (for QCommandLineParser), then the command's own arguments. Returns the exit code.
    std::function<int(const QStringList &args)> run;
};

// One per file in src/cli/commands/.
CliCommand runCommand();
CliCommand statusCommand();
CliCommand configCommand();
CliCommand ingestCommand();
CliCommand parseCommand();
CliCommand ordersCommand();
QList<CliCommand> orderActionCommands();   // approve, push, retry, reject, revalidate
CliCommand replayCommand();
CliCommand inboundCommand();
CliCommand outboxCommand();
CliCommand sourcesCommand();
CliCommand connectionsCommand();
CliCommand exportsCommand();
CliCommand pushlogCommand();
CliCommand functionsCommand();
CliCommand testConnectionCommand();
CliCommand hostKeyCommand();
CliCommand secretsCommand();
CliCommand apiTokensCommand();
CliCommand generateCommand();

// Every command, in the order of the help.
const QList<CliCommand> &commands();

} // namespace orderflow::cli
