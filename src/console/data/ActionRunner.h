// Runs one operator action (approve, push now, retry, retry all failed, reject, revalidate, replay) through the
// engine's OperatorActions, as the OS user, and returns the per-row outcome. Called on the data worker's thread.
#pragma once

#include "data/ConsoleTypes.h"

namespace orderflow {
class Database;
}

namespace orderflow::console {

ActionOutcome runOperatorAction(Database &db, const ActionRequest &request, OrderStateChanges &changes);

} // namespace orderflow::console
