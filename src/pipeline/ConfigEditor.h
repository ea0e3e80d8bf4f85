// One source or connection at a time (`orderflow sources|connections add|edit|disable|enable|remove`, next the
// console's forms): checked by the same schemas and engine checks as `config apply`, stored and audited in one
// transaction. A running engine picks the change up as it does any other (its source watcher and each push round
// read the configuration again).
#pragma once

#include "domain/Result.h"
#include "storage/ConfigRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace orderflow {

enum class ConfigEntity { Source, Connection };

// "source" / "connection"; also the audit trail's entity name.
QString entityNoun(ConfigEntity kind);

struct StoredEntity {
    qint64 id = 0;
    qint64 orgId = 0;
    bool enabled = true;    // a source's "enabled", a connection's status ACTIVE
    QJsonObject entry;      // as in a configuration document ("org", "name", "type", "config", …)

    // "source 'partner' (org 'acme')", for messages.
    QString describe(ConfigEntity kind) const;
};

// The credential-store references a removal or an edit let go of (same rule for both).
struct ReleasedSecrets {
    QStringList secretReferences;   // its credential-store entries, to delete now (none still used elsewhere)
    QStringList sharedReferences;   // its references that another source or connection still uses: kept
};

struct RemovedEntity : ReleasedSecrets {
    StoredEntity entity;
    Removal removal = Removal::Deleted;
};

// An edit, and the references the entry had before and no longer has (a secret field pointed elsewhere or unset).
struct EditedEntity : ReleasedSecrets {
    StoredEntity entity;
};

// A whole configuration document applied, and the references the entries it changed had before and no longer have.
struct AppliedDocument : ReleasedSecrets {
    ApplySummary summary;
};

class ConfigEditor {
public:
    // `actor`: who makes the changes, for the audit trail (the operator's name).
    ConfigEditor(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    Result<QList<StoredEntity>> list(ConfigEntity kind, const QString &orgSlug = {});
    // By id ("7"), by "ORG/NAME", or by name alone when only one organisation has it. Fails with code
    // "not_found" (or "ambiguous") saying how to find the right one.
    Result<StoredEntity> find(ConfigEntity kind, const QString &key);

    // A new one; refused (code "exists") when its organisation already has one by that name.
    Result<StoredEntity> add(ConfigEntity kind, const QJsonObject &entry);
    // `entry` replaces the stored one whole (org and name stay: they are how configuration files refer to it).
    // The secrets it no longer refers to are not touched here: the caller removes `secretReferences` from the
    // credential store (those no other source or connection uses), as after remove().
    Result<EditedEntity> update(ConfigEntity kind, qint64 id, const QJsonObject &entry);
    Result<StoredEntity> setEnabled(ConfigEntity kind, qint64 id, bool enabled);
    // A whole configuration document (`orderflow config apply`), checked and stored as applyConfigDocument does, in one
    // transaction. The secrets its entries no longer refer to are sorted as after update(), and not touched here.
    Result<AppliedDocument> apply(const QJsonObject &document);
    // Refused (code "in_flight") while orders of it are not in a final state, naming how many in which states;
    // a connection is also refused while sources name it. Deletes the row or retires it (ConfigRepository).
    // The secrets are not touched here: the caller removes `secretReferences` from the credential store.
    Result<RemovedEntity> remove(ConfigEntity kind, qint64 id);
    // Closes a connection's circuit breaker now (state closed, failure count 0), so pushes to it resume at once;
    // audited ("reset_circuit", from the state it had). Returns the connection as it was before.
    Result<ConnectionRecord> resetCircuit(qint64 connectionId);

private:
    Result<StoredEntity> byId(ConfigEntity kind, qint64 id);
    // `released` (with `before`): the references `before` had that the stored entry no longer has, sorted.
    Result<StoredEntity> store(ConfigEntity kind, const QJsonObject &entry, const QString &action, const StoredEntity *before,
                               ReleasedSecrets *released = nullptr);
    Status refuseRemoval(ConfigRepository &repo, ConfigEntity kind, const StoredEntity &entity);
    // Sorts `references` of the entity (kind, id) into those no other source or connection uses and those still used.
    Status sortReferences(ConfigEntity kind, qint64 id, const QStringList &references, ReleasedSecrets *out);
    // Every stored source's and connection's secret references, by entity ("source:7", "connection:3").
    Result<QHash<QString, QStringList>> referencesByEntity();

    Database &m_db;
    QString m_actor;
};

} // namespace orderflow
