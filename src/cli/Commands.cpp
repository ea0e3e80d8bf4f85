#include "cli/Commands.h"
#include "cli/CliSupport.h"

#include "connectors/ErpConnector.h"
#include "demo/DemoWorkspace.h"
#include "demo/SimulatedErp.h"
#include "formats/FormatRegistry.h"
#include "formats/export/ExportJson.h"
#include "pipeline/Configuration.h"
#include "pipeline/Engine.h"
#include "pipeline/Ingestor.h"
#include "pipeline/OperatorActions.h"
#include "pipeline/OrderProcessor.h"
#include "pipeline/PushService.h"
#include "pipeline/Transformations.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/ExportRepository.h"
#include "storage/InboundRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SqlTime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace orderflow::cli {
namespace {

// ---- config ------------------------------------------------------------------------------------------------

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("not_found"), QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("config"), QStringLiteral("%1 is not a JSON object (%2 at byte %3).").arg(path, e.errorString()).arg(e.offset));
    return doc.object();
}

// Checked against every type's schema before anything is stored.
Status applyConfig(Database &db, const QJsonObject &doc, ApplySummary *summary = nullptr)
{
    auto applied = applyConfigDocument(db, doc);
    if (!applied)
        return applied.error();
    if (summary)
        *summary = *applied;
    return {};
}

int cmdConfig(const QStringList &args)
{
    // `config schema` needs no database and has options of its own.
    if (args.size() > 1 && args.at(1) == QLatin1String("schema"))
        return cmdConfigSchema(args);
    Command c(QStringLiteral("orderflow config apply FILE | config export [--defaults] | config schema [--type TYPE]: set organisations, "
                             "sources, connections and products from JSON, print them, or print the JSON Schema config files follow."), false);
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("apply, export or schema"));
    c.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("JSON file (apply)"));
    QCommandLineOption defaults(QStringLiteral("defaults"), QStringLiteral("export: write every default value out (by default they are left out)."));
    c.parser.addOption(defaults);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QStringList pos = c.parser.positionalArguments();
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    if (pos.first() == QLatin1String("export")) {
        auto exported = exportConfigDocument(**db, c.parser.isSet(defaults) ? ExportDefaults::Explicit : ExportDefaults::Omit);
        if (!exported)
            return fail(exported.error().message);
        printJson(*exported);
        return Ok;
    }
    if (pos.first() != QLatin1String("apply") || pos.size() < 2)
        return fail(QStringLiteral("use `orderflow config apply FILE`, `orderflow config export` or `orderflow config schema`."), Usage);
    auto doc = readJsonFile(pos.at(1));
    if (!doc)
        return fail(doc.error().message, codeFor(doc.error()));
    ApplySummary s;
    if (Status st = applyConfig(**db, *doc, &s); !st)
        return fail(QStringLiteral("%1: %2").arg(pos.at(1), st.error().message));
    out() << QStringLiteral("applied %1 orgs, %2 connections, %3 sources, %4 products to %5").arg(s.orgs).arg(s.connections).arg(s.sources).arg(s.products).arg((*db)->path()) << Qt::endl;
    return Ok;
}

// Validates and decides what was just stored, so the CLI can show where the orders stand.
Status processReceived(Database &db)
{
    OrderProcessor processor(db);
    while (true) {
        auto batch = processor.processBatch(500);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return {};
    }
}

// ---- parse / ingest ----------------------------------------------------------------------------------------

