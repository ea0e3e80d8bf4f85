// Where OrderFlow's workspace database is when no --db is given: one rule for every program (the daemon, the CLI
// and the console), so they all look at the same data.
#pragma once

#include <QString>
#include <QStringList>

namespace orderflow {

// $ORDERFLOW_DB when set and not empty, else $XDG_DATA_HOME/orderflow/orderflow.db
// (~/.local/share/orderflow/orderflow.db when XDG_DATA_HOME is not set).
QString defaultDatabasePath();

// Where the default comes from, for help texts: "$ORDERFLOW_DB, else …/orderflow.db".
QString defaultDatabaseRule();

// The default places of older versions, below $XDG_DATA_HOME: the CLI's orderflow/orderflow/orderflow.db and the
// console's OrderFlow/orderflow-console/orderflow.db (before one default served every program).
QStringList legacyDefaultDatabases();

// The older versions' databases that `path` takes the place of: those that exist, when `path` is the default
// place below $XDG_DATA_HOME and does not exist; else none. Database::open moves one there (see there).
QStringList legacyDatabasesFor(const QString &path);

} // namespace orderflow
