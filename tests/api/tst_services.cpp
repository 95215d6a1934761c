// ApiClient and the three services against real HTTP servers on 127.0.0.1: what the server
// receives (method, path, headers, form body), every error kind, the origin policy, redaction
// in exchange records and, across all of it, that the API key never reaches a log line.

#include "apiclient.h"
#include "catalogservice.h"
#include "channelauthorizer.h"
#include "recordinghttpserver.h"
#include "sessionservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace shuriken;
using namespace shuriken::testing;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(Kind)

class TestServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sessionBootstrap_data();
    void sessionBootstrap();
    void sessionErrors_data();
    void sessionErrors();
    void catalogFromServer();
    void catalogFallsBackToBuiltInOn404();
    void catalogServerErrorIsAnError();
    void channelAuthorization_data();
    void channelAuthorization();
    void channelAuthorizationFailures_data();
    void channelAuthorizationFailures();
    void channelAuthorizationWithoutEndpointIsRefused();
    void foreignAuthOriginIsRefused_data();
    void foreignAuthOriginIsRefused();
    void foreignAuthOriginAllowedExplicitly();
    void foreignAuthOriginNeverGetsTheKeyInClearText();
    void redirectsAreNotFollowed();
    void silentServerTimesOut();
    void connectionRefused();
    void tlsErrorsAreNotIgnored();
    void deadContextGetsNoAnswer();
    void exchangesAreRecordedAndRedacted();
    void keyEchoedByTheServerIsScrubbed();
    void baseUrlPrefixAndTrailingSlash();
    void noKeyMeansNoAuthorizationHeader();
    // Runs last: checks everything every test above logged and recorded.
    void apiKeyNeverLogged();

private:
    template<typename T, typename Start>
    std::optional<ApiResult<T>> waitFor(Start start);
    std::optional<ApiResponse>
    waitForResponse(const std::function<void(QObject *, ApiClient::ResponseCallback)> &start);
    void expectNoKeyIn(const QString &text, const char *where);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RecordingHttpServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    QList<HttpExchange> m_exchanges;
};

