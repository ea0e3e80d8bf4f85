#include "data/ConsoleDataWorker.h"

#include "data/ActionRunner.h"
#include "data/OrderQuerySql.h"
#include "pipeline/Configuration.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/SqlTime.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace orderflow::console {
namespace {

constexpr int kIdChunk = 400;   // stays well below SQLite's bound-parameter limit

// Statements whose text varies with the filter are prepared here, not through Database::query(), whose cache
// would keep one statement per text forever.
QSqlQuery prepared(Database &db, const SqlWithBinds &s)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(s.sql);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    return q;
}

QString addressLines(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (const char *key : {"name", "street", "postal_code", "city", "region", "country"}) {
        const QString v = o.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            parts << v;
    }
    return parts.join(QLatin1Char('\n'));
}

// Order numbers for a handful of order ids (log views show the PO, not the UUID).
QHash<QString, QString> orderNumbers(Database &db, const QStringList &ids)
{
    QHash<QString, QString> out;
    const QStringList unique = QSet<QString>(ids.cbegin(), ids.cend()).values();
    for (qsizetype i = 0; i < unique.size(); i += kIdChunk) {
        const QStringList chunk = unique.mid(i, kIdChunk);
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, order_number FROM draft_order WHERE id IN (%1)")
                      .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            break;
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

// Every request ends by resetting the connection's cached statements: a statement left mid-result keeps its
// read snapshot, and this connection would go on seeing the database as it was (and block WAL checkpoints).
class StatementReset {
public:
    explicit StatementReset(std::unique_ptr<Database> &db) : m_db(db) {}
    ~StatementReset()
    {
        if (m_db)
            m_db->resetStatements();
    }

private:
    std::unique_ptr<Database> &m_db;
};

} // namespace

int ActionOutcome::succeeded() const
{
    return int(std::count_if(results.cbegin(), results.cend(), [](const ActionResult &r) { return r.ok; }));
}

int ActionOutcome::failed() const
{
    return int(results.size()) - succeeded();
}

ConsoleDataWorker::ConsoleDataWorker(QString purpose, QObject *parent) : QObject(parent), m_purpose(std::move(purpose)) {}

ConsoleDataWorker::~ConsoleDataWorker() = default;

QString ConsoleDataWorker::notOpen() const
{
    return tr("The database is not open.");
}

void ConsoleDataWorker::open(const QString &path, const QJsonObject &configToApply)
{
    auto db = Database::open(path, QStringLiteral("console-") + m_purpose);
    if (!db) {
        emit opened(db.error().message);
        return;
    }
    m_db = std::move(*db);
    if (!configToApply.isEmpty()) {
        if (auto applied = applyConfigDocument(*m_db, configToApply); !applied) {
            emit opened(applied.error().message);
            return;
        }
    }
    emit opened({});
}

void ConsoleDataWorker::close()
{
    m_db.reset();
}

void ConsoleDataWorker::page(quint64 ticket, const OrderQuery &query, const std::optional<OrderKey> &after, int limit)
{
    const StatementReset reset(m_db);
    OrderPage out;
    if (!m_db) {
        out.error = notOpen();
        emit pageReady(ticket, out);
        return;
    }
    QSqlQuery q = prepared(*m_db, OrderQuerySql(query).page(after, limit));
    if (Status s = execQuery(q, QStringLiteral("listing orders")); !s) {
        out.error = s.error().message;
    } else {
        while (q.next())
            out.rows.append(orderRowFrom(q));
        out.atEnd = out.rows.size() < limit;
    }
    emit pageReady(ticket, out);
}

void ConsoleDataWorker::rows(quint64 ticket, const OrderQuery &query, const QStringList &ids)
{
    const StatementReset reset(m_db);
    QList<OrderRow> out;
    if (m_db) {
        for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
            QSqlQuery q = prepared(*m_db, OrderQuerySql(query).rows(ids.mid(i, kIdChunk)));
            if (!execQuery(q, QStringLiteral("reading changed orders")))
                continue;
            while (q.next())
                out.append(orderRowFrom(q));
        }
    }
    emit rowsReady(ticket, out, ids);
}

