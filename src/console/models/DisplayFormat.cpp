#include "models/DisplayFormat.h"

#include "storage/SqlTime.h"

#include <QDateTime>
#include <QStringList>

namespace orderflow::console {

QString DisplayFormat::stateTitle(OrderState state)
{
    switch (state) {
    case OrderState::Received: return tr("Received");
    case OrderState::Invalid: return tr("Invalid");
    case OrderState::Review: return tr("Review");
    case OrderState::Approved: return tr("Approved");
    case OrderState::Pushing: return tr("Pushing");
    case OrderState::Sent: return tr("Sent");
    case OrderState::RetryWait: return tr("Retry wait");
    case OrderState::Acked: return tr("Acknowledged");
    case OrderState::Failed: return tr("Failed");
    case OrderState::Rejected: return tr("Rejected");
    case OrderState::Duplicate: return tr("Duplicate");
    }
    return {};
}

QString DisplayFormat::stateDescription(OrderState state)
{
    switch (state) {
    case OrderState::Received: return tr("Stored, waiting to be validated.");
    case OrderState::Invalid: return tr("Validation found problems: fix the mapping or catalog and revalidate, or reject.");
    case OrderState::Review: return tr("Valid; waiting for an operator to approve or reject.");
    case OrderState::Approved: return tr("Approved; waiting for the push worker.");
    case OrderState::Pushing: return tr("Being delivered to the ERP.");
    case OrderState::Sent: return tr("Delivered; waiting for the ERP's acknowledgement.");
    case OrderState::RetryWait: return tr("Delivery failed for a passing reason; the engine retries automatically.");
    case OrderState::Acked: return tr("The ERP acknowledged the order.");
    case OrderState::Failed: return tr("Delivery failed for good; read the reason, fix it, then retry.");
    case OrderState::Rejected: return tr("Cancelled by an operator.");
    case OrderState::Duplicate: return tr("The same order arrived before; kept for the audit trail.");
    }
    return {};
}

QIcon DisplayFormat::stateIcon(OrderState state)
{
    return QIcon(QStringLiteral(":/orderflow/icons/state-%1.png").arg(stateName(state)));
}

QString DisplayFormat::localTime(const QString &utcText)
{
    if (utcText.isEmpty())
        return {};
    const QDateTime t = timeFromText(utcText);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : utcText;
}

QString DisplayFormat::age(qint64 ms)
{
    const qint64 minutes = qMax<qint64>(0, ms / 60000);
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%n d", nullptr, int(hours / 24));
}

QString DisplayFormat::ageSince(const QString &utcText)
{
    if (utcText.isEmpty())
        return {};
    const QDateTime t = timeFromText(utcText);
    return t.isValid() ? age(t.msecsTo(QDateTime::currentDateTimeUtc())) : QString();
}

QString DisplayFormat::addressLines(const Address &address)
{
    QStringList parts;
    for (const QString &part : {address.name, address.street, address.postalCode, address.city, address.region, address.country}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char('\n'));
}

QString DisplayFormat::workerTitle(const QString &worker)
{
    if (worker == QLatin1String("process"))
        return tr("processing");
    if (worker == QLatin1String("push"))
        return tr("push to the ERP");
    if (worker == QLatin1String("ack"))
        return tr("ERP acknowledgements");
    if (worker == QLatin1String("outbox"))
        return tr("outbox for 997/CONTRL");
    if (worker == QLatin1String("sources"))
        return tr("source scheduler");
    if (worker == QLatin1String("catalog"))
        return tr("catalog enrichment");
    if (worker.startsWith(QLatin1String("source ")))
        return tr("source %1").arg(worker.mid(7));
    return worker;
}

} // namespace orderflow::console