int cmdParse(const QStringList &args)
{
    Command c(QStringLiteral("orderflow parse FILE: show the canonical orders a file gives, and any errors. Stores nothing."));
    c.parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the partner file"));
    QCommandLineOption format(QStringLiteral("format"), QStringLiteral("auto, json, x12-850 or edifact-orders (default auto)."), QStringLiteral("FORMAT"), QStringLiteral("auto"));
    c.parser.addOption(format);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    const QString path = c.parser.positionalArguments().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()), NotFound);
    ParseOptions options;
    options.fileName = QFileInfo(path).fileName();
    options.format = c.parser.value(format);
    const ParseResult result = parseDocument(f.readAll(), options);
    QJsonArray orders, errors;
    ExportContext ctx;
    ctx.includeIdentity = false;
    for (const Order &o : result.orders)
        orders.append(exportDocument(o, ctx));
    for (const ParseError &e : result.errors)
        errors.append(e.toJson());
    if (c.wantsJson()) {
        printJson(QJsonObject{{QStringLiteral("orders"), orders}, {QStringLiteral("errors"), errors}});
    } else {
        for (const Order &o : result.orders)
            out() << QStringLiteral("order %1  customer %2  %3 lines\n").arg(o.orderNumber, o.customer.name.isEmpty() ? o.customer.partnerId : o.customer.name).arg(o.lines.size());
        for (const ParseError &e : result.errors)
            out() << QStringLiteral("error: %1\n").arg(e.toString());
        out().flush();
    }
    return result.errors.isEmpty() ? Ok : ItemFailed;
}

int cmdIngest(const QStringList &args)
{
    Command c(QStringLiteral("orderflow ingest FILE...: store partner files as inbound messages and orders (then processed as usual)."));
    c.parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("partner files"), QStringLiteral("FILE..."));
    QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Source the files belong to (its format, mapping and approval rule apply)."), QStringLiteral("NAME"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Organisation (when --source is not given, or is ambiguous)."), QStringLiteral("SLUG"));
    c.parser.addOption(source);
    c.parser.addOption(org);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    ConfigRepository config(**db);
    Result<SourceRecord> src = Error();
    if (c.parser.isSet(source)) {
        src = config.sourceByName(c.parser.value(org), c.parser.value(source));
    } else {
        QString slug = c.parser.value(org);
        if (slug.isEmpty()) {
            auto orgs = config.orgs();
            if (!orgs || orgs->size() != 1)
                return fail(QStringLiteral("give --source NAME or --org SLUG (the database has %1 organisations).").arg(orgs ? orgs->size() : 0), Usage);
            slug = orgs->first().slug;
        }
        src = config.ensureCliSource(slug);
    }
    if (!src)
        return fail(src.error().message, codeFor(src.error()));
    Ingestor ingestor(**db);
    QJsonArray results;
    int failures = 0;
    for (const QString &path : c.parser.positionalArguments()) {
        QFile f(path);
        QJsonObject row{{QStringLiteral("file"), path}};
        if (!f.open(QIODevice::ReadOnly)) {
            row.insert(QStringLiteral("status"), QStringLiteral("unreadable"));
            row.insert(QStringLiteral("error"), f.errorString());
            ++failures;
        } else {
            auto r = ingestor.ingestDocument(*src, QFileInfo(path).fileName(), f.readAll());
            if (!r) {
                row.insert(QStringLiteral("status"), QStringLiteral("error"));
                row.insert(QStringLiteral("error"), r.error().message);
                ++failures;
            } else {
                row.insert(QStringLiteral("status"), r->status);
                row.insert(QStringLiteral("inbound_id"), r->inboundId);
                row.insert(QStringLiteral("orders"), r->orders);
                if (!r->errors.isEmpty())
                    row.insert(QStringLiteral("errors"), QJsonArray::fromStringList(r->errors));
                if (r->status == QLatin1String("parse_error"))
                    ++failures;
            }
        }
        results.append(row);
    }
    // The files are stored; if validation cannot run now, the daemon does it later.
    if (Status processed = processReceived(**db); !processed)
        err() << "orderflow: stored, but not validated yet: " << processed.error().message << Qt::endl;
    if (c.wantsJson()) {
        printJson(results);
    } else {
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            out() << QStringLiteral("%1: %2").arg(o.value(QStringLiteral("file")).toString(), o.value(QStringLiteral("status")).toString());
            if (o.contains(QStringLiteral("orders")))
                out() << QStringLiteral(", %1 orders (inbound %2)").arg(o.value(QStringLiteral("orders")).toInt()).arg(o.value(QStringLiteral("inbound_id")).toInteger());
            for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
                out() << QStringLiteral("\n  ") << e.toString();
            if (o.contains(QStringLiteral("error")))
                out() << QStringLiteral("\n  ") << o.value(QStringLiteral("error")).toString();
            out() << Qt::endl;
        }
    }
    return failures ? ItemFailed : Ok;
}