void ConsoleDataWorker::count(quint64 ticket, const OrderQuery &query)
{
    const StatementReset reset(m_db);
    int n = -1;
    if (m_db) {
        QSqlQuery q = prepared(*m_db, OrderQuerySql(query).count());
        if (execQuery(q, QStringLiteral("counting orders")) && q.next())
            n = q.value(0).toInt();
    }
    emit countReady(ticket, n);
}

void ConsoleDataWorker::queueStats(quint64 ticket, qint64 orgId)
{
    const StatementReset reset(m_db);
    QueueStats out;
    if (!m_db) {
        out.error = notOpen();
        emit queueStatsReady(ticket, out);
        return;
    }
    // One small query per state: each is answered from an index on state, where one GROUP BY over the
    // whole table would scan a million rows.
    QSqlQuery &count = m_db->query(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = ? AND (? = 0 OR org_id = ?)"));
    QSqlQuery &oldest = m_db->query(QStringLiteral("SELECT MIN(updated_at) FROM draft_order WHERE state = ? AND (? = 0 OR org_id = ?)"));
    for (OrderState st : kAllOrderStates) {
        QueueStat stat;
        count.bindValue(0, stateName(st));
        count.bindValue(1, orgId);
        count.bindValue(2, orgId);
        if (Status s = execQuery(count, QStringLiteral("counting orders")); !s) {
            out.error = s.error().message;
            break;
        }
        if (count.next())
            stat.count = count.value(0).toInt();
        count.finish();
        // The age only matters where orders wait for someone; final queues are large and never back up.
        if (stat.count > 0 && !isFinalState(st)) {
            oldest.bindValue(0, stateName(st));
            oldest.bindValue(1, orgId);
            oldest.bindValue(2, orgId);
            if (execQuery(oldest, QStringLiteral("finding the oldest order")) && oldest.next())
                stat.oldestAt = oldest.value(0).toString();
            oldest.finish();
        }
        out.byState.insert(int(st), stat);
    }
    emit queueStatsReady(ticket, out);
}

void ConsoleDataWorker::filterChoices(quint64 ticket)
{
    const StatementReset reset(m_db);
    FilterChoices out;
    if (m_db) {
        ConfigRepository config(*m_db);
        if (auto orgs = config.orgs()) {
            for (const OrgRecord &o : *orgs)
                out.orgs.append({o.id, o.name.isEmpty() ? o.slug : o.name});
        }
        if (auto sources = config.sources()) {
            for (const SourceRecord &s : *sources)
                out.sources.append({s.id, s.orgSlug + QLatin1Char('/') + s.name});
        }
    }
    emit filterChoicesReady(ticket, out);
}

void ConsoleDataWorker::detail(quint64 ticket, const QString &orderId)
{
    const StatementReset reset(m_db);
    OrderDetail d;
    if (!m_db) {
        d.error = notOpen();
        emit detailReady(ticket, d);
        return;
    }
    QSqlQuery &q = m_db->query(QStringLiteral(
        "SELECT %1, d.received_at, d.erp_customer_number, d.order_date, d.requested_delivery_date, d.notes, d.bill_to, d.ship_to, "
        "d.source_format, d.total_quantity, d.push_generation, d.approved_at, d.problems, d.inbound_id "
        "FROM draft_order d JOIN org o ON o.id = d.org_id JOIN source s ON s.id = d.source_id WHERE d.id = ?")
                                  .arg(OrderQuerySql::selectColumns()));
    q.addBindValue(orderId);
    if (Status s = execQuery(q, QStringLiteral("reading order %1").arg(orderId)); !s) {
        d.error = s.error().message;
        emit detailReady(ticket, d);
        return;
    }
    if (!q.next()) {
        d.error = tr("Order %1 no longer exists.").arg(orderId);
        emit detailReady(ticket, d);
        return;
    }
    d.found = true;
    d.summary = orderRowFrom(q);
    int i = 16;
    d.erpCustomerNumber = q.value(i++).toString();
    d.orderDate = q.value(i++).toString();
    d.deliveryDate = q.value(i++).toString();
    d.notes = q.value(i++).toString();
    d.billTo = addressLines(q.value(i++).toString());
    d.shipTo = addressLines(q.value(i++).toString());
    d.sourceFormat = q.value(i++).toString();
    d.totalQuantity = q.value(i++).toString();
    d.pushGeneration = q.value(i++).toInt();
    d.approvedAt = q.value(i++).toString();
    const QJsonArray problems = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array();
    for (const QJsonValue &p : problems)
        d.problems.append({p.toObject().value(QStringLiteral("field")).toString(), p.toObject().value(QStringLiteral("message")).toString()});
    const qint64 inboundId = q.value(i++).toLongLong();
    q.finish();

    QSqlQuery &lines = m_db->query(QStringLiteral("SELECT line_no, sku, partner_sku, gtin, description, quantity, unit, unit_price, line_total "
                                                 "FROM order_line WHERE order_id = ? ORDER BY line_no"));
    lines.addBindValue(orderId);
    if (execQuery(lines, QStringLiteral("reading order lines"))) {
        while (lines.next()) {
            OrderDetail::Line l;
            l.lineNo = lines.value(0).toInt();
            l.sku = lines.value(1).toString();
            l.partnerSku = lines.value(2).toString();
            l.gtin = lines.value(3).toString();
            l.description = lines.value(4).toString();
            l.quantity = lines.value(5).toString();
            l.unit = lines.value(6).toString();
            l.unitPrice = lines.value(7).toString();
            l.lineTotal = lines.value(8).toString();
            d.lines.append(l);
        }
    }
    if (inboundId) {
        InboundRepository inbound(*m_db);
        if (auto rec = inbound.get(inboundId))
            d.inbound = *rec;
    }
    ExportRepository exportRepo(*m_db);
    if (auto e = exportRepo.forOrder(orderId))
        d.exports = *e;
    if (auto log = exportRepo.pushLog(orderId, 200))
        d.attempts = *log;
    AuditLog audit(*m_db);
    if (auto trail = audit.forEntity(QStringLiteral("order"), orderId))
        d.audit = *trail;
    emit detailReady(ticket, d);
}

void ConsoleDataWorker::exports(quint64 ticket, int limit)
{
    const StatementReset reset(m_db);
    QList<ExportRow> out;
    if (!m_db) {
        emit exportsReady(ticket, out, notOpen());
        return;
    }
    ExportRepository repo(*m_db);
    auto list = repo.list(limit);
    if (!list) {
        emit exportsReady(ticket, out, list.error().message);
        return;
    }
    ConfigRepository config(*m_db);
    QHash<qint64, ConnectionRecord> connections;
    if (auto all = config.connections()) {
        for (const ConnectionRecord &c : *all)
            connections.insert(c.id, c);
    }
    QStringList ids;
    for (const ExportRecord &e : *list)
        ids << e.orderId;
    const QHash<QString, QString> numbers = orderNumbers(*m_db, ids);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ExportRecord &e : *list) {
        ExportRow row;
        row.record = e;
        row.orderNumber = numbers.value(e.orderId);
        const ConnectionRecord c = connections.value(e.connectionId);
        row.connectionName = c.name;
        if (e.status == QLatin1String("SENT") && !e.sentAt.isEmpty())
            row.ackOverdue = timeFromText(e.sentAt).msecsTo(now) > c.ackOverdueMs;
        out.append(row);
    }
    emit exportsReady(ticket, out, {});
}

