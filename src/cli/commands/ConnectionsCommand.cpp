// `orderflow connections list|show|add|edit|disable|enable|remove`: one ERP connection at a time (ConfigEntityActions).
#include "cli/CliCommand.h"
#include "cli/commands/ConfigEntityActions.h"

namespace orderflow::cli {

CliCommand connectionsCommand()
{
    return {QStringLiteral("connections"),
            {{QStringLiteral("connections list|show|add|edit|disable|enable|remove"), {}},
             {QString(), QStringLiteral("one ERP connection at a time, checked and audited")}},
            [](const QStringList &args) { return runEntityAction(ConfigEntity::Connection, args); }};
}

} // namespace orderflow::cli
