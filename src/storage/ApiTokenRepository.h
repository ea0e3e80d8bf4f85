// Per-organisation tokens of the monitoring API: a token sees only its organisation's orders. Only a token's sha256
// is stored; the token itself is shown once, when it is made (`orderflow api-tokens add`).
#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace orderflow {

struct ApiTokenRecord {
    qint64 id = 0;
    qint64 orgId = 0;
    QString orgSlug;
    QString name;
    QString createdAt;
    QString revokedAt;   // empty: in use
};

class ApiTokenRepository {
public:
    explicit ApiTokenRepository(Database &db) : m_db(db) {}

    // Stores the hash of a new token of `orgId` named `name` (unique among the organisation's tokens in use).
    Result<ApiTokenRecord> add(qint64 orgId, const QString &name, const QString &tokenSha256);
    Result<QList<ApiTokenRecord>> list(const QString &orgSlug = {});
    // Revokes a token in use by id; not_found when there is none.
    Status revoke(qint64 id);
    // The token in use with this hash, if any.
    Result<std::optional<ApiTokenRecord>> findInUse(const QString &tokenSha256);

private:
    Database &m_db;
};

} // namespace orderflow
