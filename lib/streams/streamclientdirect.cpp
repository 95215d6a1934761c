// Direct Pusher mode (Options::pusher): no REST bootstrap. The client connects to the configured
// server, a subscription's stream is a channel name it subscribes as it is, every event on the
// channel is delivered, private and presence channels are signed here (with the app secret) or
// through the channel auth endpoint, encrypted channels are opened with their shared secret, and
// the user signs in when a user authentication endpoint is given.

#include "apiclient.h"
#include "channelauthorizer.h"
#include "pusherconnection.h"
#include "pusherexplain.h"
#include "pusherprotocol.h"
#include "secretbox.h"
#include "streamclient.h"
#include "streamclient_p.h"
#include "streamslog.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace shuriken {

using pusher::PusherConnection;

namespace {

Visibility visibilityOf(const QString &channel)
{
    switch (pusher::channelType(channel)) {
    case pusher::ChannelType::Presence:
        return Visibility::Presence;
    case pusher::ChannelType::Private:
    case pusher::ChannelType::PrivateEncrypted:
        return Visibility::Private;
    case pusher::ChannelType::Public:
        break;
    }
    return Visibility::Public;
}

} // namespace

ResolvedSubscription streamclient::directResolution(const QString &channel)
{
    ResolvedSubscription resolved;
    resolved.stream = channel;
    resolved.channel = channel;
    // Empty: every event of the channel (routeEvent()).
    resolved.visibility = visibilityOf(channel);
    resolved.payloadFormat = QStringLiteral("json");
    return resolved;
}

void StreamClient::applyDirectSettings()
{
    const PusherSettings &settings = *m_options.pusher;
    // The transport reconnects to the same server by itself: there is no session to refresh.
    m_connection->setRefreshBeforeReconnect(false);
    m_api->setApiKey({});
    m_api->setBaseUrl(settings.channelAuthEndpoint.isEmpty() ? settings.userAuthEndpoint
                                                             : settings.channelAuthEndpoint);
    // The auth and user-auth endpoints are the user's own choice; no API key travels.
    m_api->setAllowForeignAuthOrigin(true);
    m_api->setExtraHeaders(settings.authHeaders);
    m_authorizer->setAuthEndpoint(settings.channelAuthEndpoint);
    m_authorizer->setExtraParams(settings.authParams);
}

void StreamClient::connectDirect()
{
    const PusherSettings &settings = *m_options.pusher;
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        const QString text = tr("the Pusher settings cannot be used: %1").arg(problem);
        m_lastError = ApiError(ApiError::Kind::Refused, text);
        m_lastError->setSummary(tr("The Pusher settings are incomplete"));
        setState(State::Failed, text);
        Q_EMIT errorOccurred(text);
        return;
    }
    setState(State::Connecting, tr("connecting to %1").arg(settings.describe()));
    const QList<Subscription *> subscriptions = m_subscriptions;
    for (Subscription *subscription : subscriptions)
        bindDirect(subscription);
    if (m_state == State::Connecting)
        m_connection->open(settings.endpoint());
}

void StreamClient::bindDirect(Subscription *subscription)
{
    if (!isLive(subscription))
        return;
    const QString channel = subscription->stream();
    if (!pusher::isValidChannelName(channel)) {
        updateSubscription(subscription, Subscription::Status::Error,
                           tr("\"%1\" is not a valid channel name: letters, digits and _ - = @ , . ; only, at most "
                              "164 characters")
                               .arg(channel.left(200)),
                           Subscription::Failure::Permanent);
        return;
    }
    bindSubscription(subscription, streamclient::directResolution(channel));
}

void StreamClient::authorizeLocally(const ChannelPtr &channel, const QString &socketId)
{
    const PusherSettings &settings = *m_options.pusher;
    const QString name = channel->channel;
    ChannelAuth auth;
    const auto type = pusher::channelType(name);
    if (type == pusher::ChannelType::Presence) {
        const QJsonObject data {{QStringLiteral("user_id"), settings.userId},
                                {QStringLiteral("user_info"), settings.userInfo}};
        auth.channelData = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    }
    std::optional<ApiError> refusal;
    if (type == pusher::ChannelType::PrivateEncrypted) {
        if (settings.encryptionMasterKey.size() != pusher::kSecretBoxKeyBytes) {
            refusal = ApiError(ApiError::Kind::Refused,
                               tr("an encrypted channel signed here needs the app's encryption master key (its "
                                  "events are sealed with a secret derived from it)"));
        } else {
            auth.sharedSecret
                = QString::fromLatin1(pusher::encryptedChannelSecret(name, settings.encryptionMasterKey).toBase64());
        }
    }
    auth.auth = pusher::signChannel(settings.appKey, settings.appSecret.toUtf8(), socketId, name, auth.channelData);
    const quint64 generation = channel->generation;
    // Answered like the endpoint's answer, asynchronously: one path for both.
    QMetaObject::invokeMethod(
        this,
        [this, name, generation, auth, refusal] {
            if (refusal)
                onAuthorized(name, generation, *refusal);
            else
                onAuthorized(name, generation, auth);
        },
        Qt::QueuedConnection);
}