namespace {

// Only the tail "5b4a" may ever be shown; "TOPSECRET" is in the middle and must never appear.
const QString apiKey = QStringLiteral("sk_live_TOPSECRETk3y_9f8e7d6c5b4a");
const QString redactedKey = QStringLiteral("sk_") + QChar(0x2026) + u"5b4a";
const QString signatureHex = QStringLiteral("58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
constexpr int waitMs = 30000; // generous: the machine is shared and loaded

QStringList capturedLogLines;
QList<HttpExchange> allExchanges;
QtMessageHandler previousHandler = nullptr;

void capturingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLogLines.append(QString::fromLatin1(context.category ? context.category : "default") + u": " + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

QJsonObject sessionPayload(const QString &authEndpoint)
{
    const QJsonObject connection {
        {QStringLiteral("provider"), QStringLiteral("ws")},
        {QStringLiteral("appKey"), QStringLiteral("sim-app-key")},
        {QStringLiteral("wsHost"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("wsPort"), 6001},
        {QStringLiteral("forceTls"), false},
        {QStringLiteral("authEndpoint"), authEndpoint},
    };
    const QJsonObject subscription {
        {QStringLiteral("stream"), QStringLiteral("svm.token.swaps")},
        {QStringLiteral("channel"), QStringLiteral("svm-token-swaps-So111")},
        {QStringLiteral("event"), QStringLiteral("update")},
        {QStringLiteral("visibility"), QStringLiteral("public")},
        {QStringLiteral("payloadFormat"), QStringLiteral("json")},
        {QStringLiteral("payloadSchemaId"), QStringLiteral("svm.token.swaps")},
    };
    return QJsonObject {
        {QStringLiteral("connection"), connection},
        {QStringLiteral("session"),
         QJsonObject {{QStringLiteral("recommendedReconnectBackoffMs"), QJsonArray {1000, 2000, 4000}}}},
        {QStringLiteral("subscriptions"), QJsonArray {subscription}},
    };
}

QJsonObject dataEnvelope(const QJsonObject &payload, const QString &requestId = QStringLiteral("req_ok"))
{
    return QJsonObject {{QStringLiteral("data"), payload}, {QStringLiteral("requestId"), requestId}};
}

QList<SubscriptionRequest> swapRequest()
{
    SubscriptionRequest request;
    request.stream = QStringLiteral("svm.token.swaps");
    request.filter.insert(QStringLiteral("tokenAddress"),
                          QStringLiteral("So11111111111111111111111111111111111111112"));
    return {request};
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QString exchangeText(const HttpExchange &exchange)
{
    QString text = QString::fromLatin1(exchange.method) + u' ' + exchange.url.toString() + u'\n';
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

} // namespace

template<typename T, typename Start>
std::optional<ApiResult<T>> TestServices::waitFor(Start start)
{
    std::optional<ApiResult<T>> result;
    int calls = 0;
    {
        // The context dies with this scope, so a late answer can never reach the locals.
        QObject context;
        start(&context, [&result, &calls](const ApiResult<T> &answer) {
            result = answer;
            ++calls;
        });
        if (!QTest::qWaitFor([&calls] { return calls > 0; }, waitMs))
            return std::nullopt;
        // Exactly one answer: anything queued behind it would arrive in this extra pass.
        QCoreApplication::processEvents();
    }
    if (calls != 1)
        qWarning("callback called %d times", calls);
    return calls == 1 ? result : std::nullopt;
}

std::optional<ApiResponse>
TestServices::waitForResponse(const std::function<void(QObject *, ApiClient::ResponseCallback)> &start)
{
    std::optional<ApiResponse> result;
    QObject context;
    start(&context, [&result](const ApiResponse &response) { result = response; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return std::nullopt;
    return result;
}

void TestServices::expectNoKeyIn(const QString &text, const char *where)
{
    QVERIFY2(!text.contains(apiKey), where);
    QVERIFY2(!text.contains(QLatin1String("TOPSECRET")), where);
}

void TestServices::initTestCase()
{
    qRegisterMetaType<HttpExchange>();
    QLoggingCategory::setFilterRules(QStringLiteral("shuriken.*.debug=true"));
    previousHandler = qInstallMessageHandler(capturingHandler);
}

void TestServices::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<RecordingHttpServer>();
    QVERIFY(m_server->listen());
    m_api = std::make_unique<ApiClient>(m_network.get());
    m_api->setBaseUrl(m_server->baseUrl());
    m_api->setApiKey(apiKey);
    m_api->setRequestTimeout(20s);
    m_exchanges.clear();
    connect(m_api.get(), &ApiClient::exchangeFinished, this, [this](const HttpExchange &exchange) {
        m_exchanges.append(exchange);
        allExchanges.append(exchange);
    });
}

void TestServices::cleanup()
{
    for (const HttpExchange &exchange : std::as_const(m_exchanges))
        expectNoKeyIn(exchangeText(exchange), "exchange record");
    m_api.reset();
    m_server.reset();
    m_network.reset();
}

void TestServices::sessionBootstrap_data()
{
    QTest::addColumn<bool>("wrapped");
    QTest::addColumn<QString>("authEndpoint");
    QTest::addColumn<QString>("expectedAuthPath");
    QTest::newRow("data-wrapped, relative auth endpoint")
        << true << QStringLiteral("/api/v2/ws/auth") << QStringLiteral("/api/v2/ws/auth");
    QTest::newRow("bare, relative auth endpoint")
        << false << QStringLiteral("/api/v2/ws/auth") << QStringLiteral("/api/v2/ws/auth");
    QTest::newRow("data-wrapped, absolute auth endpoint")
        << true << QStringLiteral("https://auth.example.test/channel-auth") << QString();
}

void TestServices::sessionBootstrap()
{
    QFETCH(bool, wrapped);
    QFETCH(QString, authEndpoint);
    QFETCH(QString, expectedAuthPath);
    const QJsonObject payload = sessionPayload(authEndpoint);
    m_server->setResponse("POST", SessionService::path(),
                          CannedResponse::json(wrapped ? dataEnvelope(payload) : payload));

    SessionService sessions(m_api.get());
    const auto result = waitFor<Session>(
        [&](QObject *context, auto callback) { sessions.bootstrap(swapRequest(), context, callback); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    const Session &session = result->value();
    QCOMPARE(session.connection.appKey, QStringLiteral("sim-app-key"));
    QCOMPARE(session.connection.wsPort, quint16(6001));
    QCOMPARE(session.requestId, wrapped ? QStringLiteral("req_ok") : QString());
    QCOMPARE(session.subscriptions.size(), 1);
    QCOMPARE(session.subscriptions.first().channel, QStringLiteral("svm-token-swaps-So111"));
    if (expectedAuthPath.isEmpty()) {
        QCOMPARE(session.connection.authEndpoint, QUrl(authEndpoint));
    } else {
        QUrl expected = m_server->baseUrl();
        expected.setPath(expectedAuthPath);
        QCOMPARE(session.connection.authEndpoint, expected);
    }

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, SessionService::path());
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + apiKey.toUtf8());
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), sessionRequestBody(swapRequest()));
}

void TestServices::sessionErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfterHeader");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<qint64>("minRetryMs"); // -1: no retryAfter expected
    QTest::addColumn<qint64>("maxRetryMs");

    auto envelope = [](const char *code, const char *message, const char *requestId) {
        return QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                           QJsonObject {{QStringLiteral("code"), QString::fromLatin1(code)},
                                                        {QStringLiteral("message"), QString::fromLatin1(message)},
                                                        {QStringLiteral("details"), QJsonValue::Null}}},
                                          {QStringLiteral("requestId"), QString::fromLatin1(requestId)}})
            .toJson(QJsonDocument::Compact);
    };

