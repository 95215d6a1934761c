// The simulator's Pusher protocol 7 server, driven by a raw QWebSocket: handshake, ping/pong,
// subscribe (public, presence, bad signature, duplicate), unsubscribe, the server's own idle
// ping and 4201, sequence numbers, every WebSocket fault, restart and the firehose.

#include "pusherprotocol.h"
#include "simtestsupport.h"

#include <QRegularExpression>

using namespace shuriken;
using namespace shuriken::sim;
using namespace simtest;

class TestSimProtocol : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<RestClient> m_rest;
    QList<RawPusherClient *> m_clients;

    void startServer(const SimulatorConfig &config)
    {
        m_server = std::make_unique<SimulatorServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_rest = std::make_unique<RestClient>(m_server->baseUrl());
    }

    RawPusherClient *connectClient()
    {
        auto *client = new RawPusherClient(this);
        m_clients.append(client);
        if (!client->open(m_server->webSocketUrl()))
            return nullptr;
        return client;
    }

    /// A subscribed public swaps channel for @p token.
    QString subscribeSwaps(RawPusherClient *client, const QString &token = kSolMint)
    {
        const QString channel = m_rest->channelFor(QStringLiteral("svm.token.swaps"), tokenFilter(token));
        client->subscribe(channel, QString());
        if (!client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel))
            return {};
        return channel;
    }

    /// A round trip through the server: everything it sent before answering has arrived.
    bool fence(RawPusherClient *client)
    {
        const qsizetype pongs = client->count(QStringLiteral("pusher:pong"));
        client->ping();
        return client->waitFor(QStringLiteral("pusher:pong"), QString(), pongs + 1);
    }

    static QString closeCodeOf(const RawPusherClient *client) { return QString::number(client->socket.closeCode()); }

