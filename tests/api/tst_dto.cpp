// The DTOs of the REST control plane (lib/api/dto.h): every required field, wrong types,
// tolerated extras, envelopes, auth endpoint resolution, exact 64-bit integers and the
// built-in catalog of PROTOCOL.md section 4.1.

#include "dto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace shuriken;

Q_DECLARE_METATYPE(shuriken::Visibility)

class TestDto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionParses_data();
    void sessionParses();
    void sessionFieldValues();
    void sessionMissingField_data();
    void sessionMissingField();
    void sessionWrongType_data();
    void sessionWrongType();
    void sessionAuthEndpoint_data();
    void sessionAuthEndpoint();
    void sessionKeepsIntegersAbove2To53();
    void sessionRoundTrip();
    void catalogParses_data();
    void catalogParses();
    void catalogMissingField_data();
    void catalogMissingField();
    void catalogWrongType_data();
    void catalogWrongType();
    void builtInCatalog_data();
    void builtInCatalog();
    void builtInCatalogHasTwentyOneStreams();
    void channelAuth_data();
    void channelAuth();
    void subscriptionRequest();
    void subscriptionRequestFromJson_data();
    void subscriptionRequestFromJson();
    void requiresAuthorization_data();
    void requiresAuthorization();
    void unwrapDataEnvelope();
};

namespace {

const QUrl baseUrl(QStringLiteral("http://127.0.0.1:4321"));

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject validSessionPayload()
{
    return parse(R"({
        "connection": {"provider": "ws", "appKey": "test-app-key", "wsHost": "ws.test.shuriken.trade",
                       "wsPort": 443, "forceTls": true,
                       "authEndpoint": "https://api.test.shuriken.trade/api/v2/ws/auth"},
        "session": {"recommendedReconnectBackoffMs": [1000, 2000, 4000]},
        "subscriptions": [
            {"stream": "alpha.signalFeedGlobal", "channel": "private-signal-global", "event": "signal",
             "visibility": "public", "payloadFormat": "json", "payloadSchemaId": "alpha.signalFeedGlobal"},
            {"stream": "svm.token.swaps", "channel": "svm-token-swaps-So111", "event": "update",
             "visibility": "public", "payloadFormat": "json", "payloadSchemaId": "svm.token.swaps",
             "payloadSchemaUrl": "https://schemas.example/svm.token.swaps.json"}
        ]})");
}

QJsonObject validCatalogPayload()
{
    return parse(R"({"streams": [
        {"id": "svm.token.swaps", "visibility": "public",
         "filters": [{"name": "tokenAddress", "required": true, "description": "Token mint"}],
         "event": "update", "payloadFormat": "json", "payloadSchemaId": "svm.token.swaps"},
        {"id": "alpha.personal", "visibility": "presence", "filters": [],
         "event": "update", "payloadFormat": "json", "payloadSchemaId": "alpha.personal",
         "description": "Personal alpha"}
    ]})");
}

QJsonObject wrapped(const QJsonObject &payload)
{
    return QJsonObject {{QStringLiteral("data"), payload}, {QStringLiteral("requestId"), QStringLiteral("req_test")}};
}

// A path like "subscriptions[0].channel" as object keys and array indexes.
QList<QVariant> pathTokens(const QString &path)
{
    QList<QVariant> tokens;
    static const QRegularExpression part(QStringLiteral(R"(([^.\[\]]+)|\[(\d+)\])"));
    auto it = part.globalMatch(path);
    while (it.hasNext()) {
        const auto match = it.next();
        if (match.hasCaptured(1) && !match.captured(1).isEmpty())
            tokens.append(match.captured(1));
        else
            tokens.append(match.captured(2).toInt());
    }
    return tokens;
}

