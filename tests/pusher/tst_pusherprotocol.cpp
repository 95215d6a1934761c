#include "paddedpayload.h"
#include "pusherprotocol.h"
#include "pusherprotocol_p.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace shuriken::pusher;

Q_DECLARE_METATYPE(std::optional<QString>)
Q_DECLARE_METATYPE(shuriken::pusher::ChannelType)

namespace {

QByteArray frame(const char *text)
{
    return QByteArray(text);
}

Message decodedMessage(const QByteArray &bytes)
{
    const DecodeResult result = decode(bytes);
    if (const auto *error = std::get_if<DecodeError>(&result)) {
        qWarning("unexpected decode error: %s", qPrintable(error->message));
        return Message(IgnoredMessage {QStringLiteral("<decode error>"), error->message, {}});
    }
    return std::get<Message>(result);
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestPusherProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeMessage_data();
    void decodeMessage();
    void decodeMalformed_data();
    void decodeMalformed();
    void decodeHugeFrame();
    void decodeNeverCrashesOnBrokenFrames();
    void decodeKeepsPayloadBytes();
    void fastPathTakesStreamEvents_data();
    void fastPathTakesStreamEvents();
    void fastPathAgreesWithGenericDecoder_data();
    void fastPathAgreesWithGenericDecoder();
    void fastPathAgreesOnMutatedFrames();
    void fastPathAgreesAtEveryWordOffset();
    void fastPathTakesLongPayloads();
    void encodeRoundTrip_data();
    void encodeRoundTrip();
    void encodedClientFramesUseObjectData();
    void encodedServerFramesUseStringData();
    void channelTypes_data();
    void channelTypes();
    void channelNames_data();
    void channelNames();
    void signatureVectors_data();
    void signatureVectors();
    void signatureRejectsTampering_data();
    void signatureRejectsTampering();
    void messageIsAMetaType();
};

void TestPusherProtocol::decodeMessage_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<Message>("expected");

    const QString channel = QStringLiteral("private-swaps");

