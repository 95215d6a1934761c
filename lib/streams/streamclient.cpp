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

} // namespace

// What the client knows of one Pusher channel: who listens, and how far the subscription got
// on the current socket. `generation` changes with every new socket and every release, so an
// auth answer or a timer of an older round is recognised and dropped.
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
    QTimer confirmTimer;
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
    connect(m_connection, &PusherConnection::stateChanged, this, &StreamClient::onConnectionStateChanged);
    connect(m_connection, &PusherConnection::connected, this, &StreamClient::onConnected);
    connect(m_connection, &PusherConnection::messageReceived, this, &StreamClient::onMessage);
    connect(m_connection, &PusherConnection::sessionRefreshRequired, this, [this](int closeCode) {
        qCInfo(lcStreams) << "server closed with" << closeCode << "- bootstrapping the session again";
        m_refreshPending = true;
        requestSession();
    });
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
    ++m_connectGeneration;
    m_session.reset();
    m_lastError.reset();
    m_refreshPending = false;
    m_bootstrapPolicy->reset();
    setState(State::Connecting, tr("requesting a session"));
    requestSession();
}

void StreamClient::disconnectFromService()
{
    ++m_connectGeneration;
    m_retryTimer.stop();
    m_sessionInFlight = false;
    m_refreshPending = false;
    for (auto &channel : m_channels) {
        if (channel->phase == ChannelState::Phase::Subscribed || channel->phase == ChannelState::Phase::Subscribing)
            m_connection->send(pusher::encodeUnsubscribe(channel->channel));
        resetChannel(*channel);
    }
    m_connection->close();
    for (Subscription *subscription : std::as_const(m_subscriptions))
        updateSubscription(subscription, Subscription::Status::Pending, tr("disconnected"));
    setState(State::Disconnected, tr("disconnected by the user"));
}

