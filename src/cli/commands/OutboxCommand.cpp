// `orderflow outbox list`: the acknowledgements (997, CONTRL) owed to partners that have not gone out yet, with why.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "storage/OutboxRepository.h"

#include <QJsonArray>

namespace orderflow::cli {
namespace {

int cmdOutbox(const QStringList &args)
{
    Command c(QStringLiteral("orderflow outbox list [--status S] [--all]: acknowledgements to partners (997, CONTRL) not delivered yet "
                             "(pending, sending, failed), with the reason and the next attempt."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only this status (pending, sending, failed, sent)."), QStringLiteral("S"));
    QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Sent acknowledgements too."));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Only this organisation."), QStringLiteral("SLUG"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows, newest first (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    c.parser.addOptions({status, all, org, limit});
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    if (c.parser.positionalArguments().first() != QLatin1String("list"))
        return fail(QStringLiteral("use `orderflow outbox list`."), Usage);
    const QString wanted = c.parser.value(status).toLower();
    if (!wanted.isEmpty() && !QStringList{QStringLiteral("pending"), QStringLiteral("sending"), QStringLiteral("failed"), QStringLiteral("sent")}.contains(wanted))
        return fail(QStringLiteral("unknown status '%1' (use pending, sending, failed or sent).").arg(wanted), Usage);
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    auto rows = OutboxRepository(**db).list(c.parser.isSet(all) && wanted.isEmpty() ? QStringLiteral("all") : wanted, c.parser.value(org),
                                            c.parser.value(limit).toInt());
    if (!rows)
        return fail(rows.error().message);
    if (c.wantsJson()) {
        QJsonArray a;
        for (const OutboxRecord &r : *rows)
            a.append(outboxJson(r));
        printJson(a);
        return Ok;
    }
    if (rows->isEmpty())
        out() << (wanted.isEmpty() && !c.parser.isSet(all) ? QStringLiteral("No acknowledgements waiting: every one has been delivered.\n")
                                                           : QStringLiteral("No acknowledgements.\n"));
    for (const OutboxRecord &r : *rows) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  (for %6, inbound %7, source %8/%9)\n")
                     .arg(r.id, 6).arg(r.status, -7).arg(r.kind, -6).arg(r.fileName)
                     .arg(r.status == QLatin1String("sent") ? QStringLiteral("sent %1 to %2").arg(r.sentAt, r.sentTo)
                                                           : QStringLiteral("attempts %1, next %2").arg(r.attempts).arg(r.nextAttemptAt))
                     .arg(r.inboundName).arg(r.inboundId).arg(r.orgSlug, r.sourceName);
        if (!r.lastError.isEmpty() && r.status != QLatin1String("sent"))
            out() << QStringLiteral("        ! %1\n").arg(r.lastError);
    }
    out().flush();
    return Ok;
}

} // namespace

CliCommand outboxCommand()
{
    return {QStringLiteral("outbox"), {{QStringLiteral("outbox list [--all]"), QStringLiteral("997/CONTRL to partners not delivered yet, and why")}}, cmdOutbox};
}

} // namespace orderflow::cli
