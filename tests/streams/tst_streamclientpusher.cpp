// StreamClient in direct Pusher mode (Options::pusher) against the in-process SimulatorServer in
// its generic Pusher mode on 127.0.0.1: any channel, every event name, private channels through
// the auth endpoint and signed locally, presence members, client events, events triggered
// through the HTTP API, encrypted channels, and the explanations of what goes wrong.

#include "apiclient.h"
#include "pusherhttpapi.h"
#include "secretbox.h"
#include "simulatorserver.h"
#include "streamclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shuriken;
using shuriken::sim::SimulatorServer;

namespace {

constexpr int kWait = 15000; // generous: the machine may be busy; nothing here asserts on time

// One client with its network and the events of every subscription, in arrival order.
struct Client
{
    QNetworkAccessManager network;
    StreamClient client {&network};
    StreamEventBatch events;
    QStringList errors;

    explicit Client(const StreamClient::Options &options)
    {
        client.setOptions(options);
        QObject::connect(&client, &StreamClient::eventsReceived,
                         [this](const StreamEventBatch &batch) { events.append(batch); });
        QObject::connect(&client, &StreamClient::errorOccurred,
                         [this](const QString &message) { errors.append(message); });
    }
    QStringList eventNames() const
    {
        QStringList names;
        for (const StreamEvent &event : events)
            names.append(event.event);
        return names;
    }
    bool anyErrorContains(const QString &text) const
    {
        for (const QString &error : errors) {
            if (error.contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

QJsonObject payloadOf(const StreamEvent &event)
{
    return QJsonDocument::fromJson(event.payload).object();
}

} // namespace

class TestStreamClientPusher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorServer> m_sim;

    void startSimulator(const sim::SimulatorConfig &config = genericConfig())
    {
        m_sim = std::make_unique<SimulatorServer>(config);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    static sim::SimulatorConfig genericConfig()
    {
        sim::SimulatorConfig config;
        config.genericPusher = true;
        config.seed = 3;
        return config;
    }

    // Settings as a user would type them for this server: key, host, port, auth endpoint.
    PusherSettings settings() const
    {
        PusherSettings s;
        s.appKey = m_sim->config().effectiveAppKey();
        s.host = QStringLiteral("127.0.0.1");
        s.wsPort = m_sim->port();
        s.wssPort = m_sim->port();
        s.tls = false;
        s.channelAuthEndpoint = m_sim->baseUrl().resolved(QUrl(QStringLiteral("/pusher/auth")));
        return s;
    }

    PusherSettings signingSettings() const
    {
        PusherSettings s = settings();
        s.channelAuthEndpoint = {};
        s.appId = m_sim->config().appId;
        s.appSecret = m_sim->config().appSecret;
        s.encryptionMasterKey = m_sim->config().encryptionMasterKey;
        return s;
    }

    static StreamClient::Options options(const PusherSettings &pusher)
    {
        StreamClient::Options options;
        options.pusher = pusher;
        options.requestTimeoutMs = 5000;
        options.subscribeTimeoutMs = 5000;
        options.jitterSeed = 7;
        options.fallbackBackoffMs = {50, 100, 200};
        return options;
    }

    static void subscribeAndWait(Client &c, const QString &channel, Subscription **out = nullptr,
                                 const StreamFilter &filter = {})
    {
        Subscription *subscription = c.client.subscribe(channel, filter);
        if (c.client.state() == StreamClient::State::Disconnected)
            c.client.connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Subscribed, kWait);
        if (out)
            *out = subscription;
    }

private Q_SLOTS:
    void publicChannelDeliversEveryEventName()
    {
        startSimulator();
        Client c(options(settings()));
        Subscription *subscription = nullptr;
        subscribeAndWait(c, QStringLiteral("orders"), &subscription);
        QCOMPARE(subscription->channel(), QStringLiteral("orders"));
        QCOMPARE(m_sim->trigger(QStringLiteral("orders"), QStringLiteral("created"), R"({"id":1})"), 1);
        QCOMPARE(m_sim->trigger(QStringLiteral("orders"), QStringLiteral("App\\Events\\Shipped"), R"({"id":2})"), 1);
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 2, kWait);
        QCOMPARE(c.eventNames(), (QStringList {QStringLiteral("created"), QStringLiteral("App\\Events\\Shipped")}));
        QCOMPARE(payloadOf(c.events.at(1)).value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(c.events.at(0).channel, QStringLiteral("orders"));
        QCOMPARE(c.client.counters().sessionRequests, 0u); // no Shuriken bootstrap
        QVERIFY(c.client.endpointText().startsWith(QStringLiteral("ws://127.0.0.1:")));
    }

    void invalidChannelNameFailsAtOnce()
    {
        startSimulator();
        Client c(options(settings()));
        Subscription *bad = c.client.subscribe(QStringLiteral("has space"));
        QCOMPARE(bad->status(), Subscription::Status::Error);
        QVERIFY(bad->hasFailedPermanently());
    }

    void privateChannelThroughTheAuthEndpoint()
    {
        startSimulator();
        Client c(options(settings()));
        QSignalSpy exchanges(&c.client, &StreamClient::httpExchangeFinished);
        subscribeAndWait(c, QStringLiteral("private-orders"));
        QCOMPARE(c.client.counters().authRequests, 1u);
        QCOMPARE(exchanges.size(), 1);
        const auto exchange = exchanges.at(0).at(0).value<HttpExchange>();
        QVERIFY(exchange.url.path().endsWith(QLatin1String("/pusher/auth")));
        m_sim->trigger(QStringLiteral("private-orders"), QStringLiteral("paid"), R"({"total":"12.50"})");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 1, kWait);
        QCOMPARE(payloadOf(c.events.at(0)).value(QStringLiteral("total")).toString(), QStringLiteral("12.50"));
    }

    void privateChannelSignedLocally()
    {
        startSimulator();
        Client c(options(signingSettings()));
        QSignalSpy exchanges(&c.client, &StreamClient::httpExchangeFinished);
        subscribeAndWait(c, QStringLiteral("private-orders"));
        QCOMPARE(exchanges.size(), 0); // signed here, no request
        m_sim->trigger(QStringLiteral("private-orders"), QStringLiteral("paid"), R"({"total":"3"})");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 1, kWait);
    }

