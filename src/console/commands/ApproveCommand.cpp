#include "commands/ApproveCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>

namespace orderflow::console {

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

} // namespace orderflow::console
