#include "reconnectpolicy.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace shuriken::pusher {

ReconnectPolicy::ReconnectPolicy(quint32 seed, Clock clock)
    : m_schedule(fallbackSchedule())
    , m_clock(std::move(clock))
    , m_random(seed != 0 ? seed : QRandomGenerator::global()->generate())
{ }

QList<qint64> ReconnectPolicy::fallbackSchedule()
{
    return {1000, 2000, 4000, 8000, 16000, 30000};
}

void ReconnectPolicy::setSchedule(const QList<qint64> &scheduleMs)
{
    if (scheduleMs.isEmpty()) {
        m_schedule = fallbackSchedule();
        return;
    }
    m_schedule.clear();
    m_schedule.reserve(scheduleMs.size());
    for (const qint64 delay : scheduleMs)
        m_schedule.append(std::clamp<qint64>(delay, 0, kMaximumDelayMs));
}

qint64 ReconnectPolicy::nextDelayMs(CloseAction action)
{
    if (action == CloseAction::Fail)
        return -1;
    qint64 delay = 0;
    const bool immediateFirst = action != CloseAction::Backoff;
    if (immediateFirst && m_attempt == 0) {
        delay = 0;
    } else {
        const qsizetype index = std::min<qsizetype>(m_scheduleIndex, m_schedule.size() - 1);
        // Every scheduled wait has a floor and a ceiling, whatever the server recommends: a 0 in
        // its schedule must not turn a server that closes every socket into a reconnect loop.
        delay = std::clamp(jittered(m_schedule.at(index)), kMinimumBackoffMs, kMaximumDelayMs);
        ++m_scheduleIndex;
    }
    ++m_attempt;
    m_nextAttemptAtMs = now() + delay;
    return delay;
}

qint64 ReconnectPolicy::remainingMs() const
{
    if (m_nextAttemptAtMs < 0)
        return -1;
    return std::max<qint64>(0, m_nextAttemptAtMs - now());
}

void ReconnectPolicy::reset()
{
    m_attempt = 0;
    m_scheduleIndex = 0;
    m_nextAttemptAtMs = -1;
}

qint64 ReconnectPolicy::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

qint64 ReconnectPolicy::jittered(qint64 delayMs)
{
    // The mt19937 output sequence is fixed by the standard (unlike std::uniform_real_distribution),
    // so a seed gives the same delays with every standard library.
    const double unit = static_cast<double>(m_random()) / 4294967295.0; // [0, 1]
    const double factor = 1.0 + kJitter * (2.0 * unit - 1.0); // [0.8, 1.2]
    return std::llround(static_cast<double>(delayMs) * factor);
}

} // namespace shuriken::pusher