    QTest::newRow("connection_established, data as string") << frame(
        R"({"event":"pusher:connection_established","data":"{\"socket_id\":\"123.456\",\"activity_timeout\":120}"})")
                                                            << Message(ConnectionEstablished {QStringLiteral("123.456"),
                                                                                              120});
    QTest::newRow("connection_established, data as object")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"9.8","activity_timeout":30}})")
        << Message(ConnectionEstablished {QStringLiteral("9.8"), 30});

    QTest::newRow("error with code") << frame(
        R"({"event":"pusher:error","data":{"message":"Over capacity","code":4100}})")
                                     << Message(PusherError {QStringLiteral("Over capacity"), 4100, {}});
    QTest::newRow("error with null code, data as string") << frame(
        R"({"event":"pusher:error","data":"{\"message\":\"Existing subscription to channel x\",\"code\":null}"})")
                                                          << Message(PusherError {
                                                                 QStringLiteral("Existing subscription to channel x"),
                                                                 std::nullopt,
                                                                 {}});
    QTest::newRow("error without code, on a channel")
        << frame(R"({"event":"pusher:error","channel":"private-swaps","data":{"message":"Invalid signature"}})")
        << Message(PusherError {QStringLiteral("Invalid signature"), std::nullopt, channel});
    QTest::newRow("error as plain text") << frame(R"({"event":"pusher:error","data":"something broke"})")
                                         << Message(PusherError {QStringLiteral("something broke"), std::nullopt, {}});
    QTest::newRow("error without data") << frame(R"({"event":"pusher:error"})")
                                        << Message(PusherError {{}, std::nullopt, {}});

    QTest::newRow("ping, object data") << frame(R"({"event":"pusher:ping","data":{}})") << Message(Ping {});
    QTest::newRow("ping, string data") << frame(R"({"event":"pusher:ping","data":"{}"})") << Message(Ping {});
    QTest::newRow("ping, no data") << frame(R"({"event":"pusher:ping"})") << Message(Ping {});
    QTest::newRow("pong, string data") << frame(R"({"event":"pusher:pong","data":"{}"})") << Message(Pong {});
    QTest::newRow("pong, object data") << frame(R"({"event":"pusher:pong","data":{}})") << Message(Pong {});

    QTest::newRow("subscribe, public without auth")
        << frame(R"({"event":"pusher:subscribe","data":{"channel":"swaps-So111"}})")
        << Message(Subscribe {QStringLiteral("swaps-So111"), {}, std::nullopt});
    QTest::newRow("subscribe, public with empty auth")
        << frame(R"({"event":"pusher:subscribe","data":{"channel":"swaps-So111","auth":""}})")
        << Message(Subscribe {QStringLiteral("swaps-So111"), {}, std::nullopt});
    QTest::newRow("subscribe, private") << frame(
        R"({"event":"pusher:subscribe","data":{"channel":"private-swaps","auth":"key:abcd"}})")
                                        << Message(Subscribe {channel, QStringLiteral("key:abcd"), std::nullopt});
    QTest::newRow("subscribe, presence with channel_data") << frame(
        R"({"event":"pusher:subscribe","data":{"channel":"presence-x","auth":"key:ef","channel_data":"{\"user_id\":\"u-1\"}"}})")
                                                           << Message(
                                                                  Subscribe {QStringLiteral("presence-x"),
                                                                             QStringLiteral("key:ef"),
                                                                             QStringLiteral(R"({"user_id":"u-1"})")});
    QTest::newRow("unsubscribe") << frame(R"({"event":"pusher:unsubscribe","data":{"channel":"private-swaps"}})")
                                 << Message(Unsubscribe {channel});

    QTest::newRow("subscription_succeeded, string data")
        << frame(R"({"event":"pusher_internal:subscription_succeeded","channel":"private-swaps","data":"{}"})")
        << Message(SubscriptionSucceeded {channel, std::nullopt});
    QTest::newRow("subscription_succeeded, no data")
        << frame(R"({"event":"pusher_internal:subscription_succeeded","channel":"private-swaps"})")
        << Message(SubscriptionSucceeded {channel, std::nullopt});
    QTest::newRow("subscription_succeeded, presence") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-x","data":"{\"presence\":{\"ids\":[\"b\",\"a\"],\"hash\":{\"a\":{\"name\":\"A\"},\"b\":null},\"count\":2}}"})")
                                                      << Message(SubscriptionSucceeded {
                                                             QStringLiteral("presence-x"),
                                                             QList<PresenceMember> {
                                                                 {QStringLiteral("b"), QJsonValue()},
                                                                 {QStringLiteral("a"), object(R"({"name":"A"})")}}});
    QTest::newRow("subscription_succeeded, presence with numeric ids") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-x","data":{"presence":{"ids":[7],"hash":{"7":"seven"},"count":1}}})")
                                                                       << Message(SubscriptionSucceeded {
                                                                              QStringLiteral("presence-x"),
                                                                              QList<PresenceMember> {
                                                                                  {QStringLiteral("7"),
                                                                                   QJsonValue(
                                                                                       QStringLiteral("seven"))}}});
    QTest::newRow("subscription_succeeded, presence hash only") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-x","data":{"presence":{"hash":{"a":1}}}})")
                                                                << Message(SubscriptionSucceeded {
                                                                       QStringLiteral("presence-x"),
                                                                       QList<PresenceMember> {
                                                                           {QStringLiteral("a"), QJsonValue(1)}}});

    QTest::newRow("subscription_error {type,error,status}") << frame(
        R"({"event":"pusher:subscription_error","channel":"private-swaps","data":"{\"type\":\"AuthError\",\"error\":\"bad key\",\"status\":401}"})")
                                                            << Message(SubscriptionError {
                                                                   channel, QStringLiteral("AuthError"),
                                                                   QStringLiteral("bad key"), 401});
    QTest::newRow("subscription_error {type,error,status} as object") << frame(
        R"({"event":"pusher:subscription_error","channel":"private-swaps","data":{"type":"AuthError","error":"nope","status":403}})")
                                                                      << Message(SubscriptionError {
                                                                             channel, QStringLiteral("AuthError"),
                                                                             QStringLiteral("nope"), 403});
    QTest::newRow("subscription_error {message,code}") << frame(
        R"({"event":"pusher:subscription_error","channel":"private-swaps","data":{"message":"Forbidden","code":4009}})")
                                                       << Message(SubscriptionError {
                                                              channel, {}, QStringLiteral("Forbidden"), 4009});
    QTest::newRow("subscription_error plain string")
        << frame(R"({"event":"pusher:subscription_error","channel":"private-swaps","data":"access denied"})")
        << Message(SubscriptionError {channel, {}, QStringLiteral("access denied"), std::nullopt});
    QTest::newRow("subscription_error JSON string")
        << frame(R"({"event":"pusher:subscription_error","channel":"private-swaps","data":"\"quoted denial\""})")
        << Message(SubscriptionError {channel, {}, QStringLiteral("quoted denial"), std::nullopt});
    QTest::newRow("subscription_error without data")
        << frame(R"({"event":"pusher:subscription_error","channel":"private-swaps"})")
        << Message(SubscriptionError {channel, {}, QStringLiteral("subscription failed"), std::nullopt});
    QTest::newRow("subscription_error null data")
        << frame(R"({"event":"pusher:subscription_error","channel":"private-swaps","data":null})")
        << Message(SubscriptionError {channel, {}, QStringLiteral("subscription failed"), std::nullopt});
    QTest::newRow("subscription_error empty object")
        << frame(R"({"event":"pusher:subscription_error","channel":"private-swaps","data":{}})")
        << Message(SubscriptionError {channel, {}, QStringLiteral("subscription failed"), std::nullopt});
    QTest::newRow("subscription_error fields of the wrong type") << frame(
        R"({"event":"pusher:subscription_error","channel":"private-swaps","data":{"type":1,"error":[],"status":"401"}})")
                                                                 << Message(SubscriptionError {
                                                                        channel,
                                                                        {},
                                                                        QStringLiteral("subscription failed"),
                                                                        std::nullopt});
    QTest::newRow("subscription_error number data")
        << frame(R"({"event":"pusher:subscription_error","channel":"private-swaps","data":500})")
        << Message(SubscriptionError {channel, {}, QStringLiteral("subscription failed"), std::nullopt});

    QTest::newRow("member_added") << frame(
        R"({"event":"pusher_internal:member_added","channel":"presence-x","data":"{\"user_id\":\"u-2\",\"user_info\":{\"name\":\"B\"}}"})")
                                  << Message(MemberAdded {QStringLiteral("presence-x"),
                                                          {QStringLiteral("u-2"), object(R"({"name":"B"})")}});
    QTest::newRow("member_added without info, numeric id")
        << frame(R"({"event":"pusher_internal:member_added","channel":"presence-x","data":{"user_id":42}})")
        << Message(
               MemberAdded {QStringLiteral("presence-x"), {QStringLiteral("42"), QJsonValue(QJsonValue::Undefined)}});
    QTest::newRow("member_removed") << frame(
        R"({"event":"pusher_internal:member_removed","channel":"presence-x","data":"{\"user_id\":\"u-2\"}"})")
                                    << Message(MemberRemoved {QStringLiteral("presence-x"), QStringLiteral("u-2")});

    QTest::newRow("signin_success ignored")
        << frame(R"({"event":"pusher:signin_success","data":"{}"})")
        << Message(IgnoredMessage {QStringLiteral("pusher:signin_success"), {}, QByteArrayLiteral("{}")});
    QTest::newRow("cache_miss ignored") << frame(R"({"event":"pusher:cache_miss","channel":"cache-x"})")
                                        << Message(IgnoredMessage {
                                               QStringLiteral("pusher:cache_miss"), QStringLiteral("cache-x"), {}});
    QTest::newRow("subscription_count ignored") << frame(
        R"({"event":"pusher_internal:subscription_count","channel":"private-swaps","data":"{\"subscription_count\":3}"})")
                                                << Message(IgnoredMessage {
                                                       QStringLiteral("pusher_internal:subscription_count"), channel,
                                                       QByteArrayLiteral("{\"subscription_count\":3}")});
    QTest::newRow("unknown pusher event ignored")
        << frame(R"({"event":"pusher:from_the_future","data":[1,2]})")
        << Message(IgnoredMessage {QStringLiteral("pusher:from_the_future"), {}, {}});
    QTest::newRow("unknown internal event ignored")
        << frame(R"({"event":"pusher_internal:whatever","data":17})")
        << Message(IgnoredMessage {QStringLiteral("pusher_internal:whatever"), {}, {}});

    QTest::newRow("channel event, string data")
        << frame(R"({"event":"update","channel":"private-swaps","data":"{\"slot\":312345678,\"mint\":\"So111\"}"})")
        << Message(ChannelEvent {
               channel, QStringLiteral("update"), QByteArray(R"({"slot":312345678,"mint":"So111"})"), {}});
    QTest::newRow("channel event, object data")
        << frame(R"({"event":"signal","channel":"private-swaps","data":{"a":1,"b":[true,null]}})")
        << Message(ChannelEvent {channel, QStringLiteral("signal"), QByteArray(R"({"a":1,"b":[true,null]})"), {}});
    QTest::newRow("channel event, text that is not JSON")
        << frame(R"({"event":"update","channel":"c","data":"plain words"})")
        << Message(ChannelEvent {QStringLiteral("c"), QStringLiteral("update"), QByteArray("plain words"), {}});
    QTest::newRow("channel event, no data")
        << frame(R"({"event":"update","channel":"c"})")
        << Message(ChannelEvent {QStringLiteral("c"), QStringLiteral("update"), {}, {}});
    QTest::newRow("channel event, non-ASCII payload")
        << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"data\":\"{\\\"name\\\":\\\"caf\xC3\xA9 \\u00e9 "
                      "\\ud83d\\ude80\\\"}\"}")
        << Message(ChannelEvent {QStringLiteral("c"),
                                 QStringLiteral("update"),
                                 QByteArray("{\"name\":\"caf\xC3\xA9 \xC3\xA9 \xF0\x9F\x9A\x80\"}"),
                                 {}});
    QTest::newRow("client event with user_id")
        << frame(R"({"event":"client-typing","channel":"presence-x","data":"{}","user_id":"u-9"})")
        << Message(ChannelEvent {QStringLiteral("presence-x"), QStringLiteral("client-typing"), QByteArray("{}"),
                                 QStringLiteral("u-9")});
    QTest::newRow("unknown fields are tolerated")
        << frame(R"({"event":"update","channel":"c","data":"1","extra":{"deep":[1,2,3]}})")
        << Message(ChannelEvent {QStringLiteral("c"), QStringLiteral("update"), QByteArray("1"), {}});
}

