#include "streamclient.h"

#include "apiclient.h"
#include "apierror.h"
#include "channelauthorizer.h"
#include "eventrowbuilder.h"
#include "httpexchange.h"
#include "pusherconnection.h"
#include "pusherexplain.h"
#include "pusherprotocol.h"
#include "reconnectpolicy.h"
#include "sessionservice.h"
#include "streamclient_p.h"
#include "streamslog.h"

#include <QMetaMethod>

#include <chrono>

// The public API, the connection's reports and event delivery. Session rounds live in
// streamclientsession.cpp, channel subscribe and retry state in streamclientchannels.cpp,
// recorded sessions in streamclientreplay.cpp.

namespace shuriken {

using pusher::PusherConnection;

StreamClient::StreamClient(QNetworkAccessManager *network, QObject *parent)
    : StreamClient(network, nullptr, makeSystemClock(), parent)
{ }

StreamClient::StreamClient(QNetworkAccessManager *network, ClientClock &clock, QObject *parent)
    : StreamClient(network, &clock, nullptr, parent)
{ }

StreamClient::StreamClient(QNetworkAccessManager *network, ClientClock *clock, std::unique_ptr<ClientClock> ownClock,
                           QObject *parent)
    : QObject(parent)
    , m_ownClock(std::move(ownClock))
    , m_clock(clock ? clock : m_ownClock.get())
    , m_api(new ApiClient(network, this))
    , m_sessions(new SessionService(m_api, this))
    , m_authorizer(new ChannelAuthorizer(m_api, this))
    , m_connection(new PusherConnection(this))
    , m_retryTimer(*m_clock, [this] { requestSession(); })
    , m_batchTimer(*m_clock, [this] { flushBatches(); })
{
    connect(m_api, &ApiClient::exchangeFinished, this, &StreamClient::httpExchangeFinished);
    m_authorizer->setFailureExplainer([](int status, const QByteArray &contentType, const QByteArray &body) {
        return pusher::explainAuthFailure(status, contentType, body, false).text();
    });
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
    setOptions(m_options);
}

void StreamClient::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&StreamClient::frameObserved) && !m_frameRelay)
        m_frameRelay = connect(m_connection, &PusherConnection::frameObserved, this, &StreamClient::frameObserved);
}

void StreamClient::disconnectNotify(const QMetaMethod &signal)
{
    // An invalid signal: everything was disconnected at once.
    if ((!signal.isValid() || signal == QMetaMethod::fromSignal(&StreamClient::frameObserved)) && m_frameRelay
        && !isSignalConnected(QMetaMethod::fromSignal(&StreamClient::frameObserved))) {
        disconnect(m_frameRelay);
        m_frameRelay = {};
    }
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

    m_bootstrapPolicy
        = std::make_unique<pusher::ReconnectPolicy>(options.jitterSeed, [clock = m_clock] { return clock->nowMs(); });
    if (!options.fallbackBackoffMs.isEmpty())
        m_bootstrapPolicy->setSchedule(options.fallbackBackoffMs);
    applyBackoffSchedule(options.fallbackBackoffMs);
    m_batchTimer.setInterval(options.batchIntervalMs);
    if (isDirect()) {
        applyDirectSettings();
    } else {
        m_connection->setRefreshBeforeReconnect(true);
        m_api->setExtraHeaders({});
        m_authorizer->setExtraParams({});
    }
}

