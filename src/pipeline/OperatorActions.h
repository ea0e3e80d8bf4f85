// What an operator does to orders (approve, retry, reject, revalidate, replay), each recorded in the audit
// trail with the operator's name. Bulk calls report per order; one bad order never stops the rest.
#pragma once

#include "domain/OrderEvent.h"
#include "storage/Database.h"

namespace orderflow {

struct ActionResult {
    QString orderId;     // as given by the caller
    bool ok = false;
    QString message;     // what happened, or why not
};

class OperatorActions {
public:
    OperatorActions(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    QList<ActionResult> approve(const QStringList &ids, OrderStateChanges &changes);
    // Make orders due for the push worker now: approved stays approved, retry_wait → next attempt now (the backoff
    // is skipped, the attempt count and idempotency key stay). The caller nudges the engine. One rule for the
    // console and `orderflow push`: nothing is approved implicitly — an order in review is refused with "approve
    // it first" (kPushNowRule says so in tooltips and --help).
    static const char *const kPushNowRule;
    QList<ActionResult> pushNow(const QStringList &ids, OrderStateChanges &changes);
    // Why an order in this state cannot be pushed now (empty when it can): the rule's one wording.
    static QString pushNowRefusal(const QString &orderId, OrderState state);
    // failed → approved with a new push generation (a new export and idempotency key).
    QList<ActionResult> retry(const QStringList &ids, OrderStateChanges &changes);
    QList<ActionResult> reject(const QStringList &ids, const QString &reason, OrderStateChanges &changes);
    QList<ActionResult> revalidate(const QStringList &ids, OrderStateChanges &changes);
    // Parses a stored inbound message again (after fixing a mapping); new orders only for new content.
    ActionResult replay(qint64 inboundId, OrderStateChanges &changes);

private:
    template <typename F>
    QList<ActionResult> forEach(const QStringList &ids, F &&action);

    Database &m_db;
    QString m_actor;
};

} // namespace orderflow