void TestPusherProtocol::decodeMessage()
{
    QFETCH(QByteArray, frame);
    QFETCH(Message, expected);

    const DecodeResult result = decode(frame);
    QVERIFY2(!isError(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Message>(result), expected);
}

void TestPusherProtocol::decodeMalformed_data()
{
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << frame("   \n");
    QTest::newRow("not JSON") << frame("hello");
    QTest::newRow("truncated") << frame(R"({"event":"update","channel":"c","data":"{\"a)");
    QTest::newRow("trailing garbage") << frame(R"({"event":"pusher:ping"} trailing)");
    QTest::newRow("array") << frame(R"([{"event":"pusher:ping"}])");
    QTest::newRow("string") << frame(R"("pusher:ping")");
    QTest::newRow("number") << frame("42");
    QTest::newRow("null") << frame("null");
    QTest::newRow("empty object") << frame("{}");
    QTest::newRow("event is a number") << frame(R"({"event":1})");
    QTest::newRow("event is null") << frame(R"({"event":null,"channel":"c"})");
    QTest::newRow("event is an object") << frame(R"({"event":{"name":"update"},"channel":"c"})");
    QTest::newRow("event is empty") << frame(R"({"event":"","channel":"c"})");
    QTest::newRow("channel event without channel") << frame(R"({"event":"update","data":"{}"})");
    QTest::newRow("channel event with empty channel") << frame(R"({"event":"update","channel":"","data":"{}"})");
    QTest::newRow("channel is a number") << frame(R"({"event":"update","channel":5,"data":"{}"})");
    QTest::newRow("channel is an array") << frame(R"({"event":"pusher:ping","channel":["c"]})");
    QTest::newRow("data is a number") << frame(R"({"event":"update","channel":"c","data":5})");
    QTest::newRow("data is a boolean") << frame(R"({"event":"update","channel":"c","data":true})");
    QTest::newRow("data is an array") << frame(R"({"event":"update","channel":"c","data":[1]})");
    QTest::newRow("user_id is an object") << frame(R"({"event":"client-x","channel":"c","data":"{}","user_id":{}})");
    QTest::newRow("established without data") << frame(R"({"event":"pusher:connection_established"})");
    QTest::newRow("established, data not an object")
        << frame(R"({"event":"pusher:connection_established","data":"socket 1.2"})");
    QTest::newRow("established, data is an array") << frame(R"({"event":"pusher:connection_established","data":[1]})");
    QTest::newRow("established without socket_id")
        << frame(R"({"event":"pusher:connection_established","data":"{\"activity_timeout\":120}"})");
    QTest::newRow("established, empty socket_id")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"","activity_timeout":120}})");
    QTest::newRow("established, socket_id a number")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":1.2,"activity_timeout":120}})");
    QTest::newRow("established without activity_timeout")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"1.2"}})");
    QTest::newRow("established, activity_timeout a string")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"1.2","activity_timeout":"120"}})");
    QTest::newRow("established, activity_timeout zero")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"1.2","activity_timeout":0}})");
    QTest::newRow("established, activity_timeout negative")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"1.2","activity_timeout":-5}})");
    QTest::newRow("established, activity_timeout fractional")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"1.2","activity_timeout":1.5}})");
    QTest::newRow("established, activity_timeout huge")
        << frame(R"({"event":"pusher:connection_established","data":{"socket_id":"1.2","activity_timeout":1e300}})");
    QTest::newRow("established, activity_timeout beyond int ms") << frame(
        R"({"event":"pusher:connection_established","data":{"socket_id":"1.2","activity_timeout":99999999999}})");
    QTest::newRow("error, code a string") << frame(R"({"event":"pusher:error","data":{"message":"x","code":"4000"}})");
    QTest::newRow("error, code huge") << frame(R"({"event":"pusher:error","data":{"message":"x","code":1e20}})");
    QTest::newRow("error, message a number") << frame(R"({"event":"pusher:error","data":{"message":5,"code":4000}})");
    QTest::newRow("error, data a number") << frame(R"({"event":"pusher:error","data":4000})");
    QTest::newRow("subscribe without data") << frame(R"({"event":"pusher:subscribe"})");
    QTest::newRow("subscribe without channel") << frame(R"({"event":"pusher:subscribe","data":{"auth":"k:s"}})");
    QTest::newRow("subscribe, channel a number") << frame(R"({"event":"pusher:subscribe","data":{"channel":3}})");
    QTest::newRow("subscribe, auth a number")
        << frame(R"({"event":"pusher:subscribe","data":{"channel":"c","auth":3}})");
    QTest::newRow("subscribe, channel_data an object")
        << frame(R"({"event":"pusher:subscribe","data":{"channel":"presence-c","auth":"k:s","channel_data":{}}})");
    QTest::newRow("unsubscribe without channel") << frame(R"({"event":"pusher:unsubscribe","data":{}})");
    QTest::newRow("succeeded without channel")
        << frame(R"({"event":"pusher_internal:subscription_succeeded","data":"{}"})");
    QTest::newRow("succeeded, presence not an object") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-c","data":{"presence":[1]}})");
    QTest::newRow("succeeded, ids not an array") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-c","data":{"presence":{"ids":"a"}}})");
    QTest::newRow("succeeded, id an object") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-c","data":{"presence":{"ids":[{}]}}})");
    QTest::newRow("succeeded, hash not an object") << frame(
        R"({"event":"pusher_internal:subscription_succeeded","channel":"presence-c","data":{"presence":{"hash":[]}}})");
    QTest::newRow("subscription_error without channel")
        << frame(R"({"event":"pusher:subscription_error","data":{"error":"x"}})");
    QTest::newRow("member_added without channel")
        << frame(R"({"event":"pusher_internal:member_added","data":{"user_id":"u"}})");
    QTest::newRow("member_added without user_id")
        << frame(R"({"event":"pusher_internal:member_added","channel":"presence-c","data":{"user_info":{}}})");
    QTest::newRow("member_added, user_id an object")
        << frame(R"({"event":"pusher_internal:member_added","channel":"presence-c","data":{"user_id":{}}})");
    QTest::newRow("member_added, data not JSON")
        << frame(R"({"event":"pusher_internal:member_added","channel":"presence-c","data":"u-1"})");
    QTest::newRow("member_removed, user_id fractional")
        << frame(R"({"event":"pusher_internal:member_removed","channel":"presence-c","data":{"user_id":1.5}})");
    QTest::newRow("invalid UTF-8 in a string") << QByteArray("{\"event\":\"upd\xFF\xFE\",\"channel\":\"c\"}");
    QTest::newRow("invalid UTF-8 in data")
        << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"data\":\"\xC0\xAF\"}");
    // (Qt's parser lets raw control characters pass inside strings; between tokens they are errors.)
    QTest::newRow("NUL between tokens") << QByteArray("{\"event\":\"update\",\0\"channel\":\"c\"}", 33);
    QTest::newRow("deeply nested") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("deeply nested data") << QByteArray(R"({"event":"update","channel":"c","data":)")
            + QByteArray(5000, '[') + QByteArray(5000, ']') + QByteArray("}");
}

