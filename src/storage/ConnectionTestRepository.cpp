#include "storage/ConnectionTestRepository.h"

#include "storage/SqlTime.h"

#include <QJsonDocument>

namespace orderflow {
namespace {

Error noConnection(qint64 id)
{
    return Error(QStringLiteral("not_found"), QStringLiteral("There is no ERP connection with id %1 (deleted meanwhile?).").arg(id));
}

} // namespace

Status ConnectionTestRepository::record(qint64 connectionId, const QDateTime &testedAt, const QJsonObject &result)
{
    QSqlQuery &q = m_db.query(QStringLiteral("UPDATE erp_connection SET last_test_at = ?, last_test_result = ? WHERE id = ?"));
    q.addBindValue(timeText(testedAt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.addBindValue(connectionId);
    if (Status s = execQuery(q, QStringLiteral("recording the test of connection %1").arg(connectionId)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return noConnection(connectionId);
    return {};
}

Result<std::optional<ConnectionTestRecord>> ConnectionTestRepository::last(qint64 connectionId)
{
    QSqlQuery &q = m_db.query(QStringLiteral("SELECT last_test_at, last_test_result FROM erp_connection WHERE id = ?"));
    q.addBindValue(connectionId);
    if (Status s = execQuery(q, QStringLiteral("reading the last test of connection %1").arg(connectionId)); !s)
        return s.error();
    if (!q.next())
        return noConnection(connectionId);
    const QString at = q.value(0).toString();
    const QByteArray result = q.value(1).toString().toUtf8();
    q.finish();
    if (at.isEmpty())
        return std::optional<ConnectionTestRecord>();
    return std::optional<ConnectionTestRecord>(ConnectionTestRecord{connectionId, timeFromText(at), QJsonDocument::fromJson(result).object()});
}

} // namespace orderflow
