// `orderflow orders list | show ID`: the orders, and one order in full.
#include "cli/CliCommand.h"
#include "cli/CliSupport.h"
#include "domain/PriceBasis.h"

#include "storage/OrderDocument.h"
#include "storage/OrderRepository.h"

#include <QJsonArray>

namespace orderflow::cli {

namespace {

int cmdOrders(const QStringList &args)
{
    Command c(QStringLiteral("orderflow orders list [--state S] [--org SLUG] [--limit N] [--offset K] [--oldest-first] | orders show ID: the orders "
                             "(newest first) and one order in full. A listing that leaves orders out says how many."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or show"));
    c.parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("order id, a unique prefix, or its last 8 characters (show)"));
    QCommandLineOption state(QStringLiteral("state"), QStringLiteral("Only orders in this state (received, invalid, review, approved, pushing, sent, retry_wait, acked, failed, rejected, duplicate)."), QStringLiteral("S"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Only this organisation."), QStringLiteral("SLUG"));
    QCommandLineOption oldestFirst(QStringLiteral("oldest-first"), QStringLiteral("Oldest received first (default: newest first)."));
    c.parser.addOptions({state, org, oldestFirst});
    const PagingOptions paging(c, QStringLiteral("orders"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    OrderRepository orders(**db);
    const QStringList pos = c.parser.positionalArguments();
    if (pos.first() == QLatin1String("list")) {
        OrderFilter filter;
        if (c.parser.isSet(state)) {
            filter.state = stateFromName(c.parser.value(state));
            if (!filter.state)
                return fail(QStringLiteral("unknown state '%1'.").arg(c.parser.value(state)), Usage);
        }
        filter.orgSlug = c.parser.value(org);
        Paging page;
        if (int r = paging.read(c, page); r >= 0)
            return r;
        filter.limit = page.limit;
        filter.offset = page.offset;
        filter.newestFirst = !c.parser.isSet(oldestFirst);
        auto list = orders.list(filter);
        if (!list)
            return fail(list.error().message);
        auto total = orders.count(filter);
        if (!total)
            return fail(total.error().message);
        if (c.wantsJson()) {
            QJsonArray a;
            for (const OrderSummary &s : *list)
                a.append(orderSummaryJson(s));
            printJson(a);
        } else {
            out() << QStringLiteral("%1  %2  %3  %4  %5\n").arg(QStringLiteral("ID"), -36).arg(QStringLiteral("STATE"), -10).arg(QStringLiteral("PO"), -14).arg(QStringLiteral("CUSTOMER"), -20).arg(QStringLiteral("NET"));
            for (const OrderSummary &s : *list)
                out() << QStringLiteral("%1  %2  %3  %4  %5 %6%7\n").arg(s.id, -36).arg(stateName(s.state), -10).arg(s.orderNumber, -14).arg(s.customerName.left(20), -20)
                             .arg(s.netAmount, s.currency, s.lastError.isEmpty() ? QString() : QStringLiteral("  ! ") + s.lastError);
            out().flush();
        }
        printTruncation(c, list->size(), filter.offset, *total, QStringLiteral("orders"));
        return Ok;
    }
    if (pos.first() != QLatin1String("show") || pos.size() < 2)
        return fail(QStringLiteral("use `orderflow orders list` or `orderflow orders show ID`."), Usage);
    auto id = orders.resolveId(pos.at(1));
    if (!id)
        return fail(id.error().message, codeFor(id.error()));
    auto order = orders.load(*id);
    if (!order)
        return fail(order.error().message, codeFor(order.error()));
    auto document = orderDocument(**db, *id);
    if (!document)
        return fail(document.error().message, codeFor(document.error()));
    if (!*document)
        return fail(QStringLiteral("No order %1.").arg(*id), NotFound);
    const QJsonObject full = (*document)->json;
    const QJsonObject status = full.value(QStringLiteral("status")).toObject();
    const QJsonArray exportRows = full.value(QStringLiteral("exports")).toArray();
    if (c.wantsJson()) {
        printJson(full);
        return Ok;
    }
    out() << QStringLiteral("Order %1\n  state: %2\n  PO: %3  customer: %4\n").arg(*id, status.value(QStringLiteral("state")).toString(), order->orderNumber, order->customer.name);
    for (const OrderLine &l : order->lines) {
        const QString unitPrice = l.unitPrice ? l.unitPrice->toString(2) : QStringLiteral("?");
        // A price sent for another quantity: as sent, what it is for, and the price of one unit the total uses.
        const QString price = l.priceAsSent && !l.priceBasis.isEmpty()
            ? QStringLiteral("%1 per %2 → %3 each").arg(l.priceAsSent->toString(2), priceBasisText(l.priceBasis), unitPrice)
            : unitPrice;
        out() << QStringLiteral("  line %1: %2 × %3 @ %4\n").arg(l.lineNo).arg(l.sku, l.quantity ? l.quantity->toString() : QStringLiteral("?"), price);
    }
    for (const QJsonValue &p : status.value(QStringLiteral("problems")).toArray())
        out() << QStringLiteral("  problem: %1\n").arg(p.toObject().value(QStringLiteral("message")).toString());
    if (status.contains(QStringLiteral("last_error")))
        out() << QStringLiteral("  last error: %1\n").arg(status.value(QStringLiteral("last_error")).toString());
    for (const QJsonValue &e : exportRows) {
        const QJsonObject o = e.toObject();
        out() << QStringLiteral("  export %1: %2 %3 %4\n").arg(o.value(QStringLiteral("id")).toInteger()).arg(o.value(QStringLiteral("status")).toString(),
                     o.value(QStringLiteral("file_name")).toString(), o.value(QStringLiteral("erp_order_id")).toString());
    }
    for (const QJsonValue &a : full.value(QStringLiteral("push_attempts")).toArray()) {
        const QJsonObject o = a.toObject();
        const QString error = o.value(QStringLiteral("error")).toString();
        out() << QStringLiteral("  push attempt %1 at %2: %3 (%4 ms)%5\n").arg(o.value(QStringLiteral("attempt")).toInt()).arg(o.value(QStringLiteral("started_at")).toString(),
                     o.value(QStringLiteral("outcome")).toString()).arg(o.value(QStringLiteral("latency_ms")).toInteger()).arg(error.isEmpty() ? QString() : QStringLiteral(" — ") + error);
    }
    for (const QJsonValue &a : full.value(QStringLiteral("audit")).toArray()) {
        const QJsonObject o = a.toObject();
        out() << QStringLiteral("  %1 %2 %3 %4→%5 %6\n").arg(o.value(QStringLiteral("at")).toString(), o.value(QStringLiteral("actor")).toString(), o.value(QStringLiteral("action")).toString(),
                     o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString(), o.value(QStringLiteral("detail")).toString());
    }
    out().flush();
    return Ok;
}

} // namespace

CliCommand ordersCommand()
{
    return {QStringLiteral("orders"), {{QStringLiteral("orders list [--state S] [--limit N] [--offset K] | show ID"), QStringLiteral("orders, newest first")}}, cmdOrders};
}

} // namespace orderflow::cli