    QTest::newRow("401") << 401 << envelope("UNAUTHORIZED", "Invalid or expired API key", "req_401") << QByteArray()
                         << Kind::Unauthorized << QStringLiteral("UNAUTHORIZED")
                         << QStringLiteral("Invalid or expired API key") << QStringLiteral("req_401") << false
                         << qint64(-1) << qint64(-1);
    QTest::newRow("403") << 403 << envelope("FORBIDDEN", "Missing scope ws:read", "req_403") << QByteArray()
                         << Kind::Forbidden << QStringLiteral("FORBIDDEN") << QStringLiteral("Missing scope ws:read")
                         << QStringLiteral("req_403") << false << qint64(-1) << qint64(-1);
    QTest::newRow("400") << 400 << envelope("INVALID_PARAMS", "unknown stream", "req_400") << QByteArray()
                         << Kind::BadRequest << QStringLiteral("INVALID_PARAMS") << QStringLiteral("unknown stream")
                         << QStringLiteral("req_400") << false << qint64(-1) << qint64(-1);
    QTest::newRow("429, Retry-After in seconds")
        << 429 << envelope("RATE_LIMITED", "Too many requests", "req_429") << QByteArray("7") << Kind::RateLimited
        << QStringLiteral("RATE_LIMITED") << QStringLiteral("Too many requests") << QStringLiteral("req_429") << true
        << qint64(7000) << qint64(7000);
    // The date is two minutes ahead; the delay is measured from when the answer arrives, so
    // only a range can be asserted (and it is wide on purpose).
    QTest::newRow("429, Retry-After as an HTTP date")
        << 429 << envelope("RATE_LIMITED", "Too many requests", "req_429d")
        << httpDate(QDateTime::currentDateTimeUtc().addSecs(120)) << Kind::RateLimited << QStringLiteral("RATE_LIMITED")
        << QStringLiteral("Too many requests") << QStringLiteral("req_429d") << true << qint64(60000) << qint64(121000);
    QTest::newRow("429 without Retry-After") << 429 << QByteArray() << QByteArray() << Kind::RateLimited << QString()
                                             << QString() << QString() << true << qint64(-1) << qint64(-1);
    QTest::newRow("500 with the error envelope")
        << 500 << envelope("INTERNAL_ERROR", "Something broke", "req_500") << QByteArray() << Kind::Server
        << QStringLiteral("INTERNAL_ERROR") << QStringLiteral("Something broke") << QStringLiteral("req_500") << true
        << qint64(-1) << qint64(-1);
    QTest::newRow("503 with a non-JSON body")
        << 503 << QByteArray("<html><h1>503 Service Unavailable</h1></html>") << QByteArray() << Kind::Server
        << QString() << QStringLiteral("503 Service Unavailable") << QString() << true << qint64(-1) << qint64(-1);
    QTest::newRow("200 with a non-JSON body")
        << 200 << QByteArray("Hello, I am a proxy") << QByteArray() << Kind::Decode << QString()
        << QStringLiteral("not JSON") << QString() << false << qint64(-1) << qint64(-1);
    QTest::newRow("200 with a JSON array")
        << 200 << QByteArray("[]") << QByteArray() << Kind::Decode << QString() << QStringLiteral("not an object")
        << QString() << false << qint64(-1) << qint64(-1);
    QJsonObject badPayload = sessionPayload(QStringLiteral("/api/v2/ws/auth"));
    QJsonObject connection = badPayload.value(QStringLiteral("connection")).toObject();
    connection.insert(QStringLiteral("wsPort"), QStringLiteral("6001"));
    badPayload.insert(QStringLiteral("connection"), connection);
    QTest::newRow("200 with a bad field")
        << 200 << QJsonDocument(dataEnvelope(badPayload, QStringLiteral("req_bad"))).toJson() << QByteArray()
        << Kind::Decode << QString() << QStringLiteral("connection.wsPort: expected a number, got a string")
        << QStringLiteral("req_bad") << false << qint64(-1) << qint64(-1);
}