Subscription *StreamClient::subscribe(const QString &stream, const StreamFilter &filter)
{
    auto *subscription = new Subscription(SubscriptionRequest {stream, filter}, this);
    m_subscriptions.append(subscription);
    Q_EMIT subscriptionAdded(subscription);

    // A key that is already resolved binds at once: the same (stream, filter) means the same
    // channel. Matching on the whole key, never on the stream alone (PROTOCOL.md 3.3, G1).
    const QString key = subscription->key();
    for (Subscription *other : std::as_const(m_subscriptions)) {
        if (other != subscription && other->key() == key && !other->channel().isEmpty()) {
            bindSubscription(subscription, other->resolved());
            return subscription;
        }
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
    const QString channel = subscription->channel();
    if (!channel.isEmpty()) {
        auto it = m_channels.find(channel);
        if (it != m_channels.end()) {
            (*it)->subscribers.removeOne(subscription);
            if ((*it)->subscribers.isEmpty())
                releaseChannel(channel);
        }
    }
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

QList<SubscriptionRequest> StreamClient::nextSessionRequest(SubscriptionRequest *added) const
{
    // Everything already bound, plus at most ONE key that is not: a response entry then maps to
    // its request by position without doubt, and a 400 for a bad stream or filter blames exactly
    // the key that caused it (PROTOCOL.md 3.3, G2/G7).
    QList<SubscriptionRequest> requests;
    QSet<QString> seen;
    const bool refresh = m_refreshPending || !m_session;
    for (Subscription *subscription : m_subscriptions) {
        const QString key = subscription->key();
        if (seen.contains(key))
            continue;
        const bool bound = !subscription->channel().isEmpty();
        const bool failed = subscription->status() == Subscription::Status::Error && !bound;
        if (failed)
            continue;
        if (bound || refresh) {
            seen.insert(key);
            requests.append(subscription->request());
        }
    }
    if (!refresh) {
        for (Subscription *subscription : m_subscriptions) {
            const bool failed = subscription->status() == Subscription::Status::Error;
            if (subscription->channel().isEmpty() && !failed && !seen.contains(subscription->key())) {
                requests.append(subscription->request());
                if (added)
                    *added = subscription->request();
                break;
            }
        }
    }
    return requests;
}

bool StreamClient::hasUnresolvedSubscriptions() const
{
    for (Subscription *subscription : m_subscriptions) {
        if (subscription->channel().isEmpty() && subscription->status() != Subscription::Status::Error)
            return true;
    }
    return false;
}

void StreamClient::requestSession()
{
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    if (m_sessionInFlight || m_retryTimer.isActive())
        return;
    const bool needed = !m_session || m_refreshPending || hasUnresolvedSubscriptions();
    if (!needed)
        return;

    SubscriptionRequest added;
    QList<SubscriptionRequest> requests = nextSessionRequest(&added);
    if (requests.isEmpty())
        requests.append(probeRequest());

    m_sessionInFlight = true;
    ++m_counters.sessionRequests;
    const quint64 generation = m_connectGeneration;
    m_sessions->bootstrap(requests, this, [this, requests, generation](const ApiResult<Session> &result) {
        if (generation != m_connectGeneration)
            return; // the user disconnected meanwhile
        m_sessionInFlight = false;
        if (result.ok())
            onSessionResult(requests, result.value());
        else
            onSessionError(requests, result.error());
        requestSession(); // the next key, if any
    });
}

void StreamClient::onSessionResult(const QList<SubscriptionRequest> &requested, const Session &session)
{
    m_bootstrapPolicy->reset();
    const bool firstSession = !m_session;
    const bool refresh = m_refreshPending;
    m_session = session;
    m_refreshPending = false;
    m_authorizer->setAuthEndpoint(session.connection.authEndpoint);
    // The server's schedule drives reconnects from now on (PROTOCOL.md 3.3, G10).
    if (!session.recommendedReconnectBackoffMs.isEmpty()) {
        m_bootstrapPolicy->setSchedule(session.recommendedReconnectBackoffMs);
        m_connection->setReconnectSchedule(session.recommendedReconnectBackoffMs);
    }
    Q_EMIT sessionReceived(session);

    // Map entries to requests by position, checking the stream; a server that answers with a
    // different shape gets every unmatched key reported instead of a guess.
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const SubscriptionRequest &request = requested.at(i);
        const ResolvedSubscription *resolved = nullptr;
        if (i < session.subscriptions.size() && session.subscriptions.at(i).stream == request.stream)
            resolved = &session.subscriptions.at(i);
        const QString key = request.key();
        for (Subscription *subscription : std::as_const(m_subscriptions)) {
            if (subscription->key() != key)
                continue;
            if (!resolved) {
                updateSubscription(subscription, Subscription::Status::Error,
                                   tr("the session response has no entry for this stream"));
                continue;
            }
            if (subscription->channel() != resolved->channel || subscription->event() != resolved->event)
                bindSubscription(subscription, *resolved);
        }
    }

    if (firstSession || refresh) {
        const pusher::PusherEndpoint endpoint = endpointFor(session.connection);
        if (refresh)
            m_connection->resumeWithEndpoint(endpoint);
        else
            m_connection->open(endpoint);
    }
}

void StreamClient::onSessionError(const QList<SubscriptionRequest> &requested, const ApiError &error)
{
    const QString text = error.displayText();
    qCWarning(lcStreams) << "session request failed:" << text;
    Q_EMIT errorOccurred(text);

    const bool connecting = !m_session || m_refreshPending;
    if (!error.isTransient()) {
        if (connecting) {
            // A rejected key or a refused request will not get better by retrying.
            for (Subscription *subscription : std::as_const(m_subscriptions))
                updateSubscription(subscription, Subscription::Status::Error, text);
            if (m_refreshPending) {
                m_refreshPending = false;
                m_connection->failPermanently(text);
            }
            m_lastError = error;
            setState(State::Failed, text);
            return;
        }
        // Expansion: only the key that was added is at fault (see nextSessionRequest()).
        const SubscriptionRequest &added = requested.constLast();
        for (Subscription *subscription : std::as_const(m_subscriptions)) {
            if (subscription->key() == added.key() && subscription->channel().isEmpty())
                updateSubscription(subscription, Subscription::Status::Error, text);
        }
        return;
    }

    const qint64 delayMs = retryDelayMs(error);
    m_retryAtMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    m_retryTimer.start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
    const QString reason = tr("session request failed (%1); retrying in %2 s").arg(text).arg((delayMs + 999) / 1000);
    if (connecting && !m_refreshPending)
        setState(State::Reconnecting, reason);
    for (Subscription *subscription : std::as_const(m_subscriptions)) {
        if (subscription->channel().isEmpty())
            updateSubscription(subscription, Subscription::Status::Pending, reason);
    }
}

// ---- channels ---------------------------------------------------------------------------------

void StreamClient::bindSubscription(Subscription *subscription, const ResolvedSubscription &resolved)
{
    const QString previous = subscription->channel();
    if (!previous.isEmpty() && previous != resolved.channel) {
        auto it = m_channels.find(previous);
        if (it != m_channels.end()) {
            (*it)->subscribers.removeOne(subscription);
            if ((*it)->subscribers.isEmpty())
                releaseChannel(previous);
        }
    }
    subscription->setResolved(resolved);

    auto &channel = m_channels[resolved.channel];
    if (!channel) {
        channel = std::make_shared<ChannelState>();
        channel->channel = resolved.channel;
        channel->confirmTimer.setSingleShot(true);
        const QString name = resolved.channel;
        connect(&channel->confirmTimer, &QTimer::timeout, this, [this, name] { onSubscribeTimeout(name); });
    }
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
    case ChannelState::Phase::Idle:
    case ChannelState::Phase::Failed:
        if (m_connection->state() == PusherConnection::State::Connected)
            sendSubscribe(*channel);
        else
            updateSubscription(subscription, Subscription::Status::Pending, tr("waiting for the connection"));
        break;
    }
}

