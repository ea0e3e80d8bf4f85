#include "domain/OrderState.h"

#include "domain/messages/OrderMessages.h"

#include <QStringList>

namespace orderflow {
namespace {

using S = OrderState;

struct Transition {
    S from;
    S to;
};

// The whole life of an order. Anything not listed here is refused.
constexpr Transition kTransitions[] = {
    {S::Received, S::Invalid},   // validation problems
    {S::Received, S::Review},    // valid, waits for an operator
    {S::Received, S::Approved},  // source auto-approves
    {S::Received, S::Duplicate}, // same fingerprint as an earlier order
    {S::Invalid, S::Received},   // operator revalidates after fixing mapping or catalog
    {S::Review, S::Approved},
    {S::Review, S::Received},    // revalidate
    {S::Approved, S::Pushing},   // claimed by a push worker
    {S::Pushing, S::Sent},
    {S::Pushing, S::RetryWait},
    {S::Pushing, S::Failed},
    {S::RetryWait, S::Pushing},
    {S::Sent, S::Acked},
    {S::Sent, S::Failed},
    {S::Failed, S::Approved},    // operator retry: new push generation
    // Operator cancels an open order.
    {S::Received, S::Rejected},
    {S::Invalid, S::Rejected},
    {S::Review, S::Rejected},
    {S::Approved, S::Rejected},
    {S::RetryWait, S::Rejected},
    {S::Failed, S::Rejected},
};

} // namespace

QString stateName(OrderState state)
{
    switch (state) {
    case S::Received: return QStringLiteral("received");
    case S::Invalid: return QStringLiteral("invalid");
    case S::Review: return QStringLiteral("review");
    case S::Approved: return QStringLiteral("approved");
    case S::Pushing: return QStringLiteral("pushing");
    case S::Sent: return QStringLiteral("sent");
    case S::RetryWait: return QStringLiteral("retry_wait");
    case S::Acked: return QStringLiteral("acked");
    case S::Failed: return QStringLiteral("failed");
    case S::Rejected: return QStringLiteral("rejected");
    case S::Duplicate: return QStringLiteral("duplicate");
    }
    return {};
}

std::optional<OrderState> stateFromName(QStringView name)
{
    for (S s : kAllOrderStates) {
        if (name.compare(stateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

bool isTransitionAllowed(OrderState from, OrderState to)
{
    for (const Transition &t : kTransitions) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

QList<OrderState> allowedTargets(OrderState from)
{
    QList<OrderState> out;
    for (const Transition &t : kTransitions) {
        if (t.from == from)
            out.append(t.to);
    }
    return out;
}

Status checkTransition(OrderState from, OrderState to)
{
    if (isTransitionAllowed(from, to))
        return {};
    QStringList targets;
    for (S s : allowedTargets(from))
        targets << stateName(s);
    const QString allowed = targets.isEmpty() ? msg::NoneItIsFinal() : targets.join(QStringLiteral(", "));
    return Error(QStringLiteral("invalid_transition"), msg::InvalidTransition(stateName(from), stateName(to), allowed));
}

bool isOpenState(OrderState state)
{
    return isTransitionAllowed(state, S::Rejected);
}

bool isFinalState(OrderState state)
{
    return allowedTargets(state).isEmpty();
}

bool waitsForPerson(OrderState state)
{
    return state == S::Invalid || state == S::Review || state == S::Failed;
}

} // namespace orderflow