    void aWrongSecretIsRefusedAndExplained()
    {
        startSimulator();
        PusherSettings wrong = signingSettings();
        wrong.appSecret = QStringLiteral("not-the-secret");
        Client c(options(wrong));
        Subscription *subscription = c.client.subscribe(QStringLiteral("private-orders"));
        c.client.connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Error, kWait);
        QCOMPARE(subscription->failure(), Subscription::Failure::Authorization);
        // The server's words and what they mean: the secret does not match the key.
        QVERIFY2(subscription->statusReason().contains(QLatin1String("secret"), Qt::CaseInsensitive),
                 qPrintable(subscription->statusReason()));
        QVERIFY(!subscription->statusReason().contains(QLatin1String("not-the-secret")));
    }

    void presenceMembersJoinAndLeave()
    {
        startSimulator();
        PusherSettings alice = signingSettings();
        alice.userId = QStringLiteral("alice");
        alice.userInfo = QJsonObject {{QStringLiteral("name"), QStringLiteral("Alice")}};
        PusherSettings bob = signingSettings();
        bob.userId = QStringLiteral("bob");
        Client a(options(alice));
        Subscription *roomA = nullptr;
        subscribeAndWait(a, QStringLiteral("presence-room"), &roomA);
        QCOMPARE(roomA->members().size(), 1);
        QCOMPARE(roomA->members().at(0).userId, QStringLiteral("alice"));
        QCOMPARE(roomA->members().at(0).userInfo.toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Alice"));
        QCOMPARE(roomA->ownUserId(), QStringLiteral("alice"));

        QSignalSpy added(roomA, &Subscription::memberAdded);
        QSignalSpy removed(roomA, &Subscription::memberRemoved);
        auto b = std::make_unique<Client>(options(bob));
        Subscription *roomB = nullptr;
        subscribeAndWait(*b, QStringLiteral("presence-room"), &roomB);
        QCOMPARE(roomB->members().size(), 2);
        QCOMPARE(roomB->ownUserId(), QStringLiteral("bob"));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, kWait);
        QCOMPARE(added.at(0).at(0).value<pusher::PresenceMember>().userId, QStringLiteral("bob"));
        QCOMPARE(roomA->members().size(), 2);

        b->client.disconnectFromService();
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, kWait);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("bob"));
        QCOMPARE(roomA->members().size(), 1);
        // No event rows come of member changes: they are not the channel's events.
        QVERIFY(a.events.isEmpty());
    }

    void clientEventsReachTheOtherSubscriberOnly()
    {
        startSimulator();
        Client a(options(settings()));
        Client b(options(settings()));
        subscribeAndWait(a, QStringLiteral("private-chat"));
        subscribeAndWait(b, QStringLiteral("private-chat"));
        QCOMPARE(
            a.client.sendClientEvent(QStringLiteral("private-chat"), QStringLiteral("client-typing"), R"({"who":"a"})"),
            QString());
        QTRY_COMPARE_WITH_TIMEOUT(b.events.size(), 1, kWait);
        QCOMPARE(b.events.at(0).event, QStringLiteral("client-typing"));
        QCOMPARE(payloadOf(b.events.at(0)).value(QStringLiteral("who")).toString(), QStringLiteral("a"));
        QCOMPARE(a.client.counters().clientEventsSent, 1u);
        // The sender does not get its own event back; a triggered event after it shows the order.
        m_sim->trigger(QStringLiteral("private-chat"), QStringLiteral("marker"), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(a.events.size(), 1, kWait);
        QCOMPARE(a.events.at(0).event, QStringLiteral("marker"));

        // Refused before anything is sent, with the reason.
        QVERIFY(!a.client.sendClientEvent(QStringLiteral("private-chat"), QStringLiteral("typing"), "{}").isEmpty());
        QVERIFY(!a.client.sendClientEvent(QStringLiteral("public"), QStringLiteral("client-x"), "{}").isEmpty());
        QVERIFY(!a.client.sendClientEvent(QStringLiteral("private-encrypted-x"), QStringLiteral("client-x"), "{}")
                     .isEmpty());
        QVERIFY(!a.client.sendClientEvent(QStringLiteral("private-other"), QStringLiteral("client-x"), "{}")
                     .isEmpty()); // not subscribed
        QVERIFY(
            !a.client.sendClientEvent(QStringLiteral("private-chat"), QStringLiteral("client-x"), "{nope").isEmpty());
        QCOMPARE(a.client.counters().clientEventsSent, 1u);
    }

    void presenceClientEventsCarryTheSender()
    {
        startSimulator();
        PusherSettings alice = signingSettings();
        alice.userId = QStringLiteral("alice");
        Client a(options(alice));
        Client b(options(signingSettings()));
        subscribeAndWait(a, QStringLiteral("presence-chat"));
        subscribeAndWait(b, QStringLiteral("presence-chat"));
        QCOMPARE(a.client.sendClientEvent(QStringLiteral("presence-chat"), QStringLiteral("client-hello"), "{}"),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(b.events.size(), 1, kWait);
        QCOMPARE(b.events.at(0).event, QStringLiteral("client-hello"));
    }

    void eventsTriggeredThroughTheHttpApi()
    {
        startSimulator();
        Client c(options(settings()));
        subscribeAndWait(c, QStringLiteral("orders"));

        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(m_sim->baseUrl());
        PusherHttpApi http(&api);
        http.setCredentials(PusherAppCredentials {
            m_sim->config().appId, m_sim->config().effectiveAppKey(), m_sim->config().appSecret, {}});
        QSignalSpy exchanges(&api, &ApiClient::exchangeFinished);
        std::optional<ApiResult<QJsonObject>> answer;
        http.trigger(
            PusherEvent {QStringLiteral("shipped"), QStringLiteral(R"({"id":7})"), {QStringLiteral("orders")}, {}},
            this, [&answer](const ApiResult<QJsonObject> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().displayText()));
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 1, kWait);
        QCOMPARE(c.events.at(0).event, QStringLiteral("shipped"));
        QCOMPARE(payloadOf(c.events.at(0)).value(QStringLiteral("id")).toInt(), 7);
        // The exchange shows no secret and no whole signature.
        const auto exchange = exchanges.at(0).at(0).value<HttpExchange>();
        QVERIFY(!exchange.url.toString().contains(m_sim->config().appSecret));

        // Excluding the monitor's own socket: it does not get the event.
        answer.reset();
        http.trigger(
            PusherEvent {QStringLiteral("echo"), QStringLiteral("{}"), {QStringLiteral("orders")}, c.client.socketId()},
            this, [&answer](const ApiResult<QJsonObject> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(answer->ok());
        m_sim->trigger(QStringLiteral("orders"), QStringLiteral("after"), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 2, kWait);
        QCOMPARE(c.events.at(1).event, QStringLiteral("after"));

        // A wrong secret: refused by the server, and explained.
        http.setCredentials(PusherAppCredentials {
            m_sim->config().appId, m_sim->config().effectiveAppKey(), QStringLiteral("wrong-secret"), {}});
        answer.reset();
        http.trigger(PusherEvent {QStringLiteral("x"), QStringLiteral("{}"), {QStringLiteral("orders")}, {}}, this,
                     [&answer](const ApiResult<QJsonObject> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().httpStatus(), 401);
        QVERIFY2(answer->error().displayText().contains(QLatin1String("secret"), Qt::CaseInsensitive),
                 qPrintable(answer->error().displayText()));
    }

    void encryptedChannelThroughTheAuthEndpoint()
    {
        startSimulator();
        Client c(options(settings()));
        QSignalSpy exchanges(&c.client, &StreamClient::httpExchangeFinished);
        subscribeAndWait(c, QStringLiteral("private-encrypted-vault"));
        // The shared secret never shows in the recorded answer.
        const auto exchange = exchanges.at(0).at(0).value<HttpExchange>();
        const QByteArray secret = pusher::encryptedChannelSecret(QStringLiteral("private-encrypted-vault"),
                                                                 m_sim->config().encryptionMasterKey)
                                      .toBase64();
        QVERIFY(exchange.responseBody.contains("shared_secret"));
        QVERIFY(!exchange.responseBody.contains(secret));

        m_sim->trigger(QStringLiteral("private-encrypted-vault"), QStringLiteral("opened"), R"({"code":"1234"})");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 1, kWait);
        QCOMPARE(payloadOf(c.events.at(0)).value(QStringLiteral("code")).toString(), QStringLiteral("1234"));
        QCOMPARE(c.client.counters().undecryptableEvents, 0u);
    }

    void encryptedChannelSignedLocallyAndTriggeredEncrypted()
    {
        startSimulator();
        Client c(options(signingSettings()));
        subscribeAndWait(c, QStringLiteral("private-encrypted-vault"));
        // Sealed by our HTTP API client with the master key, opened by the subscriber.
        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(m_sim->baseUrl());
        PusherHttpApi http(&api);
        http.setCredentials(PusherAppCredentials {m_sim->config().appId, m_sim->config().effectiveAppKey(),
                                                  m_sim->config().appSecret, m_sim->config().encryptionMasterKey});
        std::optional<ApiResult<QJsonObject>> answer;
        http.trigger(PusherEvent {QStringLiteral("sealed"),
                                  QStringLiteral(R"({"n":1})"),
                                  {QStringLiteral("private-encrypted-vault")},
                                  {}},
                     this, [&answer](const ApiResult<QJsonObject> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
        QVERIFY(answer->ok());
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 1, kWait);
        QCOMPARE(payloadOf(c.events.at(0)).value(QStringLiteral("n")).toInt(), 1);
    }

    void anEventThatDoesNotOpenIsShownAndReported()
    {
        startSimulator();
        PusherSettings wrongKey = signingSettings();
        wrongKey.encryptionMasterKey = QByteArray(32, 'x'); // not the app's: the derived secret differs
        Client c(options(wrongKey));
        subscribeAndWait(c, QStringLiteral("private-encrypted-vault"));
        m_sim->trigger(QStringLiteral("private-encrypted-vault"), QStringLiteral("opened"), R"({"code":"1"})");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 1, kWait);
        QCOMPARE(c.client.counters().undecryptableEvents, 1u);
        QVERIFY(c.anyErrorContains(QStringLiteral("could not be decrypted")));
        // Nothing lost: the row holds the envelope as it arrived.
        QVERIFY(payloadOf(c.events.at(0)).contains(QStringLiteral("ciphertext")));
    }

    void anEventThatDoesNotOpenAsksForTheSecretAgain()
    {
        // As pusher-js: a box that does not open may mean the server rotated the key, so the
        // auth endpoint is asked again, once; an unchanged answer ends the asking.
        startSimulator();
        Client c(options(settings()));
        subscribeAndWait(c, QStringLiteral("private-encrypted-vault"));
        QCOMPARE(c.client.counters().authRequests, 1u);

        QNetworkAccessManager network;
        ApiClient api(&network);
        api.setBaseUrl(m_sim->baseUrl());
        PusherHttpApi http(&api);
        http.setCredentials(PusherAppCredentials {m_sim->config().appId, m_sim->config().effectiveAppKey(),
                                                  m_sim->config().appSecret, QByteArray(32, 'w')}); // another key
        const auto sealWithTheWrongKey = [&] {
            std::optional<ApiResult<QJsonObject>> answer;
            http.trigger(
                PusherEvent {
                    QStringLiteral("sealed"), QStringLiteral("{}"), {QStringLiteral("private-encrypted-vault")}, {}},
                this, [&answer](const ApiResult<QJsonObject> &result) { answer = result; });
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kWait);
            QVERIFY(answer->ok());
        };
        sealWithTheWrongKey();
        QTRY_COMPARE_WITH_TIMEOUT(c.client.counters().undecryptableEvents, 1u, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(c.client.counters().authRequests, 2u, kWait);
        // The endpoint's secret is the same: later events with the right key still open ...
        m_sim->trigger(QStringLiteral("private-encrypted-vault"), QStringLiteral("opened"), R"({"n":2})");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 2, kWait);
        QCOMPARE(payloadOf(c.events.at(1)).value(QStringLiteral("n")).toInt(), 2);
        // ... and another bad box asks no more.
        sealWithTheWrongKey();
        QTRY_COMPARE_WITH_TIMEOUT(c.client.counters().undecryptableEvents, 2u, kWait);
        m_sim->trigger(QStringLiteral("private-encrypted-vault"), QStringLiteral("after"), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 4, kWait);
        QCOMPARE(c.client.counters().authRequests, 2u);
    }

    void encryptedChannelWithoutMasterKeyIsRefusedHere()
    {
        startSimulator();
        PusherSettings noKey = signingSettings();
        noKey.encryptionMasterKey.clear();
        Client c(options(noKey));
        Subscription *subscription = c.client.subscribe(QStringLiteral("private-encrypted-vault"));
        c.client.connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Error, kWait);
        QVERIFY(subscription->statusReason().contains(QLatin1String("master key")));
    }

    void aWrongAppKeyFailsWithTheExplanation()
    {
        startSimulator();
        PusherSettings wrong = settings();
        wrong.appKey = QStringLiteral("not-this-app");
        Client c(options(wrong));
        c.client.subscribe(QStringLiteral("orders"));
        c.client.connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(c.client.state(), StreamClient::State::Failed, kWait);
        // 4001: the key, or the cluster it belongs to.
        QVERIFY2(c.client.stateReason().contains(QLatin1String("cluster")), qPrintable(c.client.stateReason()));
        QVERIFY(c.anyErrorContains(QStringLiteral("4001")));
        QCOMPARE(c.client.counters().reconnects, 0u); // pusher-js does not retry a refusal either
    }

    void csrfRefusalIsExplainedAndTheHeaderFixesIt()
    {
        sim::SimulatorConfig config = genericConfig();
        config.csrfToken = "csrf-token-value-0123456789";
        startSimulator(config);
        {
            Client c(options(settings()));
            Subscription *subscription = c.client.subscribe(QStringLiteral("private-orders"));
            c.client.connectToService();
            QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Error, kWait);
            QVERIFY2(subscription->statusReason().contains(QLatin1String("419")),
                     qPrintable(subscription->statusReason()));
            QVERIFY(subscription->statusReason().contains(QLatin1String("CSRF")));
        }
        PusherSettings withToken = settings();
        withToken.authHeaders = {{"X-CSRF-TOKEN", config.csrfToken}};
        Client c(options(withToken));
        QSignalSpy exchanges(&c.client, &StreamClient::httpExchangeFinished);
        subscribeAndWait(c, QStringLiteral("private-orders"));
        // The token went out, and shows only redacted.
        const auto exchange = exchanges.at(0).at(0).value<HttpExchange>();
        bool sawHeader = false;
        for (const auto &[name, value] : exchange.requestHeaders) {
            if (name.compare("X-CSRF-TOKEN", Qt::CaseInsensitive) == 0) {
                sawHeader = true;
                QVERIFY(!value.contains(config.csrfToken));
            }
        }
        QVERIFY(sawHeader);
    }

    void aForbiddenChannelIsAnAuthorizationFailure()
    {
        sim::SimulatorConfig config = genericConfig();
        config.forbiddenChannelPrefixes = {QStringLiteral("private-admin")};
        startSimulator(config);
        Client c(options(settings()));
        Subscription *subscription = c.client.subscribe(QStringLiteral("private-admin-panel"));
        c.client.connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(subscription->status(), Subscription::Status::Error, kWait);
        QCOMPARE(subscription->failure(), Subscription::Failure::Authorization);
        QVERIFY2(subscription->statusReason().contains(QLatin1String("403")), qPrintable(subscription->statusReason()));
    }

    void eventsUnderAnotherNameThanBoundAreExplained()
    {
        startSimulator();
        Client c(options(settings()));
        Subscription *subscription = nullptr;
        subscribeAndWait(c, QStringLiteral("orders"), &subscription,
                         StreamFilter {{Subscription::bindFilterKey(), QStringLiteral("OrderShipped")}});
        QCOMPARE(subscription->boundEvent(), QStringLiteral("OrderShipped"));
        QSignalSpy mismatch(subscription, &Subscription::eventNameMismatch);
        m_sim->trigger(QStringLiteral("orders"), QStringLiteral("App\\Events\\OrderShipped"), "{}");
        m_sim->trigger(QStringLiteral("orders"), QStringLiteral("App\\Events\\OrderShipped"), "{}");
        QTRY_COMPARE_WITH_TIMEOUT(c.events.size(), 2, kWait); // still delivered
        QCOMPARE(mismatch.size(), 1); // explained once per name
        QCOMPARE(mismatch.at(0).at(0).toString(), QStringLiteral("App\\Events\\OrderShipped"));
        QVERIFY2(mismatch.at(0).at(1).toString().contains(QLatin1String("namespace")),
                 qPrintable(mismatch.at(0).at(1).toString()));
    }

    void signsInThroughTheUserAuthenticationEndpoint()
    {
        startSimulator();
        PusherSettings s = settings();
        s.userAuthEndpoint = m_sim->baseUrl().resolved(QUrl(QStringLiteral("/pusher/user-auth")));
        Client c(options(s));
        QSignalSpy signedIn(&c.client, &StreamClient::userSignedIn);
        c.client.connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kWait);
        QCOMPARE(c.client.signedInUser().value(QStringLiteral("id")).toString(), m_sim->config().userId);
    }

    void invalidSettingsFailBeforeConnecting()
    {
        PusherSettings s;
        s.host = QStringLiteral("127.0.0.1");
        Client c(options(s)); // no app key
        c.client.connectToService();
        QCOMPARE(c.client.state(), StreamClient::State::Failed);
        QVERIFY(c.client.stateReason().contains(QLatin1String("app key")));
    }
};

QTEST_GUILESS_MAIN(TestStreamClientPusher)
#include "tst_streamclientpusher.moc"
