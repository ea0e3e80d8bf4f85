#include "config/ConfigDocumentSchema.h"

#include "domain/messages/ConfigMessages.h"

namespace orderflow {
namespace {

const QString kSchemaDialect = QStringLiteral("https://json-schema.org/draft/2020-12/schema");

std::shared_ptr<const ConfigSchema> orgSchema()
{
    auto s = std::make_shared<ConfigSchema>(QStringLiteral("an organisation"));
    s->add(FieldSpec::string(QStringLiteral("slug")).require().describe(QT_TRANSLATE_NOOP("config", "Short unique name; sources, connections and products refer to it.")));
    s->add(FieldSpec::string(QStringLiteral("name")).describe(QT_TRANSLATE_NOOP("config", "Display name.")).defaultNoted(QStringLiteral("the slug")));
    return s;
}

std::shared_ptr<const ConfigSchema> productSchema()
{
    auto s = std::make_shared<ConfigSchema>(QStringLiteral("a product"));
    s->add(FieldSpec::string(QStringLiteral("org")).require().describe(QT_TRANSLATE_NOOP("config", "Slug of the organisation whose catalog it is in.")));
    s->add(FieldSpec::string(QStringLiteral("sku")).require().describe(QT_TRANSLATE_NOOP("config", "The SKU order lines are checked against.")));
    s->add(FieldSpec::string(QStringLiteral("title")).describe(QT_TRANSLATE_NOOP("config", "Product title.")));
    return s;
}

// org, name, type and config, then the fields every entry of this kind has.
ConfigSchema entrySchema(const ConfigEntryKind &kind)
{
    const QString known = kind.typeNames().join(QStringLiteral(", "));
    ConfigSchema s(QStringLiteral("a %1").arg(kind.noun));
    s.add(FieldSpec::string(QStringLiteral("org")).require().describe(QStringLiteral("Slug of the organisation the %1 belongs to.").arg(kind.noun)));
    s.add(FieldSpec::string(QStringLiteral("name")).require().describe(QStringLiteral("Name of the %1, unique within its organisation.").arg(kind.noun)));
    FieldSpec type = FieldSpec::oneOf(QStringLiteral("type"), kind.typeNames()).require()
                         .describe(QStringLiteral("What kind of %1 it is (%2); its settings go in 'config'.").arg(kind.noun, known));
    type.patternHint = QStringLiteral("a %1 type this OrderFlow knows").arg(kind.noun);
    s.add(std::move(type));
    s.add(FieldSpec::object(QStringLiteral("config")).describe(QStringLiteral("Settings of the %1's type.").arg(kind.noun)));
    s.add(kind.common.fields());
    return s;
}

QString whereOf(const ConfigEntryKind &kind, const QJsonObject &entry, int index)
{
    const QString name = entry.value(QStringLiteral("name")).toString();
    const QString org = entry.value(QStringLiteral("org")).toString();
    QString where = name.isEmpty() ? QStringLiteral("%1[%2]").arg(kind.listKey).arg(index) : QStringLiteral("%1 '%2'").arg(kind.noun, name);
    if (!org.isEmpty())
        where += QStringLiteral(" (org '%1')").arg(org);
    return where;
}

QString defName(const ConfigEntryKind &kind, const QString &type)
{
    return kind.noun + QLatin1Char('.') + type;
}

} // namespace

const ConfigType *ConfigEntryKind::type(const QString &name) const
{
    for (const ConfigType &t : types) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QStringList ConfigEntryKind::typeNames() const
{
    QStringList out;
    for (const ConfigType &t : types)
        out << t.name;
    return out;
}

ConfigDocumentSchema::ConfigDocumentSchema(ConfigEntryKind sources, ConfigEntryKind connections)
    : m_sources(std::move(sources)), m_connections(std::move(connections)), m_document(QStringLiteral("an OrderFlow configuration"))
{
    m_sourceEntry = entrySchema(m_sources);
    m_connectionEntry = entrySchema(m_connections);
    m_document.add(FieldSpec::string(QStringLiteral("$schema")).describe(QT_TRANSLATE_NOOP("config", "Where editors find this JSON Schema; OrderFlow ignores it.")));
    m_document.add(FieldSpec::array(QStringLiteral("orgs"), orgSchema()).describe(QT_TRANSLATE_NOOP("config", "Organisations (tenants), created or updated by slug.")));
    m_document.add(FieldSpec::array(QStringLiteral("connections")).describe(QT_TRANSLATE_NOOP("config", "ERP connections, created or updated by organisation and name.")));
    m_document.add(FieldSpec::array(QStringLiteral("sources")).describe(QT_TRANSLATE_NOOP("config", "Partner sources, created or updated by organisation and name.")));
    m_document.add(FieldSpec::array(QStringLiteral("products"), productSchema()).describe(QT_TRANSLATE_NOOP("config", "Product catalog entries, by organisation and SKU.")));
}

QList<ConfigProblem> ConfigDocumentSchema::validateEntry(const ConfigEntryKind &kind, const ConfigSchema &entry, const QJsonObject &object, int index) const
{
    QList<ConfigProblem> out = entry.validate(object);
    if (const ConfigType *type = kind.type(object.value(QStringLiteral("type")).toString())) {
        const QJsonValue config = object.value(QStringLiteral("config"));
        if (config.isUndefined() || config.isObject())
            out += type->config.validate(config.toObject(), QStringLiteral("config."));
    }
    const QString where = whereOf(kind, object, index);
    for (ConfigProblem &p : out)
        p.where = where;
    return out;
}

QList<ConfigProblem> ConfigDocumentSchema::validateSource(const QJsonObject &source) const
{
    return validateEntry(m_sources, m_sourceEntry, source, 0);
}

QList<ConfigProblem> ConfigDocumentSchema::validateConnection(const QJsonObject &connection) const
{
    return validateEntry(m_connections, m_connectionEntry, connection, 0);
}

QList<ConfigProblem> ConfigDocumentSchema::validate(const QJsonObject &document) const
{
    QList<ConfigProblem> out = m_document.validate(document);
    const auto entries = [&](const ConfigEntryKind &kind, const ConfigSchema &entry) {
        const QJsonArray list = document.value(kind.listKey).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isObject())
                out += validateEntry(kind, entry, list.at(i).toObject(), int(i));
            else
                out.append(ConfigProblem{QString(), QStringLiteral("%1[%2]").arg(kind.listKey).arg(i), QStringLiteral("must be an object ({…})")});
        }
    };
    entries(m_connections, m_connectionEntry);
    entries(m_sources, m_sourceEntry);
    return out;
}

