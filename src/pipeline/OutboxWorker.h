// The worker that delivers the partner outbox (997, CONTRL) on its own thread: see OutboxSender.
#pragma once

#include "pipeline/Workers.h"

namespace orderflow {

class OutboxSender;

class OutboxWorker final : public Worker {
    Q_OBJECT
public:
    OutboxWorker(QString dbPath, int intervalMs);
    ~OutboxWorker() override;

protected:
    void started() override;
    void stopping() override;
    bool tick() override;

private:
    std::unique_ptr<OutboxSender> m_sender;
};

} // namespace orderflow
