#include "storage/ConnectionTestRepository.h"

#include "storage/SqlTime.h"

#include <QJsonDocument>

namespace orderflow {
namespace {

Error notFound(bool source, qint64 id)
{
    return Error(QStringLiteral("not_found"), source ? QStringLiteral("There is no source with id %1 (deleted meanwhile?).").arg(id)
                                                     : QStringLiteral("There is no ERP connection with id %1 (deleted meanwhile?).").arg(id));
}

} // namespace

Status ConnectionTestRepository::record(qint64 connectionId, const QDateTime &testedAt, const QJsonObject &result)
{
    return record(Table::Connection, connectionId, testedAt, result);
}

Result<std::optional<ConnectionTestRecord>> ConnectionTestRepository::last(qint64 connectionId)
{
    return last(Table::Connection, connectionId);
}

Status ConnectionTestRepository::recordSource(qint64 sourceId, const QDateTime &testedAt, const QJsonObject &result)
{
    return record(Table::Source, sourceId, testedAt, result);
}

Result<std::optional<ConnectionTestRecord>> ConnectionTestRepository::lastOfSource(qint64 sourceId)
{
    return last(Table::Source, sourceId);
}

Status ConnectionTestRepository::record(Table table, qint64 id, const QDateTime &testedAt, const QJsonObject &result)
{
    const bool source = table == Table::Source;
    QSqlQuery &q = m_db.query(source ? QStringLiteral("UPDATE source SET last_test_at = ?, last_test_result = ? WHERE id = ?")
                                     : QStringLiteral("UPDATE erp_connection SET last_test_at = ?, last_test_result = ? WHERE id = ?"));
    q.addBindValue(timeText(testedAt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("recording the test of %1 %2").arg(source ? QStringLiteral("source") : QStringLiteral("connection")).arg(id)); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return notFound(source, id);
    return {};
}

Result<std::optional<ConnectionTestRecord>> ConnectionTestRepository::last(Table table, qint64 id)
{
    const bool source = table == Table::Source;
    QSqlQuery &q = m_db.query(source ? QStringLiteral("SELECT last_test_at, last_test_result FROM source WHERE id = ?")
                                     : QStringLiteral("SELECT last_test_at, last_test_result FROM erp_connection WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = execQuery(q, QStringLiteral("reading the last test of %1 %2").arg(source ? QStringLiteral("source") : QStringLiteral("connection")).arg(id)); !s)
        return s.error();
    if (!q.next())
        return notFound(source, id);
    const QString at = q.value(0).toString();
    const QByteArray result = q.value(1).toString().toUtf8();
    q.finish();
    if (at.isEmpty())
        return std::optional<ConnectionTestRecord>();
    return std::optional<ConnectionTestRecord>(ConnectionTestRecord{id, timeFromText(at), QJsonDocument::fromJson(result).object()});
}

} // namespace orderflow
