#pragma once

#include "channelhub.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QTimer>

namespace shuriken::sim {

class ClientConnection;
struct ServerContext;

/// Publishes the events of subscribed channels: each bound channel at its stream's rate on a
/// shared tick, or, for svm.token.swaps with a firehose count, as fast as its subscribers drain.
class Publisher final : public ChannelListener
{
    Q_DISABLE_COPY_MOVE(Publisher)

public:
    Publisher(ServerContext &context, ChannelHub &hub);

    void channelActivated(Channel &channel) override;
    void channelDeactivated(Channel &channel) override;
    /// @p connection wrote its backlog down: resumes the firehoses it was holding back.
    void drained(ClientConnection &connection);
    void stop() { m_tickTimer.stop(); }

private:
    bool usesFirehose(const Channel &channel) const;
    void tick();
    void publish(Channel &channel);
    void startFirehose(Channel &channel);
    void pumpFirehose(Channel &channel);

    ServerContext &m_context;
    ChannelHub &m_hub;
    QTimer m_tickTimer;
    QElapsedTimer m_uptime;
    QByteArray m_firehoseBatch; // reused, so a batch does not allocate once it has grown
};

} // namespace shuriken::sim
