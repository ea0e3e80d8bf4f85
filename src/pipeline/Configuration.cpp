#include "pipeline/Configuration.h"

#include "connectors/ErpConnector.h"
#include "domain/messages/ConfigMessages.h"
#include "pipeline/Transformations.h"
#include "sources/SourceRegistry.h"

#include <QJsonArray>

namespace orderflow {

ConfigDocumentSchema configDocumentSchema()
{
    ConfigEntryKind sources{QStringLiteral("source"), QStringLiteral("sources"), SourceRegistry::commonFields(), {}};
    const SourceRegistry &sourceTypes = SourceRegistry::instance();
    for (const auto &[name, description] : sourceTypes.types())
        sources.types.append(ConfigType{name, description, *sourceTypes.schema(name)});
    ConfigEntryKind connections{QStringLiteral("connection"), QStringLiteral("connections"), ConnectorRegistry::commonFields(), {}};
    const ConnectorRegistry &connectorTypes = ConnectorRegistry::instance();
    for (const auto &[name, description] : connectorTypes.types())
        connections.types.append(ConfigType{name, description, *connectorTypes.schema(name)});
    return ConfigDocumentSchema(std::move(sources), std::move(connections));
}

QList<ConfigProblem> checkConfigDocument(const QJsonObject &document)
{
    QList<ConfigProblem> problems = configDocumentSchema().validate(document);
    if (!problems.isEmpty())
        return problems;   // the transform check below assumes the shape the schema guarantees
    const QJsonArray sources = document.value(QStringLiteral("sources")).toArray();
    for (const QJsonValue &v : sources) {
        const QJsonObject source = v.toObject();
        const QJsonArray transforms = source.value(QStringLiteral("config")).toObject().value(QStringLiteral("transforms")).toArray();
        if (Status s = validateTransforms(transforms); !s) {
            problems.append(ConfigProblem{msg::SourceOfOrg(source.value(QStringLiteral("name")).toString(), source.value(QStringLiteral("org")).toString()),
                                          QString(), QStringLiteral("config.") + s.error().message});
        }
    }
    return problems;
}

Result<ApplySummary> applyConfigDocument(Database &db, const QJsonObject &document)
{
    if (const QList<ConfigProblem> problems = checkConfigDocument(document); !problems.isEmpty())
        return Error(QStringLiteral("config"), QStringLiteral("Nothing was applied; %1").arg(describeProblems(problems)));
    return ConfigRepository(db).apply(document);
}

Result<QJsonObject> exportConfigDocument(Database &db, ExportDefaults defaults)
{
    auto stored = ConfigRepository(db).exportConfig();
    if (!stored)
        return stored.error();
    const ConfigDocumentSchema schema = configDocumentSchema();
    return defaults == ExportDefaults::Explicit ? schema.withDefaults(*stored) : schema.withoutDefaults(*stored);
}

} // namespace orderflow