void TestServices::sessionErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfterHeader);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QFETCH(QString, requestId);
    QFETCH(bool, transient);
    QFETCH(qint64, minRetryMs);
    QFETCH(qint64, maxRetryMs);

    CannedResponse response = CannedResponse::text(body, status, "application/json");
    if (!retryAfterHeader.isEmpty())
        response.withHeader("Retry-After", retryAfterHeader);
    m_server->setResponse("POST", SessionService::path(), response);

    SessionService sessions(m_api.get());
    const auto result = waitFor<Session>(
        [&](QObject *context, auto callback) { sessions.bootstrap(swapRequest(), context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    const ApiError &error = result->error();
    QCOMPARE(ApiError::kindName(error.kind()), ApiError::kindName(kind));
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QVERIFY2(error.message().contains(messagePart), qPrintable(error.message()));
    QCOMPARE(error.requestId(), requestId);
    QCOMPARE(error.isTransient(), transient);
    QVERIFY(!error.displayText().isEmpty());
    if (minRetryMs < 0) {
        QVERIFY(!error.retryAfter());
    } else {
        QVERIFY(error.retryAfter());
        QVERIFY2(error.retryAfter()->count() >= minRetryMs && error.retryAfter()->count() <= maxRetryMs,
                 qPrintable(QString::number(error.retryAfter()->count())));
    }
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().httpStatus, status);
    // The record judges the HTTP exchange; a well-formed answer the DTO rejects is the service's.
    const bool dtoProblem = status == 200 && requestId == QLatin1String("req_bad");
    QCOMPARE(m_exchanges.first().error.has_value(), !dtoProblem);
}

void TestServices::catalogFromServer()
{
    StreamCatalog served = StreamCatalog::builtIn();
    served.streams = served.streams.mid(0, 2);
    m_server->setResponse("GET", CatalogService::path(), CannedResponse::json(dataEnvelope(served.toJson())));

    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(result->value().source, StreamCatalog::Source::Server);
    QCOMPARE(result->value().streams, served.streams);

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, CatalogService::path());
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + apiKey.toUtf8());
    QVERIFY(!request.hasHeader("Content-Type"));
    QVERIFY(request.body.isEmpty());
}

void TestServices::catalogFallsBackToBuiltInOn404()
{
    // No route configured: the recording server answers 404 with the error envelope.
    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(result->value().source, StreamCatalog::Source::BuiltIn);
    QCOMPARE(result->value().streams.size(), 21);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, CatalogService::path());
    // The debugger still shows the 404 as what the server said.
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().httpStatus, 404);
    QVERIFY(m_exchanges.first().error);
    QCOMPARE(m_exchanges.first().error->kind(), Kind::NotFound);
}

void TestServices::catalogServerErrorIsAnError()
{
    m_server->setResponse("GET", CatalogService::path(),
                          CannedResponse::errorEnvelope(500, QStringLiteral("INTERNAL_ERROR"), QStringLiteral("down"),
                                                        QStringLiteral("req_c500")));
    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Server);
    QCOMPARE(result->error().requestId(), QStringLiteral("req_c500"));
}

void TestServices::channelAuthorization_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("channelData"); // empty: none expected
    const QByteArray auth = "\"sim-app-key:" + signatureHex.toLatin1() + '"';
    QTest::newRow("private, bare") << QByteArray("{\"auth\":" + auth + "}") << QStringLiteral("private-signal-global")
                                   << QString();
    QTest::newRow("presence, bare, channel_data")
        << QByteArray("{\"auth\":" + auth + R"(,"channel_data":"{\"user_id\":\"u-1\"}"})")
        << QStringLiteral("presence-alpha-u-1") << QStringLiteral(R"({"user_id":"u-1"})");
    QTest::newRow("data-wrapped") << QByteArray("{\"data\":{\"auth\":" + auth + "},\"requestId\":\"r\"}")
                                  << QStringLiteral("private-x") << QString();
    QTest::newRow("channel name with form delimiters")
        << QByteArray("{\"auth\":" + auth + "}") << QStringLiteral("private-a+b=c&d e") << QString();
}