void TestPusherProtocol::decodeMalformed()
{
    QFETCH(QByteArray, frame);

    const DecodeResult result = decode(frame);
    QVERIFY2(isError(result), qPrintable(describe(result)));
    QVERIFY(!std::get<DecodeError>(result).message.isEmpty());
}

void TestPusherProtocol::decodeHugeFrame()
{
    // A 10 MB payload decodes completely: size limits belong to the socket, not to the decoder.
    QByteArray payload;
    payload.reserve(10 * 1024 * 1024 + 16);
    payload.append("{\"blob\":\"");
    while (payload.size() < 10 * 1024 * 1024)
        payload.append("0123456789abcdef");
    payload.append("\"}");
    const QByteArray bytes = encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), payload);
    QVERIFY(bytes.size() > 10 * 1024 * 1024);
    const DecodeResult result = decode(bytes);
    QVERIFY(!isError(result));
    const auto *event = std::get_if<ChannelEvent>(&std::get<Message>(result));
    QVERIFY(event);
    QCOMPARE(event->payload, payload);

    // 10 MB of garbage is an error, not a hang or a crash.
    QByteArray garbage(10 * 1024 * 1024, '{');
    QVERIFY(isError(decode(garbage)));
    garbage.fill('"');
    QVERIFY(isError(decode(garbage)));
}

void TestPusherProtocol::decodeNeverCrashesOnBrokenFrames()
{
    // Every prefix and many random corruptions of real frames: each gives a message or an
    // error, and the decoder survives them all (run under ASan in the asan preset).
    const QList<QByteArray> frames {
        encodeConnectionEstablished(QStringLiteral("1.2"), 120),
        encodeSubscriptionSucceeded(QStringLiteral("presence-c"),
                                    QList<PresenceMember> {{QStringLiteral("u"), QJsonValue(object(R"({"n":1})"))}}),
        encodeSubscriptionError(QStringLiteral("private-c"), QStringLiteral("AuthError"), QStringLiteral("no"), 401),
        encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), R"({"a":[1,2,{"b":"\u00e9"}]})"),
        encodeSubscribe(Subscribe {QStringLiteral("presence-c"), QStringLiteral("k:s"), QStringLiteral("{}")}),
        encodeError(QStringLiteral("x"), 4201),
    };
    QRandomGenerator random(20240601);
    int messages = 0;
    int errors = 0;
    for (const QByteArray &original : frames) {
        for (qsizetype length = 0; length <= original.size(); ++length)
            isError(decode(original.left(length))) ? ++errors : ++messages;
        for (int round = 0; round < 300; ++round) {
            QByteArray corrupted = original;
            const int flips = 1 + random.bounded(4);
            for (int flip = 0; flip < flips; ++flip)
                corrupted[random.bounded(corrupted.size())] = static_cast<char>(random.bounded(256));
            isError(decode(corrupted)) ? ++errors : ++messages;
        }
    }
    // The full frames decode; the truncations cannot.
    QVERIFY(messages >= frames.size());
    QVERIFY(errors > 0);
}

