#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "dto.h"
#include "httpexchange.h"
#include "pusherconnection.h"
#include "pusherprotocol.h"
#include "reconnectpolicy.h"
#include "streamevent.h"
#include "subscription.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace shuriken {

class ApiClient;
class SessionService;
class ChannelAuthorizer;

/// The one object the GUI, the CLI and the tests talk to: it bootstraps the session, keeps the
/// Pusher connection, expands the session when new (stream, filter) pairs are subscribed, binds
/// each to its own resolved channel, authorizes private/presence channels, reference-counts
/// channels, resubscribes after every reconnect and delivers events in batches.
class StreamClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamClient)

public:
    /// The five states of PROTOCOL.md 3.1, shared with the transport. The client is Connecting
    /// while the first session is requested too, Reconnecting while a session request waits for
    /// its retry, and Failed for a rejected key as well as for a refused socket.
    using State = pusher::PusherConnection::State;

    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.shuriken.trade"));
        QString apiKey;
        bool allowForeignAuthOrigin = false;
        int requestTimeoutMs = 15000;
        /// Timers of the Pusher connection (activity cap, pong, handshake), for tests.
        int activityTimeoutCapMs = 120000;
        int pongTimeoutMs = 30000;
        int handshakeTimeoutMs = 15000;
        /// How long a pusher:subscribe may wait for subscription_succeeded.
        int subscribeTimeoutMs = 15000;
        /// Events are delivered at most this often (and at least one per batch).
        int batchIntervalMs = 16;
        /// Seed of the reconnect jitter; 0 picks a random one.
        quint32 jitterSeed = 0;
        /// Fallback reconnect schedule until a session gives its own; empty = built-in default.
        QList<qint64> fallbackBackoffMs;
    };

    explicit StreamClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~StreamClient() override;

    /// Takes effect on the next connectToService().
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    /// Bootstraps a session (with every active subscription, or the catalog probe when there is
    /// none), opens the WebSocket and subscribes everything. No-op unless Disconnected/Failed.
    void connectToService();
    /// Unsubscribes every channel, closes the socket (1000) and never reconnects.
    void disconnectFromService();

    /// Subscribes to (stream, filter). Subscribing a key that is already active returns the
    /// existing subscription's twin: each call gets its own Subscription object, so two views
    /// can share a channel; the channel is reference-counted. Works in any state: pending
    /// subscriptions are resolved when the client connects.
    Subscription *subscribe(const QString &stream, const StreamFilter &filter = {});
    /// Stops delivery at once (no event reaches the subscription after this returns); the last
    /// subscription of a channel sends pusher:unsubscribe. The object is deleted later.
    void unsubscribe(Subscription *subscription);

    QList<Subscription *> subscriptions() const;
    State state() const { return m_state; }
    QString stateReason() const { return m_stateReason; }
    QString socketId() const;
    /// When the next reconnect attempt starts (ms since epoch), or -1.
    qint64 nextAttemptAtMs() const;
    /// The host:port the WebSocket talks to, once a session is known.
    QString endpointText() const;
    qint64 lastRoundTripMs() const;

    /// Counters for the status bar and the CLI summary.
    struct Counters
    {
        quint64 events = 0;
        quint64 eventBytes = 0;
        quint64 framesIn = 0;
        quint64 framesOut = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        quint64 malformedFrames = 0;
        quint64 unroutedEvents = 0;
        quint64 reconnects = 0;
        quint64 sessionRequests = 0;
        quint64 authRequests = 0;
    };
    Counters counters() const;
    /// The error that made the client fail (for the CLI's exit code and the GUI's banner).
    std::optional<ApiError> lastError() const { return m_lastError; }

    /// Every frame in and out (secrets redacted) is reported through frameObserved() while on.
    void setFrameObservation(bool on);

    ApiClient *apiClient() const { return m_api; }
    pusher::PusherConnection *connection() const { return m_connection; }

    static QString stateText(State state);

