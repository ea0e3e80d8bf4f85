// Removing the credential-store secrets a source or connection referred to, once it is removed itself: which
// references a config holds, and deleting them from the store with a report of what was deleted and what was left.
#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <functional>

namespace orderflow {

// Every credential-store reference ({"secret": REF}) in a config, at any depth, sorted, without duplicates.
QStringList secretReferences(const QJsonObject &config);

struct SecretsRemoved {
    QString store;                          // the store's describe(); empty when none could be opened
    QStringList deleted;
    QStringList absent;                     // not in the store (nothing to delete)
    QList<QPair<QString, QString>> left;    // reference, why it could not be deleted

    bool complete() const { return left.isEmpty(); }
};

// Deletes each reference from the store openCredentialStore() chooses; `done` runs once on `context`'s thread.
// When the store cannot be opened every reference is left, with the store's error as the reason.
void removeSecrets(const QStringList &references, QObject *context, std::function<void(SecretsRemoved)> done);

} // namespace orderflow
