#include "pipeline/RetryPolicy.h"

#include <algorithm>

namespace orderflow {

qint64 RetryPolicy::delayMs(int attempt, double random01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 40);
    qint64 delay = baseMs;
    for (int i = 0; i < exponent && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelayMs);
    const double r = std::clamp(random01, 0.0, 0.999999);
    return delay + qint64(double(delay) * jitterFraction * r);
}

qint64 RetryPolicy::delayMs(int attempt, double random01, qint64 serverDelayMs) const
{
    const qint64 backoff = delayMs(attempt, random01);
    if (serverDelayMs < 0)
        return backoff;
    return std::max(backoff, std::min(serverDelayMs, kMaxServerDelayMs));
}

int CircuitBreaker::admits(State &state, const QDateTime &now) const
{
    if (state.name == QLatin1String("open")) {
        if (state.openUntil.isValid() && now < state.openUntil)
            return 0;
        state.name = QStringLiteral("half_open");
    }
    if (state.name == QLatin1String("half_open"))
        return 1;
    return -1;
}

void CircuitBreaker::onSuccess(State &state) const
{
    state.name = QStringLiteral("closed");
    state.openUntil = {};
    state.consecutiveFailures = 0;
}

void CircuitBreaker::onTransientFailure(State &state, const QDateTime &now) const
{
    ++state.consecutiveFailures;
    if (state.name == QLatin1String("half_open") || state.consecutiveFailures >= threshold) {
        state.name = QStringLiteral("open");
        state.openUntil = now.addMSecs(cooldownMs);
    }
}

} // namespace orderflow
