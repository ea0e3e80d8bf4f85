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

// After a removal, an edit or `config apply`: deletes the credential-store secrets it let go of and says what was
// deleted and what was kept or left (on standard error when standard output carries --json). `what`: "connection
// 'erp' (org 'beta') was removed", for the message when some are left. Returns the exit code.
int removeReleasedSecrets(const ReleasedSecrets &released, const QString &what, bool json = false);

} // namespace orderflow::cli
