#pragma once

#include "simulatorconfig.h"

#include <QFlags>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace shuriken::sim {

/// Malformed frames the simulator can send on demand (fault injection).
enum class MalformedFrame
{
    InvalidJson, // a truncated JSON text
    DataNotString, // a channel event whose `data` is an object, not a JSON-encoded string
    MissingEvent, // a frame without the `event` member
    Huge, // a valid channel event of 10 MiB
    InvalidUtf8, // a text frame that is not UTF-8 (a conforming client closes with 1007)
};

/// The REST endpoints a fault can target.
enum class RestEndpoint
{
    Session = 0x1, // POST /api/v2/ws/session
    Auth = 0x2, // POST /api/v2/ws/auth; generic mode: POST /pusher/auth and /broadcasting/auth
    Streams = 0x4, // GET /api/v2/ws/streams (and the /catalog alias)
    UserAuth = 0x8, // generic mode: POST /pusher/user-auth
    HttpApi = 0x10, // generic mode: /apps/<appId>/...
};
Q_DECLARE_FLAGS(RestEndpoints, RestEndpoint)
Q_DECLARE_OPERATORS_FOR_FLAGS(RestEndpoints)
inline constexpr RestEndpoints kAllRestEndpoints {RestEndpoint::Session, RestEndpoint::Auth, RestEndpoint::Streams,
                                                  RestEndpoint::UserAuth, RestEndpoint::HttpApi};

/// A REST failure to answer with instead of the real response.
struct RestFault
{
    int status = 500; // 401, 403, 429, 500, 503, ...
    /// Sent as Retry-After (seconds) when set; 429 usually carries it.
    std::optional<int> retryAfterSeconds;
    /// How many requests it answers before it is used up; -1 = until cleared.
    int remaining = -1;
    RestEndpoints endpoints = kAllRestEndpoints;
};

/// Counters for the `stats` command and for tests.
struct SimulatorStats
{
    int webSocketConnections = 0;
    quint64 connectionsAccepted = 0;
    int activeChannels = 0;
    int subscriptions = 0;
    /// Of those, subscriptions to channels no session of this server resolved (another epoch's,
    /// a process's before a restart, made up): accepted as Pusher does, but nothing is published.
    int silentSubscriptions = 0;
    quint64 eventsPublished = 0; // channel events generated
    quint64 framesSent = 0; // channel event frames written, summed over subscribers
    quint64 bytesSent = 0;
    quint64 restRequests = 0;
    QMap<int, quint64> restResponsesByStatus;
    quint64 badClientMessages = 0; // undecodable or unexpected Pusher messages from clients
    quint64 backlogSkips = 0; // events not queued for a subscriber over maxBacklogBytes
    quint64 faultsInjected = 0;
    QMap<QString, quint64> eventsByStream;
    /// Events published through trigger() or the HTTP API (generic mode).
    quint64 eventsTriggered = 0;
    /// Client events forwarded to other subscribers (generic mode).
    quint64 clientEventsForwarded = 0;
};

/// One channel with subscribers, for the `stats json` command and tests.
struct ChannelStats
{
    QString name;
    /// The stream it publishes; empty for a channel no session of this server resolved.
    QString streamId;
    int subscribers = 0;
    quint64 lastSeq = 0; // seq of the last event published on it
};

/// A faithful local Shuriken service on one loopback port: the REST control plane
/// (POST /api/v2/ws/session, GET /api/v2/ws/streams, POST /api/v2/ws/auth with real
/// HMAC-SHA256 signatures) and a Pusher protocol 7 WebSocket server on /app/<appKey>, publishing
/// generated events for every stream of the built-in catalog, with fault injection on demand.
///
/// HTTP and WebSocket framing are the simulator's own, on a QTcpServer: QAbstractHttpServer's
/// WebSocket hand-over yields a QWebSocket, which cannot send the malformed frames the fault
/// injection needs (invalid UTF-8 text) and adds a per-message copy and conversion the firehose
/// cannot afford.
///
/// Simulator extension: every stream payload starts with "seq", an unsigned 64-bit sequence
/// number per channel starting at 1, so a client can detect gaps.
///
/// With SimulatorConfig::genericPusher it is instead a plain Pusher-protocol server with an
/// application backend's auth endpoints (see lib/sim/README.md).
class SimulatorServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorServer)

