#include "data/ActionRunner.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderBrowseRepository.h"

#include <QCoreApplication>

namespace orderflow::console {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ActionRunner)
};

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
        if (auto ids = OrderBrowseRepository(db).failedIds(request.scope))
            outcome.results = actions.retry(*ids, changes);
        else
            outcome.error = ids.error().message;
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
