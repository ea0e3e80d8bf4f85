#include "storage/AuditLog.h"

#include "storage/SqlTime.h"

#include <QJsonObject>

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

Status AuditLog::record(const AuditEntry &e)
{
    if (!m_insert.isValid() || m_insert.lastQuery().isEmpty())
        m_insert = m_db.query(QStringLiteral("INSERT INTO audit_event (org_id, at, actor, action, entity, entity_id, from_state, to_state, detail) "
                                             "VALUES (?,?,?,?,?,?,?,?,?)"));
    m_insert.bindValue(0, e.orgId ? QVariant(e.orgId) : QVariant(QMetaType::fromType<qint64>()));
    m_insert.bindValue(1, nowText());
    m_insert.bindValue(2, e.actor);
    m_insert.bindValue(3, e.action);
    m_insert.bindValue(4, e.entity);
    m_insert.bindValue(5, e.entityId);
    m_insert.bindValue(6, textOrNull(e.fromState));
    m_insert.bindValue(7, textOrNull(e.toState));
    m_insert.bindValue(8, textOrNull(e.detail));
    return execQuery(m_insert, QStringLiteral("writing the audit trail"));
}

Result<QJsonArray> AuditLog::forEntity(const QString &entity, const QString &entityId)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT at, actor, action, from_state, to_state, detail FROM audit_event "
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
