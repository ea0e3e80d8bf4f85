// Builds the source a record names, by its type.
#pragma once

#include "sources/Source.h"

namespace orderflow {

Result<std::unique_ptr<Source>> createSource(const SourceRecord &record);
// Registers (or replaces) the factory of a source type; for tests and, later, plugins.
void registerSourceType(const QString &type, SourceFactory factory);

} // namespace orderflow
