#include "storage/ConfigRepository.h"

#include "config/ConfigSchema.h"
#include "domain/OrderState.h"
#include "domain/messages/ConfigMessages.h"
#include "formats/FormatRegistry.h"
#include "storage/SqlTime.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace orderflow {
namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kSourceColumns = QStringLiteral(
    "s.id, s.org_id, o.slug, s.name, s.type, s.format, s.config, s.enabled, s.auto_approve, COALESCE(s.connection_id, 0), s.removed_at");
const QString kConnectionColumns = QStringLiteral(
    "c.id, c.org_id, o.slug, c.name, c.type, c.config, c.status, c.max_retries, c.retry_base_ms, c.retry_max_ms, "
    "c.concurrency, c.breaker_threshold, c.breaker_cooldown_ms, c.ack_overdue_ms, c.circuit_state, c.circuit_open_until, "
    "c.consecutive_failures, c.removed_at");

SourceRecord sourceFrom(const QSqlQuery &q)
{
    SourceRecord s;
    s.id = q.value(0).toLongLong();
    s.orgId = q.value(1).toLongLong();
    s.orgSlug = q.value(2).toString();
    s.name = q.value(3).toString();
    s.type = q.value(4).toString();
    s.format = q.value(5).toString();
    s.config = parseObject(q.value(6).toString());
    s.enabled = q.value(7).toBool();
    s.autoApprove = q.value(8).toBool();
    s.connectionId = q.value(9).toLongLong();
    s.removedAt = q.value(10).toString();
    return s;
}

ConnectionRecord connectionFrom(const QSqlQuery &q)
{
    ConnectionRecord c;
    c.id = q.value(0).toLongLong();
    c.orgId = q.value(1).toLongLong();
    c.orgSlug = q.value(2).toString();
    c.name = q.value(3).toString();
    c.type = q.value(4).toString();
    c.config = parseObject(q.value(5).toString());
    c.status = q.value(6).toString();
    c.maxRetries = q.value(7).toInt();
    c.retryBaseMs = q.value(8).toLongLong();
    c.retryMaxMs = q.value(9).toLongLong();
    c.concurrency = q.value(10).toInt();
    c.breakerThreshold = q.value(11).toInt();
    c.breakerCooldownMs = q.value(12).toLongLong();
    c.ackOverdueMs = q.value(13).toLongLong();
    c.circuitState = q.value(14).toString();
    c.circuitOpenUntil = timeFromText(q.value(15).toString());
    c.consecutiveFailures = q.value(16).toInt();
    c.removedAt = q.value(17).toString();
    return c;
}

Error configError(const QString &message)
{
    return Error(QStringLiteral("config"), message);
}

// A last guard for callers that store a document without checking it against the schemas first: the schemas
// (applyConfigDocument) refuse inline secrets with a message naming the setting to use instead.
Status findSecrets(const QJsonObject &o, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject()) {
            // {"secret": "connection/7/password"} names an entry of the credential store: a reference, not a secret.
            const QJsonObject inner = it.value().toObject();
            if (inner.size() == 1 && inner.value(QStringLiteral("secret")).isString())
                continue;
            if (Status s = findSecrets(inner, where + QLatin1Char('.') + it.key()); !s)
                return s;
        } else if (looksLikeSecretKey(it.key()) && it.value().isString() && !it.value().toString().isEmpty()) {
            return configError(msg::SecretInline(where, it.key()));
        }
    }
    return {};
}

// One folder a dropzone connection works in, on one store (this machine, or one SFTP server).
struct SharedFolder {
    QString store;   // "this machine" or "sftp://host:port"
    QString path;
    QString role;    // "dropzone" or "ack folder"
};

QList<SharedFolder> foldersOf(const ConnectionRecord &c)
{
    if (c.type != QLatin1String("DROPZONE_JSON_V1"))
        return {};
    const bool sftp = c.config.value(QStringLiteral("mode")).toString() == QLatin1String("sftp");
    const QString store = sftp ? QStringLiteral("sftp://%1:%2").arg(c.config.value(QStringLiteral("host")).toString().toLower())
                                     .arg(c.config.value(QStringLiteral("port")).toInt(22))
                               : QStringLiteral("this machine");
    auto normal = [&](const QString &path) {
        if (sftp)
            return QDir::cleanPath(path);
        const QString canonical = QFileInfo(path).canonicalFilePath();   // symlinks resolved where the folder exists
        return canonical.isEmpty() ? QDir::cleanPath(QDir::current().absoluteFilePath(path)) : canonical;
    };
    const QString path = c.config.value(QStringLiteral("path")).toString();
    if (path.isEmpty())
        return {};
    return {{store, normal(path), QStringLiteral("dropzone")}, {store, normal(dropzoneAckPath(c.config)), QStringLiteral("ack folder")}};
}

