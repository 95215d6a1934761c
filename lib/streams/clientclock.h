#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

namespace shuriken {

/// Where a StreamClient's time comes from: the wall clock, and the single-shot timers behind its
/// session retries, subscribe timeouts, channel retries and event batches. Production runs on
/// QDateTime and QTimer (makeSystemClock()); a test injects a clock it moves forward by hand, so
/// it shows that a retry did not come by passing the retry's due time instead of waiting for it.
class ClientClock
{
public:
    /// One timer of the clock: fires once per start(), unless stopped or destroyed first.
    class Timer
    {
    public:
        Timer() = default;
        virtual ~Timer() = default;
        Q_DISABLE_COPY_MOVE(Timer)

        virtual void start(int intervalMs) = 0;
        virtual void stop() = 0;
    };

    ClientClock() = default;
    virtual ~ClientClock() = default;
    Q_DISABLE_COPY_MOVE(ClientClock)

    /// Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    /// A stopped timer that calls @p onTimeout when it fires; it never calls it once destroyed.
    virtual std::unique_ptr<Timer> createTimer(std::function<void()> onTimeout) = 0;
};

/// QDateTime::currentMSecsSinceEpoch() and single-shot QTimers of the default (coarse) type.
std::unique_ptr<ClientClock> makeSystemClock();

/// A single-shot timer on a ClientClock, spelled like QTimer so the client reads the same.
/// isActive() is a plain member read: the batch timer is asked once per routed event.
class ClientTimer final
{
public:
    ClientTimer(ClientClock &clock, std::function<void()> onTimeout);
    ~ClientTimer();
    Q_DISABLE_COPY_MOVE(ClientTimer)

    void setInterval(int intervalMs) { m_intervalMs = intervalMs; }
    int interval() const { return m_intervalMs; }
    /// Starts (or restarts) with interval().
    void start() { start(m_intervalMs); }
    void start(int intervalMs);
    void stop();
    bool isActive() const { return m_active; }

private:
    void fire();

    std::function<void()> m_onTimeout;
    std::unique_ptr<ClientClock::Timer> m_timer;
    int m_intervalMs = 0;
    bool m_active = false;
};

} // namespace shuriken