// ---- orders ------------------------------------------------------------------------------------------------

int cmdOrders(const QStringList &args)
{
    Command c(QStringLiteral("orderflow orders list [--state S] | orders show ID: the orders and one order in full."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or show"));
    c.parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("order id or unique prefix (show)"));
    QCommandLineOption state(QStringLiteral("state"), QStringLiteral("Only orders in this state (received, invalid, review, approved, pushing, sent, retry_wait, acked, failed, rejected, duplicate)."), QStringLiteral("S"));
    QCommandLineOption org(QStringLiteral("org"), QStringLiteral("Only this organisation."), QStringLiteral("SLUG"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N orders (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    c.parser.addOptions({state, org, limit});
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
        filter.limit = c.parser.value(limit).toInt();
        auto list = orders.list(filter);
        if (!list)
            return fail(list.error().message);
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
    ConfigRepository config(**db);
    auto source = config.source(order->sourceId);
    ExportContext ctx;
    ctx.orgSlug = source ? source->orgSlug : QString();
    ctx.sourceName = source ? source->name : QString();
    QJsonObject doc = exportDocument(*order, ctx);
    auto orderStatus = orders.status(*id);
    if (!orderStatus)
        return fail(orderStatus.error().message, codeFor(orderStatus.error()));
    const QJsonObject status = *orderStatus;
    ExportRepository exports(**db);
    QJsonArray exportRows, attempts;
    if (auto ex = exports.forOrder(*id))
        for (const ExportRecord &r : *ex)
            exportRows.append(exportJsonRow(r));
    if (auto log = exports.pushLog(*id, 1000))
        for (const PushLogRecord &r : *log)
            attempts.prepend(pushLogJsonRow(r));
    auto audit = AuditLog(**db).forEntity(QStringLiteral("order"), *id);
    QJsonObject full{{QStringLiteral("order"), doc}, {QStringLiteral("status"), status}, {QStringLiteral("exports"), exportRows},
                     {QStringLiteral("push_attempts"), attempts}, {QStringLiteral("audit"), audit ? *audit : QJsonArray()}};
    if (c.wantsJson()) {
        printJson(full);
        return Ok;
    }
    out() << QStringLiteral("Order %1\n  state: %2\n  PO: %3  customer: %4\n").arg(*id, status.value(QStringLiteral("state")).toString(), order->orderNumber, order->customer.name);
    for (const OrderLine &l : order->lines)
        out() << QStringLiteral("  line %1: %2 × %3 @ %4\n").arg(l.lineNo).arg(l.sku, l.quantity ? l.quantity->toString() : QStringLiteral("?"), l.unitPrice ? l.unitPrice->toString(2) : QStringLiteral("?"));
    for (const QJsonValue &p : status.value(QStringLiteral("problems")).toArray())
        out() << QStringLiteral("  problem: %1\n").arg(p.toObject().value(QStringLiteral("message")).toString());
    if (status.contains(QStringLiteral("last_error")))
        out() << QStringLiteral("  last error: %1\n").arg(status.value(QStringLiteral("last_error")).toString());
    for (const QJsonValue &e : exportRows) {
        const QJsonObject o = e.toObject();
        out() << QStringLiteral("  export %1: %2 %3 %4\n").arg(o.value(QStringLiteral("id")).toInteger()).arg(o.value(QStringLiteral("status")).toString(),
                     o.value(QStringLiteral("file_name")).toString(), o.value(QStringLiteral("erp_order_id")).toString());
    }
    for (const QJsonValue &a : full.value(QStringLiteral("audit")).toArray()) {
        const QJsonObject o = a.toObject();
        out() << QStringLiteral("  %1 %2 %3 %4→%5 %6\n").arg(o.value(QStringLiteral("at")).toString(), o.value(QStringLiteral("actor")).toString(), o.value(QStringLiteral("action")).toString(),
                     o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString(), o.value(QStringLiteral("detail")).toString());
    }
    out().flush();
    return Ok;
}

// ---- operator actions --------------------------------------------------------------------------------------

int reportResults(const Command &c, const QList<ActionResult> &results)
{
    int failures = 0;
    QJsonArray a;
    for (const ActionResult &r : results) {
        a.append(QJsonObject{{QStringLiteral("id"), r.orderId}, {QStringLiteral("ok"), r.ok}, {QStringLiteral("message"), r.message}});
        if (!r.ok)
            ++failures;
        if (!c.wantsJson())
            out() << QStringLiteral("%1: %2 %3\n").arg(r.orderId, r.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"), r.message);
    }
    if (c.wantsJson())
        printJson(a);
    else
        out() << QStringLiteral("%1 succeeded, %2 failed\n").arg(results.size() - failures).arg(failures);
    out().flush();
    return failures ? ItemFailed : Ok;
}

int cmdAction(const QString &name, const QStringList &args)
{
    Command c(QStringLiteral("orderflow %1 ID...: %2 (per-order result; exit 1 when any failed).").arg(name,
        name == QLatin1String("approve") ? QStringLiteral("approve orders waiting for review")
        : name == QLatin1String("retry") ? QStringLiteral("retry failed orders with a new push generation")
        : name == QLatin1String("reject") ? QStringLiteral("cancel open orders")
        : name == QLatin1String("revalidate") ? QStringLiteral("validate invalid orders again after fixing mapping or catalog")
        : QStringLiteral("push approved or waiting orders now")));
    c.parser.addPositionalArgument(QStringLiteral("ids"), QStringLiteral("order ids or unique prefixes"), QStringLiteral("ID..."));
    QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why (reject)."), QStringLiteral("TEXT"));
    if (name == QLatin1String("reject"))
        c.parser.addOption(reason);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    const QStringList ids = c.parser.positionalArguments();
    OperatorActions actions(**db, operatorName());
    OrderStateChanges changes;
    if (name == QLatin1String("approve"))
        return reportResults(c, actions.approve(ids, changes));
    if (name == QLatin1String("retry"))
        return reportResults(c, actions.retry(ids, changes));
    if (name == QLatin1String("reject"))
        return reportResults(c, actions.reject(ids, c.parser.value(reason), changes));
    if (name == QLatin1String("revalidate"))
        return reportResults(c, actions.revalidate(ids, changes));

    // push: claim and push exactly these orders now, in this process.
    OrderRepository orders(**db);
    QList<ActionResult> results;
    QStringList resolved;
    for (const QString &given : ids) {
        auto id = orders.resolveId(given);
        if (!id)
            results.append({given, false, id.error().message});
        else
            resolved << *id;
    }
    PushService push(**db);
    auto round = push.runRound(int(resolved.size()), resolved);
    if (!round)
        return fail(round.error().message);
    for (const QString &id : resolved) {
        auto order = orders.load(id);
        if (!order) {
            results.append({id, false, order.error().message});
            continue;
        }
        bool touched = false;
        for (const OrderStateChange &ch : round->changes)
            touched = touched || ch.orderId == id;
        const bool ok = touched && (order->state == OrderState::Sent || order->state == OrderState::Acked);
        QString message = QStringLiteral("now %1").arg(stateName(order->state));
        if (!touched)
            message = QStringLiteral("not pushed: order is '%1' (only approved or retry_wait orders can be pushed)").arg(stateName(order->state));
        for (const QString &m : round->messages)
            if (m.contains(id))
                message += QStringLiteral(" — ") + m;
        results.append({id, ok, message});
    }
    return reportResults(c, results);
}

int cmdReplay(const QStringList &args)
{
    Command c(QStringLiteral("orderflow replay INBOUND_ID: parse a stored inbound file again (after fixing a mapping)."));
    c.parser.addPositionalArgument(QStringLiteral("inbound"), QStringLiteral("inbound message id (see `orderflow inbound list`)"));
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    OperatorActions actions(**db, operatorName());
    OrderStateChanges changes;
    const ActionResult r = actions.replay(c.parser.positionalArguments().first().toLongLong(), changes);
    if (Status processed = processReceived(**db); !processed)
        err() << "orderflow: stored, but not validated yet: " << processed.error().message << Qt::endl;
    return reportResults(c, {r});
}

// ---- listings ----------------------------------------------------------------------------------------------

int cmdExports(const QStringList &args)
{
    Command c(QStringLiteral("orderflow exports list [--status S]: ERP exports with their status (PENDING, SENT, ACKED, FAILED); overdue acks flagged."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    c.parser.addOptions({status, limit});
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    auto rows = ExportRepository(**db).list(c.parser.value(limit).toInt(), c.parser.value(status).toUpper());
    if (!rows)
        return fail(rows.error().message);
    QHash<qint64, qint64> overdueMs;
    if (auto conns = ConfigRepository(**db).connections())
        for (const ConnectionRecord &cr : *conns)
            overdueMs.insert(cr.id, cr.ackOverdueMs);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray a;
    for (const ExportRecord &r : *rows) {
        QJsonObject o = exportJsonRow(r);
        const bool overdue = r.status == QLatin1String("SENT") && timeFromText(r.sentAt).msecsTo(now) > overdueMs.value(r.connectionId, 3600000);
        o.insert(QStringLiteral("ack_overdue"), overdue);
        a.append(o);
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  %3  %4  %5%6\n").arg(r.id, 6).arg(r.status, -7).arg(r.orderId.left(8), r.fileName, r.erpOrderId.isEmpty() ? r.errorMessage : r.erpOrderId,
                                                                  overdue ? QStringLiteral("  ACK OVERDUE") : QString());
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    return Ok;
}

int cmdPushlog(const QStringList &args)
{
    Command c(QStringLiteral("orderflow pushlog [ID]: every push attempt (newest first), optionally of one order."));
    c.parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("order id or unique prefix"), QStringLiteral("[ID]"));
    QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default 100)."), QStringLiteral("N"), QStringLiteral("100"));
    c.parser.addOption(limit);
    if (int r = c.parse(args); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    QString id;
    if (!c.parser.positionalArguments().isEmpty()) {
        auto resolved = OrderRepository(**db).resolveId(c.parser.positionalArguments().first());
        if (!resolved)
            return fail(resolved.error().message, codeFor(resolved.error()));
        id = *resolved;
    }
    auto rows = ExportRepository(**db).pushLog(id, c.parser.value(limit).toInt());
    if (!rows)
        return fail(rows.error().message);
    QJsonArray a;
    for (const PushLogRecord &r : *rows) {
        a.append(pushLogJsonRow(r));
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  attempt %3  %4  %5 ms  %6\n").arg(r.startedAt, r.orderId.left(8)).arg(r.attempt).arg(r.outcome, -11).arg(r.latencyMs).arg(r.error);
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    return Ok;
}

int cmdInbound(const QStringList &args)
{
    Command c(QStringLiteral("orderflow inbound list [--status S]: received files (parsed, parse_error, duplicate) with their errors."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Only this status."), QStringLiteral("S"));
    c.parser.addOption(status);
    if (int r = c.parse(args, 1); r >= 0)
        return r;
    auto db = c.open();
    if (!db)
        return fail(db.error().message);
    auto rows = InboundRepository(**db).list(200, c.parser.value(status));
    if (!rows)
        return fail(rows.error().message);
    QJsonArray a;
    for (const InboundRecord &r : *rows) {
        a.append(inboundJson(r));
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2  %3  %4 orders  %5  %6\n").arg(r.id, 6).arg(r.status, -11).arg(r.remoteName).arg(r.orderCount).arg(r.sourceName, r.error);
    }
    if (c.wantsJson())
        printJson(a);
    out().flush();
    return Ok;
}

int cmdFunctions(const QStringList &args)
{
    Command c(QStringLiteral("orderflow functions list: the transformation functions a source's field mapping may use."));
    c.parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list"));
    if (int r = c.parse(args); r >= 0)
        return r;
    QJsonArray a;
    for (const TransformFunction &f : transformFunctions()) {
        a.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("description"), f.description}, {QStringLiteral("arguments"), f.arguments}});
        if (!c.wantsJson())
            out() << QStringLiteral("%1  %2%3\n").arg(f.name, -8).arg(f.description, f.arguments.isEmpty() ? QString() : QStringLiteral(" (args: %1)").arg(f.arguments));
    }
    if (c.wantsJson()) {
        printJson(QJsonObject{{QStringLiteral("functions"), a}, {QStringLiteral("fields"), QJsonArray::fromStringList(transformableFields())}});
    } else {
        out() << QStringLiteral("\nfields: %1\n").arg(transformableFields().join(QStringLiteral(", ")));
        out().flush();
    }
    return Ok;
}

// ---- run ---------------------------------------------------------------------------------------------------

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    char b = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &b, 1);
}

int cmdRun(const QStringList &args)
{
    Command c(QStringLiteral("orderflow run [--demo] [--config FILE]: run the engine (ingest, process, push, acks) until stopped with Ctrl-C or SIGTERM."), false);
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Create and run a self-contained demo workspace (partner folder, dropzone, simulated ERP)."));
    QCommandLineOption demoDir(QStringLiteral("demo-dir"), QStringLiteral("Where the demo workspace lives (default ./orderflow-demo)."), QStringLiteral("DIR"), QStringLiteral("orderflow-demo"));
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Apply this configuration file before starting."), QStringLiteral("FILE"));
    QCommandLineOption duration(QStringLiteral("duration"), QStringLiteral("Stop after SECONDS (for scripts and tests)."), QStringLiteral("SECONDS"));
    QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not print every state change."));
    c.parser.addOptions({demo, demoDir, config, duration, quiet});
    if (int r = c.parse(args); r >= 0)
        return r;
    // First of all, so a stop request during start-up is a graceful stop, not a kill.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("cannot set up signal handling."));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    QString dbPath = c.dbPath();
    DemoPaths paths;
    if (c.parser.isSet(demo)) {
        paths = demoPaths(c.parser.value(demoDir));
        if (!c.parser.isSet(c.db))
            dbPath = paths.database;
    }
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    QLockFile lock(dbPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100)) {
        if (lock.error() != QLockFile::LockFailedError)
            return fail(QStringLiteral("cannot create the lock file %1.lock; check that its directory is writable.").arg(dbPath));
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return fail(QStringLiteral("another `orderflow run` (pid %1) already works on %2; stop it first, or use another --db.").arg(pid).arg(dbPath));
    }
    auto db = Database::open(dbPath, QStringLiteral("run"));
    if (!db)
        return fail(db.error().message);
    if (c.parser.isSet(demo)) {
        auto demoConfig = prepareDemoWorkspace(paths);
        if (!demoConfig)
            return fail(demoConfig.error().message);
        if (Status s = applyConfig(**db, *demoConfig); !s)
            return fail(s.error().message);
    }
    if (c.parser.isSet(config)) {
        auto doc = readJsonFile(c.parser.value(config));
        if (!doc)
            return fail(doc.error().message, codeFor(doc.error()));
        if (Status s = applyConfig(**db, *doc); !s)
            return fail(QStringLiteral("%1: %2").arg(c.parser.value(config), s.error().message));
    }
    db->reset();

    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        err() << "orderflow: stopping (finishing the current work)…" << Qt::endl;
        QCoreApplication::quit();
    });

    EngineOptions options;
    options.databasePath = dbPath;
    Engine engine(options);
    const bool verbose = !c.parser.isSet(quiet);
    QObject::connect(&engine, &Engine::ordersChanged, qApp, [verbose](const OrderStateChanges &changes) {
        if (!verbose)
            return;
        for (const OrderStateChange &ch : changes)
            out() << QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss")) << "  order " << ch.orderId.left(8) << "  "
                  << (ch.created ? QStringLiteral("received") : stateName(ch.from) + QStringLiteral(" → ") + stateName(ch.to)) << Qt::endl;
    });
    // Problems need no printing here: the workers log each one once (category orderflow.engine, on stderr).

    std::unique_ptr<SimulatedErp> erp;
    std::unique_ptr<DemoFeeder> feeder;
    if (c.parser.isSet(demo)) {
        erp = std::make_unique<SimulatedErp>(paths.dropzone, paths.acks);
        erp->start();
        feeder = std::make_unique<DemoFeeder>(paths.inbox);
        feeder->start();
        out() << "OrderFlow demo workspace: " << paths.root << "\n"
              << "  partner folder: " << paths.inbox << "\n  dropzone:       " << paths.dropzone << "\n  database:       " << dbPath << "\n"
              << "Orders flow from the partner folder to the simulated ERP. In another terminal try:\n"
              << "  " << QCoreApplication::applicationFilePath() << " orders list --db " << dbPath << "\n"
              << "  " << QCoreApplication::applicationFilePath() << " retry ID --db " << dbPath << "    (the Globex order fails once: credit hold)\n"
              << "Ctrl-C stops." << Qt::endl;
    } else {
        out() << "orderflow: engine running on " << dbPath << " (Ctrl-C stops)" << Qt::endl;
    }
    engine.start();
    if (c.parser.isSet(duration))
        QTimer::singleShot(int(c.parser.value(duration).toDouble() * 1000), qApp, &QCoreApplication::quit);
    const int rc = QCoreApplication::exec();
    engine.stop();
    out() << "orderflow: stopped." << Qt::endl;
    return rc;
}

void printUsage()
{
    out() << "Usage: orderflow COMMAND [options]   (orderflow COMMAND --help for details)\n\n"
             "  run [--demo] [--config FILE]     run the engine (daemon)\n"
             "  config apply FILE | export       set up or print organisations, sources, connections\n"
             "  config schema [--type TYPE]      JSON Schema of config files (for editors)\n"
             "  ingest FILE...                   store partner files as orders\n"
             "  parse FILE [--format F] --json   show what a file parses to; stores nothing\n"
             "  orders list [--state S] | show ID\n"
             "  approve|push|retry|reject|revalidate ID...\n"
             "  replay INBOUND_ID                parse a stored inbound file again\n"
             "  inbound list                     received files and their parse results\n"
             "  outbox list [--all]              997/CONTRL to partners not delivered yet, and why\n"
             "  sources status                   each source's last poll, success, error, pause, backlog\n"
             "  exports list                     ERP exports and ack status\n"
             "  pushlog [ID]                     push attempts\n"
             "  functions list                   transformation functions for field mappings\n"
             "  test-connection NAME             check an ERP connection or a source\n"
             "  hostkey trust HOST[:PORT]        trust an SFTP server's host key\n\n"
             "Every command takes --db PATH (default $ORDERFLOW_DB); most take --json.\n"
             "Exit codes: 0 ok, 1 some item failed, 2 usage, 3 database/config error, 4 not found.\n";
    out().flush();
}

} // namespace

