#include "pusherendpoints.h"

#include "channelhub.h"
#include "dto.h"
#include "httpapisignature.h"
#include "pusherprotocol.h"
#include "secretbox.h"
#include "servercontext.h"
#include "simlog.h"
#include "textutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace shuriken::sim {

namespace {

// Pusher's limits on one HTTP API call (https://pusher.com/docs/channels/library_auth_reference/rest-api/).
constexpr qsizetype kMaxTriggerChannels = 100;
constexpr qsizetype kMaxBatchEvents = 10;
constexpr qsizetype kMaxEventNameLength = 200;

bool isSocketId(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || dot == text.size() - 1 || text.size() > 64)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != dot && !text.at(i).isDigit())
            return false;
    }
    return true;
}

QString paramText(const QHash<QByteArray, QByteArray> &params, const char *name)
{
    return QString::fromUtf8(params.value(QByteArray(name)));
}

} // namespace

PusherEndpoints::PusherEndpoints(ServerContext &context, ChannelHub &hub)
    : m_context(context)
    , m_hub(hub)
{ }

std::optional<RestEndpoint> PusherEndpoints::endpointFor(const QByteArray &path)
{
    // pusher-js' defaults and the routes Laravel's Broadcast::routes() registers.
    if (path == "/pusher/auth" || path == "/broadcasting/auth")
        return RestEndpoint::Auth;
    if (path == "/pusher/user-auth" || path == "/broadcasting/user-auth")
        return RestEndpoint::UserAuth;
    if (path.startsWith("/apps/"))
        return RestEndpoint::HttpApi;
    return std::nullopt;
}

HttpResponse PusherEndpoints::handle(const HttpRequest &request, RestEndpoint endpoint)
{
    if (endpoint == RestEndpoint::HttpApi)
        return httpApi(request);
    if (request.method != "POST") {
        HttpResponse response = message(405, tr("%1 expects POST").arg(QString::fromUtf8(request.path)));
        response.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        return response;
    }
    return endpoint == RestEndpoint::UserAuth ? userAuth(request) : channelAuth(request);
}

// ---- responses ------------------------------------------------------------------------------

HttpResponse PusherEndpoints::json(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse PusherEndpoints::message(int status, const QString &text)
{
    // An application backend's error shape (Laravel's JSON errors).
    return json(status, QJsonObject {{QStringLiteral("message"), text}});
}

HttpResponse PusherEndpoints::plain(int status, const QString &text)
{
    // The Pusher HTTP API explains its errors in plain text.
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = text.toUtf8();
    response.body.append('\n');
    return response;
}

// ---- authentication endpoints ---------------------------------------------------------------

PusherEndpoints::Params PusherEndpoints::requestParams(const HttpRequest &request)
{
    // pusher-js posts a form; a backend framework such as Laravel reads a JSON body the same way.
    Params params;
    const QByteArray mime = request.header("content-type").split(';').constFirst().trimmed().toLower();
    if (mime == "application/json") {
        const QJsonObject object = QJsonDocument::fromJson(request.body).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value = it.value();
            const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
            params.insert(it.key().toUtf8(), text.toUtf8());
        }
        return params;
    }
    for (const auto &[name, value] : parseFormUrlEncoded(request.body)) {
        if (!params.contains(name))
            params.insert(name, value);
    }
    return params;
}

std::optional<HttpResponse> PusherEndpoints::checkCsrf(const HttpRequest &request, const Params &params) const
{
    const QByteArray &token = m_context.config.csrfToken;
    if (token.isEmpty())
        return std::nullopt;
    // Laravel's VerifyCsrfToken takes the header or a `_token` field.
    QByteArray given = request.header("x-csrf-token");
    if (given.isEmpty())
        given = params.value(QByteArrayLiteral("_token"));
    if (!given.isEmpty() && constantTimeEquals(QByteArrayView(given), QByteArrayView(token)))
        return std::nullopt;
    qCInfo(lcSim).noquote() << "refused" << request.path << "without the CSRF token";
    // What a Laravel backend answers: its "Page Expired" page, not JSON, which is what makes a
    // client's error report confusing in practice.
    const QString title = tr("Page Expired");
    HttpResponse response;
    response.status = 419;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    response.body
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                         "<body><div class=\"code\">419</div><div class=\"message\">%1</div></body>\n</html>\n")
              .arg(title.toHtmlEscaped())
              .toUtf8();
    return response;
}

QString PusherEndpoints::presenceChannelData(const QString &userId) const
{
    const QJsonObject channelData {
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("user_info"), QJsonObject {{QStringLiteral("name"), m_context.config.userName}}},
    };
    return QString::fromUtf8(QJsonDocument(channelData).toJson(QJsonDocument::Compact));
}

