#include "streamclient.h"

#include "apiclient.h"
#include "apierror.h"
#include "channelauthorizer.h"
#include "httpexchange.h"
#include "pusherconnection.h"
#include "pusherprotocol.h"
#include "reconnectpolicy.h"
#include "sessionservice.h"
#include "streamslog.h"

#include <QCoreApplication>
#include <QMetaMethod>

#include <chrono>

namespace shuriken {

using pusher::PusherConnection;

namespace {

// The probe the official SDKs bootstrap with when nothing is subscribed yet: it only tells
// where the WebSocket lives; its channel is never joined.
SubscriptionRequest probeRequest()
{
    return SubscriptionRequest {QStringLiteral("alpha.signalFeedGlobal"), {}};
}

pusher::PusherEndpoint endpointFor(const ConnectionParams &params)
{
    pusher::PusherEndpoint endpoint;
    endpoint.host = params.wsHost;
    endpoint.port = params.wsPort;
    endpoint.tls = params.forceTls;
    endpoint.appKey = params.appKey;
    return endpoint;
}

// How a subscription failed because of @p error: the key or its rights (401/403), something the
// client retries by itself, or a refusal that waits for the user.
Subscription::Failure failureFor(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden)
        return Subscription::Failure::Authorization;
    return error.isTransient() ? Subscription::Failure::Transient : Subscription::Failure::Permanent;
}

} // namespace

// What the client knows of one Pusher channel: who listens, and how far the subscription got
// on the current socket. `generation` changes with every attempt, new socket and release (drawn
// from one counter of the client, never reused), so an auth answer or a timer of an older round
// is recognised and dropped.
struct StreamClient::ChannelState
{
    enum class Phase
    {
        Idle,
        Authorizing,
        Subscribing,
        Subscribed,
        Failed,
    };

    QString channel;
    ResolvedSubscription resolved;
    QList<Subscription *> subscribers;
    Phase phase = Phase::Idle;
    quint64 generation = 0;
    /// Failed attempts on this socket since the last success: the retry backoff grows with it.
    int retries = 0;
    /// A permanent refusal (401/403 from the auth endpoint, subscription_error): not retried until
    /// the user connects again or the channel is rebound.
    Subscription::Failure failure = Subscription::Failure::None;
    QString failureReason;
    QTimer confirmTimer;
    QTimer retryTimer;
};

StreamClient::StreamClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(network, this))
    , m_sessions(new SessionService(m_api, this))
    , m_authorizer(new ChannelAuthorizer(m_api, this))
    , m_connection(new PusherConnection(this))
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &StreamClient::flushBatches);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamClient::requestSession);

    connect(m_api, &ApiClient::exchangeFinished, this, &StreamClient::httpExchangeFinished);
    // Every reconnect bootstraps the session first (PROTOCOL.md 3.4 step 2): a restarted server
    // may hand out other channels and another app key.
    m_connection->setRefreshBeforeReconnect(true);
    connect(m_connection, &PusherConnection::stateChanged, this, &StreamClient::onConnectionStateChanged);
    connect(m_connection, &PusherConnection::connected, this, &StreamClient::onConnected);
    connect(m_connection, &PusherConnection::messageReceived, this, &StreamClient::onMessage);
    connect(m_connection, &PusherConnection::reconnectDue, this, &StreamClient::onReconnectDue);
    connect(m_connection, &PusherConnection::sessionRefreshRequired, this, &StreamClient::onSessionRefreshRequired);
    connect(m_connection, &PusherConnection::decodeFailed, this,
            [this](const QString &error, const QByteArray &) { Q_EMIT malformedFrameReceived(error); });
    connect(m_connection, &PusherConnection::frameObserved, this, &StreamClient::frameObserved);
    setOptions(m_options);
}

StreamClient::~StreamClient()
{
    // Subscriptions are children; make sure no signal reaches them from a half-destroyed client.
    m_batchTimer.stop();
    disconnect(m_connection, nullptr, this, nullptr);
}

void StreamClient::setOptions(const Options &options)
{
    m_options = options;
    m_api->setBaseUrl(options.baseUrl);
    m_api->setApiKey(options.apiKey);
    m_api->setRequestTimeout(std::chrono::milliseconds(options.requestTimeoutMs));
    m_api->setAllowForeignAuthOrigin(options.allowForeignAuthOrigin);

    PusherConnection::Timings timings;
    timings.activityTimeoutCapMs = options.activityTimeoutCapMs;
    timings.pongTimeoutMs = options.pongTimeoutMs;
    timings.handshakeTimeoutMs = options.handshakeTimeoutMs;
    m_connection->setTimings(timings);

    m_bootstrapPolicy = std::make_unique<pusher::ReconnectPolicy>(options.jitterSeed);
    if (!options.fallbackBackoffMs.isEmpty())
        m_bootstrapPolicy->setSchedule(options.fallbackBackoffMs);
    applyBackoffSchedule(options.fallbackBackoffMs);
    m_batchTimer.setInterval(options.batchIntervalMs);
}

