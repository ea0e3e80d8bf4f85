// `orderflow replay INBOUND_ID`: parse a stored inbound file again.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "pipeline/OperatorActions.h"
#include "storage/AuditLog.h"

namespace orderflow::cli {

namespace {

int cmdReplay(const QStringList &args)
{
    Command c(QStringLiteral("orderflow replay INBOUND_ID: parse a stored inbound file again (after fixing a mapping)."));
    c.parser.addPositionalArgument(QStringLiteral("inbound"), QStringLiteral("inbound message id (see `orderflow inbound list`)"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    OperatorActions actions(**db, operatorName());
    OrderStateChanges changes;
    const ActionResult r = actions.replay(c.parser.positionalArguments().first().toLongLong(), changes);
    if (Status processed = processReceived(**db); !processed)
        err() << "orderflow: stored, but not validated yet: " << processed.error().message << Qt::endl;
    return reportResults(c, {r});
}

} // namespace

CliCommand replayCommand()
{
    return {QStringLiteral("replay"), {{QStringLiteral("replay INBOUND_ID"), QStringLiteral("parse a stored inbound file again")}}, cmdReplay};
}

} // namespace orderflow::cli
