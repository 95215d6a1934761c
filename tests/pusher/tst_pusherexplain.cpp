// The explanations shown beside every pusher:error, close code, subscription error, auth endpoint
// answer and HTTP API answer: each case gives a meaning and names the facts a support engineer
// would check (the cluster for 4001, CSRF for 419, the namespace for a Laravel event name, ...).

#include "pusherexplain.h"

#include <QTest>

using namespace shuriken::pusher;

namespace {

// -1 in a data column stands for a JSON null.
std::optional<int> optionalCode(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

void verifyFacts(const Explanation &explanation, const QStringList &facts)
{
    QVERIFY2(!explanation.meaning.isEmpty(), "no meaning");
    QVERIFY2(!explanation.likelyCause.isEmpty(), qPrintable(explanation.meaning));
    const QString text = explanation.text();
    for (const QString &fact : facts)
        QVERIFY2(text.contains(fact, Qt::CaseInsensitive), qPrintable(fact + QStringLiteral(" not in: ") + text));
}

} // namespace

class TestPusherExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text();
    void closeCodes_data();
    void closeCodes();
    void everyCloseCodeIsExplained();
    void pusherErrors_data();
    void pusherErrors();
    void authFailures_data();
    void authFailures();
    void usableAuthAnswersAreNotExplained();
    void subscriptionErrors_data();
    void subscriptionErrors();
    void eventNameMismatch_data();
    void eventNameMismatch();
    void matchingEventNamesAreNotExplained();
    void httpApiFailures_data();
    void httpApiFailures();
    void httpApiSignatureIsNotBlamedOnTheClock();
    void httpApiSuccessIsNotExplained();
};

void TestPusherExplain::text()
{
    const Explanation both {QStringLiteral("The app is disabled"), QStringLiteral("the dashboard says so")};
    QCOMPARE(both.text(), QStringLiteral("The app is disabled. Likely cause: the dashboard says so."));
    const Explanation meaningOnly {QStringLiteral("Closed"), {}};
    QCOMPARE(meaningOnly.text(), QStringLiteral("Closed."));
    QVERIFY(Explanation().isEmpty());
    QVERIFY(Explanation().text().isEmpty());
}

void TestPusherExplain::closeCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("1000") << 1000 << QStringList {QStringLiteral("normally")};
    QTest::newRow("1001") << 1001 << QStringList {QStringLiteral("going away")};
    QTest::newRow("1002 not a WebSocket server")
        << 1002 << QStringList {QStringLiteral("protocol"), QStringLiteral("Upgrade")};
    QTest::newRow("1003 binary") << 1003 << QStringList {QStringLiteral("text frames")};
    QTest::newRow("1006 abrupt") << 1006
                                 << QStringList {QStringLiteral("without a close frame"), QStringLiteral("proxy")};
    QTest::newRow("1011") << 1011 << QStringList {QStringLiteral("log")};
    QTest::newRow("1013 soketi stopping") << 1013 << QStringList {QStringLiteral("soketi")};
    QTest::newRow("1015") << 1015 << QStringList {QStringLiteral("TLS"), QStringLiteral("certificate")};
    QTest::newRow("4000") << 4000 << QStringList {QStringLiteral("TLS"), QStringLiteral("wss")};
    QTest::newRow("4001 wrong key or cluster")
        << 4001
        << QStringList {QStringLiteral("app key"), QStringLiteral("cluster"), QStringLiteral("soketi"),
                        QStringLiteral("REVERB_APP_KEY"), QStringLiteral("Ably")};
    QTest::newRow("4003") << 4003 << QStringList {QStringLiteral("disabled")};
    QTest::newRow("4004") << 4004 << QStringList {QStringLiteral("quota")};
    QTest::newRow("4005") << 4005 << QStringList {QStringLiteral("path"), QStringLiteral("/app/<key>")};
    QTest::newRow("4006") << 4006 << QStringList {QStringLiteral("version")};
    QTest::newRow("4007") << 4007 << QStringList {QStringLiteral("protocol=7")};
    QTest::newRow("4008") << 4008 << QStringList {QStringLiteral("protocol=7")};
    QTest::newRow("4009") << 4009 << QStringList {QStringLiteral("unauthorized"), QStringLiteral("pusher:signin")};
    QTest::newRow("4100") << 4100 << QStringList {QStringLiteral("capacity")};
    QTest::newRow("4200") << 4200 << QStringList {QStringLiteral("reconnect")};
    QTest::newRow("4201") << 4201 << QStringList {QStringLiteral("pong")};
    QTest::newRow("4202") << 4202 << QStringList {QStringLiteral("inactivity")};
    QTest::newRow("4301") << 4301 << QStringList {QStringLiteral("rate limit")};
    QTest::newRow("4302") << 4302 << QStringList {QStringLiteral("watchlist")};
    // Unknown codes: honest about the range's rule, and they name the code.
    QTest::newRow("4050 refusal range") << 4050
                                        << QStringList {QStringLiteral("4050"), QStringLiteral("refused again")};
    QTest::newRow("4150 backoff range") << 4150 << QStringList {QStringLiteral("4150"), QStringLiteral("back off")};
    QTest::newRow("4250 retry range") << 4250
                                      << QStringList {QStringLiteral("4250"), QStringLiteral("reconnect at once")};
    QTest::newRow("4350 other range") << 4350 << QStringList {QStringLiteral("4350"), QStringLiteral("4300-4399")};
    QTest::newRow("4500 application") << 4500 << QStringList {QStringLiteral("not a Pusher code")};
    QTest::newRow("3001 registered") << 3001 << QStringList {QStringLiteral("3001")};
    QTest::newRow("1004 unknown standard") << 1004 << QStringList {QStringLiteral("1004")};
    QTest::newRow("0 invalid") << 0 << QStringList {QStringLiteral("invalid")};
    QTest::newRow("7000 invalid") << 7000 << QStringList {QStringLiteral("invalid")};
}

