#include "wizards/ConfigSaver.h"

#include "pipeline/Configuration.h"
#include "sources/SourceRegistry.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

namespace orderflow::console {

void saveConfigDocument(const QString &databasePath, const QJsonObject &document, QObject *context, std::function<void(const Status &)> done)
{
    onConfigThread<Status>(databasePath, context, [document](Database &db) -> Status {
        auto applied = applyConfigDocument(db, document);
        if (!applied)
            return applied.error();
        return {};
    }, std::move(done));
}

void saveConfigEdit(const QString &databasePath, ConfigEntity kind, const QJsonObject &entry, QObject *context,
                    std::function<void(const Result<EditedEntity> &)> done)
{
    onConfigThread<Result<EditedEntity>>(databasePath, context, [kind, entry](Database &db) -> Result<EditedEntity> {
        ConfigEditor editor(db, operatorName());
        auto found = editor.find(kind, entry.value(QStringLiteral("org")).toString() + QLatin1Char('/') + entry.value(QStringLiteral("name")).toString());
        if (!found)
            return found.error();
        QJsonObject merged = found->entry;
        if (kind == ConfigEntity::Source) {
            for (const QString &field : SourceRegistry::commonFields().fieldNames())
                merged.remove(field);   // the wizard edits every common field: one it leaves out is unset
        }
        for (auto it = entry.begin(); it != entry.end(); ++it)
            merged.insert(it.key(), it.value());
        return editor.update(kind, found->id, merged);
    }, std::move(done));
}

void loadOrganisationSlugs(const QString &databasePath, QObject *context, std::function<void(const Result<QStringList> &)> done)
{
    onConfigThread<Result<QStringList>>(databasePath, context, [](Database &db) -> Result<QStringList> {
        auto orgs = ConfigRepository(db).orgs();
        if (!orgs)
            return orgs.error();
        QStringList slugs;
        for (const OrgRecord &o : *orgs)
            slugs << o.slug;
        return slugs;
    }, std::move(done));
}

} // namespace orderflow::console