public:
    explicit SimulatorServer(const SimulatorConfig &config = SimulatorConfig(), QObject *parent = nullptr);
    ~SimulatorServer() override;

    /// Listens on config().bindAddress and @p port (0 = an ephemeral port). False with
    /// errorString() when the port cannot be bound.
    bool start(quint16 port = 0);
    /// Closes every WebSocket with 1001, every HTTP connection, and stops listening.
    void stop();
    /// Cuts every connection (clients see 1006) and listens again on the same port, as a
    /// server process restart looks from outside. Channel sequence numbers carry on.
    bool restart();

    bool isListening() const;
    quint16 port() const;
    /// "http://127.0.0.1:<port>": the API base URL to give a client.
    QUrl baseUrl() const;
    /// "ws://127.0.0.1:<port>/app/<appKey>".
    QUrl webSocketUrl() const;
    QString errorString() const;
    const SimulatorConfig &config() const;

    /// Runtime knobs (also reachable from the control grammar).
    void setRateMultiplier(double multiplier);
    void setStreamRate(const QString &streamId, double eventsPerSecond);
    void setWrapSessionInData(bool wrap);
    void setNotificationCasing(NotificationCasing casing);
    /// Events each svm.token.swaps channel publishes as fast as it drains on its next
    /// activation; 0 returns to normal rates.
    void setFirehoseCount(quint64 count);

    SimulatorStats stats() const;
    /// The channels that have subscribers, by name.
    QList<ChannelStats> channelStats() const;
    /// Socket ids of the open WebSocket connections.
    QStringList socketIds() const;

    /// Publishes @p event with @p data (JSON text, sent as the frame's data string) to every
    /// subscriber of @p channel, as a server library's trigger does. On a private-encrypted-
    /// channel the data is sealed first with the channel's shared secret (derived from
    /// config().encryptionMasterKey), so subscribers get {nonce, ciphertext}. Returns how many
    /// subscribers it reached; 0 for an invalid channel name.
    int trigger(const QString &channel, const QString &event, const QByteArray &data);

    // ---- fault injection -------------------------------------------------------------------
    // Each returns how many WebSocket connections it reached.

    /// Cuts every WebSocket's TCP connection without a close frame.
    int dropAllConnections();
    /// Closes every WebSocket with @p code (4001, 4009, 4100, 4200, 4201, ...); a code that may
    /// not be sent (1005, 1006, 1015, out of range) reaches nobody.
    int closeAllConnections(int code, const QString &reason = QString());
    /// Sends pusher:error {message, code} to every WebSocket without closing it.
    int sendPusherError(std::optional<int> code, const QString &message);
    /// Sends pusher:error {message, code} naming @p channel (as some servers do for a refused
    /// subscribe) to every WebSocket that subscribed to it or asked to.
    int sendChannelPusherError(const QString &channel, std::optional<int> code, const QString &message);
    /// Stops (or resumes) confirming subscriptions: pusher:subscribe is accepted but
    /// pusher_internal:subscription_succeeded is never sent, as from a server that lost it.
    void setSubscribeConfirmationsEnabled(bool enabled);
    bool subscribeConfirmationsEnabled() const;
    /// Stops (or resumes) answering pusher:ping events and WebSocket ping frames.
    void setPongsEnabled(bool enabled);
    bool pongsEnabled() const;
    /// Sends one malformed frame of @p kind to every WebSocket, on its first subscribed channel.
    int sendMalformedFrame(MalformedFrame kind);
    /// Answers matching REST requests with @p fault while it lasts; later faults take precedence.
    void addRestFault(const RestFault &fault);
    /// Delays every response of @p endpoints by @p delayMs (0 = no delay).
    void setRestDelay(int delayMs, RestEndpoints endpoints = kAllRestEndpoints);
    /// Back to correct, prompt REST answers.
    void clearRestFaults();
    QList<RestFault> restFaults() const;
    int restDelayMs() const;

Q_SIGNALS:
    /// Listening started (after start/restart) or stopped.
    void listeningChanged(bool listening);
    /// A WebSocket connection was accepted and sent connection_established.
    void clientConnected(const QString &socketId);
    /// A WebSocket connection ended, whoever ended it.
    void clientDisconnected(const QString &socketId);
    /// A client's subscription succeeded (subscription_succeeded was sent).
    void channelSubscribed(const QString &socketId, const QString &channel);
    /// A client unsubscribed from a channel, or its connection ended while subscribed.
    void channelUnsubscribed(const QString &socketId, const QString &channel);
    /// A client's subscription was refused (subscription_error or pusher:error was sent).
    void subscriptionRefused(const QString &socketId, const QString &channel, const QString &reason);
    /// A REST response was sent.
    void restRequestHandled(const QString &method, const QString &path, int status);
    /// A channel's firehose published its last event.
    void firehoseFinished(const QString &channel, quint64 events);

private:
    class Private;
    std::unique_ptr<Private> d;
};

/// "invalid-json" → MalformedFrame::InvalidJson, ...; nullopt for an unknown name.
std::optional<MalformedFrame> malformedFrameFromName(const QString &name);
QString malformedFrameName(MalformedFrame kind);

} // namespace shuriken::sim