QString StreamClient::stateText(State state)
{
    return PusherConnection::stateText(state);
}

void StreamClient::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_stateReason)
        return;
    m_state = state;
    m_stateReason = reason;
    qCInfo(lcStreams) << "state" << stateText(state) << reason;
    Q_EMIT stateChanged(state, reason);
}

void StreamClient::connectToService()
{
    if (m_state != State::Disconnected && m_state != State::Failed)
        return;
    // A retry starts clean: an answer or timer of the abandoned attempt is dropped, every
    // refusal is forgotten and every subscription is asked for again.
    ++m_connectGeneration;
    ++m_sessionRound;
    m_session.reset();
    m_lastError.reset();
    m_sessionInFlight = false;
    m_awaitingEndpoint = false;
    m_cachedEndpointAllowed = false;
    m_isolatingKeys = false;
    m_rejectedKeys.clear();
    m_keys.clear();
    m_retryTimer.stop();
    m_retryAtMs = -1;
    m_bootstrapPolicy->reset();
    for (const ChannelPtr &channel : std::as_const(m_channels)) {
        resetChannel(*channel);
        channel->retries = 0;
        channel->failure = Subscription::Failure::None;
        channel->failureReason.clear();
    }
    setState(State::Connecting, tr("requesting a session"));
    const QList<Subscription *> subscriptions = m_subscriptions;
    for (Subscription *subscription : subscriptions)
        updateSubscription(subscription, Subscription::Status::Pending, tr("resolving the channel"));
    requestSession();
}

void StreamClient::disconnectFromService()
{
    ++m_connectGeneration;
    m_retryTimer.stop();
    m_sessionInFlight = false;
    m_awaitingEndpoint = false;
    m_cachedEndpointAllowed = false;
    for (const ChannelPtr &channel : std::as_const(m_channels)) {
        if (channel->phase == ChannelState::Phase::Subscribed || channel->phase == ChannelState::Phase::Subscribing)
            m_connection->send(pusher::encodeUnsubscribe(channel->channel));
        resetChannel(*channel);
    }
    m_connection->close();
    const QList<Subscription *> subscriptions = m_subscriptions;
    for (Subscription *subscription : subscriptions)
        updateSubscription(subscription, Subscription::Status::Pending, tr("disconnected"));
    setState(State::Disconnected, tr("disconnected by the user"));
}

Subscription *StreamClient::subscribe(const QString &stream, const StreamFilter &filter)
{
    auto *subscription = new Subscription(SubscriptionRequest {stream, filter}, this);
    m_subscriptions.append(subscription);
    const QString key = subscription->key();
    // Asking again for a key the server refused is the user's way to retry it.
    m_rejectedKeys.remove(key);
    Q_EMIT subscriptionAdded(subscription);
    if (!isLive(subscription))
        return subscription; // a receiver let it go at once

    // A key that is already resolved binds at once: the same (stream, filter) means the same
    // channel. Matching on the whole key, never on the stream alone (PROTOCOL.md 3.3, G1). A key
    // of an earlier round binds too, and is asked for again below.
    const auto known = m_keys.constFind(key);
    if (known != m_keys.constEnd()) {
        bindSubscription(subscription, known->resolved);
        if (isLive(subscription) && m_state != State::Disconnected && m_state != State::Failed)
            requestSession();
        return subscription;
    }
    updateSubscription(subscription, Subscription::Status::Pending,
                       m_state == State::Disconnected || m_state == State::Failed ? tr("waiting for a connection")
                                                                                  : tr("resolving the channel"));
    if (m_state != State::Disconnected && m_state != State::Failed)
        requestSession();
    return subscription;
}

void StreamClient::unsubscribe(Subscription *subscription)
{
    if (!subscription || !m_subscriptions.removeOne(subscription))
        return;
    // Drop what is still waiting in the batch: nothing reaches the subscription after this.
    m_pending.remove(subscription);
    ++m_unsubscribeCount;
    keepEventsOf(m_pendingAll, m_pendingAllOwners,
                 [subscription](Subscription *owner) { return owner != subscription; });
    unbindSubscription(subscription);
    subscription->setStatus(Subscription::Status::Unsubscribed, tr("unsubscribed"));
    Q_EMIT subscriptionRemoved(subscription);
    subscription->disconnect();
    subscription->deleteLater();
}

QList<Subscription *> StreamClient::subscriptions() const
{
    return m_subscriptions;
}

QString StreamClient::socketId() const
{
    return m_connection->socketId();
}

