// The simulator's REST control plane over QNetworkAccessManager: session, catalog, channel auth,
// the error envelope and the REST faults.

#include "channelnames.h"
#include "dto.h"
#include "pusherprotocol.h"
#include "simtestsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

using namespace shuriken;
using namespace shuriken::sim;
using namespace simtest;

class TestSimRest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<RestClient> m_rest;

    void startServer(const SimulatorConfig &config)
    {
        m_server = std::make_unique<SimulatorServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_rest = std::make_unique<RestClient>(m_server->baseUrl());
    }

    static void verifyErrorEnvelope(const HttpResult &result, int status, const QString &code)
    {
        QCOMPARE(result.status, status);
        const QJsonObject body = result.json();
        const QJsonObject error = body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(error.contains(QStringLiteral("details")));
        QVERIFY(body.value(QStringLiteral("requestId")).toString().startsWith(QLatin1String("req_")));
        QCOMPARE(result.headers.value("x-request-id"), body.value(QStringLiteral("requestId")).toString().toUtf8());
    }

private Q_SLOTS:
    void init() { startServer(testConfig()); }
    void cleanup()
    {
        m_rest.reset();
        m_server.reset();
    }

    void baseUrlIsLoopbackWithTheChosenPort()
    {
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_server->port() > 0);
        QCOMPARE(m_server->baseUrl().port(), int(m_server->port()));
        QVERIFY(m_server->webSocketUrl().toString().startsWith(
            QStringLiteral("ws://127.0.0.1:%1/app/sim-app-key?protocol=7").arg(m_server->port())));
    }

    void sessionResolvesEverySubscriptionInOrder_data()
    {
        QTest::addColumn<bool>("wrapped");
        QTest::newRow("data envelope") << true;
        QTest::newRow("bare") << false;
    }

    void sessionResolvesEverySubscriptionInOrder()
    {
        QFETCH(bool, wrapped);
        m_server->setWrapSessionInData(wrapped);
        const QList<QPair<QString, QJsonObject>> wanted {
            {QStringLiteral("svm.token.swaps"), tokenFilter(kSolMint)},
            {QStringLiteral("alpha.personal"), {}},
            {QStringLiteral("svm.token.swaps"), tokenFilter(kBonkMint)},
            {QStringLiteral("evm.token.swaps"),
             QJsonObject {
                 {QStringLiteral("chainId"), QStringLiteral("8453")},
                 {QStringLiteral("tokenAddress"), QStringLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")}}},
            {QStringLiteral("portfolio.notifications"), {}},
        };
        const HttpResult result = m_rest->session(wanted);
        QCOMPARE(result.status, 200);
        const QJsonObject body = result.json();
        QCOMPARE(body.contains(QStringLiteral("data")), wrapped);
        if (wrapped)
            QVERIFY(body.value(QStringLiteral("requestId")).toString().startsWith(QLatin1String("req_")));

        // The client's own parser accepts it (both envelopes).
        QString error;
        const auto session = Session::fromJson(body, m_server->baseUrl(), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->connection.provider, QStringLiteral("sim"));
        QCOMPARE(session->connection.appKey, QStringLiteral("sim-app-key"));
        QCOMPARE(session->connection.wsHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(session->connection.wsPort, m_server->port());
        QCOMPARE(session->connection.forceTls, false);
        QCOMPARE(session->connection.authEndpoint,
                 QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/ws/auth").arg(m_server->port())));
        QCOMPARE(session->recommendedReconnectBackoffMs, (QList<qint64> {1000, 2000, 4000}));

        QCOMPARE(session->subscriptions.size(), wanted.size());
        static const QRegularExpression channelChars(QStringLiteral("^[A-Za-z0-9_\\-=@,.;]{1,164}$"));
        QSet<QString> channels;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const ResolvedSubscription &sub = session->subscriptions.at(i);
            QCOMPARE(sub.stream, wanted.at(i).first);
            QCOMPARE(sub.event, QStringLiteral("update"));
            QCOMPARE(sub.payloadFormat, QStringLiteral("json"));
            QCOMPARE(sub.payloadSchemaId, sub.stream);
            QVERIFY2(channelChars.match(sub.channel).hasMatch(), qPrintable(sub.channel));
            channels.insert(sub.channel);
        }
        QCOMPARE(channels.size(), wanted.size()); // one channel per (stream, filter)
        QCOMPARE(session->subscriptions.at(1).visibility, Visibility::Presence);
        QCOMPARE(session->subscriptions.at(1).channel, QStringLiteral("presence-alpha-usr_sim0001"));
        QVERIFY(session->subscriptions.at(4).channel.startsWith(QLatin1String("presence-notification_")));
        QCOMPARE(session->subscriptions.at(0).visibility, Visibility::Public);
        QVERIFY(!session->subscriptions.at(0).channel.startsWith(QLatin1String("presence-")));

        // Stable: the same (stream, filter) gives the same channel in another call, whatever the
        // filter key order.
        QCOMPARE(m_rest->channelFor(QStringLiteral("svm.token.swaps"), tokenFilter(kBonkMint)),
                 session->subscriptions.at(2).channel);
        QCOMPARE(m_rest->channelFor(QStringLiteral("evm.token.swaps"),
                                    QJsonObject {{QStringLiteral("tokenAddress"),
                                                  QStringLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913")},
                                                 {QStringLiteral("chainId"), QStringLiteral("8453")}}),
                 session->subscriptions.at(3).channel);
    }

    void sessionAcceptsTheSdkProbe()
    {
        // What both SDKs send to learn the connection parameters.
        const HttpResult result
            = m_rest->postRaw(QStringLiteral("/api/v2/ws/session"),
                              R"({"subscriptions":[{"stream":"alpha.signalFeedGlobal"}]})", "application/json");
        QCOMPARE(result.status, 200);
    }

    void sessionRejectsAWrongKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("wrong key") << QStringLiteral("sk_wrong_key_000000000000");
        QTest::newRow("no key") << QString();
    }

    void sessionRejectsAWrongKey()
    {
        QFETCH(QString, key);
        m_rest->setApiKey(key);
        verifyErrorEnvelope(m_rest->session({{QStringLiteral("alpha.personal"), {}}}), 401,
                            QStringLiteral("UNAUTHORIZED"));
        verifyErrorEnvelope(m_rest->get(QStringLiteral("/api/v2/ws/streams")), 401, QStringLiteral("UNAUTHORIZED"));
        verifyErrorEnvelope(m_rest->authorize(QStringLiteral("1.2"), QStringLiteral("presence-alpha-usr_sim0001")), 401,
                            QStringLiteral("UNAUTHORIZED"));
    }

    void anyKeyIsAcceptedWithoutAConfiguredKey()
    {
        SimulatorConfig config = testConfig();
        config.apiKey.clear();
        startServer(config);
        m_rest->setApiKey(QString());
        QCOMPARE(m_rest->session({{QStringLiteral("alpha.personal"), {}}}).status, 200);
    }

    void sessionRejectsInvalidParameters_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown stream") << QByteArray(R"({"subscriptions":[{"stream":"svm.token.nope","filter":{}}]})")
                                        << QStringLiteral("Unknown stream");
        QTest::newRow("missing filter") << QByteArray(R"({"subscriptions":[{"stream":"svm.token.swaps","filter":{}}]})")
                                        << QStringLiteral("requires the filter \"tokenAddress\"");
        QTest::newRow("one of two filters")
            << QByteArray(R"({"subscriptions":[{"stream":"evm.token.swaps","filter":{"chainId":"1"}}]})")
            << QStringLiteral("tokenAddress");
        QTest::newRow("unknown filter") << QByteArray(
            R"({"subscriptions":[{"stream":"alpha.personal","filter":{"colour":"red"}}]})")
                                        << QStringLiteral("no filter \"colour\"");
        QTest::newRow("unsupported chain")
            << QByteArray(R"({"subscriptions":[{"stream":"evm.token.swaps","filter":{"chainId":"12345",)"
                          R"("tokenAddress":"0x833589fcd6edb6e08f4c7c32d4f71b54bda02913"}}]})")
            << QStringLiteral("not a supported chain");
        QTest::newRow("not a solana address")
            << QByteArray(R"({"subscriptions":[{"stream":"svm.token.swaps","filter":{"tokenAddress":"0xabc"}}]})")
            << QStringLiteral("not a Solana address");
        QTest::newRow("filter value not a string")
            << QByteArray(R"({"subscriptions":[{"stream":"evm.token.swaps","filter":{"chainId":1}}]})")
            << QStringLiteral("expected a string");
        QTest::newRow("not json") << QByteArray("subscriptions please") << QStringLiteral("JSON object");
        QTest::newRow("no list") << QByteArray(R"({"streams":[]})") << QStringLiteral("must be an array");
    }

    void sessionRejectsInvalidParameters()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const HttpResult result = m_rest->postRaw(QStringLiteral("/api/v2/ws/session"), body, "application/json");
        verifyErrorEnvelope(result, 400, QStringLiteral("INVALID_PARAMS"));
        const QString message
            = result.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    void unknownPathsAndMethods()
    {
        verifyErrorEnvelope(m_rest->get(QStringLiteral("/api/v2/ws/nothing")), 404, QStringLiteral("NOT_FOUND"));
        const HttpResult wrongMethod = m_rest->get(QStringLiteral("/api/v2/ws/session"));
        verifyErrorEnvelope(wrongMethod, 405, QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArray("POST"));
    }

    void catalogListsTheBuiltInStreams()
    {
        for (const QString &path : {QStringLiteral("/api/v2/ws/streams"), QStringLiteral("/api/v2/ws/catalog")}) {
            const HttpResult result = m_rest->get(path);
            QCOMPARE(result.status, 200);
            QString error;
            const auto catalog = StreamCatalog::fromJson(result.json(), &error);
            QVERIFY2(catalog, qPrintable(error));
            QCOMPARE(catalog->streams.size(), 21);
            QCOMPARE(catalog->streams, StreamCatalog::builtIn().streams);
            for (const auto &stream : catalog->streams)
                QVERIFY2(!stream.description.isEmpty(), qPrintable(stream.id));
        }
    }

    void authSignsPresenceChannelsWithRealHmac()
    {
        const QString channel = m_rest->channelFor(QStringLiteral("alpha.personal"));
        const QString socketId = QStringLiteral("123456.654321");
        const HttpResult result = m_rest->authorize(socketId, channel);
        QCOMPARE(result.status, 200);
        const QJsonObject body = result.json();
        QVERIFY(!body.contains(QStringLiteral("data"))); // bare, as pusher-js forwards it
        QString error;
        const auto auth = ChannelAuth::fromJson(body, &error);
        QVERIFY2(auth, qPrintable(error));
        QVERIFY(auth->channelData);
        const QJsonObject channelData = QJsonDocument::fromJson(auth->channelData->toUtf8()).object();
        QCOMPARE(channelData.value(QStringLiteral("user_id")).toString(), QStringLiteral("usr_sim0001"));
        QVERIFY(channelData.value(QStringLiteral("user_info")).isObject());

        // Independently of the codec: hex(HMAC-SHA256(secret, socket:channel:channel_data)).
        const QByteArray message = QString(socketId + u':' + channel + u':' + *auth->channelData).toUtf8();
        const QByteArray expected
            = QMessageAuthenticationCode::hash(message, testConfig().appSecret.toUtf8(), QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(auth->auth, QStringLiteral("sim-app-key:") + QString::fromLatin1(expected));
    }

    void authRejectsJsonBodies()
    {
        const HttpResult result
            = m_rest->postRaw(QStringLiteral("/api/v2/ws/auth"),
                              R"({"socket_id":"1.2","channel_name":"presence-alpha-usr_sim0001"})", "application/json");
        QCOMPARE(result.status, 400);
        QJsonParseError parseError;
        QJsonDocument::fromJson(result.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError); // like the real service: not JSON
        QVERIFY(result.body.contains("Failed to deserialize form body"));
    }

    void authRefusesWhatTheKeyMayNotJoin_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("another user's presence channel")
            << QStringLiteral("presence-alpha-usr_someone_else") << 403 << QStringLiteral("FORBIDDEN");
        QTest::newRow("unknown private channel")
            << QStringLiteral("private-secret") << 403 << QStringLiteral("FORBIDDEN");
        QTest::newRow("public channel") << QStringLiteral("svm.token.swaps") << 400 << QStringLiteral("INVALID_PARAMS");
        QTest::newRow("encrypted channel")
            << QStringLiteral("private-encrypted-x") << 400 << QStringLiteral("INVALID_PARAMS");
    }

    void authRefusesWhatTheKeyMayNotJoin()
    {
        QFETCH(QString, channel);
        QFETCH(int, status);
        QFETCH(QString, code);
        verifyErrorEnvelope(m_rest->authorize(QStringLiteral("1.2"), channel), status, code);
    }

    void authChecksTheForm()
    {
        const QString channel = m_rest->channelFor(QStringLiteral("alpha.personal"));
        const HttpResult missing = m_rest->postRaw(
            QStringLiteral("/api/v2/ws/auth"), "channel_name=" + channel.toUtf8(), "application/x-www-form-urlencoded");
        QCOMPARE(missing.status, 400);
        QVERIFY(missing.body.contains("socket_id"));
        verifyErrorEnvelope(m_rest->authorize(QStringLiteral("not-a-socket"), channel), 400,
                            QStringLiteral("INVALID_PARAMS"));
    }

    void restFaultsAnswerInstead_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("401") << 401 << QStringLiteral("UNAUTHORIZED");
        QTest::newRow("403") << 403 << QStringLiteral("FORBIDDEN");
        QTest::newRow("429") << 429 << QStringLiteral("RATE_LIMITED");
        QTest::newRow("500") << 500 << QStringLiteral("INTERNAL_ERROR");
    }

    void restFaultsAnswerInstead()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        RestFault fault;
        fault.status = status;
        m_server->addRestFault(fault);
        verifyErrorEnvelope(m_rest->session({{QStringLiteral("alpha.personal"), {}}}), status, code);
        verifyErrorEnvelope(m_rest->get(QStringLiteral("/api/v2/ws/streams")), status, code);
        verifyErrorEnvelope(m_rest->session({{QStringLiteral("alpha.personal"), {}}}), status, code); // until cleared
        m_server->clearRestFaults();
        QCOMPARE(m_rest->session({{QStringLiteral("alpha.personal"), {}}}).status, 200);
    }

    void rateLimitOnceOnOneEndpointWithRetryAfter()
    {
        RestFault fault;
        fault.status = 429;
        fault.retryAfterSeconds = 2;
        fault.remaining = 1;
        fault.endpoints = RestEndpoint::Session;
        m_server->addRestFault(fault);
        QCOMPARE(m_rest->get(QStringLiteral("/api/v2/ws/streams")).status, 200); // another endpoint
        const HttpResult limited = m_rest->session({{QStringLiteral("alpha.personal"), {}}});
        verifyErrorEnvelope(limited, 429, QStringLiteral("RATE_LIMITED"));
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("2"));
        QCOMPARE(m_rest->session({{QStringLiteral("alpha.personal"), {}}}).status, 200); // used up
        QVERIFY(m_server->restFaults().isEmpty());
        QCOMPARE(m_server->stats().restResponsesByStatus.value(429), quint64(1));
    }

    void slowAnswersArriveAfterTheDelay()
    {
        constexpr int delayMs = 300;
        m_server->setRestDelay(delayMs, RestEndpoint::Auth | RestEndpoint::Session);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_rest->session({{QStringLiteral("alpha.personal"), {}}}).status, 200);
        // A lower bound only: the server cannot answer before its timer fires.
        QVERIFY(timer.elapsed() >= delayMs);
        m_server->clearRestFaults();
        QCOMPARE(m_server->restDelayMs(), 0);
    }

    void relativeAuthEndpointOnRequest()
    {
        SimulatorConfig config = testConfig();
        config.relativeAuthEndpoint = true;
        config.reconnectBackoffMs = {50, 100};
        startServer(config);
        const QJsonObject connection
            = m_rest->session({{QStringLiteral("alpha.personal"), {}}}).json().value(QStringLiteral("data")).toObject();
        QCOMPARE(
            connection.value(QStringLiteral("connection")).toObject().value(QStringLiteral("authEndpoint")).toString(),
            QStringLiteral("/api/v2/ws/auth"));
        QCOMPARE(connection.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("recommendedReconnectBackoffMs"))
                     .toArray(),
                 (QJsonArray {50, 100}));
    }

    void epochChangesAppKeyAndChannelNames_data()
    {
        QTest::addColumn<quint32>("epoch");
        QTest::addColumn<QString>("appKeyOption"); // empty: the default key
        QTest::addColumn<QString>("expectedAppKey");
        QTest::addColumn<QString>("expectedSuffix");
        QTest::newRow("epoch 0: names unchanged") << 0U << QString() << QStringLiteral("sim-app-key") << QString();
        QTest::newRow("epoch 1") << 1U << QString() << QStringLiteral("sim-app-key-e1") << QStringLiteral("-e1");
        QTest::newRow("epoch 17 with --app-key")
            << 17U << QStringLiteral("my-key") << QStringLiteral("my-key-e17") << QStringLiteral("-e17");
        QTest::newRow("epoch 0 with --app-key")
            << 0U << QStringLiteral("my-key") << QStringLiteral("my-key") << QString();
        QTest::newRow("largest epoch") << 4294967295U << QString() << QStringLiteral("sim-app-key-e4294967295")
                                       << QStringLiteral("-e4294967295");
    }

    void epochChangesAppKeyAndChannelNames()
    {
        QFETCH(quint32, epoch);
        QFETCH(QString, appKeyOption);
        QFETCH(QString, expectedAppKey);
        QFETCH(QString, expectedSuffix);

        // The plain names, from an epoch-0 server with the default key.
        const QList<QPair<QString, QJsonObject>> wanted {
            {QStringLiteral("svm.token.swaps"), tokenFilter(kSolMint)},
            {QStringLiteral("svm.bondingCurve.creations"), {}},
            {QStringLiteral("alpha.personal"), {}},
            {QStringLiteral("portfolio.notifications"), {}},
            {QStringLiteral("alpha.signalFeedNamed"), QJsonObject {{QStringLiteral("feedId"), QStringLiteral("f1")}}},
        };
        QStringList plainNames;
        for (const auto &[stream, filter] : wanted)
            plainNames.append(m_rest->channelFor(stream, filter));

        SimulatorConfig config = testConfig();
        config.epoch = epoch;
        if (!appKeyOption.isEmpty())
            config.appKey = appKeyOption;
        startServer(config);
        QCOMPARE(m_server->config().effectiveAppKey(), expectedAppKey);
        QCOMPARE(m_server->webSocketUrl().path(), QStringLiteral("/app/") + expectedAppKey);

        const HttpResult result = m_rest->session(wanted);
        QCOMPARE(result.status, 200);
        QString error;
        const auto session = Session::fromJson(result.json(), m_server->baseUrl(), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->connection.appKey, expectedAppKey);
        QCOMPARE(session->subscriptions.size(), wanted.size());
        const StreamCatalog catalog = StreamCatalog::builtIn();
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const ResolvedSubscription &resolved = session->subscriptions.at(i);
            // The suffix goes at the end, so the prefix that makes a channel presence stays.
            QCOMPARE(resolved.channel, plainNames.at(i) + expectedSuffix);
            QCOMPARE(pusher::channelType(resolved.channel), pusher::channelType(plainNames.at(i)));
            QVERIFY(resolved.channel.size() <= 164);
            // The library function agrees with the endpoint.
            const StreamDescriptor *stream = catalog.find(wanted.at(i).first);
            QVERIFY(stream);
            StreamFilter filter;
            for (auto it = wanted.at(i).second.constBegin(); it != wanted.at(i).second.constEnd(); ++it)
                filter.insert(it.key(), it.value().toString());
            QCOMPARE(channelNameFor(*stream, filter, config.userId, epoch), resolved.channel);
        }
        QVERIFY(session->subscriptions.at(2).channel.startsWith(QLatin1String("presence-alpha-")));

        // Presence auth: this epoch's channel is signed with this epoch's key; the other epoch's
        // name is unknown to this server.
        const QString socketId = QStringLiteral("123456.654321");
        const QString ours = session->subscriptions.at(2).channel;
        const HttpResult signedAuth = m_rest->authorize(socketId, ours);
        QCOMPARE(signedAuth.status, 200);
        const auto auth = ChannelAuth::fromJson(signedAuth.json(), &error);
        QVERIFY2(auth, qPrintable(error));
        QVERIFY(auth->auth.startsWith(expectedAppKey + u':'));
        QVERIFY(pusher::verifyChannelSignature(auth->auth, expectedAppKey, config.appSecret.toUtf8(), socketId, ours,
                                               auth->channelData));
        const QString otherEpochs = epoch == 0 ? ours + SimulatorConfig::epochSuffix(1) : plainNames.at(2);
        verifyErrorEnvelope(m_rest->authorize(socketId, otherEpochs), 403, QStringLiteral("FORBIDDEN"));
        if (epoch > 0) {
            verifyErrorEnvelope(m_rest->authorize(socketId, plainNames.at(2) + SimulatorConfig::epochSuffix(epoch + 1)),
                                403, QStringLiteral("FORBIDDEN"));
        }
    }

    void backoffScheduleIsAnnounced()
    {
        SimulatorConfig config = testConfig();
        config.reconnectBackoffMs = {200, 400, 800};
        startServer(config);
        const HttpResult result = m_rest->session({{QStringLiteral("alpha.signalFeedGlobal"), {}}});
        QString error;
        const auto session = Session::fromJson(result.json(), m_server->baseUrl(), &error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->recommendedReconnectBackoffMs, (QList<qint64> {200, 400, 800}));
    }

    void corsPreflightIsAnswered()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v2/ws/session"))));
        const HttpResult result = waitForReply(network.sendCustomRequest(request, "OPTIONS"));
        QCOMPARE(result.status, 204);
        QVERIFY(result.headers.value("access-control-allow-headers").contains("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestSimRest)
#include "tst_simrest.moc"
