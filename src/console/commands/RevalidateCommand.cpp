#include "commands/RevalidateCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>

namespace orderflow::console {

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

} // namespace orderflow::console
