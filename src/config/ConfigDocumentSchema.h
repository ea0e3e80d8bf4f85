// The schema of a whole configuration document (`orderflow config apply FILE`): organisations, connections,
// sources and products, each source and connection checked against the schema of its type. The types are
// handed in (by the source and connector registries); this file knows none of them.
#pragma once

#include "config/ConfigSchema.h"
#include "domain/Result.h"

namespace orderflow {

// One source type or connection type and the schema of its "config" object.
struct ConfigType {
    QString name;            // "sftp", "DROPZONE_JSON_V1"
    QString description;
    ConfigSchema config;
};

// Sources or connections: what every entry has, and the types an entry may be of.
struct ConfigEntryKind {
    QString noun;            // "source" (in messages and in --type source:NAME)
    QString listKey;         // "sources" (the document's key)
    ConfigSchema common;     // every field of an entry except org, name, type and config
    QList<ConfigType> types;

    const ConfigType *type(const QString &name) const;
    QStringList typeNames() const;
};

class ConfigDocumentSchema {
public:
    ConfigDocumentSchema(ConfigEntryKind sources, ConfigEntryKind connections);

    const ConfigEntryKind &sources() const { return m_sources; }
    const ConfigEntryKind &connections() const { return m_connections; }

    // Every problem in the document; each names the source or connection (and its organisation) it is about.
    QList<ConfigProblem> validate(const QJsonObject &document) const;
    // One entry as it appears in "sources" / "connections".
    QList<ConfigProblem> validateSource(const QJsonObject &source) const;
    QList<ConfigProblem> validateConnection(const QJsonObject &connection) const;

    // The document with every fixed default written out, or with every value that equals its default left out.
    QJsonObject withDefaults(const QJsonObject &document) const;
    QJsonObject withoutDefaults(const QJsonObject &document) const;

    // JSON Schema (draft 2020-12) of the whole document.
    QJsonObject toJsonSchema() const;
    // JSON Schema of one type's "config": "sftp", "DROPZONE_JSON_V1", or "source:NAME" / "connection:NAME" when a
    // name is both. Fails (code "not_found") naming the known types.
    Result<QJsonObject> typeJsonSchema(const QString &type) const;

private:
    QList<ConfigProblem> validateEntry(const ConfigEntryKind &kind, const ConfigSchema &entry, const QJsonObject &object, int index) const;
    QJsonObject entryJsonSchema(const ConfigEntryKind &kind, const ConfigSchema &entry) const;
    QJsonObject mapEntries(const QJsonObject &document, bool defaults) const;

    ConfigEntryKind m_sources;
    ConfigEntryKind m_connections;
    ConfigSchema m_sourceEntry;        // org, name, type, config + the sources' common fields
    ConfigSchema m_connectionEntry;
    ConfigSchema m_document;           // orgs, connections, sources, products
};

// "2 problems" → one message for the CLI and the console, one problem per line.
QString describeProblems(const QList<ConfigProblem> &problems);

} // namespace orderflow