qint64 StreamClient::nextAttemptAtMs() const
{
    if (m_retryTimer.isActive())
        return m_retryAtMs;
    return m_connection->nextReconnectAtMs();
}

QString StreamClient::endpointText() const
{
    if (!m_session)
        return {};
    const auto &c = m_session->connection;
    return (c.forceTls ? QStringLiteral("wss://") : QStringLiteral("ws://")) + c.wsHost + u':'
        + QString::number(c.wsPort);
}

qint64 StreamClient::lastRoundTripMs() const
{
    return m_connection->lastRoundTripMs();
}

StreamClient::Counters StreamClient::counters() const
{
    Counters counters = m_counters;
    const auto transport = m_connection->counters();
    counters.framesIn = transport.framesIn;
    counters.framesOut = transport.framesOut;
    counters.bytesIn = transport.bytesIn;
    counters.bytesOut = transport.bytesOut;
    counters.malformedFrames = transport.malformedFrames;
    counters.reconnects = transport.reconnects;
    return counters;
}

void StreamClient::setFrameObservation(bool on)
{
    m_connection->setFrameObservation(on);
}

// ---- session bootstrap and expansion --------------------------------------------------------

bool StreamClient::isKeyCurrent(const QString &key) const
{
    const auto it = m_keys.constFind(key);
    return it != m_keys.constEnd() && it->round == m_sessionRound;
}

void StreamClient::requestSession()
{
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    if (m_sessionInFlight || m_retryTimer.isActive())
        return;

    // The union of every active key (PROTOCOL.md 3.3): those this round already resolved, and
    // the stale or new ones, all at once, or one at a time while a refusal is being traced.
    QList<SubscriptionRequest> current;
    QList<SubscriptionRequest> fresh;
    QSet<QString> seen;
    for (Subscription *subscription : std::as_const(m_subscriptions)) {
        const QString key = subscription->key();
        if (seen.contains(key) || m_rejectedKeys.contains(key))
            continue;
        seen.insert(key);
        (isKeyCurrent(key) ? current : fresh).append(subscription->request());
    }
    if (fresh.isEmpty())
        m_isolatingKeys = false;
    const bool needed = !m_session || m_awaitingEndpoint || !fresh.isEmpty();
    if (!needed)
        return;
    if (m_isolatingKeys && fresh.size() > 1)
        fresh.resize(1);

    QList<SubscriptionRequest> requests = current + fresh;
    const bool probe = requests.isEmpty();
    if (probe)
        requests.append(probeRequest());

    m_sessionInFlight = true;
    ++m_counters.sessionRequests;
    const quint64 generation = m_connectGeneration;
    const quint64 round = m_sessionRound;
    m_sessions->bootstrap(requests, this,
                          [this, requests, fresh, probe, generation, round](const ApiResult<Session> &result) {
                              if (generation != m_connectGeneration)
                                  return; // the user disconnected or retried meanwhile; that attempt owns the flag
                              m_sessionInFlight = false;
                              if (round != m_sessionRound) {
                                  // A reconnect started while this was under way: its answer may describe the
                                  // server before a restart. Ask again for the new round.
                                  requestSession();
                                  return;
                              }
                              if (result.ok())
                                  onSessionResult(requests, probe, result.value());
                              else
                                  onSessionError(fresh, probe, result.error());
                              requestSession(); // the next key, if any
                          });
}

void StreamClient::onSessionResult(const QList<SubscriptionRequest> &requested, bool probe, const Session &session)
{
    m_bootstrapPolicy->reset();
    const bool firstSession = !m_session;
    m_session = session;
    m_authorizer->setAuthEndpoint(session.connection.authEndpoint);
    // The server's schedule drives reconnects from now on (PROTOCOL.md 3.3, G10).
    if (!session.recommendedReconnectBackoffMs.isEmpty()) {
        m_bootstrapPolicy->setSchedule(session.recommendedReconnectBackoffMs);
        m_connection->setReconnectSchedule(session.recommendedReconnectBackoffMs);
    }
    Q_EMIT sessionReceived(session);
    if (m_state == State::Disconnected || m_state == State::Failed)
        return; // a receiver gave up

    // Map entries to requests by position, checking the stream; a server that answers with a
    // different shape gets every unmatched key reported instead of a guess. A subscription keeps
    // its identity when its channel or event changed: it is rebound.
    QList<SubscriptionRequest> unmatched;
    for (qsizetype i = 0; !probe && i < requested.size(); ++i) {
        const SubscriptionRequest &request = requested.at(i);
        const QString key = request.key();
        if (i >= session.subscriptions.size() || session.subscriptions.at(i).stream != request.stream) {
            unmatched.append(request);
            continue;
        }
        const ResolvedSubscription resolved = session.subscriptions.at(i);
        m_keys.insert(key, KeyResolution {m_sessionRound, resolved});
        const QList<Subscription *> subscriptions = m_subscriptions;
        for (Subscription *subscription : subscriptions) {
            if (isLive(subscription) && subscription->key() == key
                && (subscription->channel() != resolved.channel || subscription->event() != resolved.event))
                bindSubscription(subscription, resolved);
        }
    }
    if (!unmatched.isEmpty())
        rejectKeys(unmatched, tr("the session response has no entry for this stream"),
                   Subscription::Failure::Permanent);

    const pusher::PusherEndpoint endpoint = endpointFor(session.connection);
    if (m_awaitingEndpoint) {
        m_awaitingEndpoint = false;
        m_connection->resumeWithEndpoint(endpoint);
    } else if (firstSession) {
        m_connection->open(endpoint);
    }
}

