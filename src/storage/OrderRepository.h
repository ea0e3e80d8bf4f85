// Draft orders and their lines: insert, load, list, and every state change (with its audit row).
#pragma once

#include "domain/Order.h"
#include "domain/OrderEvent.h"
#include "domain/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>

namespace orderflow {

struct OrderSummary {
    QString id;
    qint64 orgId = 0;
    QString orgSlug;
    QString sourceName;
    QString orderNumber;
    QString customerName;
    OrderState state = OrderState::Received;
    int lineCount = 0;
    QString netAmount;
    QString currency;
    QString receivedAt;
    QString updatedAt;
    QString lastError;
    QString nextAttemptAt;
};

struct OrderFilter {
    std::optional<OrderState> state;
    QString orgSlug;
    int limit = 100;
    int offset = 0;
    bool newestFirst = true;
};

class OrderRepository {
public:
    explicit OrderRepository(Database &db) : m_db(db), m_audit(db) {}

    // Stores a new order in state `received` with its lines; sets order.id. Caller provides the transaction.
    Status insert(Order &order);
    Result<Order> load(const QString &id);
    // Several orders with their lines, by id (a push batch's); ids not found are simply absent.
    Result<QHash<QString, Order>> loadAll(const QStringList &ids);
    // Full id from an id, a unique prefix of at least 6 characters, or a unique ending of at least 8 (shortOrderId).
    Result<QString> resolveId(const QString &idOrPrefix);
    Result<QList<OrderSummary>> list(const OrderFilter &filter);
    // How many orders the filter matches, ignoring limit and offset (to say what a listing left out).
    Result<qint64> count(const OrderFilter &filter);
    // Where an order stands: state, validation problems, last error, next attempt, push generation, duplicate_of.
    Result<QJsonObject> status(const QString &id);
    Result<QHash<OrderState, int>> stateCounts(const QString &orgSlug = {});
    Result<QStringList> idsInState(OrderState state, int limit);
    // When each of these orders was last changed (updated_at, its version), by id; ids that do not exist are left out.
    Result<QHash<QString, QString>> versions(const QStringList &ids);
    // How many orders are in `received` (counted up to `limit`) and when the first of them arrived.
    struct Backlog {
        int count = 0;
        QDateTime oldest;
    };
    Result<Backlog> receivedBacklog(int limit);

    struct Transition {
        OrderState to;
        QString actor;
        QString action;
        QString detail;
        std::optional<OrderState> expectedFrom;   // refuse if the order is no longer in this state
        // Extra columns to set in the same UPDATE ("last_error", "next_attempt_at", ...).
        QList<QPair<QString, QVariant>> set;
        // A state passed on the way, in the same change (delivered, then acked by the same answer): both steps are
        // checked against the state table and audited, but the row is written once, with the final state.
        struct Step {
            OrderState state;
            QString action;
            QString detail;
        };
        std::optional<Step> via;
        // The order's organisation when the caller has it (it loaded the order): the UPDATE then only counts the
        // row it changed instead of returning it (SQLite buffers RETURNING rows in a temporary table).
        qint64 orgId = 0;
        // Non-null: refuse (state_changed) unless the order was last changed at this time (its updated_at) — a
        // decision made on the order as read earlier is written only if nothing changed it since.
        QString expectedVersion;
    };
    // Checks the state table, updates, writes the audit row. Caller provides the transaction when several
    // changes must be atomic.
    Result<OrderStateChange> transition(const QString &orderId, const Transition &t);
    // The same change for several orders (a batch's acknowledgements), in as few statements as the runs allow:
    // t.expectedFrom is required and t.detail / t.via->detail are taken from each move. Fails (state_changed,
    // naming the order) when one of them was changed meanwhile; the caller's transaction then undoes the rest.
    struct Move {
        QString orderId;
        QString detail;
        QString viaDetail;
    };
    Result<OrderStateChanges> transitionAll(const QList<Move> &moves, const Transition &t);
    // The statement transitionAll() runs for a run of `ids` orders, setting these columns besides state and
    // updated_at (for the check of its query plan: the orders are found by id, never by walking a state's index).
    static QString moveRunSql(const QStringList &setColumns, qsizetype ids);
    // An order waiting to retry becomes due now (operator "push now"); fails with state_changed when it no longer waits.
    Status makeDueNow(const QString &orderId);

    // After validation: totals, fingerprint and problems in one UPDATE (no state change).
    Status saveProcessing(const Order &order, const OrderTotals &totals, const QList<ValidationProblem> &problems);
    // The same, split for the processing step, which writes the order's row once: the columns go into its
    // transition's `set` (one UPDATE of the row, one change-feed row) and the lines' totals are saved on their own.
    static QList<QPair<QString, QVariant>> processingColumns(const Order &order, const OrderTotals &totals,
                                                             const QList<ValidationProblem> &problems);
    Status saveLineTotals(const Order &order);
    // The earliest live order with the same fingerprint in the organisation, if any.
    Result<QString> findByFingerprint(qint64 orgId, const QString &fingerprint, const QString &exceptId);

    AuditLog &audit() { return m_audit; }

private:
    Error stateChanged(const QString &orderId, OrderState expected);

    Database &m_db;
    AuditLog m_audit;
};

QJsonObject orderSummaryJson(const OrderSummary &s);

} // namespace orderflow
