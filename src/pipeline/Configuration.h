// The configuration document as the engine takes it (`config apply`, `run --config`, the demo): checked against
// the schema of every source and connection type the registries know before anything is stored; and exported
// through the same schemas.
#pragma once

#include "config/ConfigDocumentSchema.h"
#include "storage/ConfigRepository.h"

namespace orderflow {

// Built from the SourceRegistry and the ConnectorRegistry.
ConfigDocumentSchema configDocumentSchema();

// Every problem with `document`: the schemas, and what only the engine can check (transform fields and functions).
QList<ConfigProblem> checkConfigDocument(const QJsonObject &document);

// Checks `document`, then stores it in one transaction; a document with any problem stores nothing and fails
// (code "config") listing every problem.
Result<ApplySummary> applyConfigDocument(Database &db, const QJsonObject &document);

enum class ExportDefaults { Omit, Explicit };
// The stored configuration as a document `applyConfigDocument` takes back. With Omit, values equal to their
// default are left out (the smallest equivalent file); with Explicit, every fixed default is written out.
Result<QJsonObject> exportConfigDocument(Database &db, ExportDefaults defaults = ExportDefaults::Omit);

} // namespace orderflow