HttpResponse PusherEndpoints::channelAuth(const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    const Params params = requestParams(request);
    if (auto refused = checkCsrf(request, params))
        return *refused;
    const QString socketId = paramText(params, "socket_id");
    const QString channel = paramText(params, "channel_name");
    if (socketId.isEmpty() || channel.isEmpty())
        return message(400, tr("socket_id and channel_name are required"));
    if (!isSocketId(socketId))
        return message(400, tr("socket_id \"%1\" is not a Pusher socket id").arg(socketId.left(64)));
    if (!pusher::isValidChannelName(channel))
        return message(400, tr("\"%1\" is not a valid channel name").arg(channel.left(200)));
    for (const QString &prefix : config.forbiddenChannelPrefixes) {
        if (!prefix.isEmpty() && channel.startsWith(prefix)) {
            qCInfo(lcSim).noquote() << "refused channel auth for" << channel;
            return message(403, tr("This user may not join channel %1").arg(channel));
        }
    }

    ChannelAuth auth;
    const auto type = pusher::channelType(channel);
    if (type == pusher::ChannelType::Presence) {
        // A user_id field lets one test be two members.
        const QString userId = params.contains("user_id") ? paramText(params, "user_id") : config.userId;
        auth.channelData = presenceChannelData(userId);
    } else if (type == pusher::ChannelType::PrivateEncrypted) {
        if (config.encryptionMasterKey.size() != pusher::kSecretBoxKeyBytes)
            return message(500, tr("The encryption master key must be %1 bytes").arg(pusher::kSecretBoxKeyBytes));
        auth.sharedSecret
            = QString::fromLatin1(pusher::encryptedChannelSecret(channel, config.encryptionMasterKey).toBase64());
    }
    // Server libraries sign whatever they are asked to; only presence adds channel_data.
    auth.auth
        = pusher::signChannel(config.effectiveAppKey(), config.appSecret.toUtf8(), socketId, channel, auth.channelData);
    return json(200, auth.toJson());
}

HttpResponse PusherEndpoints::userAuth(const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    const Params params = requestParams(request);
    if (auto refused = checkCsrf(request, params))
        return *refused;
    const QString socketId = paramText(params, "socket_id");
    if (socketId.isEmpty())
        return message(400, tr("socket_id is required"));
    if (!isSocketId(socketId))
        return message(400, tr("socket_id \"%1\" is not a Pusher socket id").arg(socketId.left(64)));
    const QString userId = params.contains("user_id") ? paramText(params, "user_id") : config.userId;
    const QJsonObject user {
        {QStringLiteral("id"), userId},
        {QStringLiteral("user_info"), QJsonObject {{QStringLiteral("name"), config.userName}}},
    };
    const QString userData = QString::fromUtf8(QJsonDocument(user).toJson(QJsonDocument::Compact));
    return json(
        200,
        QJsonObject {
            {QStringLiteral("auth"),
             pusher::signUserAuthentication(config.effectiveAppKey(), config.appSecret.toUtf8(), socketId, userData)},
            {QStringLiteral("user_data"), userData},
        });
}

// ---- HTTP API -------------------------------------------------------------------------------

HttpResponse PusherEndpoints::httpApi(const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    // /apps/<appId>/<resource>[/<channel>[/users]]
    const QStringList parts = QString::fromUtf8(request.path).split(u'/');
    if (parts.size() < 4 || parts.at(2) != config.appId)
        return plain(404, tr("Unknown app: %1").arg(parts.value(2).left(64)));
    const QString resource = parts.at(3);
    const QStringList rest = parts.mid(4);
    QByteArray method;
    if ((resource == QLatin1String("events") || resource == QLatin1String("batch_events")) && rest.isEmpty())
        method = QByteArrayLiteral("POST");
    else if (resource == QLatin1String("channels") && rest.size() <= 2
             && (rest.size() < 2 || rest.at(1) == QLatin1String("users")))
        method = QByteArrayLiteral("GET");
    else
        return plain(404, tr("No such HTTP API resource: %1").arg(QString::fromUtf8(request.path).left(200)));
    if (request.method != method) {
        HttpResponse response
            = plain(405, tr("%1 expects %2").arg(QString::fromUtf8(request.path), QString::fromLatin1(method)));
        response.headers.append({QByteArrayLiteral("Allow"), method});
        return response;
    }

    const QUrlQuery query(QString::fromUtf8(request.query));
    const pusher::HttpApiCheck check
        = pusher::verifyHttpApiRequest(request.method, QString::fromUtf8(request.path), query, request.body,
                                       config.effectiveAppKey(), config.appSecret.toUtf8(), m_context.nowMs() / 1000);
    if (!check.ok) {
        qCInfo(lcSim).noquote() << "refused" << request.method << request.path << ":" << check.error;
        return plain(check.status, check.error);
    }

    if (resource == QLatin1String("events"))
        return triggerEvents(request.body);
    if (resource == QLatin1String("batch_events"))
        return batchEvents(request.body);
    if (rest.isEmpty())
        return listChannels(query);
    if (rest.size() == 1)
        return channelInfo(rest.constFirst(), query);
    return channelUsers(rest.constFirst());
}

