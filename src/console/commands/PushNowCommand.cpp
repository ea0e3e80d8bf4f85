#include "commands/PushNowCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>

namespace orderflow::console {

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

} // namespace orderflow::console
