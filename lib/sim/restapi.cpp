#include "restapi.h"

#include "apipaths.h"
#include "channelhub.h"
#include "channelnames.h"
#include "clientconnection.h"
#include "faultinjector.h"
#include "identifiers.h"
#include "marketmodel.h"
#include "pusherprotocol.h"
#include "servercontext.h"
#include "simlog.h"
#include "textutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace shuriken::sim {

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isSocketId(const QByteArray &text)
{
    const qsizetype dot = text.indexOf('.');
    if (dot <= 0 || dot == text.size() - 1 || text.size() > 64)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i != dot && (text[i] < '0' || text[i] > '9'))
            return false;
    }
    return true;
}

} // namespace

RestApi::RestApi(ServerContext &context, ChannelHub &hub, FaultInjector &faults)
    : m_context(context)
    , m_hub(hub)
    , m_faults(faults)
    , m_catalog(StreamCatalog::builtIn())
    , m_pusherEndpoints(context, hub)
{ }

std::optional<RestEndpoint> RestApi::endpointFor(const QByteArray &path) const
{
    // A plain Pusher server has none of the Shuriken endpoints, and the Shuriken service none of
    // a Pusher application's.
    if (m_context.config.genericPusher)
        return PusherEndpoints::endpointFor(path);
    if (path == apipaths::kSession)
        return RestEndpoint::Session;
    if (path == apipaths::kAuth)
        return RestEndpoint::Auth;
    if (path == apipaths::kStreams || path == apipaths::kCatalogAlias)
        return RestEndpoint::Streams;
    return std::nullopt;
}

QString RestApi::nextRequestId()
{
    return QStringLiteral("req_sim_%1").arg(m_context.idRandom.next() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

HttpResponse RestApi::jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = compactJson(body);
    const QJsonValue requestId = body.value(QStringLiteral("requestId"));
    if (requestId.isString())
        response.headers.append({QByteArrayLiteral("X-Request-Id"), requestId.toString().toUtf8()});
    return response;
}

HttpResponse RestApi::errorResponse(int status, const QString &code, const QString &message, const QJsonValue &details)
{
    const QJsonObject error {
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("details"), details},
    };
    return jsonResponse(status,
                        QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("requestId"), nextRequestId()}});
}

HttpResponse RestApi::plainResponse(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = text;
    return response;
}

std::optional<HttpResponse> RestApi::checkBearer(const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    if (config.apiKey.isEmpty())
        return std::nullopt;
    const QByteArray header = request.header("authorization");
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const bool hasBearer
        = header.size() > prefix.size() && header.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
    if (hasBearer && constantTimeEquals(header.mid(prefix.size()).trimmed(), config.apiKey.toUtf8()))
        return std::nullopt;
    qCInfo(lcSim).noquote() << "rejected" << request.method << request.path << "with key"
                            << (hasBearer ? redactSecret(QString::fromUtf8(header.mid(prefix.size()).trimmed()))
                                          : QStringLiteral("(no Bearer)"));
    return errorResponse(401, QStringLiteral("UNAUTHORIZED"), tr("Invalid or expired API key"));
}

HttpResponse RestApi::faultResponse(const RestFault &fault)
{
    const auto [code, message] = FaultInjector::restError(fault.status);
    HttpResponse response = errorResponse(fault.status, code, message);
    if (fault.retryAfterSeconds)
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*fault.retryAfterSeconds)});
    return response;
}

