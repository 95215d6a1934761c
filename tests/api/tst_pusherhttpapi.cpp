// PusherHttpApi against a loopback HTTP server that checks every request the way a Pusher server
// does (verifyHttpApiRequest): the signature, the exact body, the excluded socket, encrypted
// channels, validation before anything is sent, explained failures, and that no exchange record
// carries the app secret or a whole signature.

#include "apiclient.h"
#include "httpapisignature.h"
#include "pusherhttpapi.h"
#include "recordinghttpserver.h"
#include "secretbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using namespace shuriken;
using namespace shuriken::testing;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

const QString appId = QStringLiteral("3");
const QString appKey = QStringLiteral("278d425bdf160c739803");
const QString appSecret = QStringLiteral("7ad3773142a6692b25b8");
const QByteArray masterKey = QByteArrayLiteral("The 32 chars long encryption key");
constexpr qint64 now = 1700000000;
constexpr int waitMs = 30000; // generous: the machine is shared
const QString eventsPath = QStringLiteral("/apps/3/events");
const QString channelsPath = QStringLiteral("/apps/3/channels");

/// A Pusher server's answer to a request: 401 with its reason when the signature does not check.
CannedResponse verified(const RecordedRequest &request, const CannedResponse &ok)
{
    const pusher::HttpApiCheck check = pusher::verifyHttpApiRequest(request.method, request.path, request.query,
                                                                    request.body, appKey, appSecret.toUtf8(), now);
    if (!check.ok)
        return CannedResponse::text(check.error.toUtf8(), check.status);
    return ok;
}

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString exchangeText(const HttpExchange &exchange)
{
    QString text = QString::fromLatin1(exchange.method) + u' ' + exchange.url.toString() + u'\n'
        + QUrlQuery(exchange.url).toString(QUrl::FullyDecoded) + u'\n';
    for (const auto &[name, value] : exchange.requestHeaders)
        text += QString::fromLatin1(name) + u": " + QString::fromUtf8(value) + u'\n';
    text += QString::fromUtf8(exchange.requestBody) + u'\n';
    for (const auto &[name, value] : exchange.responseHeaders)
        text += QString::fromLatin1(name) + u": " + QString::fromUtf8(value) + u'\n';
    text += QString::fromUtf8(exchange.responseBody) + u'\n';
    if (exchange.error)
        text += exchange.error->displayText() + u'\n' + exchange.error->code();
    return text;
}

PusherEvent makeEvent(const QStringList &channels, const QString &data = QStringLiteral("{\"price\": 1.5}"))
{
    PusherEvent made;
    made.name = QStringLiteral("update");
    made.data = data;
    made.channels = channels;
    return made;
}

} // namespace

class TestPusherHttpApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void triggerIsSignedAndSentAsTyped();
    void excludesTheGivenSocket();
    void encryptedChannelDataOpensWithTheChannelSecret();
    void validationRefusesBeforeSending_data();
    void validationRefusesBeforeSending();
    void limitsAreInclusive();
    void serverFailuresAreExplained_data();
    void serverFailuresAreExplained();
    void wrongSecretIsExplained();
    void unreachableServerIsExplained();
    void listsChannels();
    void exchangesNeverCarryTheSecret();

private:
    std::optional<ApiResult<QJsonObject>> triggerAndWait(const PusherEvent &pusherEvent);
    std::optional<ApiResult<QJsonObject>>
    waitFor(const std::function<quint64(QObject *, PusherHttpApi::Callback)> &start);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RecordingHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<PusherHttpApi> m_api;
};

void TestPusherHttpApi::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<RecordingHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setResponder("POST", eventsPath,
                           [](const RecordedRequest &request) { return verified(request, CannedResponse::json({})); });
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_client->setBaseUrl(m_server->baseUrl());
    m_api = std::make_unique<PusherHttpApi>(m_client.get());
    m_api->setCredentials({appId, appKey, appSecret, masterKey});
    m_api->setClock([] { return now; });
}

void TestPusherHttpApi::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

std::optional<ApiResult<QJsonObject>>
TestPusherHttpApi::waitFor(const std::function<quint64(QObject *, PusherHttpApi::Callback)> &start)
{
    std::optional<ApiResult<QJsonObject>> result;
    int calls = 0;
    {
        QObject context;
        start(&context, [&result, &calls](const ApiResult<QJsonObject> &answer) {
            result = answer;
            ++calls;
        });
        if (!QTest::qWaitFor([&calls] { return calls > 0; }, waitMs))
            return std::nullopt;
        QCoreApplication::processEvents(); // a second answer would arrive now
    }
    if (calls != 1)
        return std::nullopt;
    return result;
}

