#pragma once

// What the parts of StreamClient share (streamclient.cpp: the public API, the connection and
// event delivery; streamclientsession.cpp: session rounds; streamclientchannels.cpp: channel
// subscribe and retry state; streamclientreplay.cpp: recorded sessions). Not part of the
// library's interface.

#include "apierror.h"
#include "clientclock.h"
#include "streamclient.h"

namespace shuriken {

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

    /// The timers run on @p client's clock and report to it, tagged with this record's generation.
    ChannelState(StreamClient &client, const QString &name);
    Q_DISABLE_COPY_MOVE(ChannelState)

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
    /// private-encrypted-: the secretbox key of its events, from the authorization answer.
    QByteArray sharedSecret;
    /// An event did not open: a new shared secret is being asked for (pusher-js does the same,
    /// for a key rotated on the server) ...
    bool secretRefreshInFlight = false;
    /// ... and one came back unchanged: more asking would not help on this subscription.
    bool secretRefreshExhausted = false;
    /// Presence: our user_id in the channel_data we subscribed with.
    QString ownUserId;
    ClientTimer confirmTimer;
    ClientTimer retryTimer;
};

namespace streamclient {

// The probe the official SDKs bootstrap with when nothing is subscribed yet: it only tells
// where the WebSocket lives; its channel is never joined.
inline SubscriptionRequest probeRequest()
{
    return SubscriptionRequest {QStringLiteral("alpha.signalFeedGlobal"), {}};
}

// How a subscription failed because of @p error: the key or its rights (401/403), something the
// client retries by itself, or a refusal that waits for the user.
inline Subscription::Failure failureFor(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden)
        return Subscription::Failure::Authorization;
    return error.isTransient() ? Subscription::Failure::Transient : Subscription::Failure::Permanent;
}

// Direct Pusher mode: the channel a subscription names, every event on it.
ResolvedSubscription directResolution(const QString &channel);

} // namespace streamclient

} // namespace shuriken