HttpResponse RestApi::route(ClientConnection &connection, const HttpRequest &request)
{
    const auto endpoint = endpointFor(request.path);
    if (m_context.config.genericPusher) {
        if (endpoint)
            return m_pusherEndpoints.handle(request, *endpoint);
        return plainResponse(404, tr("Not found: %1").arg(QString::fromUtf8(request.path.left(200))).toUtf8());
    }
    if (!endpoint) {
        return errorResponse(
            404, QStringLiteral("NOT_FOUND"),
            tr("No endpoint %1 %2").arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)));
    }
    const QByteArray expectedMethod
        = *endpoint == RestEndpoint::Streams ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    if (request.method != expectedMethod) {
        HttpResponse response = errorResponse(
            405, QStringLiteral("METHOD_NOT_ALLOWED"),
            tr("%1 expects %2").arg(QString::fromUtf8(request.path), QString::fromLatin1(expectedMethod)));
        response.headers.append({QByteArrayLiteral("Allow"), expectedMethod});
        return response;
    }
    if (auto rejected = checkBearer(request))
        return *rejected;
    switch (*endpoint) {
    case RestEndpoint::Session:
        return handleSession(connection, request);
    case RestEndpoint::Auth:
        return handleAuth(request);
    case RestEndpoint::Streams:
        return handleStreams(request);
    case RestEndpoint::UserAuth:
    case RestEndpoint::HttpApi:
        break; // generic mode only, answered above
    }
    return errorResponse(500, QStringLiteral("INTERNAL_ERROR"), tr("Unrouted endpoint"));
}

QString RestApi::validateFilter(const StreamDescriptor &stream, const StreamFilter &filter) const
{
    for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
        const bool known = std::any_of(stream.filters.cbegin(), stream.filters.cend(),
                                       [&](const FilterDescriptor &f) { return f.name == it.key(); });
        if (!known)
            return tr("Stream %1 has no filter \"%2\"").arg(stream.id, it.key());
    }
    for (const auto &descriptor : stream.filters) {
        const QString value = filter.value(descriptor.name);
        if (value.trimmed().isEmpty()) {
            if (descriptor.required)
                return tr("Stream %1 requires the filter \"%2\"").arg(stream.id, descriptor.name);
            continue;
        }
        const QByteArray utf8 = value.toUtf8();
        if (descriptor.name == QLatin1String("chainId")) {
            bool ok = false;
            const quint64 chainId = value.toULongLong(&ok);
            if (!ok || MarketModel::networkForChainId(chainId).isEmpty()) {
                QStringList supported;
                for (quint64 id : MarketModel::supportedChainIds())
                    supported.append(QString::number(id));
                return tr("chainId \"%1\" is not a supported chain (supported: %2)")
                    .arg(value, supported.join(QStringLiteral(", ")));
            }
        } else if (descriptor.name == QLatin1String("tokenAddress")
                   || descriptor.name == QLatin1String("walletAddress")) {
            if (stream.streamNamespace() == QLatin1String("evm")) {
                if (!isEvmAddress(utf8))
                    return tr("%1 \"%2\" is not an EVM address (0x and 40 hex digits)").arg(descriptor.name, value);
            } else if (!isBase58(utf8) || utf8.size() < 32 || utf8.size() > 44) {
                return tr("%1 \"%2\" is not a Solana address (32 to 44 base58 characters)").arg(descriptor.name, value);
            }
        } else if (value.size() > 128) {
            return tr("%1 is longer than 128 characters").arg(descriptor.name);
        }
    }
    return {};
}

