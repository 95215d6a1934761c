#include "ratemeter.h"

#include <algorithm>

namespace shuriken {

RateMeter::RateMeter(qint64 windowMs, int historyLength)
    : m_windowMs(std::max<qint64>(1, windowMs))
    , m_historyLength(std::max(1, historyLength))
{ }

void RateMeter::sample(qint64 nowMs, quint64 total)
{
    if (!m_samples.empty()) {
        if (nowMs < m_samples.back().timeMs)
            return;
        if (total < m_samples.back().total)
            m_samples.clear(); // the counter restarted: the old samples say nothing about it
    }
    if (!m_samples.empty() && m_samples.back().timeMs == nowMs)
        m_samples.back().total = total;
    else
        m_samples.push_back(Sample {nowMs, total});

    // Keep the newest sample at or before the window's start as its baseline.
    const qint64 windowStart = nowMs - m_windowMs;
    while (m_samples.size() >= 2 && m_samples[1].timeMs <= windowStart)
        m_samples.pop_front();

    const Sample &oldest = m_samples.front();
    const Sample &newest = m_samples.back();
    const qint64 span = newest.timeMs - oldest.timeMs;
    m_rate = span > 0 ? double(newest.total - oldest.total) * 1000.0 / double(span) : 0.0;

    if (!m_history.empty() && m_history.back().timeMs == nowMs)
        m_history.back().ratePerSecond = m_rate;
    else
        m_history.push_back(Point {nowMs, m_rate});
    while (m_history.size() > size_t(m_historyLength))
        m_history.pop_front();
}

QList<RateMeter::Point> RateMeter::history() const
{
    return QList<Point>(m_history.cbegin(), m_history.cend());
}

void RateMeter::reset()
{
    m_samples.clear();
    m_history.clear();
    m_rate = 0;
}

} // namespace shuriken