void TestPusherProtocol::decodeKeepsPayloadBytes()
{
    // Escapes that JSON allows in several spellings come out as the same UTF-8 payload.
    const QByteArray payload = "{\"s\":\"tab\\tquote\\\"slash/\\u0001\\u2028\xE2\x82\xAC\"}";
    const QByteArray bytes = encodeChannelEvent(QStringLiteral("c"), QStringLiteral("e"), payload);
    const Message message = decodedMessage(bytes);
    QCOMPARE(std::get<ChannelEvent>(message).payload, payload);
}

void TestPusherProtocol::fastPathTakesStreamEvents_data()
{
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("encoded by us") << encodeChannelEvent(QStringLiteral("private-swaps"), QStringLiteral("update"),
                                                         R"({"a":"b\"c","n":[1,2]})");
    QTest::newRow("non-ASCII and escapes") << encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"),
                                                                 "{\"n\":\"caf\xC3\xA9\\n\xF0\x9F\x9A\x80\"}");
    QTest::newRow("whitespace and member order")
        << frame(" { \"channel\" : \"c\" ,\n\"data\":\"{}\", \"event\":\"update\" } \r\n");
    QTest::newRow("unknown string member") << frame(R"({"event":"update","channel":"c","data":"1","x":"y"})");
    QTest::newRow("user_id") << frame(R"({"event":"client-x","channel":"presence-c","data":"{}","user_id":"u"})");
    QTest::newRow("no data") << frame(R"({"event":"update","channel":"c"})");
}

void TestPusherProtocol::fastPathTakesStreamEvents()
{
    // The speed of the common case depends on this path being taken.
    QFETCH(QByteArray, frame);
    const auto fast = detail::decodeChannelEventFast(frame);
    QVERIFY(fast.has_value());
    const DecodeResult generic = detail::decodeGeneric(frame);
    QVERIFY2(!isError(generic), qPrintable(describe(generic)));
    QCOMPARE(*fast, std::get<Message>(generic));

    // The payload has shuriken::PayloadPadding zeroed bytes after its end, inside its own block,
    // so StreamEvent's parser reads it in place (with or without escapes to undo).
    const QByteArray &payload = std::get<ChannelEvent>(*fast).payload;
    if (payload.isNull())
        return; // no data member
    QVERIFY(shuriken::hasPayloadPadding(payload));
    for (qsizetype i = 0; i < shuriken::PayloadPadding; ++i)
        QCOMPARE(payload.constData()[payload.size() + i], '\0');
}

void TestPusherProtocol::fastPathAgreesWithGenericDecoder_data()
{
    QTest::addColumn<QByteArray>("frame");

    QTest::newRow("all escapes") << frame(
        R"({"event":"update","channel":"c","data":"\"\\\/\b\f\n\r\t\u0041\u00e9\u20ac"})");
    QTest::newRow("NUL escape") << frame(R"({"event":"update","channel":"c","data":"a\u0000b"})");
    QTest::newRow("surrogate pair") << frame(R"({"event":"update","channel":"c","data":"\ud83d\ude80"})");
    QTest::newRow("upper-case hex") << frame(R"({"event":"update","channel":"c","data":"\uD83D\uDE80\u00C9"})");
    QTest::newRow("lone high surrogate") << frame(R"({"event":"update","channel":"c","data":"\ud83dx"})");
    QTest::newRow("lone low surrogate") << frame(R"({"event":"update","channel":"c","data":"\ude80"})");
    QTest::newRow("high surrogate then non-low") << frame(R"({"event":"update","channel":"c","data":"\ud83d\u0041"})");
    QTest::newRow("short unicode escape") << frame(R"({"event":"update","channel":"c","data":"\u12"})");
    QTest::newRow("bad unicode escape") << frame(R"({"event":"update","channel":"c","data":"\u12G4"})");
    QTest::newRow("unknown escape") << frame(R"({"event":"update","channel":"c","data":"\x41"})");
    QTest::newRow("escape at the end") << frame(R"({"event":"update","channel":"c","data":"\)");
    QTest::newRow("raw control character") << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"data\":\"a\tb\"}");
    QTest::newRow("raw newline in the event") << QByteArray("{\"event\":\"up\ndate\",\"channel\":\"c\"}");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"data\":\"\xFF\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"data\":\"\xC0\xAF\"}");
    QTest::newRow("truncated UTF-8") << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"data\":\"\xE2\x82\"}");
    QTest::newRow("duplicate event") << frame(R"({"event":"update","event":"other","channel":"c"})");
    QTest::newRow("duplicate unknown key") << frame(R"({"event":"update","channel":"c","x":"1","x":"2"})");
    QTest::newRow("escaped key") << frame(R"({"ev\u0065nt":"update","channel":"c"})");
    QTest::newRow("non-ASCII key") << QByteArray("{\"event\":\"update\",\"channel\":\"c\",\"\xC3\xA9\":\"x\"}");
    QTest::newRow("object data") << frame(R"({"event":"update","channel":"c","data":{"a":1}})");
    QTest::newRow("number member") << frame(R"({"event":"update","channel":"c","seq":1})");
    QTest::newRow("null channel") << frame(R"({"event":"update","channel":null})");
    QTest::newRow("empty channel") << frame(R"({"event":"update","channel":""})");
    QTest::newRow("empty event") << frame(R"({"event":"","channel":"c"})");
    QTest::newRow("no channel") << frame(R"({"event":"update","data":"x"})");
    QTest::newRow("pusher event") << frame(R"({"event":"pusher:ping","channel":"c"})");
    QTest::newRow("internal event") << frame(R"({"event":"pusher_internal:subscription_count","channel":"c"})");
    QTest::newRow("empty object") << frame("{}");
    QTest::newRow("trailing comma") << frame(R"({"event":"update","channel":"c",})");
    QTest::newRow("missing colon") << frame(R"({"event" "update","channel":"c"})");
    QTest::newRow("trailing garbage") << frame(R"({"event":"update","channel":"c"}x)");
    QTest::newRow("two objects") << frame(R"({"event":"update","channel":"c"}{})");
    QTest::newRow("unterminated") << frame(R"({"event":"update","channel":"c")");
    QTest::newRow("unterminated string") << frame(R"({"event":"update","channel":"c)");
    QTest::newRow("vertical tab whitespace") << QByteArray("{\"event\":\"update\",\v\"channel\":\"c\"}");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF{\"event\":\"update\",\"channel\":\"c\"}");
}

