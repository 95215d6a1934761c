// Session rounds: which keys a bootstrap asks for, what its answer binds or refuses, tracing a
// refusal to one key, and the retry and reconnect paths that need a fresh session first.

#include "apierror.h"
#include "channelauthorizer.h"
#include "pusherconnection.h"
#include "pusherexplain.h"
#include "reconnectpolicy.h"
#include "sessionservice.h"
#include "streamclient.h"
#include "streamclient_p.h"
#include "streamslog.h"

#include <algorithm>

namespace shuriken {

namespace {

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

bool StreamClient::isKeyCurrent(const QString &key) const
{
    const auto it = m_keys.constFind(key);
    return it != m_keys.constEnd() && it->round == m_sessionRound;
}

QList<SubscriptionRequest> StreamClient::sessionRequests(QList<SubscriptionRequest> *fresh) const
{
    // The union of every active key (PROTOCOL.md 3.3): those this round already resolved, and
    // the stale or new ones.
    QList<SubscriptionRequest> current;
    QSet<QString> seen;
    for (Subscription *subscription : std::as_const(m_subscriptions)) {
        const QString key = subscription->key();
        if (seen.contains(key) || m_rejectedKeys.contains(key))
            continue;
        seen.insert(key);
        (isKeyCurrent(key) ? current : *fresh).append(subscription->request());
    }
    return current;
}

void StreamClient::requestSession()
{
    if (m_state == State::Disconnected || m_state == State::Failed || isDirect())
        return;
    if (m_sessionInFlight || m_retryTimer.isActive())
        return;
    if (m_replay)
        return; // the recording's answers come through replaySessionExchange()

    // All keys at once, or one new key at a time while a refusal is being traced.
    QList<SubscriptionRequest> fresh;
    const QList<SubscriptionRequest> current = sessionRequests(&fresh);
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
        requests.append(streamclient::probeRequest());

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
    const Subscription::Failure failure = streamclient::failureFor(error);
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
            rejectKeys(fresh, text, streamclient::failureFor(error));
            return; // the others (or the probe) go on
        }
        if (connecting) {
            failConnection(error, text);
            return;
        }
        // The live socket stays; only what was being added fails.
        rejectKeys(fresh, text, streamclient::failureFor(error));
        return;
    }

    const qint64 delayMs = sessionRetryDelayMs(error);
    m_retryAtMs = m_clock->nowMs() + delayMs;
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
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    if (isDirect()) {
        // No session to refresh: the server refused this app key, host or user as configured, and
        // pusher-js does not retry these codes either.
        const QString text
            = tr("the server refused the connection: %1").arg(pusher::explainCloseCode(closeCode).text());
        m_lastError = ApiError(ApiError::Kind::Refused, text);
        m_lastError->setSummary(tr("The server refused the connection"));
        Q_EMIT errorOccurred(text);
        m_connection->failPermanently(text);
        return;
    }
    qCInfo(lcStreams) << "server closed with" << closeCode << "- bootstrapping the session again";
    beginSessionRound(false); // the cached endpoint is what the server refused
    requestSession();
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

} // namespace shuriken
