// Capped exponential backoff with add-only jitter (DESIGN §4), and the per-connection circuit breaker.
#pragma once

#include <QDateTime>
#include <QString>

namespace orderflow {

struct RetryPolicy {
    qint64 baseMs = 2000;
    qint64 maxDelayMs = 300000;
    int maxRetries = 3;          // 3 retries = 4 attempts
    double jitterFraction = 0.2; // up to 20 % added, never subtracted

    // Delay before the retry that follows failed attempt `attempt` (1-based): base × 2^(attempt-1), at most
    // maxDelayMs, plus jitter in [0, jitterFraction × that]. random01 is in [0, 1).
    qint64 delayMs(int attempt, double random01) const;
    // The same, when the server said how long to wait (HTTP Retry-After; negative: it did not say): never sooner
    // than the server asked, nor sooner than the backoff. A server's wish is honoured up to kMaxServerDelayMs, so a
    // garbled header cannot park an order for days.
    qint64 delayMs(int attempt, double random01, qint64 serverDelayMs) const;
    static constexpr qint64 kMaxServerDelayMs = 3600 * 1000;
    // Whether a transient failure of attempt `attempt` is followed by another attempt.
    bool allowsRetryAfter(int attempt) const { return attempt <= maxRetries; }
};

// Pure state machine: closed → (threshold consecutive transient failures) → open → (cooldown) → half_open →
// closed on success, open again on failure.
struct CircuitBreaker {
    int threshold = 5;
    qint64 cooldownMs = 60000;

    struct State {
        QString name = QStringLiteral("closed");   // closed, open, half_open
        QDateTime openUntil;
        int consecutiveFailures = 0;
    };

    // How many pushes may start now (0 while open, 1 while half-open probing, -1 = no limit); may move
    // open → half_open when the cooldown has passed.
    int admits(State &state, const QDateTime &now) const;
    void onSuccess(State &state) const;
    void onTransientFailure(State &state, const QDateTime &now) const;
};

} // namespace orderflow