QJsonObject sourceEntryOf(const SourceRecord &s, const QString &connectionName)
{
    QJsonObject o{{QStringLiteral("org"), s.orgSlug}, {QStringLiteral("name"), s.name}, {QStringLiteral("type"), s.type},
                  {QStringLiteral("format"), s.format}, {QStringLiteral("config"), s.config},
                  {QStringLiteral("enabled"), s.enabled}, {QStringLiteral("auto_approve"), s.autoApprove}};
    if (s.connectionId)
        o.insert(QStringLiteral("connection"), connectionName);
    return o;
}

// The names of the states in which nothing will happen to an order any more, for `state NOT IN (…)`.
QString finalStatesSql()
{
    QStringList names;
    for (OrderState st : kAllOrderStates) {
        if (isFinalState(st))
            names << QLatin1Char('\'') + stateName(st) + QLatin1Char('\'');
    }
    return names.join(QLatin1Char(','));
}

Result<OpenOrders> openOrdersFrom(QSqlQuery &q)
{
    if (Status s = execQuery(q, QStringLiteral("counting open orders")); !s)
        return s.error();
    OpenOrders out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

// a is b or lies inside it.
bool within(const QString &a, const QString &b)
{
    return a == b || a.startsWith(b.endsWith(QLatin1Char('/')) ? b : b + QLatin1Char('/'));
}

} // namespace

QString dropzoneAckPath(const QJsonObject &config)
{
    const QString ack = config.value(QStringLiteral("ack_path")).toString();
    if (!ack.isEmpty())
        return ack;
    QString path = config.value(QStringLiteral("path")).toString();
    while (path.endsWith(QLatin1Char('/')) && path.size() > 1)
        path.chop(1);
    return path + (path.endsWith(QLatin1Char('/')) ? QStringLiteral("ack") : QStringLiteral("/ack"));
}

Result<QList<OrgRecord>> ConfigRepository::orgs()
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT id, slug, name FROM org ORDER BY slug"));
    if (Status s = execQuery(q, QStringLiteral("listing organisations")); !s)
        return s.error();
    QList<OrgRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<OrgRecord> ConfigRepository::orgBySlug(const QString &slug)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT id, slug, name FROM org WHERE slug = ?"));
    q.addBindValue(slug);
    if (Status s = execQuery(q, QStringLiteral("reading organisation")); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No organisation '%1'. Add it with `orderflow config apply FILE`.").arg(slug));
    return OrgRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

Result<QList<SourceRecord>> ConfigRepository::sources(bool enabledOnly)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM source s JOIN org o ON o.id = s.org_id WHERE s.removed_at IS NULL %2 ORDER BY o.slug, s.name")
                                 .arg(kSourceColumns, enabledOnly ? QStringLiteral("AND s.enabled = 1") : QString()));
    if (Status s = execQuery(q, QStringLiteral("listing sources")); !s)
        return s.error();
    QList<SourceRecord> out;
    while (q.next())
        out.append(sourceFrom(q));
    return out;
}

Result<SourceRecord> ConfigRepository::source(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM source s JOIN org o ON o.id = s.org_id WHERE s.id = ?").arg(kSourceColumns));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading source")); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No source with id %1.").arg(id));
    return sourceFrom(q);
}

Result<SourceRecord> ConfigRepository::sourceByName(const QString &orgSlug, const QString &name)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM source s JOIN org o ON o.id = s.org_id WHERE s.name = ? AND (? = '' OR o.slug = ?) AND s.removed_at IS NULL")
                                 .arg(kSourceColumns));
    q.addBindValue(name);
    q.addBindValue(nonNull(orgSlug));
    q.addBindValue(nonNull(orgSlug));
    if (Status s = execQuery(q, QStringLiteral("reading source")); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No source named '%1'. `orderflow config export` lists the configured sources.").arg(name));
    SourceRecord rec = sourceFrom(q);
    if (q.next())
        return Error(QStringLiteral("ambiguous"), QStringLiteral("Several organisations have a source named '%1'; give --org.").arg(name));
    return rec;
}

