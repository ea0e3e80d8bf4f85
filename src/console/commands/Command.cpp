#include "commands/Command.h"

#include "app/ConsoleSession.h"
#include "domain/OrderId.h"

#include <QProgressDialog>

#include <algorithm>

namespace orderflow::console {

bool Selection::anyIn(std::initializer_list<OrderState> wanted) const
{
    return std::any_of(states.cbegin(), states.cend(), [&](OrderState s) { return std::find(wanted.begin(), wanted.end(), s) != wanted.end(); });
}

bool Selection::allIn(std::initializer_list<OrderState> wanted) const
{
    return !states.isEmpty()
        && std::all_of(states.cbegin(), states.cend(), [&](OrderState s) { return std::find(wanted.begin(), wanted.end(), s) != wanted.end(); });
}

Command::Command(ConsoleSession *session, QWidget *parentWidget)
    : QObject(parentWidget), m_session(session), m_parentWidget(parentWidget), m_action(new QAction(this))
{
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &Command::start);
    connect(session->data(), &ConsoleDataService::actionFinished, this, [this](quint64 ticket, const ActionOutcome &outcome) {
        if (ticket == 0 || ticket != m_ticket)
            return;
        m_ticket = 0;
        if (m_progress)
            m_progress->close();
        updateEnabled();
        emit finished(outcome, describe());
    });
    connect(session->data(), &ConsoleDataService::actionProgress, this, [this](quint64 ticket, int done, int total) {
        if (ticket != m_ticket || !m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("%1: %2 of %3 done").arg(describe()).arg(done).arg(total));
    });
}

void Command::setSelection(const Selection &selection)
{
    m_selection = selection;
    updateEnabled();
}

void Command::updateEnabled()
{
    m_action->setEnabled(!isRunning() && enabledFor(m_selection));
}

void Command::start()
{
    if (isRunning() || !enabledFor(m_selection))
        return;
    doStart();
}

void Command::run(const ActionRequest &request)
{
    m_ticket = m_session->data()->runAction(request);
    updateEnabled();
    emit started(describe());
    // More than a handful of orders: progress, and a Cancel that stops between two orders.
    constexpr int kHandful = 5;
    if (m_ticket && (request.orderIds.size() > kHandful || request.kind == ActionKind::RetryAllFailed)) {
        auto *progress = new QProgressDialog(describe(), tr("Cancel"), 0, int(request.orderIds.size()), m_parentWidget);
        progress->setObjectName(QStringLiteral("actionProgress"));
        progress->setAttribute(Qt::WA_DeleteOnClose);
        progress->setWindowTitle(describe());
        progress->setMinimumDuration(300);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        const quint64 ticket = m_ticket;
        connect(progress, &QProgressDialog::canceled, this, [this, ticket] {
            m_session->data()->cancelAction(ticket);
            if (m_progress)
                m_progress->setLabelText(tr("Stopping after the orders in hand…"));
        });
        m_progress = progress;
    }
}

QString Selection::describeOrders() const
{
    constexpr int kNamed = 5;
    QStringList named;
    for (int i = 0; i < orderIds.size() && i < kNamed; ++i)
        named << (i < orderNumbers.size() && !orderNumbers.at(i).isEmpty() ? orderNumbers.at(i) : shortOrderId(orderIds.at(i)));
    const int more = int(orderIds.size()) - int(named.size());
    const QString list = named.join(QStringLiteral(", "));
    return more > 0 ? QObject::tr("%1 and %n more", nullptr, more).arg(list) : list;
}

} // namespace orderflow::console
