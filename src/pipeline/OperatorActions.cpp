#include "pipeline/OperatorActions.h"

#include "domain/messages/OrderMessages.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OrderProcessor.h"
#include "storage/ConfigRepository.h"
#include "storage/ExportRepository.h"
#include "storage/InboundRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SqlTime.h"

namespace orderflow {

template <typename F>
QList<ActionResult> OperatorActions::forEach(const QStringList &ids, F &&action)
{
    OrderRepository orders(m_db);
    QList<ActionResult> results;
    for (const QString &given : ids) {
        ActionResult r;
        r.orderId = given;
        auto id = orders.resolveId(given);
        if (!id) {
            r.message = id.error().message;
            results.append(r);
            continue;
        }
        r.orderId = *id;
        Status s = m_db.transaction([&]() -> Status { return action(orders, *id, r); });
        r.ok = s.ok();
        if (!s)
            r.message = s.error().message;
        results.append(r);
    }
    return results;
}

QList<ActionResult> OperatorActions::approve(const QStringList &ids, OrderStateChanges &changes)
{
    return forEach(ids, [&](OrderRepository &orders, const QString &id, ActionResult &r) -> Status {
        OrderRepository::Transition t;
        t.to = OrderState::Approved;
        t.actor = m_actor;
        t.action = QStringLiteral("approve");
        // Only an order waiting for review is approved here: a received one has not been validated yet, and a
        // failed one goes back through retry, which starts a new push generation (and idempotency key).
        t.expectedFrom = OrderState::Review;
        t.set = {{QStringLiteral("approved_at"), nowText()}};
        auto c = orders.transition(id, t);
        if (!c) {
            if (c.error().code == QLatin1String("state_changed"))
                return Error(c.error().code, c.error().message.contains(QLatin1String("'failed'")) ? msg::NotInReviewFailed(id) : msg::NotInReview(id));
            return c.error();
        }
        changes.append(*c);
        r.message = msg::Approved();
        return {};
    });
}

const char *const OperatorActions::kPushNowRule =
    "Push Now pushes approved orders and orders waiting to retry (skipping the wait). An order in review is not "
    "approved implicitly: approve it first.";

QString OperatorActions::pushNowRefusal(const QString &orderId, OrderState state)
{
    if (state == OrderState::Approved || state == OrderState::RetryWait)
        return {};
    if (state == OrderState::Review)
        return msg::PushNowInReview(orderId);
    return msg::PushNowNotPushable(orderId, stateName(state));
}

QList<ActionResult> OperatorActions::pushNow(const QStringList &ids, OrderStateChanges &changes)
{
    Q_UNUSED(changes);   // pushing now moves no order to another state by itself; the push worker does
    return forEach(ids, [&](OrderRepository &orders, const QString &id, ActionResult &r) -> Status {
        auto order = orders.load(id);
        if (!order)
            return order.error();
        if (const QString refusal = pushNowRefusal(id, order->state); !refusal.isEmpty())
            return Error(QStringLiteral("not_pushable"), refusal);
        if (order->state == OrderState::Approved) {
            r.message = msg::ApprovedPushingNow();
            return {};
        }
        if (Status s = orders.makeDueNow(id); !s)
            return s;
        if (Status s = orders.audit().record({order->orgId, m_actor, QStringLiteral("push_now"), QStringLiteral("order"), id,
                                              stateName(OrderState::RetryWait), stateName(OrderState::RetryWait),
                                              msg::NextAttemptMovedToNow()}); !s)
            return s;
        r.message = msg::NextAttemptNow();
        return {};
    });
}

QList<ActionResult> OperatorActions::retry(const QStringList &ids, OrderStateChanges &changes)
{
    return forEach(ids, [&](OrderRepository &orders, const QString &id, ActionResult &r) -> Status {
        auto order = orders.load(id);
        if (!order)
            return order.error();
        if (order->state != OrderState::Failed)
            return Error(QStringLiteral("not_failed"), msg::NotFailed(id, stateName(order->state)));
        OrderRepository::Transition t;
        t.to = OrderState::Approved;
        t.actor = m_actor;
        t.action = QStringLiteral("retry");
        t.expectedFrom = OrderState::Failed;
        t.detail = msg::NewPushGeneration(order->pushGeneration + 1);
        t.set = {{QStringLiteral("push_generation"), order->pushGeneration + 1}, {QStringLiteral("attempt"), 0},
                 {QStringLiteral("next_attempt_at"), QVariant(QMetaType::fromType<QString>())}};
        auto c = orders.transition(id, t);
        if (!c)
            return c.error();
        changes.append(*c);
        r.message = msg::QueuedForPush(order->pushGeneration + 1);
        return {};
    });
}

QList<ActionResult> OperatorActions::reject(const QStringList &ids, const QString &reason, OrderStateChanges &changes)
{
    return forEach(ids, [&](OrderRepository &orders, const QString &id, ActionResult &r) -> Status {
        OrderRepository::Transition t;
        t.to = OrderState::Rejected;
        t.actor = m_actor;
        t.action = QStringLiteral("reject");
        t.detail = reason;
        auto c = orders.transition(id, t);
        if (!c)
            return c.error();
        // An order waiting for its next attempt (or approved again) keeps a PENDING export; it will never be
        // pushed now, so the export is closed in the same transaction instead of lingering as pending.
        auto closed = ExportRepository(m_db).closePending(id, QStringLiteral("cancelled"),
                                                          reason.isEmpty() ? msg::ClosedByRejection(m_actor)
                                                                           : msg::ClosedByRejectionWithReason(m_actor, reason));
        if (!closed)
            return closed.error();
        changes.append(*c);
        r.message = *closed > 0 ? msg::RejectedExportClosed() : msg::Rejected();
        return {};
    });
}

QList<ActionResult> OperatorActions::revalidate(const QStringList &ids, OrderStateChanges &changes)
{
    OrderProcessor processor(m_db);
    return forEach(ids, [&](OrderRepository &, const QString &id, ActionResult &r) -> Status {
        auto c = processor.revalidate(id, m_actor);
        if (!c)
            return c.error();
        changes.append(*c);
        r.message = msg::NowInState(stateName(c->last().to));
        return {};
    });
}

ActionResult OperatorActions::replay(qint64 inboundId, OrderStateChanges &changes)
{
    ActionResult r;
    r.orderId = QString::number(inboundId);
    InboundRepository inbound(m_db);
    auto rec = inbound.get(inboundId);
    auto content = inbound.content(inboundId);
    if (!rec || !content) {
        r.message = !rec ? rec.error().message : content.error().message;
        return r;
    }
    ConfigRepository config(m_db);
    auto source = config.source(rec->sourceId);
    if (!source) {
        r.message = source.error().message;
        return r;
    }
    // The new inbound message, its orders and the audit row commit together or not at all.
    Result<IngestedFile> result = Error();
    OrderStateChanges replayed;
    Status stored = m_db.transaction([&]() -> Status {
        Ingestor ingestor(m_db);
        result = ingestor.ingestDocument(*source, rec->remoteName, *content, &replayed, true);
        if (!result)
            return result.error();
        return AuditLog(m_db).record({source->orgId, m_actor, QStringLiteral("replay"), QStringLiteral("inbound"), QString::number(inboundId),
                                      {}, {}, msg::ReplayedAs(result->inboundId)});
    });
    if (!stored) {
        r.message = stored.error().message;
        return r;
    }
    changes.append(replayed);
    r.ok = result->status != QLatin1String("parse_error");
    r.message = result->errors.isEmpty() ? msg::ReplayedAsWithResult(result->inboundId, result->status, result->orders)
                                         : msg::ReplayedAsWithErrors(result->inboundId, result->status, result->orders,
                                                                     result->errors.join(QStringLiteral("; ")));
    return r;
}

} // namespace orderflow