// Returns @p root with the field at @p tokens replaced by @p value, or removed when nullopt.
QJsonValue edited(const QJsonValue &root, QList<QVariant> tokens, const std::optional<QJsonValue> &value)
{
    const QVariant head = tokens.takeFirst();
    if (head.typeId() == QMetaType::Int) {
        QJsonArray array = root.toArray();
        const int index = head.toInt();
        if (tokens.isEmpty()) {
            if (value)
                array[index] = *value;
            else
                array.removeAt(index);
        } else {
            array[index] = edited(array.at(index), tokens, value);
        }
        return array;
    }
    QJsonObject object = root.toObject();
    const QString key = head.toString();
    if (tokens.isEmpty()) {
        if (value)
            object.insert(key, *value);
        else
            object.remove(key);
    } else {
        object.insert(key, edited(object.value(key), tokens, value));
    }
    return object;
}

QJsonObject withoutField(const QJsonObject &root, const QString &path)
{
    return edited(root, pathTokens(path), std::nullopt).toObject();
}

QJsonObject withField(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return edited(root, pathTokens(path), value).toObject();
}

QJsonValue jsonValue(const QByteArray &json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().at(0);
}

} // namespace

void TestDto::sessionParses_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("requestId");
    QTest::newRow("bare") << validSessionPayload() << QString();
    QTest::newRow("data-wrapped") << wrapped(validSessionPayload()) << QStringLiteral("req_test");

    QJsonObject extras = validSessionPayload();
    extras = withField(extras, QStringLiteral("futureField"), QStringLiteral("x"));
    extras = withField(extras, QStringLiteral("connection.cluster"), QStringLiteral("eu"));
    extras = withField(extras, QStringLiteral("session.ttlMs"), 60000);
    extras = withField(extras, QStringLiteral("subscriptions[0].filterEcho"), QJsonObject {});
    QTest::newRow("extra fields everywhere") << extras << QString();
    QTest::newRow("extra fields, wrapped, pagination")
        << withField(wrapped(extras), QStringLiteral("pagination"), QJsonObject {{QStringLiteral("hasMore"), false}})
        << QStringLiteral("req_test");
    QTest::newRow("optional payloadSchemaUrl null")
        << withField(validSessionPayload(), QStringLiteral("subscriptions[1].payloadSchemaUrl"), QJsonValue::Null)
        << QString();
}

void TestDto::sessionParses()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, requestId);
    QString error;
    const auto session = Session::fromJson(body, baseUrl, &error);
    QVERIFY2(session.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(session->requestId, requestId);
    QCOMPARE(session->subscriptions.size(), 2);
    QCOMPARE(session->connection.appKey, QStringLiteral("test-app-key"));
}

void TestDto::sessionFieldValues()
{
    QString error;
    const auto session = Session::fromJson(wrapped(validSessionPayload()), baseUrl, &error);
    QVERIFY2(session.has_value(), qPrintable(error));
    QCOMPARE(session->connection.provider, QStringLiteral("ws"));
    QCOMPARE(session->connection.wsHost, QStringLiteral("ws.test.shuriken.trade"));
    QCOMPARE(session->connection.wsPort, quint16(443));
    QCOMPARE(session->connection.forceTls, true);
    QCOMPARE(session->recommendedReconnectBackoffMs, (QList<qint64> {1000, 2000, 4000}));
    const ResolvedSubscription &first = session->subscriptions.at(0);
    QCOMPARE(first.stream, QStringLiteral("alpha.signalFeedGlobal"));
    QCOMPARE(first.channel, QStringLiteral("private-signal-global"));
    QCOMPARE(first.event, QStringLiteral("signal"));
    QCOMPARE(first.visibility, Visibility::Public);
    QCOMPARE(first.payloadFormat, QStringLiteral("json"));
    QCOMPARE(first.payloadSchemaId, QStringLiteral("alpha.signalFeedGlobal"));
    QVERIFY(first.payloadSchemaUrl.isEmpty());
    QCOMPARE(session->subscriptions.at(1).payloadSchemaUrl,
             QStringLiteral("https://schemas.example/svm.token.swaps.json"));
}

