// Channel subscribe and retry state: binding subscriptions to Pusher channels, reference
// counting, authorization, the subscribe timeout and the retry backoff, per socket.

#include "channelauthorizer.h"
#include "pusherconnection.h"
#include "pusherexplain.h"
#include "pusherprotocol.h"
#include "reconnectpolicy.h"
#include "secretbox.h"
#include "streamclient.h"
#include "streamclient_p.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace shuriken {

using pusher::PusherConnection;

StreamClient::ChannelState::ChannelState(StreamClient &client, const QString &name)
    : channel(name)
    , confirmTimer(*client.m_clock, [&client, this] { client.onSubscribeTimeout(QString(channel), generation); })
    , retryTimer(*client.m_clock, [&client, this] { client.onChannelRetryDue(QString(channel), generation); })
{ }

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
        slot = std::make_shared<ChannelState>(*this, resolved.channel);
        slot->generation = ++m_lastChannelGeneration;
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
    // A replay asks no auth endpoint: the subscribe goes nowhere, and the recording shows
    // whether the server took the live one.
    if (channel->resolved.requiresAuthorization() && !m_replay) {
        channel->phase = ChannelState::Phase::Authorizing;
        ++m_counters.authRequests;
        const quint64 generation = channel->generation;
        const QString name = channel->channel;
        const QString socketId = m_connection->socketId();
        setChannelStatus(channel, Subscription::Status::Authorizing, tr("authorizing the channel"));
        if (!isLive(channel) || channel->generation != generation)
            return; // a receiver let it go
        if (isDirect() && m_options.pusher->signsLocally()) {
            --m_counters.authRequests; // signed here: no request
            authorizeLocally(channel, socketId);
            return;
        }
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
        failChannel(channel, text, streamclient::failureFor(error), error.retryAfter());
        return;
    }
    const ChannelAuth &auth = result.value();
    channel->sharedSecret.clear();
    channel->secretRefreshInFlight = false;
    channel->secretRefreshExhausted = false;
    if (pusher::channelType(name) == pusher::ChannelType::PrivateEncrypted) {
        QString problem;
        if (auth.sharedSecret)
            channel->sharedSecret = pusher::decodeSecretKey(*auth.sharedSecret, &problem);
        else
            problem = tr("the answer has no shared_secret");
        if (channel->sharedSecret.isEmpty()) {
            const QString text = tr("channel authorization of an encrypted channel failed: %1").arg(problem);
            Q_EMIT errorOccurred(text);
            failChannel(channel, text, Subscription::Failure::Permanent);
            return;
        }
    }
    channel->ownUserId.clear();
    if (auth.channelData) {
        const QJsonValue userId
            = QJsonDocument::fromJson(auth.channelData->toUtf8()).object().value(QStringLiteral("user_id"));
        channel->ownUserId = userId.isString() ? userId.toString()
                                               : (userId.isDouble() ? QString::number(userId.toInteger()) : QString());
    }
    sendSubscribeFrame(channel, pusher::Subscribe {name, auth.auth, auth.channelData});
}

void StreamClient::sendSubscribeFrame(const ChannelPtr &channel, const pusher::Subscribe &subscribe)
{
    channel->phase = ChannelState::Phase::Subscribing;
    m_connection->send(pusher::encodeSubscribe(subscribe));
    if (!m_replay) // a replay waits for what the recording says, however long it took
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
        // A replay does not time the retry: the recording's next confirmation answers it.
        if (!m_replay)
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

qint64 StreamClient::channelRetryDelayMs(int retries) const
{
    const QList<qint64> schedule = m_bootstrapPolicy->schedule();
    const qint64 delayMs = schedule.at(std::clamp<qsizetype>(retries - 1, 0, schedule.size() - 1));
    return std::clamp<qint64>(delayMs, pusher::ReconnectPolicy::kMinimumBackoffMs,
                              pusher::ReconnectPolicy::kMaximumDelayMs);
}

void StreamClient::resetChannelsAfterLoss(PusherConnection::State state, const QString &reason)
{
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
        // The members were this socket's view of the channel; the next subscribe tells anew.
        const QList<Subscription *> subscribers = channel->subscribers;
        for (Subscription *subscription : subscribers) {
            if (isLive(subscription) && !subscription->members().isEmpty())
                subscription->resetMembers({}, {});
        }
        if (state == PusherConnection::State::Failed)
            setChannelStatus(channel, Subscription::Status::Error, reason, Subscription::Failure::Permanent);
        else if (wasJoined)
            setChannelStatus(channel, Subscription::Status::Pending, tr("waiting for the connection"));
    }
}

