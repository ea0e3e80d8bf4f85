#include "sources/SourceSettings.h"

#include "sources/SourceRegistry.h"
#include "transport/FileStore.h"

namespace orderflow {
namespace {

const ConfigSchema &schemaFor(const QString &type)
{
    const SourceRegistry &registry = SourceRegistry::instance();
    if (const ConfigSchema *schema = registry.schema(type))
        return *schema;
    return *registry.schema(QStringLiteral("folder"));
}

} // namespace

SourceSettings::SourceSettings(const SourceRecord &source) : m_config(source.config), m_schema(schemaFor(source.type)) {}

QString SourceSettings::archivePath() const
{
    const QString set = string(SourceKey::ArchivePath);
    return set.isEmpty() ? joinPath(string(SourceKey::Path), QStringLiteral("archive")) : set;
}

QString SourceSettings::errorPath() const
{
    const QString set = string(SourceKey::ErrorPath);
    return set.isEmpty() ? joinPath(string(SourceKey::Path), QStringLiteral("error")) : set;
}

} // namespace orderflow
