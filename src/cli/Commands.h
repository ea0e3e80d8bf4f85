// The `orderflow` commands. Exit codes scripts can rely on: 0 success, 1 some item failed, 2 usage error,
// 3 database or configuration error, 4 not found.
#pragma once

#include <QStringList>

namespace orderflow::cli {

enum ExitCode { Ok = 0, ItemFailed = 1, Usage = 2, Failure = 3, NotFound = 4 };

int dispatch(const QStringList &arguments);

} // namespace orderflow::cli
