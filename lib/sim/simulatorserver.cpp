#include "simulatorserver.h"

#include "channelhub.h"
#include "clientconnection.h"
#include "faultinjector.h"
#include "publisher.h"
#include "pusherprotocol.h"
#include "restapi.h"
#include "secretbox.h"
#include "servercontext.h"
#include "simlog.h"
#include "websocketframing.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace shuriken::sim {

// The facade's private part owns the listening socket and hands each connection's callbacks to
// the part whose job they are: REST requests to RestApi, WebSocket traffic to ChannelHub, drained
// sockets to Publisher. The parts are declared in the order they may refer to each other in.
class SimulatorServer::Private final : public ConnectionHandler
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorServer)

public:
    Private(SimulatorServer *owner, const SimulatorConfig &simConfig)
        : context(owner, simConfig)
        , hub(context, &publisher)
        , publisher(context, hub)
        , faults(context, hub)
        , rest(context, hub, faults)
    { }

    ~Private() override { shutdownConnections(); }

    void httpRequestReceived(ClientConnection &connection, HttpRequest request) override
    {
        if (!request.isWebSocketUpgrade())
            rest.handle(connection, request);
        else if (!rest.refuseUpgrade(connection, request))
            hub.acceptWebSocket(connection, request);
    }
    void webSocketMessageReceived(ClientConnection &connection, const QByteArray &text) override
    {
        hub.messageReceived(connection, text);
    }
    void pongTimedOut(ClientConnection &connection) override { hub.pongTimedOut(connection); }
    void idleTimedOut(ClientConnection &connection) override { hub.idleTimedOut(connection); }
    void drained(ClientConnection &connection) override { publisher.drained(connection); }
    void connectionClosed(ClientConnection &connection) override { hub.connectionClosed(connection); }

    bool listen(quint16 port);
    void acceptConnections();
    void shutdownConnections();

    ServerContext context;
    QTcpServer *tcpServer = nullptr;
    QString errorString;
    quint64 nextConnectionId = 1;
    ChannelHub hub;
    Publisher publisher;
    FaultInjector faults;
    RestApi rest;
};

bool SimulatorServer::Private::listen(quint16 requestedPort)
{
    const SimulatorConfig &config = context.config;
    if (!tcpServer) {
        tcpServer = new QTcpServer(context.q);
        QObject::connect(tcpServer, &QTcpServer::newConnection, context.q, [this] { acceptConnections(); });
    }
    if (!tcpServer->listen(config.bindAddress, requestedPort)) {
        errorString = tr("Cannot listen on %1:%2: %3")
                          .arg(config.bindAddress.toString())
                          .arg(requestedPort)
                          .arg(tcpServer->errorString());
        qCWarning(lcSim).noquote() << errorString;
        return false;
    }
    context.port = tcpServer->serverPort();
    errorString.clear();
    return true;
}

void SimulatorServer::Private::acceptConnections()
{
    ClientConnection::Timers timers;
    timers.pingIntervalMs = context.config.effectiveServerPingIntervalMs();
    timers.pongTimeoutMs = context.config.pongTimeoutMs;
    timers.closeTimeoutMs = context.config.closeTimeoutMs;
    while (tcpServer->hasPendingConnections()) {
        QTcpSocket *socket = tcpServer->nextPendingConnection();
        const quint64 id = nextConnectionId++;
        hub.addConnection(new ClientConnection(socket, id, this, timers, context.q));
    }
}

void SimulatorServer::Private::shutdownConnections()
{
    publisher.stop();
    hub.deleteConnections();
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
    qCInfo(lcSim).noquote() << "listening on" << baseUrl().toString() << "epoch" << d->context.config.epoch << "app key"
                            << d->context.config.effectiveAppKey() << "app secret"
                            << redactSecret(d->context.config.appSecret) << "API key"
                            << redactSecret(d->context.config.apiKey) << "seed" << d->context.config.seed;
    Q_EMIT listeningChanged(true);
    return true;
}

void SimulatorServer::stop()
{
    const bool wasListening = isListening();
    if (d->tcpServer)
        d->tcpServer->close();
    const auto all = d->hub.connections();
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
    const quint16 previousPort = d->context.port;
    const auto all = d->hub.connections();
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
    return d->context.port;
}

QUrl SimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->context.hostForClients(nullptr));
    url.setPort(d->context.port);
    return url;
}

QUrl SimulatorServer::webSocketUrl() const
{
    QUrl url = baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/app/") + d->context.config.effectiveAppKey());
    url.setQuery(QStringLiteral("protocol=7&client=shuriken-sim&version=") + QStringLiteral(SHURIKEN_VERSION));
    return url;
}