Result<QList<ConnectionRecord>> ConfigRepository::connections(bool activeOnly)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_connection c JOIN org o ON o.id = c.org_id WHERE c.removed_at IS NULL %2 ORDER BY o.slug, c.name")
                                 .arg(kConnectionColumns, activeOnly ? QStringLiteral("AND c.status = 'ACTIVE'") : QString()));
    if (Status s = execQuery(q, QStringLiteral("listing connections")); !s)
        return s.error();
    QList<ConnectionRecord> out;
    while (q.next())
        out.append(connectionFrom(q));
    return out;
}

Result<ConnectionRecord> ConfigRepository::connection(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_connection c JOIN org o ON o.id = c.org_id WHERE c.id = ?").arg(kConnectionColumns));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading connection")); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("No ERP connection with id %1.").arg(id));
    return connectionFrom(q);
}

Result<ConnectionRecord> ConfigRepository::connectionForSource(const SourceRecord &source)
{
    if (source.connectionId != 0)
        return connection(source.connectionId);
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT %1 FROM erp_connection c JOIN org o ON o.id = c.org_id WHERE c.org_id = ? AND c.status = 'ACTIVE' AND c.removed_at IS NULL ORDER BY c.id")
                                 .arg(kConnectionColumns));
    q.addBindValue(source.orgId);
    if (Status s = execQuery(q, QStringLiteral("finding the ERP connection")); !s)
        return s.error();
    QList<ConnectionRecord> found;
    while (q.next())
        found.append(connectionFrom(q));
    if (found.isEmpty())
        return Error(QStringLiteral("no_connection"),
                     msg::NoActiveConnection(source.orgSlug));
    if (found.size() > 1)
        return Error(QStringLiteral("no_connection"),
                     msg::SeveralActiveConnections(source.orgSlug, found.size(), source.name));
    return found.first();
}

Result<QSet<QString>> ConfigRepository::knownSkus(qint64 orgId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT sku FROM product WHERE org_id = ?"));
    q.addBindValue(orgId);
    if (Status s = execQuery(q, QStringLiteral("reading the product catalog")); !s)
        return s.error();
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Status ConfigRepository::updateCircuit(qint64 connectionId, const QString &state, const QDateTime &openUntil, int consecutiveFailures)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE erp_connection SET circuit_state = ?, circuit_open_until = ?, consecutive_failures = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(timeOrNull(openUntil));
    q.addBindValue(consecutiveFailures);
    q.addBindValue(nowText());
    q.addBindValue(connectionId);
    return execQuery(q, QStringLiteral("updating the circuit breaker"));
}

Result<SourceRecord> ConfigRepository::ensureCliSource(const QString &orgSlug)
{
    auto org = orgBySlug(orgSlug);
    if (!org)
        return org.error();
    if (auto existing = sourceByName(orgSlug, QStringLiteral("cli")); existing)
        return existing;
    QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO source (org_id, name, type, format, config, enabled, auto_approve, created_at, updated_at) "
                                            "VALUES (?, 'cli', 'cli', 'auto', '{}', 0, 0, ?, ?)"));
    q.addBindValue(org->id);
    q.addBindValue(nowText());
    q.addBindValue(nowText());
    if (Status s = execQuery(q, QStringLiteral("creating the cli source")); !s)
        return s.error();
    return sourceByName(orgSlug, QStringLiteral("cli"));
}

