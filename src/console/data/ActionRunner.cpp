#include "data/ActionRunner.h"

#include "data/OrderQuerySql.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

#include <QCoreApplication>

namespace orderflow::console {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ActionRunner)
};

QStringList failedOrderIds(Database &db, const OrderQuery &scope, QString *error)
{
    const SqlWithBinds s = OrderQuerySql(scope).failedIds();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(s.sql);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    QStringList ids;
    if (Status st = execQuery(q, QStringLiteral("finding failed orders")); !st) {
        *error = st.error().message;
        return ids;
    }
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace

ActionOutcome runOperatorAction(Database &db, const ActionRequest &request, OrderStateChanges &changes)
{
    ActionOutcome outcome;
    outcome.kind = request.kind;
    OperatorActions actions(db, operatorName());
    switch (request.kind) {
    case ActionKind::Approve:
        outcome.results = actions.approve(request.orderIds, changes);
        break;
    case ActionKind::PushNow:
        outcome.results = actions.pushNow(request.orderIds, changes);   // the session nudges the push worker
        break;
    case ActionKind::Retry:
        outcome.results = actions.retry(request.orderIds, changes);
        break;
    case ActionKind::RetryAllFailed: {
        const QStringList ids = failedOrderIds(db, request.scope, &outcome.error);
        if (outcome.error.isEmpty())
            outcome.results = actions.retry(ids, changes);
        break;
    }
    case ActionKind::Reject:
        outcome.results = actions.reject(request.orderIds, request.reason, changes);
        break;
    case ActionKind::Revalidate:
        outcome.results = actions.revalidate(request.orderIds, changes);
        break;
    case ActionKind::Replay:
        outcome.results.append(actions.replay(request.inboundId, changes));
        break;
    }
    return outcome;
}

} // namespace orderflow::console
