#include "data/ConsoleDataWorker.h"

#include "data/ActionRunner.h"
#include "pipeline/Configuration.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/OrderBrowseRepository.h"
#include "storage/OrderDetailRepository.h"
#include "storage/QueueStatsRepository.h"
#include "storage/SqlTime.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConsoleData, "orderflow.console.data")

namespace orderflow::console {
namespace {

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
    if (auto rows = OrderBrowseRepository(*m_db).page(query, after, limit)) {
        out.rows = std::move(*rows);
        out.atEnd = out.rows.size() < limit;
    } else {
        out.error = rows.error().message;
    }
    emit pageReady(ticket, out);
}

void ConsoleDataWorker::rows(quint64 ticket, const OrderQuery &query, const QStringList &ids)
{
    const StatementReset reset(m_db);
    if (!m_db) {
        emit rowsReady(ticket, {}, {});
        return;
    }
    auto rows = OrderBrowseRepository(*m_db).rows(query, ids);
    if (!rows) {
        // Answer for none of the ids: an order that could not be read must not look as if it left the queue.
        qCWarning(lcConsoleData) << rows.error().message;
        emit rowsReady(ticket, {}, {});
        return;
    }
    emit rowsReady(ticket, *rows, ids);
}

void ConsoleDataWorker::count(quint64 ticket, const OrderQuery &query)
{
    const StatementReset reset(m_db);
    int n = -1;
    if (m_db) {
        if (auto counted = OrderBrowseRepository(*m_db).count(query))
            n = *counted;
        else
            qCWarning(lcConsoleData) << counted.error().message;
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
    if (auto queues = QueueStatsRepository(*m_db).queues(orgId)) {
        for (auto it = queues->cbegin(); it != queues->cend(); ++it)
            out.byState.insert(int(it.key()), it.value());
    } else {
        out.error = queues.error().message;
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
    } else if (auto record = OrderDetailRepository(*m_db).get(orderId); !record) {
        d.error = record.error().message;
    } else if (!*record) {
        d.error = tr("Order %1 no longer exists.").arg(orderId);
    } else {
        static_cast<OrderDetailRecord &>(d) = std::move(**record);
        d.found = true;
    }
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
    const auto numbers = OrderBrowseRepository(*m_db).orderNumbers(ids);
    if (!numbers) {
        emit exportsReady(ticket, out, numbers.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ExportRecord &e : *list) {
        ExportRow row;
        row.record = e;
        row.orderNumber = numbers->value(e.orderId);
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
    const auto numbers = OrderBrowseRepository(*m_db).orderNumbers(ids);
    if (!numbers) {
        emit pushLogReady(ticket, out, numbers.error().message);
        return;
    }
    for (const PushLogRecord &r : *log)
        out.append({r, numbers->value(r.orderId)});
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
    } else if (auto figures = QueueStatsRepository(*m_db).dashboard(QDateTime::currentDateTimeUtc())) {
        static_cast<DashboardFigures &>(out) = std::move(*figures);
    } else {
        out.error = figures.error().message;
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
