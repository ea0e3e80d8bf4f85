#include "wizards/ConfigSaver.h"

#include "pipeline/Configuration.h"
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