void TestPusherExplain::closeCodes()
{
    QFETCH(int, code);
    QFETCH(QStringList, facts);
    verifyFacts(explainCloseCode(code), facts);
}

void TestPusherExplain::everyCloseCodeIsExplained()
{
    for (int code = -1; code <= 65536; ++code) {
        const Explanation explanation = explainCloseCode(code);
        if (explanation.meaning.isEmpty() || explanation.likelyCause.isEmpty())
            QFAIL(qPrintable(QStringLiteral("close code %1 has no explanation").arg(code)));
    }
}

void TestPusherExplain::pusherErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("soketi unknown key") << -1 << QStringLiteral("App key app-kee does not exist.")
                                        << QStringList {QStringLiteral("cluster"), QStringLiteral("soketi")};
    QTest::newRow("Reverb unknown key") << 4001 << QStringLiteral("Application does not exist")
                                        << QStringList {QStringLiteral("REVERB_APP_KEY")};
    QTest::newRow("4001 without message") << 4001 << QString() << QStringList {QStringLiteral("cluster")};
    QTest::newRow("Pusher duplicate subscribe")
        << -1 << QStringLiteral("Existing subscription to channel presence-room")
        << QStringList {QStringLiteral("twice"), QStringLiteral("harmless")};
    QTest::newRow("Pusher invalid signature")
        << -1 << QStringLiteral("Invalid signature: Expected HMAC SHA256 hex digest of 1.2:private-x, but got abc")
        << QStringList {QStringLiteral("signature"), QStringLiteral("secret"), QStringLiteral("socket_id")};
    QTest::newRow("Reverb bad channel signature")
        << 4009 << QStringLiteral("Connection is unauthorized")
        << QStringList {QStringLiteral("signature"), QStringLiteral("Reverb"), QStringLiteral("pusher:signin")};
    QTest::newRow("no auth for a private channel")
        << -1 << QStringLiteral("Auth info required to subscribe to private-orders")
        << QStringList {QStringLiteral("without an auth signature"), QStringLiteral("authorization endpoint")};
    QTest::newRow("presence without channel_data")
        << -1 << QStringLiteral("channel_data required")
        << QStringList {QStringLiteral("channel_data"), QStringLiteral("user_id")};
    QTest::newRow("client event on a public channel")
        << -1 << QStringLiteral("Client event rejected - only supported on private and presence channels")
        << QStringList {QStringLiteral("public channel"), QStringLiteral("private-")};
    QTest::newRow("client events turned off")
        << 4301 << QStringLiteral("The app does not have client messaging enabled.")
        << QStringList {QStringLiteral("turned off"), QStringLiteral("enableClientMessages")};
    QTest::newRow("client event on a channel not joined")
        << 4009 << QStringLiteral("The client is not a member of the specified channel.")
        << QStringList {QStringLiteral("subscribe first")};
    QTest::newRow("Reverb origin") << 4009 << QStringLiteral("Origin not allowed")
                                   << QStringList {QStringLiteral("allowed_origins")};
    QTest::newRow("Reverb unreadable frame")
        << 4200 << QStringLiteral("Invalid message format") << QStringList {QStringLiteral("not a Pusher message")};
    // Reverb's 4005 is a rate limit, not Pusher's "path not found": the message decides.
    QTest::newRow("Reverb rate limit") << 4005 << QStringLiteral("Rate limit exceeded")
                                       << QStringList {QStringLiteral("rate limit")};
    QTest::newRow("soketi client event rate")
        << 4301 << QStringLiteral("The rate limit for sending client events exceeded the quota.")
        << QStringList {QStringLiteral("rate limit")};
    QTest::newRow("soketi connection quota")
        << 4100 << QStringLiteral("The current concurrent connections quota has been reached.")
        << QStringList {QStringLiteral("connection quota")};
    QTest::newRow("soketi closing") << 4200 << QStringLiteral("Server is closing. Please reconnect shortly.")
                                    << QStringList {QStringLiteral("shutting down")};
    QTest::newRow("Ably not identified") << -1
                                         << QStringLiteral(
                                                "Channel denied access based on given capability (Ably error 40160)")
                                         << QStringList {QStringLiteral("require identification")};
    QTest::newRow("4004 code only") << 4004 << QString() << QStringList {QStringLiteral("quota")};
    QTest::newRow("4201 code only") << 4201 << QString() << QStringList {QStringLiteral("pong")};
    QTest::newRow("unknown text kept") << -1 << QStringLiteral("Something odd happened")
                                       << QStringList {QStringLiteral("Something odd happened")};
    QTest::newRow("nothing at all") << -1 << QString() << QStringList {QStringLiteral("without a code")};
}

