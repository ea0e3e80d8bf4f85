#include "commands/RetryAllFailedCommand.h"

#include "app/ConsoleSession.h"

#include <QIcon>
#include <QMessageBox>

namespace orderflow::console {

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

} // namespace orderflow::console