void StreamClient::subscribeIdleChannels()
{
    // Every channel with listeners is joined again on the new socket, private and presence ones
    // re-authorized for the new socket_id. Only channels not yet joined on this socket: a
    // repeated handshake must not subscribe twice.
    const auto channels = m_channels;
    for (const ChannelPtr &channel : channels) {
        if (isLive(channel) && !channel->subscribers.isEmpty() && channel->phase == ChannelState::Phase::Idle)
            sendSubscribe(channel);
    }
}

void StreamClient::onSubscriptionSucceeded(const pusher::SubscriptionSucceeded &succeeded)
{
    const ChannelPtr channel = m_channels.value(succeeded.channel);
    // A replay does not time the retry of a failed channel: the recording's next confirmation
    // is the answer to the live client's retry.
    const bool retried = m_replay && channel && channel->phase == ChannelState::Phase::Failed;
    if (!channel || (channel->phase != ChannelState::Phase::Subscribing && !retried))
        return; // not asked for on this socket (or given up after a timeout)
    channel->confirmTimer.stop();
    channel->phase = ChannelState::Phase::Subscribed;
    channel->retries = 0;
    channel->failure = Subscription::Failure::None;
    channel->failureReason.clear();
    if (succeeded.members) {
        const QList<Subscription *> subscribers = channel->subscribers;
        for (Subscription *subscription : subscribers)
            subscription->resetMembers(*succeeded.members, channel->ownUserId);
    }
    setChannelStatus(channel, Subscription::Status::Subscribed, {});
}

void StreamClient::onMembersMessage(const pusher::Message &message)
{
    const ChannelPtr channel = m_channels.value(pusher::channelName(message));
    if (!channel || channel->phase != ChannelState::Phase::Subscribed)
        return;
    const QList<Subscription *> subscribers = channel->subscribers;
    for (Subscription *subscription : subscribers) {
        if (!isLive(subscription))
            continue;
        if (const auto *added = std::get_if<pusher::MemberAdded>(&message))
            subscription->addMember(added->member);
        else if (const auto *removed = std::get_if<pusher::MemberRemoved>(&message))
            subscription->removeMember(removed->userId);
    }
}

void StreamClient::onSubscriptionError(const pusher::SubscriptionError &failed)
{
    QString text = failed.status ? tr("subscription refused (%1): %2").arg(*failed.status).arg(failed.error)
                                 : tr("subscription refused: %1").arg(failed.error);
    if (const auto why = pusher::explainSubscriptionError(failed.status, failed.type, failed.error); !why.isEmpty())
        text += QStringLiteral(" — ") + why.text();
    Q_EMIT errorOccurred(text);
    const ChannelPtr channel = m_channels.value(failed.channel);
    if (!channel || channel->phase == ChannelState::Phase::Idle)
        return;
    // pusher-js' reading of the status: 401/403 is the authorization, 408/429/5xx may pass,
    // a refusal without a status is the server's final word on this channel.
    Subscription::Failure failure = Subscription::Failure::Permanent;
    if (failed.status && (*failed.status == 401 || *failed.status == 403))
        failure = Subscription::Failure::Authorization;
    else if (failed.status && (*failed.status == 408 || *failed.status == 429 || *failed.status >= 500))
        failure = Subscription::Failure::Transient;
    failChannel(channel, text, failure);
}

void StreamClient::onPusherError(const pusher::PusherError &error)
{
    QString text = error.code ? tr("server error %1: %2").arg(*error.code).arg(error.message)
                              : tr("server error: %1").arg(error.message);
    if (const auto why = pusher::explainPusherError(error.code, error.message); !why.isEmpty())
        text += QStringLiteral(" — ") + why.text();
    const ChannelPtr channel = error.channel.isEmpty() ? ChannelPtr() : m_channels.value(error.channel);
    if (!channel) {
        Q_EMIT errorOccurred(text);
        return;
    }
    // An error about one channel belongs to its subscriptions, not to the connection.
    const QString channelText = tr("%1 (channel %2)").arg(text, error.channel);
    Q_EMIT errorOccurred(channelText);
    if (channel->phase == ChannelState::Phase::Subscribing || channel->phase == ChannelState::Phase::Authorizing) {
        // The subscribe did not take: leave it cleanly, then try again after a pause.
        if (channel->phase == ChannelState::Phase::Subscribing)
            m_connection->send(pusher::encodeUnsubscribe(channel->channel));
        failChannel(channel, channelText, Subscription::Failure::Transient);
    }
}

} // namespace shuriken