std::optional<QStringList> PusherEndpoints::parseInfo(const QJsonValue &value, HttpResponse *error) const
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isString()) {
        *error = plain(400, tr("info must be a comma-separated string"));
        return std::nullopt;
    }
    const QStringList info = value.toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &attribute : info) {
        if (attribute != QLatin1String("subscription_count") && attribute != QLatin1String("user_count")) {
            *error = plain(400, tr("Unknown info attribute: %1").arg(attribute.left(64)));
            return std::nullopt;
        }
    }
    return info;
}

std::optional<PusherEndpoints::Trigger> PusherEndpoints::parseTrigger(const QJsonObject &object, bool batchItem,
                                                                      HttpResponse *error) const
{
    Trigger trigger;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().isEmpty()) {
        *error = plain(400, tr("name is required and must be a string"));
        return std::nullopt;
    }
    trigger.name = name.toString();
    if (trigger.name.size() > kMaxEventNameLength) {
        *error = plain(400, tr("Event name is too long (%1 characters at most)").arg(kMaxEventNameLength));
        return std::nullopt;
    }
    const QJsonValue data = object.value(QStringLiteral("data"));
    if (!data.isString()) {
        *error = plain(400, tr("data is required and must be a string (JSON-encode objects first)"));
        return std::nullopt;
    }
    trigger.data = data.toString().toUtf8();
    if (trigger.data.size() > kMaxEventDataBytes) {
        *error = plain(
            413, tr("The data content of this event exceeds the allowed maximum (%1 bytes)").arg(kMaxEventDataBytes));
        return std::nullopt;
    }

    const QJsonValue channel = object.value(QStringLiteral("channel"));
    const QJsonValue channels = object.value(QStringLiteral("channels"));
    if (channel.isString()) {
        trigger.channels.append(channel.toString());
    } else if (!batchItem && channels.isArray()) {
        for (const QJsonValue &entry : channels.toArray())
            trigger.channels.append(entry.isString() ? entry.toString() : QString());
    } else {
        *error = plain(
            400, batchItem ? tr("Each batch event needs a channel") : tr("channels (an array) or channel is required"));
        return std::nullopt;
    }
    if (trigger.channels.isEmpty() || trigger.channels.size() > kMaxTriggerChannels) {
        *error = plain(400, tr("An event goes to 1 to %1 channels").arg(kMaxTriggerChannels));
        return std::nullopt;
    }
    for (const QString &target : std::as_const(trigger.channels)) {
        if (!pusher::isValidChannelName(target)) {
            *error = plain(400, tr("Invalid channel name: \"%1\"").arg(target.left(200)));
            return std::nullopt;
        }
    }

    const QJsonValue socketId = object.value(QStringLiteral("socket_id"));
    if (!socketId.isUndefined() && !socketId.isNull()) {
        if (!socketId.isString() || !isSocketId(socketId.toString())) {
            *error = plain(400, tr("socket_id must be a Pusher socket id"));
            return std::nullopt;
        }
        trigger.socketId = socketId.toString();
    }
    const auto info = parseInfo(object.value(QStringLiteral("info")), error);
    if (!info)
        return std::nullopt;
    trigger.info = *info;
    return trigger;
}

int PusherEndpoints::deliver(const Trigger &trigger)
{
    int reached = 0;
    for (const QString &channel : trigger.channels) {
        // Data on private-encrypted channels was sealed by the server library: forward it as is.
        reached += m_hub.publish(channel, trigger.name, trigger.data, trigger.socketId);
        ++m_context.counters.eventsTriggered;
    }
    qCDebug(lcSim).noquote() << "HTTP API:" << trigger.name << "on" << trigger.channels.join(u',') << "to" << reached
                             << "subscribers";
    return reached;
}

QJsonObject PusherEndpoints::channelAttributes(const QString &channel, const QStringList &info) const
{
    const Channel *found = m_hub.findChannel(channel);
    QJsonObject attributes;
    if (info.contains(QLatin1String("subscription_count")))
        attributes.insert(QStringLiteral("subscription_count"), found ? int(found->subscribers.size()) : 0);
    if (info.contains(QLatin1String("user_count")) && pusher::channelType(channel) == pusher::ChannelType::Presence)
        attributes.insert(QStringLiteral("user_count"), found ? int(found->members.size()) : 0);
    return attributes;
}