void TestPusherExplain::pusherErrors()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QStringList, facts);
    verifyFacts(explainPusherError(optionalCode(code), message), facts);
}

void TestPusherExplain::authFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("user");
    QTest::addColumn<QStringList>("facts");

    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray html = QByteArrayLiteral("text/html; charset=UTF-8");
    QTest::newRow("no answer") << 0 << QByteArray() << QByteArray() << false
                               << QStringList {QStringLiteral("could not be reached"), QStringLiteral("host")};
    QTest::newRow("302 to login") << 302 << html << QByteArray() << false
                                  << QStringList {QStringLiteral("redirect"), QStringLiteral("login")};
    QTest::newRow("400") << 400 << json << QByteArray() << false
                         << QStringList {QStringLiteral("socket_id"), QStringLiteral("channel_name")};
    QTest::newRow("401") << 401 << json << QByteArrayLiteral("{\"message\":\"Unauthenticated.\"}") << false
                         << QStringList {QStringLiteral("not authenticated"), QStringLiteral("cookie"),
                                         QStringLiteral("Bearer")};
    QTest::newRow("403 channel") << 403 << html << QByteArray() << false
                                 << QStringList {QStringLiteral("routes/channels.php"), QStringLiteral("false"),
                                                 QStringLiteral("not logged in")};
    QTest::newRow("403 user") << 403 << html << QByteArray() << true
                              << QStringList {QStringLiteral("sign the user in")};
    QTest::newRow("404 channel") << 404 << html << QByteArray() << false
                                 << QStringList {QStringLiteral("/broadcasting/auth"),
                                                 QStringLiteral("install:broadcasting"),
                                                 QStringLiteral("BroadcastServiceProvider")};
    QTest::newRow("404 user") << 404 << html << QByteArray() << true
                              << QStringList {QStringLiteral("/broadcasting/user-auth")};
    QTest::newRow("405") << 405 << html << QByteArray() << false << QStringList {QStringLiteral("POST")};
    QTest::newRow("419 CSRF") << 419 << html << QByteArray() << false
                              << QStringList {QStringLiteral("CSRF"), QStringLiteral("X-CSRF-TOKEN"),
                                              QStringLiteral("web middleware"), QStringLiteral("session cookie")};
    QTest::newRow("422") << 422 << json << QByteArray() << false << QStringList {QStringLiteral("channel_name")};
    QTest::newRow("429") << 429 << json << QByteArray() << false << QStringList {QStringLiteral("rate limiting")};
    QTest::newRow("500") << 500 << html << QByteArray() << false << QStringList {QStringLiteral("laravel.log")};
    QTest::newRow("503") << 503 << html << QByteArray() << false << QStringList {QStringLiteral("unavailable")};
    QTest::newRow("418 other") << 418 << html << QByteArray() << false << QStringList {QStringLiteral("418")};
    QTest::newRow("200 login page") << 200 << html << QByteArrayLiteral("<!DOCTYPE html><title>Log in</title>") << false
                                    << QStringList {QStringLiteral("HTML"), QStringLiteral("login page")};
    QTest::newRow("200 HTML as JSON") << 200 << json << QByteArrayLiteral("  <html></html>") << false
                                      << QStringList {QStringLiteral("HTML")};
    QTest::newRow("200 empty") << 200 << json << QByteArray() << false
                               << QStringList {QStringLiteral("empty"), QStringLiteral("BROADCAST_CONNECTION")};
    QTest::newRow("200 not an object") << 200 << json << QByteArrayLiteral("[1]") << false
                                       << QStringList {QStringLiteral("not a JSON object")};
    QTest::newRow("200 without auth") << 200 << json << QByteArrayLiteral("{\"message\":\"ok then\"}") << false
                                      << QStringList {QStringLiteral("no auth field"), QStringLiteral("ok then")};
    QTest::newRow("200 auth without key") << 200 << json << QByteArrayLiteral("{\"auth\":\"abc\"}") << false
                                          << QStringList {QStringLiteral("<key>:<signature>")};
    QTest::newRow("200 user without user_data")
        << 200 << json << QByteArrayLiteral("{\"auth\":\"k:s\"}") << true << QStringList {QStringLiteral("user_data")};
    QTest::newRow("200 user without auth")
        << 200 << json << QByteArrayLiteral("{}") << true << QStringList {QStringLiteral("user_data")};
}