void ConsoleDataWorker::pushLog(quint64 ticket, int limit)
{
    const StatementReset reset(m_db);
    QList<PushLogRow> out;
    if (!m_db) {
        emit pushLogReady(ticket, out, notOpen());
        return;
    }
    ExportRepository repo(*m_db);
    auto log = repo.pushLog({}, limit);
    if (!log) {
        emit pushLogReady(ticket, out, log.error().message);
        return;
    }
    QStringList ids;
    for (const PushLogRecord &r : *log)
        ids << r.orderId;
    const QHash<QString, QString> numbers = orderNumbers(*m_db, ids);
    for (const PushLogRecord &r : *log)
        out.append({r, numbers.value(r.orderId)});
    emit pushLogReady(ticket, out, {});
}

void ConsoleDataWorker::inbound(quint64 ticket, int limit)
{
    const StatementReset reset(m_db);
    if (!m_db) {
        emit inboundReady(ticket, {}, notOpen());
        return;
    }
    InboundRepository repo(*m_db);
    auto list = repo.list(limit);
    emit inboundReady(ticket, list ? *list : QList<InboundRecord>(), list ? QString() : list.error().message);
}

void ConsoleDataWorker::inboundContent(quint64 ticket, qint64 inboundId)
{
    const StatementReset reset(m_db);
    if (!m_db) {
        emit inboundContentReady(ticket, {}, notOpen());
        return;
    }
    InboundRepository repo(*m_db);
    auto content = repo.content(inboundId);
    emit inboundContentReady(ticket, content ? *content : QByteArray(), content ? QString() : content.error().message);
}

