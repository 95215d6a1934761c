#include "simulatorserver.h"

#include "channelnames.h"
#include "clientconnection.h"
#include "dto.h"
#include "eventgenerator.h"
#include "identifiers.h"
#include "marketmodel.h"
#include "pusherprotocol.h"
#include "randomsource.h"
#include "simlog.h"
#include "websocketframing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <charconv>
#include <map>

namespace shuriken::sim {

namespace {

// Firehose: a pool of pre-generated swaps (the generator is not what is being measured) and
// frames written in batches, so one socket write carries a few hundred events.
constexpr int kFirehosePoolSize = 1024;
constexpr quint64 kFirehoseBatch = 256;
constexpr qsizetype kHugeFrameBytes = 10 * 1024 * 1024;

QString swapsStreamId()
{
    return QStringLiteral("svm.token.swaps");
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = char(difference | (a[i] ^ b[i]));
    return difference == 0;
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

struct ChannelBinding
{
    QString streamId;
    StreamFilter filter;
    QString ownerUserId;
    QString event;
    Visibility visibility = Visibility::Public;
};

struct PresenceEntry
{
    QJsonValue info;
    int connections = 0;
};

/// A channel known to the server: bound to a (stream, filter) by the session endpoint, or an
/// unknown public channel somebody subscribed to (which stays silent, as on real Pusher).
struct Channel
{
    QString name;
    QString event = QStringLiteral("update");
    std::optional<ChannelBinding> binding;
    std::unique_ptr<EventGenerator> generator;
    quint64 seq = 0; // of the last event published
    QList<ClientConnection *> subscribers;
    QMap<QString, PresenceEntry> members;
    // Rate schedule since the channel's latest activation.
    qint64 activeSinceMs = 0;
    qint64 emittedSinceActive = 0;
    // Firehose state.
    bool firehoseActive = false;
    quint64 firehoseRemaining = 0;
    quint64 firehoseSent = 0;
    QByteArray firehosePrefix;
    QList<QByteArray> firehoseSuffixes;
    qsizetype firehoseNext = 0;
};

} // namespace

std::optional<MalformedFrame> malformedFrameFromName(const QString &name)
{
    if (name == QLatin1String("invalid-json"))
        return MalformedFrame::InvalidJson;
    if (name == QLatin1String("data-not-string"))
        return MalformedFrame::DataNotString;
    if (name == QLatin1String("missing-event"))
        return MalformedFrame::MissingEvent;
    if (name == QLatin1String("huge"))
        return MalformedFrame::Huge;
    if (name == QLatin1String("invalid-utf8"))
        return MalformedFrame::InvalidUtf8;
    return std::nullopt;
}

QString malformedFrameName(MalformedFrame kind)
{
    switch (kind) {
    case MalformedFrame::InvalidJson:
        return QStringLiteral("invalid-json");
    case MalformedFrame::DataNotString:
        return QStringLiteral("data-not-string");
    case MalformedFrame::MissingEvent:
        return QStringLiteral("missing-event");
    case MalformedFrame::Huge:
        return QStringLiteral("huge");
    case MalformedFrame::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    }
    return {};
}

class SimulatorServer::Private final : public ConnectionHandler
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorServer)

public:
    Private(SimulatorServer *owner, const SimulatorConfig &simConfig)
        : q(owner)
        , config(simConfig)
        , catalog(StreamCatalog::builtIn())
        , market(simConfig.seed)
        , idRandom(mixSeed(simConfig.seed, 0x51dc0de5ULL))
    {
        tickTimer.setInterval(std::max(1, config.tickIntervalMs));
        QObject::connect(&tickTimer, &QTimer::timeout, q, [this] { tick(); });
        uptime.start();
    }

    ~Private() override { shutdownConnections(); }

    // ---- ConnectionHandler -----------------------------------------------------------------
    void httpRequestReceived(ClientConnection &connection, HttpRequest request) override;
    void webSocketMessageReceived(ClientConnection &connection, const QByteArray &text) override;
    void pongTimedOut(ClientConnection &connection) override;
    void idleTimedOut(ClientConnection &connection) override;
    void drained(ClientConnection &connection) override;
    void connectionClosed(ClientConnection &connection) override;

    // ---- lifecycle -------------------------------------------------------------------------
    bool listen(quint16 port);
    void acceptConnections();
    void shutdownConnections();
    qint64 nowMs() const { return config.clock ? config.clock() : QDateTime::currentMSecsSinceEpoch(); }
    QString hostForClients(const ClientConnection *connection) const;

    // ---- REST ------------------------------------------------------------------------------
    std::optional<RestEndpoint> endpointFor(const QByteArray &path) const;
    QString nextRequestId();
    HttpResponse jsonResponse(int status, const QJsonObject &body);
    HttpResponse errorResponse(int status, const QString &code, const QString &message,
                               const QJsonValue &details = QJsonValue(QJsonValue::Null));
    HttpResponse plainResponse(int status, const QByteArray &text);
    std::optional<HttpResponse> checkBearer(const HttpRequest &request);
    std::optional<RestFault> takeFault(RestEndpoint endpoint);
    HttpResponse faultResponse(const RestFault &fault);
    HttpResponse route(ClientConnection &connection, const HttpRequest &request);
    HttpResponse handleSession(ClientConnection &connection, const HttpRequest &request);
    HttpResponse handleStreams(const HttpRequest &request);
    HttpResponse handleAuth(const HttpRequest &request);
    QString validateFilter(const StreamDescriptor &stream, const StreamFilter &filter) const;
    void respond(ClientConnection &connection, const HttpRequest &request, const HttpResponse &response,
                 std::optional<RestEndpoint> endpoint);
    void handleUpgrade(ClientConnection &connection, const HttpRequest &request);