void TestPusherExplain::authFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, user);
    QFETCH(QStringList, facts);
    const Explanation explanation = explainAuthFailure(status, contentType, body, user);
    verifyFacts(explanation, facts);
    QVERIFY(explanation.text().contains(user ? QStringLiteral("user") : QStringLiteral("channel")));
}

void TestPusherExplain::usableAuthAnswersAreNotExplained()
{
    QVERIFY(explainAuthFailure(200, "application/json", "{\"auth\":\"key:0123abcd\"}", false).isEmpty());
    QVERIFY(explainAuthFailure(200, "application/json",
                               "{\"auth\":\"key:0123abcd\",\"channel_data\":\"{\\\"user_id\\\":\\\"1\\\"}\"}", false)
                .isEmpty());
    QVERIFY(explainAuthFailure(200, "application/json",
                               "{\"auth\":\"key:0123\",\"user_data\":\"{\\\"id\\\":\\\"1\\\"}\"}", true)
                .isEmpty());
}

void TestPusherExplain::subscriptionErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("facts");

    const QString auth = QStringLiteral("AuthError");
    QTest::newRow("pusher-js 403") << 403 << auth
                                   << QStringLiteral("Unable to retrieve auth string from channel-authorization "
                                                     "endpoint - received status: 403 from /broadcasting/auth.")
                                   << QStringList {QStringLiteral("routes/channels.php")};
    QTest::newRow("pusher-js 419") << 419 << auth << QString() << QStringList {QStringLiteral("CSRF")};
    QTest::newRow("pusher-js 404") << 404 << auth << QString() << QStringList {QStringLiteral("install:broadcasting")};
    QTest::newRow("pusher-js 200 unusable")
        << 200 << auth
        << QStringLiteral("JSON returned from channel-authorization endpoint was invalid, yet status code was 200.")
        << QStringList {QStringLiteral("HTML"), QStringLiteral("auth")};
    QTest::newRow("soketi bad signature") << 401 << auth << QStringLiteral("The connection is unauthorized.")
                                          << QStringList {QStringLiteral("signature")};
    QTest::newRow("soketi name too long")
        << 4009 << QStringLiteral("LimitReached")
        << QStringLiteral("The channel name is longer than the allowed 200 characters.")
        << QStringList {QStringLiteral("too long")};
    QTest::newRow("soketi presence full")
        << 4100 << QStringLiteral("LimitReached")
        << QStringLiteral("The maximum members per presence channel limit was reached")
        << QStringList {QStringLiteral("full")};
    QTest::newRow("soketi other limit") << 4301 << QStringLiteral("LimitReached") << QStringLiteral("Too much.")
                                        << QStringList {QStringLiteral("limit"), QStringLiteral("Too much.")};
    QTest::newRow("soketi server error") << 4302 << QStringLiteral("ServerError")
                                         << QStringLiteral("A server error has occured.")
                                         << QStringList {QStringLiteral("log")};
    QTest::newRow("AuthError without status")
        << -1 << auth << QString() << QStringList {QStringLiteral("authorization")};
    QTest::newRow("a close-range status") << 4201 << QString() << QString() << QStringList {QStringLiteral("pong")};
    QTest::newRow("nothing known") << -1 << QString() << QString() << QStringList {QStringLiteral("refused")};
    QTest::newRow("plain text") << -1 << QString() << QStringLiteral("nope")
                                << QStringList {QStringLiteral("nope"), QStringLiteral("presence-")};
}