Result<ApplySummary> ConfigRepository::apply(const QJsonObject &doc)
{
    for (const QString &key : doc.keys()) {
        if (key != QLatin1String("orgs") && key != QLatin1String("sources") && key != QLatin1String("connections") && key != QLatin1String("products")
            && key != QLatin1String("$schema"))
            return configError(QStringLiteral("Unknown top-level key '%1' (expected orgs, connections, sources, products).").arg(key));
    }
    ApplySummary summary;
    const QString now = nowText();
    Status st = m_db.transaction([&]() -> Status {
        const QJsonArray orgs = doc.value(QStringLiteral("orgs")).toArray();
        for (qsizetype i = 0; i < orgs.size(); ++i) {
            const QJsonObject o = orgs.at(i).toObject();
            const QString slug = o.value(QStringLiteral("slug")).toString();
            if (slug.isEmpty())
                return configError(QStringLiteral("orgs[%1]: 'slug' is required.").arg(i));
            QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO org (slug, name, created_at) VALUES (?, ?, ?) "
                                                    "ON CONFLICT(slug) DO UPDATE SET name = excluded.name"));
            q.addBindValue(slug);
            q.addBindValue(o.value(QStringLiteral("name")).toString(slug));
            q.addBindValue(now);
            if (Status s = execQuery(q, QStringLiteral("saving organisation '%1'").arg(slug)); !s)
                return s;
            ++summary.orgs;
        }
        auto orgId = [&](const QJsonObject &o, const QString &where) -> Result<qint64> {
            const QString slug = o.value(QStringLiteral("org")).toString();
            if (slug.isEmpty())
                return configError(msg::OrgRequired(where));
            auto org = orgBySlug(slug);
            if (!org)
                return configError(QStringLiteral("%1: %2").arg(where, org.error().message));
            return org->id;
        };

        const QJsonArray conns = doc.value(QStringLiteral("connections")).toArray();
        QSet<QPair<qint64, QString>> applied;
        for (qsizetype i = 0; i < conns.size(); ++i) {
            const QJsonObject c = conns.at(i).toObject();
            const QString where = QStringLiteral("connections[%1]").arg(i);
            auto org = orgId(c, where);
            if (!org)
                return org.error();
            const QString name = c.value(QStringLiteral("name")).toString();
            const QString type = c.value(QStringLiteral("type")).toString();
            if (name.isEmpty() || type.isEmpty())
                return configError(msg::NameAndTypeRequired(where));
            const QJsonObject config = c.value(QStringLiteral("config")).toObject();
            if (Status s = findSecrets(config, where + QStringLiteral(".config")); !s)
                return s;
            const QString status = c.value(QStringLiteral("status")).toString(QStringLiteral("ACTIVE")).toUpper();
            if (status != QLatin1String("ACTIVE") && status != QLatin1String("DISABLED"))
                return configError(msg::StatusActiveOrDisabled(where, status));
            QSqlQuery &q = m_db.query(QStringLiteral(
                "INSERT INTO erp_connection (org_id, name, type, config, status, max_retries, retry_base_ms, retry_max_ms, concurrency, "
                "breaker_threshold, breaker_cooldown_ms, ack_overdue_ms, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(org_id, name) DO UPDATE SET type = excluded.type, config = excluded.config, status = excluded.status, "
                "max_retries = excluded.max_retries, retry_base_ms = excluded.retry_base_ms, retry_max_ms = excluded.retry_max_ms, "
                "concurrency = excluded.concurrency, breaker_threshold = excluded.breaker_threshold, "
                "breaker_cooldown_ms = excluded.breaker_cooldown_ms, ack_overdue_ms = excluded.ack_overdue_ms, updated_at = excluded.updated_at"));
            q.addBindValue(*org);
            q.addBindValue(name);
            q.addBindValue(type);
            q.addBindValue(toText(config));
            q.addBindValue(status);
            q.addBindValue(c.value(QStringLiteral("max_retries")).toInt(3));
            q.addBindValue(qint64(c.value(QStringLiteral("retry_base_ms")).toDouble(2000)));
            q.addBindValue(qint64(c.value(QStringLiteral("retry_max_ms")).toDouble(300000)));
            q.addBindValue(std::max(1, c.value(QStringLiteral("concurrency")).toInt(4)));
            q.addBindValue(std::max(1, c.value(QStringLiteral("breaker_threshold")).toInt(5)));
            q.addBindValue(qint64(c.value(QStringLiteral("breaker_cooldown_ms")).toDouble(60000)));
            q.addBindValue(qint64(c.value(QStringLiteral("ack_overdue_ms")).toDouble(3600000)));
            q.addBindValue(now);
            q.addBindValue(now);
            if (Status s = execQuery(q, QStringLiteral("saving connection '%1'").arg(name)); !s) {
                if (s.error().code == QLatin1String("db_unique"))
                    return configError(msg::OneActiveConnectionPerType(where, type));
                return s;
            }
            ++summary.connections;
            applied.insert({*org, name});
        }
        if (Status s = checkSharedFolders(applied); !s)
            return s;

        const QJsonArray sources = doc.value(QStringLiteral("sources")).toArray();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QJsonObject s = sources.at(i).toObject();
            const QString where = QStringLiteral("sources[%1]").arg(i);
            auto org = orgId(s, where);
            if (!org)
                return org.error();
            const QString name = s.value(QStringLiteral("name")).toString();
            const QString type = s.value(QStringLiteral("type")).toString();
            if (name.isEmpty() || type.isEmpty())
                return configError(msg::NameAndTypeRequired(where));
            const QString format = s.value(QStringLiteral("format")).toString(QStringLiteral("auto"));
            if (!supportedFormats().contains(format))
                return configError(msg::UnknownFormatUse(where, format, supportedFormats().join(QStringLiteral(", "))));
            const QJsonObject config = s.value(QStringLiteral("config")).toObject();
            if (Status st2 = findSecrets(config, where + QStringLiteral(".config")); !st2)
                return st2;
            QVariant connectionId(QMetaType::fromType<qint64>());
            if (const QString conn = s.value(QStringLiteral("connection")).toString(); !conn.isEmpty()) {
                QSqlQuery &cq = m_db.query(QStringLiteral("SELECT id FROM erp_connection WHERE org_id = ? AND name = ? AND removed_at IS NULL"));
                cq.addBindValue(*org);
                cq.addBindValue(conn);
                if (Status e = execQuery(cq, QStringLiteral("finding connection")); !e)
                    return e;
                if (!cq.next())
                    return configError(msg::ConnectionNotInOrg(where, conn));
                connectionId = cq.value(0);
            }
            QSqlQuery &q = m_db.query(QStringLiteral(
                "INSERT INTO source (org_id, name, type, format, config, enabled, auto_approve, connection_id, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(org_id, name) DO UPDATE SET type = excluded.type, format = excluded.format, "
                "config = excluded.config, enabled = excluded.enabled, auto_approve = excluded.auto_approve, "
                "connection_id = excluded.connection_id, updated_at = excluded.updated_at"));
            q.addBindValue(*org);
            q.addBindValue(name);
            q.addBindValue(type);
            q.addBindValue(format);
            q.addBindValue(toText(config));
            q.addBindValue(s.value(QStringLiteral("enabled")).toBool(true) ? 1 : 0);
            q.addBindValue(s.value(QStringLiteral("auto_approve")).toBool(false) ? 1 : 0);
            q.addBindValue(connectionId);
            q.addBindValue(now);
            q.addBindValue(now);
            if (Status e = execQuery(q, QStringLiteral("saving source '%1'").arg(name)); !e)
                return e;
            ++summary.sources;
        }

        const QJsonArray products = doc.value(QStringLiteral("products")).toArray();
        for (qsizetype i = 0; i < products.size(); ++i) {
            const QJsonObject p = products.at(i).toObject();
            const QString where = QStringLiteral("products[%1]").arg(i);
            auto org = orgId(p, where);
            if (!org)
                return org.error();
            const QString sku = p.value(QStringLiteral("sku")).toString();
            if (sku.isEmpty())
                return configError(msg::SkuRequired(where));
            QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO product (org_id, sku, title) VALUES (?,?,?) ON CONFLICT(org_id, sku) DO UPDATE SET title = excluded.title"));
            q.addBindValue(*org);
            q.addBindValue(sku);
            q.addBindValue(p.value(QStringLiteral("title")).toString());
            if (Status e = execQuery(q, QStringLiteral("saving product '%1'").arg(sku)); !e)
                return e;
            ++summary.products;
        }
        return {};
    });
    if (!st)
        return st.error();
    return summary;
}

