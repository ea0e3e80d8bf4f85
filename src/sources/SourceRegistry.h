// The source types this OrderFlow knows, by type name (like the ConnectorRegistry for ERP connections): what
// each is, and the schema of its "config". `config apply` refuses a source of a type not registered here.
#pragma once

#include "config/ConfigSchema.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace orderflow {

class SourceRegistry {
public:
    static SourceRegistry &instance();

    void add(const QString &type, const QString &description, ConfigSchema schema);
    bool contains(const QString &type) const { return m_entries.contains(type); }
    // The schema of a type's "config"; nullptr for a type not registered.
    const ConfigSchema *schema(const QString &type) const;
    // (type, description), by type name.
    QList<QPair<QString, QString>> types() const;

    // What every source has beside its org, name, type and config: format, enabled, auto_approve, connection.
    static ConfigSchema commonFields();

private:
    SourceRegistry();
    struct Entry {
        QString description;
        ConfigSchema schema;
    };
    QMap<QString, Entry> m_entries;
};

} // namespace orderflow