void TestPusherExplain::subscriptionErrors()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, error);
    QFETCH(QStringList, facts);
    verifyFacts(explainSubscriptionError(optionalCode(status), type, error), facts);
}

void TestPusherExplain::eventNameMismatch_data()
{
    QTest::addColumn<QString>("bound");
    QTest::addColumn<QString>("seen");
    QTest::addColumn<QStringList>("facts");

    const QString fqcn = QStringLiteral("App\\Events\\OrderShipped");
    const QString shortName = QStringLiteral("OrderShipped");
    QTest::newRow("Laravel class name on the wire")
        << shortName << fqcn << QStringList {QStringLiteral("namespace"), QStringLiteral("broadcastAs()"), fqcn};
    QTest::newRow("broadcastAs on the wire")
        << fqcn << shortName
        << QStringList {QStringLiteral("broadcastAs()"), QStringLiteral(".listen('.OrderShipped')")};
    QTest::newRow("Echo leading dot") << QStringLiteral(".OrderShipped") << shortName
                                      << QStringList {QStringLiteral("dot"), QStringLiteral("no namespace"),
                                                      QStringLiteral("bind OrderShipped")};
    QTest::newRow("Echo leading dot, nothing seen")
        << QStringLiteral(".OrderShipped") << QString() << QStringList {QStringLiteral("bind OrderShipped")};
    QTest::newRow("Echo dotted namespace")
        << QStringLiteral("App.Events.OrderShipped") << fqcn << QStringList {QStringLiteral("backslashes"), fqcn};
    QTest::newRow("letter case") << QStringLiteral("orderShipped") << shortName
                                 << QStringList {QStringLiteral("case-sensitive"), QStringLiteral("bind OrderShipped")};
    QTest::newRow("client prefix on the wire")
        << QStringLiteral("typing") << QStringLiteral("client-typing")
        << QStringList {QStringLiteral("client-"), QStringLiteral("bind client-typing")};
    QTest::newRow("client prefix bound") << QStringLiteral("client-update") << QStringLiteral("update")
                                         << QStringList {QStringLiteral("client-"), QStringLiteral("bind update")};
    QTest::newRow("pusher: bound") << QStringLiteral("pusher:subscription_succeeded") << QString()
                                   << QStringList {QStringLiteral("protocol message")};
    QTest::newRow("pusher_internal: bound")
        << QStringLiteral("pusher_internal:member_added") << QStringLiteral("update")
        << QStringList {QStringLiteral("protocol message")};
    QTest::newRow("unrelated") << QStringLiteral("update") << QStringLiteral("signal")
                               << QStringList {QStringLiteral("signal"), QStringLiteral("update"),
                                               QStringLiteral("broadcastAs()")};
}

void TestPusherExplain::eventNameMismatch()
{
    QFETCH(QString, bound);
    QFETCH(QString, seen);
    QFETCH(QStringList, facts);
    verifyFacts(explainEventNameMismatch(bound, seen), facts);
}

