#include "commands/ReplayCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>
#include <QMessageBox>

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
    const qint64 id = selection().inboundId;
    const QString name = selection().inboundName.isEmpty() ? tr("inbound file #%1").arg(id) : tr("%1 (inbound file #%2)").arg(selection().inboundName).arg(id);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replay inbound file"),
                                tr("Parse %1 again? Orders it holds that OrderFlow has not seen yet are created; known ones are left as they are.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("replayConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    // open(), not exec(): the console keeps updating while the question is on screen.
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            run({ActionKind::Replay, {}, id, {}, {}});
    });
    box->open();
}

QString ReplayCommand::describe() const
{
    return tr("Replaying inbound file %1").arg(selection().inboundId);
}

} // namespace orderflow::console
