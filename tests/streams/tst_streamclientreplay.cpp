// StreamClient's replay entry: recorded session answers and frames go through the live path
// (the session DTO, the transport's inbound handler, routing, event building), every event
// stamped with its frame's recorded time, and nothing reaches the network. The live comparison
// runs a client against the in-process simulator on 127.0.0.1, records what it reports, and
// replays that into a second client: the events and their rows must be the same, byte for byte.

#include "eventjsonline.h"
#include "eventrowbuilder.h"
#include "pusherprotocol.h"
#include "simulatorserver.h"
#include "streamclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <variant>

using namespace shuriken;

namespace {

const QString kApiKey = QStringLiteral("sk_test_0123456789abcdef");
const QString kToken = QStringLiteral("So11111111111111111111111111111111111111112");
constexpr int kWait = 20000; // generous: the machine may be busy; nothing here asserts on time
constexpr qint64 kT0 = 1'760'000'000'000'000; // µs since the epoch

// Counts every request a client would make: a replay must make none.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// What a client reported, in the order it reported it: what a capture holds.
struct StateRecord
{
    StreamClient::State state;
    QString reason;
    qint64 timeUs = 0;
};
using Recorded = std::variant<pusher::FrameRecord, HttpExchange, StateRecord>;

QByteArray rowBytes(const StreamEvent &event)
{
    const EventRow &row = event.row;
    if (!row.isBuilt())
        return QByteArray("not built");
    const EventRow::Header header = row.header();
    QByteArray bytes(reinterpret_cast<const char *>(&header), sizeof header);
    bytes.append(row.cellBytes(), qsizetype(header.cellCount) * qsizetype(sizeof(EventCell)));
    bytes.append(row.text().data(), row.text().size());
    bytes.append(row.schemaId().data(), row.schemaId().size());
    return bytes;
}

HttpExchange sessionExchange(const QList<SubscriptionRequest> &requests, const QList<ResolvedSubscription> &resolved,
                             qint64 startedAtUs, const QString &appKey = QStringLiteral("replay-key"))
{
    Session session;
    session.connection.provider = QStringLiteral("ws");
    session.connection.appKey = appKey;
    session.connection.wsHost = QStringLiteral("127.0.0.1");
    session.connection.wsPort = 9;
    session.connection.authEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/auth"));
    session.recommendedReconnectBackoffMs = {1000, 2000};
    session.subscriptions = resolved;
    HttpExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/session"));
    exchange.requestBody = QJsonDocument(sessionRequestBody(requests)).toJson(QJsonDocument::Compact);
    exchange.httpStatus = 200;
    exchange.responseBody
        = QJsonDocument(QJsonObject {{QStringLiteral("data"), session.toJson()}}).toJson(QJsonDocument::Compact);
    exchange.startedAt = QDateTime::fromMSecsSinceEpoch(startedAtUs / 1000, Qt::UTC);
    return exchange;
}

ResolvedSubscription resolvedSwaps(const QString &channel)
{
    ResolvedSubscription resolved;
    resolved.stream = QStringLiteral("svm.token.swaps");
    resolved.channel = channel;
    resolved.event = QStringLiteral("update");
    resolved.payloadFormat = QStringLiteral("json");
    resolved.payloadSchemaId = QStringLiteral("svm.token.swaps");
    return resolved;
}

SubscriptionRequest swapsRequest()
{
    return {QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), kToken}}};
}

QByteArray swapPayload(int seq)
{
    return QStringLiteral(R"({"seq":%1,"tokenMint":"%2","side":"buy","amountUsd":%3.25,"blockTime":1760000000})")
        .arg(seq)
        .arg(kToken)
        .arg(seq * 10)
        .toUtf8();
}

} // namespace

