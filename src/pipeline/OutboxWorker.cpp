#include "pipeline/OutboxWorker.h"

#include "pipeline/OutboxSender.h"

namespace orderflow {
namespace {
constexpr int kBatch = 200;
}

OutboxWorker::OutboxWorker(QString dbPath, int intervalMs) : Worker(QStringLiteral("outbox"), std::move(dbPath), intervalMs) {}
OutboxWorker::~OutboxWorker() = default;

void OutboxWorker::started()
{
    m_sender = std::make_unique<OutboxSender>(db());
    // An engine runs only under the database's lock file (`orderflow run`, the console), so a delivery still
    // claimed now was cut off by a kill.
    if (auto released = m_sender->recover(); !released)
        report(released.error().message);
}

void OutboxWorker::stopping()
{
    m_sender.reset();
}

bool OutboxWorker::tick()
{
    auto round = m_sender->runRound(kBatch);
    if (!round) {
        report(round.error().message);
        return false;
    }
    for (const QString &m : std::as_const(round->messages))
        report(m);
    return round->attempted >= kBatch;
}

} // namespace orderflow
