// `orderflow COMMAND …`: finds the command by name and runs it; the top-level help lists every command.
#include "cli/Commands.h"
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

namespace orderflow::cli {

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = [] {
        QList<CliCommand> list{runCommand(), configCommand(), ingestCommand(), parseCommand(), ordersCommand()};
        list += orderActionCommands();
        list += {replayCommand(), inboundCommand(), outboxCommand(), sourcesCommand(), exportsCommand(), pushlogCommand(), functionsCommand(),
                 testConnectionCommand(), hostKeyCommand(), secretsCommand(), generateCommand()};
        return list;
    }();
    return all;
}

namespace {

void printUsage()
{
    out() << "Usage: orderflow COMMAND [options]   (orderflow COMMAND --help for details)\n\n";
    for (const CliCommand &c : commands()) {
        for (const CliCommand::HelpLine &line : c.help)
            out() << "  " << (line.summary.isEmpty() ? line.synopsis : line.synopsis.leftJustified(32) + QLatin1Char(' ') + line.summary) << '\n';
    }
    out() << "\n"
             "Every command but secrets takes --db PATH (default $ORDERFLOW_DB); most take --json.\n"
             "Exit codes: 0 ok, 1 some item failed, 2 usage, 3 database/config error, 4 not found.\n";
    out().flush();
}

} // namespace

int dispatch(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h") || arguments.at(1) == QLatin1String("help")) {
        printUsage();
        return arguments.size() < 2 ? Usage : Ok;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out() << "orderflow " << ORDERFLOW_VERSION << Qt::endl;
        return Ok;
    }
    const QString command = arguments.at(1);
    // QCommandLineParser wants the program name first; drop the command word.
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = QStringLiteral("orderflow ") + command;
    for (const CliCommand &c : commands()) {
        if (c.name == command)
            return c.run(rest);
    }
    err() << "orderflow: unknown command '" << command << "'.\n";
    printUsage();
    return Usage;
}

} // namespace orderflow::cli
