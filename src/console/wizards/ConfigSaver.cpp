#include "wizards/ConfigSaver.h"

#include "pipeline/Configuration.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace orderflow::console {

namespace {

// Runs `work` on a new thread with its own connection to the database, then `done` with its result on `context`'s thread.
template <typename R>
void onConfigThread(const QString &databasePath, QObject *context, std::function<R(Database &)> work, std::function<void(const R &)> done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([databasePath, guard, work = std::move(work), done = std::move(done)] {
        R result = [&]() -> R {
            auto db = Database::open(databasePath, QStringLiteral("console-config"));
            if (!db)
                return R(db.error());
            return work(**db);
        }();
        if (guard)
            QMetaObject::invokeMethod(guard, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

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
