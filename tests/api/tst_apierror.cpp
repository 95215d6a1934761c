// ApiError (status mapping, error envelope, Retry-After, display text, transience): pure
// functions, no sockets. The redaction helpers are tested with lib/core (tst_redaction).

#include "apierror.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;
using shuriken::ApiError;
using Kind = shuriken::ApiError::Kind;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(std::optional<std::chrono::milliseconds>)

namespace {

const QString ellipsis(QChar(0x2026));

QDateTime fixedNow()
{
    return QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
}

} // namespace

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindForHttpStatus_data();
    void kindForHttpStatus();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void fromHttpResponse_data();
    void fromHttpResponse();
    void retryAfterOnlyForRateLimit();
    void displayText_data();
    void displayText();
    void isTransient_data();
    void isTransient();
    void travelsThroughQVariant();
};

void TestApiError::kindForHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("400") << 400 << Kind::BadRequest;
    QTest::newRow("401") << 401 << Kind::Unauthorized;
    QTest::newRow("403") << 403 << Kind::Forbidden;
    QTest::newRow("404") << 404 << Kind::NotFound;
    QTest::newRow("408 request timeout is transient") << 408 << Kind::Timeout;
    QTest::newRow("409") << 409 << Kind::BadRequest;
    QTest::newRow("422") << 422 << Kind::BadRequest;
    QTest::newRow("429") << 429 << Kind::RateLimited;
    QTest::newRow("499") << 499 << Kind::BadRequest;
    QTest::newRow("500") << 500 << Kind::Server;
    QTest::newRow("502") << 502 << Kind::Server;
    QTest::newRow("503") << 503 << Kind::Server;
    QTest::newRow("599") << 599 << Kind::Server;
    QTest::newRow("200 is not an error kind") << 200 << Kind::Decode;
    QTest::newRow("302 is not an error kind") << 302 << Kind::Decode;
}

void TestApiError::kindForHttpStatus()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QCOMPARE(ApiError::kindForHttpStatus(status), kind);
}

void TestApiError::parseRetryAfter_data()
{
    using Delay = std::optional<std::chrono::milliseconds>;
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<Delay>("expected");
    QTest::newRow("seconds") << QByteArray("120") << Delay(120s);
    QTest::newRow("zero seconds") << QByteArray("0") << Delay(0ms);
    QTest::newRow("seconds with spaces") << QByteArray("  7 ") << Delay(7s);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << Delay(60s);
    QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 21-Oct-15 07:29:30 GMT") << Delay(150s);
    QTest::newRow("asctime date") << QByteArray("Wed Oct 21 07:27:05 2015") << Delay(5s);
    QTest::newRow("asctime single-digit day") << QByteArray("Thu Oct  1 07:27:00 2015") << Delay(0ms);
    QTest::newRow("date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << Delay(0ms);
    QTest::newRow("empty") << QByteArray() << Delay();
    QTest::newRow("negative") << QByteArray("-5") << Delay();
    QTest::newRow("explicit plus") << QByteArray("+5") << Delay();
    QTest::newRow("fraction") << QByteArray("1.5") << Delay();
    QTest::newRow("garbage") << QByteArray("soon") << Delay();
    QTest::newRow("date without GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00") << Delay();
    QTest::newRow("impossible date") << QByteArray("Wed, 31 Feb 2015 07:28:00 GMT") << Delay();
    QTest::newRow("unknown month") << QByteArray("Wed, 21 Foo 2015 07:28:00 GMT") << Delay();
    QTest::newRow("overflowing seconds") << QByteArray("99999999999999999999") << Delay();
}

void TestApiError::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(std::optional<std::chrono::milliseconds>, expected);
    const auto parsed = ApiError::parseRetryAfter(value, fixedNow());
    QCOMPARE(parsed.has_value(), expected.has_value());
    if (expected)
        QCOMPARE(parsed->count(), expected->count());
}

void TestApiError::fromHttpResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("401 envelope")
        << 401
        << QByteArray(
               R"({"error":{"code":"UNAUTHORIZED","message":"Invalid or expired API key","details":null},"requestId":"req_abc"})")
        << Kind::Unauthorized << QStringLiteral("UNAUTHORIZED") << QStringLiteral("Invalid or expired API key")
        << QStringLiteral("req_abc");
    QTest::newRow("500 envelope with details")
        << 500
        << QByteArray(
               R"({"error":{"code":"INTERNAL_ERROR","message":"boom","details":{"trace":"x"}},"requestId":"req_5"})")
        << Kind::Server << QStringLiteral("INTERNAL_ERROR") << QStringLiteral("boom") << QStringLiteral("req_5");
    QTest::newRow("400 envelope without requestId")
        << 400 << QByteArray(R"({"error":{"code":"INVALID_PARAMS","message":"bad stream"}})") << Kind::BadRequest
        << QStringLiteral("INVALID_PARAMS") << QStringLiteral("bad stream") << QString();
    QTest::newRow("error as a plain string")
        << 403 << QByteArray(R"({"error":"forbidden by gateway"})") << Kind::Forbidden << QString()
        << QStringLiteral("forbidden by gateway") << QString();
    QTest::newRow("non-JSON body keeps the HTTP kind")
        << 502 << QByteArray("<html><body>\n<h1>502 Bad Gateway</h1>\n</body></html>") << Kind::Server << QString()
        << QStringLiteral("<html><body> <h1>502 Bad Gateway</h1> </body></html>") << QString();
    QTest::newRow("empty body") << 404 << QByteArray() << Kind::NotFound << QString() << QString() << QString();
    QTest::newRow("JSON array body") << 400 << QByteArray("[1,2]") << Kind::BadRequest << QString()
                                     << QStringLiteral("[1,2]") << QString();
    QTest::newRow("long text is cut") << 500 << QByteArray(300, 'x') << Kind::Server << QString()
                                      << QString(200, u'x') + ellipsis << QString();
}