HttpResponse RestApi::handleSession(ClientConnection &connection, const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return errorResponse(400, QStringLiteral("INVALID_PARAMS"),
                             tr("The request body must be a JSON object: %1")
                                 .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : tr("got another JSON value")));
    }
    const QJsonValue list = document.object().value(QStringLiteral("subscriptions"));
    if (!list.isArray()) {
        return errorResponse(400, QStringLiteral("INVALID_PARAMS"), tr("\"subscriptions\" must be an array"),
                             QJsonObject {{QStringLiteral("field"), QStringLiteral("subscriptions")}});
    }

    Session session;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        const auto subscription = SubscriptionRequest::fromJson(array.at(i), &problem);
        QJsonObject details {{QStringLiteral("index"), int(i)}};
        if (!subscription) {
            return errorResponse(400, QStringLiteral("INVALID_PARAMS"), tr("subscriptions[%1]: %2").arg(i).arg(problem),
                                 details);
        }
        details.insert(QStringLiteral("stream"), subscription->stream);
        const StreamDescriptor *stream = m_catalog.find(subscription->stream);
        if (!stream) {
            return errorResponse(400, QStringLiteral("INVALID_PARAMS"),
                                 tr("Unknown stream \"%1\"").arg(subscription->stream), details);
        }
        problem = validateFilter(*stream, subscription->filter);
        if (!problem.isEmpty())
            return errorResponse(400, QStringLiteral("INVALID_PARAMS"), problem, details);

        ChannelBinding binding;
        binding.streamId = stream->id;
        binding.filter = subscription->filter;
        binding.ownerUserId = config.userId;
        binding.event = stream->event;
        binding.visibility = stream->visibility;
        const QString channel = channelNameFor(*stream, subscription->filter, config.userId, config.epoch);
        m_hub.bind(channel, binding);

        ResolvedSubscription resolved;
        resolved.stream = stream->id;
        resolved.channel = channel;
        resolved.event = stream->event;
        resolved.visibility = stream->visibility;
        resolved.payloadFormat = stream->payloadFormat;
        resolved.payloadSchemaId = stream->payloadSchemaId;
        session.subscriptions.append(resolved);
    }

    session.connection.provider = QStringLiteral("sim");
    session.connection.appKey = config.effectiveAppKey();
    session.connection.wsHost = m_context.hostForClients(&connection);
    session.connection.wsPort = m_context.port;
    session.connection.forceTls = false;
    if (config.relativeAuthEndpoint) {
        session.connection.authEndpoint = QUrl(QString::fromLatin1(apipaths::kAuth));
    } else {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(session.connection.wsHost);
        url.setPort(m_context.port);
        url.setPath(QString::fromLatin1(apipaths::kAuth));
        session.connection.authEndpoint = url;
    }
    session.recommendedReconnectBackoffMs = config.reconnectBackoffMs;

    if (!config.wrapSessionInData)
        return jsonResponse(200, session.toJson());
    return jsonResponse(
        200, QJsonObject {{QStringLiteral("data"), session.toJson()}, {QStringLiteral("requestId"), nextRequestId()}});
}

HttpResponse RestApi::handleStreams(const HttpRequest &request)
{
    Q_UNUSED(request)
    return jsonResponse(
        200,
        QJsonObject {{QStringLiteral("data"), m_catalog.toJson()}, {QStringLiteral("requestId"), nextRequestId()}});
}

HttpResponse RestApi::handleAuth(const HttpRequest &request)
{
    const SimulatorConfig &config = m_context.config;
    // Like the real service's form extractor: anything but a form body is refused with a plain
    // text error (the Rust SDK learned this by sending JSON, PROTOCOL.md 1.4).
    const QByteArray mime = request.header("content-type").split(';').constFirst().trimmed().toLower();
    if (mime != "application/x-www-form-urlencoded") {
        return plainResponse(400,
                             QByteArrayLiteral("Failed to deserialize form body: expected request with "
                                               "`Content-Type: application/x-www-form-urlencoded`"));
    }
    QByteArray socketId;
    QByteArray channelName;
    bool haveSocketId = false;
    bool haveChannel = false;
    for (const auto &[name, value] : parseFormUrlEncoded(request.body)) {
        if (name == "socket_id" && !haveSocketId) {
            socketId = value;
            haveSocketId = true;
        } else if (name == "channel_name" && !haveChannel) {
            channelName = value;
            haveChannel = true;
        }
    }
    if (!haveSocketId)
        return plainResponse(400, QByteArrayLiteral("Failed to deserialize form body: missing field `socket_id`"));
    if (!haveChannel)
        return plainResponse(400, QByteArrayLiteral("Failed to deserialize form body: missing field `channel_name`"));
    if (!isSocketId(socketId)) {
        return errorResponse(400, QStringLiteral("INVALID_PARAMS"),
                             tr("socket_id \"%1\" is not a Pusher socket id").arg(QString::fromUtf8(socketId)));
    }
    const QString channel = QString::fromUtf8(channelName);
    const auto type = pusher::channelType(channel);
    if (type == pusher::ChannelType::Public) {
        return errorResponse(400, QStringLiteral("INVALID_PARAMS"),
                             tr("Channel \"%1\" is public and needs no authorization").arg(channel));
    }
    if (type == pusher::ChannelType::PrivateEncrypted) {
        return errorResponse(400, QStringLiteral("INVALID_PARAMS"),
                             tr("Encrypted channels are not supported (\"%1\")").arg(channel));
    }
    const ChannelBinding *binding = m_hub.binding(channel);
    if (!binding || binding->ownerUserId != config.userId) {
        qCInfo(lcSim).noquote() << "refused channel auth for" << channel;
        return errorResponse(403, QStringLiteral("FORBIDDEN"),
                             tr("This API key may not join channel \"%1\"").arg(channel),
                             QJsonObject {{QStringLiteral("channel"), channel}});
    }

    ChannelAuth auth;
    const QString socket = QString::fromLatin1(socketId);
    if (type == pusher::ChannelType::Presence) {
        const QJsonObject channelData {
            {QStringLiteral("user_id"), config.userId},
            {QStringLiteral("user_info"), QJsonObject {{QStringLiteral("name"), config.userName}}},
        };
        auth.channelData = QString::fromUtf8(compactJson(channelData));
    }
    auth.auth
        = pusher::signChannel(config.effectiveAppKey(), config.appSecret.toUtf8(), socket, channel, auth.channelData);
    return jsonResponse(200, auth.toJson());
}

