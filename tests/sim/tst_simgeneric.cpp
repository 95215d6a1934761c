// The simulator's generic Pusher mode over a raw QWebSocket and QNetworkAccessManager: the
// application backend's auth endpoints, the signed HTTP API, client events, presence, sign-in
// and encrypted channels, as a plain Pusher-protocol server offers them.

#include "controlcommand.h"
#include "httpapisignature.h"
#include "pusherprotocol.h"
#include "secretbox.h"
#include "simtestsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>

using namespace shuriken;
using namespace shuriken::sim;
using namespace simtest;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kAppId = QStringLiteral("sim-app-id");
const QByteArray kCsrf = QByteArrayLiteral("csrf-test-token");

SimulatorConfig genericConfig()
{
    SimulatorConfig config = testConfig();
    config.genericPusher = true;
    config.apiKey.clear(); // a Pusher backend knows no Shuriken API key
    config.forbiddenChannelPrefixes = {QStringLiteral("private-admin-")};
    return config;
}

QString appsPath(const QString &resource)
{
    return QStringLiteral("/apps/%1/%2").arg(kAppId, resource);
}

QJsonObject bodyEvent(const QString &name, const QString &data, const QJsonValue &channels)
{
    QJsonObject body {{QStringLiteral("name"), name}, {QStringLiteral("data"), data}};
    body.insert(channels.isArray() ? QStringLiteral("channels") : QStringLiteral("channel"), channels);
    return body;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimGeneric : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<RawPusherClient *> m_clients;

    void startServer(const SimulatorConfig &config)
    {
        m_clients.clear();
        m_server = std::make_unique<SimulatorServer>(config);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    RawPusherClient *connectClient()
    {
        auto *client = new RawPusherClient(this);
        m_clients.append(client);
        if (!client->open(m_server->webSocketUrl()))
            return nullptr;
        return client;
    }

    HttpResult post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                    const Headers &headers = {})
    {
        QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return waitForReply(m_network->post(request, body));
    }

    HttpResult postForm(const QString &path, const QList<QPair<QString, QString>> &fields, const Headers &headers = {})
    {
        QUrlQuery form;
        for (const auto &[name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return post(path, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded", headers);
    }

    HttpResult channelAuth(const QString &socketId, const QString &channel, const QString &userId = QString(),
                           const QString &path = QStringLiteral("/pusher/auth"))
    {
        QList<QPair<QString, QString>> fields {{QStringLiteral("socket_id"), socketId},
                                               {QStringLiteral("channel_name"), channel}};
        if (!userId.isEmpty())
            fields.append({QStringLiteral("user_id"), userId});
        return postForm(path, fields);
    }

    /// A request to the HTTP API signed as a server library signs it, with @p secret.
    HttpResult signedApi(const QByteArray &method, const QString &path, const QByteArray &body,
                         const QList<QPair<QString, QString>> &extra = {},
                         const QString &secret = QStringLiteral("sim-app-secret-0123456789abcdef"),
                         qint64 timestamp = QDateTime::currentSecsSinceEpoch())
    {
        QUrl url = m_server->baseUrl().resolved(QUrl(path));
        url.setQuery(pusher::signHttpApiRequest(method, path, body, QStringLiteral("sim-app-key"), secret.toUtf8(),
                                                timestamp, extra));
        QNetworkRequest request(url);
        if (method == "GET")
            return waitForReply(m_network->get(request));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return waitForReply(m_network->post(request, body));
    }

    HttpResult triggerOverApi(const QJsonObject &body)
    {
        return signedApi("POST", appsPath(QStringLiteral("events")), compact(body));
    }

    /// Authorizes @p channel through /pusher/auth, subscribes and waits for the confirmation.
    bool subscribeAuthorized(RawPusherClient *client, const QString &channel, const QString &userId = QString())
    {
        const HttpResult auth = channelAuth(client->socketId, channel, userId);
        if (auth.status != 200)
            return false;
        const QJsonObject answer = auth.json();
        client->subscribe(channel, answer.value(QStringLiteral("auth")),
                          answer.contains(QStringLiteral("channel_data")) ? answer.value(QStringLiteral("channel_data"))
                                                                          : QJsonValue(QJsonValue::Undefined));
        return client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel);
    }

    static void sendClientEvent(RawPusherClient *client, const QString &channel, const QString &event,
                                const QJsonValue &data)
    {
        client->send(QJsonObject {
            {QStringLiteral("event"), event}, {QStringLiteral("channel"), channel}, {QStringLiteral("data"), data}});
    }

private Q_SLOTS:
    void init() { startServer(genericConfig()); }
    void cleanup()
    {
        qDeleteAll(m_clients);
        m_clients.clear();
        m_network.reset();
        m_server.reset();
    }

    // ---- mode -----------------------------------------------------------------------------

    void shurikenEndpointsAreGone()
    {
        QCOMPARE(post(QStringLiteral("/api/v2/ws/session"), "{\"subscriptions\":[]}", "application/json").status, 404);
        QCOMPARE(waitForReply(m_network->get(QNetworkRequest(
                                  m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/v2/ws/streams"))))))
                     .status,
                 404);
        QCOMPARE(postForm(QStringLiteral("/api/v2/ws/auth"),
                          {{QStringLiteral("socket_id"), QStringLiteral("1.2")},
                           {QStringLiteral("channel_name"), QStringLiteral("private-a")}})
                     .status,
                 404);
        // ... and the Shuriken service has none of a Pusher backend's endpoints.
        startServer(testConfig());
        QCOMPARE(channelAuth(QStringLiteral("1.2"), QStringLiteral("private-a")).status, 404);
        QVERIFY(m_server->stats().restResponsesByStatus.value(404) >= 1);
    }

    void shurikenModeStillRefusesClientEventsAndEncryptedChannels()
    {
        startServer(testConfig());
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->subscribe(QStringLiteral("private-encrypted-x"), QStringLiteral("sim-app-key:00"));
        QVERIFY(client->waitFor(QStringLiteral("pusher:subscription_error"), QStringLiteral("private-encrypted-x")));
        sendClientEvent(client, QStringLiteral("private-a"), QStringLiteral("client-x"), QJsonObject());
        QVERIFY(client->waitFor(QStringLiteral("pusher:error")));
        QVERIFY(RawPusherClient::dataOf(client->last(QStringLiteral("pusher:error")))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("not enabled")));
    }

    // ---- channel authorization ------------------------------------------------------------

    void privateChannelAuthSignsAndSubscribes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("pusher-js default") << QStringLiteral("/pusher/auth");
        QTest::newRow("Laravel") << QStringLiteral("/broadcasting/auth");
    }

    void privateChannelAuthSignsAndSubscribes()
    {
        QFETCH(QString, path);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = QStringLiteral("private-orders");
        const HttpResult auth = channelAuth(client->socketId, channel, QString(), path);
        QCOMPARE(auth.status, 200);
        const QJsonObject answer = auth.json();
        QCOMPARE(answer.value(QStringLiteral("auth")).toString(),
                 pusher::signChannel(QStringLiteral("sim-app-key"), "sim-app-secret-0123456789abcdef", client->socketId,
                                     channel));
        QVERIFY(!answer.contains(QStringLiteral("channel_data")));
        QVERIFY(!answer.contains(QStringLiteral("shared_secret")));
        client->subscribe(channel, answer.value(QStringLiteral("auth")));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel));
    }

    void presenceAuthTakesTheUserIdField()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = QStringLiteral("presence-room");
        const QJsonObject defaultUser = channelAuth(client->socketId, channel).json();
        const QJsonObject chosenUser = channelAuth(client->socketId, channel, QStringLiteral("u-2")).json();
        const auto userOf = [](const QJsonObject &answer) {
            return QJsonDocument::fromJson(answer.value(QStringLiteral("channel_data")).toString().toUtf8())
                .object()
                .value(QStringLiteral("user_id"))
                .toString();
        };
        QCOMPARE(userOf(defaultUser), QStringLiteral("usr_sim0001"));
        QCOMPARE(userOf(chosenUser), QStringLiteral("u-2"));
        // The signature covers the channel_data it came with.
        QVERIFY(pusher::verifyChannelSignature(chosenUser.value(QStringLiteral("auth")).toString(),
                                               QStringLiteral("sim-app-key"), "sim-app-secret-0123456789abcdef",
                                               client->socketId, channel,
                                               chosenUser.value(QStringLiteral("channel_data")).toString()));
        QVERIFY(subscribeAuthorized(client, channel, QStringLiteral("u-2")));
        const QJsonObject presence
            = RawPusherClient::dataOf(client->last(QStringLiteral("pusher_internal:subscription_succeeded"), channel))
                  .value(QStringLiteral("presence"))
                  .toObject();
        QCOMPARE(presence.value(QStringLiteral("ids")).toArray(), QJsonArray {QStringLiteral("u-2")});
    }

    void encryptedChannelSecretOpensTriggeredEvents()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const QString channel = QStringLiteral("private-encrypted-vault");
        const HttpResult auth = channelAuth(client->socketId, channel);
        QCOMPARE(auth.status, 200);
        QString error;
        const QByteArray secret
            = pusher::decodeSecretKey(auth.json().value(QStringLiteral("shared_secret")).toString(), &error);
        QVERIFY2(!secret.isEmpty(), qPrintable(error));
        QCOMPARE(secret, pusher::encryptedChannelSecret(channel, m_server->config().encryptionMasterKey));
        QVERIFY(subscribeAuthorized(client, channel));

        const QByteArray plaintext = QByteArrayLiteral("{\"balance\":42}");
        QCOMPARE(m_server->trigger(channel, QStringLiteral("balance"), plaintext), 1);
        QVERIFY(client->waitFor(QStringLiteral("balance"), channel));
        const QString data = client->last(QStringLiteral("balance"), channel).value(QStringLiteral("data")).toString();
        QVERIFY2(!data.contains(QLatin1String("balance")), "the event must arrive sealed");
        QVERIFY(QJsonDocument::fromJson(data.toUtf8()).object().contains(QStringLiteral("ciphertext")));
        const auto opened = pusher::decryptPayload(data.toUtf8(), secret, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(*opened, plaintext);
        // Another channel's secret does not open it.
        QVERIFY(!pusher::decryptPayload(data.toUtf8(),
                                        pusher::encryptedChannelSecret(QStringLiteral("private-encrypted-other"),
                                                                       m_server->config().encryptionMasterKey),
                                        &error));
    }

    void csrfTokenIsRequiredWhenConfigured()
    {
        SimulatorConfig config = genericConfig();
        config.csrfToken = kCsrf;
        startServer(config);
        const QList<QPair<QString, QString>> fields {{QStringLiteral("socket_id"), QStringLiteral("123.456")},
                                                     {QStringLiteral("channel_name"), QStringLiteral("private-a")}};
        const HttpResult missing = postForm(QStringLiteral("/broadcasting/auth"), fields);
        QCOMPARE(missing.status, 419);
        QVERIFY(missing.headers.value("content-type").startsWith("text/html"));
        QVERIFY(missing.body.contains("Page Expired"));
        QCOMPARE(postForm(QStringLiteral("/broadcasting/auth"), fields,
                          {{QByteArrayLiteral("X-CSRF-TOKEN"), QByteArrayLiteral("wrong")}})
                     .status,
                 419);
        QCOMPARE(postForm(QStringLiteral("/pusher/user-auth"), {{QStringLiteral("socket_id"), QStringLiteral("1.2")}})
                     .status,
                 419);

        const HttpResult withHeader
            = postForm(QStringLiteral("/broadcasting/auth"), fields, {{QByteArrayLiteral("X-CSRF-TOKEN"), kCsrf}});
        QCOMPARE(withHeader.status, 200);
        QVERIFY(withHeader.json().value(QStringLiteral("auth")).toString().startsWith(QLatin1String("sim-app-key:")));
        QList<QPair<QString, QString>> withField = fields;
        withField.append({QStringLiteral("_token"), QString::fromLatin1(kCsrf)});
        QCOMPARE(postForm(QStringLiteral("/broadcasting/auth"), withField).status, 200);
    }

    void authRefusals_data()
    {
        QTest::addColumn<QString>("socketId");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<int>("status");
        QTest::newRow("forbidden prefix") << QStringLiteral("123.456") << QStringLiteral("private-admin-panel") << 403;
        QTest::newRow("no socket_id") << QString() << QStringLiteral("private-a") << 400;
        QTest::newRow("no channel_name") << QStringLiteral("123.456") << QString() << 400;
        QTest::newRow("bad socket_id") << QStringLiteral("abc") << QStringLiteral("private-a") << 400;
        QTest::newRow("bad channel name") << QStringLiteral("123.456") << QStringLiteral("private-a b") << 400;
    }

    void authRefusals()
    {
        QFETCH(QString, socketId);
        QFETCH(QString, channel);
        QFETCH(int, status);
        QList<QPair<QString, QString>> fields;
        if (!socketId.isEmpty())
            fields.append({QStringLiteral("socket_id"), socketId});
        if (!channel.isEmpty())
            fields.append({QStringLiteral("channel_name"), channel});
        const HttpResult result = postForm(QStringLiteral("/pusher/auth"), fields);
        QCOMPARE(result.status, status);
        QVERIFY(!result.json().value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!result.json().contains(QStringLiteral("auth")));
    }

    void badSignatureIsRefused()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        // Signed for another socket: valid form, wrong signature for this connection.
        const QJsonObject other = channelAuth(QStringLiteral("1.1"), QStringLiteral("private-a")).json();
        client->subscribe(QStringLiteral("private-a"), other.value(QStringLiteral("auth")));
        QVERIFY(client->waitFor(QStringLiteral("pusher:subscription_error"), QStringLiteral("private-a")));
        QCOMPARE(client->count(QStringLiteral("pusher_internal:subscription_succeeded")), 0);
        QCOMPARE(RawPusherClient::dataOf(client->last(QStringLiteral("pusher:subscription_error")))
                     .value(QStringLiteral("status"))
                     .toInt(),
                 401);
    }

    // ---- HTTP API -------------------------------------------------------------------------

    void httpApiTriggerIsDelivered()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->subscribe(QStringLiteral("news"));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), QStringLiteral("news")));
        QVERIFY(subscribeAuthorized(client, QStringLiteral("private-orders")));

        const QString data = QStringLiteral("{\"headline\":\"hello\"}");
        const HttpResult result = triggerOverApi(bodyEvent(
            QStringLiteral("story"), data, QJsonArray {QStringLiteral("news"), QStringLiteral("private-orders")}));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json(), QJsonObject());
        QVERIFY(client->waitFor(QStringLiteral("story"), QStringLiteral("news")));
        QVERIFY(client->waitFor(QStringLiteral("story"), QStringLiteral("private-orders")));
        const QJsonObject frame = client->last(QStringLiteral("story"), QStringLiteral("news"));
        QVERIFY(frame.value(QStringLiteral("data")).isString());
        QCOMPARE(frame.value(QStringLiteral("data")).toString(), data);
        QCOMPARE(m_server->stats().eventsTriggered, quint64(2));
    }

    void httpApiRefusals_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<qint64>("timestampOffset");
        QTest::addColumn<int>("status");
        const QString secret = QStringLiteral("sim-app-secret-0123456789abcdef");
        const QByteArray good = compact(bodyEvent(QStringLiteral("e"), QStringLiteral("{}"), QStringLiteral("news")));
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(QStringLiteral("c%1").arg(i));
        QTest::newRow("wrong secret") << QStringLiteral("events") << good << QStringLiteral("not-the-secret")
                                      << qint64(0) << 401;
        QTest::newRow("expired timestamp") << QStringLiteral("events") << good << secret << qint64(-3600) << 401;
        QTest::newRow("not JSON") << QStringLiteral("events") << QByteArray("name=e") << secret << qint64(0) << 400;
        QTest::newRow("no name") << QStringLiteral("events")
                                 << compact(QJsonObject {{QStringLiteral("data"), QStringLiteral("{}")},
                                                         {QStringLiteral("channel"), QStringLiteral("news")}})
                                 << secret << qint64(0) << 400;
        QTest::newRow("no channels") << QStringLiteral("events")
                                     << compact(QJsonObject {{QStringLiteral("name"), QStringLiteral("e")},
                                                             {QStringLiteral("data"), QStringLiteral("{}")}})
                                     << secret << qint64(0) << 400;
        QTest::newRow("bad channel name")
            << QStringLiteral("events")
            << compact(bodyEvent(QStringLiteral("e"), QStringLiteral("{}"), QJsonArray {QStringLiteral("a b")}))
            << secret << qint64(0) << 400;
        QTest::newRow("101 channels") << QStringLiteral("events")
                                      << compact(bodyEvent(QStringLiteral("e"), QStringLiteral("{}"), tooMany))
                                      << secret << qint64(0) << 400;
        QTest::newRow("data not a string")
            << QStringLiteral("events")
            << compact(QJsonObject {{QStringLiteral("name"), QStringLiteral("e")},
                                    {QStringLiteral("data"), QJsonObject {{QStringLiteral("a"), 1}}},
                                    {QStringLiteral("channel"), QStringLiteral("news")}})
            << secret << qint64(0) << 400;
        QTest::newRow("data over 10240 bytes")
            << QStringLiteral("events")
            << compact(bodyEvent(QStringLiteral("e"), QString(10241, u'x'), QStringLiteral("news"))) << secret
            << qint64(0) << 413;
        QTest::newRow("unknown resource") << QStringLiteral("nothing") << good << secret << qint64(0) << 404;
    }

    void httpApiRefusals()
    {
        QFETCH(QString, resource);
        QFETCH(QByteArray, body);
        QFETCH(QString, secret);
        QFETCH(qint64, timestampOffset);
        QFETCH(int, status);
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->subscribe(QStringLiteral("news"));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), QStringLiteral("news")));

        const HttpResult refused = signedApi("POST", appsPath(resource), body, {}, secret,
                                             QDateTime::currentSecsSinceEpoch() + timestampOffset);
        QCOMPARE(refused.status, status);
        QVERIFY(refused.headers.value("content-type").startsWith("text/plain"));
        QVERIFY(!refused.body.trimmed().isEmpty());
        // Nothing went out: a valid event sent afterwards is the only one the client sees.
        QCOMPARE(
            triggerOverApi(bodyEvent(QStringLiteral("after"), QStringLiteral("{}"), QStringLiteral("news"))).status,
            200);
        QVERIFY(client->waitFor(QStringLiteral("after"), QStringLiteral("news")));
        QCOMPARE(client->count(QStringLiteral("e")), 0);
    }

    void httpApiAnswersOnlyItsAppId()
    {
        const QString path = QStringLiteral("/apps/other-app/events");
        const QByteArray body = compact(bodyEvent(QStringLiteral("e"), QStringLiteral("{}"), QStringLiteral("news")));
        QCOMPARE(signedApi("POST", path, body).status, 404);
        QCOMPARE(signedApi("POST", appsPath(QStringLiteral("events")), body).status, 200);
    }

    void httpApiExcludesTheGivenSocket()
    {
        RawPusherClient *sender = connectClient();
        RawPusherClient *other = connectClient();
        QVERIFY(sender && other);
        for (RawPusherClient *client : {sender, other}) {
            client->subscribe(QStringLiteral("news"));
            QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), QStringLiteral("news")));
        }
        QJsonObject body = bodyEvent(QStringLiteral("story"), QStringLiteral("{}"), QStringLiteral("news"));
        body.insert(QStringLiteral("socket_id"), sender->socketId);
        QCOMPARE(triggerOverApi(body).status, 200);
        QVERIFY(other->waitFor(QStringLiteral("story"), QStringLiteral("news")));
        // The sender's sentinel arrives after the excluded event would have.
        QCOMPARE(
            triggerOverApi(bodyEvent(QStringLiteral("sentinel"), QStringLiteral("{}"), QStringLiteral("news"))).status,
            200);
        QVERIFY(sender->waitFor(QStringLiteral("sentinel"), QStringLiteral("news")));
        QCOMPARE(sender->count(QStringLiteral("story")), 0);
    }

    void httpApiReportsChannelInfo()
    {
        RawPusherClient *first = connectClient();
        RawPusherClient *second = connectClient();
        QVERIFY(first && second);
        QVERIFY(subscribeAuthorized(first, QStringLiteral("presence-room"), QStringLiteral("u-1")));
        QVERIFY(subscribeAuthorized(second, QStringLiteral("presence-room"), QStringLiteral("u-2")));
        QJsonObject body
            = bodyEvent(QStringLiteral("e"), QStringLiteral("{}"), QJsonArray {QStringLiteral("presence-room")});
        body.insert(QStringLiteral("info"), QStringLiteral("subscription_count,user_count"));
        const HttpResult result = triggerOverApi(body);
        QCOMPARE(result.status, 200);
        const QJsonObject room = result.json()
                                     .value(QStringLiteral("channels"))
                                     .toObject()
                                     .value(QStringLiteral("presence-room"))
                                     .toObject();
        QCOMPARE(room.value(QStringLiteral("subscription_count")).toInt(), 2);
        QCOMPARE(room.value(QStringLiteral("user_count")).toInt(), 2);
    }

    void batchEventsAreDeliveredAllOrNothing()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        for (const QString &channel : {QStringLiteral("a"), QStringLiteral("b")}) {
            client->subscribe(channel);
            QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), channel));
        }
        const QString path = appsPath(QStringLiteral("batch_events"));
        const QJsonArray batch {bodyEvent(QStringLiteral("one"), QStringLiteral("1"), QStringLiteral("a")),
                                bodyEvent(QStringLiteral("two"), QStringLiteral("2"), QStringLiteral("b"))};
        const HttpResult result = signedApi("POST", path, compact(QJsonObject {{QStringLiteral("batch"), batch}}));
        QCOMPARE(result.status, 200);
        QVERIFY(client->waitFor(QStringLiteral("one"), QStringLiteral("a")));
        QVERIFY(client->waitFor(QStringLiteral("two"), QStringLiteral("b")));
        QCOMPARE(client->last(QStringLiteral("two")).value(QStringLiteral("data")).toString(), QStringLiteral("2"));

        // One bad event refuses the whole batch; eleven events are too many.
        QJsonArray bad = batch;
        bad.append(bodyEvent(QStringLiteral("three"), QStringLiteral("3"), QStringLiteral("not valid")));
        QCOMPARE(signedApi("POST", path, compact(QJsonObject {{QStringLiteral("batch"), bad}})).status, 400);
        QJsonArray eleven;
        for (int i = 0; i < 11; ++i)
            eleven.append(bodyEvent(QStringLiteral("many"), QStringLiteral("{}"), QStringLiteral("a")));
        QCOMPARE(signedApi("POST", path, compact(QJsonObject {{QStringLiteral("batch"), eleven}})).status, 400);
        QCOMPARE(
            triggerOverApi(bodyEvent(QStringLiteral("sentinel"), QStringLiteral("{}"), QStringLiteral("a"))).status,
            200);
        QVERIFY(client->waitFor(QStringLiteral("sentinel"), QStringLiteral("a")));
        QCOMPARE(client->count(QStringLiteral("one")), 1);
        QCOMPARE(client->count(QStringLiteral("many")), 0);
    }

    void channelsListsOccupiedChannels()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->subscribe(QStringLiteral("news"));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), QStringLiteral("news")));
        QVERIFY(subscribeAuthorized(client, QStringLiteral("presence-room")));
        QVERIFY(subscribeAuthorized(client, QStringLiteral("private-orders")));
        client->unsubscribe(QStringLiteral("private-orders"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().subscriptions, 2, kWait);

        const QString path = appsPath(QStringLiteral("channels"));
        const HttpResult all = signedApi("GET", path, {});
        QCOMPARE(all.status, 200);
        QStringList names = all.json().value(QStringLiteral("channels")).toObject().keys();
        QCOMPARE(names, (QStringList {QStringLiteral("news"), QStringLiteral("presence-room")}));

        const HttpResult presence = signedApi("GET", path, {},
                                              {{QStringLiteral("filter_by_prefix"), QStringLiteral("presence-")},
                                               {QStringLiteral("info"), QStringLiteral("user_count")}});
        QCOMPARE(presence.status, 200);
        const QJsonObject channels = presence.json().value(QStringLiteral("channels")).toObject();
        QCOMPARE(channels.keys(), QStringList {QStringLiteral("presence-room")});
        QCOMPARE(channels.value(QStringLiteral("presence-room")).toObject().value(QStringLiteral("user_count")).toInt(),
                 1);
        // Unsigned: refused.
        QCOMPARE(waitForReply(m_network->get(QNetworkRequest(m_server->baseUrl().resolved(QUrl(path))))).status, 401);
    }

    // ---- client events --------------------------------------------------------------------

    void clientEventsReachTheOtherSubscribersOnly_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::newRow("private") << QStringLiteral("private-chat");
        QTest::newRow("presence") << QStringLiteral("presence-chat");
    }

    void clientEventsReachTheOtherSubscribersOnly()
    {
        QFETCH(QString, channel);
        const bool presence = channel.startsWith(QLatin1String("presence-"));
        RawPusherClient *sender = connectClient();
        RawPusherClient *receiver = connectClient();
        QVERIFY(sender && receiver);
        QVERIFY(subscribeAuthorized(sender, channel, QStringLiteral("u-sender")));
        QVERIFY(subscribeAuthorized(receiver, channel, QStringLiteral("u-receiver")));

        const QJsonObject typing {{QStringLiteral("typing"), true}};
        sendClientEvent(sender, channel, QStringLiteral("client-typing"), typing);
        QVERIFY(receiver->waitFor(QStringLiteral("client-typing"), channel));
        const QJsonObject frame = receiver->last(QStringLiteral("client-typing"), channel);
        // Forwarded as a JSON-encoded string, as servers do.
        QVERIFY(frame.value(QStringLiteral("data")).isString());
        QCOMPARE(QJsonDocument::fromJson(frame.value(QStringLiteral("data")).toString().toUtf8()).object(), typing);
        QCOMPARE(frame.value(QStringLiteral("user_id")).toString(), presence ? QStringLiteral("u-sender") : QString());
        QCOMPARE(frame.contains(QStringLiteral("user_id")), presence);

        // A string payload stays the same string; the receiver's answer proves the sender got
        // nothing of its own.
        sendClientEvent(receiver, channel, QStringLiteral("client-reply"), QStringLiteral("plain text"));
        QVERIFY(sender->waitFor(QStringLiteral("client-reply"), channel));
        QCOMPARE(sender->last(QStringLiteral("client-reply")).value(QStringLiteral("data")).toString(),
                 QStringLiteral("plain text"));
        QCOMPARE(sender->count(QStringLiteral("client-typing")), 0);
        QCOMPARE(receiver->count(QStringLiteral("client-reply")), 0);
        QCOMPARE(m_server->stats().clientEventsForwarded, quint64(2));
    }

    void clientEventRefusals_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("expected");
        QTest::newRow("public channel") << QStringLiteral("news") << QStringLiteral("client-x")
                                        << QStringLiteral("only supported on private and presence channels");
        QTest::newRow("not subscribed") << QStringLiteral("private-elsewhere") << QStringLiteral("client-x")
                                        << QStringLiteral("not subscribed to channel private-elsewhere");
        QTest::newRow("encrypted channel") << QStringLiteral("private-encrypted-vault") << QStringLiteral("client-x")
                                           << QStringLiteral("not allowed on private-encrypted channels");
        QTest::newRow("no client- prefix") << QStringLiteral("private-chat") << QStringLiteral("typing")
                                           << QStringLiteral("must be prefixed by 'client-'");
    }

    void clientEventRefusals()
    {
        QFETCH(QString, channel);
        QFETCH(QString, event);
        QFETCH(QString, expected);
        RawPusherClient *sender = connectClient();
        RawPusherClient *receiver = connectClient();
        QVERIFY(sender && receiver);
        for (RawPusherClient *client : {sender, receiver}) {
            client->subscribe(QStringLiteral("news"));
            QVERIFY(subscribeAuthorized(client, QStringLiteral("private-chat")));
            QVERIFY(subscribeAuthorized(client, QStringLiteral("private-encrypted-vault")));
        }
        sendClientEvent(sender, channel, event, QJsonObject {{QStringLiteral("x"), 1}});
        QVERIFY(sender->waitFor(QStringLiteral("pusher:error")));
        const QJsonObject error = RawPusherClient::dataOf(sender->last(QStringLiteral("pusher:error")));
        QVERIFY2(error.value(QStringLiteral("message")).toString().startsWith(QLatin1String("Client event rejected")),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(expected),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QVERIFY(error.value(QStringLiteral("code")).isNull());
        // The connection stays, and nothing was forwarded.
        sendClientEvent(sender, QStringLiteral("private-chat"), QStringLiteral("client-sentinel"), QJsonObject());
        QVERIFY(receiver->waitFor(QStringLiteral("client-sentinel")));
        QCOMPARE(receiver->count(event), 0);
        QCOMPARE(m_server->stats().clientEventsForwarded, quint64(1));
    }

    // ---- presence and sign-in -------------------------------------------------------------

    void presenceMembersComeAndGo()
    {
        RawPusherClient *first = connectClient();
        RawPusherClient *second = connectClient();
        QVERIFY(first && second);
        const QString channel = QStringLiteral("presence-lobby");
        QVERIFY(subscribeAuthorized(first, channel, QStringLiteral("u-1")));
        QVERIFY(subscribeAuthorized(second, channel, QStringLiteral("u-2")));
        QVERIFY(first->waitFor(QStringLiteral("pusher_internal:member_added"), channel));
        QCOMPARE(RawPusherClient::dataOf(first->last(QStringLiteral("pusher_internal:member_added")))
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 QStringLiteral("u-2"));
        const QJsonObject presence
            = RawPusherClient::dataOf(second->last(QStringLiteral("pusher_internal:subscription_succeeded"), channel))
                  .value(QStringLiteral("presence"))
                  .toObject();
        QCOMPARE(presence.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(second->count(QStringLiteral("pusher_internal:member_added")), 0);

        second->unsubscribe(channel);
        QVERIFY(first->waitFor(QStringLiteral("pusher_internal:member_removed"), channel));
        QCOMPARE(RawPusherClient::dataOf(first->last(QStringLiteral("pusher_internal:member_removed")))
                     .value(QStringLiteral("user_id"))
                     .toString(),
                 QStringLiteral("u-2"));
    }

    void signinSucceedsWithTheUserAuthAnswer()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        const HttpResult auth = postForm(
            QStringLiteral("/pusher/user-auth"),
            {{QStringLiteral("socket_id"), client->socketId}, {QStringLiteral("user_id"), QStringLiteral("u-9")}});
        QCOMPARE(auth.status, 200);
        const QString userData = auth.json().value(QStringLiteral("user_data")).toString();
        QCOMPARE(QJsonDocument::fromJson(userData.toUtf8()).object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("u-9"));
        // Pusher's user authentication string, signed here independently of lib/pusher.
        const QByteArray expected
            = QMessageAuthenticationCode::hash(client->socketId.toUtf8() + "::user::" + userData.toUtf8(),
                                               "sim-app-secret-0123456789abcdef", QCryptographicHash::Sha256)
                  .toHex();
        QCOMPARE(auth.json().value(QStringLiteral("auth")).toString(),
                 QStringLiteral("sim-app-key:") + QString::fromLatin1(expected));
        QVERIFY(pusher::verifyUserAuthentication(auth.json().value(QStringLiteral("auth")).toString(),
                                                 QStringLiteral("sim-app-key"), "sim-app-secret-0123456789abcdef",
                                                 client->socketId, userData));
        client->send(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:signin")},
                                  {QStringLiteral("data"),
                                   QJsonObject {{QStringLiteral("auth"), auth.json().value(QStringLiteral("auth"))},
                                                {QStringLiteral("user_data"), userData}}}});
        QVERIFY(client->waitFor(QStringLiteral("pusher:signin_success")));
        QCOMPARE(RawPusherClient::dataOf(client->last(QStringLiteral("pusher:signin_success")))
                     .value(QStringLiteral("user_data"))
                     .toString(),
                 userData);
        QCOMPARE(client->count(QStringLiteral("pusher:error")), 0);
        QVERIFY(!client->disconnected);
    }

    void signinWithABadSignatureCloses4009()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        // Signed for another socket.
        const QJsonObject auth
            = postForm(QStringLiteral("/pusher/user-auth"), {{QStringLiteral("socket_id"), QStringLiteral("1.1")}})
                  .json();
        client->send(
            QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:signin")},
                         {QStringLiteral("data"),
                          QJsonObject {{QStringLiteral("auth"), auth.value(QStringLiteral("auth"))},
                                       {QStringLiteral("user_data"), auth.value(QStringLiteral("user_data"))}}}});
        QVERIFY(client->waitFor(QStringLiteral("pusher:error")));
        QCOMPARE(
            RawPusherClient::dataOf(client->last(QStringLiteral("pusher:error"))).value(QStringLiteral("code")).toInt(),
            4009);
        QVERIFY(client->waitForDisconnect());
        QCOMPARE(int(client->socket.closeCode()), 4009);
        QCOMPARE(client->count(QStringLiteral("pusher:signin_success")), 0);
    }

    // ---- control line and faults ----------------------------------------------------------

    void triggerControlLinePublishes()
    {
        RawPusherClient *client = connectClient();
        QVERIFY(client);
        client->subscribe(QStringLiteral("news"));
        QVERIFY(client->waitFor(QStringLiteral("pusher_internal:subscription_succeeded"), QStringLiteral("news")));
        SimulatorControl control(m_server.get());
        const ControlResult result = control.execute(QStringLiteral("trigger news story {\"text\": \"two words\"}"));
        QVERIFY2(result.ok, qPrintable(result.output));
        QVERIFY(client->waitFor(QStringLiteral("story"), QStringLiteral("news")));
        QCOMPARE(
            RawPusherClient::dataOf(client->last(QStringLiteral("story"))).value(QStringLiteral("text")).toString(),
            QStringLiteral("two words"));
        QVERIFY(!control.execute(QStringLiteral("trigger news story {not json")).ok);
        QVERIFY(!control.execute(QStringLiteral("trigger news story")).ok);
        QVERIFY(!control.execute(QStringLiteral("trigger bad\\name story {}")).ok);
        QVERIFY(SimulatorControl::helpText().contains(QLatin1String("trigger <channel> <event> <json>")));
    }

    void restFaultsReachTheGenericPaths()
    {
        SimulatorControl control(m_server.get());
        QVERIFY(control.execute(QStringLiteral("rest 503 --path auth")).ok);
        QCOMPARE(channelAuth(QStringLiteral("1.2"), QStringLiteral("private-a")).status, 503);
        QCOMPARE(channelAuth(QStringLiteral("1.2"), QStringLiteral("private-a"), QString(),
                             QStringLiteral("/broadcasting/auth"))
                     .status,
                 503);
        QCOMPARE(postForm(QStringLiteral("/pusher/user-auth"), {{QStringLiteral("socket_id"), QStringLiteral("1.2")}})
                     .status,
                 200);
        QVERIFY(control.execute(QStringLiteral("rest 429 --once --path http-api,user-auth")).ok);
        QCOMPARE(signedApi("GET", appsPath(QStringLiteral("channels")), {}).status, 429);
        QCOMPARE(signedApi("GET", appsPath(QStringLiteral("channels")), {}).status, 200);
        QVERIFY(control.execute(QStringLiteral("rest ok")).ok);
        QCOMPARE(channelAuth(QStringLiteral("1.2"), QStringLiteral("private-a")).status, 200);
    }
};

QTEST_MAIN(TestSimGeneric)
#include "tst_simgeneric.moc"