    // ---- Pusher ----------------------------------------------------------------------------
    QString newSocketId();
    void handleSubscribe(ClientConnection &connection, const pusher::Subscribe &subscribe);
    void refuseSubscription(ClientConnection &connection, const QString &channel, const QString &type,
                            const QString &error, int status);
    void removeSubscription(ClientConnection &connection, const QString &channel);
    Channel &channelNamed(const QString &name);
    void sendMemberEvent(Channel &channel, const ClientConnection *except, const QByteArray &event,
                         const QJsonObject &data);
    QList<ClientConnection *> webSocketConnections() const;

    // ---- publishing ------------------------------------------------------------------------
    bool usesFirehose(const Channel &channel) const;
    void activate(Channel &channel);
    void tick();
    void publish(Channel &channel);
    void startFirehose(Channel &channel);
    void pumpFirehose(Channel &channel);

    SimulatorServer *q;
    SimulatorConfig config;
    StreamCatalog catalog;
    MarketModel market;
    QTcpServer *tcpServer = nullptr;
    quint16 port = 0;
    QString errorString;
    QHash<quint64, ClientConnection *> connections;
    quint64 nextConnectionId = 1;
    std::map<QString, std::unique_ptr<Channel>> channels;
    QHash<QString, ChannelBinding> bindings;
    QSet<QString> socketIdsInUse;
    RandomSource idRandom;
    QTimer tickTimer;
    QElapsedTimer uptime;
    SimulatorStats counters;
    quint64 bytesSentByClosedConnections = 0;
    bool pongsEnabled = true;
    bool subscribeConfirmations = true;
    QList<RestFault> restFaults;
    int restDelayMs = 0;
    RestEndpoints restDelayEndpoints = kAllRestEndpoints;
    QByteArray firehoseBatch;
};

// ---- lifecycle ------------------------------------------------------------------------------

bool SimulatorServer::Private::listen(quint16 requestedPort)
{
    if (!tcpServer) {
        tcpServer = new QTcpServer(q);
        QObject::connect(tcpServer, &QTcpServer::newConnection, q, [this] { acceptConnections(); });
    }
    if (!tcpServer->listen(config.bindAddress, requestedPort)) {
        errorString = tr("Cannot listen on %1:%2: %3")
                          .arg(config.bindAddress.toString())
                          .arg(requestedPort)
                          .arg(tcpServer->errorString());
        qCWarning(lcSim).noquote() << errorString;
        return false;
    }
    port = tcpServer->serverPort();
    errorString.clear();
    return true;
}

void SimulatorServer::Private::acceptConnections()
{
    ClientConnection::Timers timers;
    timers.pingIntervalMs = config.effectiveServerPingIntervalMs();
    timers.pongTimeoutMs = config.pongTimeoutMs;
    timers.closeTimeoutMs = config.closeTimeoutMs;
    while (tcpServer->hasPendingConnections()) {
        QTcpSocket *socket = tcpServer->nextPendingConnection();
        const quint64 id = nextConnectionId++;
        auto *connection = new ClientConnection(socket, id, this, timers, q);
        connections.insert(id, connection);
    }
}

void SimulatorServer::Private::shutdownConnections()
{
    tickTimer.stop();
    const auto all = connections.values();
    connections.clear();
    for (ClientConnection *connection : all) {
        // Deleted here, not through connectionClosed(): the server is going away.
        QObject::disconnect(connection->socket(), nullptr, connection, nullptr);
        delete connection;
    }
    for (auto &[name, channel] : channels) {
        channel->subscribers.clear();
        channel->members.clear();
        channel->firehoseActive = false;
    }
}

