#include "clientclock.h"

#include <QDateTime>
#include <QTimer>

namespace shuriken {

namespace {

class SystemTimer final : public ClientClock::Timer
{
public:
    explicit SystemTimer(std::function<void()> onTimeout)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, std::move(onTimeout));
    }

    void start(int intervalMs) override { m_timer.start(intervalMs); }
    void stop() override { m_timer.stop(); }

private:
    QTimer m_timer;
};

class SystemClock final : public ClientClock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    std::unique_ptr<Timer> createTimer(std::function<void()> onTimeout) override
    {
        return std::make_unique<SystemTimer>(std::move(onTimeout));
    }
};

} // namespace

std::unique_ptr<ClientClock> makeSystemClock()
{
    return std::make_unique<SystemClock>();
}

ClientTimer::ClientTimer(ClientClock &clock, std::function<void()> onTimeout)
    : m_onTimeout(std::move(onTimeout))
    , m_timer(clock.createTimer([this] { fire(); }))
{ }

ClientTimer::~ClientTimer() = default;

void ClientTimer::start(int intervalMs)
{
    m_active = true;
    m_timer->start(intervalMs);
}

void ClientTimer::stop()
{
    m_active = false;
    m_timer->stop();
}

void ClientTimer::fire()
{
    m_active = false;
    // The receiver may destroy this timer (its owner let go): nothing of it is touched after.
    const std::function<void()> onTimeout = m_onTimeout;
    onTimeout();
}

} // namespace shuriken
