// Reads and stores configuration for the console's wizards on a thread of its own with its own database
// connection, so the GUI thread never waits on SQLite.
//
// saveConfigDocument stores a configuration document (applyConfigDocument: schema-checked, then created or updated by organisation
// and name) on a thread of its own with its own database connection, so the GUI thread never waits on SQLite.
#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <QObject>

#include <functional>

namespace orderflow::console {

// `done` runs on `context`'s thread, and not at all when `context` is gone by then.
void saveConfigDocument(const QString &databasePath, const QJsonObject &document, QObject *context, std::function<void(const Status &)> done);
// The organisations' slugs, for the wizards' organisation choice.
void loadOrganisationSlugs(const QString &databasePath, QObject *context, std::function<void(const Result<QStringList> &)> done);

} // namespace orderflow::console
