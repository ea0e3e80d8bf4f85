// `orderflow status`: which database is open, its schema and change-feed position, and how many orders wait where.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "storage/ChangeFeedRepository.h"
#include "storage/QueueStatsRepository.h"

#include <QJsonArray>

namespace orderflow::cli {
namespace {

int cmdStatus(const QStringList &args)
{
    Command c(QStringLiteral("orderflow status: the database this command opens (--db, else %1), its schema version, "
                             "the change feed's last sequence number and the orders per state.")
                  .arg(defaultDatabaseRule()));
    if (int r = c.parse(args); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    auto seq = ChangeFeedRepository(**db).latestSeq();
    if (!seq)
        return fail(seq.error().message);
    auto queues = QueueStatsRepository(**db).queues(0);
    if (!queues)
        return fail(queues.error().message);
    const int version = (*db)->schemaVersion();
    if (c.wantsJson()) {
        QJsonObject states;
        for (OrderState st : kAllOrderStates)
            states.insert(stateName(st), queues->value(st).count);
        printJson(QJsonObject{{QStringLiteral("database"), (*db)->path()},
                              {QStringLiteral("schema_version"), version},
                              {QStringLiteral("change_seq"), *seq},
                              {QStringLiteral("orders_by_state"), states}});
        return Ok;
    }
    out() << "database:       " << (*db)->path() << "\n"
          << "schema version: " << version << "\n"
          << "change seq:     " << *seq << "\n"
          << "orders:\n";
    for (OrderState st : kAllOrderStates)
        out() << "  " << stateName(st).leftJustified(12) << ' ' << queues->value(st).count << '\n';
    out().flush();
    return Ok;
}

} // namespace

CliCommand statusCommand()
{
    return {QStringLiteral("status"), {{QStringLiteral("status"), QStringLiteral("which database is open, orders per state")}}, cmdStatus};
}

} // namespace orderflow::cli