QJsonObject ConfigDocumentSchema::mapEntries(const QJsonObject &document, bool defaults) const
{
    QJsonObject out = document;
    const auto map = [&](const ConfigEntryKind &kind, const ConfigSchema &entry) {
        if (!document.contains(kind.listKey))
            return;
        QJsonArray list = document.value(kind.listKey).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject o = list.at(i).toObject();
            o = defaults ? entry.withDefaults(o) : entry.withoutDefaults(o);
            if (const ConfigType *type = kind.type(o.value(QStringLiteral("type")).toString())) {
                const QJsonObject config = o.value(QStringLiteral("config")).toObject();
                const QJsonObject mapped = defaults ? type->config.withDefaults(config) : type->config.withoutDefaults(config);
                if (mapped.isEmpty() && !defaults)
                    o.remove(QStringLiteral("config"));
                else
                    o.insert(QStringLiteral("config"), mapped);
            }
            list[i] = o;
        }
        out.insert(kind.listKey, list);
    };
    map(m_connections, m_connectionEntry);
    map(m_sources, m_sourceEntry);
    return out;
}

QJsonObject ConfigDocumentSchema::withDefaults(const QJsonObject &document) const
{
    return mapEntries(document, true);
}

QJsonObject ConfigDocumentSchema::withoutDefaults(const QJsonObject &document) const
{
    return mapEntries(document, false);
}