class tst_StreamClientReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// The transport's replay mode: no socket, injected frames through the inbound handler with
    /// their recorded times, sends dropped and counted (not observed: they were never on a
    /// wire), and a recorded loss asks the owner for the next session at once, with no timer.
    void transportReplayModeOpensNoSocket()
    {
        using pusher::PusherConnection;
        using State = PusherConnection::State;
        QTcpServer server; // where a socket would go: it must see none
        QVERIFY(server.listen(QHostAddress::LocalHost));
        pusher::PusherEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = server.serverPort();
        endpoint.appKey = QStringLiteral("app-key");

        PusherConnection connection;
        connection.setRefreshBeforeReconnect(true);
        connection.setFrameObservation(true);
        connection.setReplayMode(true);
        QVERIFY(connection.isReplayMode());
        QSignalSpy frames(&connection, &PusherConnection::frameObserved);
        QSignalSpy messages(&connection, &PusherConnection::messageReceived);
        QSignalSpy due(&connection, &PusherConnection::reconnectDue);
        QSignalSpy connected(&connection, &PusherConnection::connected);

        connection.injectFrame(pusher::encodeConnectionEstablished(QStringLiteral("0.0"), 120), 5);
        QCOMPARE(connection.state(), State::Disconnected); // nothing was opened: dropped
        connection.open(endpoint);
        QCOMPARE(connection.state(), State::Connecting);
        connection.injectFrame(pusher::encodeConnectionEstablished(QStringLiteral("1.1"), 120), kT0);
        QCOMPARE(connection.state(), State::Connected);
        QCOMPARE(connection.socketId(), QStringLiteral("1.1"));
        QCOMPARE(connected.size(), 1);
        QCOMPARE(frames.at(0).at(0).value<pusher::FrameRecord>().timestampUs, kT0);

        const QByteArray event
            = pusher::encodeChannelEvent(QStringLiteral("ch"), QStringLiteral("update"), "{\"seq\":1}");
        connection.injectFrame(event, kT0 + 7);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0).at(1).toLongLong(), kT0 + 7);
        QVERIFY(std::holds_alternative<pusher::ChannelEvent>(messages.at(0).at(0).value<pusher::Message>()));
        QCOMPARE(frames.at(1).at(0).value<pusher::FrameRecord>().data, event);
        connection.injectFrame(pusher::encodeServerPing(), kT0 + 8); // answered with a pong: dropped
        QVERIFY(connection.send(pusher::encodeSubscribe(pusher::Subscribe {QStringLiteral("ch"), {}, {}})));
        QCOMPARE(connection.counters().framesDropped, quint64(2));
        QCOMPARE(connection.counters().framesOut, quint64(0));
        QCOMPARE(connection.counters().framesIn, quint64(3));
        QCOMPARE(frames.size(), 3);

        connection.injectConnectionLoss(QStringLiteral("connection lost"));
        QCOMPARE(connection.state(), State::Reconnecting);
        QCOMPARE(connection.stateReason(), QStringLiteral("connection lost"));
        QCOMPARE(due.size(), 1);
        QCOMPARE(connection.nextReconnectAtMs(), qint64(-1)); // no timer runs
        connection.resumeWithEndpoint(endpoint);
        connection.injectFrame(pusher::encodeConnectionEstablished(QStringLiteral("2.2"), 120), kT0 + 100);
        QCOMPARE(connection.state(), State::Connected);
        QCOMPARE(connection.counters().reconnects, quint64(1));
        connection.close();
        QCOMPARE(connection.state(), State::Disconnected);

        // No socket was ever made, so none can have reached the server.
        bool hasSocket = false;
        for (const QObject *child : connection.findChildren<QObject *>())
            hasSocket |= QLatin1String(child->metaObject()->className()) == QLatin1String("QWebSocket");
        QVERIFY(!hasSocket);
        QCoreApplication::processEvents();
        QVERIFY(!server.hasPendingConnections());
    }

    /// Frames injected with times give events with exactly those times, and the rows the live
    /// path's builder gives the same payload; the sends the client makes are dropped and
    /// counted, and no request is made.
    void injectedFramesBecomeEventsAtTheirTimes()
    {
        CountingNetwork network;
        StreamClient client(&network);
        QVERIFY(client.setReplayMode(true));
        QVERIFY(client.isReplayMode());
        QSignalSpy batches(&client, &StreamClient::eventsReceived);
        Subscription *subscription = client.subscribe(swapsRequest().stream, swapsRequest().filter);
        client.connectToService();
        QCOMPARE(client.state(), StreamClient::State::Connecting);

        QVERIFY(client.replaySessionExchange(
            sessionExchange({swapsRequest()}, {resolvedSwaps(QStringLiteral("ch-a"))}, kT0)));
        QCOMPARE(subscription->channel(), QStringLiteral("ch-a"));
        client.replayFrame(pusher::encodeConnectionEstablished(QStringLiteral("1.1"), 120), kT0 + 10);
        QCOMPARE(client.state(), StreamClient::State::Connected);
        QCOMPARE(client.socketId(), QStringLiteral("1.1"));
        QCOMPARE(subscription->status(), Subscription::Status::Subscribing);
        client.replayFrame(pusher::encodeSubscriptionSucceeded(QStringLiteral("ch-a")), kT0 + 20);
        QCOMPARE(subscription->status(), Subscription::Status::Subscribed);

        const QList<qint64> times {kT0 + 1001, kT0 + 1001, kT0 + 1002, kT0 + 5'000'123};
        for (int i = 0; i < times.size(); ++i)
            client.replayFrame(
                pusher::encodeChannelEvent(QStringLiteral("ch-a"), QStringLiteral("update"), swapPayload(i + 1)),
                times.at(i));
        // Another event name on the channel is not this stream's; a binary frame is malformed.
        client.replayFrame(pusher::encodeChannelEvent(QStringLiteral("ch-a"), QStringLiteral("other"), swapPayload(9)),
                           kT0 + 6'000'000);
        client.replayFrame(QByteArray("\x01\x02", 2), kT0 + 6'000'001, true);
        client.deliverPendingEvents();

        StreamEventBatch events;
        for (const QList<QVariant> &arguments : std::as_const(batches))
            events += arguments.at(0).value<StreamEventBatch>();
        QCOMPARE(events.size(), times.size());
        EventRowBuilder builder;
        for (int i = 0; i < times.size(); ++i) {
            const StreamEvent &event = events.at(i);
            QCOMPARE(event.receivedAtUs, times.at(i));
            QCOMPARE(event.stream, QStringLiteral("svm.token.swaps"));
            QCOMPARE(event.channel, QStringLiteral("ch-a"));
            QCOMPARE(event.payload, swapPayload(i + 1));
            const StreamEvent live
                = StreamEvent::fromFrame(event.stream, event.channel, event.event, event.payload, times.at(i), builder);
            QCOMPARE(rowBytes(event), rowBytes(live));
            QCOMPARE(eventJsonLine(event), eventJsonLine(live));
        }
        const StreamClient::Counters counters = client.counters();
        QCOMPARE(counters.events, quint64(times.size()));
        QCOMPARE(counters.unroutedEvents, quint64(1));
        QCOMPARE(counters.malformedFrames, quint64(1));
        QCOMPARE(counters.framesIn, quint64(times.size() + 4));
        QCOMPARE(counters.framesDropped, quint64(1)); // the pusher:subscribe
        QCOMPARE(counters.sessionRequests, quint64(1));
        QCOMPARE(network.requests, 0);
    }

    /// A recorded reconnect: the loss, the next session answer (another channel, another app
    /// key) and the next connection rebind the subscription as live, and events on the new
    /// channel reach it. An answer to a request made before the loss is dropped, as live.
    void recordedReconnectRebinds()
    {
        CountingNetwork network;
        StreamClient client(&network);
        QVERIFY(client.setReplayMode(true));
        QSignalSpy batches(&client, &StreamClient::eventsReceived);
        Subscription *subscription = client.subscribe(swapsRequest().stream, swapsRequest().filter);
        client.connectToService();
        client.replaySessionExchange(sessionExchange({swapsRequest()}, {resolvedSwaps(QStringLiteral("ch-a"))}, kT0));
        client.replayFrame(pusher::encodeConnectionEstablished(QStringLiteral("1.1"), 120), kT0 + 10);
        client.replayFrame(pusher::encodeSubscriptionSucceeded(QStringLiteral("ch-a")), kT0 + 20);
        client.replayFrame(pusher::encodeChannelEvent(QStringLiteral("ch-a"), QStringLiteral("update"), swapPayload(1)),
                           kT0 + 30);

        client.replayConnectionEnd(QStringLiteral("connection lost"), kT0 + 1'000'000);
        QCOMPARE(client.state(), StreamClient::State::Reconnecting);
        QCOMPARE(client.stateReason(), QStringLiteral("connection lost"));
        QCOMPARE(subscription->status(), Subscription::Status::Pending);
        // Started before the loss: live, its answer belonged to the abandoned round.
        client.replaySessionExchange(
            sessionExchange({swapsRequest()}, {resolvedSwaps(QStringLiteral("ch-stale"))}, kT0 + 900'000));
        QCOMPARE(subscription->channel(), QStringLiteral("ch-a"));
        client.replaySessionExchange(sessionExchange({swapsRequest()}, {resolvedSwaps(QStringLiteral("ch-b"))},
                                                     kT0 + 2'000'000, QStringLiteral("replay-key-e1")));
        QCOMPARE(subscription->channel(), QStringLiteral("ch-b"));
        client.replayFrame(pusher::encodeConnectionEstablished(QStringLiteral("2.2"), 120), kT0 + 2'100'000);
        QCOMPARE(client.state(), StreamClient::State::Connected);
        client.replayFrame(pusher::encodeSubscriptionSucceeded(QStringLiteral("ch-b")), kT0 + 2'100'010);
        QCOMPARE(subscription->status(), Subscription::Status::Subscribed);
        client.replayFrame(pusher::encodeChannelEvent(QStringLiteral("ch-a"), QStringLiteral("update"), swapPayload(2)),
                           kT0 + 2'100'020); // the old channel: nobody listens there any more
        client.replayFrame(pusher::encodeChannelEvent(QStringLiteral("ch-b"), QStringLiteral("update"), swapPayload(3)),
                           kT0 + 2'100'030);

        // A HAR file shows the next connection without its end: a second handshake is one.
        client.replayFrame(pusher::encodeConnectionEstablished(QStringLiteral("3.3"), 120), kT0 + 3'000'000);
        QCOMPARE(client.state(), StreamClient::State::Connected);
        QCOMPARE(client.socketId(), QStringLiteral("3.3"));
        client.replayFrame(pusher::encodeSubscriptionSucceeded(QStringLiteral("ch-b")), kT0 + 3'000'010);
        client.replayFrame(pusher::encodeChannelEvent(QStringLiteral("ch-b"), QStringLiteral("update"), swapPayload(4)),
                           kT0 + 3'000'020);
        client.deliverPendingEvents();

        StreamEventBatch events;
        for (const QList<QVariant> &arguments : std::as_const(batches))
            events += arguments.at(0).value<StreamEventBatch>();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).receivedAtUs, kT0 + 30);
        QCOMPARE(events.at(1).channel, QStringLiteral("ch-b"));
        QCOMPARE(events.at(1).receivedAtUs, kT0 + 2'100'030);
        QCOMPARE(events.at(2).receivedAtUs, kT0 + 3'000'020);
        QCOMPARE(client.counters().reconnects, quint64(2));
        QCOMPARE(client.counters().sessionRequests, quint64(2));

        // Started over (a replay seeking back): the first answer is the current round's again.
        client.disconnectFromService();
        client.connectToService();
        client.replaySessionExchange(sessionExchange({swapsRequest()}, {resolvedSwaps(QStringLiteral("ch-a"))}, kT0));
        QCOMPARE(subscription->channel(), QStringLiteral("ch-a"));
        QCOMPARE(network.requests, 0);
    }

    /// The replay of a failed session answer fails the client as the live answer did.
    void recordedRefusalFailsTheClient()
    {
        CountingNetwork network;
        StreamClient client(&network);
        QVERIFY(client.setReplayMode(true));
        client.subscribe(swapsRequest().stream, swapsRequest().filter);
        client.connectToService();
        HttpExchange exchange = sessionExchange({swapsRequest()}, {}, kT0);
        exchange.httpStatus = 401;
        exchange.responseBody
            = R"({"error":{"code":"UNAUTHORIZED","message":"Invalid or expired API key"},"requestId":"req_1"})";
        QVERIFY(client.replaySessionExchange(exchange));
        QCOMPARE(client.state(), StreamClient::State::Failed);
        QVERIFY(client.lastError().has_value());
        QCOMPARE(client.lastError()->kind(), ApiError::Kind::Unauthorized);
        // Not a session exchange: not taken.
        exchange.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/streams"));
        QVERIFY(!client.replaySessionExchange(exchange));
        QCOMPARE(network.requests, 0);
    }

    /// A live session against the simulator, with a drop and a reconnect, recorded as a capture
    /// holds it, then replayed into a second client: the same events with the same times and the
    /// same rows, the same states, and every event stamped with its frame record's time.
    void liveSessionReplaysIdentically()
    {
        sim::SimulatorConfig config;
        config.seed = 3;
        config.apiKey = kApiKey;
        config.rateMultiplier = 20.0;
        config.tickIntervalMs = 10;
        sim::SimulatorServer simulator(config);
        QVERIFY2(simulator.start(), qPrintable(simulator.errorString()));

        QNetworkAccessManager liveNetwork;
        StreamClient live(&liveNetwork);
        StreamClient::Options options;
        options.baseUrl = simulator.baseUrl();
        options.apiKey = kApiKey;
        live.setOptions(options);
        live.setFrameObservation(true);
        QList<Recorded> recorded;
        connect(&live, &StreamClient::frameObserved, this,
                [&recorded](const pusher::FrameRecord &frame) { recorded.append(frame); });
        connect(&live, &StreamClient::httpExchangeFinished, this,
                [&recorded](const HttpExchange &exchange) { recorded.append(exchange); });
        QList<StateRecord> liveStates;
        connect(&live, &StreamClient::stateChanged, this, [&](StreamClient::State state, const QString &reason) {
            liveStates.append({state, reason, pusher::currentTimeUs()});
            recorded.append(liveStates.last());
        });
        StreamEventBatch liveEvents;
        connect(&live, &StreamClient::eventsReceived, this,
                [&liveEvents](const StreamEventBatch &batch) { liveEvents += batch; });

        const QList<SubscriptionRequest> requests {
            swapsRequest(), {QStringLiteral("svm.token.poolInfo"), {{QStringLiteral("tokenAddress"), kToken}}}};
        for (const SubscriptionRequest &request : requests)
            live.subscribe(request.stream, request.filter);
        live.connectToService();
        QTRY_VERIFY_WITH_TIMEOUT(liveEvents.size() >= 40, kWait);
        QVERIFY(simulator.dropAllConnections() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(live.counters().reconnects, quint64(1), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(live.state(), StreamClient::State::Connected, kWait);
        const qsizetype beforeSecondHalf = liveEvents.size();
        QTRY_VERIFY_WITH_TIMEOUT(liveEvents.size() >= beforeSecondHalf + 40, kWait);
        live.disconnectFromService();
        live.deliverPendingEvents();

        // One time per inbound frame: every event carries its frame record's time.
        QSet<qint64> frameTimes;
        for (const Recorded &entry : std::as_const(recorded)) {
            if (const auto *frame = std::get_if<pusher::FrameRecord>(&entry);
                frame && frame->direction == pusher::FrameRecord::Direction::In)
                frameTimes.insert(frame->timestampUs);
        }
        for (const StreamEvent &event : std::as_const(liveEvents))
            QVERIFY2(frameTimes.contains(event.receivedAtUs), qPrintable(formatReceivedAt(event.receivedAtUs)));

        // The replay, fed as CaptureReplayer feeds it.
        CountingNetwork network;
        StreamClient replay(&network);
        replay.setOptions(options);
        QVERIFY(replay.setReplayMode(true));
        StreamEventBatch replayedEvents;
        connect(&replay, &StreamClient::eventsReceived, this,
                [&replayedEvents](const StreamEventBatch &batch) { replayedEvents += batch; });
        QList<StateRecord> replayStates;
        connect(&replay, &StreamClient::stateChanged, this, [&](StreamClient::State state, const QString &reason) {
            replayStates.append({state, reason, 0});
        });
        for (const SubscriptionRequest &request : requests)
            replay.subscribe(request.stream, request.filter);
        replay.connectToService();
        int sessionAnswers = 0;
        for (const Recorded &entry : std::as_const(recorded)) {
            if (const auto *frame = std::get_if<pusher::FrameRecord>(&entry)) {
                if (frame->direction == pusher::FrameRecord::Direction::In)
                    replay.replayFrame(frame->data, frame->timestampUs, frame->binary);
            } else if (const auto *exchange = std::get_if<HttpExchange>(&entry)) {
                sessionAnswers += replay.replaySessionExchange(*exchange) ? 1 : 0;
            } else {
                const StateRecord &state = std::get<StateRecord>(entry);
                if (state.state == StreamClient::State::Reconnecting)
                    replay.replayConnectionEnd(state.reason, state.timeUs);
                else if (state.state == StreamClient::State::Disconnected)
                    replay.disconnectFromService();
            }
        }
        replay.deliverPendingEvents();

        QCOMPARE(sessionAnswers, 2);
        QCOMPARE(replay.counters().reconnects, quint64(1));
        QCOMPARE(network.requests, 0);
        QVERIFY(replay.counters().framesDropped > 0);
        QCOMPARE(replayedEvents.size(), liveEvents.size());
        for (qsizetype i = 0; i < liveEvents.size(); ++i) {
            const StreamEvent &a = liveEvents.at(i);
            const StreamEvent &b = replayedEvents.at(i);
            QCOMPARE(b.receivedAtUs, a.receivedAtUs);
            QCOMPARE(b.stream, a.stream);
            QCOMPARE(b.channel, a.channel);
            QCOMPARE(b.event, a.event);
            QCOMPARE(b.payload, a.payload);
            QCOMPARE(b.seq, a.seq);
            QCOMPARE(rowBytes(b), rowBytes(a));
            QCOMPARE(eventJsonLine(b), eventJsonLine(a));
        }
        QCOMPARE(replayStates.size(), liveStates.size());
        for (qsizetype i = 0; i < liveStates.size(); ++i) {
            QCOMPARE(replayStates.at(i).state, liveStates.at(i).state);
            QCOMPARE(replayStates.at(i).reason, liveStates.at(i).reason);
        }
    }
};

QTEST_GUILESS_MAIN(tst_StreamClientReplay)
#include "tst_streamclientreplay.moc"
