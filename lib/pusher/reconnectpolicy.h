#pragma once

// When to try again after a lost connection: the session's recommendedReconnectBackoffMs
// schedule, ±20 % jitter, and the floor each close code asks for (PROTOCOL.md 2.5, 3.4).
// A pure value class: the clock and the jitter seed are injected, so tests are exact.

#include "closereason.h"

#include <QList>
#include <QtGlobal>

#include <functional>
#include <random>

namespace shuriken::pusher {

class ReconnectPolicy
{
public:
    /// Milliseconds since the epoch; QDateTime::currentMSecsSinceEpoch() unless injected.
    using Clock = std::function<qint64()>;

    /// The floor of every scheduled wait (jitter included): only the one immediate retry that
    /// 4200-4299, 4000 and a session refresh ask for is sooner.
    static constexpr qint64 kMinimumBackoffMs = 1000;
    /// The ceiling of every wait: a bogus schedule must not park the client for days.
    static constexpr qint64 kMaximumDelayMs = 300000;
    static constexpr double kJitter = 0.2;

    /// `seed` 0 picks a random seed.
    explicit ReconnectPolicy(quint32 seed = 0, Clock clock = {});

    /// 1 s, 2 s, 4 s, 8 s, 16 s, 30 s (the last one repeats).
    static QList<qint64> fallbackSchedule();

    /// The session's recommendedReconnectBackoffMs; an empty list selects fallbackSchedule().
    void setSchedule(const QList<qint64> &scheduleMs);
    /// The schedule in use (never empty).
    QList<qint64> schedule() const { return m_schedule; }

    /// The delay before the next attempt after a loss that asked for `action`, and records it:
    /// attempt() grows by one and nextAttemptAtMs() becomes now + delay. Fail gives -1 (no
    /// attempt) and changes nothing. RetryImmediately/ReconnectWithTls/RefreshSession give 0 for
    /// the first attempt since reset(), then the schedule; Backoff gives the schedule. A scheduled
    /// delay is always within [kMinimumBackoffMs, kMaximumDelayMs].
    qint64 nextDelayMs(CloseAction action);

    /// Attempts scheduled since the last reset().
    int attempt() const { return m_attempt; }
    /// When the scheduled attempt is due (ms since the epoch), or -1 when none is scheduled.
    qint64 nextAttemptAtMs() const { return m_nextAttemptAtMs; }
    /// Milliseconds left until the scheduled attempt (0 when due), or -1 when none: for a GUI
    /// countdown.
    qint64 remainingMs() const;
    /// The scheduled attempt started (or was abandoned): nothing is pending any more, but the
    /// attempt count stays until reset().
    void clearScheduledAttempt() { m_nextAttemptAtMs = -1; }
    /// A connection succeeded: the schedule starts over.
    void reset();

    qint64 now() const;

private:
    qint64 jittered(qint64 delayMs);

    QList<qint64> m_schedule;
    Clock m_clock;
    std::mt19937 m_random;
    int m_attempt = 0;
    int m_scheduleIndex = 0;
    qint64 m_nextAttemptAtMs = -1;
};

} // namespace shuriken::pusher