QJsonObject ConfigDocumentSchema::entryJsonSchema(const ConfigEntryKind &kind, const ConfigSchema &entry) const
{
    QJsonObject schema = entry.toJsonSchema();
    QJsonArray byType = schema.value(QStringLiteral("allOf")).toArray();
    for (const ConfigType &type : kind.types) {
        QJsonObject then{{QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("$ref"), QString(QStringLiteral("#/$defs/") + defName(kind, type.name))}}}}}};
        // A type whose config has required settings needs the object; others may leave it out.
        if (!type.config.validate(QJsonObject()).isEmpty())
            then.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("config")});
        byType.append(QJsonObject{
            {QStringLiteral("if"), QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("type"), QJsonObject{{QStringLiteral("const"), type.name}}}}},
                                               {QStringLiteral("required"), QJsonArray{QStringLiteral("type")}}}},
            {QStringLiteral("then"), then}});
    }
    schema.insert(QStringLiteral("allOf"), byType);
    return schema;
}

QJsonObject ConfigDocumentSchema::toJsonSchema() const
{
    QJsonObject schema = m_document.toJsonSchema();
    QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    QJsonObject defs;
    for (const auto &[kind, entry] : {std::pair{&m_sources, &m_sourceEntry}, std::pair{&m_connections, &m_connectionEntry}}) {
        QJsonObject list = properties.value(kind->listKey).toObject();
        list.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("$ref"), QString(QStringLiteral("#/$defs/") + kind->noun)}});
        properties.insert(kind->listKey, list);
        defs.insert(kind->noun, entryJsonSchema(*kind, *entry));
        for (const ConfigType &type : kind->types) {
            QJsonObject config = type.config.toJsonSchema();
            config.insert(QStringLiteral("title"), QStringLiteral("%1 %2 config").arg(type.name, kind->noun));
            config.insert(QStringLiteral("description"), type.description);
            defs.insert(defName(*kind, type.name), config);
        }
    }
    schema.insert(QStringLiteral("properties"), properties);
    schema.insert(QStringLiteral("$schema"), kSchemaDialect);
    schema.insert(QStringLiteral("title"), QStringLiteral("OrderFlow configuration"));
    schema.insert(QStringLiteral("description"),
                  QStringLiteral("What `orderflow config apply FILE` accepts. Secrets are never written here: fields marked "
                                 "x-orderflow-secret name where a secret is (an environment variable, a key file)."));
    schema.insert(QStringLiteral("$defs"), defs);
    return schema;
}

Result<QJsonObject> ConfigDocumentSchema::typeJsonSchema(const QString &name) const
{
    QString wanted = name;
    QString kindName;
    if (const qsizetype colon = name.indexOf(QLatin1Char(':')); colon > 0) {
        kindName = name.left(colon);
        wanted = name.mid(colon + 1);
    }
    QList<std::pair<const ConfigEntryKind *, const ConfigType *>> found;
    for (const ConfigEntryKind *kind : {&m_sources, &m_connections}) {
        if (!kindName.isEmpty() && kindName != kind->noun)
            continue;
        if (const ConfigType *type = kind->type(wanted))
            found.append({kind, type});
    }
    if (found.size() > 1)
        return Error(QStringLiteral("usage"), QStringLiteral("'%1' is both a source type and a connection type; say source:%1 or connection:%1.").arg(wanted));
    if (found.isEmpty())
        return Error(QStringLiteral("not_found"), QStringLiteral("No source or connection type '%1'. Source types: %2; connection types: %3.")
                                                      .arg(name, m_sources.typeNames().join(QStringLiteral(", ")), m_connections.typeNames().join(QStringLiteral(", "))));
    const auto [kind, type] = found.first();
    QJsonObject schema = type->config.toJsonSchema();
    schema.insert(QStringLiteral("$schema"), kSchemaDialect);
    schema.insert(QStringLiteral("title"), QStringLiteral("%1 %2 config").arg(type->name, kind->noun));
    schema.insert(QStringLiteral("description"), type->description);
    return schema;
}

QString describeProblems(const QList<ConfigProblem> &problems)
{
    if (problems.size() == 1)
        return problems.first().toString();
    QStringList lines;
    for (const ConfigProblem &p : problems)
        lines << QStringLiteral("  - ") + p.toString();
    return msg::ConfigProblemCount(problems.size()) + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace orderflow