void ConsoleDataWorker::dashboard(quint64 ticket)
{
    const StatementReset reset(m_db);
    DashboardStats out;
    if (!m_db) {
        out.error = notOpen();
        emit dashboardReady(ticket, out);
        return;
    }
    QSqlQuery &count = m_db->query(QStringLiteral("SELECT COUNT(*) FROM draft_order WHERE state = ?"));
    for (OrderState st : kAllOrderStates) {
        count.bindValue(0, stateName(st));
        if (execQuery(count, QStringLiteral("counting orders")) && count.next())
            out.ordersByState.insert(int(st), count.value(0).toInt());
        count.finish();
    }
    out.failedOrders = out.ordersByState.value(int(OrderState::Failed));

    // The push log is appended in time order: walk it newest first by id and stop at the cut-off, instead of
    // scanning the whole log for a time range it has no index on.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString hourAgo = timeText(now.addSecs(-3600));
    out.pushesPerMinute = QList<int>(30, 0);
    QSqlQuery &log = m_db->query(QStringLiteral("SELECT started_at, outcome FROM erp_push_log ORDER BY id DESC"));
    log.setForwardOnly(true);
    if (execQuery(log, QStringLiteral("reading the push log"))) {
        while (log.next()) {
            const QString at = log.value(0).toString();
            if (at < hourAgo)
                break;
            const qint64 minutesAgo = timeFromText(at).secsTo(now) / 60;
            if (minutesAgo >= 0 && minutesAgo < 30)
                ++out.pushesPerMinute[29 - int(minutesAgo)];
            const QString outcome = log.value(1).toString();
            if (outcome == QLatin1String("transient") || outcome == QLatin1String("permanent"))
                ++out.failedPushesLastHour;
        }
    }
    log.finish();

    QSqlQuery &oldest = m_db->query(QStringLiteral("SELECT MIN(updated_at) FROM draft_order WHERE state = ?"));
    for (OrderState st : kAllOrderStates) {
        if (isFinalState(st) || st == OrderState::Failed || st == OrderState::Invalid)
            continue;   // those wait for an operator decision, not for the pipeline
        oldest.bindValue(0, stateName(st));
        if (execQuery(oldest, QStringLiteral("finding the oldest order")) && oldest.next()) {
            const QString at = oldest.value(0).toString();
            if (!at.isEmpty() && (out.oldestWaitingAt.isEmpty() || at < out.oldestWaitingAt)) {
                out.oldestWaitingAt = at;
                out.oldestWaitingState = stateName(st);
            }
        }
        oldest.finish();
    }
    emit dashboardReady(ticket, out);
}

void ConsoleDataWorker::action(quint64 ticket, const ActionRequest &request)
{
    const StatementReset reset(m_db);
    ActionOutcome outcome;
    outcome.kind = request.kind;
    if (!m_db) {
        outcome.error = notOpen();
        emit actionFinished(ticket, outcome);
        return;
    }
    OrderStateChanges changes;
    outcome = runOperatorAction(*m_db, request, changes);
    if (!changes.isEmpty())
        emit changed(changes);
    emit actionFinished(ticket, outcome);
}

} // namespace orderflow::console