Status ConfigRepository::checkSharedFolders(const QSet<QPair<qint64, QString>> &applied)
{
    // Two active connections whose folders are the same or nested take each other's files and answers. Only
    // pairs with a connection of this document are checked, so an older overlap does not block other changes.
    auto active = connections(true);
    if (!active)
        return active.error();
    for (qsizetype i = 0; i < active->size(); ++i) {
        for (qsizetype j = i + 1; j < active->size(); ++j) {
            const bool iApplied = applied.contains({active->at(i).orgId, active->at(i).name});
            if (!iApplied && !applied.contains({active->at(j).orgId, active->at(j).name}))
                continue;
            const ConnectionRecord &a = active->at(iApplied ? i : j);   // the one being applied first
            const ConnectionRecord &b = active->at(iApplied ? j : i);
            for (const SharedFolder &fa : foldersOf(a)) {
                for (const SharedFolder &fb : foldersOf(b)) {
                    if (fa.store != fb.store || (!within(fa.path, fb.path) && !within(fb.path, fa.path)))
                        continue;
                    return configError(QStringLiteral(
                        "Connection '%1' of organisation '%2' and connection '%3' of organisation '%4' share a folder on %5: the %6 %7 of "
                        "'%1' and the %8 %9 of '%3' are the same folder or one lies inside the other. Each would take the other's "
                        "files and ERP answers; give each connection its own dropzone and ack folder (or disable one of them).")
                                           .arg(a.name, a.orgSlug, b.name, b.orgSlug, fa.store, fa.role, fa.path, fb.role, fb.path));
                }
            }
        }
    }
    return {};
}