HttpResponse PusherEndpoints::triggerEvents(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return plain(400, tr("The request body must be a JSON object"));
    HttpResponse error;
    const auto trigger = parseTrigger(document.object(), false, &error);
    if (!trigger)
        return error;
    deliver(*trigger);
    if (trigger->info.isEmpty())
        return json(200, QJsonObject());
    QJsonObject channels;
    for (const QString &channel : trigger->channels)
        channels.insert(channel, channelAttributes(channel, trigger->info));
    return json(200, QJsonObject {{QStringLiteral("channels"), channels}});
}

HttpResponse PusherEndpoints::batchEvents(const QByteArray &body)
{
    const QJsonValue batch = QJsonDocument::fromJson(body).object().value(QStringLiteral("batch"));
    if (!batch.isArray() || batch.toArray().isEmpty())
        return plain(400, tr("The request body must be {\"batch\": [events]}"));
    const QJsonArray events = batch.toArray();
    if (events.size() > kMaxBatchEvents)
        return plain(400, tr("A batch holds at most %1 events").arg(kMaxBatchEvents));
    // Every event is checked before any is sent: a bad batch publishes nothing.
    QList<Trigger> triggers;
    bool anyInfo = false;
    for (const QJsonValue &event : events) {
        HttpResponse error;
        const auto trigger = event.isObject() ? parseTrigger(event.toObject(), true, &error) : std::nullopt;
        if (!trigger)
            return event.isObject() ? error : plain(400, tr("Each batch event must be an object"));
        anyInfo = anyInfo || !trigger->info.isEmpty();
        triggers.append(*trigger);
    }
    QJsonArray attributes;
    for (const Trigger &trigger : std::as_const(triggers)) {
        deliver(trigger);
        attributes.append(channelAttributes(trigger.channels.constFirst(), trigger.info));
    }
    if (!anyInfo)
        return json(200, QJsonObject());
    return json(200, QJsonObject {{QStringLiteral("batch"), attributes}});
}

HttpResponse PusherEndpoints::listChannels(const QUrlQuery &query)
{
    const QString prefix = query.queryItemValue(QStringLiteral("filter_by_prefix"), QUrl::FullyDecoded);
    HttpResponse error;
    const auto info = parseInfo(query.hasQueryItem(QStringLiteral("info"))
                                    ? QJsonValue(query.queryItemValue(QStringLiteral("info"), QUrl::FullyDecoded))
                                    : QJsonValue(),
                                &error);
    if (!info)
        return error;
    if (info->contains(QLatin1String("user_count")) && !prefix.startsWith(QLatin1String("presence-")))
        return plain(400, tr("user_count is only available with filter_by_prefix=presence-"));
    QJsonObject channels;
    for (const auto &[name, channel] : m_hub.channels()) {
        if (channel->subscribers.isEmpty() || !name.startsWith(prefix))
            continue;
        channels.insert(name, channelAttributes(name, *info));
    }
    return json(200, QJsonObject {{QStringLiteral("channels"), channels}});
}

HttpResponse PusherEndpoints::channelInfo(const QString &channel, const QUrlQuery &query)
{
    if (!pusher::isValidChannelName(channel))
        return plain(400, tr("Invalid channel name: \"%1\"").arg(channel.left(200)));
    HttpResponse error;
    const auto info = parseInfo(query.hasQueryItem(QStringLiteral("info"))
                                    ? QJsonValue(query.queryItemValue(QStringLiteral("info"), QUrl::FullyDecoded))
                                    : QJsonValue(),
                                &error);
    if (!info)
        return error;
    if (info->contains(QLatin1String("user_count")) && pusher::channelType(channel) != pusher::ChannelType::Presence)
        return plain(400, tr("user_count is only available for presence channels"));
    const Channel *found = m_hub.findChannel(channel);
    QJsonObject body = channelAttributes(channel, *info);
    body.insert(QStringLiteral("occupied"), found && !found->subscribers.isEmpty());
    return json(200, body);
}

HttpResponse PusherEndpoints::channelUsers(const QString &channel)
{
    if (pusher::channelType(channel) != pusher::ChannelType::Presence)
        return plain(400, tr("Users are only listed for presence channels"));
    QJsonArray users;
    if (const Channel *found = m_hub.findChannel(channel)) {
        for (auto it = found->members.cbegin(); it != found->members.cend(); ++it)
            users.append(QJsonObject {{QStringLiteral("id"), it.key()}});
    }
    return json(200, QJsonObject {{QStringLiteral("users"), users}});
}

} // namespace shuriken::sim
