#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "clientclock.h"
#include "dto.h"
#include "httpexchange.h"
#include "pusherconnection.h"
#include "pusherprotocol.h"
#include "pushersettings.h"
#include "reconnectpolicy.h"
#include "streamevent.h"
#include "subscription.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

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
        /// Every wait is kept within [1 s, 5 min] (ReconnectPolicy), whatever the schedule says.
        QList<qint64> fallbackBackoffMs;
        /// Build each event's typed row (its stream's schema columns) on arrival. A consumer that
        /// shows no columns (the CLI's JSON Lines) turns it off and gets events whose payload is
        /// only checked (seq, the reason of a refused payload), saving the extraction; a table
        /// given such an event builds the row itself.
        bool typedRows = true;
        /// Direct Pusher mode: no Shuriken REST bootstrap. The client connects to this server,
        /// subscribe(stream) takes `stream` as a channel name (any name the protocol allows) and
        /// delivers every event on it; private and presence channels are signed here when the
        /// app secret is given, else through the channel auth endpoint. baseUrl and apiKey are
        /// not used.
        std::optional<PusherSettings> pusher;
    };

    explicit StreamClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    /// Runs every timer of the client (session retry, subscribe timeout, channel retry, batch)
    /// and nextAttemptAtMs() on @p clock, which must outlive the client: a test moves time by
    /// hand. The Pusher transport keeps its own timers.
    StreamClient(QNetworkAccessManager *network, ClientClock &clock, QObject *parent = nullptr);
    ~StreamClient() override;

    /// Takes effect on the next connectToService().
    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    /// Options::batchIntervalMs alone, at any time (a view's update interval changed); the batch
    /// waiting now goes out at the interval it started with.
    void setBatchInterval(int milliseconds);

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

    // ---- direct Pusher mode ---------------------------------------------------------------------
    bool isDirect() const { return m_options.pusher.has_value(); }
    /// Sends client event @p event (it must start with "client-") with @p data (JSON text) on
    /// @p channel, which must be a subscribed private or presence channel (Pusher's rule; an
    /// encrypted channel takes no client events). Empty on success, else why not (translated).
    QString sendClientEvent(const QString &channel, const QString &event, const QByteArray &data);
    /// The user data of pusher:signin_success, once signed in (Options::pusher's
    /// userAuthEndpoint); empty otherwise.
    QJsonObject signedInUser() const { return m_signedInUser; }
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
        /// Replay: frames the client would have sent (there is no server to send them to).
        quint64 framesDropped = 0;
        /// Events of encrypted channels that did not open with the channel's shared secret.
        quint64 undecryptableEvents = 0;
        /// Client events (client-…) this client sent.
        quint64 clientEventsSent = 0;
    };
    Counters counters() const;
    /// The error that made the client fail (for the CLI's exit code and the GUI's banner).
    std::optional<ApiError> lastError() const { return m_lastError; }

    /// Every frame in and out (secrets redacted) is reported through frameObserved() while on.
    void setFrameObservation(bool on);
    /// Delivers the events waiting for the batch interval now (the end or a pause of a replay,
    /// a test that must not wait for the batch timer).
    void deliverPendingEvents();

    // ---- replay (streamclientreplay.cpp) -----------------------------------------------------
    // A recorded session runs through the same code as a live one: the recorded session answers
    // are read by the session DTO and bind subscriptions as live answers do, the recorded frames
    // are decoded, routed and built into events by the live handlers, each event stamped with its
    // frame's recorded receive time. Nothing goes to the network.

    /// Replay mode: connectToService() requests no session and opens no socket; the client waits
    /// for replaySessionExchange() and replayFrame(). Channels are joined without authorization
    /// (a recording holds no usable signature) and without a confirmation timeout; what the
    /// client would send is dropped and counted (Counters::framesDropped). Changes only while
    /// Disconnected or Failed; false otherwise.
    bool setReplayMode(bool on);
    bool isReplayMode() const { return m_replay; }
    /// A recorded POST /api/v2/ws/session exchange: its answer (or its failure) is taken as the
    /// answer to the request the client has out, exactly as live, including the answers that
    /// follow a reconnect. An answer to a request made before the last recorded connection loss
    /// is dropped, as the live client dropped it. False, and nothing done, outside replay mode or
    /// for another exchange (isSessionExchange()).
    bool replaySessionExchange(const HttpExchange &exchange);
    /// A recorded inbound WebSocket message, received at @p receivedAtUs (µs since the epoch).
    void replayFrame(const QByteArray &frame, qint64 receivedAtUs, bool binary = false);
    /// The recorded connection ended at @p atUs for @p reason (the recorded change to
    /// Reconnecting): the client loses it as it lost the live one, and waits for the next
    /// recorded session answer. With @p failed (the recorded change to Failed), the connection
    /// failed for good. A loss is ignored while the replay has no connection open.
    void replayConnectionEnd(const QString &reason, qint64 atUs, bool failed = false);
    /// Whether @p exchange went to the session endpoint (POST …/api/v2/ws/session).
    static bool isSessionExchange(const HttpExchange &exchange);

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
    /// Direct mode: pusher:signin_success arrived with this user data.
    void userSignedIn(const QJsonObject &userData);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    struct ChannelState;
    using ChannelPtr = std::shared_ptr<ChannelState>;

    StreamClient(QNetworkAccessManager *network, ClientClock *clock, std::unique_ptr<ClientClock> ownClock,
                 QObject *parent);

    void setState(State state, const QString &reason);
    void requestSession();
    bool isKeyCurrent(const QString &key) const;
    void onSessionResult(const QList<SubscriptionRequest> &requested, bool probe, const Session &session);
    void onSessionError(const QList<SubscriptionRequest> &fresh, bool probe, const ApiError &error);
    /// The session endpoint refused these keys: their subscriptions fail, the others go on.
    void rejectKeys(const QList<SubscriptionRequest> &keys, const QString &reason, Subscription::Failure failure);
    void failConnection(const ApiError &error, const QString &text);
    /// A reconnect or a refusal needs a fresh session: every key is stale until it answers.
    void beginSessionRound(bool cachedEndpointAllowed);
    void onReconnectDue();
    void onSessionRefreshRequired(int closeCode);
    void bindSubscription(Subscription *subscription, const ResolvedSubscription &resolved);
    void unbindSubscription(Subscription *subscription);
    void sendSubscribe(ChannelPtr channel);
    void sendSubscribeFrame(const ChannelPtr &channel, const pusher::Subscribe &subscribe);
    void onAuthorized(const QString &channel, quint64 generation, const ApiResult<ChannelAuth> &result);
    void onSubscribeTimeout(const QString &channel, quint64 generation);
    void onChannelRetryDue(const QString &channel, quint64 generation);
    void onSubscriptionSucceeded(const pusher::SubscriptionSucceeded &succeeded);
    void onSubscriptionError(const pusher::SubscriptionError &failed);
    void onPusherError(const pusher::PusherError &error);
    /// The socket is gone (or never came): every channel starts over on the next one.
    void resetChannelsAfterLoss(pusher::PusherConnection::State state, const QString &reason);
    /// A new socket: every channel with listeners not yet joined on it is subscribed.
    void subscribeIdleChannels();
    /// The channel could not be joined on this socket: Error for its subscribers, and a retry
    /// after the channel's backoff unless `failure` is permanent.
    void failChannel(ChannelPtr channel, const QString &text, Subscription::Failure failure,
                     std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    void releaseChannel(const QString &channel);
    void resetChannel(ChannelState &channel);
    bool isLive(const ChannelPtr &channel) const;
    bool isLive(const Subscription *subscription) const;
    void setChannelStatus(const ChannelPtr &channel, Subscription::Status status, const QString &reason,
                          Subscription::Failure failure = Subscription::Failure::None);
    void updateSubscription(Subscription *subscription, Subscription::Status status, const QString &reason,
                            Subscription::Failure failure = Subscription::Failure::None);
    qint64 sessionRetryDelayMs(const ApiError &error);
    qint64 channelRetryDelayMs(int retries) const;
    void onConnectionStateChanged(pusher::PusherConnection::State state, const QString &reason);
    void onConnected(const QString &socketId);
    void onMessage(const pusher::Message &message, qint64 receivedAtUs);
    void routeEvent(const pusher::ChannelEvent &frame, qint64 receivedAtUs);
    /// What the client asks the session endpoint for now (the union of its active keys), and
    /// which of them are not resolved in this round.
    QList<SubscriptionRequest> sessionRequests(QList<SubscriptionRequest> *fresh) const;
    void flushBatches();
    /// Keeps the events whose owner passes @p keep; events[i] belongs to owners[i].
    static void keepEventsOf(StreamEventBatch &events, QList<Subscription *> &owners,
                             const std::function<bool(Subscription *)> &keep);
    void applyBackoffSchedule(const QList<qint64> &scheduleMs);

    // ---- direct Pusher mode (streamclientdirect.cpp) ----------------------------------------
    void applyDirectSettings();
    void connectDirect();
    /// Binds @p subscription to its channel (its stream is the channel name) or fails it.
    void bindDirect(Subscription *subscription);
    /// Signs a private, presence or encrypted channel with the app secret.
    void authorizeLocally(const ChannelPtr &channel, const QString &socketId);
    /// pusher:signin through the user authentication endpoint, when one is given.
    void signIn();
    void onSigninSuccess(const QByteArray &data);
    /// Opens an encrypted channel's event in place; false (counted, reported) when it does not.
    bool openEncrypted(const ChannelState &channel, QByteArray *payload, const QString &event);
    /// After an event that did not open: asks the auth endpoint for the channel's secret again.
    void refreshSharedSecret(const ChannelPtr &channel);
    /// Explains events that arrive under another name than the subscription's bound event.
    void checkBoundEvent(Subscription *subscription, const QString &event);
    /// Presence: the member events of a channel, passed on to its subscriptions.
    void onMembersMessage(const pusher::Message &message);

    /// The system clock unless one was injected; m_clock is the one in use.
    std::unique_ptr<ClientClock> m_ownClock;
    ClientClock *m_clock = nullptr;
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
    /// The transport waits for resumeWithEndpoint(): a reconnect is due (PROTOCOL.md 3.4 step 2)
    /// or the server refused the endpoint (4001/4009).
    bool m_awaitingEndpoint = false;
    /// Whether the cached session may serve that reconnect when no fresh one can be had for a
    /// transient reason; never after a refusal, which says the cached endpoint is wrong.
    bool m_cachedEndpointAllowed = false;
    /// Bumped before every (re)connect: a key is current once a session answer of this round
    /// resolved it; stale keys are sent again, so a restarted server's new channels are learnt.
    quint64 m_sessionRound = 0;
    struct KeyResolution
    {
        quint64 round = 0;
        ResolvedSubscription resolved;
    };
    /// What each key resolved to, and in which round; a new subscription of a known key binds at
    /// once (and a stale one is asked for again).
    QHash<QString, KeyResolution> m_keys;
    /// Keys the session endpoint refused (unknown stream, bad filter, missing scope): left out
    /// of every request until the user subscribes them again or reconnects.
    QSet<QString> m_rejectedKeys;
    /// A request with several new keys was refused for a reason of one key: new keys are then
    /// asked for one at a time, so the refusal names its key.
    bool m_isolatingKeys = false;
    /// Changes on connect/disconnect so answers for an abandoned attempt are dropped.
    quint64 m_connectGeneration = 0;
    /// Source of channel generations: never reused, so an answer or timer for a channel record
    /// that was released and created again is still recognised as stale.
    quint64 m_lastChannelGeneration = 0;
    ClientTimer m_retryTimer;
    // The connection's frameObserved() passed on, while frameObserved() has a receiver: the
    // connection builds its records only for a receiver (PusherConnection::setFrameSink()).
    QMetaObject::Connection m_frameRelay;
    qint64 m_retryAtMs = -1;

    QList<Subscription *> m_subscriptions;
    QHash<QString, std::shared_ptr<ChannelState>> m_channels;

    ClientTimer m_batchTimer;
    QHash<Subscription *, StreamEventBatch> m_pending;
    StreamEventBatch m_pendingAll;
    QList<Subscription *> m_pendingAllOwners;
    qsizetype m_batchSizeHint = 0; // events in the last flushed batch
    /// Counts unsubscribe() calls, so a flush knows whether a receiver let a subscription go.
    quint64 m_unsubscribeCount = 0;

    std::optional<ApiError> m_lastError;
    Counters m_counters;
    QJsonObject m_signedInUser;

    bool m_replay = false;
    /// Replay: when the last recorded connection loss happened (µs since the epoch); a session
    /// answer to a request started before it belongs to the round the loss abandoned.
    qint64 m_replayRoundStartUs = 0;
};

} // namespace shuriken
