#include "models/LogRecords.h"

#include "domain/EngineMessage.h"
#include "models/DisplayFormat.h"

#include "domain/PriceBasis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace orderflow::console {
namespace {

using Cell = RecordTableModel::Cell;

Cell text(const QString &s)
{
    return Cell{s, s, {}};
}

Cell time(const QString &utc)
{
    return Cell{DisplayFormat::localTime(utc), utc, utc};
}

Cell number(qint64 n)
{
    return Cell{n, n, {}};
}

QString compactJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QColor LogRecords::warningBackground() { return QColor(0xff, 0xf0, 0xc0); }
QColor LogRecords::errorBackground() { return QColor(0xfc, 0xe0, 0xe0); }
QColor LogRecords::okBackground() { return QColor(0xe4, 0xf4, 0xe4); }

QString LogRecords::exportStatusTitle(const QString &status)
{
    if (status == QLatin1String("PENDING")) return tr("Pending");
    if (status == QLatin1String("SENT")) return tr("Sent");
    if (status == QLatin1String("ACKED")) return tr("Acknowledged");
    if (status == QLatin1String("FAILED")) return tr("Failed");
    return status;
}

QString LogRecords::outcomeTitle(const QString &outcome)
{
    if (outcome == QLatin1String("success")) return tr("Delivered");
    if (outcome == QLatin1String("transient")) return tr("Failed, will retry");
    if (outcome == QLatin1String("permanent")) return tr("Failed for good");
    if (outcome == QLatin1String("reconciled")) return tr("Reconciled after restart");
    if (outcome == QLatin1String("interrupted")) return tr("Interrupted");
    return outcome;
}

QString LogRecords::actionTitle(const QString &action)
{
    if (action == QLatin1String("process")) return tr("Validated");
    if (action == QLatin1String("approve")) return tr("Approved");
    if (action == QLatin1String("reject")) return tr("Rejected");
    if (action == QLatin1String("retry")) return tr("Retried");
    if (action == QLatin1String("revalidate")) return tr("Revalidated");
    if (action == QLatin1String("push")) return tr("Push");
    if (action == QLatin1String("push_now")) return tr("Push now");
    if (action == QLatin1String("recover")) return tr("Recovered after restart");
    if (action == QLatin1String("ack")) return tr("ERP acknowledgement");
    if (action == QLatin1String("ack_rejected")) return tr("ERP answer refused");
    if (action == QLatin1String("replay")) return tr("Replayed");
    return action;
}

QString LogRecords::inboundStatusTitle(const QString &status)
{
    if (status == QLatin1String("received")) return tr("Received");
    if (status == QLatin1String("parsed")) return tr("Parsed");
    if (status == QLatin1String("parse_error")) return tr("Parse error");
    if (status == QLatin1String("duplicate")) return tr("Duplicate");
    return status;
}

QList<RecordTableModel::Column> LogRecords::exportColumns()
{
    return {{tr("Export"), tr("Export number"), true},
            {tr("PO number"), {}, false},
            {tr("Status"), tr("Pending, sent (waiting for the ack), acknowledged or failed"), false},
            {tr("ERP order"), tr("The ERP's order number from its acknowledgement"), false},
            {tr("Connection"), {}, false},
            {tr("Generation"), tr("Push generation: an operator's retry starts a new one"), true},
            {tr("Created"), {}, false},
            {tr("Sent"), {}, false},
            {tr("Acknowledged"), {}, false},
            {tr("Error"), {}, false},
            {tr("File"), tr("The export file's name in the dropzone"), false}};
}

QList<RecordTableModel::Record> LogRecords::exportRecords(const QList<ExportRow> &rows)
{
    QList<RecordTableModel::Record> out;
    out.reserve(rows.size());
    for (const ExportRow &row : rows) {
        const ExportRecord &e = row.record;
        RecordTableModel::Record r;
        r.id = e.id;
        QString status = exportStatusTitle(e.status);
        if (row.ackOverdue)
            status = tr("%1 — ack overdue").arg(status);
        const QString message = translatedEngineText(e.errorMessage);
        const QString error = e.errorCode.isEmpty() ? message : e.errorCode + QStringLiteral(": ") + message;
        r.cells = {number(e.id), text(row.orderNumber), Cell{status, e.status, {}}, text(e.erpOrderId), text(row.connectionName),
                   number(e.pushGeneration), time(e.createdAt), time(e.sentAt), time(e.ackedAt), Cell{error, error, error},
                   text(e.fileName)};
        if (row.ackOverdue) {
            r.background = warningBackground();
            r.toolTip = tr("Sent %1 ago and not acknowledged yet: check that the ERP picks up the dropzone.").arg(DisplayFormat::ageSince(e.sentAt));
        } else if (e.status == QLatin1String("FAILED")) {
            r.background = errorBackground();
        }
        out.append(r);
    }
    return out;
}

QList<RecordTableModel::Column> LogRecords::pushLogColumns()
{
    return {{tr("Started"), {}, false},
            {tr("PO number"), {}, false},
            {tr("Attempt"), {}, true},
            {tr("Outcome"), {}, false},
            {tr("Latency (ms)"), {}, true},
            {tr("Error"), {}, false},
            {tr("Next attempt"), {}, false},
            {tr("Request"), tr("Request metadata (never secrets)"), false},
            {tr("Response"), tr("Response metadata"), false},
            {tr("Export"), {}, true}};
}

QList<RecordTableModel::Record> LogRecords::pushLogRecords(const QList<PushLogRow> &rows)
{
    QList<RecordTableModel::Record> out;
    out.reserve(rows.size());
    for (const PushLogRow &row : rows) {
        const PushLogRecord &p = row.record;
        RecordTableModel::Record r;
        r.id = QString(p.idempotencyKey + QLatin1Char('#') + QString::number(p.attempt));
        const QString request = compactJson(p.request);
        const QString response = compactJson(p.response);
        const bool rejected = p.ack == QLatin1String("rejected");
        const QString outcome = rejected ? tr("Delivered, rejected by the ERP") : outcomeTitle(p.outcome);
        const QString error = translatedEngineText(p.errorShown());
        r.cells = {time(p.startedAt), text(row.orderNumber), number(p.attempt), Cell{outcome, p.outcome, {}},
                   number(p.latencyMs), Cell{error, error, error}, time(p.nextAttemptAt), Cell{request, request, request},
                   Cell{response, response, response}, number(p.exportId)};
        if (p.outcome == QLatin1String("permanent") || rejected)
            r.background = errorBackground();
        else if (p.outcome == QLatin1String("transient") || p.outcome == QLatin1String("interrupted"))
            r.background = warningBackground();
        out.append(r);
    }
    return out;
}

QList<RecordTableModel::Column> LogRecords::inboundColumns()
{
    return {{tr("Id"), {}, true},
            {tr("Received"), {}, false},
            {tr("Source"), {}, false},
            {tr("File"), {}, false},
            {tr("Status"), {}, false},
            {tr("Format"), {}, false},
            {tr("Orders"), {}, true},
            {tr("Size"), {}, true},
            {tr("Problem"), {}, false},
            {tr("SHA-256"), {}, false}};
}

QList<RecordTableModel::Record> LogRecords::inboundRecords(const QList<InboundRecord> &rows)
{
    QList<RecordTableModel::Record> out;
    out.reserve(rows.size());
    const QLocale locale;
    for (const InboundRecord &i : rows) {
        RecordTableModel::Record r;
        r.id = i.id;
        QString status = inboundStatusTitle(i.status);
        if (i.status == QLatin1String("duplicate") && i.duplicateOf)
            status = tr("Duplicate of %1").arg(i.duplicateOf);
        const QString error = translatedEngineText(i.error);
        r.cells = {number(i.id), time(i.receivedAt), text(i.sourceName), text(i.remoteName), Cell{status, i.status, {}}, text(i.format),
                   number(i.orderCount), Cell{locale.formattedDataSize(i.size), i.size, {}}, Cell{error, error, error},
                   text(i.sha256)};
        if (i.status == QLatin1String("parse_error"))
            r.background = errorBackground();
        else if (i.status == QLatin1String("duplicate"))
            r.background = warningBackground();
        out.append(r);
    }
    return out;
}

QList<RecordTableModel::Column> LogRecords::lineColumns()
{
    return {{tr("Line"), {}, true},      {tr("SKU"), {}, false},      {tr("Partner SKU"), {}, false},
            {tr("GTIN"), {}, false},     {tr("Description"), {}, false}, {tr("Quantity"), {}, true},
            {tr("Unit"), {}, false},     {tr("Unit price"), {}, true}, {tr("Line total"), {}, true}};
}

QList<RecordTableModel::Record> LogRecords::lineRecords(const QList<OrderDetail::Line> &lines)
{
    QList<RecordTableModel::Record> out;
    for (const OrderDetail::Line &l : lines) {
        RecordTableModel::Record r;
        r.id = l.lineNo;
        // A price sent for another quantity: as sent, what it is for, and the price of one unit the total uses.
        const bool basis = !l.priceAsSent.isEmpty() && !(l.basisCode.isEmpty() && l.basisQuantity.isEmpty() && l.basisUnit.isEmpty());
        const QString unitPrice = l.unitPrice.isEmpty() ? QStringLiteral("?") : l.unitPrice;
        const QString price = basis ? tr("%1 per %2 → %3 each").arg(l.priceAsSent, priceBasisText(l.basisCode, l.basisQuantity, l.basisUnit), unitPrice)
                                    : l.unitPrice;
        r.cells = {number(l.lineNo), text(l.sku), text(l.partnerSku), text(l.gtin), text(l.description),
                   Cell{l.quantity, l.quantity.toDouble(), {}}, text(l.unit), Cell{price, l.unitPrice.toDouble(), {}},
                   Cell{l.lineTotal, l.lineTotal.toDouble(), {}}};
        out.append(r);
    }
    return out;
}

QList<RecordTableModel::Column> LogRecords::problemColumns()
{
    return {{tr("Field"), {}, false}, {tr("Problem"), {}, false}};
}

QList<RecordTableModel::Record> LogRecords::problemRecords(const QList<ValidationProblem> &problems)
{
    QList<RecordTableModel::Record> out;
    for (int i = 0; i < problems.size(); ++i) {
        RecordTableModel::Record r;
        r.id = i;
        const QString message = translatedEngineText(problems.at(i).message);
        r.cells = {text(problems.at(i).field), Cell{message, message, message}};
        r.background = errorBackground();
        out.append(r);
    }
    return out;
}

QList<RecordTableModel::Column> LogRecords::auditColumns()
{
    return {{tr("When"), {}, false}, {tr("Who"), {}, false}, {tr("Action"), {}, false},
            {tr("From"), {}, false}, {tr("To"), {}, false},  {tr("Detail"), {}, false}};
}

QList<RecordTableModel::Record> LogRecords::auditRecords(const QJsonArray &audit)
{
    QList<RecordTableModel::Record> out;
    for (int i = 0; i < audit.size(); ++i) {
        const QJsonObject o = audit.at(i).toObject();
        RecordTableModel::Record r;
        r.id = i;
        const QString detail = translatedEngineText(o.value(QStringLiteral("detail")).toString());
        const auto stateTitle = [](const QString &name) {
            const std::optional<OrderState> state = stateFromName(name);
            return state ? DisplayFormat::stateTitle(*state) : name;
        };
        const QString action = o.value(QStringLiteral("action")).toString();
        r.cells = {time(o.value(QStringLiteral("at")).toString()), text(o.value(QStringLiteral("actor")).toString()),
                   Cell{actionTitle(action), action, {}}, text(stateTitle(o.value(QStringLiteral("from")).toString())),
                   text(stateTitle(o.value(QStringLiteral("to")).toString())), Cell{detail, detail, detail}};
        out.append(r);
    }
    return out;
}

} // namespace orderflow::console
