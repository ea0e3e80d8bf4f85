#include "storage/SetupOverviewRepository.h"

#include "storage/SqlTime.h"

#include <QHash>
#include <QJsonDocument>

namespace orderflow {

Result<QList<ConnectionOverview>> SetupOverviewRepository::connections(const QDateTime &since)
{
    QSqlQuery &q = m_db.query(QStringLiteral(
        "SELECT c.id, g.slug, c.name, c.type, c.status, c.circuit_state, COALESCE(c.circuit_open_until, ''), c.consecutive_failures, "
        "COALESCE(c.last_test_at, ''), COALESCE(c.last_test_result, ''), "
        "(SELECT COUNT(*) FROM draft_order o WHERE o.connection_id = c.id AND o.received_at >= ?), "
        "(SELECT COUNT(*) FROM draft_order o WHERE o.connection_id = c.id AND o.state = 'failed' AND o.updated_at >= ?) "
        "FROM erp_connection c JOIN org g ON g.id = c.org_id WHERE c.removed_at IS NULL ORDER BY g.slug, c.name"));
    const QString from = timeText(since);
    q.addBindValue(from);
    q.addBindValue(from);
    if (Status s = execQuery(q, QStringLiteral("listing the ERP connections")); !s)
        return s.error();
    QList<ConnectionOverview> out;
    while (q.next()) {
        ConnectionOverview c;
        c.id = q.value(0).toLongLong();
        c.orgSlug = q.value(1).toString();
        c.name = q.value(2).toString();
        c.type = q.value(3).toString();
        c.status = q.value(4).toString();
        c.circuitState = q.value(5).toString();
        c.circuitOpenUntil = q.value(6).toString();
        c.consecutiveFailures = q.value(7).toInt();
        c.lastTestAt = q.value(8).toString();
        c.lastTestResult = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        c.ordersToday = q.value(10).toInt();
        c.failuresToday = q.value(11).toInt();
        out.append(c);
    }
    q.finish();
    return out;
}

Result<QList<SourceOverview>> SetupOverviewRepository::sources(const QDateTime &since)
{
    auto status = SourceStatusRepository(m_db).list();
    if (!status)
        return status.error();
    QSqlQuery &q = m_db.query(QStringLiteral(
        "SELECT s.id, s.format, "
        "(SELECT COUNT(*) FROM draft_order o WHERE o.source_id = s.id AND o.received_at >= ?), "
        "(SELECT COUNT(*) FROM draft_order o WHERE o.source_id = s.id AND o.state = 'failed' AND o.updated_at >= ?), "
        "COALESCE(s.last_test_at, ''), COALESCE(s.last_test_result, '') "
        "FROM source s WHERE s.removed_at IS NULL"));
    const QString from = timeText(since);
    q.addBindValue(from);
    q.addBindValue(from);
    if (Status s = execQuery(q, QStringLiteral("counting the sources' orders")); !s)
        return s.error();
    struct Extra {
        QString format;
        int orders = 0;
        int failures = 0;
        QString lastTestAt;
        QJsonObject lastTestResult;
    };
    QHash<qint64, Extra> extras;
    while (q.next())
        extras.insert(q.value(0).toLongLong(), Extra{q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString(),
                                                     QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
    q.finish();
    QList<SourceOverview> out;
    for (const SourceStatusRow &row : *status) {
        const Extra e = extras.value(row.sourceId);
        out.append(SourceOverview{row, e.format, e.orders, e.failures, e.lastTestAt, e.lastTestResult});
    }
    return out;
}

} // namespace orderflow