void StreamClient::setBatchInterval(int milliseconds)
{
    m_options.batchIntervalMs = milliseconds;
    m_batchTimer.setInterval(milliseconds);
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
    m_replayRoundStartUs = 0; // a replay that starts over takes its first answers again
    m_bootstrapPolicy->reset();
    for (const ChannelPtr &channel : std::as_const(m_channels)) {
        resetChannel(*channel);
        channel->retries = 0;
        channel->failure = Subscription::Failure::None;
        channel->failureReason.clear();
    }
    m_signedInUser = {};
    if (isDirect()) {
        connectDirect();
        return;
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
    if (isDirect()) {
        bindDirect(subscription); // a channel name needs no resolving
        return subscription;
    }

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
    if (isDirect()) {
        const pusher::PusherEndpoint endpoint = m_options.pusher->endpoint();
        return (endpoint.tls ? QStringLiteral("wss://") : QStringLiteral("ws://")) + endpoint.host + u':'
            + QString::number(endpoint.port) + endpoint.path;
    }
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
    counters.framesDropped = transport.framesDropped;
    return counters;
}

void StreamClient::setFrameObservation(bool on)
{
    m_connection->setFrameObservation(on);
}

void StreamClient::deliverPendingEvents()
{
    m_batchTimer.stop();
    flushBatches();
}

// ---- connection -----------------------------------------------------------------------------

void StreamClient::onConnectionStateChanged(PusherConnection::State state, const QString &reason)
{
    if (state != PusherConnection::State::Connected)
        resetChannelsAfterLoss(state, reason);
    if (m_state == State::Disconnected)
        return; // the user disconnected; late transitions of the old socket do not matter
    if (state == PusherConnection::State::Failed && !m_lastError)
        m_lastError = ApiError(ApiError::Kind::Refused, reason);
    setState(state, reason);
}

void StreamClient::onConnected(const QString &socketId)
{
    qCInfo(lcStreams) << "connected with socket" << socketId;
    // A recording may show the next connection before the session answer it was opened with:
    // the connection is there, so nothing waits for an endpoint any more.
    if (m_replay)
        m_awaitingEndpoint = false;
    subscribeIdleChannels();
    if (isDirect())
        signIn();
    else
        requestSession();
}

void StreamClient::onMessage(const pusher::Message &message, qint64 receivedAtUs)
{
    if (const auto *event = std::get_if<pusher::ChannelEvent>(&message))
        routeEvent(*event, receivedAtUs);
    else if (const auto *succeeded = std::get_if<pusher::SubscriptionSucceeded>(&message))
        onSubscriptionSucceeded(*succeeded);
    else if (const auto *failed = std::get_if<pusher::SubscriptionError>(&message))
        onSubscriptionError(*failed);
    else if (const auto *error = std::get_if<pusher::PusherError>(&message))
        onPusherError(*error);
    else if (std::holds_alternative<pusher::MemberAdded>(message)
             || std::holds_alternative<pusher::MemberRemoved>(message))
        onMembersMessage(message);
    else if (const auto *other = std::get_if<pusher::IgnoredMessage>(&message);
             other && other->event == QLatin1String("pusher:signin_success"))
        onSigninSuccess(other->data);
}

void StreamClient::routeEvent(const pusher::ChannelEvent &frame, qint64 receivedAtUs)
{
    const auto it = m_channels.constFind(frame.channel);
    if (it == m_channels.constEnd()) {
        ++m_counters.unroutedEvents;
        return;
    }
    const ChannelState &channel = **it;
    bool parsed = false;
    StreamEvent event;
    // An encrypted channel's events are opened once, before any subscriber sees them; one that
    // does not open is shown as it arrived (nothing is lost) and reported.
    QByteArray opened;
    const QByteArray *payload = &frame.payload;
    if (!channel.sharedSecret.isEmpty()) {
        opened = frame.payload;
        if (!openEncrypted(channel, &opened, frame.event))
            refreshSharedSecret(*it);
        payload = &opened;
    }
    // Batches are built only for signals someone listens to (the CLI takes the client's, the
    // monitor the subscriptions'): each copy of an event into a batch cost about 4% of the CPU
    // per event against the firehose (perf, shuriken-stream --quiet).
    static const QMetaMethod allSignal = QMetaMethod::fromSignal(&StreamClient::eventsReceived);
    const bool wantAll = isSignalConnected(allSignal);
    for (Subscription *subscription : channel.subscribers) {
        // Routing is by (channel, event): other events on the channel are not this stream's. A
        // direct Pusher subscription has no event of its own: it takes every event on its channel.
        if (!subscription->event().isEmpty() && subscription->event() != frame.event)
            continue;
        if (isDirect())
            checkBoundEvent(subscription, frame.event);
        if (!parsed) {
            // The event's one parse: its typed row is built here, with the stream's schema, and
            // every consumer (tables, exports, the CLI) reads the row. One builder per thread
            // keeps its parser and buffers from event to event.
            thread_local EventRowBuilder builder;
            // Stamped with the frame's arrival, the time its frame record carries: a replay of the
            // record gives this very event.
            event = StreamEvent::fromFrame(channel.resolved.stream, frame.channel, frame.event, *payload, receivedAtUs,
                                           builder, m_options.typedRows);
            parsed = true;
            ++m_counters.events;
            m_counters.eventBytes += quint64(payload->size());
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
