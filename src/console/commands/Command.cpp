#include "commands/Command.h"

#include "app/ConsoleSession.h"

#include <QIcon>
#include <QInputDialog>
#include <QMessageBox>

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
        updateEnabled();
        emit finished(outcome, describe());
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
}

// ---- Approve ------------------------------------------------------------------------------------------------

ApproveCommand::ApproveCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("&Approve"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/approve.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    action()->setToolTip(tr("Approve the selected orders in review; the engine then pushes them to the ERP (Ctrl+Enter)"));
}

bool ApproveCommand::enabledFor(const Selection &s) const
{
    return s.anyIn({OrderState::Review});
}

void ApproveCommand::doStart()
{
    run({ActionKind::Approve, selection().orderIds, 0, {}, {}});
}

QString ApproveCommand::describe() const
{
    return tr("Approving %n order(s)", nullptr, int(selection().orderIds.size()));
}

// ---- Push now -----------------------------------------------------------------------------------------------

PushNowCommand::PushNowCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("&Push Now"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/push.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    action()->setToolTip(tr("Approve the selected orders if needed and push them to the ERP right away (Ctrl+P)"));
}

bool PushNowCommand::enabledFor(const Selection &s) const
{
    return s.anyIn({OrderState::Review, OrderState::Approved, OrderState::RetryWait});
}

void PushNowCommand::doStart()
{
    run({ActionKind::PushNow, selection().orderIds, 0, {}, {}});
}

QString PushNowCommand::describe() const
{
    return tr("Pushing %n order(s)", nullptr, int(selection().orderIds.size()));
}

// ---- Retry --------------------------------------------------------------------------------------------------

RetryCommand::RetryCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("&Retry"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/retry.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    action()->setToolTip(tr("Push the selected failed orders again, as a new push generation (Ctrl+R)"));
}

bool RetryCommand::enabledFor(const Selection &s) const
{
    // Enabled as soon as one selected order can be retried; the others are reported, not silently dropped.
    return s.anyIn({OrderState::Failed});
}

void RetryCommand::doStart()
{
    run({ActionKind::Retry, selection().orderIds, 0, {}, {}});
}

QString RetryCommand::describe() const
{
    return tr("Retrying %n order(s)", nullptr, int(selection().orderIds.size()));
}

// ---- Retry all failed ---------------------------------------------------------------------------------------

RetryAllFailedCommand::RetryAllFailedCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("Retry &All Failed"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/retry-all.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action()->setToolTip(tr("Retry every failed order that the current filter shows (Ctrl+Shift+R)"));
}

bool RetryAllFailedCommand::enabledFor(const Selection &s) const
{
    return s.query.state == OrderState::Failed && s.queueTotal != 0;
}

void RetryAllFailedCommand::doStart()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Retry all failed orders"),
                                tr("Retry every failed order that the current filter shows (%n order(s))?", nullptr, selection().queueTotal),
                                QMessageBox::Yes | QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("retryAllConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    const OrderQuery scope = selection().query;
    // open(), not exec(): the console keeps updating while the question is on screen.
    connect(box, &QMessageBox::finished, this, [this, scope](int result) {
        if (result == QMessageBox::Yes)
            run({ActionKind::RetryAllFailed, {}, 0, {}, scope});
    });
    box->open();
}

QString RetryAllFailedCommand::describe() const
{
    return tr("Retrying all failed orders");
}

// ---- Reject -------------------------------------------------------------------------------------------------

RejectCommand::RejectCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("Re&ject…"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/reject.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    action()->setToolTip(tr("Cancel the selected orders; they will not be pushed (Ctrl+Del)"));
}

bool RejectCommand::enabledFor(const Selection &s) const
{
    return std::any_of(s.states.cbegin(), s.states.cend(), [](OrderState st) { return isOpenState(st); });
}

void RejectCommand::doStart()
{
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("rejectReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reject orders"));
    dialog->setLabelText(tr("Why are these %n order(s) rejected? The reason goes into the audit trail.", nullptr, int(selection().orderIds.size())));
    dialog->setOkButtonText(tr("Reject"));
    const QStringList ids = selection().orderIds;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, ids](const QString &reason) {
        run({ActionKind::Reject, ids, 0, reason.trimmed(), {}});
    });
    dialog->open();
}

QString RejectCommand::describe() const
{
    return tr("Rejecting %n order(s)", nullptr, int(selection().orderIds.size()));
}

// ---- Revalidate ---------------------------------------------------------------------------------------------

RevalidateCommand::RevalidateCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("Re&validate"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/revalidate.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    action()->setToolTip(tr("Validate the selected orders again, after fixing a mapping or the catalog (Ctrl+E)"));
}

bool RevalidateCommand::enabledFor(const Selection &s) const
{
    return s.anyIn({OrderState::Invalid, OrderState::Review});
}

void RevalidateCommand::doStart()
{
    run({ActionKind::Revalidate, selection().orderIds, 0, {}, {}});
}

QString RevalidateCommand::describe() const
{
    return tr("Revalidating %n order(s)", nullptr, int(selection().orderIds.size()));
}

// ---- Replay -------------------------------------------------------------------------------------------------

ReplayCommand::ReplayCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("Re&play File"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/replay.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action()->setToolTip(tr("Parse the selected inbound file again; only new content creates orders (Ctrl+Shift+P)"));
}

bool ReplayCommand::enabledFor(const Selection &s) const
{
    return s.inboundId > 0;
}

void ReplayCommand::doStart()
{
    run({ActionKind::Replay, {}, selection().inboundId, {}, {}});
}

QString ReplayCommand::describe() const
{
    return tr("Replaying inbound file %1").arg(selection().inboundId);
}

} // namespace orderflow::console
