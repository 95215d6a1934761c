#pragma once

#include "channel.h"
#include "marketmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <map>
#include <memory>

namespace shuriken::pusher {
struct ChannelEvent;
struct Subscribe;
} // namespace shuriken::pusher

namespace shuriken::sim {

class ClientConnection;
struct HttpRequest;
struct ServerContext;

/// Pusher's limit on an event's data, for the HTTP API (413 above it) and client events.
inline constexpr qsizetype kMaxEventDataBytes = 10240;

/// Told when a channel gains its first subscriber or loses its last one (Publisher starts and
/// stops publishing on it).
class ChannelListener
{
public:
    virtual ~ChannelListener() = default;
    virtual void channelActivated(Channel &channel) = 0;
    virtual void channelDeactivated(Channel &channel) = 0;

protected:
    ChannelListener() = default;
    Q_DISABLE_COPY_MOVE(ChannelListener)
};

/// The Pusher side of the simulator: the open connections, the WebSocket handshake after the
/// HTTP checks, the client messages (subscribe with signature checks, unsubscribe, ping), the
/// channels with their subscribers and presence members, and the bindings of channel names to
/// (stream, filter) that session answers create.
class ChannelHub final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorServer) // one translation context for the whole simulator
    Q_DISABLE_COPY_MOVE(ChannelHub)

public:
    ChannelHub(ServerContext &context, ChannelListener *listener);
    ~ChannelHub();

    // ---- connections -----------------------------------------------------------------------
    void addConnection(ClientConnection *connection);
    /// Deletes every connection without callbacks and empties every channel: the server is
    /// going away.
    void deleteConnections();
    QList<ClientConnection *> connections() const { return m_connections.values(); }
    QList<ClientConnection *> webSocketConnections() const;
    quint64 bytesSentByClosedConnections() const { return m_bytesSentByClosedConnections; }
    /// Takes over a connection whose upgrade request passed the HTTP checks: sends
    /// connection_established, or refuses an unknown app key or protocol version.
    void acceptWebSocket(ClientConnection &connection, const HttpRequest &request);
    void messageReceived(ClientConnection &connection, const QByteArray &text);
    void idleTimedOut(ClientConnection &connection);
    void pongTimedOut(ClientConnection &connection);
    void connectionClosed(ClientConnection &connection);

    /// Whether pusher:ping and WebSocket pings are answered, now and on new connections.
    void setAnswerPings(bool answer);
    bool answersPings() const { return m_answerPings; }
    /// Whether an accepted subscribe is confirmed with subscription_succeeded.
    void setConfirmSubscriptions(bool confirm) { m_confirmSubscriptions = confirm; }
    bool confirmsSubscriptions() const { return m_confirmSubscriptions; }

    // ---- channels --------------------------------------------------------------------------
    /// Binds @p channel to what a session answer resolved it to; it publishes once subscribed.
    void bind(const QString &channel, const ChannelBinding &binding) { m_bindings.insert(channel, binding); }
    const ChannelBinding *binding(const QString &channel) const;
    Channel *findChannel(const QString &name);
    const std::map<QString, std::unique_ptr<Channel>> &channels() const { return m_channels; }

    /// Sends {event, channel, data: @p data as a JSON string} to every subscriber of @p channel
    /// but the one with @p exceptSocketId (Pusher's socket_id exclusion); returns how many it
    /// reached. @p data goes out as it is: an encrypted channel's data is already sealed.
    int publish(const QString &channel, const QString &event, QByteArrayView data,
                const QString &exceptSocketId = QString());

private:
    QString newSocketId();
    void subscribe(ClientConnection &connection, const pusher::Subscribe &subscribe);
    void refuseSubscription(ClientConnection &connection, const QString &channel, const QString &type,
                            const QString &error, int status);
    void removeSubscription(ClientConnection &connection, const QString &channel);
    void clientEvent(ClientConnection &connection, const pusher::ChannelEvent &event);
    void rejectClientEvent(ClientConnection &connection, const QString &message);
    void signin(ClientConnection &connection, const QByteArray &text);
    Channel &channelNamed(const QString &name);
    void sendMemberEvent(Channel &channel, const ClientConnection *except, const QByteArray &event,
                         const QJsonObject &data);

    ServerContext &m_context;
    ChannelListener *m_listener;
    MarketModel m_market; // shared by every generator, so prices agree across streams
    QHash<quint64, ClientConnection *> m_connections;
    quint64 m_bytesSentByClosedConnections = 0;
    std::map<QString, std::unique_ptr<Channel>> m_channels;
    QHash<QString, ChannelBinding> m_bindings;
    QSet<QString> m_socketIdsInUse;
    bool m_answerPings = true;
    bool m_confirmSubscriptions = true;
};

} // namespace shuriken::sim
