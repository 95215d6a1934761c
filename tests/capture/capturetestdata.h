#pragma once

// Captures both capture tests use: every entry kind with the bytes that are hard to carry (not
// UTF-8, binary, control characters), a session with two WebSocket connections, and comparisons
// that say which entry and which field differ.

#include "capturerecord.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace capturetest {

using namespace shuriken;
using namespace shuriken::capture;

inline const QByteArray kEllipsis = "\xE2\x80\xA6"; // what redaction leaves before a secret's tail

inline constexpr qint64 kStartUs = 1765000000123456; // 2025-12-06T05:46:40.123456Z

inline QDateTime utcFromUs(qint64 timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC);
}

inline FrameEntry frame(qint64 timeUs, FrameEntry::Direction direction, QByteArray data, bool binary = false)
{
    FrameEntry entry;
    entry.timeUs = timeUs;
    entry.direction = direction;
    entry.data = std::move(data);
    entry.binary = binary;
    return entry;
}

/// An inbound frame the decoder found to be one JSON object: written as the record's `json`.
inline FrameEntry objectFrame(qint64 timeUs, QByteArray data)
{
    FrameEntry entry = frame(timeUs, FrameEntry::Direction::In, std::move(data));
    entry.wellFormedObject = true;
    return entry;
}

inline QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    return bytes;
}

