#include "ConsoleTestSupport.h"

#include "storage/ConfigRepository.h"
#include "storage/SqlTime.h"

#include <QDateTime>
#include <QUuid>

namespace orderflow::testing {

std::unique_ptr<Database> openDemoDatabase(const DemoPaths &paths)
{
    auto config = prepareDemoWorkspace(paths);
    if (!config)
        qFatal("demo workspace: %s", qPrintable(config.error().message));
    auto db = Database::open(paths.database, QStringLiteral("test-seed"));
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message));
    ConfigRepository repo(**db);
    if (auto applied = repo.apply(*config); !applied)
        qFatal("apply: %s", qPrintable(applied.error().message));
    return std::move(*db);
}

QList<SeededOrder> seedOrders(Database &db, int count, const std::function<OrderState(int)> &stateFor, int firstNumber, bool keepIds)
{
    static const char *const customers[] = {"ACME Corp", "Initech", "Globex Retail", "Umbrella Supply", "Hooli", "Stark Industries",
                                            "Wayne Enterprises", "Soylent", "Tyrell", "Cyberdyne", "Wonka", "Gringotts"};
    QSqlQuery ids(db.sql());
    ids.exec(QStringLiteral("SELECT o.id, s.id FROM org o JOIN source s ON s.org_id = o.id LIMIT 1"));
    ids.next();
    const qint64 orgId = ids.value(0).toLongLong();
    const qint64 sourceId = ids.value(1).toLongLong();
    ids.finish();

    QList<SeededOrder> out;
    if (keepIds)
        out.reserve(count);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
    constexpr int kBatch = 200;   // rows per INSERT statement (SQLite allows 32766 parameters)
    Status s = db.transaction([&]() -> Status {
        for (int start = 0; start < count; start += kBatch) {
            const int n = qMin(kBatch, count - start);
            QString orderSql = QStringLiteral("INSERT INTO draft_order (id, org_id, source_id, order_number, customer_name, customer_partner_id, currency, "
                                              "received_at, state, line_count, net_amount, created_at, updated_at) VALUES ");
            QString lineSql = QStringLiteral("INSERT INTO order_line (org_id, order_id, line_no, sku, quantity, unit_price, line_total) VALUES ");
            for (int k = 0; k < n; ++k) {
                orderSql += (k ? QStringLiteral(",(?,?,?,?,?,?,?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
                lineSql += (k ? QStringLiteral(",(?,?,?,?,?,?,?)") : QStringLiteral("(?,?,?,?,?,?,?)"));
            }
            QSqlQuery oq(db.sql());
            oq.prepare(orderSql);
            QSqlQuery lq(db.sql());
            lq.prepare(lineSql);
            for (int k = 0; k < n; ++k) {
                const int i = start + k;
                const int number = firstNumber + i;
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const OrderState st = stateFor(i);
                const QString at = timeText(base.addMSecs(qint64(i) * 1000));
                const QString amount = QString::number(10 + (number * 37) % 5000) + QStringLiteral(".50");
                oq.addBindValue(id);
                oq.addBindValue(orgId);
                oq.addBindValue(sourceId);
                oq.addBindValue(QStringLiteral("PO-%1").arg(number));
                oq.addBindValue(QLatin1String(customers[number % 12]));
                oq.addBindValue(QStringLiteral("P%1").arg(number % 12));
                oq.addBindValue(QStringLiteral("USD"));
                oq.addBindValue(at);
                oq.addBindValue(stateName(st));
                oq.addBindValue(1);
                oq.addBindValue(amount);
                oq.addBindValue(at);
                oq.addBindValue(at);
                lq.addBindValue(orgId);
                lq.addBindValue(id);
                lq.addBindValue(1);
                lq.addBindValue(QStringLiteral("SKU-%1").arg(number % 97));
                lq.addBindValue(QStringLiteral("1"));
                lq.addBindValue(amount);
                lq.addBindValue(amount);
                if (keepIds)
                    out.append({id, st});
            }
            if (Status e = execQuery(oq, QStringLiteral("seeding orders")); !e)
                return e;
            if (Status e = execQuery(lq, QStringLiteral("seeding lines")); !e)
                return e;
        }
        return {};
    });
    if (!s)
        qFatal("seed: %s", qPrintable(s.error().message));
    return out;
}

QList<QPair<QString, OrderState>> setStates(Database &db, const QStringList &ids, OrderState to)
{
    QList<QPair<QString, OrderState>> out;
    Status s = db.transaction([&]() -> Status {
        QSqlQuery &read = db.query(QStringLiteral("SELECT state FROM draft_order WHERE id = ?"));
        QSqlQuery &write = db.query(QStringLiteral("UPDATE draft_order SET state = ?, updated_at = ? WHERE id = ?"));
        for (const QString &id : ids) {
            read.bindValue(0, id);
            if (Status e = execQuery(read, QStringLiteral("reading")); !e)
                return e;
            if (!read.next())
                continue;
            out.append({id, stateFromName(read.value(0).toString()).value_or(OrderState::Received)});
            read.finish();
            write.bindValue(0, stateName(to));
            write.bindValue(1, nowText());
            write.bindValue(2, id);
            if (Status e = execQuery(write, QStringLiteral("updating")); !e)
                return e;
        }
        return {};
    });
    if (!s)
        qWarning("setStates: %s", qPrintable(s.error().message));
    return out;
}

} // namespace orderflow::testing