void StreamClient::sendSubscribe(ChannelState &channel)
{
    ++channel.generation;
    if (channel.resolved.requiresAuthorization()) {
        channel.phase = ChannelState::Phase::Authorizing;
        setChannelStatus(channel, Subscription::Status::Authorizing, tr("authorizing the channel"));
        ++m_counters.authRequests;
        const quint64 generation = channel.generation;
        const QString name = channel.channel;
        m_authorizer->authorize(
            m_connection->socketId(), name, this,
            [this, name, generation](const ApiResult<ChannelAuth> &result) { onAuthorized(name, generation, result); });
        return;
    }
    sendSubscribeFrame(channel, pusher::Subscribe {channel.channel, {}, std::nullopt});
}

void StreamClient::onAuthorized(const QString &name, quint64 generation, const ApiResult<ChannelAuth> &result)
{
    const auto it = m_channels.constFind(name);
    if (it == m_channels.constEnd() || (*it)->generation != generation
        || m_connection->state() != PusherConnection::State::Connected)
        return; // released, or the socket it was for is gone
    ChannelState &channel = **it;
    if (!result.ok()) {
        const QString text = tr("channel authorization failed: %1").arg(result.error().displayText());
        Q_EMIT errorOccurred(text);
        channel.phase = ChannelState::Phase::Failed;
        setChannelStatus(channel, Subscription::Status::Error, text);
        if (result.error().isTransient()) {
            // Try again after a pause; the generation check drops it if things moved on.
            QTimer::singleShot(retryDelayMs(result.error()), this, [this, name, generation] {
                const auto again = m_channels.constFind(name);
                if (again != m_channels.constEnd() && (*again)->generation == generation
                    && m_connection->state() == PusherConnection::State::Connected)
                    sendSubscribe(**again);
            });
        }
        return;
    }
    sendSubscribeFrame(channel, pusher::Subscribe {name, result.value().auth, result.value().channelData});
}

void StreamClient::sendSubscribeFrame(ChannelState &channel, const pusher::Subscribe &subscribe)
{
    channel.phase = ChannelState::Phase::Subscribing;
    setChannelStatus(channel, Subscription::Status::Subscribing, tr("waiting for the server's confirmation"));
    m_connection->send(pusher::encodeSubscribe(subscribe));
    channel.confirmTimer.start(m_options.subscribeTimeoutMs);
}

void StreamClient::onSubscribeTimeout(const QString &name)
{
    const auto it = m_channels.constFind(name);
    if (it == m_channels.constEnd() || (*it)->phase != ChannelState::Phase::Subscribing)
        return;
    ChannelState &channel = **it;
    const QString text = tr("no confirmation from the server within %1 s; subscribing again")
                             .arg(m_options.subscribeTimeoutMs / 1000.0, 0, 'f', 1);
    Q_EMIT errorOccurred(text);
    setChannelStatus(channel, Subscription::Status::Error, text);
    // Start over on this socket: unsubscribe first so the server never sees two subscribes.
    m_connection->send(pusher::encodeUnsubscribe(name));
    channel.phase = ChannelState::Phase::Idle;
    sendSubscribe(channel);
}