void TestPusherExplain::matchingEventNamesAreNotExplained()
{
    QVERIFY(explainEventNameMismatch(QStringLiteral("update"), QStringLiteral("update")).isEmpty());
    QVERIFY(explainEventNameMismatch(QStringLiteral("update"), QString()).isEmpty());
    QVERIFY(explainEventNameMismatch(QString(), QStringLiteral("update")).isEmpty());
}

void TestPusherExplain::httpApiFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("facts");

    QTest::newRow("no answer") << 0 << QByteArray()
                               << QStringList {QStringLiteral("could not be reached"), QStringLiteral("port")};
    QTest::newRow("soketi 400") << 400
                                << QByteArrayLiteral("{\"error\":\"The received data is incorrect\",\"code\":400}")
                                << QStringList {QStringLiteral("body"), QStringLiteral("100 channels")};
    QTest::newRow("Pusher clock skew")
        << 401
        << QByteArrayLiteral("Timestamp expired: Given timestamp (2012-11-17T01:09:39Z) not within 600s of "
                             "server time (2024-01-01T00:00:00Z)")
        << QStringList {QStringLiteral("clock"), QStringLiteral("600")};
    QTest::newRow("Pusher signature")
        << 401
        << QByteArrayLiteral("Invalid signature: you should have sent "
                             "HmacSHA256Hex(\"POST\\n/apps/3/events\\nauth_key=k&auth_timestamp=1&auth_version=1.0\", "
                             "your_secret_key)")
        << QStringList {QStringLiteral("signature"), QStringLiteral("secret")};
    QTest::newRow("soketi signature") << 401
                                      << QByteArrayLiteral(
                                             "{\"error\":\"The secret authentication failed\",\"code\":401}")
                                      << QStringList {QStringLiteral("secret")};
    QTest::newRow("Reverb signature") << 401 << QByteArrayLiteral("Authentication signature invalid.")
                                      << QStringList {QStringLiteral("secret")};
    QTest::newRow("401 without text") << 401 << QByteArray()
                                      << QStringList {QStringLiteral("secret"), QStringLiteral("clock"),
                                                      QStringLiteral("body_md5")};
    QTest::newRow("403") << 403 << QByteArray() << QStringList {QStringLiteral("disabled"), QStringLiteral("quota")};
    QTest::newRow("soketi 404") << 404
                                << QByteArrayLiteral("{\"error\":\"The app 3 could not be found.\",\"code\":404}")
                                << QStringList {QStringLiteral("app id")};
    QTest::newRow("413") << 413 << QByteArrayLiteral("{\"error\":\"The event data should be less than 100 KB.\"}")
                         << QStringList {QStringLiteral("10 KB")};
    QTest::newRow("Reverb 422") << 422 << QByteArrayLiteral("{\"data\":[\"The data field must be a string.\"]}")
                                << QStringList {QStringLiteral("Reverb")};
    QTest::newRow("429") << 429 << QByteArrayLiteral("{\"error\":\"Too many requests.\",\"code\":429}")
                         << QStringList {QStringLiteral("rate limiting")};
    QTest::newRow("500") << 500 << QByteArray() << QStringList {QStringLiteral("server")};
    QTest::newRow("503") << 503 << QByteArray() << QStringList {QStringLiteral("503")};
    QTest::newRow("418") << 418 << QByteArray() << QStringList {QStringLiteral("418")};
}

void TestPusherExplain::httpApiFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, facts);
    verifyFacts(explainHttpApiFailure(status, body), facts);
}

void TestPusherExplain::httpApiSignatureIsNotBlamedOnTheClock()
{
    // Pusher quotes the string to sign, which names auth_timestamp: still a signature problem.
    const Explanation explanation = explainHttpApiFailure(
        401,
        "Invalid signature: you should have sent HmacSHA256Hex(\"POST\\n/apps/3/events\\nauth_key=k&"
        "auth_timestamp=1353088179&auth_version=1.0\", your_secret_key)");
    QVERIFY2(explanation.text().contains(QStringLiteral("secret")), qPrintable(explanation.text()));
    QVERIFY2(!explanation.text().contains(QStringLiteral("clock")), qPrintable(explanation.text()));
}

void TestPusherExplain::httpApiSuccessIsNotExplained()
{
    QVERIFY(explainHttpApiFailure(200, "{}").isEmpty());
    QVERIFY(explainHttpApiFailure(202, {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPusherExplain)
#include "tst_pusherexplain.moc"