Result<QJsonObject> ConfigRepository::exportConfig()
{
    auto allOrgs = orgs();
    auto allSources = sources();
    auto allConnections = connections();
    if (!allOrgs)
        return allOrgs.error();
    if (!allSources)
        return allSources.error();
    if (!allConnections)
        return allConnections.error();
    QJsonArray orgArray, sourceArray, connectionArray, productArray;
    QHash<qint64, QString> connectionNames;
    for (const OrgRecord &o : *allOrgs)
        orgArray.append(QJsonObject{{QStringLiteral("slug"), o.slug}, {QStringLiteral("name"), o.name}});
    for (const ConnectionRecord &c : *allConnections) {
        connectionNames.insert(c.id, c.name);
        connectionArray.append(connectionEntry(c));
    }
    for (const SourceRecord &s : *allSources) {
        if (s.type != QLatin1String("cli"))
            sourceArray.append(sourceEntryOf(s, connectionNames.value(s.connectionId)));
    }
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT o.slug, p.sku, p.title FROM product p JOIN org o ON o.id = p.org_id ORDER BY o.slug, p.sku"));
    if (Status s = execQuery(q, QStringLiteral("listing products")); !s)
        return s.error();
    while (q.next()) {
        QJsonObject p{{QStringLiteral("org"), q.value(0).toString()}, {QStringLiteral("sku"), q.value(1).toString()}};
        if (!q.value(2).toString().isEmpty())
            p.insert(QStringLiteral("title"), q.value(2).toString());
        productArray.append(p);
    }
    QJsonObject out{{QStringLiteral("orgs"), orgArray}, {QStringLiteral("connections"), connectionArray}, {QStringLiteral("sources"), sourceArray}};
    if (!productArray.isEmpty())
        out.insert(QStringLiteral("products"), productArray);
    return out;
}

Result<QJsonObject> ConfigRepository::sourceEntry(const SourceRecord &source)
{
    QString connectionName;
    if (source.connectionId) {
        auto connection = this->connection(source.connectionId);
        if (!connection)
            return connection.error();
        connectionName = connection->name;
    }
    return sourceEntryOf(source, connectionName);
}

QJsonObject ConfigRepository::connectionEntry(const ConnectionRecord &c)
{
    return QJsonObject{{QStringLiteral("org"), c.orgSlug}, {QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
                       {QStringLiteral("status"), c.status}, {QStringLiteral("config"), c.config},
                       {QStringLiteral("max_retries"), c.maxRetries}, {QStringLiteral("retry_base_ms"), c.retryBaseMs},
                       {QStringLiteral("retry_max_ms"), c.retryMaxMs}, {QStringLiteral("concurrency"), c.concurrency},
                       {QStringLiteral("breaker_threshold"), c.breakerThreshold}, {QStringLiteral("breaker_cooldown_ms"), c.breakerCooldownMs},
                       {QStringLiteral("ack_overdue_ms"), c.ackOverdueMs}};
}

Result<OpenOrders> ConfigRepository::openOrdersOfSource(qint64 sourceId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT state, COUNT(*) FROM draft_order WHERE source_id = ? AND state NOT IN (%1) GROUP BY state")
                                 .arg(finalStatesSql()));
    q.addBindValue(sourceId);
    return openOrdersFrom(q);
}