void TestServices::channelAuthorization()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, channel);
    QFETCH(QString, channelData);
    m_server->setResponse("POST", QStringLiteral("/api/v2/ws/auth"),
                          CannedResponse::text(answer, 200, "application/json"));

    ChannelAuthorizer authorizer(m_api.get());
    QUrl endpoint = m_server->baseUrl();
    endpoint.setPath(QStringLiteral("/api/v2/ws/auth"));
    authorizer.setAuthEndpoint(endpoint);
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1234.5678"), channel, context, callback);
    });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(result->value().auth, QStringLiteral("sim-app-key:") + signatureHex);
    QCOMPARE(result->value().channelData.value_or(QString()), channelData);
    QCOMPARE(result->value().channelData.has_value(), !channelData.isEmpty());

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/api/v2/ws/auth"));
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer ") + apiKey.toUtf8());
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    const QUrlQuery form = request.form();
    QCOMPARE(form.queryItems(QUrl::FullyDecoded).size(), 2);
    QCOMPARE(form.queryItemValue(QStringLiteral("socket_id"), QUrl::FullyDecoded), QStringLiteral("1234.5678"));
    QCOMPARE(form.queryItemValue(QStringLiteral("channel_name"), QUrl::FullyDecoded), channel);
    QVERIFY2(request.body.startsWith("socket_id=1234.5678&channel_name="), request.body.constData());
}

void TestServices::channelAuthorizationFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = "{\"auth\":\"k:" + signatureHex.toLatin1() + "\"}";
    QTest::newRow("201 is not success") << 201 << good << Kind::Decode << QStringLiteral("HTTP 200");
    QTest::newRow("403 envelope") << 403
                                  << QByteArray(
                                         R"({"error":{"code":"FORBIDDEN","message":"no scope"},"requestId":"q"})")
                                  << Kind::Forbidden << QStringLiteral("no scope");
    QTest::newRow("401 plain text") << 401 << QByteArray("Unauthorized") << Kind::Unauthorized
                                    << QStringLiteral("Unauthorized");
    QTest::newRow("200 without auth") << 200 << QByteArray(R"({"channel_data":"{}"})") << Kind::Decode
                                      << QStringLiteral("auth: required field is missing");
    QTest::newRow("200 non-JSON") << 200 << QByteArray("ok") << Kind::Decode << QStringLiteral("not JSON");
}

void TestServices::channelAuthorizationFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);
    m_server->setResponse("POST", QStringLiteral("/auth"), CannedResponse::text(answer, status, "application/json"));
    ChannelAuthorizer authorizer(m_api.get());
    authorizer.setAuthEndpoint(m_api->resolve(QUrl(QStringLiteral("/auth"))));
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1.2"), QStringLiteral("private-x"), context, callback);
    });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(ApiError::kindName(result->error().kind()), ApiError::kindName(kind));
    QCOMPARE(result->error().httpStatus(), status);
    QVERIFY2(result->error().message().contains(messagePart), qPrintable(result->error().message()));
}

void TestServices::channelAuthorizationWithoutEndpointIsRefused()
{
    ChannelAuthorizer authorizer(m_api.get());
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1.2"), QStringLiteral("private-x"), context, callback);
    });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Refused);
    QVERIFY(m_server->requests().isEmpty());
}

void TestServices::foreignAuthOriginIsRefused_data()
{
    QTest::addColumn<QString>("origin"); // how the foreign endpoint differs
    QTest::newRow("other port") << QStringLiteral("port");
    QTest::newRow("other host name (localhost vs 127.0.0.1)") << QStringLiteral("host");
    QTest::newRow("other scheme") << QStringLiteral("scheme");
}

