#include "storage/ApiTokenRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.org_id, o.slug, t.name, t.created_at, COALESCE(t.revoked_at, '') FROM api_token t JOIN org o ON o.id = t.org_id ");

ApiTokenRecord tokenFrom(const QSqlQuery &q)
{
    ApiTokenRecord r;
    r.id = q.value(0).toLongLong();
    r.orgId = q.value(1).toLongLong();
    r.orgSlug = q.value(2).toString();
    r.name = q.value(3).toString();
    r.createdAt = q.value(4).toString();
    r.revokedAt = q.value(5).toString();
    return r;
}

} // namespace

Result<ApiTokenRecord> ApiTokenRepository::add(qint64 orgId, const QString &name, const QString &tokenSha256)
{
    QSqlQuery &exists = m_db.query(QStringLiteral("SELECT 1 FROM api_token WHERE org_id = ? AND name = ? AND revoked_at IS NULL"));
    exists.addBindValue(orgId);
    exists.addBindValue(name);
    if (Status s = execQuery(exists, QStringLiteral("looking for an API token")); !s)
        return s.error();
    const bool taken = exists.next();
    exists.finish();
    if (taken)
        return Error(QStringLiteral("exists"), QStringLiteral("The organisation already has an API token named '%1' in use; revoke it first or choose another name.").arg(name));
    QSqlQuery &q = m_db.query(QStringLiteral("INSERT INTO api_token (org_id, name, token_sha256, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(orgId);
    q.addBindValue(name);
    q.addBindValue(tokenSha256);
    q.addBindValue(nowText());
    if (Status s = execQuery(q, QStringLiteral("storing an API token")); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery &read = m_db.query(kSelect + QStringLiteral("WHERE t.id = ?"));
    read.addBindValue(id);
    if (Status s = execQuery(read, QStringLiteral("reading an API token")); !s)
        return s.error();
    if (!read.next())
        return Error(QStringLiteral("not_found"), QStringLiteral("API token %1 vanished after it was stored.").arg(id));
    ApiTokenRecord r = tokenFrom(read);
    read.finish();
    return r;
}

Result<QList<ApiTokenRecord>> ApiTokenRepository::list(const QString &orgSlug)
{
    QSqlQuery &q = m_db.query(kSelect + QStringLiteral("WHERE (? = '' OR o.slug = ?) ORDER BY o.slug, t.id"));
    q.addBindValue(nonNull(orgSlug));
    q.addBindValue(nonNull(orgSlug));
    if (Status s = execQuery(q, QStringLiteral("listing API tokens")); !s)
        return s.error();
    QList<ApiTokenRecord> out;
    while (q.next())
        out.append(tokenFrom(q));
    q.finish();
    return out;
}

Status ApiTokenRepository::revoke(qint64 id)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("revoking API token %1").arg(id)); !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Error(QStringLiteral("not_found"), QStringLiteral("No API token %1 in use (`orderflow api-tokens list` shows them).").arg(id));
    return {};
}

Result<std::optional<ApiTokenRecord>> ApiTokenRepository::findInUse(const QString &tokenSha256)
{
    QSqlQuery &q = m_db.query(kSelect + QStringLiteral("WHERE t.token_sha256 = ? AND t.revoked_at IS NULL"));
    q.addBindValue(tokenSha256);
    if (Status s = execQuery(q, QStringLiteral("checking an API token")); !s)
        return s.error();
    std::optional<ApiTokenRecord> out;
    if (q.next())
        out = tokenFrom(q);
    q.finish();
    return out;
}

} // namespace orderflow