void StreamClient::rejectKeys(const QList<SubscriptionRequest> &keys, const QString &reason,
                              Subscription::Failure failure)
{
    QSet<QString> rejected;
    for (const SubscriptionRequest &request : keys) {
        rejected.insert(request.key());
        m_rejectedKeys.insert(request.key());
        m_keys.remove(request.key());
    }
    const QList<Subscription *> subscriptions = m_subscriptions;
    for (Subscription *subscription : subscriptions) {
        if (!isLive(subscription) || !rejected.contains(subscription->key()))
            continue;
        unbindSubscription(subscription);
        if (isLive(subscription))
            updateSubscription(subscription, Subscription::Status::Error, reason, failure);
    }
}

void StreamClient::failConnection(const ApiError &error, const QString &text)
{
    const Subscription::Failure failure = failureFor(error);
    m_lastError = error;
    m_retryTimer.stop();
    if (m_awaitingEndpoint) {
        m_awaitingEndpoint = false;
        m_connection->failPermanently(text);
    }
    setState(State::Failed, text);
    const QList<Subscription *> subscriptions = m_subscriptions;
    for (Subscription *subscription : subscriptions)
        updateSubscription(subscription, Subscription::Status::Error, text, failure);
}

void StreamClient::onSessionError(const QList<SubscriptionRequest> &fresh, bool probe, const ApiError &error)
{
    const QString text = error.displayText();
    qCWarning(lcStreams) << "session request failed:" << text;
    Q_EMIT errorOccurred(text);
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;

    const bool connecting = !m_session || m_awaitingEndpoint;
    if (!error.isTransient()) {
        // What a refusal blames: 400/404 (unknown stream, bad filter) and 403 (the key lacks the
        // scope of a stream) are about the keys asked for; anything else (401, TLS, an answer
        // that cannot be read) about the whole service.
        const auto kind = error.kind();
        const bool aboutKeys = kind == ApiError::Kind::BadRequest || kind == ApiError::Kind::NotFound
            || kind == ApiError::Kind::Forbidden;
        if (aboutKeys && !probe && fresh.size() > 1) {
            qCInfo(lcStreams) << "refusal of" << fresh.size() << "new keys; asking for them one at a time";
            m_isolatingKeys = true;
            return; // the caller asks again
        }
        if (aboutKeys && fresh.size() == 1 && !probe) {
            rejectKeys(fresh, text, failureFor(error));
            return; // the others (or the probe) go on
        }
        if (connecting) {
            failConnection(error, text);
            return;
        }
        // The live socket stays; only what was being added fails.
        rejectKeys(fresh, text, failureFor(error));
        return;
    }

    const qint64 delayMs = sessionRetryDelayMs(error);
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    m_retryTimer.start(int(delayMs));
    const QString reason = tr("session request failed (%1); retrying in %2 s").arg(text).arg((delayMs + 999) / 1000);
    if (m_awaitingEndpoint && m_cachedEndpointAllowed && m_session) {
        // The service is there but its control plane is not: reconnect with what the last
        // session said, and learn the new one when the retry succeeds (PROTOCOL.md 3.4).
        qCInfo(lcStreams) << "reconnecting with the cached session";
        m_awaitingEndpoint = false;
        m_connection->resumeWithEndpoint(endpointFor(m_session->connection));
    } else if (connecting && !m_awaitingEndpoint) {
        setState(State::Reconnecting, reason);
    }
    const QList<Subscription *> subscriptions = m_subscriptions;
    for (Subscription *subscription : subscriptions) {
        if (isLive(subscription) && subscription->channel().isEmpty() && !m_rejectedKeys.contains(subscription->key()))
            updateSubscription(subscription, Subscription::Status::Pending, reason);
    }
}

void StreamClient::beginSessionRound(bool cachedEndpointAllowed)
{
    ++m_sessionRound;
    m_awaitingEndpoint = true;
    m_cachedEndpointAllowed = cachedEndpointAllowed;
}