void TestDto::sessionMissingField_data()
{
    QTest::addColumn<QString>("path");
    const QStringList required {
        QStringLiteral("connection"),
        QStringLiteral("session"),
        QStringLiteral("subscriptions"),
        QStringLiteral("connection.provider"),
        QStringLiteral("connection.appKey"),
        QStringLiteral("connection.wsHost"),
        QStringLiteral("connection.wsPort"),
        QStringLiteral("connection.forceTls"),
        QStringLiteral("connection.authEndpoint"),
        QStringLiteral("session.recommendedReconnectBackoffMs"),
        QStringLiteral("subscriptions[1].stream"),
        QStringLiteral("subscriptions[1].channel"),
        QStringLiteral("subscriptions[1].event"),
        QStringLiteral("subscriptions[1].visibility"),
        QStringLiteral("subscriptions[1].payloadFormat"),
        QStringLiteral("subscriptions[1].payloadSchemaId"),
    };
    for (const QString &path : required)
        QTest::newRow(qPrintable(path)) << path;
}

void TestDto::sessionMissingField()
{
    QFETCH(QString, path);
    for (const bool wrap : {false, true}) {
        const QJsonObject payload = withoutField(validSessionPayload(), path);
        QString error;
        const auto session = Session::fromJson(wrap ? wrapped(payload) : payload, baseUrl, &error);
        QVERIFY(!session.has_value());
        QCOMPARE(error, path + QStringLiteral(": required field is missing"));
    }
}

void TestDto::sessionWrongType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");

    auto row = [](const char *name, const QString &path, const QByteArray &json, const QString &error) {
        QTest::newRow(name) << path << jsonValue(json) << error;
    };
    row("connection is an array", QStringLiteral("connection"), "[]",
        QStringLiteral("connection: expected an object, got an array"));
    row("subscriptions is an object", QStringLiteral("subscriptions"), "{}",
        QStringLiteral("subscriptions: expected an array, got an object"));
    row("wsPort is a string", QStringLiteral("connection.wsPort"), R"("443")",
        QStringLiteral("connection.wsPort: expected a number, got a string"));
    row("wsPort is fractional", QStringLiteral("connection.wsPort"), "443.5",
        QStringLiteral("connection.wsPort: expected an integer, got a number"));
    row("wsPort is too large", QStringLiteral("connection.wsPort"), "70000",
        QStringLiteral("connection.wsPort: 70000 is out of range [1, 65535]"));
    row("wsPort is zero", QStringLiteral("connection.wsPort"), "0",
        QStringLiteral("connection.wsPort: 0 is out of range [1, 65535]"));
    row("forceTls is a string", QStringLiteral("connection.forceTls"), R"("true")",
        QStringLiteral("connection.forceTls: expected a boolean, got a string"));
    row("appKey is null", QStringLiteral("connection.appKey"), "null",
        QStringLiteral("connection.appKey: expected a string, got null"));
    row("appKey is empty", QStringLiteral("connection.appKey"), R"("")",
        QStringLiteral("connection: appKey and wsHost must not be empty"));
    row("authEndpoint is a number", QStringLiteral("connection.authEndpoint"), "42",
        QStringLiteral("connection.authEndpoint: expected a string, got a number"));
    row("authEndpoint is empty", QStringLiteral("connection.authEndpoint"), R"("")",
        QStringLiteral("connection.authEndpoint: \"\" is not a valid URL"));
    row("backoff is a number", QStringLiteral("session.recommendedReconnectBackoffMs"), "1000",
        QStringLiteral("session.recommendedReconnectBackoffMs: expected an array, got a number"));
    row("backoff entry is a string", QStringLiteral("session.recommendedReconnectBackoffMs[1]"), R"("2000")",
        QStringLiteral("session.recommendedReconnectBackoffMs[1]: expected an integer, got a string"));
    row("backoff entry is negative", QStringLiteral("session.recommendedReconnectBackoffMs[0]"), "-1",
        QStringLiteral("session.recommendedReconnectBackoffMs[0]: -1 is out of range [0, 9223372036854775807]"));
    row("subscription is a string", QStringLiteral("subscriptions[0]"), R"("x")",
        QStringLiteral("subscriptions[0]: expected an object, got a string"));
    row("visibility unknown", QStringLiteral("subscriptions[1].visibility"), R"("secret")",
        QStringLiteral("subscriptions[1].visibility: unknown visibility \"secret\""));
    row("channel is a number", QStringLiteral("subscriptions[0].channel"), "7",
        QStringLiteral("subscriptions[0].channel: expected a string, got a number"));
    row("channel is empty", QStringLiteral("subscriptions[0].channel"), R"("")",
        QStringLiteral("subscriptions[0].channel: must not be empty"));
    row("payloadSchemaUrl is a number", QStringLiteral("subscriptions[1].payloadSchemaUrl"), "1",
        QStringLiteral("subscriptions[1].payloadSchemaUrl: expected a string, got a number"));
}

