#include "connectors/AckPoller.h"

#include "domain/messages/ConnectionMessages.h"
#include "domain/messages/OrderMessages.h"
#include "transport/FileStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAck, "orderflow.ack")

namespace orderflow {
namespace {

constexpr qint64 kMaxAckBytes = 1024 * 1024;

// "Connection 'erp' of organisation 'acme'": names both, since several organisations may name a connection alike.
QString who(const ConnectionRecord &c)
{
    return msg::ConnectionOfOrg(c.name, c.orgSlug);
}

QString whom(const ConnectionRecord &c)
{
    return msg::ConnectionOfOrgLower(c.name, c.orgSlug);
}

} // namespace

Result<AckPoller::Verdict> AckPoller::apply(const ConnectionRecord &connection, const QString &fileName, const QByteArray &content,
                                            QString &reason, OrderStateChanges &changes)
{
    const bool isAck = fileName.startsWith(QLatin1String("ack_"));
    const QString exportName = fileName.mid(isAck ? 4 : 6);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        reason = msg::AckNotJson(err.errorString(), err.offset);
        return Verdict::Reject;
    }
    const QJsonObject body = doc.object();
    const QString status = body.value(QStringLiteral("status")).toString().toUpper();
    if ((isAck && status != QLatin1String("ACKED")) || (!isAck && status != QLatin1String("FAILED"))) {
        reason = msg::AckWrongStatus(status, fileName, isAck ? QStringLiteral("ACKED") : QStringLiteral("FAILED"));
        return Verdict::Reject;
    }

    auto found = m_exports.byFileName(connection.id, exportName);
    if (!found)
        return found.error();
    const QString orderId = body.value(QStringLiteral("draft_order_id")).toString();
    if (!found->has_value() && !orderId.isEmpty()) {
        found = m_exports.latestOpenFor(connection.id, orderId);
        if (!found)
            return found.error();
    }
    if (!found->has_value()) {
        auto other = m_exports.onOtherConnection(connection.id, exportName, orderId);
        if (!other)
            return other.error();
        if (other->has_value())
            return Verdict::Elsewhere;   // a folder shared with another connection: its poller takes it
        reason = msg::AckNoSuchExport(exportName, whom(connection));
        return Verdict::Reject;
    }
    const ExportRecord ex = **found;
    if (ex.status == QLatin1String("ACKED") || ex.status == QLatin1String("FAILED"))
        return Verdict::AlreadyApplied;   // read again after a crash, or the ERP answered twice
    if (ex.status == QLatin1String("PENDING"))
        return Verdict::Wait;             // the push that wrote it is still being recorded

    // The order first: when it has moved on, nothing is changed at all. Then the export, which must change
    // exactly this one row; if it does not, the caller's transaction rolls the order back too.
    OrderRepository::Transition t;
    t.actor = QStringLiteral("erp");
    t.action = QStringLiteral("ack");
    t.expectedFrom = OrderState::Sent;
    const QString erpOrderId = body.value(QStringLiteral("erp_order_id")).toString();
    const QString code = body.value(QStringLiteral("error_code")).toString();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (isAck) {
        t.to = OrderState::Acked;
        t.detail = msg::AckErpOrder(erpOrderId.isEmpty() ? QStringLiteral("?") : erpOrderId, fileName);
    } else {
        const QString reasonGiven = message.isEmpty() ? msg::NoReasonGiven() : message;
        const QString text = code.isEmpty() ? msg::ErpRejected(reasonGiven) : msg::ErpRejectedWithCode(reasonGiven, code);
        t.to = OrderState::Failed;
        t.detail = text + QStringLiteral(" — ") + fileName;
        t.set = {{QStringLiteral("last_error"), text}};
    }
    auto changed = m_orders.transition(ex.orderId, t);
    if (!changed) {
        if (changed.error().code == QLatin1String("state_changed") || changed.error().code == QLatin1String("invalid_transition")) {
            reason = msg::AckExportStays(changed.error().message, ex.status);
            return Verdict::Reject;
        }
        return changed.error();
    }
    const Status marked = isAck ? m_exports.markAcked(ex.id, erpOrderId, fileName) : m_exports.markFailed(ex.id, code, message, fileName);
    if (!marked)
        return marked.error();
    changes.append(*changed);
    return Verdict::Applied;
}

Result<AckReport> AckPoller::poll(const ConnectionRecord &connection, FileStore &store, const QString &ackDir)
{
    AckReport report;
    if (Status s = store.open(); !s)
        return s.error();
    auto listed = store.list(ackDir, QStringLiteral("ack_*.json;error_*.json"));
    if (!listed) {
        store.close();
        if (listed.error().code == FileError::NotFound)
            return report;   // nothing answered yet
        return listed.error();
    }
    const QString processedDir = joinPath(ackDir, QStringLiteral("processed"));
    const QString errorDir = joinPath(ackDir, QStringLiteral("error"));
    for (const FileEntry &entry : *listed) {
        const QString path = joinPath(ackDir, entry.name);
        auto content = store.read(path, kMaxAckBytes);
        QString reason;
        Verdict verdict = Verdict::Reject;
        if (!content) {
            const QString code = content.error().code;
            if (code == FileError::Connection || code == FileError::HostKey || code == FileError::Auth) {
                // The server went away mid-poll: the remaining files stay for the next poll.
                report.problems << msg::AckLostConnection(who(connection), path, content.error().message);
                break;
            }
            if (code != FileError::TooLarge) {
                if (code != FileError::NotFound)   // gone between list and read: nothing to do
                    report.problems << content.error().message;
                continue;
            }
            reason = content.error().message;
        } else {
            OrderStateChanges changes;
            Status s = m_db.transaction([&]() -> Status {
                auto v = apply(connection, entry.name, *content, reason, changes);
                if (!v)
                    return v.error();
                verdict = *v;
                if (verdict == Verdict::Reject) {
                    AuditEntry a;
                    a.orgId = connection.orgId;
                    a.actor = QStringLiteral("engine");
                    a.action = QStringLiteral("ack_rejected");
                    a.entity = QStringLiteral("ack_file");
                    a.entityId = entry.name;
                    a.detail = reason;
                    return m_orders.audit().record(a);
                }
                return {};
            });
            if (!s) {
                // Nothing of it was applied: the answer stays where it is and is read again next poll.
                report.problems << msg::AckNotApplied(who(connection), entry.name, s.error().message, ackDir);
                continue;
            }
            report.changes.append(changes);
        }
        if (verdict == Verdict::Wait) {
            ++report.waiting;
            continue;
        }
        if (verdict == Verdict::Elsewhere) {
            ++report.elsewhere;
            continue;
        }
        const bool rejected = verdict == Verdict::Reject;
        if (rejected) {
            ++report.rejected;
            qCWarning(lcAck).noquote() << QStringLiteral("%1: %2 moved to %3: %4").arg(who(connection), entry.name, errorDir, reason);
        } else {
            ++report.processed;
        }
        if (auto m = moveAside(store, path, rejected ? errorDir : processedDir, entry.name); !m)
            report.problems << msg::AckNotMoved(who(connection), entry.name, m.error().message);
    }
    store.close();
    return report;
}

} // namespace orderflow