void StreamClient::onReconnectDue()
{
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    beginSessionRound(true);
    if (m_retryTimer.isActive() && m_session) {
        // The control plane asked us to wait (429, 5xx): do not ask it again before then.
        m_awaitingEndpoint = false;
        m_connection->resumeWithEndpoint(endpointFor(m_session->connection));
        return;
    }
    requestSession();
}

void StreamClient::onSessionRefreshRequired(int closeCode)
{
    qCInfo(lcStreams) << "server closed with" << closeCode << "- bootstrapping the session again";
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    beginSessionRound(false); // the cached endpoint is what the server refused
    requestSession();
}

// ---- channels ---------------------------------------------------------------------------------

bool StreamClient::isLive(const ChannelPtr &channel) const
{
    return channel && m_channels.value(channel->channel) == channel;
}

bool StreamClient::isLive(const Subscription *subscription) const
{
    return m_subscriptions.contains(subscription);
}

void StreamClient::unbindSubscription(Subscription *subscription)
{
    const QString previous = subscription->channel();
    subscription->setResolved({});
    if (previous.isEmpty())
        return;
    const auto it = m_channels.find(previous);
    if (it == m_channels.end())
        return;
    (*it)->subscribers.removeOne(subscription);
    if ((*it)->subscribers.isEmpty())
        releaseChannel(previous);
}

void StreamClient::bindSubscription(Subscription *subscription, const ResolvedSubscription &resolved)
{
    if (!subscription->channel().isEmpty() && subscription->channel() != resolved.channel)
        unbindSubscription(subscription);
    subscription->setResolved(resolved);

    ChannelPtr &slot = m_channels[resolved.channel];
    if (!slot) {
        slot = std::make_shared<ChannelState>();
        slot->channel = resolved.channel;
        slot->generation = ++m_lastChannelGeneration;
        slot->confirmTimer.setSingleShot(true);
        slot->retryTimer.setSingleShot(true);
        const QString name = resolved.channel;
        ChannelState *raw = slot.get();
        connect(&slot->confirmTimer, &QTimer::timeout, this,
                [this, name, raw] { onSubscribeTimeout(name, raw->generation); });
        connect(&slot->retryTimer, &QTimer::timeout, this,
                [this, name, raw] { onChannelRetryDue(name, raw->generation); });
    }
    const ChannelPtr channel = slot;
    channel->resolved = resolved;
    if (!channel->subscribers.contains(subscription))
        channel->subscribers.append(subscription);

    switch (channel->phase) {
    case ChannelState::Phase::Subscribed:
        updateSubscription(subscription, Subscription::Status::Subscribed, {});
        break;
    case ChannelState::Phase::Authorizing:
        updateSubscription(subscription, Subscription::Status::Authorizing, tr("authorizing the channel"));
        break;
    case ChannelState::Phase::Subscribing:
        updateSubscription(subscription, Subscription::Status::Subscribing,
                           tr("waiting for the server's confirmation"));
        break;
    case ChannelState::Phase::Failed:
        updateSubscription(subscription, Subscription::Status::Error, channel->failureReason, channel->failure);
        break;
    case ChannelState::Phase::Idle:
        if (m_connection->state() == PusherConnection::State::Connected)
            sendSubscribe(channel);
        else
            updateSubscription(subscription, Subscription::Status::Pending, tr("waiting for the connection"));
        break;
    }
}

void StreamClient::sendSubscribe(ChannelPtr channel)
{
    if (!isLive(channel) || m_connection->state() != PusherConnection::State::Connected)
        return;
    channel->retryTimer.stop();
    channel->generation = ++m_lastChannelGeneration;
    if (channel->resolved.requiresAuthorization()) {
        channel->phase = ChannelState::Phase::Authorizing;
        ++m_counters.authRequests;
        const quint64 generation = channel->generation;
        const QString name = channel->channel;
        const QString socketId = m_connection->socketId();
        setChannelStatus(channel, Subscription::Status::Authorizing, tr("authorizing the channel"));
        if (!isLive(channel) || channel->generation != generation)
            return; // a receiver let it go
        m_authorizer->authorize(socketId, name, this, [this, name, generation](const ApiResult<ChannelAuth> &result) {
            onAuthorized(name, generation, result);
        });
        return;
    }
    sendSubscribeFrame(channel, pusher::Subscribe {channel->channel, {}, std::nullopt});
}

void StreamClient::onAuthorized(const QString &name, quint64 generation, const ApiResult<ChannelAuth> &result)
{
    const ChannelPtr channel = m_channels.value(name);
    if (!channel || channel->generation != generation || channel->phase != ChannelState::Phase::Authorizing
        || m_connection->state() != PusherConnection::State::Connected)
        return; // released, retried, or the socket it was for is gone
    if (!result.ok()) {
        const ApiError &error = result.error();
        const QString text = tr("channel authorization failed: %1").arg(error.displayText());
        Q_EMIT errorOccurred(text);
        failChannel(channel, text, failureFor(error), error.retryAfter());
        return;
    }
    sendSubscribeFrame(channel, pusher::Subscribe {name, result.value().auth, result.value().channelData});
}