void TestDto::sessionWrongType()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QString actual;
    const auto session = Session::fromJson(wrapped(withField(validSessionPayload(), path, value)), baseUrl, &actual);
    QVERIFY(!session.has_value());
    QCOMPARE(actual, error);
}

void TestDto::sessionAuthEndpoint_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QUrl>("resolved");
    QTest::newRow("absolute, other host") << baseUrl << QStringLiteral("https://api.test.shuriken.trade/api/v2/ws/auth")
                                          << QUrl(QStringLiteral("https://api.test.shuriken.trade/api/v2/ws/auth"));
    QTest::newRow("relative, rooted") << baseUrl << QStringLiteral("/api/v2/ws/auth")
                                      << QUrl(QStringLiteral("http://127.0.0.1:4321/api/v2/ws/auth"));
    QTest::newRow("relative, production base")
        << QUrl(QStringLiteral("https://api.shuriken.trade")) << QStringLiteral("/api/v2/ws/auth")
        << QUrl(QStringLiteral("https://api.shuriken.trade/api/v2/ws/auth"));
    // A base URL with a path prefix (a proxy) keeps it, as every other API path does (issue 13).
    QTest::newRow("relative, base with a path prefix")
        << QUrl(QStringLiteral("https://proxy.example.test/shuriken")) << QStringLiteral("/api/v2/ws/auth")
        << QUrl(QStringLiteral("https://proxy.example.test/shuriken/api/v2/ws/auth"));
    QTest::newRow("relative, base with a path prefix and trailing slash")
        << QUrl(QStringLiteral("https://proxy.example.test/shuriken/")) << QStringLiteral("/api/v2/ws/auth")
        << QUrl(QStringLiteral("https://proxy.example.test/shuriken/api/v2/ws/auth"));
    QTest::newRow("relative, base with trailing slash")
        << QUrl(QStringLiteral("https://api.shuriken.trade/")) << QStringLiteral("api/v2/ws/auth")
        << QUrl(QStringLiteral("https://api.shuriken.trade/api/v2/ws/auth"));
}

void TestDto::sessionAuthEndpoint()
{
    QFETCH(QUrl, base);
    QFETCH(QString, endpoint);
    QFETCH(QUrl, resolved);
    const QJsonObject body = withField(validSessionPayload(), QStringLiteral("connection.authEndpoint"), endpoint);
    QString error;
    const auto session = Session::fromJson(body, base, &error);
    QVERIFY2(session.has_value(), qPrintable(error));
    QCOMPARE(session->connection.authEndpoint, resolved);
    QVERIFY(!session->connection.authEndpoint.isRelative());
}