QString SimulatorServer::Private::hostForClients(const ClientConnection *connection) const
{
    QHostAddress address = connection ? connection->socket()->localAddress() : config.bindAddress;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

// ---- REST -----------------------------------------------------------------------------------

std::optional<RestEndpoint> SimulatorServer::Private::endpointFor(const QByteArray &path) const
{
    if (path == "/api/v2/ws/session")
        return RestEndpoint::Session;
    if (path == "/api/v2/ws/auth")
        return RestEndpoint::Auth;
    if (path == "/api/v2/ws/streams" || path == "/api/v2/ws/catalog")
        return RestEndpoint::Streams;
    return std::nullopt;
}

QString SimulatorServer::Private::nextRequestId()
{
    return QStringLiteral("req_sim_%1").arg(idRandom.next() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

HttpResponse SimulatorServer::Private::jsonResponse(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = compactJson(body);
    const QJsonValue requestId = body.value(QStringLiteral("requestId"));
    if (requestId.isString())
        response.headers.append({QByteArrayLiteral("X-Request-Id"), requestId.toString().toUtf8()});
    return response;
}

HttpResponse SimulatorServer::Private::errorResponse(int status, const QString &code, const QString &message,
                                                     const QJsonValue &details)
{
    const QJsonObject error {
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("details"), details},
    };
    return jsonResponse(status,
                        QJsonObject {{QStringLiteral("error"), error}, {QStringLiteral("requestId"), nextRequestId()}});
}

HttpResponse SimulatorServer::Private::plainResponse(int status, const QByteArray &text)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    response.body = text;
    return response;
}

std::optional<HttpResponse> SimulatorServer::Private::checkBearer(const HttpRequest &request)
{
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

std::optional<RestFault> SimulatorServer::Private::takeFault(RestEndpoint endpoint)
{
    for (qsizetype i = restFaults.size() - 1; i >= 0; --i) {
        RestFault &fault = restFaults[i];
        if (!(fault.endpoints & endpoint))
            continue;
        const RestFault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            restFaults.removeAt(i);
        ++counters.faultsInjected;
        return taken;
    }
    return std::nullopt;
}

HttpResponse SimulatorServer::Private::faultResponse(const RestFault &fault)
{
    QString code;
    QString message;
    switch (fault.status) {
    case 400:
        code = QStringLiteral("INVALID_PARAMS");
        message = tr("Invalid parameters (simulated fault)");
        break;
    case 401:
        code = QStringLiteral("UNAUTHORIZED");
        message = tr("Invalid or expired API key");
        break;
    case 403:
        code = QStringLiteral("FORBIDDEN");
        message = tr("This API key lacks the required scope");
        break;
    case 404:
        code = QStringLiteral("NOT_FOUND");
        message = tr("Not found (simulated fault)");
        break;
    case 429:
        code = QStringLiteral("RATE_LIMITED");
        message = tr("Too many requests");
        break;
    case 503:
        code = QStringLiteral("SERVICE_UNAVAILABLE");
        message = tr("Service temporarily unavailable");
        break;
    default:
        code = QStringLiteral("INTERNAL_ERROR");
        message = tr("Internal server error (simulated fault)");
        break;
    }
    HttpResponse response = errorResponse(fault.status, code, message);
    if (fault.retryAfterSeconds)
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*fault.retryAfterSeconds)});
    return response;
}

HttpResponse SimulatorServer::Private::route(ClientConnection &connection, const HttpRequest &request)
{
    const auto endpoint = endpointFor(request.path);
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
    }
    return errorResponse(500, QStringLiteral("INTERNAL_ERROR"), tr("Unrouted endpoint"));
}

QString SimulatorServer::Private::validateFilter(const StreamDescriptor &stream, const StreamFilter &filter) const
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

HttpResponse SimulatorServer::Private::handleSession(ClientConnection &connection, const HttpRequest &request)
{
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
        const StreamDescriptor *stream = catalog.find(subscription->stream);
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
        bindings.insert(channel, binding);

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
    session.connection.wsHost = hostForClients(&connection);
    session.connection.wsPort = port;
    session.connection.forceTls = false;
    if (config.relativeAuthEndpoint) {
        session.connection.authEndpoint = QUrl(QStringLiteral("/api/v2/ws/auth"));
    } else {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(session.connection.wsHost);
        url.setPort(port);
        url.setPath(QStringLiteral("/api/v2/ws/auth"));
        session.connection.authEndpoint = url;
    }
    session.recommendedReconnectBackoffMs = config.reconnectBackoffMs;

    if (!config.wrapSessionInData)
        return jsonResponse(200, session.toJson());
    return jsonResponse(
        200, QJsonObject {{QStringLiteral("data"), session.toJson()}, {QStringLiteral("requestId"), nextRequestId()}});
}

HttpResponse SimulatorServer::Private::handleStreams(const HttpRequest &request)
{
    Q_UNUSED(request)
    return jsonResponse(
        200, QJsonObject {{QStringLiteral("data"), catalog.toJson()}, {QStringLiteral("requestId"), nextRequestId()}});
}

