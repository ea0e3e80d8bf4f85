#include "commands/RetryCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>

namespace orderflow::console {

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

} // namespace orderflow::console
