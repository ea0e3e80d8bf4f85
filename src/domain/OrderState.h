// Order states and the one table of allowed transitions (DESIGN §3).
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace orderflow {

enum class OrderState {
    Received,
    Invalid,
    Review,
    Approved,
    Pushing,
    Sent,
    RetryWait,
    Acked,
    Failed,
    Rejected,
    Duplicate,
};

inline constexpr OrderState kAllOrderStates[] = {
    OrderState::Received, OrderState::Invalid, OrderState::Review,    OrderState::Approved,
    OrderState::Pushing,  OrderState::Sent,    OrderState::RetryWait, OrderState::Acked,
    OrderState::Failed,   OrderState::Rejected, OrderState::Duplicate,
};

// Stable names used in the database, the CLI and the API ("retry_wait").
QString stateName(OrderState state);
std::optional<OrderState> stateFromName(QStringView name);

bool isTransitionAllowed(OrderState from, OrderState to);
// The same check with an operator-readable refusal ("order is acked; only … can be rejected").
Status checkTransition(OrderState from, OrderState to);
QList<OrderState> allowedTargets(OrderState from);

// States an operator may still cancel.
bool isOpenState(OrderState state);
// States in which nothing will happen to the order any more.
bool isFinalState(OrderState state);
// States in which the order waits for a person (fix and revalidate, approve, retry or reject), not the pipeline.
bool waitsForPerson(OrderState state);

} // namespace orderflow
