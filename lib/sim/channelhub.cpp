#include "channelhub.h"

#include "clientconnection.h"
#include "jsontext.h"
#include "pusherprotocol.h"
#include "servercontext.h"
#include "simlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

namespace shuriken::sim {

namespace {

/// A server → client channel event with `data` as a JSON string and, for a presence channel's
/// client event, the sender's `user_id` beside it (pusherprotocol only encodes the first).
QByteArray channelEventFrame(const QString &channel, const QString &event, QByteArrayView data, const QString &userId)
{
    QByteArray frame("{\"event\":");
    appendJsonString(frame, QStringView(event));
    frame.append(",\"channel\":");
    appendJsonString(frame, QStringView(channel));
    frame.append(",\"data\":");
    appendJsonString(frame, data);
    if (!userId.isEmpty()) {
        frame.append(",\"user_id\":");
        appendJsonString(frame, QStringView(userId));
    }
    frame.append('}');
    return frame;
}

/// A user id as presence channel_data and user_data carry it: a string, or a number.
QString userIdOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

ChannelHub::ChannelHub(ServerContext &context, ChannelListener *listener)
    : m_context(context)
    , m_listener(listener)
    , m_market(context.config.seed)
{ }

ChannelHub::~ChannelHub() = default;

// ---- connections ----------------------------------------------------------------------------

void ChannelHub::addConnection(ClientConnection *connection)
{
    m_connections.insert(connection->id(), connection);
}

void ChannelHub::deleteConnections()
{
    const auto all = m_connections.values();
    m_connections.clear();
    for (ClientConnection *connection : all) {
        // Deleted here, not through connectionClosed(): the server is going away.
        QObject::disconnect(connection->socket(), nullptr, connection, nullptr);
        delete connection;
    }
    for (auto &[name, channel] : m_channels) {
        channel->subscribers.clear();
        channel->members.clear();
        m_listener->channelDeactivated(*channel);
    }
}

QList<ClientConnection *> ChannelHub::webSocketConnections() const
{
    QList<ClientConnection *> result;
    for (ClientConnection *connection : m_connections) {
        if (connection->isWebSocket())
            result.append(connection);
    }
    return result;
}

void ChannelHub::setAnswerPings(bool answer)
{
    m_answerPings = answer;
    for (ClientConnection *connection : std::as_const(m_connections))
        connection->setAnswerPings(answer);
}

void ChannelHub::acceptWebSocket(ClientConnection &connection, const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    connection.acceptWebSocket(request);
    connection.socketId = newSocketId();
    connection.setAnswerPings(m_answerPings);
    connection.setDrainThreshold(std::max<qint64>(1, config.firehoseHighWaterBytes / 2));

    const QString appKey = QString::fromUtf8(request.path.mid(5));
    // Another epoch's key is as unknown as any other: that deployment is gone.
    if (appKey != config.effectiveAppKey()) {
        qCInfo(lcSim).noquote() << "refused WebSocket for unknown app key" << appKey;
        connection.sendText(pusher::encodeError(tr("Could not find app by key %1").arg(appKey), 4001));
        connection.closeWebSocket(4001, QByteArrayLiteral("Application does not exist"));
        return;
    }
    const QUrlQuery query(QString::fromUtf8(request.query));
    if (query.hasQueryItem(QStringLiteral("protocol"))) {
        bool ok = false;
        const int protocol = query.queryItemValue(QStringLiteral("protocol")).toInt(&ok);
        if (!ok || protocol < 5 || protocol > 7) {
            connection.sendText(pusher::encodeError(tr("Unsupported protocol version"), 4007));
            connection.closeWebSocket(4007, QByteArrayLiteral("Unsupported protocol version"));
            return;
        }
    }
    connection.sendText(pusher::encodeConnectionEstablished(connection.socketId, config.activityTimeoutSeconds));
    connection.established = true;
    ++m_context.counters.connectionsAccepted;
    qCInfo(lcSim).noquote() << "WebSocket" << connection.socketId << "connected from"
                            << connection.socket()->peerAddress().toString();
    Q_EMIT m_context.q->clientConnected(connection.socketId);
}

QString ChannelHub::newSocketId()
{
    RandomSource &random = m_context.idRandom;
    for (;;) {
        const QString id
            = QStringLiteral("%1.%2").arg(random.range(100000, 999999999)).arg(random.range(100000, 999999999));
        if (!m_socketIdsInUse.contains(id)) {
            m_socketIdsInUse.insert(id);
            return id;
        }
    }
}

void ChannelHub::messageReceived(ClientConnection &connection, const QByteArray &text)
{
    SimulatorStats &counters = m_context.counters;
    const pusher::DecodeResult result = pusher::decode(text);
    if (const auto *error = std::get_if<pusher::DecodeError>(&result)) {
        ++counters.badClientMessages;
        qCInfo(lcSim).noquote() << connection.socketId << "sent an undecodable message:" << error->message;
        connection.sendText(pusher::encodeError(tr("Invalid message: %1").arg(error->message), std::nullopt));
        return;
    }
    const pusher::Message &message = std::get<pusher::Message>(result);
    if (const auto *request = std::get_if<pusher::Subscribe>(&message)) {
        subscribe(connection, *request);
    } else if (const auto *unsubscribe = std::get_if<pusher::Unsubscribe>(&message)) {
        // No reply, as in the protocol; an unknown channel is ignored.
        if (connection.channels.contains(unsubscribe->channel)) {
            qCInfo(lcSim).noquote() << connection.socketId << "unsubscribed from" << unsubscribe->channel;
            removeSubscription(connection, unsubscribe->channel);
        }
    } else if (std::holds_alternative<pusher::Ping>(message)) {
        if (m_answerPings)
            connection.sendText(pusher::encodeServerPong());
    } else if (std::holds_alternative<pusher::Pong>(message)) {
        // markActivity() already cleared the pong timer.
    } else if (const auto *event = std::get_if<pusher::ChannelEvent>(&message)) {
        if (m_context.config.genericPusher) {
            clientEvent(connection, *event);
            return;
        }
        ++counters.badClientMessages;
        connection.sendText(pusher::encodeError(
            tr("Client event %1 rejected: client events are not enabled for this app").arg(event->event),
            std::nullopt));
    } else if (const auto *ignored = std::get_if<pusher::IgnoredMessage>(&message);
               ignored && ignored->event == QLatin1String("pusher:signin") && m_context.config.genericPusher) {
        signin(connection, text);
    } else {
        ++counters.badClientMessages;
        qCDebug(lcSim).noquote() << connection.socketId << "sent a message the server ignores:" << text.left(200);
    }
}

void ChannelHub::rejectClientEvent(ClientConnection &connection, const QString &message)
{
    ++m_context.counters.badClientMessages;
    qCInfo(lcSim).noquote() << "rejected a client event of" << connection.socketId << ":" << message;
    connection.sendText(pusher::encodeError(message, std::nullopt));
}

void ChannelHub::clientEvent(ClientConnection &connection, const pusher::ChannelEvent &event)
{
    // Pusher's rules for client events; rejections are pusher:error with a null code, the
    // connection stays open.
    if (!event.event.startsWith(QLatin1String("client-"))) {
        rejectClientEvent(connection,
                          tr("Client event rejected - client events must be prefixed by 'client-' (got %1)")
                              .arg(event.event.left(200)));
        return;
    }
    const auto type = pusher::channelType(event.channel);
    if (type == pusher::ChannelType::Public) {
        // Pusher's own words, kept as they are: clients and tests match on them.
        rejectClientEvent(connection,
                          QStringLiteral("Client event rejected - only supported on private and presence channels"));
        return;
    }
    if (type == pusher::ChannelType::PrivateEncrypted) {
        // The server cannot encrypt for the sender, so encrypted channels carry server events only.
        rejectClientEvent(connection,
                          tr("Client event rejected - client events are not allowed on private-encrypted channels"));
        return;
    }
    Channel *channel = findChannel(event.channel);
    if (!channel || !connection.channels.contains(event.channel)) {
        rejectClientEvent(connection,
                          tr("Client event rejected - not subscribed to channel %1").arg(event.channel.left(200)));
        return;
    }
    if (event.payload.size() > kMaxEventDataBytes) {
        rejectClientEvent(connection,
                          tr("Client event rejected - the data is larger than %1 bytes").arg(kMaxEventDataBytes));
        return;
    }
    // Servers forward the data as a JSON string, whether the client sent an object or a string,
    // and name the sender on presence channels.
    const QString userId = connection.presenceUserByChannel.value(event.channel);
    const QByteArray frame = channelEventFrame(event.channel, event.event, event.payload, userId);
    int reached = 0;
    for (ClientConnection *subscriber : std::as_const(channel->subscribers)) {
        if (subscriber == &connection)
            continue; // the sender never gets its own client event back
        subscriber->sendText(frame);
        ++reached;
    }
    ++m_context.counters.clientEventsForwarded;
    m_context.counters.framesSent += quint64(reached);
    qCDebug(lcSim).noquote() << connection.socketId << "sent" << event.event << "on" << event.channel << "to" << reached
                             << "subscribers";
}

void ChannelHub::signin(ClientConnection &connection, const QByteArray &text)
{
    const SimulatorConfig &config = m_context.config;
    // The decoder keeps no data of messages a client does not read: take the frame apart again.
    QJsonValue data = QJsonDocument::fromJson(text).object().value(QStringLiteral("data"));
    if (data.isString())
        data = QJsonDocument::fromJson(data.toString().toUtf8()).object();
    const QJsonObject fields = data.toObject();
    const QString auth = fields.value(QStringLiteral("auth")).toString();
    const QString userData = fields.value(QStringLiteral("user_data")).toString();
    const QString userId = userIdOf(QJsonDocument::fromJson(userData.toUtf8()).object().value(QStringLiteral("id")));
    QString problem;
    if (auth.isEmpty() || userData.isEmpty())
        problem = tr("pusher:signin needs auth and user_data");
    else if (userId.isEmpty())
        problem = tr("user_data must be a JSON object with an id");
    else if (!pusher::verifyUserAuthentication(auth, config.effectiveAppKey(), config.appSecret.toUtf8(),
                                               connection.socketId, userData))
        problem = tr("Invalid signature for pusher:signin");
    if (!problem.isEmpty()) {
        // As Pusher: a failed sign-in ends the connection with 4009 (unauthorized).
        ++m_context.counters.badClientMessages;
        qCInfo(lcSim).noquote() << "refused the sign-in of" << connection.socketId << ":" << problem;
        connection.sendText(pusher::encodeError(problem, 4009));
        connection.closeWebSocket(4009, QByteArrayLiteral("Connection is unauthorized"));
        return;
    }
    connection.signedInUserId = userId;
    QByteArray frame("{\"event\":\"pusher:signin_success\",\"data\":");
    appendJsonString(
        frame,
        QByteArrayView(
            QJsonDocument(QJsonObject {{QStringLiteral("user_data"), userData}}).toJson(QJsonDocument::Compact)));
    frame.append('}');
    connection.sendText(frame);
    qCInfo(lcSim).noquote() << connection.socketId << "signed in as" << userId;
}

void ChannelHub::idleTimedOut(ClientConnection &connection)
{
    qCDebug(lcSim).noquote() << connection.socketId << "is idle; sending pusher:ping";
    connection.sendText(pusher::encodeServerPing());
    connection.startPongTimer();
}

void ChannelHub::pongTimedOut(ClientConnection &connection)
{
    qCInfo(lcSim).noquote() << connection.socketId << "did not answer pusher:ping; closing with 4201";
    connection.closeWebSocket(4201, QByteArrayLiteral("Pong reply not received"));
}

void ChannelHub::connectionClosed(ClientConnection &connection)
{
    m_connections.remove(connection.id());
    m_bytesSentByClosedConnections += connection.bytesSent();
    if (connection.socketId.isEmpty())
        return;
    const QList<QString> subscribed = connection.channels;
    for (const QString &name : subscribed)
        removeSubscription(connection, name);
    m_socketIdsInUse.remove(connection.socketId);
    if (!connection.established)
        return; // refused during the handshake (unknown app key, protocol version)
    qCInfo(lcSim).noquote() << "WebSocket" << connection.socketId << "disconnected";
    Q_EMIT m_context.q->clientDisconnected(connection.socketId);
}

// ---- channels -------------------------------------------------------------------------------

const ChannelBinding *ChannelHub::binding(const QString &channel) const
{
    const auto it = m_bindings.constFind(channel);
    return it == m_bindings.constEnd() ? nullptr : &*it;
}

Channel *ChannelHub::findChannel(const QString &name)
{
    const auto it = m_channels.find(name);
    return it == m_channels.end() ? nullptr : it->second.get();
}

Channel &ChannelHub::channelNamed(const QString &name)
{
    if (Channel *existing = findChannel(name))
        return *existing;
    auto channel = std::make_unique<Channel>();
    channel->name = name;
    if (const ChannelBinding *bound = binding(name)) {
        channel->binding = *bound;
        channel->event = bound->event;
        GeneratorContext context;
        context.streamId = bound->streamId;
        context.filter = bound->filter;
        context.userId = bound->ownerUserId;
        context.casing = m_context.config.notificationCasing;
        context.seed = m_context.config.seed;
        if (EventGenerator::supports(context.streamId))
            channel->generator = std::make_unique<EventGenerator>(context, &m_market);
    }
    return *m_channels.emplace(name, std::move(channel)).first->second;
}

void ChannelHub::refuseSubscription(ClientConnection &connection, const QString &channel, const QString &type,
                                    const QString &error, int status)
{
    qCInfo(lcSim).noquote() << "refused subscription of" << connection.socketId << "to" << channel << ":" << error;
    connection.sendText(pusher::encodeSubscriptionError(channel, type, error, status));
    Q_EMIT m_context.q->subscriptionRefused(connection.socketId, channel, error);
}

void ChannelHub::subscribe(ClientConnection &connection, const pusher::Subscribe &subscribe)
{
    const SimulatorConfig &config = m_context.config;
    const QString &name = subscribe.channel;
    if (!pusher::isValidChannelName(name)) {
        ++m_context.counters.badClientMessages;
        connection.sendText(pusher::encodeError(tr("Invalid channel name \"%1\"").arg(name.left(200)), std::nullopt));
        Q_EMIT m_context.q->subscriptionRefused(connection.socketId, name, tr("invalid channel name"));
        return;
    }
    if (connection.channels.contains(name)) {
        // What real Pusher answers to a second subscribe (the Rust SDK triggers it, gap G6).
        connection.sendText(
            pusher::encodeError(QStringLiteral("Existing subscription to channel ") + name, std::nullopt));
        Q_EMIT m_context.q->subscriptionRefused(connection.socketId, name, tr("existing subscription"));
        return;
    }

    const auto type = pusher::channelType(name);
    std::optional<QList<pusher::PresenceMember>> members;
    QString presenceUser;
    QJsonValue presenceInfo;
    const QByteArray secret = config.appSecret.toUtf8();
    // The Shuriken service has no encrypted channels; a plain Pusher server signs them as private.
    if (type == pusher::ChannelType::PrivateEncrypted && !config.genericPusher) {
        refuseSubscription(connection, name, QStringLiteral("AuthError"), tr("Encrypted channels are not supported"),
                           400);
        return;
    }
    if (type != pusher::ChannelType::Public) {
        if (subscribe.auth.isEmpty()) {
            refuseSubscription(connection, name, QStringLiteral("AuthError"),
                               tr("Auth info required to subscribe to %1").arg(name), 401);
            return;
        }
        std::optional<QString> channelData;
        if (type == pusher::ChannelType::Presence) {
            if (!subscribe.channelData) {
                refuseSubscription(connection, name, QStringLiteral("AuthError"),
                                   tr("channel_data required to subscribe to %1").arg(name), 401);
                return;
            }
            channelData = subscribe.channelData;
        }
        if (!pusher::verifyChannelSignature(subscribe.auth, config.effectiveAppKey(), secret, connection.socketId, name,
                                            channelData)) {
            refuseSubscription(connection, name, QStringLiteral("AuthError"),
                               tr("Invalid signature for channel %1").arg(name), 401);
            return;
        }
        if (type == pusher::ChannelType::Presence) {
            const QJsonDocument data = QJsonDocument::fromJson(channelData->toUtf8());
            presenceUser = userIdOf(data.object().value(QStringLiteral("user_id")));
            if (presenceUser.isEmpty()) {
                refuseSubscription(connection, name, QStringLiteral("AuthError"),
                                   tr("channel_data must be a JSON object with a user_id"), 400);
                return;
            }
            presenceInfo = data.object().value(QStringLiteral("user_info"));
            if (presenceInfo.isUndefined())
                presenceInfo = QJsonValue(QJsonValue::Null);
        }
    }

    Channel &channel = channelNamed(name);
    connection.channels.append(name);
    if (type == pusher::ChannelType::Presence) {
        connection.presenceUserByChannel.insert(name, presenceUser);
        PresenceEntry &entry = channel.members[presenceUser];
        const bool newMember = entry.connections == 0;
        ++entry.connections;
        entry.info = presenceInfo;
        members.emplace();
        for (auto it = channel.members.cbegin(); it != channel.members.cend(); ++it)
            members->append(pusher::PresenceMember {it.key(), it->info});
        if (newMember) {
            sendMemberEvent(
                channel, &connection, QByteArrayLiteral("pusher_internal:member_added"),
                QJsonObject {{QStringLiteral("user_id"), presenceUser}, {QStringLiteral("user_info"), presenceInfo}});
        }
    }
    channel.subscribers.append(&connection);
    if (m_confirmSubscriptions)
        connection.sendText(pusher::encodeSubscriptionSucceeded(name, members));
    else
        qCInfo(lcSim).noquote() << "fault: not confirming the subscription of" << connection.socketId << "to" << name;
    qCInfo(lcSim).noquote() << connection.socketId << "subscribed to" << name
                            << (channel.binding ? channel.binding->streamId : QStringLiteral("(unbound channel)"));
    Q_EMIT m_context.q->channelSubscribed(connection.socketId, name);
    if (channel.subscribers.size() == 1)
        m_listener->channelActivated(channel);
}

int ChannelHub::publish(const QString &name, const QString &event, QByteArrayView data, const QString &exceptSocketId)
{
    Channel *channel = findChannel(name);
    if (!channel)
        return 0; // nobody subscribed: the event is gone, as on Pusher
    SimulatorStats &counters = m_context.counters;
    const QByteArray frame = channelEventFrame(name, event, data, QString());
    int reached = 0;
    for (ClientConnection *subscriber : std::as_const(channel->subscribers)) {
        if (!exceptSocketId.isEmpty() && subscriber->socketId == exceptSocketId)
            continue;
        if (subscriber->bytesToWrite() > m_context.config.maxBacklogBytes) {
            ++counters.backlogSkips;
            continue;
        }
        subscriber->sendText(frame);
        ++reached;
    }
    counters.framesSent += quint64(reached);
    return reached;
}

void ChannelHub::sendMemberEvent(Channel &channel, const ClientConnection *except, const QByteArray &event,
                                 const QJsonObject &data)
{
    // pusherprotocol has no encoder for member events (a client only decodes them); the frame
    // follows the same server convention: data is a JSON-encoded string.
    QByteArray frame("{\"event\":");
    appendJsonString(frame, QByteArrayView(event));
    frame.append(",\"channel\":");
    appendJsonString(frame, QStringView(channel.name));
    frame.append(",\"data\":");
    appendJsonString(frame, QByteArrayView(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    frame.append('}');
    for (ClientConnection *subscriber : std::as_const(channel.subscribers)) {
        if (subscriber != except)
            subscriber->sendText(frame);
    }
}

void ChannelHub::removeSubscription(ClientConnection &connection, const QString &name)
{
    connection.channels.removeOne(name);
    auto it = m_channels.find(name);
    if (it == m_channels.end())
        return;
    Channel &channel = *it->second;
    channel.subscribers.removeOne(&connection);
    const auto user = connection.presenceUserByChannel.constFind(name);
    if (user != connection.presenceUserByChannel.constEnd()) {
        const QString userId = *user;
        connection.presenceUserByChannel.remove(name);
        auto entry = channel.members.find(userId);
        if (entry != channel.members.end() && --entry->connections <= 0) {
            channel.members.erase(entry);
            sendMemberEvent(channel, &connection, QByteArrayLiteral("pusher_internal:member_removed"),
                            QJsonObject {{QStringLiteral("user_id"), userId}});
        }
    }
    Q_EMIT m_context.q->channelUnsubscribed(connection.socketId, name);
    if (channel.subscribers.isEmpty()) {
        m_listener->channelDeactivated(channel);
        // Bound channels keep their sequence and generator for the next subscriber.
        if (!channel.binding)
            m_channels.erase(it);
    }
}

} // namespace shuriken::sim