void TestApiError::fromHttpResponse()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);

    const ApiError error = ApiError::fromHttpResponse(status, body, {}, fixedNow());
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.message(), message);
    QCOMPARE(error.requestId(), requestId);
    QVERIFY(!error.retryAfter());
}

void TestApiError::retryAfterOnlyForRateLimit()
{
    const ApiError limited = ApiError::fromHttpResponse(429, {}, "30", fixedNow());
    QCOMPARE(limited.kind(), Kind::RateLimited);
    QVERIFY(limited.retryAfter());
    QCOMPARE(limited.retryAfter()->count(), 30000);

    // 503 may carry Retry-After too, but only 429 is documented as a rate limit.
    const ApiError unavailable = ApiError::fromHttpResponse(503, {}, "30", fixedNow());
    QVERIFY(!unavailable.retryAfter());

    const ApiError limitedWithoutHeader = ApiError::fromHttpResponse(429, {}, {}, fixedNow());
    QVERIFY(!limitedWithoutHeader.retryAfter());
}

void TestApiError::displayText_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("text");

    QTest::newRow("401 with everything")
        << ApiError::fromHttpResponse(
               401, R"({"error":{"code":"UNAUTHORIZED","message":"Invalid or expired API key"},"requestId":"req_abc"})")
        << QStringLiteral("The API key was rejected (401 UNAUTHORIZED: Invalid or expired API key, request req_abc)");
    QTest::newRow("403 status only") << ApiError(Kind::Forbidden, {}, 403)
                                     << QStringLiteral("The API key is not allowed to do this (403)");
    QTest::newRow("429 with delay")
        << ApiError::fromHttpResponse(429, R"({"error":{"code":"RATE_LIMITED","message":"slow down"}})", "2",
                                      fixedNow())
        << QStringLiteral("Too many requests; the server asks to wait 2 second(s) (429 RATE_LIMITED: slow down)");
    QTest::newRow("429 without delay") << ApiError(Kind::RateLimited, {}, 429)
                                       << QStringLiteral("Too many requests (429)");
    QTest::newRow("network") << ApiError(Kind::Network, QStringLiteral("Connection refused"))
                             << QStringLiteral("The server could not be reached (Connection refused)");
    QTest::newRow("timeout") << ApiError(Kind::Timeout, QStringLiteral("no complete answer within 300 ms"))
                             << QStringLiteral("The server did not answer in time (no complete answer within 300 ms)");
    QTest::newRow("decode") << ApiError(Kind::Decode, QStringLiteral("connection.wsPort: expected a number"), 200)
                            << QStringLiteral("The server's answer could not be understood (200: connection.wsPort: "
                                              "expected a number)");
    QTest::newRow("no details at all") << ApiError(Kind::Tls, {})
                                       << QStringLiteral("The secure connection to the server failed");
    ApiError requestOnly(Kind::Server, {}, 0);
    requestOnly.setRequestId(QStringLiteral("req_9"));
    QTest::newRow("request id only") << requestOnly
                                     << QStringLiteral("The server failed to handle the request (request req_9)");
}

void TestApiError::displayText()
{
    QFETCH(ApiError, error);
    QFETCH(QString, text);
    QCOMPARE(error.displayText(), text);
}

void TestApiError::isTransient_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("network") << Kind::Network << true;
    QTest::newRow("timeout") << Kind::Timeout << true;
    QTest::newRow("rateLimited") << Kind::RateLimited << true;
    QTest::newRow("server") << Kind::Server << true;
    QTest::newRow("tls") << Kind::Tls << false;
    QTest::newRow("unauthorized") << Kind::Unauthorized << false;
    QTest::newRow("forbidden") << Kind::Forbidden << false;
    QTest::newRow("notFound") << Kind::NotFound << false;
    QTest::newRow("badRequest") << Kind::BadRequest << false;
    QTest::newRow("decode") << Kind::Decode << false;
    QTest::newRow("refused") << Kind::Refused << false;
}

void TestApiError::isTransient()
{
    QFETCH(Kind, kind);
    QFETCH(bool, transient);
    QCOMPARE(ApiError(kind, {}).isTransient(), transient);
    // The name is what logs and tests print; every kind has its own.
    QVERIFY(!ApiError::kindName(kind).isEmpty());
    QVERIFY(ApiError::kindName(kind) != QLatin1String("unknown"));
}

void TestApiError::travelsThroughQVariant()
{
    ApiError error = ApiError::fromHttpResponse(
        429, R"({"error":{"code":"RATE_LIMITED","message":"m"},"requestId":"r"})", "3", fixedNow());
    const QVariant variant = QVariant::fromValue(error);
    QVERIFY(variant.canConvert<ApiError>());
    QCOMPARE(variant.value<ApiError>(), error);
    error.setRequestId(QStringLiteral("other"));
    QVERIFY(!(variant.value<ApiError>() == error));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