void StreamClient::sendSubscribeFrame(const ChannelPtr &channel, const pusher::Subscribe &subscribe)
{
    channel->phase = ChannelState::Phase::Subscribing;
    m_connection->send(pusher::encodeSubscribe(subscribe));
    channel->confirmTimer.start(m_options.subscribeTimeoutMs);
    setChannelStatus(channel, Subscription::Status::Subscribing, tr("waiting for the server's confirmation"));
}

void StreamClient::onSubscribeTimeout(const QString &name, quint64 generation)
{
    const ChannelPtr channel = m_channels.value(name);
    if (!channel || channel->generation != generation || channel->phase != ChannelState::Phase::Subscribing)
        return;
    // Start over on this socket: unsubscribe first so the server never sees two subscribes.
    m_connection->send(pusher::encodeUnsubscribe(name));
    const QString text
        = tr("no confirmation from the server within %1 s").arg(m_options.subscribeTimeoutMs / 1000.0, 0, 'f', 1);
    Q_EMIT errorOccurred(text);
    failChannel(channel, text, Subscription::Failure::Transient);
}

void StreamClient::failChannel(ChannelPtr channel, const QString &text, Subscription::Failure failure,
                               std::optional<std::chrono::milliseconds> retryAfter)
{
    channel->confirmTimer.stop();
    channel->phase = ChannelState::Phase::Failed;
    channel->generation = ++m_lastChannelGeneration;
    QString reason = text;
    if (failure == Subscription::Failure::Transient) {
        ++channel->retries;
        qint64 delayMs = channelRetryDelayMs(channel->retries);
        if (retryAfter)
            delayMs = std::clamp<qint64>(retryAfter->count(), pusher::ReconnectPolicy::kMinimumBackoffMs,
                                         pusher::ReconnectPolicy::kMaximumDelayMs);
        channel->retryTimer.start(int(delayMs));
        reason = tr("%1; retrying in %2 s").arg(text).arg((delayMs + 999) / 1000);
    }
    channel->failure = failure;
    channel->failureReason = reason;
    setChannelStatus(channel, Subscription::Status::Error, reason, failure);
}

void StreamClient::onChannelRetryDue(const QString &name, quint64 generation)
{
    const ChannelPtr channel = m_channels.value(name);
    if (!channel || channel->generation != generation || channel->phase != ChannelState::Phase::Failed
        || channel->failure != Subscription::Failure::Transient)
        return;
    sendSubscribe(channel);
}

void StreamClient::releaseChannel(const QString &name)
{
    const ChannelPtr channel = m_channels.take(name);
    if (!channel)
        return;
    const bool joined
        = channel->phase == ChannelState::Phase::Subscribed || channel->phase == ChannelState::Phase::Subscribing;
    if (joined && m_connection->state() == PusherConnection::State::Connected)
        m_connection->send(pusher::encodeUnsubscribe(name));
    channel->generation = ++m_lastChannelGeneration;
    channel->confirmTimer.stop();
    channel->retryTimer.stop();
}

void StreamClient::resetChannel(ChannelState &channel)
{
    channel.generation = ++m_lastChannelGeneration;
    channel.phase = ChannelState::Phase::Idle;
    channel.retries = 0;
    channel.confirmTimer.stop();
    channel.retryTimer.stop();
}

void StreamClient::setChannelStatus(const ChannelPtr &channel, Subscription::Status status, const QString &reason,
                                    Subscription::Failure failure)
{
    // A receiver may unsubscribe (and so release this channel) from its handler: walk a copy.
    const QList<Subscription *> subscribers = channel->subscribers;
    for (Subscription *subscription : subscribers)
        updateSubscription(subscription, status, reason, failure);
}

void StreamClient::updateSubscription(Subscription *subscription, Subscription::Status status, const QString &reason,
                                      Subscription::Failure failure)
{
    if (!isLive(subscription))
        return; // let go by a receiver of an earlier status in the same walk
    if (!subscription->setStatus(status, reason, failure))
        return;
    Q_EMIT subscriptionStatusChanged(subscription, status, reason);
}

qint64 StreamClient::sessionRetryDelayMs(const ApiError &error)
{
    // A 429 says how long to wait; everything else follows the backoff schedule. Both within
    // [1 s, 5 min]: "Retry-After: 0" must not turn into a request loop, nor a bogus value park
    // the client for weeks.
    qint64 delayMs = 0;
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAfter())
        delayMs = error.retryAfter()->count();
    else
        delayMs = m_bootstrapPolicy->nextDelayMs(pusher::CloseAction::Backoff);
    return std::clamp<qint64>(delayMs, pusher::ReconnectPolicy::kMinimumBackoffMs,
                              pusher::ReconnectPolicy::kMaximumDelayMs);
}

