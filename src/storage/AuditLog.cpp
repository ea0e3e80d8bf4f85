#include "storage/AuditLog.h"

#include "storage/RowRuns.h"
#include "storage/SqlTime.h"

#include <QJsonObject>

#include <utility>

namespace orderflow {

QString operatorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

namespace {

constexpr auto kAuditInsert = "INSERT INTO audit_event (org_id, at, actor, action, entity, entity_id, from_state, to_state, detail) VALUES ";
constexpr int kAuditColumns = 9;

void bindEntry(Statement &ins, int at, const QString &now, const AuditEntry &e)
{
    if (e.orgId)
        ins.bind(at, e.orgId);
    else
        ins.bindNull(at);
    ins.bind(at + 1, now);
    ins.bind(at + 2, e.actor);
    ins.bind(at + 3, e.action);
    ins.bind(at + 4, e.entity);
    ins.bind(at + 5, e.entityId);
    ins.bind(at + 6, e.fromState.isEmpty() ? QString() : e.fromState);
    ins.bind(at + 7, e.toState.isEmpty() ? QString() : e.toState);
    ins.bind(at + 8, e.detail.isEmpty() ? QString() : e.detail);
}

} // namespace

Status AuditLog::record(const AuditEntry &e)
{
    if (m_deferring) {
        m_deferred.append(e);
        return {};
    }
    return recordAll({e});
}

void AuditLog::defer()
{
    m_deferred.clear();
    m_deferring = true;
}

Status AuditLog::flush()
{
    m_deferring = false;
    return recordAll(std::exchange(m_deferred, {}));
}

void AuditLog::endDeferring()
{
    m_deferring = false;
    m_deferred.clear();
}

Status AuditLog::recordAll(const QList<AuditEntry> &entries)
{
    const QString now = nowText();
    return forRowRuns(entries.size(), [&](qsizetype at, qsizetype n) -> Status {
        Statement &ins = m_db.statement(QLatin1String(kAuditInsert) + placeholderRows(n, kAuditColumns));
        for (qsizetype i = 0; i < n; ++i)
            bindEntry(ins, int(i) * kAuditColumns, now, entries.at(at + i));
        return ins.exec(QStringLiteral("writing the audit trail"));
    });
}

Result<QJsonArray> AuditLog::forEntity(const QString &entity, const QString &entityId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT at, actor, action, from_state, to_state, detail FROM audit_event "
                                            "WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (Status s = execQuery(q, QStringLiteral("reading the audit trail")); !s)
        return s.error();
    QJsonArray out;
    while (q.next()) {
        QJsonObject o{{QStringLiteral("at"), q.value(0).toString()}, {QStringLiteral("actor"), q.value(1).toString()},
                      {QStringLiteral("action"), q.value(2).toString()}};
        if (!q.value(3).isNull())
            o.insert(QStringLiteral("from"), q.value(3).toString());
        if (!q.value(4).isNull())
            o.insert(QStringLiteral("to"), q.value(4).toString());
        if (!q.value(5).isNull())
            o.insert(QStringLiteral("detail"), q.value(5).toString());
        out.append(o);
    }
    return out;
}

} // namespace orderflow
