// `orderflow COMMAND …`: finds the command by name and runs it; the top-level help lists every command.
#include "cli/Commands.h"
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

namespace orderflow::cli {

const QList<CliCommand> &commands()
{
    static const QList<CliCommand> all = [] {
        QList<CliCommand> list{runCommand(), statusCommand(), configCommand(), ingestCommand(), parseCommand(), ordersCommand()};
        list += orderActionCommands();
        list += {replayCommand(), inboundCommand(), outboxCommand(), sourcesCommand(), connectionsCommand(), exportsCommand(), pushlogCommand(), functionsCommand(),
                 testConnectionCommand(), hostKeyCommand(), secretsCommand(), apiTokensCommand(), generateCommand()};
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
             "Every command but secrets takes --db PATH (default: " << defaultDatabaseRule() << ");\n"
             "a database that does not exist is an error unless the command sets a workspace up (run, config apply)\n"
             "or --create is given. Most commands take --json.\n"
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
    setJsonErrors(arguments.contains(QStringLiteral("--json")));
    // QCommandLineParser wants the program name first; drop the command word.
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = QStringLiteral("orderflow ") + command;
    for (const CliCommand &c : commands()) {
        if (c.name == command)
            return c.run(rest);
    }
    const int code = fail(QStringLiteral("unknown command '%1'; `orderflow --help` lists the commands.").arg(command), Usage);
    if (!arguments.contains(QStringLiteral("--json")))
        printUsage();
    return code;
}

} // namespace orderflow::cli