void TestDto::sessionKeepsIntegersAbove2To53()
{
    // 2^53 + 1 is the first integer a double cannot hold; it must survive parsing exactly.
    const QByteArray json = QJsonDocument(validSessionPayload()).toJson(QJsonDocument::Compact);
    QByteArray edited = json;
    edited.replace("[1000,2000,4000]", "[9007199254740993,1000,9223372036854775807]");
    QVERIFY(edited != json);
    QString error;
    const auto session = Session::fromJson(parse(edited), baseUrl, &error);
    QVERIFY2(session.has_value(), qPrintable(error));
    QCOMPARE(session->recommendedReconnectBackoffMs,
             (QList<qint64> {Q_INT64_C(9007199254740993), 1000, Q_INT64_C(9223372036854775807)}));

    // Beyond qint64 the value is no longer an integer we can represent: an error, not a wrap.
    QByteArray tooLarge = json;
    tooLarge.replace("[1000,2000,4000]", "[18446744073709551616]");
    QVERIFY(!Session::fromJson(parse(tooLarge), baseUrl, &error).has_value());
    QVERIFY2(error.startsWith(QStringLiteral("session.recommendedReconnectBackoffMs[0]: ")), qPrintable(error));
}

void TestDto::sessionRoundTrip()
{
    QString error;
    const auto session = Session::fromJson(validSessionPayload(), baseUrl, &error);
    QVERIFY2(session.has_value(), qPrintable(error));
    const auto again = Session::fromJson(wrapped(session->toJson()), baseUrl, &error);
    QVERIFY2(again.has_value(), qPrintable(error));
    QCOMPARE(again->connection, session->connection);
    QCOMPARE(again->subscriptions, session->subscriptions);
    QCOMPARE(again->recommendedReconnectBackoffMs, session->recommendedReconnectBackoffMs);
}

void TestDto::catalogParses_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("bare") << validCatalogPayload();
    QTest::newRow("data-wrapped") << wrapped(validCatalogPayload());
    QJsonObject extras = withField(validCatalogPayload(), QStringLiteral("streams[0].rateHint"), 10);
    extras = withField(extras, QStringLiteral("streams[0].filters[0].example"), QStringLiteral("So1"));
    extras = withField(extras, QStringLiteral("version"), 3);
    QTest::newRow("extra fields") << wrapped(extras);
    QTest::newRow("filter description missing")
        << withoutField(validCatalogPayload(), QStringLiteral("streams[0].filters[0].description"));
}

void TestDto::catalogParses()
{
    QFETCH(QJsonObject, body);
    QString error;
    const auto catalog = StreamCatalog::fromJson(body, &error);
    QVERIFY2(catalog.has_value(), qPrintable(error));
    QCOMPARE(catalog->source, StreamCatalog::Source::Server);
    QCOMPARE(catalog->streams.size(), 2);
    const StreamDescriptor *swaps = catalog->find(QStringLiteral("svm.token.swaps"));
    QVERIFY(swaps);
    QCOMPARE(swaps->requiredFilterNames(), QStringList {QStringLiteral("tokenAddress")});
    QCOMPARE(swaps->streamNamespace(), QStringLiteral("svm"));
    const StreamDescriptor *personal = catalog->find(QStringLiteral("alpha.personal"));
    QVERIFY(personal);
    QCOMPARE(personal->visibility, Visibility::Presence);
    QCOMPARE(personal->description, QStringLiteral("Personal alpha"));
    QVERIFY(!catalog->find(QStringLiteral("nope")));
}

void TestDto::catalogMissingField_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"streams", "streams[0].id", "streams[0].visibility", "streams[0].filters",
                             "streams[0].event", "streams[0].payloadFormat", "streams[0].payloadSchemaId",
                             "streams[0].filters[0].name", "streams[0].filters[0].required"}) {
        QTest::newRow(path) << QString::fromLatin1(path);
    }
}

void TestDto::catalogMissingField()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(!StreamCatalog::fromJson(wrapped(withoutField(validCatalogPayload(), path)), &error).has_value());
    QCOMPARE(error, path + QStringLiteral(": required field is missing"));
}