void TestServices::foreignAuthOriginIsRefused()
{
    QFETCH(QString, origin);
    RecordingHttpServer foreign;
    QVERIFY(foreign.listen());
    QUrl endpoint = m_server->baseUrl();
    if (origin == QLatin1String("port"))
        endpoint = foreign.baseUrl();
    else if (origin == QLatin1String("host"))
        endpoint.setHost(QStringLiteral("localhost"));
    else
        endpoint.setScheme(QStringLiteral("https"));
    endpoint.setPath(QStringLiteral("/api/v2/ws/auth"));

    ChannelAuthorizer authorizer(m_api.get());
    authorizer.setAuthEndpoint(endpoint);
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1.2"), QStringLiteral("private-x"), context, callback);
    });
    QVERIFY(result);
    QVERIFY(!result->ok());
    const ApiError &error = result->error();
    QCOMPARE(error.kind(), Kind::Refused);
    QCOMPARE(error.httpStatus(), 0);
    QVERIFY(!error.isTransient());
    // The sentence names both origins so the user can decide.
    const QString foreignOrigin = endpoint.adjusted(QUrl::RemovePath).toString();
    QVERIFY2(error.displayText().contains(foreignOrigin), qPrintable(error.displayText()));
    QVERIFY2(error.displayText().contains(m_server->baseUrl().toString()), qPrintable(error.displayText()));
    QVERIFY(foreign.requests().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
    // The debugger shows the refused request too, with no HTTP status.
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().httpStatus, 0);
    QCOMPARE(m_exchanges.first().error->kind(), Kind::Refused);
}

void TestServices::foreignAuthOriginAllowedExplicitly()
{
    RecordingHttpServer foreign;
    QVERIFY(foreign.listen());
    foreign.setResponse(
        "POST", QStringLiteral("/api/v2/ws/auth"),
        CannedResponse::json(QJsonObject {{QStringLiteral("auth"), QString(QStringLiteral("k:") + signatureHex)}}));
    m_api->setAllowForeignAuthOrigin(true);
    ChannelAuthorizer authorizer(m_api.get());
    QUrl endpoint = foreign.baseUrl();
    endpoint.setPath(QStringLiteral("/api/v2/ws/auth"));
    authorizer.setAuthEndpoint(endpoint);
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1.2"), QStringLiteral("private-x"), context, callback);
    });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(foreign.requests().size(), 1);
    // The user trusted that origin, so it gets the key (documented in ApiClient).
    QCOMPARE(foreign.requests().first().header("Authorization"), QByteArray("Bearer ") + apiKey.toUtf8());
    QVERIFY(m_server->requests().isEmpty());
}

void TestServices::foreignAuthOriginNeverGetsTheKeyInClearText()
{
    // Allowing a foreign auth origin trusts that server, not the networks on the way (issue 13,
    // finding 9): plain http to another host is refused before anything is sent.
    m_api->setAllowForeignAuthOrigin(true);
    ChannelAuthorizer authorizer(m_api.get());
    authorizer.setAuthEndpoint(QUrl(QStringLiteral("http://auth.example.test/api/v2/ws/auth")));
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1.2"), QStringLiteral("private-x"), context, callback);
    });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Refused);
    QVERIFY2(result->error().message().contains(QLatin1String("clear text")), qPrintable(result->error().message()));
    QVERIFY(!result->error().message().contains(apiKey));
    QVERIFY(m_server->requests().isEmpty());
}

void TestServices::redirectsAreNotFollowed()
{
    RecordingHttpServer foreign;
    QVERIFY(foreign.listen());
    QUrl target = foreign.baseUrl();
    target.setPath(CatalogService::path());
    m_server->setResponse("GET", CatalogService::path(),
                          CannedResponse::text({}, 302).withHeader("Location", target.toEncoded()));
    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), Kind::Refused);
    QCOMPARE(result->error().httpStatus(), 302);
    QVERIFY2(result->error().message().contains(target.toString()), qPrintable(result->error().message()));
    QVERIFY(foreign.requests().isEmpty());
}