void TestPusherProtocol::fastPathAgreesWithGenericDecoder()
{
    QFETCH(QByteArray, frame);
    const DecodeResult generic = detail::decodeGeneric(frame);
    if (const auto fast = detail::decodeChannelEventFast(frame)) {
        QVERIFY2(!isError(generic), qPrintable(describe(generic)));
        QCOMPARE(*fast, std::get<Message>(generic));
    }
    QCOMPARE(decode(frame), generic);
}

void TestPusherProtocol::fastPathAgreesOnMutatedFrames()
{
    // Random damage to stream-event frames full of escapes: whenever the fast path accepts a
    // frame, the generic decoder reads exactly the same message from it.
    QRandomGenerator random(99);
    const QList<QByteArray> originals {
        encodeChannelEvent(QStringLiteral("private-swaps"), QStringLiteral("update"),
                           "{\"s\":\"q\\\"b\\\\s/\\u00e9\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x80\",\"n\":[1,{}]}"),
        QByteArray(R"({"event":"update","channel":"c","data":"\ud83d\ude80\u0000\n","user_id":"u"})"),
    };
    const QByteArray alphabet("\"\\/{}:,u0aAdDe8 \x80\xC3\xA9\xED\xF0");
    int fastTaken = 0;
    for (const QByteArray &original : originals) {
        for (int round = 0; round < 4000; ++round) {
            QByteArray mutated = original;
            const int edits = 1 + random.bounded(3);
            for (int edit = 0; edit < edits; ++edit) {
                const auto position = random.bounded(mutated.size());
                const char replacement = alphabet.at(random.bounded(alphabet.size()));
                switch (random.bounded(3)) {
                case 0:
                    mutated[position] = replacement;
                    break;
                case 1:
                    mutated.insert(position, replacement);
                    break;
                default:
                    mutated.remove(position, 1);
                    break;
                }
            }
            const DecodeResult generic = detail::decodeGeneric(mutated);
            if (const auto fast = detail::decodeChannelEventFast(mutated)) {
                ++fastTaken;
                QVERIFY2(!isError(generic), mutated.constData());
                QVERIFY2(*fast == std::get<Message>(generic), mutated.constData());
            }
            QVERIFY2(decode(mutated) == generic, mutated.constData());
        }
    }
    QVERIFY(fastTaken > 100); // the damage leaves many frames valid, so the comparison happened
}

void TestPusherProtocol::fastPathAgreesAtEveryWordOffset()
{
    // The string scanner reads eight bytes at a time: every kind of byte that ends a plain run,
    // at every offset within a word and every distance from the end of the frame, is found
    // exactly, and the bytes around it are copied in full.
    struct Special
    {
        QByteArray text;
        bool valid; // a string may hold it: the fast path must take the frame
    };
    const QList<Special> specials {
        {"\\\"", true},           {"\\\\", true},     {"\\n", true},          {"\\u00e9", true},
        {"\\ud83d\\ude80", true}, {"\xC3\xA9", true}, {"\xE2\x82\xAC", true}, {"\xF0\x9F\x9A\x80", true},
        {"\x7F", true}, // DEL is not a control character in JSON
        {"\\\"\\\"\\\"", true},   {"\x1F", false},    {"\xC3", false},        {"\xFF", false},
        {"\\x", false},
    };
    for (const Special &special : specials) {
        for (int before = 0; before < 20; ++before) {
            for (int after = 0; after < 20; ++after) {
                const QByteArray data = QByteArray(before, 'a') + special.text + QByteArray(after, 'b');
                const QByteArray text = "{\"event\":\"update\",\"channel\":\"c\",\"data\":\"" + data + "\"}";
                const DecodeResult generic = detail::decodeGeneric(text);
                const auto fast = detail::decodeChannelEventFast(text);
                QVERIFY2(fast.has_value() == special.valid, text.constData());
                if (fast) {
                    QVERIFY2(!isError(generic), text.constData());
                    QVERIFY2(*fast == std::get<Message>(generic), text.constData());
                }
                QVERIFY2(decode(text) == generic, text.constData());
            }
        }
    }
}

void TestPusherProtocol::fastPathTakesLongPayloads()
{
    // Longer than the scanner's inline scratch buffer, with escapes and non-ASCII throughout.
    QByteArray payload = "{\"items\":[";
    for (int i = 0; payload.size() < 20000; ++i)
        payload += "{\"n\":" + QByteArray::number(i) + ",\"s\":\"caf\xC3\xA9 \\\"" + QByteArray::number(i) + "\\\"\"},";
    payload += "{}]}";
    const QByteArray text = encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), payload);
    const auto fast = detail::decodeChannelEventFast(text);
    QVERIFY(fast.has_value());
    const DecodeResult generic = detail::decodeGeneric(text);
    QVERIFY2(!isError(generic), qPrintable(describe(generic)));
    QCOMPARE(*fast, std::get<Message>(generic));
    QCOMPARE(std::get<ChannelEvent>(*fast).payload, payload);
}