QString SimulatorServer::errorString() const
{
    return d->errorString;
}

const SimulatorConfig &SimulatorServer::config() const
{
    return d->context.config;
}

void SimulatorServer::setRateMultiplier(double multiplier)
{
    d->context.config.rateMultiplier = std::max(0.0, multiplier);
}

void SimulatorServer::setStreamRate(const QString &streamId, double eventsPerSecond)
{
    d->context.config.streamRates.insert(streamId, std::max(0.0, eventsPerSecond));
}

void SimulatorServer::setWrapSessionInData(bool wrap)
{
    d->context.config.wrapSessionInData = wrap;
}

void SimulatorServer::setNotificationCasing(NotificationCasing casing)
{
    // Applies to channels created from now on; existing generators keep their casing.
    d->context.config.notificationCasing = casing;
}

void SimulatorServer::setFirehoseCount(quint64 count)
{
    d->context.config.firehoseCount = count;
}

SimulatorStats SimulatorServer::stats() const
{
    SimulatorStats stats = d->context.counters;
    stats.bytesSent = d->hub.bytesSentByClosedConnections();
    for (const ClientConnection *connection : d->hub.connections()) {
        stats.bytesSent += connection->bytesSent();
        if (connection->isWebSocket())
            ++stats.webSocketConnections;
    }
    for (const auto &[name, channel] : d->hub.channels()) {
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
    for (const auto &[name, channel] : d->hub.channels()) {
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
    for (const ClientConnection *connection : d->hub.webSocketConnections())
        ids.append(connection->socketId);
    return ids;
}

int SimulatorServer::trigger(const QString &channel, const QString &event, const QByteArray &data)
{
    if (!pusher::isValidChannelName(channel) || event.isEmpty()) {
        qCWarning(lcSim).noquote() << "trigger: invalid channel" << channel.left(200) << "or empty event name";
        return 0;
    }
    QByteArray sent = data;
    if (pusher::channelType(channel) == pusher::ChannelType::PrivateEncrypted) {
        // What a server library does before the event leaves the backend.
        const QByteArray key = pusher::encryptedChannelSecret(channel, d->context.config.encryptionMasterKey);
        sent = pusher::encryptPayload(data, key);
        if (sent.isEmpty()) {
            qCWarning(lcSim).noquote() << "trigger: cannot encrypt for" << channel;
            return 0;
        }
    }
    ++d->context.counters.eventsTriggered;
    const int reached = d->hub.publish(channel, event, sent);
    qCDebug(lcSim).noquote() << "triggered" << event << "on" << channel << "to" << reached << "subscribers";
    return reached;
}

int SimulatorServer::dropAllConnections()
{
    return d->faults.dropAllConnections();
}

int SimulatorServer::closeAllConnections(int code, const QString &reason)
{
    return d->faults.closeAllConnections(code, reason);
}

int SimulatorServer::sendPusherError(std::optional<int> code, const QString &message)
{
    return d->faults.sendPusherError(code, message);
}

int SimulatorServer::sendChannelPusherError(const QString &channel, std::optional<int> code, const QString &message)
{
    return d->faults.sendChannelPusherError(channel, code, message);
}

void SimulatorServer::setSubscribeConfirmationsEnabled(bool enabled)
{
    d->faults.setSubscribeConfirmationsEnabled(enabled);
}

bool SimulatorServer::subscribeConfirmationsEnabled() const
{
    return d->faults.subscribeConfirmationsEnabled();
}

void SimulatorServer::setPongsEnabled(bool enabled)
{
    d->faults.setPongsEnabled(enabled);
}

bool SimulatorServer::pongsEnabled() const
{
    return d->faults.pongsEnabled();
}

int SimulatorServer::sendMalformedFrame(MalformedFrame kind)
{
    return d->faults.sendMalformedFrame(kind);
}

void SimulatorServer::addRestFault(const RestFault &fault)
{
    d->faults.addRestFault(fault);
}

void SimulatorServer::setRestDelay(int delayMs, RestEndpoints endpoints)
{
    d->faults.setRestDelay(delayMs, endpoints);
}

void SimulatorServer::clearRestFaults()
{
    d->faults.clearRestFaults();
}

QList<RestFault> SimulatorServer::restFaults() const
{
    return d->faults.restFaults();
}

int SimulatorServer::restDelayMs() const
{
    return d->faults.restDelayMs();
}

} // namespace shuriken::sim
