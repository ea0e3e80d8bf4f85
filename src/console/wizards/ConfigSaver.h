// Reads and stores configuration for the console's wizards on a thread of its own with its own database
// connection, so the GUI thread never waits on SQLite.
//
// saveConfigDocument stores a configuration document (applyConfigDocument: schema-checked, then created or updated by organisation
// and name) on a thread of its own with its own database connection, so the GUI thread never waits on SQLite.
#pragma once

#include "domain/Result.h"
#include "pipeline/ConfigEditor.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QStringList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace orderflow::console {

// Runs `work` on a new thread with its own connection to the database, then `done` with its result on `context`'s
// thread (not at all when `context` is gone by then). R is a Result<T> or a Status.
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

// `done` runs on `context`'s thread, and not at all when `context` is gone by then.
void saveConfigDocument(const QString &databasePath, const QJsonObject &document, QObject *context, std::function<void(const Status &)> done);
// An edit of the stored source or connection `entry` names (by organisation and name) through ConfigEditor, audited
// with the operator's name: the stored entry's fields the wizard does not edit (a connection's retry and status
// settings) stay. `done` gets what the edit let go of (ConfigEditor::update) on `context`'s thread.
void saveConfigEdit(const QString &databasePath, ConfigEntity kind, const QJsonObject &entry, QObject *context,
                    std::function<void(const Result<EditedEntity> &)> done);
// The organisations' slugs, for the wizards' organisation choice.
void loadOrganisationSlugs(const QString &databasePath, QObject *context, std::function<void(const Result<QStringList> &)> done);

} // namespace orderflow::console