std::optional<ApiResult<QJsonObject>> TestPusherHttpApi::triggerAndWait(const PusherEvent &pusherEvent)
{
    return waitFor([this, pusherEvent](QObject *context, PusherHttpApi::Callback callback) {
        return m_api->trigger(pusherEvent, context, std::move(callback));
    });
}

void TestPusherHttpApi::triggerIsSignedAndSentAsTyped()
{
    // Spaces, key order and number format exactly as typed: data is a string, never re-encoded.
    const QString typed = QStringLiteral("{ \"b\": 2, \"a\": 1.50, \"text\": \"caf\u00e9\" }");
    const auto result = triggerAndWait(makeEvent({QStringLiteral("orders"), QStringLiteral("presence-room")}, typed));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(result->value(), QJsonObject());

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, eventsPath);
    QVERIFY(request.header("Content-Type").startsWith("application/json"));
    QVERIFY(!request.hasHeader("Authorization"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("auth_timestamp")), QString::number(now));
    QVERIFY(
        pusher::verifyHttpApiRequest("POST", request.path, request.query, request.body, appKey, appSecret.toUtf8(), now)
            .ok);

    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("update"));
    QVERIFY(body.value(QStringLiteral("data")).isString());
    QCOMPARE(body.value(QStringLiteral("data")).toString(), typed);
    QCOMPARE(body.value(QStringLiteral("channels")).toArray(),
             QJsonArray({QStringLiteral("orders"), QStringLiteral("presence-room")}));
    QVERIFY(!body.contains(QStringLiteral("socket_id")));
}

void TestPusherHttpApi::excludesTheGivenSocket()
{
    PusherEvent excluding = makeEvent({QStringLiteral("orders")});
    excluding.excludeSocketId = QStringLiteral("123456.7890");
    const auto result = triggerAndWait(excluding);
    QVERIFY(result && result->ok());
    QCOMPARE(bodyOf(m_server->requests().constFirst()).value(QStringLiteral("socket_id")).toString(),
             QStringLiteral("123456.7890"));
}

void TestPusherHttpApi::encryptedChannelDataOpensWithTheChannelSecret()
{
    const QString channel = QStringLiteral("private-encrypted-orders");
    const QString typed = QStringLiteral("{\"secret order\":42}");
    const auto result = triggerAndWait(makeEvent({channel}, typed));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));

    const QJsonObject body = bodyOf(m_server->requests().constFirst());
    const QByteArray sealed = body.value(QStringLiteral("data")).toString().toUtf8();
    QVERIFY(!sealed.contains("secret order"));
    QString error;
    const auto opened = pusher::decryptPayload(sealed, pusher::encryptedChannelSecret(channel, masterKey), &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(QString::fromUtf8(*opened), typed);
    // Another channel's secret does not open it.
    QVERIFY(!pusher::decryptPayload(
                 sealed, pusher::encryptedChannelSecret(QStringLiteral("private-encrypted-other"), masterKey), &error)
                 .has_value());
}