void StreamClient::signIn()
{
    const PusherSettings &settings = *m_options.pusher;
    if (settings.userAuthEndpoint.isEmpty() || m_replay)
        return;
    const QString socketId = m_connection->socketId();
    const quint64 generation = m_connectGeneration;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("socket_id"), socketId);
    for (const auto &[name, value] : settings.authParams)
        form.addQueryItem(name, value);
    ++m_counters.authRequests;
    m_api->postForm(settings.userAuthEndpoint, form, this, [this, socketId, generation](const ApiResponse &response) {
        if (generation != m_connectGeneration || m_connection->socketId() != socketId)
            return; // another connection by now; it signs in itself
        QString problem;
        if (!response.ok()) {
            problem = response.error->displayText();
        } else {
            const QString auth = response.body.value(QStringLiteral("auth")).toString();
            const QJsonValue userData = response.body.value(QStringLiteral("user_data"));
            if (auth.isEmpty() || !userData.isString())
                problem = tr("the answer has no \"auth\" and \"user_data\" strings");
            else {
                m_connection->send(pusher::encodeSignin(auth, userData.toString()));
                return;
            }
        }
        const pusher::Explanation why = pusher::explainAuthFailure(
            response.httpStatus, response.header(QByteArrayLiteral("Content-Type")), response.rawBody, true);
        Q_EMIT errorOccurred(tr("user authentication failed: %1").arg(problem)
                             + (why.isEmpty() ? QString() : QStringLiteral(" — ") + why.text()));
    });
}

void StreamClient::onSigninSuccess(const QByteArray &data)
{
    // data is {"user_data": "<JSON text>"}.
    const QJsonObject outer = QJsonDocument::fromJson(data).object();
    const QJsonDocument user = QJsonDocument::fromJson(outer.value(QStringLiteral("user_data")).toString().toUtf8());
    m_signedInUser = user.object();
    qCInfo(lcStreams) << "signed in as" << m_signedInUser.value(QStringLiteral("id")).toVariant().toString();
    Q_EMIT userSignedIn(m_signedInUser);
}

QString StreamClient::sendClientEvent(const QString &channel, const QString &event, const QByteArray &data)
{
    if (!event.startsWith(QLatin1String("client-")))
        return tr("a client event's name must start with \"client-\"");
    if (event.size() > 200)
        return tr("an event name has at most 200 characters");
    const auto type = pusher::channelType(channel);
    if (type == pusher::ChannelType::Public)
        return tr("client events can only be sent on private and presence channels");
    if (type == pusher::ChannelType::PrivateEncrypted)
        return tr("client events cannot be sent on encrypted channels");
    QJsonParseError parseError {};
    QJsonDocument::fromJson(data.isEmpty() ? QByteArrayLiteral("{}") : data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("the data is not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
    if (data.size() > 10240)
        return tr("the data is larger than 10 KB, the limit of Pusher's client events");
    if (m_connection->state() != PusherConnection::State::Connected)
        return tr("not connected");
    const ChannelPtr state = m_channels.value(channel);
    if (!state || state->phase != ChannelState::Phase::Subscribed)
        return tr("subscribe to %1 first: the server only takes client events on channels the connection has "
                  "joined")
            .arg(channel);
    if (!m_connection->send(pusher::encodeClientEvent(channel, event, data.trimmed())))
        return tr("not connected");
    ++m_counters.clientEventsSent;
    return {};
}

bool StreamClient::openEncrypted(const ChannelState &channel, QByteArray *payload, const QString &event)
{
    QString problem;
    if (auto plain = pusher::decryptPayload(*payload, channel.sharedSecret, &problem)) {
        *payload = std::move(*plain);
        return true;
    }
    ++m_counters.undecryptableEvents;
    Q_EMIT errorOccurred(tr("event %1 on %2 could not be decrypted: %3; it is shown as it arrived")
                             .arg(event, channel.channel, problem));
    return false;
}

void StreamClient::refreshSharedSecret(const ChannelPtr &channel)
{
    // Signed here, the secret is derived from the master key: asking again gives the same one.
    if (m_replay || !isDirect() || m_options.pusher->signsLocally() || channel->secretRefreshInFlight
        || channel->secretRefreshExhausted || channel->phase != ChannelState::Phase::Subscribed)
        return;
    channel->secretRefreshInFlight = true;
    ++m_counters.authRequests;
    const quint64 generation = channel->generation;
    const QString name = channel->channel;
    qCInfo(lcStreams) << "an event on" << name << "did not open; asking the auth endpoint for its secret again";
    m_authorizer->authorize(m_connection->socketId(), name, this,
                            [this, name, generation](const ApiResult<ChannelAuth> &result) {
                                const ChannelPtr current = m_channels.value(name);
                                if (!current || current->generation != generation)
                                    return; // subscribed again since: that authorization brought its own secret
                                current->secretRefreshInFlight = false;
                                QString problem;
                                const QByteArray secret = result.ok() && result.value().sharedSecret
                                    ? pusher::decodeSecretKey(*result.value().sharedSecret, &problem)
                                    : QByteArray();
                                if (secret.isEmpty() || secret == current->sharedSecret) {
                                    current->secretRefreshExhausted = true;
                                    qCWarning(lcStreams) << "no new shared secret for" << name
                                                         << (result.ok() ? problem : result.error().displayText());
                                    return;
                                }
                                current->sharedSecret = secret;
                                qCInfo(lcStreams) << "new shared secret for" << name;
                            });
}

void StreamClient::checkBoundEvent(Subscription *subscription, const QString &event)
{
    const QString &bound = subscription->boundEvent();
    if (bound.isEmpty())
        return;
    if (event == bound) {
        subscription->m_boundEventSeen = true;
        return;
    }
    if (subscription->m_boundEventSeen || subscription->m_mismatchedEvents.contains(event))
        return;
    subscription->m_mismatchedEvents.insert(event);
    const QString explanation = pusher::explainEventNameMismatch(bound, event).text();
    Q_EMIT subscription->eventNameMismatch(event, explanation);
    Q_EMIT errorOccurred(tr("events on %1 arrive as \"%2\", none as \"%3\" that is bound: %4")
                             .arg(subscription->channel(), event, bound, explanation));
}

} // namespace shuriken
