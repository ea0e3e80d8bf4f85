// The source types this OrderFlow knows, by type name (like the ConnectorRegistry for ERP connections): what
// each is, the schema of its "config", and how to build one. `config apply` refuses a source of a type not
// registered here; the engine builds every enabled source through create().
#pragma once

#include "config/ConfigSchema.h"
#include "sources/Source.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace orderflow {

class SourceRegistry {
public:
    static SourceRegistry &instance();

    // Types are registered before the engine starts (the engine's threads read the registry without a lock).
    // A type without a factory can be configured but not run.
    void add(const QString &type, const QString &description, ConfigSchema schema, SourceFactory factory = {});
    bool contains(const QString &type) const { return m_entries.contains(type); }
    // The schema of a type's "config"; nullptr for a type not registered.
    const ConfigSchema *schema(const QString &type) const;
    // (type, description), by type name.
    QList<QPair<QString, QString>> types() const;
    // The source `record` describes, ready to poll or start; fails (code "config") for a type it cannot build.
    Result<std::unique_ptr<Source>> create(const SourceRecord &record) const;

    // What every source has beside its org, name, type and config: format, enabled, auto_approve, connection.
    static ConfigSchema commonFields();

private:
    SourceRegistry();
    struct Entry {
        QString description;
        ConfigSchema schema;
        SourceFactory factory;
    };
    QMap<QString, Entry> m_entries;
};

} // namespace orderflow