inline Capture sampleCapture()
{
    Capture capture;
    capture.header.productName = QStringLiteral("Shuriken Stream Monitor");
    capture.header.productVersion = QStringLiteral("1.2.3");
    capture.header.profile = QStringLiteral("simulator");
    capture.header.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    capture.header.catalogJson = R"({"streams":[{"id":"svm.token.swaps","title":"Swaps \u20ac"}]})";
    capture.header.startedAtUs = kStartUs;

    qint64 t = kStartUs;
    capture.entries.append(StateEntry {++t, QStringLiteral("connecting"), {}});

    HttpEntry session;
    session.timeUs = ++t;
    session.exchange.id = 1;
    session.exchange.method = "POST";
    session.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2/ws/session"));
    session.exchange.requestHeaders = {{"Authorization",
                                        "Bearer sk_\xE2\x80\xA6"
                                        "cdef"},
                                       {"Content-Type", "application/json"}};
    session.exchange.requestBody = R"({"subscriptions":[{"stream":"svm.token.swaps","filter":{}}]})";
    session.exchange.httpStatus = 200;
    session.exchange.responseHeaders = {{"Content-Type", "application/json"}, {"X-Request-Id", "req_42"}};
    session.exchange.responseBody = R"({"data":{"connection":{"appKey":"key","wsHost":"127.0.0.1","wsPort":8080}}})";
    session.exchange.durationMs = 12;
    session.exchange.startedAt = utcFromUs(t);
    capture.entries.append(session);

    capture.entries.append(StateEntry {++t, QStringLiteral("connected"), {}});
    using Direction = FrameEntry::Direction;
    capture.entries.append(frame(
        ++t, Direction::In,
        R"({"event":"pusher:connection_established","data":"{\"socket_id\":\"123.456\",\"activity_timeout\":120}"})"));
    capture.entries.append(
        frame(++t, Direction::Out,
              "{\"event\":\"pusher:subscribe\",\"data\":{\"channel\":\"private-a\",\"auth\":\"key:\xE2\x80\xA6"
              "abcd\"}}"));
    capture.entries.append(frame(++t, Direction::In,
                                 QByteArray("quote \" backslash \\ newline \n tab \t nul ") + QByteArray(1, '\0')
                                     + QByteArray(" del \x7F euro \xE2\x82\xAC rocket \xF0\x9F\x9A\x80")));
    capture.entries.append(frame(++t, Direction::In, "{\"event\":\"x\xFF\xFE\",\"cut\":\"\xE2\x82\"}"));
    capture.entries.append(frame(++t, Direction::In, "lone continuation \x80 and overlong \xC0\xAF"));
    capture.entries.append(frame(++t, Direction::In, allBytes(), true));
    capture.entries.append(frame(++t, Direction::In, "plain text in a binary frame", true));
    capture.entries.append(frame(++t, Direction::In, QByteArray()));
    capture.entries.append(SubscriptionEntry {++t,
                                              QStringLiteral("svm.token.swaps{tokenAddress=So1}"),
                                              QStringLiteral("svm.token.swaps"),
                                              QStringLiteral("private-swaps-1"),
                                              QStringLiteral("subscribed"),
                                              {}});

    HttpEntry refused;
    refused.timeUs = ++t;
    refused.exchange.id = 2;
    refused.exchange.method = "POST";
    refused.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2/ws/auth?x=%20y"));
    refused.exchange.requestBody = QByteArray("\x00\xFF\x10 binary body", 15);
    refused.exchange.httpStatus = 401;
    refused.exchange.responseBody = QByteArray("\x89PNG\r\n\x1A\n", 8);
    refused.exchange.durationMs = 3;
    refused.exchange.startedAt = utcFromUs(t);
    ApiError unauthorized(ApiError::Kind::Unauthorized, QStringLiteral("Invalid or expired API key"), 401);
    unauthorized.setCode(QStringLiteral("UNAUTHORIZED"));
    unauthorized.setRequestId(QStringLiteral("req_abc"));
    unauthorized.setDetails(QJsonObject {{QStringLiteral("hint"), QStringLiteral("rotate")}});
    unauthorized.setRetryAfter(std::chrono::milliseconds(1500));
    refused.exchange.error = unauthorized;
    capture.entries.append(refused);

    HttpEntry timedOut;
    timedOut.timeUs = ++t;
    timedOut.exchange.id = 3;
    timedOut.exchange.method = "GET";
    timedOut.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:8080/api/v2/ws/streams"));
    timedOut.exchange.durationMs = 15000;
    timedOut.exchange.startedAt = utcFromUs(t);
    timedOut.exchange.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("no complete answer within 15000 ms"));
    capture.entries.append(timedOut);

    capture.entries.append(
        StateEntry {++t, QStringLiteral("reconnecting"), QStringLiteral("the server closed the connection (4200)")});
    capture.entries.append(SubscriptionEntry {++t,
                                              QStringLiteral("alpha.signalFeedGlobal"),
                                              QStringLiteral("alpha.signalFeedGlobal"),
                                              {},
                                              QStringLiteral("error"),
                                              QStringLiteral("forbidden: \"scope\" missing")});
    // A stream event as servers send it, with the spacing and escapes kept exactly; and one whose
    // line break between members would split a JSON Lines record (written as a string instead).
    capture.entries.append(
        objectFrame(++t,
                    "{\"event\":\"swap\", \"channel\" : \"private-swaps-1\",\"data\":\"{\\\"amount\\\":\\\"1.5\\\","
                    "\\\"name\\\":\\\"caf\\u00e9 \xE2\x82\xAC\\\"}\"}"));
    capture.entries.append(objectFrame(++t, "{\"event\":\"swap\",\n\"channel\":\"private-swaps-1\",\"data\":\"{}\"}"));
    return capture;
}

inline void compareHeader(const CaptureHeader &actual, const CaptureHeader &expected)
{
    QCOMPARE(actual.formatVersion, FormatVersion);
    QCOMPARE(actual.productName, expected.productName);
    QCOMPARE(actual.productVersion, expected.productVersion);
    QCOMPARE(actual.profile, expected.profile);
    QCOMPARE(actual.baseUrl, expected.baseUrl);
    QCOMPARE(QJsonDocument::fromJson(actual.catalogJson), QJsonDocument::fromJson(expected.catalogJson));
    QCOMPARE(actual.startedAtUs, expected.startedAtUs);
}

