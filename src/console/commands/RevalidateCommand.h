#pragma once

#include "commands/Command.h"

namespace orderflow::console {

class RevalidateCommand final : public Command {
    Q_OBJECT
public:
    RevalidateCommand(ConsoleSession *session, QWidget *parentWidget);
protected:
    bool enabledFor(const Selection &s) const override;
    void doStart() override;
    QString describe() const override;
};

} // namespace orderflow::console
