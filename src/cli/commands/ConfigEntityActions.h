// The actions `orderflow sources` and `orderflow connections` share: list, show, add, edit, disable, enable and
// remove one entry at a time (ConfigEditor), with the same options and messages for both.
#pragma once

#include "pipeline/ConfigEditor.h"

#include <QStringList>

namespace orderflow::cli {

// The actions runEntityAction takes, for the help.
inline const QStringList kEntityActions{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("add"), QStringLiteral("edit"),
                                        QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("remove")};

// args: "orderflow sources" (or connections) first, then the action and its arguments. Returns the exit code.
int runEntityAction(ConfigEntity kind, const QStringList &args);

} // namespace orderflow::cli