inline void compareEntry(const CaptureEntry &actual, const CaptureEntry &expected, qsizetype index)
{
    const QByteArray where = "entry " + QByteArray::number(index);
    QVERIFY2(actual.index() == expected.index(), where.constData());
    QVERIFY2(entryTimeUs(actual) == entryTimeUs(expected), where.constData());
    if (const auto *expectedFrame = std::get_if<FrameEntry>(&expected)) {
        const auto &a = std::get<FrameEntry>(actual);
        QVERIFY2(a.direction == expectedFrame->direction, where.constData());
        QVERIFY2(a.binary == expectedFrame->binary, where.constData());
        QCOMPARE(a.data, expectedFrame->data);
    } else if (const auto *expectedHttp = std::get_if<HttpEntry>(&expected)) {
        const HttpExchange &a = std::get<HttpEntry>(actual).exchange;
        const HttpExchange &x = expectedHttp->exchange;
        QCOMPARE(a.id, x.id);
        QCOMPARE(a.method, x.method);
        QCOMPARE(a.url, x.url);
        QCOMPARE(a.requestHeaders, x.requestHeaders);
        QCOMPARE(a.requestBody, x.requestBody);
        QCOMPARE(a.httpStatus, x.httpStatus);
        QCOMPARE(a.responseHeaders, x.responseHeaders);
        QCOMPARE(a.responseBody, x.responseBody);
        QCOMPARE(a.durationMs, x.durationMs);
        QCOMPARE(a.startedAt, x.startedAt);
        QCOMPARE(a.error.has_value(), x.error.has_value());
        if (x.error) {
            QCOMPARE(a.error->kind(), x.error->kind());
            QCOMPARE(a.error->message(), x.error->message());
            QCOMPARE(a.error->httpStatus(), x.error->httpStatus());
            QCOMPARE(a.error->code(), x.error->code());
            QCOMPARE(a.error->requestId(), x.error->requestId());
            QCOMPARE(a.error->details(), x.error->details());
            QVERIFY(a.error->retryAfter() == x.error->retryAfter());
            QVERIFY(*a.error == *x.error);
        }
    } else if (const auto *expectedState = std::get_if<StateEntry>(&expected)) {
        const auto &a = std::get<StateEntry>(actual);
        QCOMPARE(a.state, expectedState->state);
        QCOMPARE(a.reason, expectedState->reason);
    } else if (const auto *expectedSubscription = std::get_if<SubscriptionEntry>(&expected)) {
        const auto &a = std::get<SubscriptionEntry>(actual);
        QCOMPARE(a.key, expectedSubscription->key);
        QCOMPARE(a.stream, expectedSubscription->stream);
        QCOMPARE(a.channel, expectedSubscription->channel);
        QCOMPARE(a.status, expectedSubscription->status);
        QCOMPARE(a.reason, expectedSubscription->reason);
    }
}

inline void compareEntries(const QList<CaptureEntry> &actual, const QList<CaptureEntry> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        compareEntry(actual[i], expected[i], i);
        if (QTest::currentTestFailed())
            return;
    }
}

inline HttpEntry http(qint64 timeUs, quint64 id, const QByteArray &method, const QString &url, int status,
                      const QByteArray &responseBody)
{
    HttpEntry entry;
    entry.timeUs = timeUs;
    entry.exchange.id = id;
    entry.exchange.method = method;
    entry.exchange.url = QUrl(url);
    entry.exchange.httpStatus = status;
    entry.exchange.responseBody = responseBody;
    entry.exchange.durationMs = 7;
    entry.exchange.startedAt = QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC);
    if (status != 0)
        entry.exchange.responseHeaders = {{"Content-Type", "application/json"}};
    return entry;
}

inline const QByteArray kCatalog = R"({"data":{"streams":[{"id":"svm.token.swaps","title":"Swaps"}]}})";

