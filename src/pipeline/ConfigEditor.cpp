#include "pipeline/ConfigEditor.h"

#include "domain/messages/ConfigMessages.h"
#include "pipeline/Configuration.h"
#include "secrets/SecretRemoval.h"
#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace orderflow {
namespace {

QString listKey(ConfigEntity kind)
{
    return kind == ConfigEntity::Source ? QStringLiteral("sources") : QStringLiteral("connections");
}

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString orgOf(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("org")).toString();
}

QString nameOf(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("name")).toString();
}

QStringList configSecretReferences(const QJsonObject &entry)
{
    return secretReferences(entry.value(QStringLiteral("config")).toObject());
}

QString entityKey(ConfigEntity kind, qint64 id)
{
    return entityNoun(kind) + QLatin1Char(':') + QString::number(id);
}

// A reference one of `users` (references by entity) still refers to stays in the store; the others are let go of.
void sortByUse(const QStringList &references, const QHash<QString, QStringList> &users, ReleasedSecrets *out)
{
    QSet<QString> stillUsed;
    for (const QStringList &refs : users) {
        for (const QString &ref : refs)
            stillUsed.insert(ref);
    }
    for (const QString &ref : references)
        (stillUsed.contains(ref) ? out->sharedReferences : out->secretReferences) << ref;
}