void TestPusherHttpApi::validationRefusesBeforeSending_data()
{
    QTest::addColumn<PusherEvent>("pusherEvent");
    QTest::addColumn<PusherAppCredentials>("credentials");
    QTest::addColumn<QString>("reason");

    const PusherAppCredentials good {appId, appKey, appSecret, masterKey};
    const QStringList one {QStringLiteral("orders")};

    PusherEvent noName = makeEvent(one);
    noName.name.clear();
    QTest::newRow("no name") << noName << good << QStringLiteral("name");
    PusherEvent longName = makeEvent(one);
    longName.name = QString(201, u'e');
    QTest::newRow("name of 201 characters") << longName << good << QStringLiteral("201");
    PusherEvent reserved = makeEvent(one);
    reserved.name = QStringLiteral("pusher:subscribe");
    QTest::newRow("reserved name") << reserved << good << QStringLiteral("reserved");
    QTest::newRow("no channel") << makeEvent({}) << good << QStringLiteral("at least one channel");
    QStringList many;
    for (int i = 0; i < 101; ++i)
        many.append(QStringLiteral("c%1").arg(i));
    QTest::newRow("101 channels") << makeEvent(many) << good << QStringLiteral("101");
    QTest::newRow("invalid channel") << makeEvent({QStringLiteral("orders"), QStringLiteral("bad channel!")}) << good
                                     << QStringLiteral("bad channel!");
    QTest::newRow("data of 10241 bytes") << makeEvent(one, QString(10241, u'x')) << good << QStringLiteral("10241");
    // 3414 × 3 UTF-8 bytes: the limit counts bytes, not characters.
    QTest::newRow("data of 10242 UTF-8 bytes")
        << makeEvent(one, QString(3414, QChar(0x20AC))) << good << QStringLiteral("10242");
    QTest::newRow("no data") << makeEvent(one, QString()) << good << QStringLiteral("{}");
    PusherEvent badSocket = makeEvent(one);
    badSocket.excludeSocketId = QStringLiteral("abc");
    QTest::newRow("bad socket id") << badSocket << good << QStringLiteral("socket id");
    QTest::newRow("two channels with an encrypted one")
        << makeEvent({QStringLiteral("private-encrypted-a"), QStringLiteral("orders")}) << good
        << QStringLiteral("alone");
    QTest::newRow("encrypted without master key")
        << makeEvent({QStringLiteral("private-encrypted-a")}) << PusherAppCredentials {appId, appKey, appSecret, {}}
        << QStringLiteral("master key");
    QTest::newRow("master key of 31 bytes")
        << makeEvent({QStringLiteral("private-encrypted-a")})
        << PusherAppCredentials {appId, appKey, appSecret, masterKey.left(31)} << QStringLiteral("32 bytes");
    QTest::newRow("encrypted data over the limit")
        << makeEvent({QStringLiteral("private-encrypted-a")}, QString(8000, u'x')) << good
        << QStringLiteral("encrypted");
    QTest::newRow("no app id") << makeEvent(one) << PusherAppCredentials {{}, appKey, appSecret, {}}
                               << QStringLiteral("app id");
    QTest::newRow("app id with a slash") << makeEvent(one)
                                         << PusherAppCredentials {QStringLiteral("3/x"), appKey, appSecret, {}}
                                         << QStringLiteral("3/x");
    QTest::newRow("no app key") << makeEvent(one) << PusherAppCredentials {appId, {}, appSecret, {}}
                                << QStringLiteral("app key");
    QTest::newRow("no app secret") << makeEvent(one) << PusherAppCredentials {appId, appKey, {}, {}}
                                   << QStringLiteral("app secret");
}

void TestPusherHttpApi::validationRefusesBeforeSending()
{
    QFETCH(PusherEvent, pusherEvent);
    QFETCH(PusherAppCredentials, credentials);
    QFETCH(QString, reason);

    m_api->setCredentials(credentials);
    QVERIFY2(m_api->validate(pusherEvent).contains(reason), qPrintable(m_api->validate(pusherEvent)));
    QSignalSpy exchanges(m_client.get(), &ApiClient::exchangeFinished);
    const auto result = triggerAndWait(pusherEvent);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Refused);
    QCOMPARE(result->error().message(), m_api->validate(pusherEvent));
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(exchanges.count(), 0);
}

void TestPusherHttpApi::limitsAreInclusive()
{
    QStringList hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QStringLiteral("c%1").arg(i));
    PusherEvent atLimits = makeEvent(hundred, QString(10240, u'x'));
    atLimits.name = QString(200, u'e');
    QCOMPARE(m_api->validate(atLimits), QString());
    const auto result = triggerAndWait(atLimits);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(bodyOf(m_server->requests().constFirst()).value(QStringLiteral("channels")).toArray().size(), 100);
}

void TestPusherHttpApi::serverFailuresAreExplained_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("401 clock skew")
        << 401
        << QByteArrayLiteral("Timestamp expired: Given timestamp (2023-11-14T22:13:20Z) not within 600s of server time")
        << Kind::Unauthorized << QStringList {QStringLiteral("Timestamp expired"), QStringLiteral("clock")};
    QTest::newRow("413 too large") << 413
                                   << QByteArrayLiteral(
                                          "{\"error\":\"The event data should be less than 10 KB.\",\"code\":413}")
                                   << Kind::BadRequest
                                   << QStringList {QStringLiteral("less than 10 KB"), QStringLiteral("Likely cause")};
    QTest::newRow("403 disabled") << 403 << QByteArray() << Kind::Forbidden
                                  << QStringList {QStringLiteral("disabled"), QStringLiteral("quota")};
    QTest::newRow("500") << 500 << QByteArrayLiteral("oops") << Kind::Server
                         << QStringList {QStringLiteral("oops"), QStringLiteral("server")};
}

void TestPusherHttpApi::serverFailuresAreExplained()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QStringList, facts);

    m_server->setResponse("POST", eventsPath, CannedResponse::text(body, status));
    const auto result = triggerAndWait(makeEvent({QStringLiteral("orders")}));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), kind);
    QCOMPARE(result->error().httpStatus(), status);
    for (const QString &fact : facts)
        QVERIFY2(result->errorText().contains(fact), qPrintable(result->errorText()));
}