inline Capture sessionCapture()
{
    using Direction = FrameEntry::Direction;
    Capture capture;
    capture.header.productName = QStringLiteral("Shuriken Stream Monitor");
    capture.header.productVersion = QStringLiteral("1.2.3");
    capture.header.profile = QStringLiteral("simulator");
    capture.header.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    capture.header.catalogJson = kCatalog;
    capture.header.startedAtUs = kStartUs;
    qint64 t = kStartUs;
    capture.entries.append(StateEntry {t += 3, QStringLiteral("connecting"), {}});
    HttpEntry session
        = http(t += 5, 1, "POST", QStringLiteral("http://127.0.0.1:8080/api/v2/ws/session"), 200,
               R"({"data":{"connection":{"provider":"ws","appKey":"app-key","wsHost":"127.0.0.1",)"
               R"("wsPort":8080,"forceTls":false,"authEndpoint":"/api/v2/ws/auth"},"session":)"
               R"({"recommendedReconnectBackoffMs":[1000]},"subscriptions":[{"stream":"svm.token.swaps",)"
               R"("channel":"private-swaps","event":"update","visibility":"public","payloadFormat":"json",)"
               R"("payloadSchemaId":"svm.token.swaps"}]}})");
    session.exchange.requestHeaders
        = {{"Authorization", QByteArray("Bearer sk_" + kEllipsis + "cdef")}, {"Content-Type", "application/json"}};
    session.exchange.requestBody = R"({"subscriptions":[{"stream":"svm.token.swaps","filter":{}}]})";
    capture.entries.append(session);
    capture.entries.append(
        http(t += 11, 2, "GET", QStringLiteral("http://127.0.0.1:8080/api/v2/ws/streams"), 200, kCatalog));
    capture.entries.append(StateEntry {t += 1, QStringLiteral("connected"), {}});
    capture.entries.append(
        frame(t += 1, Direction::In, R"({"event":"pusher:connection_established","data":"{\"socket_id\":\"1.2\"}"})"));
    capture.entries.append(frame(t += 1, Direction::Out,
                                 R"({"event":"pusher:subscribe","data":{"channel":"private-swaps","auth":"app-key:)"
                                     + kEllipsis + R"(abcd"}})"));
    capture.entries.append(
        frame(t += 17, Direction::In,
              "{\"event\":\"update\",\"data\":\"{\\\"note\\\":\\\"caf\xC3\xA9 \xF0\x9F\x9A\x80\\\"}\"}"));
    capture.entries.append(frame(t += 1, Direction::In, "not UTF-8: \xFF\xFE \xC0\xAF"));
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    capture.entries.append(frame(t += 1, Direction::In, bytes, true));

    HttpEntry refused = http(t += 2, 3, "POST", QStringLiteral("http://127.0.0.1:8080/api/v2/ws/auth"), 401,
                             QByteArray("\x89PNG\r\n\x1A\n", 8));
    refused.exchange.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
    refused.exchange.requestBody = "socket_id=1.2&channel_name=private-swaps";
    ApiError unauthorized(ApiError::Kind::Unauthorized, QStringLiteral("Invalid or expired API key"), 401);
    unauthorized.setCode(QStringLiteral("UNAUTHORIZED"));
    unauthorized.setRequestId(QStringLiteral("req_abc"));
    unauthorized.setDetails(QJsonObject {{QStringLiteral("scope"), QStringLiteral("ws")}});
    unauthorized.setRetryAfter(std::chrono::milliseconds(2500));
    refused.exchange.error = unauthorized;
    capture.entries.append(refused);
    HttpEntry timedOut = http(t += 1, 4, "GET", QStringLiteral("http://127.0.0.1:8080/api/v2/ws/streams?x=1"), 0, {});
    timedOut.exchange.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("no complete answer within 15000 ms"));
    capture.entries.append(timedOut);

    capture.entries.append(StateEntry {t += 1, QStringLiteral("reconnecting"), QStringLiteral("dropped")});
    capture.entries.append(StateEntry {t += 1000, QStringLiteral("connecting"), {}});
    capture.entries.append(frame(t += 1, Direction::In, R"({"event":"pusher:connection_established"})"));
    capture.entries.append(frame(t += 999999, Direction::In, R"({"event":"update","data":"{}"})"));
    capture.entries.append(StateEntry {t += 1, QStringLiteral("disconnected"), {}});
    capture.entries.append(
        SubscriptionEntry {t += 1, QStringLiteral("k"), QStringLiteral("s"), {}, QStringLiteral("unsubscribed"), {}});
    return capture;
}

template<typename T>
inline QList<T> entriesOf(const Capture &capture)
{
    QList<T> result;
    for (const CaptureEntry &entry : capture.entries) {
        if (const auto *value = std::get_if<T>(&entry))
            result.append(*value);
    }
    return result;
}

} // namespace capturetest