void TestServices::silentServerTimesOut()
{
    SilentTcpServer silent;
    QVERIFY(silent.listenOnLoopback());
    m_api->setBaseUrl(silent.baseUrl());
    m_api->setRequestTimeout(300ms);
    SessionService sessions(m_api.get());
    const auto result = waitFor<Session>(
        [&](QObject *context, auto callback) { sessions.bootstrap(swapRequest(), context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(ApiError::kindName(result->error().kind()), ApiError::kindName(Kind::Timeout));
    QVERIFY(result->error().isTransient());
    QCOMPARE(result->error().httpStatus(), 0);
    QCOMPARE(silent.acceptedConnections(), 1);
    QCOMPARE(m_exchanges.size(), 1);
    QCOMPARE(m_exchanges.first().error->kind(), Kind::Timeout);
}

void TestServices::connectionRefused()
{
    // A port that was just free: nothing listens there any more.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = probe.serverPort();
    }
    m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(ApiError::kindName(result->error().kind()), ApiError::kindName(Kind::Network));
    QVERIFY(result->error().isTransient());
    QVERIFY(!result->error().message().isEmpty());
}

void TestServices::tlsErrorsAreNotIgnored()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    UntrustedTlsServer tls;
    QVERIFY(
        tls.listen(QStringLiteral(":/tests/api/untrusted-cert.pem"), QStringLiteral(":/tests/api/untrusted-key.pem")));
    m_api->setBaseUrl(tls.baseUrl());
    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(ApiError::kindName(result->error().kind()), ApiError::kindName(Kind::Tls));
    QVERIFY(!result->error().isTransient());
    QCOMPARE(tls.decryptedRequests(), 0);
}

void TestServices::deadContextGetsNoAnswer()
{
    m_server->setResponse("GET", CatalogService::path(),
                          CannedResponse::json(dataEnvelope(StreamCatalog::builtIn().toJson())));
    int calls = 0;
    auto context = std::make_unique<QObject>();
    m_api->get(QUrl(CatalogService::path()), context.get(), [&calls](const ApiResponse &) { ++calls; });
    context.reset();
    // The exchange still finishes (the debugger sees it), the callback does not run.
    QTRY_COMPARE_WITH_TIMEOUT(m_exchanges.size(), 1, waitMs);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
    QCOMPARE(m_exchanges.first().httpStatus, 200);

    // Same for an answer our own policy gives (it is delivered asynchronously too).
    auto refusedContext = std::make_unique<QObject>();
    m_api->get(QUrl(QStringLiteral("http://localhost:1/x")), refusedContext.get(),
               [&calls](const ApiResponse &) { ++calls; });
    refusedContext.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_exchanges.size(), 2, waitMs);
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

void TestServices::exchangesAreRecordedAndRedacted()
{
    const QByteArray answer = R"({"auth":"sim-app-key:)" + signatureHex.toLatin1() + R"(","channel_data":"{}"})";
    m_server->setResponse("POST", QStringLiteral("/api/v2/ws/auth"),
                          CannedResponse::text(answer, 200, "application/json"));
    ChannelAuthorizer authorizer(m_api.get());
    authorizer.setAuthEndpoint(m_api->resolve(QUrl(QStringLiteral("/api/v2/ws/auth"))));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto result = waitFor<ChannelAuth>([&](QObject *context, auto callback) {
        authorizer.authorize(QStringLiteral("1.2"), QStringLiteral("private-x"), context, callback);
    });
    QVERIFY(result);
    QVERIFY(result->ok());
    // The caller gets the real signature; only the record is redacted.
    QCOMPARE(result->value().auth, QStringLiteral("sim-app-key:") + signatureHex);

    QCOMPARE(m_exchanges.size(), 1);
    const HttpExchange &exchange = m_exchanges.first();
    QVERIFY(exchange.id > 0);
    QCOMPARE(exchange.method, QByteArray("POST"));
    QCOMPARE(exchange.url, m_api->resolve(QUrl(QStringLiteral("/api/v2/ws/auth"))));
    QCOMPARE(exchange.httpStatus, 200);
    QVERIFY(exchange.succeeded());
    QVERIFY(exchange.durationMs >= 0);
    QVERIFY(exchange.startedAt >= before);
    QCOMPARE(exchange.requestBody, QByteArray("socket_id=1.2&channel_name=private-x"));
    QByteArray authorization;
    QByteArray contentType;
    for (const auto &[name, value] : exchange.requestHeaders) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorization = value;
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    QCOMPARE(QString::fromUtf8(authorization), QStringLiteral("Bearer ") + redactedKey);
    QCOMPARE(contentType, QByteArray("application/x-www-form-urlencoded"));
    const QString body = QString::fromUtf8(exchange.responseBody);
    QVERIFY2(!body.contains(signatureHex), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("sim-app-key:") + QChar(0x2026) + u"c3a4"), qPrintable(body));
    QVERIFY(!exchange.responseHeaders.isEmpty());

    // Ids increase per request.
    CatalogService catalogs(m_api.get());
    QVERIFY(waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); }));
    QCOMPARE(m_exchanges.size(), 2);
    QCOMPARE(m_exchanges.at(1).id, exchange.id + 1);
}

