#include "commands/RejectCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>
#include <QInputDialog>

namespace orderflow::console {

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
    dialog->setLabelText(tr("Reject %n order(s): %1. They will not be pushed.\nWhy? The reason goes into the audit trail.", nullptr,
                            int(selection().orderIds.size()))
                             .arg(selection().describeOrders()));
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

} // namespace orderflow::console