void StreamClient::releaseChannel(const QString &name)
{
    const auto channel = m_channels.take(name);
    if (!channel)
        return;
    const bool joined = channel->phase == ChannelState::Phase::Subscribed
        || channel->phase == ChannelState::Phase::Subscribing || channel->phase == ChannelState::Phase::Authorizing;
    if (joined && m_connection->state() == PusherConnection::State::Connected
        && channel->phase != ChannelState::Phase::Authorizing)
        m_connection->send(pusher::encodeUnsubscribe(name));
    channel->confirmTimer.stop();
}

void StreamClient::resetChannel(ChannelState &channel)
{
    ++channel.generation;
    channel.phase = ChannelState::Phase::Idle;
    channel.confirmTimer.stop();
}

void StreamClient::setChannelStatus(ChannelState &channel, Subscription::Status status, const QString &reason)
{
    for (Subscription *subscription : std::as_const(channel.subscribers))
        updateSubscription(subscription, status, reason);
}

void StreamClient::updateSubscription(Subscription *subscription, Subscription::Status status, const QString &reason)
{
    if (subscription->status() == status && subscription->statusReason() == reason)
        return;
    subscription->setStatus(status, reason);
    Q_EMIT subscriptionStatusChanged(subscription, status, reason);
}

int StreamClient::retryDelayMs(const ApiError &error)
{
    // A 429 says how long to wait; everything else follows the backoff schedule.
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAfter())
        return int(qMin<qint64>(error.retryAfter()->count(), std::numeric_limits<int>::max()));
    return int(
        qMin<qint64>(m_bootstrapPolicy->nextDelayMs(pusher::CloseAction::Backoff), std::numeric_limits<int>::max()));
}

// ---- connection -----------------------------------------------------------------------------

void StreamClient::onConnectionStateChanged(PusherConnection::State state, const QString &reason)
{
    if (state != PusherConnection::State::Connected) {
        // A new socket is a new start for every channel (subscribe once per socket, G6).
        for (auto &channel : m_channels) {
            const bool wasJoined = channel->phase != ChannelState::Phase::Idle;
            resetChannel(*channel);
            if (wasJoined || state == PusherConnection::State::Failed) {
                setChannelStatus(*channel,
                                 state == PusherConnection::State::Failed ? Subscription::Status::Error
                                                                          : Subscription::Status::Pending,
                                 state == PusherConnection::State::Failed ? reason : tr("waiting for the connection"));
            }
        }
    }
    if (m_state == State::Disconnected && state == PusherConnection::State::Disconnected)
        return;
    if (m_state == State::Disconnected)
        return; // the user disconnected; late transitions of the old socket do not matter
    setState(state, reason);
}

void StreamClient::onConnected(const QString &socketId)
{
    qCInfo(lcStreams) << "connected with socket" << socketId;
    // Every channel with listeners is joined again on the new socket, private and presence ones
    // re-authorized for the new socket_id.
    const auto channels = m_channels;
    for (const auto &channel : channels) {
        if (!channel->subscribers.isEmpty())
            sendSubscribe(*channel);
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
        const auto it = m_channels.constFind(ok->channel);
        if (it == m_channels.constEnd())
            return;
        (*it)->confirmTimer.stop();
        (*it)->phase = ChannelState::Phase::Subscribed;
        setChannelStatus(**it, Subscription::Status::Subscribed, {});
        return;
    }
    if (const auto *failed = std::get_if<pusher::SubscriptionError>(&message)) {
        const QString text = failed->status
            ? tr("subscription refused (%1): %2").arg(*failed->status).arg(failed->error)
            : tr("subscription refused: %1").arg(failed->error);
        Q_EMIT errorOccurred(text);
        const auto it = m_channels.constFind(failed->channel);
        if (it == m_channels.constEnd())
            return;
        (*it)->confirmTimer.stop();
        (*it)->phase = ChannelState::Phase::Failed;
        setChannelStatus(**it, Subscription::Status::Error, text);
        return;
    }
    if (const auto *error = std::get_if<pusher::PusherError>(&message)) {
        const QString text = error->code ? tr("server error %1: %2").arg(*error->code).arg(error->message)
                                         : tr("server error: %1").arg(error->message);
        Q_EMIT errorOccurred(text);
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
