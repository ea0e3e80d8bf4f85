// Where OrderFlow's workspace database is when no --db is given: one rule for every program (the daemon, the CLI
// and the console), so they all look at the same data.
#pragma once

#include <QString>

namespace orderflow {

// $ORDERFLOW_DB when set and not empty, else $XDG_DATA_HOME/orderflow/orderflow.db
// (~/.local/share/orderflow/orderflow.db when XDG_DATA_HOME is not set).
QString defaultDatabasePath();

// Where the default comes from, for help texts: "$ORDERFLOW_DB, else …/orderflow.db".
QString defaultDatabaseRule();

} // namespace orderflow