void TestPusherProtocol::encodeRoundTrip_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<Message>("expected");

    const QString channel = QStringLiteral("private-swaps");
    QTest::newRow("subscribe public") << encodeSubscribe(Subscribe {QStringLiteral("swaps"), {}, std::nullopt})
                                      << Message(Subscribe {QStringLiteral("swaps"), {}, std::nullopt});
    QTest::newRow("subscribe private") << encodeSubscribe(Subscribe {channel, QStringLiteral("key:0123"), std::nullopt})
                                       << Message(Subscribe {channel, QStringLiteral("key:0123"), std::nullopt});
    const QString channelData = QStringLiteral(R"({"user_id":"u-1","user_info":{"name":"Zoë \"Z\""}})");
    QTest::newRow("subscribe presence") << encodeSubscribe(Subscribe {
        QStringLiteral("presence-x"), QStringLiteral("key:0123"),
        channelData}) << Message(Subscribe {QStringLiteral("presence-x"), QStringLiteral("key:0123"), channelData});
    QTest::newRow("unsubscribe") << encodeUnsubscribe(channel) << Message(Unsubscribe {channel});
    QTest::newRow("ping") << encodePing() << Message(Ping {});
    QTest::newRow("pong") << encodePong() << Message(Pong {});
    QTest::newRow("server ping") << encodeServerPing() << Message(Ping {});
    QTest::newRow("server pong") << encodeServerPong() << Message(Pong {});
    QTest::newRow("connection established") << encodeConnectionEstablished(QStringLiteral("5.6"), 120)
                                            << Message(ConnectionEstablished {QStringLiteral("5.6"), 120});
    QTest::newRow("error with code") << encodeError(QStringLiteral("Over capacity"), 4100)
                                     << Message(PusherError {QStringLiteral("Over capacity"), 4100, {}});
    QTest::newRow("error without code")
        << encodeError(QStringLiteral("Existing subscription to channel private-swaps"), std::nullopt)
        << Message(PusherError {QStringLiteral("Existing subscription to channel private-swaps"), std::nullopt, {}});
    QTest::newRow("subscription succeeded")
        << encodeSubscriptionSucceeded(channel) << Message(SubscriptionSucceeded {channel, std::nullopt});
    const QList<PresenceMember> members {{QStringLiteral("u-1"), QJsonValue(object(R"({"name":"A","n":[1,2.5]})"))},
                                         {QStringLiteral("u-2"), QJsonValue(QStringLiteral("text \"info\""))},
                                         {QStringLiteral("u-3"), QJsonValue(7)},
                                         {QStringLiteral("u-4"), QJsonValue(true)},
                                         {QStringLiteral("u-5"), QJsonValue()}};
    QTest::newRow("subscription succeeded, presence")
        << encodeSubscriptionSucceeded(QStringLiteral("presence-x"), members)
        << Message(SubscriptionSucceeded {QStringLiteral("presence-x"), members});
    QTest::newRow("subscription succeeded, empty presence")
        << encodeSubscriptionSucceeded(QStringLiteral("presence-x"), QList<PresenceMember> {})
        << Message(SubscriptionSucceeded {QStringLiteral("presence-x"), QList<PresenceMember> {}});
    QTest::newRow("subscription error") << encodeSubscriptionError(channel, QStringLiteral("AuthError"),
                                                                   QStringLiteral("Invalid signature"), 401)
                                        << Message(SubscriptionError {channel, QStringLiteral("AuthError"),
                                                                      QStringLiteral("Invalid signature"), 401});
    const QByteArray payload = R"({"tokenMint":"So111","slot":312345678,"nested":{"q":"\"quoted\"\\"}})";
    QTest::newRow("channel event") << encodeChannelEvent(channel, QStringLiteral("update"), payload)
                                   << Message(ChannelEvent {channel, QStringLiteral("update"), payload, {}});
    QTest::newRow("channel event, empty payload")
        << encodeChannelEvent(channel, QStringLiteral("update"), QByteArrayView())
        << Message(ChannelEvent {channel, QStringLiteral("update"), QByteArray(), {}});
}

void TestPusherProtocol::encodeRoundTrip()
{
    QFETCH(QByteArray, encoded);
    QFETCH(Message, expected);

    QJsonParseError error {};
    QJsonDocument::fromJson(encoded, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const DecodeResult result = decode(encoded);
    QVERIFY2(!isError(result), qPrintable(describe(result)));
    QCOMPARE(std::get<Message>(result), expected);
}

void TestPusherProtocol::encodedClientFramesUseObjectData()
{
    const QList<QByteArray> frames {encodeSubscribe(Subscribe {QStringLiteral("c"), {}, std::nullopt}),
                                    encodeUnsubscribe(QStringLiteral("c")), encodePing(), encodePong()};
    for (const QByteArray &bytes : frames) {
        const QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
        QVERIFY2(envelope.value(QLatin1String("data")).isObject(), bytes.constData());
    }
    // Public subscriptions carry no auth at all.
    const QJsonObject data = QJsonDocument::fromJson(encodeSubscribe(Subscribe {QStringLiteral("c"), {}, std::nullopt}))
                                 .object()
                                 .value(QLatin1String("data"))
                                 .toObject();
    QVERIFY(!data.contains(QLatin1String("auth")));
    QVERIFY(!data.contains(QLatin1String("channel_data")));
}

void TestPusherProtocol::encodedServerFramesUseStringData()
{
    const QList<QByteArray> frames {
        encodeConnectionEstablished(QStringLiteral("1.2"), 120),
        encodeError(QStringLiteral("x"), 4001),
        encodeServerPing(),
        encodeServerPong(),
        encodeSubscriptionSucceeded(QStringLiteral("c")),
        encodeSubscriptionError(QStringLiteral("c"), QStringLiteral("AuthError"), QStringLiteral("x"), 401),
        encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), "{}"),
    };
    for (const QByteArray &bytes : frames) {
        const QJsonObject envelope = QJsonDocument::fromJson(bytes).object();
        QVERIFY2(envelope.value(QLatin1String("data")).isString(), bytes.constData());
    }
    const QJsonObject established
        = QJsonDocument::fromJson(encodeConnectionEstablished(QStringLiteral("1.2"), 120)).object();
    QCOMPARE(established.value(QLatin1String("event")).toString(), QStringLiteral("pusher:connection_established"));
    QVERIFY(!established.contains(QLatin1String("channel")));
    const QJsonObject inner
        = QJsonDocument::fromJson(established.value(QLatin1String("data")).toString().toUtf8()).object();
    QCOMPARE(inner.value(QLatin1String("socket_id")).toString(), QStringLiteral("1.2"));
    QCOMPARE(inner.value(QLatin1String("activity_timeout")).toInt(), 120);

    QCOMPARE(encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), R"({"a":"b"})"),
             QByteArray(R"({"event":"update","channel":"c","data":"{\"a\":\"b\"}"})"));
}