int dispatch(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h") || arguments.at(1) == QLatin1String("help")) {
        printUsage();
        return arguments.size() < 2 ? Usage : Ok;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out() << "orderflow " << ORDERFLOW_VERSION << Qt::endl;
        return Ok;
    }
    const QString command = arguments.at(1);
    // QCommandLineParser wants the program name first; drop the command word.
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = QStringLiteral("orderflow ") + command;
    if (command == QLatin1String("run")) return cmdRun(rest);
    if (command == QLatin1String("config")) return cmdConfig(rest);
    if (command == QLatin1String("parse")) return cmdParse(rest);
    if (command == QLatin1String("ingest")) return cmdIngest(rest);
    if (command == QLatin1String("orders")) return cmdOrders(rest);
    if (command == QLatin1String("replay")) return cmdReplay(rest);
    if (command == QLatin1String("exports")) return cmdExports(rest);
    if (command == QLatin1String("pushlog")) return cmdPushlog(rest);
    if (command == QLatin1String("inbound")) return cmdInbound(rest);
    if (command == QLatin1String("outbox")) return cmdOutbox(rest);
    if (command == QLatin1String("sources")) return cmdSourcesStatus(rest);
    if (command == QLatin1String("functions")) return cmdFunctions(rest);
    if (command == QLatin1String("test-connection")) return cmdTestConnection(rest);
    if (command == QLatin1String("hostkey")) return cmdHostKey(rest);
    for (const char *action : {"approve", "push", "retry", "reject", "revalidate"}) {
        if (command == QLatin1String(action))
            return cmdAction(command, rest);
    }
    err() << "orderflow: unknown command '" << command << "'.\n";
    printUsage();
    return Usage;
}

} // namespace orderflow::cli