void RestApi::respond(ClientConnection &connection, const HttpRequest &request, const HttpResponse &response,
                      std::optional<RestEndpoint> endpoint)
{
    const bool keepAlive = request.keepAlive();
    const QString method = QString::fromUtf8(request.method);
    const QString path = QString::fromUtf8(request.path);
    auto send = [this, method, path, response, keepAlive](ClientConnection &target) {
        target.sendHttpResponse(response, keepAlive);
        ++m_context.counters.restResponsesByStatus[response.status];
        qCDebug(lcSim).noquote() << method << path << "->" << response.status;
        Q_EMIT m_context.q->restRequestHandled(method, path, response.status);
    };
    const int delay = m_faults.restDelayFor(endpoint);
    if (delay <= 0) {
        send(connection);
        return;
    }
    connection.holdRequests();
    ClientConnection *target = &connection;
    // The connection is the timer's context: a client that hangs up cancels the answer.
    QTimer::singleShot(delay, target, [target, send] { send(*target); });
}

void RestApi::handle(ClientConnection &connection, const HttpRequest &request)
{
    ++m_context.counters.restRequests;
    const auto endpoint = endpointFor(request.path);
    if (request.method == "OPTIONS") {
        // CORS preflight, so a browser page can use the simulator.
        HttpResponse response;
        response.status = 204;
        response.contentType.clear();
        response.headers = {
            {QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, OPTIONS")},
            {QByteArrayLiteral("Access-Control-Allow-Headers"),
             QByteArrayLiteral("Authorization, Content-Type, X-CSRF-TOKEN, X-Requested-With")},
            {QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600")},
        };
        respond(connection, request, response, std::nullopt);
        return;
    }
    if (endpoint) {
        if (const auto fault = m_faults.takeRestFault(*endpoint)) {
            qCInfo(lcSim).noquote() << "fault: answering" << request.method << request.path << "with" << fault->status;
            respond(connection, request, faultResponse(*fault), endpoint);
            return;
        }
    }
    respond(connection, request, route(connection, request), endpoint);
}

bool RestApi::refuseUpgrade(ClientConnection &connection, const HttpRequest &request)
{
    if (!request.path.startsWith("/app/")) {
        HttpRequest closing = request;
        closing.headers.append({QByteArrayLiteral("connection"), QByteArrayLiteral("close")});
        respond(
            connection, closing,
            errorResponse(404, QStringLiteral("NOT_FOUND"),
                          tr("No WebSocket endpoint at %1; use /app/<appKey>").arg(QString::fromUtf8(request.path))),
            std::nullopt);
        return true;
    }
    if (request.header("sec-websocket-version") != "13" || request.header("sec-websocket-key").isEmpty()) {
        HttpResponse response = plainResponse(426, QByteArrayLiteral("WebSocket version 13 required"));
        response.headers.append({QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13")});
        HttpRequest closing = request;
        closing.headers.append({QByteArrayLiteral("connection"), QByteArrayLiteral("close")});
        respond(connection, closing, response, std::nullopt);
        return true;
    }

    return false;
}

} // namespace shuriken::sim
