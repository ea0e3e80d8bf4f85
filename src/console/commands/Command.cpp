#include "commands/Command.h"

#include "app/ConsoleSession.h"

#include <algorithm>

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

} // namespace orderflow::console