HttpResponse SimulatorServer::Private::handleAuth(const HttpRequest &request)
{
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
    const auto binding = bindings.constFind(channel);
    if (binding == bindings.constEnd() || binding->ownerUserId != config.userId) {
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

void SimulatorServer::Private::respond(ClientConnection &connection, const HttpRequest &request,
                                       const HttpResponse &response, std::optional<RestEndpoint> endpoint)
{
    const bool keepAlive = request.keepAlive();
    const QString method = QString::fromUtf8(request.method);
    const QString path = QString::fromUtf8(request.path);
    auto send = [this, method, path, response, keepAlive](ClientConnection &target) {
        target.sendHttpResponse(response, keepAlive);
        ++counters.restResponsesByStatus[response.status];
        qCDebug(lcSim).noquote() << method << path << "->" << response.status;
        Q_EMIT q->restRequestHandled(method, path, response.status);
    };
    const int delay = endpoint && (restDelayEndpoints & *endpoint) ? restDelayMs : 0;
    if (delay <= 0) {
        send(connection);
        return;
    }
    connection.holdRequests();
    ClientConnection *target = &connection;
    // The connection is the timer's context: a client that hangs up cancels the answer.
    QTimer::singleShot(delay, target, [target, send] { send(*target); });
}

void SimulatorServer::Private::httpRequestReceived(ClientConnection &connection, HttpRequest request)
{
    if (request.isWebSocketUpgrade()) {
        handleUpgrade(connection, request);
        return;
    }
    ++counters.restRequests;
    const auto endpoint = endpointFor(request.path);
    if (request.method == "OPTIONS") {
        // CORS preflight, so a browser page can use the simulator.
        HttpResponse response;
        response.status = 204;
        response.contentType.clear();
        response.headers = {
            {QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, OPTIONS")},
            {QByteArrayLiteral("Access-Control-Allow-Headers"), QByteArrayLiteral("Authorization, Content-Type")},
            {QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600")},
        };
        respond(connection, request, response, std::nullopt);
        return;
    }
    if (endpoint) {
        if (const auto fault = takeFault(*endpoint)) {
            qCInfo(lcSim).noquote() << "fault: answering" << request.method << request.path << "with" << fault->status;
            respond(connection, request, faultResponse(*fault), endpoint);
            return;
        }
    }
    respond(connection, request, route(connection, request), endpoint);
}

void SimulatorServer::Private::handleUpgrade(ClientConnection &connection, const HttpRequest &request)
{
    if (!request.path.startsWith("/app/")) {
        HttpRequest closing = request;
        closing.headers.append({QByteArrayLiteral("connection"), QByteArrayLiteral("close")});
        respond(
            connection, closing,
            errorResponse(404, QStringLiteral("NOT_FOUND"),
                          tr("No WebSocket endpoint at %1; use /app/<appKey>").arg(QString::fromUtf8(request.path))),
            std::nullopt);
        return;
    }
    if (request.header("sec-websocket-version") != "13" || request.header("sec-websocket-key").isEmpty()) {
        HttpResponse response = plainResponse(426, QByteArrayLiteral("WebSocket version 13 required"));
        response.headers.append({QByteArrayLiteral("Sec-WebSocket-Version"), QByteArrayLiteral("13")});
        HttpRequest closing = request;
        closing.headers.append({QByteArrayLiteral("connection"), QByteArrayLiteral("close")});
        respond(connection, closing, response, std::nullopt);
        return;
    }

    connection.acceptWebSocket(request);
    connection.socketId = newSocketId();
    connection.setAnswerPings(pongsEnabled);
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
    ++counters.connectionsAccepted;
    qCInfo(lcSim).noquote() << "WebSocket" << connection.socketId << "connected from"
                            << connection.socket()->peerAddress().toString();
    Q_EMIT q->clientConnected(connection.socketId);
}

// ---- Pusher ---------------------------------------------------------------------------------

QString SimulatorServer::Private::newSocketId()
{
    for (;;) {
        const QString id
            = QStringLiteral("%1.%2").arg(idRandom.range(100000, 999999999)).arg(idRandom.range(100000, 999999999));
        if (!socketIdsInUse.contains(id)) {
            socketIdsInUse.insert(id);
            return id;
        }
    }
}

Channel &SimulatorServer::Private::channelNamed(const QString &name)
{
    auto it = channels.find(name);
    if (it != channels.end())
        return *it->second;
    auto channel = std::make_unique<Channel>();
    channel->name = name;
    const auto binding = bindings.constFind(name);
    if (binding != bindings.constEnd()) {
        channel->binding = *binding;
        channel->event = binding->event;
        GeneratorContext context;
        context.streamId = binding->streamId;
        context.filter = binding->filter;
        context.userId = binding->ownerUserId;
        context.casing = config.notificationCasing;
        context.seed = config.seed;
        if (EventGenerator::supports(context.streamId))
            channel->generator = std::make_unique<EventGenerator>(context, &market);
    }
    return *channels.emplace(name, std::move(channel)).first->second;
}

void SimulatorServer::Private::refuseSubscription(ClientConnection &connection, const QString &channel,
                                                  const QString &type, const QString &error, int status)
{
    qCInfo(lcSim).noquote() << "refused subscription of" << connection.socketId << "to" << channel << ":" << error;
    connection.sendText(pusher::encodeSubscriptionError(channel, type, error, status));
    Q_EMIT q->subscriptionRefused(connection.socketId, channel, error);
}

void SimulatorServer::Private::handleSubscribe(ClientConnection &connection, const pusher::Subscribe &subscribe)
{
    const QString &name = subscribe.channel;
    if (!pusher::isValidChannelName(name)) {
        ++counters.badClientMessages;
        connection.sendText(pusher::encodeError(tr("Invalid channel name \"%1\"").arg(name.left(200)), std::nullopt));
        Q_EMIT q->subscriptionRefused(connection.socketId, name, tr("invalid channel name"));
        return;
    }
    if (connection.channels.contains(name)) {
        // What real Pusher answers to a second subscribe (the Rust SDK triggers it, gap G6).
        connection.sendText(
            pusher::encodeError(QStringLiteral("Existing subscription to channel ") + name, std::nullopt));
        Q_EMIT q->subscriptionRefused(connection.socketId, name, tr("existing subscription"));
        return;
    }

    const auto type = pusher::channelType(name);
    std::optional<QList<pusher::PresenceMember>> members;
    QString presenceUser;
    QJsonValue presenceInfo;
    const QByteArray secret = config.appSecret.toUtf8();
    if (type == pusher::ChannelType::PrivateEncrypted) {
        refuseSubscription(connection, name, QStringLiteral("AuthError"), tr("Encrypted channels are not supported"),
                           400);
        return;
    }
    if (type == pusher::ChannelType::Private || type == pusher::ChannelType::Presence) {
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
            const QJsonValue userId = data.object().value(QStringLiteral("user_id"));
            if (userId.isString())
                presenceUser = userId.toString();
            else if (userId.isDouble())
                presenceUser = QString::number(userId.toInteger());
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
    if (subscribeConfirmations)
        connection.sendText(pusher::encodeSubscriptionSucceeded(name, members));
    else
        qCInfo(lcSim).noquote() << "fault: not confirming the subscription of" << connection.socketId << "to" << name;
    qCInfo(lcSim).noquote() << connection.socketId << "subscribed to" << name
                            << (channel.binding ? channel.binding->streamId : QStringLiteral("(unbound channel)"));
    Q_EMIT q->channelSubscribed(connection.socketId, name);
    if (channel.subscribers.size() == 1)
        activate(channel);
}

void SimulatorServer::Private::sendMemberEvent(Channel &channel, const ClientConnection *except,
                                               const QByteArray &event, const QJsonObject &data)
{
    // pusherprotocol has no encoder for member events (a client only decodes them); the frame
    // follows the same server convention: data is a JSON-encoded string.
    QByteArray frame("{\"event\":");
    pusher::appendJsonString(frame, QByteArrayView(event));
    frame.append(",\"channel\":");
    pusher::appendJsonString(frame, QStringView(channel.name));
    frame.append(",\"data\":");
    pusher::appendJsonString(frame, QByteArrayView(compactJson(data)));
    frame.append('}');
    for (ClientConnection *subscriber : std::as_const(channel.subscribers)) {
        if (subscriber != except)
            subscriber->sendText(frame);
    }
}

void SimulatorServer::Private::removeSubscription(ClientConnection &connection, const QString &name)
{
    connection.channels.removeOne(name);
    auto it = channels.find(name);
    if (it == channels.end())
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
    Q_EMIT q->channelUnsubscribed(connection.socketId, name);
    if (channel.subscribers.isEmpty()) {
        channel.firehoseActive = false;
        // Bound channels keep their sequence and generator for the next subscriber.
        if (!channel.binding)
            channels.erase(it);
    }
}

QList<ClientConnection *> SimulatorServer::Private::webSocketConnections() const
{
    QList<ClientConnection *> result;
    for (ClientConnection *connection : connections) {
        if (connection->isWebSocket())
            result.append(connection);
    }
    return result;
}

void SimulatorServer::Private::webSocketMessageReceived(ClientConnection &connection, const QByteArray &text)
{
    const pusher::DecodeResult result = pusher::decode(text);
    if (const auto *error = std::get_if<pusher::DecodeError>(&result)) {
        ++counters.badClientMessages;
        qCInfo(lcSim).noquote() << connection.socketId << "sent an undecodable message:" << error->message;
        connection.sendText(pusher::encodeError(tr("Invalid message: %1").arg(error->message), std::nullopt));
        return;
    }
    const pusher::Message &message = std::get<pusher::Message>(result);
    if (const auto *subscribe = std::get_if<pusher::Subscribe>(&message)) {
        handleSubscribe(connection, *subscribe);
    } else if (const auto *unsubscribe = std::get_if<pusher::Unsubscribe>(&message)) {
        // No reply, as in the protocol; an unknown channel is ignored.
        if (connection.channels.contains(unsubscribe->channel)) {
            qCInfo(lcSim).noquote() << connection.socketId << "unsubscribed from" << unsubscribe->channel;
            removeSubscription(connection, unsubscribe->channel);
        }
    } else if (std::holds_alternative<pusher::Ping>(message)) {
        if (pongsEnabled)
            connection.sendText(pusher::encodeServerPong());
    } else if (std::holds_alternative<pusher::Pong>(message)) {
        // markActivity() already cleared the pong timer.
    } else if (const auto *event = std::get_if<pusher::ChannelEvent>(&message)) {
        ++counters.badClientMessages;
        connection.sendText(pusher::encodeError(
            tr("Client event %1 rejected: client events are not enabled for this app").arg(event->event),
            std::nullopt));
    } else {
        ++counters.badClientMessages;
        qCDebug(lcSim).noquote() << connection.socketId << "sent a message the server ignores:" << text.left(200);
    }
}

void SimulatorServer::Private::idleTimedOut(ClientConnection &connection)
{
    qCDebug(lcSim).noquote() << connection.socketId << "is idle; sending pusher:ping";
    connection.sendText(pusher::encodeServerPing());
    connection.startPongTimer();
}

void SimulatorServer::Private::pongTimedOut(ClientConnection &connection)
{
    qCInfo(lcSim).noquote() << connection.socketId << "did not answer pusher:ping; closing with 4201";
    connection.closeWebSocket(4201, QByteArrayLiteral("Pong reply not received"));
}

void SimulatorServer::Private::drained(ClientConnection &connection)
{
    if (config.firehoseCount == 0)
        return;
    const QList<QString> subscribed = connection.channels;
    for (const QString &name : subscribed) {
        auto it = channels.find(name);
        if (it != channels.end() && it->second->firehoseActive)
            pumpFirehose(*it->second);
    }
}

void SimulatorServer::Private::connectionClosed(ClientConnection &connection)
{
    connections.remove(connection.id());
    bytesSentByClosedConnections += connection.bytesSent();
    if (connection.socketId.isEmpty())
        return;
    const QList<QString> subscribed = connection.channels;
    for (const QString &name : subscribed)
        removeSubscription(connection, name);
    socketIdsInUse.remove(connection.socketId);
    if (!connection.established)
        return; // refused during the handshake (unknown app key, protocol version)
    qCInfo(lcSim).noquote() << "WebSocket" << connection.socketId << "disconnected";
    Q_EMIT q->clientDisconnected(connection.socketId);
}

// ---- publishing -----------------------------------------------------------------------------

bool SimulatorServer::Private::usesFirehose(const Channel &channel) const
{
    return config.firehoseCount > 0 && channel.generator && channel.binding
        && channel.binding->streamId == swapsStreamId();
}

void SimulatorServer::Private::activate(Channel &channel)
{
    channel.activeSinceMs = uptime.elapsed();
    channel.emittedSinceActive = 0;
    if (!channel.generator)
        return;
    if (usesFirehose(channel)) {
        startFirehose(channel);
        return;
    }
    if (!tickTimer.isActive())
        tickTimer.start();
}

void SimulatorServer::Private::tick()
{
    const qint64 elapsed = uptime.elapsed();
    bool anyActive = false;
    for (auto &[name, channel] : channels) {
        if (channel->subscribers.isEmpty() || !channel->generator || usesFirehose(*channel))
            continue;
        anyActive = true;
        const double rate = config.rateFor(channel->binding->streamId);
        if (rate <= 0)
            continue;
        // The first event goes out on the first tick after subscribing, then the rate holds.
        qint64 due = qint64(rate * double(elapsed - channel->activeSinceMs) / 1000.0) + 1 - channel->emittedSinceActive;
        // A stalled event loop catches up at most one second's worth, not in a burst.
        const qint64 cap = std::max<qint64>(1, qint64(rate));
        if (due > cap) {
            channel->emittedSinceActive += due - cap;
            due = cap;
        }
        for (qint64 i = 0; i < due; ++i)
            publish(*channel);
        if (due > 0)
            channel->emittedSinceActive += due;
    }
    if (!anyActive)
        tickTimer.stop();
}

void SimulatorServer::Private::publish(Channel &channel)
{
    const QByteArray payload = channel.generator->next(++channel.seq, nowMs());
    const QByteArray text = pusher::encodeChannelEvent(channel.name, channel.event, payload);
    QByteArray frame;
    frame.reserve(text.size() + 10);
    ws::appendFrameHeader(frame, ws::Opcode::Text, quint64(text.size()));
    frame.append(text);
    for (ClientConnection *subscriber : std::as_const(channel.subscribers)) {
        if (subscriber->bytesToWrite() > config.maxBacklogBytes) {
            ++counters.backlogSkips;
            continue;
        }
        subscriber->sendFramed(frame);
        ++counters.framesSent;
    }
    ++counters.eventsPublished;
    ++counters.eventsByStream[channel.binding->streamId];
}

void SimulatorServer::Private::startFirehose(Channel &channel)
{
    if (channel.firehoseSuffixes.isEmpty()) {
        // Each pooled frame is split around the digits of its seq (the generator writes it
        // first, as 0), so a batch is the same prefix, fresh digits and a pooled suffix.
        const QByteArray marker = QByteArrayLiteral("\\\"seq\\\":");
        const qint64 start = nowMs();
        for (int i = 0; i < kFirehosePoolSize; ++i) {
            const QByteArray text
                = pusher::encodeChannelEvent(channel.name, channel.event, channel.generator->next(0, start + i * 5));
            const qsizetype at = text.indexOf(marker);
            if (at < 0 || text.at(at + marker.size()) != '0') {
                qCWarning(lcSim) << "firehose: cannot find the seq field in a pooled frame; publishing one by one";
                channel.firehoseSuffixes.clear();
                break;
            }
            if (channel.firehosePrefix.isEmpty())
                channel.firehosePrefix = text.left(at + marker.size());
            channel.firehoseSuffixes.append(text.mid(at + marker.size() + 1));
        }
    }
    channel.firehoseActive = true;
    channel.firehoseRemaining = config.firehoseCount;
    channel.firehoseSent = 0;
    qCInfo(lcSim).noquote() << "firehose: publishing" << config.firehoseCount << "events on" << channel.name;
    pumpFirehose(channel);
}

void SimulatorServer::Private::pumpFirehose(Channel &channel)
{
    while (channel.firehoseActive) {
        if (channel.firehoseRemaining == 0 || channel.subscribers.isEmpty()) {
            channel.firehoseActive = false;
            qCInfo(lcSim).noquote() << "firehose: published" << channel.firehoseSent << "events on" << channel.name;
            Q_EMIT q->firehoseFinished(channel.name, channel.firehoseSent);
            return;
        }
        for (ClientConnection *subscriber : std::as_const(channel.subscribers)) {
            if (subscriber->bytesToWrite() >= config.firehoseHighWaterBytes)
                return; // drained() resumes
        }
        const quint64 count = std::min(channel.firehoseRemaining, kFirehoseBatch);
        if (channel.firehoseSuffixes.isEmpty()) {
            for (quint64 i = 0; i < count; ++i)
                publish(channel);
        } else {
            QByteArray &batch = firehoseBatch;
            batch.clear();
            for (quint64 i = 0; i < count; ++i) {
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, ++channel.seq).ptr;
                const QByteArray &suffix = channel.firehoseSuffixes.at(channel.firehoseNext);
                channel.firehoseNext = (channel.firehoseNext + 1) % channel.firehoseSuffixes.size();
                const qsizetype length = channel.firehosePrefix.size() + (end - digits) + suffix.size();
                ws::appendFrameHeader(batch, ws::Opcode::Text, quint64(length));
                batch.append(channel.firehosePrefix);
                batch.append(digits, end - digits);
                batch.append(suffix);
            }
            for (ClientConnection *subscriber : std::as_const(channel.subscribers))
                subscriber->sendFramed(batch);
            counters.eventsPublished += count;
            counters.framesSent += count * quint64(channel.subscribers.size());
            counters.eventsByStream[swapsStreamId()] += count;
        }
        channel.firehoseRemaining -= count;
        channel.firehoseSent += count;
    }
}

// ---- SimulatorServer ------------------------------------------------------------------------

SimulatorServer::SimulatorServer(const SimulatorConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, config))
{ }

SimulatorServer::~SimulatorServer()
{
    // Connections are children of this object but call back into d: end them first.
    d->shutdownConnections();
}

bool SimulatorServer::start(quint16 port)
{
    if (isListening())
        return true;
    if (!d->listen(port))
        return false;
    qCInfo(lcSim).noquote() << "listening on" << baseUrl().toString() << "epoch" << d->config.epoch << "app key"
                            << d->config.effectiveAppKey() << "app secret" << redactSecret(d->config.appSecret)
                            << "API key" << redactSecret(d->config.apiKey) << "seed" << d->config.seed;
    Q_EMIT listeningChanged(true);
    return true;
}

void SimulatorServer::stop()
{
    const bool wasListening = isListening();
    if (d->tcpServer)
        d->tcpServer->close();
    const auto all = d->connections.values();
    for (ClientConnection *connection : all) {
        if (connection->isWebSocket())
            connection->closeWebSocket(ws::CloseGoingAway, QByteArrayLiteral("server shutting down"));
        else if (connection->mode() == ClientConnection::Mode::Http)
            connection->abort();
    }
    if (wasListening) {
        qCInfo(lcSim) << "stopped";
        Q_EMIT listeningChanged(false);
    }
}

bool SimulatorServer::restart()
{
    const quint16 previousPort = d->port;
    const auto all = d->connections.values();
    for (ClientConnection *connection : all)
        connection->abort();
    if (d->tcpServer && d->tcpServer->isListening()) {
        d->tcpServer->close();
        Q_EMIT listeningChanged(false);
    }
    if (!d->listen(previousPort))
        return false;
    qCInfo(lcSim).noquote() << "restarted on" << baseUrl().toString();
    Q_EMIT listeningChanged(true);
    return true;
}

bool SimulatorServer::isListening() const
{
    return d->tcpServer && d->tcpServer->isListening();
}

quint16 SimulatorServer::port() const
{
    return d->port;
}

QUrl SimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->hostForClients(nullptr));
    url.setPort(d->port);
    return url;
}

QUrl SimulatorServer::webSocketUrl() const
{
    QUrl url = baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/app/") + d->config.effectiveAppKey());
    url.setQuery(QStringLiteral("protocol=7&client=shuriken-sim&version=") + QStringLiteral(SHURIKEN_VERSION));
    return url;
}

QString SimulatorServer::errorString() const
{
    return d->errorString;
}

const SimulatorConfig &SimulatorServer::config() const
{
    return d->config;
}

void SimulatorServer::setRateMultiplier(double multiplier)
{
    d->config.rateMultiplier = std::max(0.0, multiplier);
}

void SimulatorServer::setStreamRate(const QString &streamId, double eventsPerSecond)
{
    d->config.streamRates.insert(streamId, std::max(0.0, eventsPerSecond));
}

void SimulatorServer::setWrapSessionInData(bool wrap)
{
    d->config.wrapSessionInData = wrap;
}

void SimulatorServer::setNotificationCasing(NotificationCasing casing)
{
    // Applies to channels created from now on; existing generators keep their casing.
    d->config.notificationCasing = casing;
}

void SimulatorServer::setFirehoseCount(quint64 count)
{
    d->config.firehoseCount = count;
}

SimulatorStats SimulatorServer::stats() const
{
    SimulatorStats stats = d->counters;
    stats.bytesSent = d->bytesSentByClosedConnections;
    for (const ClientConnection *connection : std::as_const(d->connections)) {
        stats.bytesSent += connection->bytesSent();
        if (connection->isWebSocket())
            ++stats.webSocketConnections;
    }
    for (const auto &[name, channel] : d->channels) {
        if (!channel->subscribers.isEmpty()) {
            ++stats.activeChannels;
            stats.subscriptions += int(channel->subscribers.size());
            if (!channel->binding)
                stats.silentSubscriptions += int(channel->subscribers.size());
        }
    }
    return stats;
}

QList<ChannelStats> SimulatorServer::channelStats() const
{
    QList<ChannelStats> result;
    for (const auto &[name, channel] : d->channels) {
        if (channel->subscribers.isEmpty())
            continue;
        ChannelStats entry;
        entry.name = name;
        entry.streamId = channel->binding ? channel->binding->streamId : QString();
        entry.subscribers = int(channel->subscribers.size());
        entry.lastSeq = channel->seq;
        result.append(entry);
    }
    return result;
}

QStringList SimulatorServer::socketIds() const
{
    QStringList ids;
    for (const ClientConnection *connection : d->webSocketConnections())
        ids.append(connection->socketId);
    return ids;
}

int SimulatorServer::dropAllConnections()
{
    const auto targets = d->webSocketConnections();
    qCInfo(lcSim) << "fault: dropping" << targets.size() << "connections";
    for (ClientConnection *connection : targets)
        connection->abort();
    ++d->counters.faultsInjected;
    return int(targets.size());
}

int SimulatorServer::closeAllConnections(int code, const QString &reason)
{
    if (code < 0 || code > 0xffff || !ws::isValidCloseCode(quint16(code))) {
        // 1005, 1006 and 1015 only describe closes; they may not be sent (RFC 6455 7.4.1).
        qCWarning(lcSim) << "refusing to send the close code" << code;
        return 0;
    }
    const auto targets = d->webSocketConnections();
    qCInfo(lcSim) << "fault: closing" << targets.size() << "connections with" << code;
    for (ClientConnection *connection : targets)
        connection->closeWebSocket(quint16(code), reason.toUtf8());
    ++d->counters.faultsInjected;
    return int(targets.size());
}

int SimulatorServer::sendPusherError(std::optional<int> code, const QString &message)
{
    const auto targets = d->webSocketConnections();
    const QByteArray frame = pusher::encodeError(message, code);
    qCInfo(lcSim) << "fault: pusher:error" << (code ? *code : 0) << "to" << targets.size() << "connections";
    for (ClientConnection *connection : targets)
        connection->sendText(frame);
    ++d->counters.faultsInjected;
    return int(targets.size());
}

int SimulatorServer::sendChannelPusherError(const QString &channel, std::optional<int> code, const QString &message)
{
    QJsonObject data {{QStringLiteral("message"), message}};
    data.insert(QStringLiteral("code"), code ? QJsonValue(*code) : QJsonValue(QJsonValue::Null));
    const QByteArray frame = QJsonDocument(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:error")},
                                                        {QStringLiteral("channel"), channel},
                                                        {QStringLiteral("data"), data}})
                                 .toJson(QJsonDocument::Compact);
    int reached = 0;
    for (ClientConnection *connection : d->webSocketConnections()) {
        if (!connection->channels.contains(channel))
            continue;
        connection->sendText(frame);
        ++reached;
    }
    qCInfo(lcSim).noquote() << "fault: pusher:error" << (code ? *code : 0) << "on" << channel << "to" << reached
                            << "connections";
    ++d->counters.faultsInjected;
    return reached;
}