void TestPusherHttpApi::wrongSecretIsExplained()
{
    // The real check of the server refuses it, with Pusher's wording.
    m_api->setCredentials({appId, appKey, QStringLiteral("not-the-secret"), {}});
    const auto result = triggerAndWait(makeEvent({QStringLiteral("orders")}));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Unauthorized);
    QVERIFY2(result->errorText().contains(QStringLiteral("Invalid signature")), qPrintable(result->errorText()));
    QVERIFY2(result->errorText().contains(QStringLiteral("app secret is wrong")), qPrintable(result->errorText()));

    // Another app id is a route the server does not know.
    m_api->setCredentials({QStringLiteral("4"), appKey, appSecret, {}});
    const auto unknownApp = triggerAndWait(makeEvent({QStringLiteral("orders")}));
    QVERIFY(unknownApp && !unknownApp->ok());
    QCOMPARE(unknownApp->error().kind(), Kind::NotFound);
    QVERIFY2(unknownApp->errorText().contains(QStringLiteral("app id")), qPrintable(unknownApp->errorText()));
}

void TestPusherHttpApi::unreachableServerIsExplained()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto result = triggerAndWait(makeEvent({QStringLiteral("orders")}));
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Network);
    QVERIFY2(result->errorText().contains(QStringLiteral("could not be reached")), qPrintable(result->errorText()));
}

void TestPusherHttpApi::listsChannels()
{
    const QJsonObject answer {
        {QStringLiteral("channels"), QJsonObject {{QStringLiteral("presence-room"), QJsonObject {}}}}};
    m_server->setResponder("GET", channelsPath, [answer](const RecordedRequest &request) {
        return verified(request, CannedResponse::json(answer));
    });
    const auto result = waitFor([this](QObject *context, PusherHttpApi::Callback callback) {
        return m_api->channels(QStringLiteral("presence-"), context, std::move(callback));
    });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(result->value(), answer);
    const RecordedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("filter_by_prefix")), QStringLiteral("presence-"));
    QVERIFY(!request.query.hasQueryItem(QStringLiteral("body_md5")));

    // Without a prefix there is no filter; an impossible prefix is refused.
    const auto all = waitFor([this](QObject *context, PusherHttpApi::Callback callback) {
        return m_api->channels({}, context, std::move(callback));
    });
    QVERIFY(all && all->ok());
    QVERIFY(!m_server->requests().last().query.hasQueryItem(QStringLiteral("filter_by_prefix")));
    const auto refused = waitFor([this](QObject *context, PusherHttpApi::Callback callback) {
        return m_api->channels(QStringLiteral("no spaces"), context, std::move(callback));
    });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), Kind::Refused);
}

void TestPusherHttpApi::exchangesNeverCarryTheSecret()
{
    QList<HttpExchange> exchanges;
    connect(m_client.get(), &ApiClient::exchangeFinished, this,
            [&exchanges](const HttpExchange &exchange) { exchanges.append(exchange); });

    PusherEvent excluding = makeEvent({QStringLiteral("orders")});
    excluding.excludeSocketId = QStringLiteral("1.2");
    QVERIFY(triggerAndWait(excluding).value_or(ApiError()).ok());
    QVERIFY(triggerAndWait(makeEvent({QStringLiteral("private-encrypted-orders")})).value_or(ApiError()).ok());
    m_server->setResponse("POST", eventsPath, CannedResponse::text("Invalid signature", 401));
    QVERIFY(!triggerAndWait(makeEvent({QStringLiteral("orders")})).value_or(QJsonObject()).ok());

    QCOMPARE(exchanges.size(), 3);
    QCOMPARE(m_server->requests().size(), 3);
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const QString signature = m_server->requests().at(i).query.queryItemValue(QStringLiteral("auth_signature"));
        QCOMPARE(signature.size(), 64);
        const QString text = exchangeText(exchanges.at(i));
        QVERIFY2(!text.contains(appSecret), qPrintable(text));
        QVERIFY2(!text.contains(QString::fromLatin1(masterKey.toBase64())), qPrintable(text));
        QVERIFY2(!text.contains(signature), qPrintable(text));
        // Only the tail is shown; the public key and the timestamp stay readable.
        QVERIFY2(text.contains(signature.right(4)), qPrintable(text));
        QVERIFY(text.contains(appKey));
        QCOMPARE(QUrlQuery(exchanges.at(i).url).queryItemValue(QStringLiteral("auth_timestamp")), QString::number(now));
    }
}

QTEST_GUILESS_MAIN(TestPusherHttpApi)
#include "tst_pusherhttpapi.moc"
