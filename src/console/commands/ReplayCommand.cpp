#include "commands/ReplayCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>

namespace orderflow::console {

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