void TestDto::catalogWrongType_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("streams is an object") << QStringLiteral("streams") << QJsonValue(QJsonObject {})
                                          << QStringLiteral("streams: expected an array, got an object");
    QTest::newRow("stream is a number") << QStringLiteral("streams[1]") << QJsonValue(5)
                                        << QStringLiteral("streams[1]: expected an object, got a number");
    QTest::newRow("filters is a string") << QStringLiteral("streams[0].filters") << QJsonValue(QStringLiteral("x"))
                                         << QStringLiteral("streams[0].filters: expected an array, got a string");
    QTest::newRow("required is a string")
        << QStringLiteral("streams[0].filters[0].required") << QJsonValue(QStringLiteral("yes"))
        << QStringLiteral("streams[0].filters[0].required: expected a boolean, got a string");
    QTest::newRow("filter is null") << QStringLiteral("streams[0].filters[0]") << QJsonValue(QJsonValue::Null)
                                    << QStringLiteral("streams[0].filters[0]: expected an object, got null");
    QTest::newRow("visibility unknown") << QStringLiteral("streams[1].visibility") << QJsonValue(QStringLiteral("vip"))
                                        << QStringLiteral("streams[1].visibility: unknown visibility \"vip\"");
}

void TestDto::catalogWrongType()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!StreamCatalog::fromJson(withField(validCatalogPayload(), path, value), &actual).has_value());
    QCOMPARE(actual, error);
}

void TestDto::builtInCatalog_data()
{
    // PROTOCOL.md section 4.1, written out here independently of the JSON resource.
    QTest::addColumn<QString>("id");
    QTest::addColumn<Visibility>("visibility");
    QTest::addColumn<QStringList>("filters");
    const QString token = QStringLiteral("tokenAddress");
    const QString wallet = QStringLiteral("walletAddress");
    const QString chain = QStringLiteral("chainId");
    auto row = [](const char *id, Visibility visibility, const QStringList &filters) {
        QTest::newRow(id) << QString::fromLatin1(id) << visibility << filters;
    };
    row("svm.token.swaps", Visibility::Public, {token});
    row("svm.token.poolInfo", Visibility::Public, {token});
    row("svm.token.balances", Visibility::Public, {token});
    row("svm.token.distributionStats", Visibility::Public, {token});
    row("svm.token.holderStats", Visibility::Public, {token});
    row("svm.wallet.nativeBalance", Visibility::Public, {wallet});
    row("svm.wallet.tokenBalances", Visibility::Public, {wallet});
    row("svm.bondingCurve.creations", Visibility::Public, {});
    row("svm.bondingCurve.graduations", Visibility::Public, {});
    row("evm.token.swaps", Visibility::Public, {chain, token});
    row("evm.token.poolInfo", Visibility::Public, {chain, token});
    row("evm.token.balances", Visibility::Public, {chain, token});
    row("evm.wallet.nativeBalance", Visibility::Public, {wallet});
    row("evm.wallet.tokenBalances", Visibility::Public, {wallet});
    row("alpha.signalFeedGlobal", Visibility::Public, {});
    row("alpha.signalFeedPersonal", Visibility::Presence, {});
    row("alpha.signalFeedProfile", Visibility::Presence, {QStringLiteral("profileId")});
    row("alpha.signalFeedNamed", Visibility::Presence, {QStringLiteral("feedId")});
    row("alpha.personal", Visibility::Presence, {});
    row("portfolio.notifications", Visibility::Presence, {});
    row("automation.updates", Visibility::Presence, {});
}