Result<OpenOrders> ConfigRepository::openOrdersOfConnection(const ConnectionRecord &connection)
{
    // Pushed through it already, or not yet pushed and routed to it: by their source's choice, or as the only
    // active connection of the organisation for sources that name none.
    QSqlQuery &q = m_db.query(QStringLiteral(
        "SELECT d.state, COUNT(*) FROM draft_order d JOIN source s ON s.id = d.source_id WHERE d.state NOT IN (%1) AND "
        "(d.connection_id = ? OR (d.connection_id IS NULL AND (s.connection_id = ? OR (s.connection_id IS NULL AND s.org_id = ? AND "
        "(SELECT COUNT(*) FROM erp_connection c WHERE c.org_id = ? AND c.status = 'ACTIVE' AND c.removed_at IS NULL AND c.id <> ?) = 0)))) "
        "GROUP BY d.state").arg(finalStatesSql()));
    q.addBindValue(connection.id);
    q.addBindValue(connection.id);
    q.addBindValue(connection.orgId);
    q.addBindValue(connection.orgId);
    q.addBindValue(connection.id);
    return openOrdersFrom(q);
}

Result<QStringList> ConfigRepository::sourcesUsingConnection(qint64 connectionId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT name FROM source WHERE connection_id = ? AND removed_at IS NULL ORDER BY name"));
    q.addBindValue(connectionId);
    if (Status s = execQuery(q, QStringLiteral("finding the sources of a connection")); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<Removal> ConfigRepository::removeSource(qint64 sourceId)
{
    // Whatever the history keeps about the source; its checkpoint and status go with it (ON DELETE CASCADE).
    return removeRow(QStringLiteral("source"), sourceId,
                     {QStringLiteral("draft_order.source_id"), QStringLiteral("inbound_message.source_id"), QStringLiteral("partner_outbox.source_id"),
                      QStringLiteral("inbound_interchange.source_id")},
                     QStringLiteral("enabled = 0"));
}

Result<Removal> ConfigRepository::removeConnection(qint64 connectionId)
{
    return removeRow(QStringLiteral("erp_connection"), connectionId,
                     {QStringLiteral("draft_order.connection_id"), QStringLiteral("erp_export.connection_id"), QStringLiteral("source.connection_id")},
                     QStringLiteral("status = 'DISABLED'"));
}

Result<Removal> ConfigRepository::removeRow(const QString &table, qint64 id, const QStringList &referencedBy, const QString &disable)
{
    Removal removal = Removal::Deleted;
    Status st = m_db.transaction([&]() -> Status {
        QStringList exists;
        for (const QString &ref : referencedBy) {
            const QStringList tableColumn = ref.split(QLatin1Char('.'));
            exists << QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2 = ?)").arg(tableColumn.first(), tableColumn.last());
        }
        QSqlQuery &q = m_db.query(QStringLiteral("SELECT ") + exists.join(QStringLiteral(" OR ")));
        for (qsizetype i = 0; i < referencedBy.size(); ++i)
            q.addBindValue(id);
        if (Status s = execQuery(q, QStringLiteral("checking the history of %1 %2").arg(table).arg(id)); !s)
            return s;
        const bool referenced = q.next() && q.value(0).toBool();
        removal = referenced ? Removal::Retired : Removal::Deleted;
        const QString now = nowText();
        QSqlQuery &change = m_db.query(referenced ? QStringLiteral("UPDATE %1 SET removed_at = ?, %2, name = name || ' (removed #' || id || ')', "
                                                                   "updated_at = ? WHERE id = ?").arg(table, disable)
                                                  : QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
        if (referenced) {
            change.addBindValue(now);
            change.addBindValue(now);
        }
        change.addBindValue(id);
        return execQuery(change, QStringLiteral("removing %1 %2").arg(table).arg(id));
    });
    if (!st)
        return st.error();
    return removal;
}

} // namespace orderflow