private Q_SLOTS:
    void init() { startServer(testConfig()); }

    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
        m_rest.reset();
        m_server.reset();
    }

    void handshakeSendsConnectionEstablished()
    {
        QSignalSpy connected(m_server.get(), &SimulatorServer::clientConnected);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QJsonObject first = client->frames.constFirst();
        QVERIFY(first.value(QStringLiteral("data")).isString()); // JSON-encoded string, as Pusher does
        const QJsonObject data = RawPusherClient::dataOf(first);
        static const QRegularExpression socketId(QStringLiteral("^\\d+\\.\\d+$"));
        QVERIFY(socketId.match(data.value(QStringLiteral("socket_id")).toString()).hasMatch());
        QCOMPARE(data.value(QStringLiteral("activity_timeout")).toInt(), 120);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWait);
        QCOMPARE(connected.at(0).at(0).toString(), client->socketId);
        QCOMPARE(m_server->socketIds(), QStringList {client->socketId});
        // The codec of the client side decodes it too.
        const auto decoded = pusher::decode(client->raw.constFirst().toUtf8());
        QVERIFY(!pusher::isError(decoded));
    }

    void unknownAppKeyIsRefusedWith4001()
    {
        QSignalSpy connected(m_server.get(), &SimulatorServer::clientConnected);
        QSignalSpy disconnected(m_server.get(), &SimulatorServer::clientDisconnected);
        auto *client = new RawPusherClient(this);
        m_clients.append(client);
        QUrl url = m_server->webSocketUrl();
        url.setPath(QStringLiteral("/app/not-our-key"));
        client->socket.open(url);
        QVERIFY(client->waitForDisconnect());
        QCOMPARE(client->count(QStringLiteral("pusher:error")), 1);
        QCOMPARE(
            RawPusherClient::dataOf(client->last(QStringLiteral("pusher:error"))).value(QStringLiteral("code")).toInt(),
            4001);
        QCOMPARE(closeCodeOf(client), QStringLiteral("4001"));
        // A refused handshake is not a client that came and went.
        QCOMPARE(connected.size(), 0);
        QCOMPARE(disconnected.size(), 0);
    }

    void unsupportedProtocolIsRefusedWith4007()
    {
        auto *client = new RawPusherClient(this);
        m_clients.append(client);
        QUrl url = m_server->webSocketUrl();
        url.setQuery(QStringLiteral("protocol=3"));
        client->socket.open(url);
        QVERIFY(client->waitForDisconnect());
        QCOMPARE(closeCodeOf(client), QStringLiteral("4007"));
    }

    void pingIsAnsweredWithPong()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->ping();
        QVERIFY(client->waitFor(QStringLiteral("pusher:pong")));
        // And WebSocket-level pings get a pong frame.
        QSignalSpy pong(&client->socket, &QWebSocket::pong);
        client->socket.ping("are you there");
        QVERIFY(pong.wait(kWait));
        QCOMPARE(pong.at(0).at(1).toByteArray(), QByteArray("are you there"));
    }

    void publicSubscribeWithOrWithoutAuth_data()
    {
        QTest::addColumn<bool>("emptyAuth");
        QTest::newRow("auth absent (Rust SDK)") << false;
        QTest::newRow("auth empty (pusher-js)") << true;
    }

    void publicSubscribeWithOrWithoutAuth()
    {
        QFETCH(bool, emptyAuth);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        QSignalSpy subscribed(m_server.get(), &SimulatorServer::channelSubscribed);
        const QString channel = m_rest->channelFor(QStringLiteral("svm.token.swaps"), tokenFilter(kSolMint));
        client->subscribe(channel, emptyAuth ? QJsonValue(QString()) : QJsonValue(QJsonValue::Undefined));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel));
        QCOMPARE(subscribed.size(), 1);
        QVERIFY(client->waitFor(QStringLiteral("update"), channel, 20));

        // Events: {event, channel, data:"<JSON string>"}, seq 1, 2, 3, ... with the filter's token.
        const QList<QJsonObject> events = client->events(channel);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).value(QStringLiteral("seq")).toInteger(), qint64(i) + 1);
            QCOMPARE(events.at(i).value(QStringLiteral("tokenMint")).toString(), kSolMint);
        }
        const QJsonObject frame = client->last(QStringLiteral("update"), channel);
        QVERIFY(frame.value(QStringLiteral("data")).isString());
        const auto decoded = pusher::decode(client->raw.constLast().toUtf8());
        QVERIFY(!pusher::isError(decoded));
    }

    void unknownPublicChannelIsAcceptedAndSilent()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->subscribe(QStringLiteral("some-public-channel"));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"),
                                QStringLiteral("some-public-channel")));
        QVERIFY(fence(client));
        QCOMPARE(client->count(QStringLiteral("update")), 0);
    }

    void anotherEpochsAppKeyIsRefusedWith4001_data()
    {
        QTest::addColumn<quint32>("serverEpoch");
        QTest::addColumn<quint32>("clientEpoch");
        QTest::newRow("epoch 1 server, epoch 0 key") << 1U << 0U;
        QTest::newRow("epoch 0 server, epoch 1 key") << 0U << 1U;
        QTest::newRow("epoch 3 server, epoch 2 key") << 3U << 2U;
    }

    void anotherEpochsAppKeyIsRefusedWith4001()
    {
        QFETCH(quint32, serverEpoch);
        QFETCH(quint32, clientEpoch);
        SimulatorConfig config = testConfig();
        config.epoch = serverEpoch;
        startServer(config);
        auto *client = new RawPusherClient(this);
        m_clients.append(client);
        QUrl url = m_server->webSocketUrl();
        url.setPath(QStringLiteral("/app/") + config.appKey + SimulatorConfig::epochSuffix(clientEpoch));
        client->socket.open(url);
        QVERIFY(client->waitForDisconnect());
        QCOMPARE(
            RawPusherClient::dataOf(client->last(QStringLiteral("pusher:error"))).value(QStringLiteral("code")).toInt(),
            4001);
        QCOMPARE(closeCodeOf(client), QStringLiteral("4001"));
        // This epoch's key is welcome.
        QVERIFY(connectClient());
    }

    void anotherEpochsPublicChannelIsAcceptedAndSilent_data()
    {
        QTest::addColumn<quint32>("serverEpoch");
        QTest::addColumn<quint32>("channelEpoch");
        QTest::newRow("epoch 1 server, epoch 0 channel") << 1U << 0U;
        QTest::newRow("epoch 0 server, epoch 1 channel") << 0U << 1U;
        QTest::newRow("epoch 2 server, epoch 5 channel") << 2U << 5U;
    }

    void anotherEpochsPublicChannelIsAcceptedAndSilent()
    {
        QFETCH(quint32, serverEpoch);
        QFETCH(quint32, channelEpoch);
        const QString plain = m_rest->channelFor(QStringLiteral("svm.token.swaps"), tokenFilter(kSolMint));
        SimulatorConfig config = testConfig();
        config.epoch = serverEpoch;
        startServer(config);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        // This epoch's channel for the same (stream, filter), resolved by the session endpoint.
        const QString ours = subscribeSwaps(client);
        QCOMPARE(ours, plain + SimulatorConfig::epochSuffix(serverEpoch));
        const QString theirs = plain + SimulatorConfig::epochSuffix(channelEpoch);
        client->subscribe(theirs);
        // Accepted, as Pusher accepts any public channel name...
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), theirs));
        // ...but silent while this epoch's channel flows.
        QVERIFY(client->waitFor(QStringLiteral("update"), ours, 20));
        QVERIFY(fence(client));
        QCOMPARE(client->count(QStringLiteral("update"), theirs), 0);
        const SimulatorStats stats = m_server->stats();
        QCOMPARE(stats.subscriptions, 2);
        QCOMPARE(stats.silentSubscriptions, 1);
        const QList<ChannelStats> channels = m_server->channelStats();
        QCOMPARE(channels.size(), 2);
        for (const ChannelStats &channel : channels) {
            QCOMPARE(channel.subscribers, 1);
            QCOMPARE(channel.streamId.isEmpty(), channel.name == theirs);
            QCOMPARE(channel.lastSeq > 0, channel.name == ours);
        }
    }

    void presenceSubscribeWithAValidSignature()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = m_rest->channelFor(QStringLiteral("alpha.personal"));
        const HttpResult auth = m_rest->authorize(client->socketId, channel);
        QCOMPARE(auth.status, 200);
        client->subscribe(channel, auth.json().value(QStringLiteral("auth")),
                          auth.json().value(QStringLiteral("channel_data")));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel));
        const QJsonObject presence
            = RawPusherClient::dataOf(client->last(QStringLiteral("pusher_internal:subscription_succeeded")))
                  .value(QStringLiteral("presence"))
                  .toObject();
        QCOMPARE(presence.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(presence.value(QStringLiteral("ids")).toArray(), (QJsonArray {QStringLiteral("usr_sim0001")}));
        QCOMPARE(presence.value(QStringLiteral("hash"))
                     .toObject()
                     .value(QStringLiteral("usr_sim0001"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Simulated trader"));
        QVERIFY(client->waitFor(QStringLiteral("update"), channel, 3));
    }

    void presenceSubscribeWithABadSignatureIsRefused_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::addColumn<bool>("withChannelData");
        QTest::newRow("wrong signature") << QStringLiteral("sim-app-key:") + QString(64, u'0') << true;
        QTest::newRow("signature of another socket") << QStringLiteral("(other socket)") << true;
        QTest::newRow("no auth") << QString() << true;
        QTest::newRow("no channel_data") << QStringLiteral("(valid)") << false;
    }

    void presenceSubscribeWithABadSignatureIsRefused()
    {
        QFETCH(QString, auth);
        QFETCH(bool, withChannelData);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = m_rest->channelFor(QStringLiteral("alpha.personal"));
        const HttpResult valid = m_rest->authorize(client->socketId, channel);
        if (auth == QLatin1String("(valid)"))
            auth = valid.json().value(QStringLiteral("auth")).toString();
        if (auth == QLatin1String("(other socket)"))
            auth = m_rest->authorize(QStringLiteral("1.1"), channel).json().value(QStringLiteral("auth")).toString();
        QSignalSpy refused(m_server.get(), &SimulatorServer::subscriptionRefused);
        client->subscribe(channel, auth,
                          withChannelData ? valid.json().value(QStringLiteral("channel_data"))
                                          : QJsonValue(QJsonValue::Undefined));
        QVERIFY(client->waitFor(QStringLiteral("pusher:subscription_error"), channel));
        const QJsonObject error = RawPusherClient::dataOf(client->last(QStringLiteral("pusher:subscription_error")));
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("AuthError"));
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), 401);
        QVERIFY(!error.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(refused.size(), 1);
        QVERIFY(fence(client));
        QCOMPARE(client->count(QStringLiteral("pusher_internal:subscription_succeeded")), 0);
        QCOMPARE(client->count(QStringLiteral("update")), 0);
    }

    void duplicateSubscribeGetsExistingSubscriptionError()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = subscribeSwaps(client);
        QVERIFY(!channel.isEmpty());
        client->subscribe(channel);
        QVERIFY(client->waitFor(QStringLiteral("pusher:error")));
        const QJsonObject error = RawPusherClient::dataOf(client->last(QStringLiteral("pusher:error")));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Existing subscription to channel ") + channel);
        QVERIFY(error.value(QStringLiteral("code")).isNull());
        QCOMPARE(client->count(QStringLiteral("pusher_internal:subscription_succeeded")), 1);
        QVERIFY(client->socket.isValid()); // not closed
    }

    void unsubscribeStopsTheEvents()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString stopped = subscribeSwaps(client, kSolMint);
        const QString kept = subscribeSwaps(client, kBonkMint);
        QVERIFY(client->waitFor(QStringLiteral("update"), stopped, 5));
        QSignalSpy unsubscribed(m_server.get(), &SimulatorServer::channelUnsubscribed);
        client->unsubscribe(stopped);
        QVERIFY(unsubscribed.wait(kWait));
        QCOMPARE(unsubscribed.at(0).at(1).toString(), stopped);
        QVERIFY(fence(client)); // anything sent before the unsubscribe took effect is in
        const qsizetype before = client->count(QStringLiteral("update"), stopped);
        // The other channel keeps flowing at its rate; the unsubscribed one stays silent meanwhile.
        const qsizetype keptBefore = client->count(QStringLiteral("update"), kept);
        QVERIFY(client->waitFor(QStringLiteral("update"), kept, keptBefore + 20));
        QCOMPARE(client->count(QStringLiteral("update"), stopped), before);
        QCOMPARE(m_server->stats().subscriptions, 1);
    }

    void channelSequenceIsSharedAndContinues()
    {
        RawPusherClient *first = connectClient();
        RawPusherClient *second = connectClient();
        QVERIFY(first && second);
        const QString channel = subscribeSwaps(first);
        QVERIFY(first->waitFor(QStringLiteral("update"), channel, 3));
        QVERIFY(!subscribeSwaps(second).isEmpty());
        QVERIFY(second->waitFor(QStringLiteral("update"), channel, 5));
        // The second subscriber joins the channel's sequence where it is, and sees it gap-free.
        const QList<QJsonObject> events = second->events(channel);
        const qint64 start = events.constFirst().value(QStringLiteral("seq")).toInteger();
        QVERIFY(start > 1);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).value(QStringLiteral("seq")).toInteger(), start + i);
        // Both see the same event under the same seq.
        const QJsonObject shared = events.constFirst();
        QVERIFY(first->waitFor(QStringLiteral("update"), channel, start));
        QCOMPARE(first->events(channel).at(start - 1), shared);
    }

    void presenceMembersJoinAndLeave()
    {
        RawPusherClient *owner = connectClient();
        RawPusherClient *guest = connectClient();
        QVERIFY(owner && guest);
        const QString channel = m_rest->channelFor(QStringLiteral("alpha.personal"));
        const HttpResult auth = m_rest->authorize(owner->socketId, channel);
        owner->subscribe(channel, auth.json().value(QStringLiteral("auth")),
                         auth.json().value(QStringLiteral("channel_data")));
        QVERIFY(owner->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel));

        // A second user, signed as the service would sign it (the test knows the app secret).
        const QString guestData = QStringLiteral(R"({"user_id":"usr_guest","user_info":{"name":"Guest"}})");
        const QString guestAuth = pusher::signChannel(QStringLiteral("sim-app-key"), testConfig().appSecret.toUtf8(),
                                                      guest->socketId, channel, guestData);
        guest->subscribe(channel, guestAuth, guestData);
        QVERIFY(guest->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel));
        QCOMPARE(RawPusherClient::dataOf(guest->last(QStringLiteral("pusher_internal:subscription_succeeded")))
                     .value(QStringLiteral("presence"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 2);
        QVERIFY(owner->waitFor(QStringLiteral("pusher_internal:member_added"), channel));
        QCOMPARE(RawPusherClient::dataOf(owner->last(QStringLiteral("pusher_internal:member_added")))
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 QStringLiteral("usr_guest"));
        guest->unsubscribe(channel);
        QVERIFY(owner->waitFor(QStringLiteral("pusher_internal:member_removed"), channel));
        QCOMPARE(RawPusherClient::dataOf(owner->last(QStringLiteral("pusher_internal:member_removed")))
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 QStringLiteral("usr_guest"));
    }

    void clientEventsAndGarbageAreAnsweredWithErrors()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->send(QJsonObject {{QStringLiteral("event"), QStringLiteral("client-hello")},
                                  {QStringLiteral("channel"), QStringLiteral("x")},
                                  {QStringLiteral("data"), QJsonObject()}});
        QVERIFY(client->waitFor(QStringLiteral("pusher:error")));
        client->socket.sendTextMessage(QStringLiteral("{not json"));
        QVERIFY(client->waitFor(QStringLiteral("pusher:error"), QString(), 2));
        QVERIFY(client->socket.isValid());
        QCOMPARE(m_server->stats().badClientMessages, quint64(2));
    }

    void idleClientIsPingedAndClosedWith4201WithoutPong()
    {
        SimulatorConfig config = testConfig();
        config.serverPingIntervalMs = 100;
        config.pongTimeoutMs = 200;
        startServer(config);
        RawPusherClient *silent = connectClient();
        QVERIFY(silent);
        QVERIFY(silent->waitFor(QStringLiteral("pusher:ping")));
        QVERIFY(silent->waitForDisconnect());
        QCOMPARE(closeCodeOf(silent), QStringLiteral("4201"));
    }

    void clientThatAnswersPingsStays()
    {
        SimulatorConfig config = testConfig();
        config.serverPingIntervalMs = 100;
        config.pongTimeoutMs = 300;
        startServer(config);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        QObject::connect(&client->socket, &QWebSocket::textMessageReceived, client, [client](const QString &text) {
            if (text.contains(QLatin1String("\"pusher:ping\"")))
                client->send(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:pong")},
                                          {QStringLiteral("data"), QJsonObject()}});
        });
        QVERIFY(client->waitFor(QStringLiteral("pusher:ping"), QString(), 4));
        QVERIFY(!client->disconnected);
    }

    // ---- faults ----------------------------------------------------------------------------

    void dropLooksLikeAnAbnormalClose()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        QSignalSpy gone(m_server.get(), &SimulatorServer::clientDisconnected);
        QCOMPARE(m_server->dropAllConnections(), 1);
        QVERIFY(client->waitForDisconnect());
        QVERIFY(client->droppedWithoutCloseFrame());
        QCOMPARE(gone.size(), 1);
        QCOMPARE(m_server->socketIds().size(), 0);
    }

    void closeWithAChosenCode_data()
    {
        QTest::addColumn<int>("code");
        for (int code : {4001, 4009, 4100, 4200, 4201, 1001})
            QTest::newRow(qPrintable(QString::number(code))) << code;
    }

    void closeWithAChosenCode()
    {
        QFETCH(int, code);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        QCOMPARE(m_server->closeAllConnections(code, QStringLiteral("simulated")), 1);
        QVERIFY(client->waitForDisconnect());
        QCOMPARE(int(client->socket.closeCode()), code);
        QCOMPARE(client->socket.closeReason(), QStringLiteral("simulated"));
        QVERIFY(!client->droppedWithoutCloseFrame());
    }

    void closeRefusesCodesThatMayNotBeSent()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        for (int code : {1005, 1006, 1015, 999, 5000})
            QCOMPARE(m_server->closeAllConnections(code), 0);
        QVERIFY(fence(client));
        QVERIFY(!client->disconnected);
    }

    void pusherErrorWithoutClosing()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        QCOMPARE(m_server->sendPusherError(4100, QStringLiteral("Over capacity")), 1);
        QVERIFY(client->waitFor(QStringLiteral("pusher:error")));
        const QJsonObject error = RawPusherClient::dataOf(client->last(QStringLiteral("pusher:error")));
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 4100);
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Over capacity"));
        QVERIFY(fence(client));
        QVERIFY(!client->disconnected);
    }

    void stoppedPongs()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        m_server->setPongsEnabled(false);
        QSignalSpy framePong(&client->socket, &QWebSocket::pong);
        client->ping();
        client->socket.ping();
        // Fence without a pong: a subscription answer comes after whatever the pings caused.
        client->subscribe(QStringLiteral("fence-channel"));
        QVERIFY(
            client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), QStringLiteral("fence-channel")));
        QCOMPARE(client->count(QStringLiteral("pusher:pong")), 0);
        QCOMPARE(framePong.size(), 0);
        m_server->setPongsEnabled(true);
        QVERIFY(fence(client));
        client->socket.ping();
        QVERIFY(framePong.wait(kWait));
    }

    void malformedFramesArriveAsDescribed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("invalid-json") << int(MalformedFrame::InvalidJson);
        QTest::newRow("data-not-string") << int(MalformedFrame::DataNotString);
        QTest::newRow("missing-event") << int(MalformedFrame::MissingEvent);
        QTest::newRow("huge") << int(MalformedFrame::Huge);
        QTest::newRow("invalid-utf8") << int(MalformedFrame::InvalidUtf8);
    }

    void malformedFramesArriveAsDescribed()
    {
        QFETCH(int, kind);
        const auto frameKind = MalformedFrame(kind);
        QVERIFY(malformedFrameFromName(malformedFrameName(frameKind)) == frameKind);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = subscribeSwaps(client);
        QVERIFY(!channel.isEmpty());
        QVERIFY(fence(client));
        const qsizetype before = client->raw.size();
        QCOMPARE(m_server->sendMalformedFrame(frameKind), 1);

        if (frameKind == MalformedFrame::InvalidUtf8) {
            // A conforming client refuses the frame and closes with 1007.
            QVERIFY(client->waitForDisconnect());
            QCOMPARE(client->socket.closeCode(), QWebSocketProtocol::CloseCodeWrongDatatype);
            return;
        }
        auto arrived = [&](const std::function<bool(const QString &)> &match) {
            return QTest::qWaitFor(
                [&] {
                    for (qsizetype i = before; i < client->raw.size(); ++i) {
                        if (match(client->raw.at(i)))
                            return true;
                    }
                    return false;
                },
                kWait);
        };
        switch (frameKind) {
        case MalformedFrame::InvalidJson:
            QVERIFY(arrived([](const QString &text) {
                QJsonParseError error;
                QJsonDocument::fromJson(text.toUtf8(), &error);
                return error.error != QJsonParseError::NoError;
            }));
            break;
        case MalformedFrame::DataNotString:
            QVERIFY(arrived([&](const QString &text) {
                const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
                return o.value(QStringLiteral("channel")).toString() == channel
                    && o.value(QStringLiteral("data")).isObject();
            }));
            break;
        case MalformedFrame::MissingEvent:
            QVERIFY(arrived([&](const QString &text) {
                const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
                return !o.isEmpty() && !o.contains(QStringLiteral("event"))
                    && o.value(QStringLiteral("channel")).toString() == channel;
            }));
            break;
        case MalformedFrame::Huge:
            QVERIFY(arrived([&](const QString &text) {
                if (text.size() < 10 * 1024 * 1024)
                    return false;
                const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
                return o.value(QStringLiteral("channel")).toString() == channel
                    && o.value(QStringLiteral("data")).isString();
            }));
            break;
        case MalformedFrame::InvalidUtf8:
            break;
        }
        QVERIFY(fence(client));
        QVERIFY(!client->disconnected);
    }

    void restartAcceptsNewConnectionsOnTheSamePort()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const quint16 port = m_server->port();
        QSignalSpy listening(m_server.get(), &SimulatorServer::listeningChanged);
        QVERIFY(m_server->restart());
        QCOMPARE(listening.size(), 2); // stopped, started
        QVERIFY(client->waitForDisconnect());
        QVERIFY(client->droppedWithoutCloseFrame());
        QCOMPARE(m_server->port(), port);
        RawPusherClient *again = connectClient();
        QVERIFY(again);
        QVERIFY(again->socketId != client->socketId);
        QCOMPARE(m_rest->session({{QStringLiteral("alpha.personal"), {}}}).status, 200);
    }

    void stopClosesWithGoingAway()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        m_server->stop();
        QVERIFY(!m_server->isListening());
        QVERIFY(client->waitForDisconnect());
        QCOMPARE(client->socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }

    void firehosePublishesExactlyNWithoutGaps()
    {
        constexpr quint64 count = 20000;
        SimulatorConfig config = testConfig();
        config.firehoseCount = count;
        startServer(config);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        QSignalSpy finished(m_server.get(), &SimulatorServer::firehoseFinished);
        const QString channel = subscribeSwaps(client);
        QVERIFY(!channel.isEmpty());
        QVERIFY(client->waitFor(QStringLiteral("update"), channel, qsizetype(count)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWait);
        QCOMPARE(finished.at(0).at(1).toULongLong(), count);
        const QList<QJsonObject> events = client->events(channel);
        QCOMPARE(events.size(), qsizetype(count));
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).value(QStringLiteral("seq")).toInteger() != i + 1)
                QFAIL(qPrintable(QStringLiteral("gap at event %1").arg(i)));
        }
        QCOMPARE(events.constLast().value(QStringLiteral("tokenMint")).toString(), kSolMint);
        QVERIFY(fence(client));
        QCOMPARE(client->events(channel).size(), qsizetype(count)); // and then it stops
    }
};

QTEST_GUILESS_MAIN(TestSimProtocol)
#include "tst_simprotocol.moc"