void TestServices::keyEchoedByTheServerIsScrubbed()
{
    // A misbehaving proxy that echoes the Authorization header into its error and headers.
    m_server->setResponse("POST", SessionService::path(),
                          CannedResponse::errorEnvelope(401, QStringLiteral("UNAUTHORIZED"),
                                                        QStringLiteral("Invalid key ") + apiKey,
                                                        QStringLiteral("req_e"))
                              .withHeader("X-Echo", "Bearer " + apiKey.toUtf8()));
    SessionService sessions(m_api.get());
    const auto result = waitFor<Session>(
        [&](QObject *context, auto callback) { sessions.bootstrap(swapRequest(), context, callback); });
    QVERIFY(result);
    QVERIFY(!result->ok());
    expectNoKeyIn(result->error().displayText(), "display text");
    QVERIFY2(result->error().message().contains(redactedKey), qPrintable(result->error().message()));
    QCOMPARE(m_exchanges.size(), 1);
    expectNoKeyIn(exchangeText(m_exchanges.first()), "echoing exchange");
}

void TestServices::baseUrlPrefixAndTrailingSlash()
{
    QCOMPARE(ApiClient(m_network.get()).baseUrl(), QUrl(QStringLiteral("https://api.shuriken.trade")));

    QUrl prefixed = m_server->baseUrl();
    prefixed.setPath(QStringLiteral("/gateway/"));
    m_api->setBaseUrl(prefixed);
    QCOMPARE(m_api->baseUrl().path(), QStringLiteral("/gateway"));
    m_server->setResponse("GET", QStringLiteral("/gateway") + CatalogService::path(),
                          CannedResponse::json(StreamCatalog::builtIn().toJson()));
    CatalogService catalogs(m_api.get());
    const auto result
        = waitFor<StreamCatalog>([&](QObject *context, auto callback) { catalogs.fetch(context, callback); });
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->errorText()));
    QCOMPARE(result->value().source, StreamCatalog::Source::Server);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/gateway/api/v2/ws/streams"));

    m_api->setBaseUrl(QUrl(QStringLiteral("https://api.shuriken.trade/")));
    QCOMPARE(m_api->resolve(QUrl(QStringLiteral("/api/v2/ws/session"))),
             QUrl(QStringLiteral("https://api.shuriken.trade/api/v2/ws/session")));
    QCOMPARE(m_api->resolve(QUrl(QStringLiteral("https://other.example/auth"))),
             QUrl(QStringLiteral("https://other.example/auth")));
    QVERIFY(m_api->isSameOriginAsBase(QUrl(QStringLiteral("https://api.shuriken.trade:443/api/v2/ws/auth"))));
    QVERIFY(!m_api->isSameOriginAsBase(QUrl(QStringLiteral("http://api.shuriken.trade/api/v2/ws/auth"))));
    QVERIFY(!m_api->isSameOriginAsBase(QUrl(QStringLiteral("https://api.shuriken.trade:8443/api/v2/ws/auth"))));
    QVERIFY(!m_api->isSameOriginAsBase(QUrl(QStringLiteral("https://api.test.shuriken.trade/api/v2/ws/auth"))));
}

void TestServices::noKeyMeansNoAuthorizationHeader()
{
    m_api->setApiKey(QString());
    QVERIFY(!m_api->hasApiKey());
    const auto response = waitForResponse([&](QObject *context, ApiClient::ResponseCallback callback) {
        m_api->get(QUrl(QStringLiteral("/anything")), context, callback);
    });
    QVERIFY(response);
    QCOMPARE(response->httpStatus, 404);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().hasHeader("Authorization"));
    QCOMPARE(response->header("content-type"), QByteArray("application/json"));
    QCOMPARE(response->body.value(QStringLiteral("requestId")).toString(), QStringLiteral("req_test_404"));
}

void TestServices::apiKeyNeverLogged()
{
    qInstallMessageHandler(previousHandler);
    QVERIFY2(capturedLogLines.size() > 10,
             "debug logging of shuriken.* was not on; the check below would prove nothing");
    bool sawRedactedKey = false;
    for (const QString &line : std::as_const(capturedLogLines)) {
        expectNoKeyIn(line, qPrintable(line));
        if (line.startsWith(QLatin1String("shuriken.api: ")) && line.contains(redactedKey))
            sawRedactedKey = true;
    }
    QVERIFY2(sawRedactedKey, "no shuriken.api line showed the redacted key");
    QVERIFY(allExchanges.size() > 20);
    for (const HttpExchange &exchange : std::as_const(allExchanges))
        expectNoKeyIn(exchangeText(exchange), "exchange record");
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