qint64 StreamClient::channelRetryDelayMs(int retries) const
{
    const QList<qint64> schedule = m_bootstrapPolicy->schedule();
    const qint64 delayMs = schedule.at(std::clamp<qsizetype>(retries - 1, 0, schedule.size() - 1));
    return std::clamp<qint64>(delayMs, pusher::ReconnectPolicy::kMinimumBackoffMs,
                              pusher::ReconnectPolicy::kMaximumDelayMs);
}

// ---- connection -----------------------------------------------------------------------------

void StreamClient::onConnectionStateChanged(PusherConnection::State state, const QString &reason)
{
    if (state != PusherConnection::State::Connected) {
        // A new socket is a new start for every channel (subscribe once per socket, G6); a
        // permanent refusal stays until the user connects again.
        const auto channels = m_channels;
        for (const ChannelPtr &channel : channels) {
            if (!isLive(channel))
                continue;
            const bool wasJoined = channel->phase != ChannelState::Phase::Idle;
            const bool refused
                = channel->phase == ChannelState::Phase::Failed && channel->failure != Subscription::Failure::Transient;
            if (refused) {
                channel->confirmTimer.stop();
                channel->retryTimer.stop();
                continue;
            }
            resetChannel(*channel);
            if (state == PusherConnection::State::Failed)
                setChannelStatus(channel, Subscription::Status::Error, reason, Subscription::Failure::Permanent);
            else if (wasJoined)
                setChannelStatus(channel, Subscription::Status::Pending, tr("waiting for the connection"));
        }
    }
    if (m_state == State::Disconnected)
        return; // the user disconnected; late transitions of the old socket do not matter
    if (state == PusherConnection::State::Failed && !m_lastError)
        m_lastError = ApiError(ApiError::Kind::Refused, reason);
    setState(state, reason);
}

void StreamClient::onConnected(const QString &socketId)
{
    qCInfo(lcStreams) << "connected with socket" << socketId;
    // Every channel with listeners is joined again on the new socket, private and presence ones
    // re-authorized for the new socket_id. Only channels not yet joined on this socket: a
    // repeated handshake must not subscribe twice.
    const auto channels = m_channels;
    for (const ChannelPtr &channel : channels) {
        if (isLive(channel) && !channel->subscribers.isEmpty() && channel->phase == ChannelState::Phase::Idle)
            sendSubscribe(channel);
    }
    requestSession();
}

void StreamClient::onMessage(const pusher::Message &message)
{
    if (const auto *event = std::get_if<pusher::ChannelEvent>(&message)) {
        routeEvent(*event);
        return;
    }
    if (const auto *ok = std::get_if<pusher::SubscriptionSucceeded>(&message)) {
        const ChannelPtr channel = m_channels.value(ok->channel);
        if (!channel || channel->phase != ChannelState::Phase::Subscribing)
            return; // not asked for on this socket (or given up after a timeout)
        channel->confirmTimer.stop();
        channel->phase = ChannelState::Phase::Subscribed;
        channel->retries = 0;
        channel->failure = Subscription::Failure::None;
        channel->failureReason.clear();
        setChannelStatus(channel, Subscription::Status::Subscribed, {});
        return;
    }
    if (const auto *failed = std::get_if<pusher::SubscriptionError>(&message)) {
        const QString text = failed->status
            ? tr("subscription refused (%1): %2").arg(*failed->status).arg(failed->error)
            : tr("subscription refused: %1").arg(failed->error);
        Q_EMIT errorOccurred(text);
        const ChannelPtr channel = m_channels.value(failed->channel);
        if (!channel || channel->phase == ChannelState::Phase::Idle)
            return;
        // pusher-js' reading of the status: 401/403 is the authorization, 408/429/5xx may pass,
        // a refusal without a status is the server's final word on this channel.
        Subscription::Failure failure = Subscription::Failure::Permanent;
        if (failed->status && (*failed->status == 401 || *failed->status == 403))
            failure = Subscription::Failure::Authorization;
        else if (failed->status && (*failed->status == 408 || *failed->status == 429 || *failed->status >= 500))
            failure = Subscription::Failure::Transient;
        failChannel(channel, text, failure);
        return;
    }
    if (const auto *error = std::get_if<pusher::PusherError>(&message)) {
        const QString text = error->code ? tr("server error %1: %2").arg(*error->code).arg(error->message)
                                         : tr("server error: %1").arg(error->message);
        const ChannelPtr channel = error->channel.isEmpty() ? ChannelPtr() : m_channels.value(error->channel);
        if (!channel) {
            Q_EMIT errorOccurred(text);
            return;
        }
        // An error about one channel belongs to its subscriptions, not to the connection.
        const QString channelText = tr("%1 (channel %2)").arg(text, error->channel);
        Q_EMIT errorOccurred(channelText);
        if (channel->phase == ChannelState::Phase::Subscribing || channel->phase == ChannelState::Phase::Authorizing) {
            // The subscribe did not take: leave it cleanly, then try again after a pause.
            if (channel->phase == ChannelState::Phase::Subscribing)
                m_connection->send(pusher::encodeUnsubscribe(channel->channel));
            failChannel(channel, channelText, Subscription::Failure::Transient);
        }
        return;
    }
}

