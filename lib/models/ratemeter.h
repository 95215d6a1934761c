#pragma once

#include <QList>
#include <QtGlobal>

#include <deque>

namespace shuriken {

/// A rate (per second) over a sliding window, computed from samples of a cumulative counter
/// (events, frames, bytes) taken at times the caller supplies: no clock inside, so tests and
/// the GUI's 1 Hz tick get the same, deterministic figures.
///
/// The rate is (newest - oldest sample inside the window) / their time distance; the newest
/// sample older than the window still serves as the window's start so a 1 Hz tick with a 1 s
/// window measures the last second. A counter that goes backwards (a new client) restarts it.
class RateMeter
{
public:
    struct Point
    {
        qint64 timeMs = 0;
        double ratePerSecond = 0;

        friend bool operator==(const Point &, const Point &) = default;
    };

    explicit RateMeter(qint64 windowMs = 1000, int historyLength = 300);

    /// Records the counter's value @p total at @p nowMs (ms, any monotonic origin). Samples
    /// with a time earlier than the newest one are ignored.
    void sample(qint64 nowMs, quint64 total);
    /// Events per second over the window ending at the newest sample; 0 until two samples.
    double ratePerSecond() const { return m_rate; }
    /// The newest counter value.
    quint64 total() const { return m_samples.empty() ? 0 : m_samples.back().total; }
    /// The rate after each sample, oldest first, at most historyLength points (the rate plot).
    QList<Point> history() const;
    void reset();

    qint64 windowMs() const { return m_windowMs; }

private:
    struct Sample
    {
        qint64 timeMs;
        quint64 total;
    };

    qint64 m_windowMs;
    int m_historyLength;
    std::deque<Sample> m_samples;
    std::deque<Point> m_history;
    double m_rate = 0;
};

} // namespace shuriken