void TestDto::builtInCatalog()
{
    QFETCH(QString, id);
    QFETCH(Visibility, visibility);
    QFETCH(QStringList, filters);
    const StreamCatalog catalog = StreamCatalog::builtIn();
    const StreamDescriptor *stream = catalog.find(id);
    QVERIFY2(stream, qPrintable(id));
    QCOMPARE(stream->visibility, visibility);
    QStringList names;
    for (const auto &filter : stream->filters)
        names.append(filter.name);
    QCOMPARE(names, filters);
    QCOMPARE(stream->requiredFilterNames(), filters); // every known filter is required
    QCOMPARE(stream->event, QStringLiteral("update"));
    QCOMPARE(stream->payloadFormat, QStringLiteral("json"));
    QCOMPARE(stream->payloadSchemaId, id);
}

void TestDto::builtInCatalogHasTwentyOneStreams()
{
    const StreamCatalog catalog = StreamCatalog::builtIn();
    QCOMPARE(catalog.source, StreamCatalog::Source::BuiltIn);
    QCOMPARE(catalog.streams.size(), 21);
    QSet<QString> ids;
    for (const auto &stream : catalog.streams)
        ids.insert(stream.id);
    QCOMPARE(ids.size(), 21);
    // What the simulator serves must parse back into the same catalog.
    QString error;
    const auto reparsed = StreamCatalog::fromJson(wrapped(catalog.toJson()), &error);
    QVERIFY2(reparsed.has_value(), qPrintable(error));
    QCOMPARE(reparsed->streams, catalog.streams);
}

void TestDto::channelAuth_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("channelData"); // "<none>" when absent
    QTest::addColumn<QString>("error");
    const QString none = QStringLiteral("<none>");
    QTest::newRow("private") << QByteArray(R"({"auth":"key:abc"})") << true << QStringLiteral("key:abc") << none
                             << QString();
    QTest::newRow("presence") << QByteArray(
        R"({"auth":"key:abc","channel_data":"{\"user_id\":\"u-1\",\"user_info\":{\"name\":\"x\"}}"})")
                              << true << QStringLiteral("key:abc")
                              << QStringLiteral(R"({"user_id":"u-1","user_info":{"name":"x"}})") << QString();
    QTest::newRow("channel_data null") << QByteArray(R"({"auth":"key:abc","channel_data":null})") << true
                                       << QStringLiteral("key:abc") << none << QString();
    QTest::newRow("extra fields") << QByteArray(R"({"auth":"key:abc","shared_secret":"x","extra":1})") << true
                                  << QStringLiteral("key:abc") << none << QString();
    QTest::newRow("auth missing") << QByteArray(R"({"channel_data":"{}"})") << false << QString() << none
                                  << QStringLiteral("auth: required field is missing");
    QTest::newRow("auth is a number") << QByteArray(R"({"auth":1})") << false << QString() << none
                                      << QStringLiteral("auth: expected a string, got a number");
    QTest::newRow("auth empty") << QByteArray(R"({"auth":""})") << false << QString() << none
                                << QStringLiteral("auth: must not be empty");
    QTest::newRow("channel_data is an object")
        << QByteArray(R"({"auth":"key:abc","channel_data":{"user_id":"u"}})") << false << QString() << none
        << QStringLiteral("channel_data: expected a string, got an object");
}

void TestDto::channelAuth()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, auth);
    QFETCH(QString, channelData);
    QFETCH(QString, error);
    QString actual;
    const auto parsed = ChannelAuth::fromJson(parse(json), &actual);
    QCOMPARE(parsed.has_value(), valid);
    QCOMPARE(actual, error);
    if (!valid)
        return;
    QCOMPARE(parsed->auth, auth);
    QCOMPARE(parsed->channelData.value_or(QStringLiteral("<none>")), channelData);
    QCOMPARE(ChannelAuth::fromJson(parsed->toJson(), nullptr), parsed);
}