void SimulatorServer::setSubscribeConfirmationsEnabled(bool enabled)
{
    d->subscribeConfirmations = enabled;
    qCInfo(lcSim) << (enabled ? "confirming subscriptions again" : "fault: no longer confirming subscriptions");
    if (!enabled)
        ++d->counters.faultsInjected;
}

bool SimulatorServer::subscribeConfirmationsEnabled() const
{
    return d->subscribeConfirmations;
}

void SimulatorServer::setPongsEnabled(bool enabled)
{
    d->pongsEnabled = enabled;
    for (ClientConnection *connection : std::as_const(d->connections))
        connection->setAnswerPings(enabled);
    qCInfo(lcSim) << (enabled ? "answering pings again" : "fault: no longer answering pings");
    if (!enabled)
        ++d->counters.faultsInjected;
}

bool SimulatorServer::pongsEnabled() const
{
    return d->pongsEnabled;
}

int SimulatorServer::sendMalformedFrame(MalformedFrame kind)
{
    const auto targets = d->webSocketConnections();
    qCInfo(lcSim).noquote() << "fault: malformed frame" << malformedFrameName(kind) << "to" << targets.size()
                            << "connections";
    for (ClientConnection *connection : targets) {
        QString channel = QStringLiteral("sim-fault");
        QString event = QStringLiteral("update");
        if (!connection->channels.isEmpty()) {
            channel = connection->channels.constFirst();
            const auto it = d->channels.find(channel);
            if (it != d->channels.end())
                event = it->second->event;
        }
        QByteArray head("{\"event\":");
        pusher::appendJsonString(head, QStringView(event));
        head.append(",\"channel\":");
        pusher::appendJsonString(head, QStringView(channel));
        QByteArray frame;
        switch (kind) {
        case MalformedFrame::InvalidJson:
            frame = head + ",\"data\":\"{\\\"seq\\\":";
            break;
        case MalformedFrame::DataNotString:
            frame = head + ",\"data\":{\"simulatorFault\":\"data-not-string\"}}";
            break;
        case MalformedFrame::MissingEvent:
            frame = "{\"channel\":" + head.mid(head.indexOf(",\"channel\":") + 11)
                + ",\"data\":\"{\\\"simulatorFault\\\":\\\"missing-event\\\"}\"}";
            break;
        case MalformedFrame::Huge: {
            QByteArray payload("{\"simulatorFault\":\"huge\",\"padding\":\"");
            payload.append(QByteArray(kHugeFrameBytes, 'x'));
            payload.append("\"}");
            frame = pusher::encodeChannelEvent(channel, event, payload);
            break;
        }
        case MalformedFrame::InvalidUtf8:
            frame = head
                + ",\"data\":\"{\\\"simulatorFault\\\":\\\"invalid-utf8\\\",\\\"text\\\":\\\"\xC3\x28\xFF\\\"}\"}";
            break;
        }
        connection->sendText(frame);
    }
    ++d->counters.faultsInjected;
    return int(targets.size());
}

void SimulatorServer::addRestFault(const RestFault &fault)
{
    qCInfo(lcSim) << "fault: REST" << fault.status << "for" << fault.remaining << "requests (-1 = until cleared)";
    d->restFaults.append(fault);
}

void SimulatorServer::setRestDelay(int delayMs, RestEndpoints endpoints)
{
    d->restDelayMs = std::max(0, delayMs);
    d->restDelayEndpoints = endpoints;
    qCInfo(lcSim) << "REST delay" << d->restDelayMs << "ms";
}

void SimulatorServer::clearRestFaults()
{
    d->restFaults.clear();
    d->restDelayMs = 0;
    d->restDelayEndpoints = kAllRestEndpoints;
    qCInfo(lcSim) << "REST faults cleared";
}

QList<RestFault> SimulatorServer::restFaults() const
{
    return d->restFaults;
}

int SimulatorServer::restDelayMs() const
{
    return d->restDelayMs;
}

} // namespace shuriken::sim
