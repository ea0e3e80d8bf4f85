#include "storage/SourceStatusRepository.h"

#include "storage/SqlTime.h"

namespace orderflow {
namespace {

const QString kColumns = QStringLiteral(
    "COALESCE(t.last_poll_at, ''), COALESCE(t.last_success_at, ''), COALESCE(t.last_error, ''), COALESCE(t.last_error_at, ''), "
    "COALESCE(t.paused_until, ''), COALESCE(t.backlog, -1), COALESCE(t.updated_at, ''), COALESCE(t.poll_errors, 0)");

SourceStatus statusFrom(const QSqlQuery &q, int i, qint64 sourceId)
{
    SourceStatus s;
    s.sourceId = sourceId;
    s.lastPollAt = q.value(i++).toString();
    s.lastSuccessAt = q.value(i++).toString();
    s.lastError = q.value(i++).toString();
    s.lastErrorAt = q.value(i++).toString();
    s.pausedUntil = q.value(i++).toString();
    s.backlog = q.value(i++).toInt();
    s.updatedAt = q.value(i++).toString();
    s.pollErrors = q.value(i++).toLongLong();
    return s;
}

} // namespace

QJsonObject sourceStatusJson(const SourceStatusRow &row)
{
    QJsonObject o{{QStringLiteral("id"), row.sourceId}, {QStringLiteral("org"), row.orgSlug}, {QStringLiteral("name"), row.name},
                  {QStringLiteral("type"), row.type}, {QStringLiteral("enabled"), row.enabled}};
    const SourceStatus &s = row.status;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("last_poll_at", s.lastPollAt);
    put("last_success_at", s.lastSuccessAt);
    put("last_error", s.lastError);
    put("last_error_at", s.lastErrorAt);
    put("paused_until", s.pausedUntil);
    if (s.backlog >= 0)
        o.insert(QStringLiteral("backlog"), s.backlog);
    put("updated_at", s.updatedAt);
    if (s.pollErrors > 0)
        o.insert(QStringLiteral("poll_errors"), s.pollErrors);
    return o;
}

Status SourceStatusRepository::save(const SourceStatus &s)
{
    // INSERT … SELECT: a source deleted meanwhile gets no row (and no foreign-key failure).
    QSqlQuery &q = m_db.query(QStringLiteral(
        "INSERT INTO source_status (source_id, last_poll_at, last_success_at, last_error, last_error_at, paused_until, backlog, updated_at, poll_errors) "
        "SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM source WHERE id = ? "
        "ON CONFLICT (source_id) DO UPDATE SET last_poll_at = excluded.last_poll_at, last_success_at = excluded.last_success_at, "
        "last_error = excluded.last_error, last_error_at = excluded.last_error_at, paused_until = excluded.paused_until, "
        "backlog = excluded.backlog, updated_at = excluded.updated_at, poll_errors = excluded.poll_errors"));
    q.addBindValue(textOrNull(s.lastPollAt));
    q.addBindValue(textOrNull(s.lastSuccessAt));
    q.addBindValue(textOrNull(s.lastError));
    q.addBindValue(textOrNull(s.lastErrorAt));
    q.addBindValue(textOrNull(s.pausedUntil));
    q.addBindValue(s.backlog >= 0 ? QVariant(s.backlog) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(nowText());
    q.addBindValue(s.pollErrors);
    q.addBindValue(s.sourceId);
    return execQuery(q, QStringLiteral("recording the status of source %1").arg(s.sourceId));
}

Result<std::optional<SourceStatus>> SourceStatusRepository::get(qint64 sourceId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM source_status t WHERE t.source_id = ?"));
    q.addBindValue(sourceId);
    if (Status s = execQuery(q, QStringLiteral("reading the status of source %1").arg(sourceId)); !s)
        return s.error();
    std::optional<SourceStatus> out;
    if (q.next())
        out = statusFrom(q, 0, sourceId);
    q.finish();
    return out;
}

Result<QList<SourceStatusRow>> SourceStatusRepository::list(const QString &orgSlug)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT s.id, g.slug, s.name, s.type, s.enabled, t.source_id IS NOT NULL, ") + kColumns +
                              QStringLiteral(" FROM source s JOIN org g ON g.id = s.org_id LEFT JOIN source_status t ON t.source_id = s.id "
                                             "WHERE (? = '' OR g.slug = ?) AND s.removed_at IS NULL ORDER BY g.slug, s.name"));
    q.addBindValue(nonNull(orgSlug));
    q.addBindValue(nonNull(orgSlug));
    if (Status s = execQuery(q, QStringLiteral("listing source status")); !s)
        return s.error();
    QList<SourceStatusRow> out;
    while (q.next()) {
        SourceStatusRow r;
        r.sourceId = q.value(0).toLongLong();
        r.orgSlug = q.value(1).toString();
        r.name = q.value(2).toString();
        r.type = q.value(3).toString();
        r.enabled = q.value(4).toBool();
        r.polled = q.value(5).toBool();
        r.status = statusFrom(q, 6, r.sourceId);
        out.append(r);
    }
    return out;
}

} // namespace orderflow