void TestDto::subscriptionRequest()
{
    SubscriptionRequest request;
    request.stream = QStringLiteral("evm.token.swaps");
    request.filter.insert(QStringLiteral("tokenAddress"), QStringLiteral("0xab"));
    request.filter.insert(QStringLiteral("chainId"), QStringLiteral("1"));
    QCOMPARE(request.key(), QStringLiteral("evm.token.swaps{chainId=1,tokenAddress=0xab}"));
    QCOMPARE(canonicalFilterText(request.filter), QStringLiteral("chainId=1,tokenAddress=0xab"));

    SubscriptionRequest probe;
    probe.stream = QStringLiteral("alpha.signalFeedGlobal");
    const QJsonObject body = sessionRequestBody({request, probe});
    QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact),
             QByteArray(R"({"subscriptions":[{"filter":{"chainId":"1","tokenAddress":"0xab"},"stream":"evm.token.)"
                        R"(swaps"},{"filter":{},"stream":"alpha.signalFeedGlobal"}]})"));
}

void TestDto::subscriptionRequestFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("error");
    QTest::newRow("with filter") << QByteArray(R"({"stream":"svm.token.swaps","filter":{"tokenAddress":"So1"}})")
                                 << true << QString();
    QTest::newRow("no filter") << QByteArray(R"({"stream":"alpha.personal"})") << true << QString();
    QTest::newRow("null filter") << QByteArray(R"({"stream":"alpha.personal","filter":null})") << true << QString();
    QTest::newRow("numeric filter value") << QByteArray(R"({"stream":"evm.token.swaps","filter":{"chainId":1}})")
                                          << false << QStringLiteral("filter.chainId: expected a string, got a number");
    QTest::newRow("filter is an array") << QByteArray(R"({"stream":"x","filter":[]})") << false
                                        << QStringLiteral("filter: expected an object, got an array");
    QTest::newRow("stream missing") << QByteArray(R"({"filter":{}})") << false
                                    << QStringLiteral("stream: required field is missing");
}

void TestDto::subscriptionRequestFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, error);
    QString actual;
    const auto request = SubscriptionRequest::fromJson(parse(json), &actual);
    QCOMPARE(request.has_value(), valid);
    QCOMPARE(actual, error);
    if (valid)
        QCOMPARE(SubscriptionRequest::fromJson(request->toJson(), nullptr), request);
}

void TestDto::requiresAuthorization_data()
{
    QTest::addColumn<Visibility>("visibility");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("required");
    QTest::newRow("public plain channel") << Visibility::Public << QStringLiteral("svm-token-swaps") << false;
    QTest::newRow("public but private- prefix")
        << Visibility::Public << QStringLiteral("private-signal-global") << true;
    QTest::newRow("public but presence- prefix") << Visibility::Public << QStringLiteral("presence-x") << true;
    QTest::newRow("presence plain name") << Visibility::Presence << QStringLiteral("feed") << true;
    QTest::newRow("private plain name") << Visibility::Private << QStringLiteral("feed") << true;
}

void TestDto::requiresAuthorization()
{
    QFETCH(Visibility, visibility);
    QFETCH(QString, channel);
    QFETCH(bool, required);
    ResolvedSubscription subscription;
    subscription.visibility = visibility;
    subscription.channel = channel;
    QCOMPARE(subscription.requiresAuthorization(), required);
}

void TestDto::unwrapDataEnvelope()
{
    const QJsonObject bare {{QStringLiteral("auth"), QStringLiteral("k:1")}};
    QCOMPARE(shuriken::unwrapDataEnvelope(bare), QJsonValue(bare));
    QCOMPARE(shuriken::unwrapDataEnvelope(wrapped(bare)), QJsonValue(bare));
    // A non-object payload is returned as it is; the DTO parser reports it.
    const QJsonObject wrappedArray {{QStringLiteral("data"), QJsonArray {1}}};
    QCOMPARE(shuriken::unwrapDataEnvelope(wrappedArray), QJsonValue(QJsonArray {1}));
    QString error;
    QVERIFY(!Session::fromJson(wrappedArray, baseUrl, &error).has_value());
    QCOMPARE(error, QStringLiteral("data: expected an object, got an array"));
}

QTEST_GUILESS_MAIN(TestDto)
#include "tst_dto.moc"
