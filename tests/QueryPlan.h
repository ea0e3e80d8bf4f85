// The steps of SQLite's plan for a statement (EXPLAIN QUERY PLAN, each parameter bound to an empty text), for tests
// that check a hot statement walks the index it was written for.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace orderflow::test {

// The plan's steps ("SEARCH d USING INDEX …"), or one step saying why there is none.
inline QStringList queryPlan(const QSqlDatabase &db, const QString &statement)
{
    const QString sql = QStringLiteral("EXPLAIN QUERY PLAN ") + statement;
    QSqlQuery plan(db);
    if (!plan.prepare(sql))
        return {QStringLiteral("cannot prepare: ") + plan.lastError().text()};
    for (qsizetype i = sql.count(QLatin1Char('?')); i > 0; --i)
        plan.addBindValue(QString());
    if (!plan.exec())
        return {QStringLiteral("cannot explain: ") + plan.lastError().text()};
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    return steps;
}

} // namespace orderflow::test
