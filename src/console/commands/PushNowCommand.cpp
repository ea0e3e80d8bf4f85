#include "commands/PushNowCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>

namespace orderflow::console {

PushNowCommand::PushNowCommand(ConsoleSession *session, QWidget *parentWidget) : Command(session, parentWidget)
{
    action()->setText(tr("&Push Now"));
    action()->setIcon(QIcon(QStringLiteral(":/orderflow/icons/push.png")));
    action()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    action()->setToolTip(tr("Push the selected approved orders, and orders waiting to retry, to the ERP right away (Ctrl+P). "
                            "An order in review is not approved implicitly: approve it first."));
}

bool PushNowCommand::enabledFor(const Selection &s) const
{
    return s.anyIn({OrderState::Approved, OrderState::RetryWait});   // the rule of OperatorActions::pushNow
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