void StreamClient::routeEvent(const pusher::ChannelEvent &frame)
{
    const auto it = m_channels.constFind(frame.channel);
    if (it == m_channels.constEnd()) {
        ++m_counters.unroutedEvents;
        return;
    }
    const ChannelState &channel = **it;
    bool parsed = false;
    StreamEvent event;
    // Batches are built only for signals someone listens to (the CLI takes the client's, the
    // monitor the subscriptions'): each copy of an event into a batch cost about 4% of the CPU
    // per event against the firehose (perf, shuriken-stream --quiet).
    static const QMetaMethod allSignal = QMetaMethod::fromSignal(&StreamClient::eventsReceived);
    const bool wantAll = isSignalConnected(allSignal);
    for (Subscription *subscription : channel.subscribers) {
        // Routing is by (channel, event): other events on the channel are not this stream's.
        if (subscription->event() != frame.event)
            continue;
        if (!parsed) {
            event = StreamEvent::fromFrame(channel.resolved.stream, frame.channel, frame.event, frame.payload);
            parsed = true;
            ++m_counters.events;
            m_counters.eventBytes += quint64(frame.payload.size());
            if (wantAll) {
                if (m_pendingAll.isEmpty()) {
                    // Sized like the last batch: growing a list of thousands of events by doubling
                    // cost 160 instructions per event and fresh pages every batch (callgrind, perf).
                    m_pendingAll.reserve(m_batchSizeHint);
                    m_pendingAllOwners.reserve(m_batchSizeHint);
                }
                m_pendingAll.append(event);
                m_pendingAllOwners.append(subscription);
            }
        }
        subscription->account(event);
        if (!subscription->wantsBatches())
            continue;
        StreamEventBatch &batch = m_pending[subscription];
        if (batch.isEmpty())
            batch.reserve(m_batchSizeHint);
        batch.append(event);
    }
    if (!parsed)
        ++m_counters.unroutedEvents;
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void StreamClient::applyBackoffSchedule(const QList<qint64> &scheduleMs)
{
    pusher::ReconnectPolicy policy(m_options.jitterSeed);
    if (!scheduleMs.isEmpty())
        policy.setSchedule(scheduleMs);
    m_connection->setReconnectPolicy(policy);
}

void StreamClient::keepEventsOf(StreamEventBatch &events, QList<Subscription *> &owners,
                                const std::function<bool(Subscription *)> &keep)
{
    // One pass, in order: events[i] belongs to owners[i].
    qsizetype kept = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!keep(owners.at(i)))
            continue;
        if (kept != i) {
            events[kept] = std::move(events[i]);
            owners[kept] = owners.at(i);
        }
        ++kept;
    }
    events.resize(kept);
    owners.resize(kept);
}

void StreamClient::flushBatches()
{
    // Take everything first: a receiver may unsubscribe (and so touch m_pending) while we emit.
    const auto pending = std::exchange(m_pending, {});
    StreamEventBatch all = std::exchange(m_pendingAll, {});
    m_batchSizeHint = all.size();
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        m_batchSizeHint = std::max(m_batchSizeHint, it.value().size());
    QList<Subscription *> owners = std::exchange(m_pendingAllOwners, {});
    // Only an unsubscribe during this flush can make a pending entry stale, so the membership
    // checks are paid only then, not for every event of every batch.
    const quint64 unsubscribesBefore = m_unsubscribeCount;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        Subscription *subscription = it.key();
        if (m_unsubscribeCount == unsubscribesBefore || m_subscriptions.contains(subscription))
            subscription->deliver(it.value());
    }
    // A receiver above may have unsubscribed: what it no longer wants is not delivered here either.
    if (m_unsubscribeCount != unsubscribesBefore) {
        const QSet<Subscription *> live(m_subscriptions.cbegin(), m_subscriptions.cend());
        keepEventsOf(all, owners, [&live](Subscription *owner) { return live.contains(owner); });
    }
    if (!all.isEmpty())
        Q_EMIT eventsReceived(all);
}

} // namespace shuriken