void TestPusherProtocol::channelTypes_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<ChannelType>("expected");

    QTest::newRow("public") << QStringLiteral("swaps-So111") << ChannelType::Public;
    QTest::newRow("private") << QStringLiteral("private-signal-global") << ChannelType::Private;
    QTest::newRow("private-encrypted") << QStringLiteral("private-encrypted-x") << ChannelType::PrivateEncrypted;
    QTest::newRow("presence") << QStringLiteral("presence-portfolio-1") << ChannelType::Presence;
    QTest::newRow("prefix without dash") << QStringLiteral("privateer") << ChannelType::Public;
    QTest::newRow("empty") << QString() << ChannelType::Public;
}

void TestPusherProtocol::channelTypes()
{
    QFETCH(QString, channel);
    QFETCH(ChannelType, expected);
    QCOMPARE(channelType(channel), expected);
}

void TestPusherProtocol::channelNames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("private-swaps") << true;
    QTest::newRow("every allowed punctuation") << QStringLiteral("a_b-c=d@e,f.g;h") << true;
    QTest::newRow("164 characters") << QString(164, QLatin1Char('a')) << true;
    QTest::newRow("165 characters") << QString(165, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("colon") << QStringLiteral("a:b") << false;
    QTest::newRow("non-ASCII letter") << QString::fromUtf8("caf\xC3\xA9") << false;
}

void TestPusherProtocol::channelNames()
{
    QFETCH(QString, channel);
    QFETCH(bool, valid);
    QCOMPARE(isValidChannelName(channel), valid);
}

void TestPusherProtocol::signatureVectors_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<std::optional<QString>>("channelData");
    QTest::addColumn<QString>("expected");

    // PROTOCOL.md 1.4: Pusher's published example and our presence vector.
    QTest::newRow("private")
        << QStringLiteral("private-foobar") << std::optional<QString>()
        << QStringLiteral("278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
    QTest::newRow("presence")
        << QStringLiteral("presence-foobar")
        << std::optional<QString>(QStringLiteral(R"({"user_id":"u-1","user_info":{"name":"x"}})"))
        << QStringLiteral("278d425bdf160c739803:c27e2ca9de648fd8da0ac12a266f8eff6f80f1ff8cea3700870177707af33074");
}

void TestPusherProtocol::signatureVectors()
{
    QFETCH(QString, channel);
    QFETCH(std::optional<QString>, channelData);
    QFETCH(QString, expected);

    const QString appKey = QStringLiteral("278d425bdf160c739803");
    const QByteArray secret("7ad3773142a6692b25b8");
    const QString socketId = QStringLiteral("1234.1234");
    QCOMPARE(signChannel(appKey, secret, socketId, channel, channelData), expected);
    QVERIFY(verifyChannelSignature(expected, appKey, secret, socketId, channel, channelData));
}

void TestPusherProtocol::signatureRejectsTampering_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("socketId");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<std::optional<QString>>("channelData");

    const QString good
        = QStringLiteral("278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
    const QString socket = QStringLiteral("1234.1234");
    const QString channel = QStringLiteral("private-foobar");
    QString flipped = good;
    flipped[flipped.size() - 1] = QLatin1Char('5');
    QTest::newRow("last digit changed") << flipped << socket << channel << std::optional<QString>();
    QTest::newRow("truncated") << good.left(good.size() - 1) << socket << channel << std::optional<QString>();
    QTest::newRow("extended") << good + QLatin1Char('0') << socket << channel << std::optional<QString>();
    QTest::newRow("upper-case hex") << good.toUpper() << socket << channel << std::optional<QString>();
    QTest::newRow("other app key") << QStringLiteral("x") + good.mid(1) << socket << channel
                                   << std::optional<QString>();
    QTest::newRow("signature only") << good.mid(21) << socket << channel << std::optional<QString>();
    QTest::newRow("empty") << QString() << socket << channel << std::optional<QString>();
    QTest::newRow("other socket") << good << QStringLiteral("1234.1235") << channel << std::optional<QString>();
    QTest::newRow("other channel") << good << socket << QStringLiteral("private-foobaz") << std::optional<QString>();
    QTest::newRow("channel data added") << good << socket << channel << std::optional<QString>(QStringLiteral("{}"));
}

void TestPusherProtocol::signatureRejectsTampering()
{
    QFETCH(QString, auth);
    QFETCH(QString, socketId);
    QFETCH(QString, channel);
    QFETCH(std::optional<QString>, channelData);

    QVERIFY(!verifyChannelSignature(auth, QStringLiteral("278d425bdf160c739803"), QByteArray("7ad3773142a6692b25b8"),
                                    socketId, channel, channelData));
}

void TestPusherProtocol::messageIsAMetaType()
{
    // Messages travel through queued signals and QVariant (the connection's messageReceived).
    const Message original(ChannelEvent {QStringLiteral("c"), QStringLiteral("update"), QByteArray("{}"), {}});
    const QVariant variant = QVariant::fromValue(original);
    QVERIFY(variant.isValid());
    QCOMPARE(variant.value<Message>(), original);
    QVERIFY(variant == QVariant::fromValue(original));
    QVERIFY(variant != QVariant::fromValue(Message(Ping {})));
}

QTEST_GUILESS_MAIN(TestPusherProtocol)
#include "tst_pusherprotocol.moc"
