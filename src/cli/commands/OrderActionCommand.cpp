// `orderflow approve|push|retry|reject|revalidate ID...`: the operator actions on orders, with a result per order.
// One file for the five: they share their arguments, their help and their report; push runs in this process.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"

#include "pipeline/OperatorActions.h"
#include "pipeline/PushService.h"
#include "storage/AuditLog.h"
#include "storage/OrderRepository.h"

namespace orderflow::cli {

namespace {

int cmdAction(const QString &name, const QStringList &args)
{
    Command c(QStringLiteral("orderflow %1 ID...: %2 (per-order result; exit 1 when any failed).").arg(name,
        name == QLatin1String("approve") ? QStringLiteral("approve orders waiting for review")
        : name == QLatin1String("retry") ? QStringLiteral("retry failed orders with a new push generation")
        : name == QLatin1String("reject") ? QStringLiteral("cancel open orders")
        : name == QLatin1String("revalidate") ? QStringLiteral("validate invalid orders again after fixing mapping or catalog")
        : QStringLiteral("push now. ") + QLatin1String(OperatorActions::kPushNowRule)));
    c.parser.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("order ids, unique prefixes, or their last 8 characters"), QStringLiteral("ID..."));
    QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (reject)."), QStringLiteral("TEXT"));
    if (name == QLatin1String("reject"))
        c.parser.addOption(reason);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    const QStringList ids = c.parser.positionalArguments();
    OperatorActions actions(**db, operatorName());
    OrderStateChanges changes;
    if (name == QLatin1String("approve"))
        return reportResults(c, actions.approve(ids, changes));
    if (name == QLatin1String("retry"))
        return reportResults(c, actions.retry(ids, changes));
    if (name == QLatin1String("reject"))
        return reportResults(c, actions.reject(ids, c.parser.value(reason), changes));
    if (name == QLatin1String("revalidate"))
        return reportResults(c, actions.revalidate(ids, changes));

    // push: claim and push exactly these orders now, in this process, through the engine's scheduler (each
    // connection on its own thread with an event loop); this thread's event loop runs until the round is recorded.
    OrderRepository orders(**db);
    QList<ActionResult> results;
    QStringList resolved;
    for (const QString &given : ids) {
        auto id = orders.resolveId(given);
        if (!id)
            results.append({given, false, id.error().message});
        else
            resolved << *id;
    }
    PushService push(**db);
    auto round = push.runRound(int(resolved.size()), resolved);
    if (!round)
        return fail(round.error().message);
    for (const QString &id : resolved) {
        auto order = orders.load(id);
        if (!order) {
            results.append({id, false, order.error().message});
            continue;
        }
        bool touched = false;
        for (const OrderStateChange &ch : round->changes)
            touched = touched || ch.orderId == id;
        const bool ok = touched && (order->state == OrderState::Sent || order->state == OrderState::Acked);
        QString message = QStringLiteral("now %1").arg(stateName(order->state));
        if (!touched) {
            const QString refusal = OperatorActions::pushNowRefusal(id, order->state);
            message = refusal.isEmpty() ? QStringLiteral("not pushed: order is still '%1'").arg(stateName(order->state))
                                        : QStringLiteral("not pushed: ") + refusal;
        }
        for (const QString &m : round->messages)
            if (m.contains(id))
                message += QStringLiteral(" — ") + m;
        results.append({id, ok, message});
    }
    return reportResults(c, results);
}

} // namespace

QList<CliCommand> orderActionCommands()
{
    QList<CliCommand> commands;
    for (const char *name : {"approve", "push", "retry", "reject", "revalidate"}) {
        const QString command = QString::fromLatin1(name);
        // The five share one line in the help, under approve.
        QList<CliCommand::HelpLine> help;
        if (commands.isEmpty())
            help.append({QStringLiteral("approve|push|retry|reject|revalidate ID..."), {}});
        commands.append({command, help, [command](const QStringList &args) { return cmdAction(command, args); }});
    }
    return commands;
}

} // namespace orderflow::cli