Q_SIGNALS:
    /// The connection state changed; `reason` says why (close code, error, user action).
    void stateChanged(shuriken::StreamClient::State state, const QString &reason);
    /// A subscription was created by subscribe().
    void subscriptionAdded(shuriken::Subscription *subscription);
    /// A subscription was let go by unsubscribe(); the pointer is only valid during the emission.
    void subscriptionRemoved(shuriken::Subscription *subscription);
    /// A subscription's status changed.
    void subscriptionStatusChanged(shuriken::Subscription *subscription, shuriken::Subscription::Status status,
                                   const QString &reason);
    /// Events of all subscriptions, in arrival order (at least one, at most about every 16 ms).
    void eventsReceived(const shuriken::StreamEventBatch &batch);
    /// A session bootstrap succeeded (first connect, expansion, refresh).
    void sessionReceived(const shuriken::Session &session);
    /// A request or the connection failed; shown to the user and counted.
    void errorOccurred(const QString &message);
    /// A frame went in or out (only while frame observation is on).
    void frameObserved(const shuriken::pusher::FrameRecord &frame);
    /// An HTTP exchange with the control plane finished (key and signatures redacted).
    void httpExchangeFinished(const shuriken::HttpExchange &exchange);
    /// A frame could not be decoded; the connection stays up.
    void malformedFrameReceived(const QString &error);

private:
    struct ChannelState;

    void setState(State state, const QString &reason);
    void requestSession();
    QList<SubscriptionRequest> nextSessionRequest(SubscriptionRequest *added) const;
    bool hasUnresolvedSubscriptions() const;
    void onSessionResult(const QList<SubscriptionRequest> &requested, const Session &session);
    void onSessionError(const QList<SubscriptionRequest> &requested, const ApiError &error);
    void bindSubscription(Subscription *subscription, const ResolvedSubscription &resolved);
    void sendSubscribe(ChannelState &channel);
    void sendSubscribeFrame(ChannelState &channel, const pusher::Subscribe &subscribe);
    void onAuthorized(const QString &channel, quint64 generation, const ApiResult<ChannelAuth> &result);
    void onSubscribeTimeout(const QString &channel);
    void releaseChannel(const QString &channel);
    void resetChannel(ChannelState &channel);
    void setChannelStatus(ChannelState &channel, Subscription::Status status, const QString &reason);
    void updateSubscription(Subscription *subscription, Subscription::Status status, const QString &reason);
    int retryDelayMs(const ApiError &error);
    void onConnectionStateChanged(pusher::PusherConnection::State state, const QString &reason);
    void onConnected(const QString &socketId);
    void onMessage(const pusher::Message &message);
    void routeEvent(const pusher::ChannelEvent &frame);
    void flushBatches();
    /// Keeps the events whose owner passes @p keep; events[i] belongs to owners[i].
    static void keepEventsOf(StreamEventBatch &events, QList<Subscription *> &owners,
                             const std::function<bool(Subscription *)> &keep);
    void applyBackoffSchedule(const QList<qint64> &scheduleMs);

    Options m_options;
    ApiClient *m_api = nullptr;
    SessionService *m_sessions = nullptr;
    ChannelAuthorizer *m_authorizer = nullptr;
    pusher::PusherConnection *m_connection = nullptr;
    std::unique_ptr<pusher::ReconnectPolicy> m_bootstrapPolicy;
    State m_state = State::Disconnected;
    QString m_stateReason;

    std::optional<Session> m_session;
    bool m_sessionInFlight = false;
    /// The server refused the socket (4001/4009): bootstrap again before reconnecting.
    bool m_refreshPending = false;
    /// Changes on connect/disconnect so answers for an abandoned attempt are dropped.
    quint64 m_connectGeneration = 0;
    QTimer m_retryTimer;
    qint64 m_retryAtMs = -1;

    QList<Subscription *> m_subscriptions;
    QHash<QString, std::shared_ptr<ChannelState>> m_channels;

    QTimer m_batchTimer;
    QHash<Subscription *, StreamEventBatch> m_pending;
    StreamEventBatch m_pendingAll;
    QList<Subscription *> m_pendingAllOwners;
    qsizetype m_batchSizeHint = 0; // events in the last flushed batch
    /// Counts unsubscribe() calls, so a flush knows whether a receiver let a subscription go.
    quint64 m_unsubscribeCount = 0;

    std::optional<ApiError> m_lastError;
    Counters m_counters;
};

} // namespace shuriken