QString describeOpen(const OpenOrders &open, int *total)
{
    QStringList parts;
    *total = 0;
    for (auto it = open.begin(); it != open.end(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        *total += it.value();
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString entityNoun(ConfigEntity kind)
{
    return kind == ConfigEntity::Source ? QStringLiteral("source") : QStringLiteral("connection");
}

QString StoredEntity::describe(ConfigEntity kind) const
{
    return kind == ConfigEntity::Source ? msg::SourceOfOrg(nameOf(entry), orgOf(entry)) : msg::ConnectionOfOrgShort(nameOf(entry), orgOf(entry));
}

Result<QList<StoredEntity>> ConfigEditor::list(ConfigEntity kind, const QString &orgSlug)
{
    ConfigRepository repo(m_db);
    QList<StoredEntity> out;
    if (kind == ConfigEntity::Source) {
        auto sources = repo.sources();
        if (!sources)
            return sources.error();
        for (const SourceRecord &s : std::as_const(*sources)) {
            if (!orgSlug.isEmpty() && s.orgSlug != orgSlug)
                continue;
            auto entry = repo.sourceEntry(s);
            if (!entry)
                return entry.error();
            out.append(StoredEntity{s.id, s.orgId, s.enabled, *entry});
        }
        return out;
    }
    auto connections = repo.connections();
    if (!connections)
        return connections.error();
    for (const ConnectionRecord &c : std::as_const(*connections)) {
        if (orgSlug.isEmpty() || c.orgSlug == orgSlug)
            out.append(StoredEntity{c.id, c.orgId, c.status == QLatin1String("ACTIVE"), ConfigRepository::connectionEntry(c)});
    }
    return out;
}

Result<StoredEntity> ConfigEditor::byId(ConfigEntity kind, qint64 id)
{
    ConfigRepository repo(m_db);
    QString removedAt;
    StoredEntity e;
    if (kind == ConfigEntity::Source) {
        auto s = repo.source(id);
        if (!s)
            return s.error();
        auto entry = repo.sourceEntry(*s);
        if (!entry)
            return entry.error();
        removedAt = s->removedAt;
        e = StoredEntity{s->id, s->orgId, s->enabled, *entry};
    } else {
        auto c = repo.connection(id);
        if (!c)
            return c.error();
        removedAt = c->removedAt;
        e = StoredEntity{c->id, c->orgId, c->status == QLatin1String("ACTIVE"), ConfigRepository::connectionEntry(*c)};
    }
    if (!removedAt.isEmpty())
        return Error(QStringLiteral("not_found"), (kind == ConfigEntity::Source ? msg::SourceRemovedAt : msg::ConnectionRemovedAt)(id, removedAt));
    return e;
}

Result<StoredEntity> ConfigEditor::find(ConfigEntity kind, const QString &key)
{
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (isId)
        return byId(kind, id);
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const QString org = slash > 0 ? key.left(slash) : QString();
    const QString name = slash > 0 ? key.mid(slash + 1) : key;
    auto all = list(kind, org);
    if (!all)
        return all.error();
    QList<StoredEntity> found;
    for (const StoredEntity &e : std::as_const(*all)) {
        if (nameOf(e.entry) == name)
            found.append(e);
    }
    const QString command = QStringLiteral("orderflow %1s list").arg(entityNoun(kind));
    if (found.isEmpty())
        return Error(QStringLiteral("not_found"), QStringLiteral("No %1 '%2'%3. `%4` shows them with their ids.")
                                                      .arg(entityNoun(kind), name, org.isEmpty() ? QString() : QStringLiteral(" in organisation '%1'").arg(org), command));
    if (found.size() > 1)
        return Error(QStringLiteral("ambiguous"), QStringLiteral("%1 organisations have a %2 named '%3'; say which: ORG/%3 or its id (`%4`).")
                                                      .arg(found.size()).arg(entityNoun(kind), name, command));
    return found.first();
}

Result<StoredEntity> ConfigEditor::add(ConfigEntity kind, const QJsonObject &entry)
{
    if (!nameOf(entry).isEmpty() && !orgOf(entry).isEmpty()) {
        if (auto existing = find(kind, orgOf(entry) + QLatin1Char('/') + nameOf(entry)); existing)
            return Error(QStringLiteral("exists"), (kind == ConfigEntity::Source ? msg::SourceExists : msg::ConnectionExists)(orgOf(entry), nameOf(entry), existing->id));
    }
    return store(kind, entry, QStringLiteral("add"), nullptr);
}

Result<EditedEntity> ConfigEditor::update(ConfigEntity kind, qint64 id, const QJsonObject &entry)
{
    auto before = byId(kind, id);
    if (!before)
        return before.error();
    if (orgOf(entry) != orgOf(before->entry) || nameOf(entry) != nameOf(before->entry))
        return Error(QStringLiteral("usage"), (kind == ConfigEntity::Source ? msg::SourceKeepsName : msg::ConnectionKeepsName)(before->describe(kind)));
    EditedEntity out;
    auto stored = store(kind, entry, QStringLiteral("edit"), &*before, &out);
    if (!stored)
        return stored.error();
    out.entity = *stored;
    return out;
}

Result<StoredEntity> ConfigEditor::setEnabled(ConfigEntity kind, qint64 id, bool enabled)
{
    auto before = byId(kind, id);
    if (!before)
        return before.error();
    QJsonObject entry = before->entry;
    if (kind == ConfigEntity::Source)
        entry.insert(QStringLiteral("enabled"), enabled);
    else
        entry.insert(QStringLiteral("status"), enabled ? QStringLiteral("ACTIVE") : QStringLiteral("DISABLED"));
    return store(kind, entry, enabled ? QStringLiteral("enable") : QStringLiteral("disable"), &*before);
}

Result<StoredEntity> ConfigEditor::store(ConfigEntity kind, const QJsonObject &entry, const QString &action, const StoredEntity *before,
                                         ReleasedSecrets *released)
{
    // The same checks as `config apply`, on a document of this one entry.
    const QJsonObject document{{listKey(kind), QJsonArray{entry}}};
    if (const QList<ConfigProblem> problems = checkConfigDocument(document); !problems.isEmpty())
        return Error(QStringLiteral("config"), msg::NothingChanged(describeProblems(problems)));
    StoredEntity after;
    Status st = m_db.transaction([&]() -> Status {
        if (auto applied = ConfigRepository(m_db).apply(document); !applied)
            return applied.error();
        auto stored = find(kind, orgOf(entry) + QLatin1Char('/') + nameOf(entry));
        if (!stored)
            return stored.error();
        after = *stored;
        if (released && before) {
            QStringList dropped = configSecretReferences(before->entry);
            for (const QString &ref : configSecretReferences(after.entry))
                dropped.removeAll(ref);
            if (Status sorted = sortReferences(kind, after.id, dropped, released); !sorted)
                return sorted;
        }
        QJsonObject detail{{QStringLiteral("after"), after.entry}};
        if (before)
            detail.insert(QStringLiteral("before"), before->entry);
        const auto state = [](const StoredEntity &e) { return e.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"); };
        return AuditLog(m_db).record(AuditEntry{after.orgId, m_actor, action, entityNoun(kind), QString::number(after.id),
                                                before ? state(*before) : QString(), state(after), text(detail)});
    });
    if (!st)
        return st.error();
    return after;
}

Status ConfigEditor::refuseRemoval(ConfigRepository &repo, ConfigEntity kind, const StoredEntity &entity)
{
    const bool isSource = kind == ConfigEntity::Source;
    Result<OpenOrders> open = OpenOrders();
    if (isSource) {
        open = repo.openOrdersOfSource(entity.id);
    } else {
        auto connection = repo.connection(entity.id);
        if (!connection)
            return connection.error();
        auto users = repo.sourcesUsingConnection(entity.id);
        if (!users)
            return users.error();
        if (!users->isEmpty())
            return Error(QStringLiteral("in_use"), msg::RemoveRefusedInUse(users->join(QStringLiteral(", ")), connection->orgSlug, entity.describe(kind)));
        open = repo.openOrdersOfConnection(*connection);
    }
    if (!open)
        return open.error();
    if (open->isEmpty())
        return {};
    int total = 0;
    const QString states = describeOpen(*open, &total);
    return Error(QStringLiteral("in_flight"), (isSource ? msg::RemoveRefusedSourceOpen : msg::RemoveRefusedConnectionOpen)(entity.describe(kind), total, states, entity.id));
}

Result<QHash<QString, QStringList>> ConfigEditor::referencesByEntity()
{
    QHash<QString, QStringList> out;
    for (ConfigEntity kind : {ConfigEntity::Source, ConfigEntity::Connection}) {
        auto all = list(kind);
        if (!all)
            return all.error();
        for (const StoredEntity &e : std::as_const(*all))
            out.insert(entityKey(kind, e.id), configSecretReferences(e.entry));
    }
    return out;
}

Status ConfigEditor::sortReferences(ConfigEntity kind, qint64 id, const QStringList &references, ReleasedSecrets *out)
{
    // A secret another source or connection still refers to stays in the store.
    auto others = referencesByEntity();
    if (!others)
        return others.error();
    others->remove(entityKey(kind, id));
    sortByUse(references, *others, out);
    return {};
}

Result<AppliedDocument> ConfigEditor::apply(const QJsonObject &document)
{
    AppliedDocument out;
    Status st = m_db.transaction([&]() -> Status {
        auto before = referencesByEntity();
        if (!before)
            return before.error();
        auto applied = applyConfigDocument(m_db, document);
        if (!applied)
            return applied.error();
        out.summary = *applied;
        auto after = referencesByEntity();
        if (!after)
            return after.error();
        // What each entry referred to and no longer does (a document never removes an entry), once each.
        QStringList dropped;
        for (auto it = before->cbegin(); it != before->cend(); ++it) {
            const QStringList now = after->value(it.key());
            for (const QString &ref : it.value()) {
                if (!now.contains(ref) && !dropped.contains(ref))
                    dropped << ref;
            }
        }
        dropped.sort();
        sortByUse(dropped, *after, &out);
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

Result<RemovedEntity> ConfigEditor::remove(ConfigEntity kind, qint64 id)
{
    auto entity = byId(kind, id);
    if (!entity)
        return entity.error();
    ConfigRepository repo(m_db);
    RemovedEntity out;
    out.entity = *entity;
    // The checks and the removal in one (immediate) transaction: no order can arrive in between.
    Status st = m_db.transaction([&]() -> Status {
        if (Status refused = refuseRemoval(repo, kind, *entity); !refused)
            return refused;
        if (Status found = sortReferences(kind, id, configSecretReferences(entity->entry), &out); !found)
            return found;
        auto removed = kind == ConfigEntity::Source ? repo.removeSource(id) : repo.removeConnection(id);
        if (!removed)
            return removed.error();
        out.removal = *removed;
        const QJsonObject detail{{QStringLiteral("before"), entity->entry},
                                 {QStringLiteral("removal"), out.removal == Removal::Deleted ? QStringLiteral("deleted") : QStringLiteral("retired")}};
        return AuditLog(m_db).record(AuditEntry{entity->orgId, m_actor, QStringLiteral("remove"), entityNoun(kind), QString::number(id),
                                                entity->enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"), QStringLiteral("removed"),
                                                text(detail)});
    });
    if (!st)
        return st.error();
    return out;
}

Result<ConnectionRecord> ConfigEditor::resetCircuit(qint64 connectionId)
{
    ConfigRepository repo(m_db);
    ConnectionRecord before;
    Status st = m_db.transaction([&]() -> Status {
        auto c = repo.connection(connectionId);
        if (!c)
            return c.error();
        if (!c->removedAt.isEmpty())
            return Error(QStringLiteral("not_found"), msg::NoCircuitToReset(connectionId));
        before = *c;
        if (Status s = repo.updateCircuit(connectionId, QStringLiteral("closed"), {}, 0); !s)
            return s;
        const QJsonObject detail{{QStringLiteral("consecutive_failures"), c->consecutiveFailures},
                                 {QStringLiteral("open_until"), c->circuitOpenUntil.isValid() ? c->circuitOpenUntil.toString(Qt::ISODateWithMs) : QString()}};
        return AuditLog(m_db).record(AuditEntry{c->orgId, m_actor, QStringLiteral("reset_circuit"), entityNoun(ConfigEntity::Connection),
                                                QString::number(connectionId), c->circuitState, QStringLiteral("closed"), text(detail)});
    });
    if (!st)
        return st.error();
    return before;
}

} // namespace orderflow
