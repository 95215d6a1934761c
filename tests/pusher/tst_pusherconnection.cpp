#include "closereason.h"
#include "fakepusherserver.h"
#include "pusherconnection.h"
#include "pusherprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace shuriken::pusher;
using State = PusherConnection::State;

Q_DECLARE_METATYPE(shuriken::pusher::PusherEndpoint)

namespace {

// Waits are generous for a loaded 2-core machine; protocol timers are short.
constexpr int kWaitMs = 10000;
constexpr qint64 kFakeNow = 1'700'000'000'000;

PusherConnection::Timings quickTimings()
{
    PusherConnection::Timings timings;
    timings.activityTimeoutCapMs = 600000; // no pings unless a test asks for them
    timings.pongTimeoutMs = 600000;
    timings.handshakeTimeoutMs = kWaitMs;
    timings.stableAfterMs = 0;
    return timings;
}

/// A connection with short timers, a fixed jitter seed, a frozen clock and a 20 ms schedule.
std::unique_ptr<PusherConnection> makeConnection(const PusherConnection::Timings &timings = quickTimings())
{
    auto connection = std::make_unique<PusherConnection>();
    connection->setTimings(timings);
    ReconnectPolicy policy(42, [] { return kFakeNow; });
    policy.setSchedule({20});
    connection->setReconnectPolicy(policy);
    return connection;
}

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> states;
    for (const QList<QVariant> &arguments : spy)
        states.append(arguments.at(0).value<State>());
    return states;
}

} // namespace

class TestPusherConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpointUrl_data();
    void endpointUrl();
    void handshakeConnects();
    void invalidEndpointFails();
    void activityTimeoutSendsPing();
    void activityTimeoutIsCappedByServer();
    void missingPongReconnects();
    void answersServerPing();
    void serverDropReconnects();
    void closeCodeReconnects_data();
    void closeCodeReconnects();
    void refusalRequestsSessionRefresh();
    void refreshedSessionRecovers();
    void refusalAfterAnOrdinaryLossIsANewEpisode();
    void refusalOfAWorkingConnectionIsRefreshedAfterBackoff();
    void refreshCanBeRefused();
    void clientBugCodeFails_data();
    void clientBugCodeFails();
    void userCloseNeverReconnects();
    void userCloseCancelsScheduledReconnect();
    void malformedFramesAreCounted();
    void pusherErrorKeepsState();
    void errorCodeExplainsCodelessClose_data();
    void errorCodeExplainsCodelessClose();
    void frameRecordsRedactAuth();
    void frameSinkSeesWhatRecordsShow();
    void frameObservationIsOffByDefault();
    void inboundFrameHasOneTime();
    void handshakeTimeout();
    void sendRequiresConnection();
    void tlsOnlyCloseSwitchesToWss();
    void secondConnectionEstablishedIsIgnored();
    void refreshBeforeReconnectWaitsForTheOwner();
    void largestFrameFitsTheReadBuffer();
};

void TestPusherConnection::initTestCase()
{
    qRegisterMetaType<State>();
}

void TestPusherConnection::endpointUrl_data()
{
    QTest::addColumn<PusherEndpoint>("endpoint");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ws") << PusherEndpoint {QStringLiteral("ws.example.com"), 6001, false,
                                           QStringLiteral("key1"),           {},   443}
                        << QStringLiteral("ws://ws.example.com:6001/app/key1?protocol=7&client=qt-shuriken&version=")
            + QStringLiteral(SHURIKEN_VERSION);
    QTest::newRow("wss keeps its port")
        << PusherEndpoint {QStringLiteral("ws.example.com"), 6002, true, QStringLiteral("key1"), {}, 443}
        << QStringLiteral("wss://ws.example.com:6002/app/key1?protocol=7&client=qt-shuriken&version=")
            + QStringLiteral(SHURIKEN_VERSION);
    QTest::newRow("wss on 443")
        << PusherEndpoint {QStringLiteral("ws.example.com"), 443, true, QStringLiteral("k"), {}, 443}
        << QStringLiteral("wss://ws.example.com:443/app/k?protocol=7&client=qt-shuriken&version=")
            + QStringLiteral(SHURIKEN_VERSION);
    QTest::newRow("key cannot add path or query")
        << PusherEndpoint {QStringLiteral("h"), 80, false, QStringLiteral("a/b?c#d"), {}, 443}
        << QStringLiteral("ws://h:80/app/a%2Fb%3Fc%23d?protocol=7&client=qt-shuriken&version=")
            + QStringLiteral(SHURIKEN_VERSION);
    // pusher-js' wsPath: a proxy serving the socket under a prefix (a trailing '/' is dropped).
    QTest::newRow("path prefix") << PusherEndpoint {QStringLiteral("h"),    8443, true, QStringLiteral("k"),
                                                    QStringLiteral("/ws/"), 443}
                                 << QStringLiteral("wss://h:8443/ws/app/k?protocol=7&client=qt-shuriken&version=")
            + QStringLiteral(SHURIKEN_VERSION);
}

void TestPusherConnection::endpointUrl()
{
    QFETCH(PusherEndpoint, endpoint);
    QFETCH(QString, expected);
    QCOMPARE(endpoint.url().toString(QUrl::FullyEncoded), expected);
}

void TestPusherConnection::handshakeConnects()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);

    connection->open(server.endpoint());
    QCOMPARE(connection->state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    QCOMPARE(statesOf(states), (QList<State> {State::Connecting, State::Connected}));
    QCOMPARE(connectedSpy.size(), 1);
    QCOMPARE(connectedSpy.at(0).at(0).toString(), server.issuedSocketIds().at(0));
    QCOMPARE(connection->socketId(), server.issuedSocketIds().at(0));
    QCOMPARE(connection->stateReason(), QString());
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
    QCOMPARE(connection->counters().framesIn, quint64(1));

    QCOMPARE(server.connectionCount(), 1);
    const QUrl url = server.requestUrls().at(0);
    QCOMPARE(url.path(), QStringLiteral("/app/app-key"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("protocol")), QStringLiteral("7"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client")), QStringLiteral("qt-shuriken"));
    QCOMPARE(query.queryItemValue(QStringLiteral("version")), QStringLiteral(SHURIKEN_VERSION));
}

void TestPusherConnection::invalidEndpointFails()
{
    auto connection = makeConnection();
    connection->open(PusherEndpoint {QStringLiteral("127.0.0.1"), 0, false, QStringLiteral("k"), {}, 443});
    QCOMPARE(connection->state(), State::Failed);
    QVERIFY(!connection->stateReason().isEmpty());
}

void TestPusherConnection::activityTimeoutSendsPing()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto timings = quickTimings();
    timings.activityTimeoutCapMs = 100;
    auto connection = makeConnection(timings);
    QSignalSpy roundTrips(connection.get(), &PusherConnection::roundTripMeasured);
    QSignalSpy messages(connection.get(), &PusherConnection::messageReceived);

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);
    QCOMPARE(connection->activityTimeoutMs(), 100);
    QCOMPARE(connection->lastRoundTripMs(), qint64(-1));

    QTRY_VERIFY_WITH_TIMEOUT(server.receivedEvent(QStringLiteral("pusher:ping")), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!roundTrips.isEmpty(), kWaitMs);
    QVERIFY(roundTrips.at(0).at(0).toLongLong() >= 0);
    QCOMPARE(connection->lastRoundTripMs(), roundTrips.at(0).at(0).toLongLong());
    // The ping's data is an object, as clients send it.
    const QJsonObject ping = QJsonDocument::fromJson(server.received().at(0)).object();
    QVERIFY(ping.value(QLatin1String("data")).isObject());
    // Pongs are handled inside: no message for the owner, no reconnect.
    QCOMPARE(messages.size(), 0);
    QCOMPARE(connection->state(), State::Connected);
    QCOMPARE(server.connectionCount(), 1);
}

void TestPusherConnection::activityTimeoutIsCappedByServer()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    server.setActivityTimeoutSeconds(7);
    auto connection = makeConnection(); // cap 600 s
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);
    QCOMPARE(connection->activityTimeoutMs(), 7000);
}

void TestPusherConnection::missingPongReconnects()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    server.setAnswerPings(false);
    auto timings = quickTimings();
    timings.activityTimeoutCapMs = 100;
    timings.pongTimeoutMs = 200;
    auto connection = makeConnection(timings);
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), kWaitMs);
    QVERIFY(server.receivedEvent(QStringLiteral("pusher:ping")));
    QCOMPARE(scheduled.at(0).at(1).toLongLong(), qint64(0)); // a dead socket is replaced at once
    QVERIFY2(scheduled.at(0).at(2).toString().contains(QLatin1String("pusher:ping")),
             qPrintable(scheduled.at(0).at(2).toString()));
    QVERIFY(statesOf(states).contains(State::Reconnecting));

    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 2, kWaitMs);
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(connectedSpy.at(1).at(0).toString(), server.issuedSocketIds().at(1));
    QVERIFY(connectedSpy.at(0).at(0).toString() != connectedSpy.at(1).at(0).toString());
    connection->close();
}

void TestPusherConnection::answersServerPing()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    server.sendText(encodeServerPing());
    QTRY_VERIFY_WITH_TIMEOUT(server.receivedEvent(QStringLiteral("pusher:pong")), kWaitMs);
    QCOMPARE(connection->counters().framesOut, quint64(1));
    QCOMPARE(connection->state(), State::Connected);
}

void TestPusherConnection::serverDropReconnects()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    server.dropCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 2, kWaitMs);

    QCOMPARE(statesOf(states),
             (QList<State> {State::Connecting, State::Connected, State::Reconnecting, State::Connected}));
    const QString reason = states.at(2).at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("connection lost")), qPrintable(reason));
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(scheduled.at(0).at(0).toInt(), 1);
    // An abrupt drop is a WebSocket-level loss: backoff, never sooner than 1 s.
    QVERIFY(scheduled.at(0).at(1).toLongLong() >= ReconnectPolicy::kMinimumBackoffMs);
    QCOMPARE(connection->socketId(), server.issuedSocketIds().at(1));
    QVERIFY(server.issuedSocketIds().at(0) != server.issuedSocketIds().at(1));
    QCOMPARE(connection->counters().reconnects, quint64(1));
}

void TestPusherConnection::closeCodeReconnects_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<qint64>("expectedDelay");

    // The schedule is {20 ms}; the first retry of a transient close is immediate, backoff codes
    // wait at least 1 s.
    QTest::newRow("4200 generic") << 4200 << qint64(0);
    QTest::newRow("4201 pong not received") << 4201 << qint64(0);
    QTest::newRow("4100 over capacity") << 4100 << qint64(1000);
    QTest::newRow("1001 going away") << 1001 << qint64(1000);
}

void TestPusherConnection::closeCodeReconnects()
{
    QFETCH(int, closeCode);
    QFETCH(qint64, expectedDelay);

    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    qint64 countdownWhenScheduled = -2;
    connect(connection.get(), &PusherConnection::reconnectScheduled, this,
            [&] { countdownWhenScheduled = connection->nextReconnectAtMs(); });

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    server.closeCurrent(closeCode);
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, kWaitMs);

    QCOMPARE(scheduled.at(0).at(0).toInt(), 1);
    QCOMPARE(scheduled.at(0).at(1).toLongLong(), expectedDelay);
    const QString reason = scheduled.at(0).at(2).toString();
    QVERIFY2(reason.contains(describeCloseCode(closeCode)), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("closed by server")), qPrintable(reason));
    // The countdown, from the injected clock.
    QCOMPARE(countdownWhenScheduled, kFakeNow + expectedDelay);

    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 2, kWaitMs);
    QCOMPARE(statesOf(states),
             (QList<State> {State::Connecting, State::Connected, State::Reconnecting, State::Connected}));
    QCOMPARE(states.at(2).at(1).toString(), reason);
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
}

void TestPusherConnection::refusalRequestsSessionRefresh()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    server.plan({{FakePusherServer::Greeting::Refuse, 4001},
                 {FakePusherServer::Greeting::Refuse, 4009},
                 {FakePusherServer::Greeting::Refuse, 4009},
                 {FakePusherServer::Greeting::Refuse, 4009}});
    auto connection = makeConnection();
    QSignalSpy refresh(connection.get(), &PusherConnection::sessionRefreshRequired);
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWaitMs);
    QCOMPARE(refresh.at(0).at(0).toInt(), 4001);
    QCOMPARE(connection->state(), State::Reconnecting);
    QVERIFY(connection->stateReason().contains(describeCloseCode(4001)));
    // Nothing is scheduled: the owner has to bring a fresh session.
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
    QCOMPARE(scheduled.size(), 0);

    // Fresh sessions whose endpoints are refused at once: refreshed again after the backoff, and
    // after kRefusedRefreshesBeforeFailing of them the client gives up.
    for (int i = 1; i <= PusherConnection::kRefusedRefreshesBeforeFailing; ++i) {
        connection->resumeWithEndpoint(server.endpoint(QStringLiteral("fresh-key-%1").arg(i)));
        QCOMPARE(server.requestUrls().size(), i); // the attempt starts at once
        if (i < PusherConnection::kRefusedRefreshesBeforeFailing) {
            QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), i + 1, kWaitMs);
            QCOMPARE(scheduled.size(), i); // each after the backoff
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Failed, kWaitMs);
    QCOMPARE(server.connectionCount(), 1 + PusherConnection::kRefusedRefreshesBeforeFailing);
    QCOMPARE(server.requestUrls().at(1).path(), QStringLiteral("/app/fresh-key-1"));
    QCOMPARE(refresh.size(), PusherConnection::kRefusedRefreshesBeforeFailing);
    QVERIFY2(connection->stateReason().contains(describeCloseCode(4009)), qPrintable(connection->stateReason()));
    QVERIFY2(connection->stateReason().contains(QLatin1String("refused again")), qPrintable(connection->stateReason()));
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
}

void TestPusherConnection::refreshedSessionRecovers()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    server.plan({{FakePusherServer::Greeting::Refuse, 4004}});
    auto connection = makeConnection();
    QSignalSpy refresh(connection.get(), &PusherConnection::sessionRefreshRequired);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWaitMs);
    connection->resumeWithEndpoint(server.endpoint(QStringLiteral("fresh-key")));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    QCOMPARE(connection->endpoint().appKey, QStringLiteral("fresh-key"));

    // Once the connection is stable, a later refusal gets its own refresh instead of failing.
    server.closeCurrent(4009);
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 2, kWaitMs);
    QCOMPARE(refresh.at(1).at(0).toInt(), 4009);
    QCOMPARE(connection->state(), State::Reconnecting);
}

void TestPusherConnection::refusalAfterAnOrdinaryLossIsANewEpisode()
{
    // Found by tst_chaos: the refreshed endpoint is accepted, the server process dies (a drop)
    // and comes back as another deployment that refuses it. That is a new refusal to answer with
    // a new session, not "refused again after a refresh" (which fails the client for good).
    FakePusherServer server;
    QVERIFY(server.listen());
    server.plan({{FakePusherServer::Greeting::Refuse, 4001},
                 {FakePusherServer::Greeting::Establish, 0},
                 {FakePusherServer::Greeting::Refuse, 4001}});
    PusherConnection::Timings timings = quickTimings();
    timings.stableAfterMs = 600000; // never stable within the test
    auto connection = makeConnection(timings);
    QSignalSpy refresh(connection.get(), &PusherConnection::sessionRefreshRequired);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWaitMs);
    connection->resumeWithEndpoint(server.endpoint(QStringLiteral("fresh-key")));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);

    server.dropCurrent();
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 2, kWaitMs);
    QCOMPARE(connection->state(), State::Reconnecting);

    // Endpoints of fresh sessions refused at once, in a row: now the sessions do not help.
    QList<FakePusherServer::Plan> refusals;
    for (int i = 0; i < PusherConnection::kRefusedRefreshesBeforeFailing; ++i)
        refusals.append({FakePusherServer::Greeting::Refuse, 4009});
    server.plan(refusals);
    for (int i = 0; i < PusherConnection::kRefusedRefreshesBeforeFailing; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(refresh.size() == 2 + i || connection->state() == State::Failed, kWaitMs);
        if (connection->state() == State::Failed)
            break;
        connection->resumeWithEndpoint(server.endpoint(QStringLiteral("fresher-key-%1").arg(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Failed, kWaitMs);
    QCOMPARE(refresh.size(), 1 + PusherConnection::kRefusedRefreshesBeforeFailing);
    QVERIFY2(connection->stateReason().contains(QLatin1String("refused again")), qPrintable(connection->stateReason()));
}

void TestPusherConnection::refusalOfAWorkingConnectionIsRefreshedAfterBackoff()
{
    // Found by tst_chaos: two 4009 seconds apart. The first refresh gave an endpoint that worked;
    // the second refusal is answered with another refresh, after the backoff (no loop), instead
    // of failing for good. A refusal right after the handshake still counts as refused again.
    FakePusherServer server;
    QVERIFY(server.listen());
    server.plan({{FakePusherServer::Greeting::Refuse, 4009}});
    PusherConnection::Timings timings = quickTimings();
    timings.stableAfterMs = 600000;
    timings.refusalGraceMs = 200;
    auto connection = makeConnection(timings);
    QSignalSpy refresh(connection.get(), &PusherConnection::sessionRefreshRequired);
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWaitMs);
    QCOMPARE(scheduled.size(), 0); // the first refresh is at once
    connection->resumeWithEndpoint(server.endpoint(QStringLiteral("fresh-key")));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    QTest::qWait(400); // longer than the grace: the endpoint worked

    server.closeCurrent(4009);
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, kWaitMs);
    QVERIFY(scheduled.at(0).at(1).toLongLong() >= ReconnectPolicy::kMinimumBackoffMs);
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(connection->state(), State::Reconnecting);
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 2, kWaitMs);
    QCOMPARE(refresh.at(1).at(0).toInt(), 4009);
    QCOMPARE(connection->state(), State::Reconnecting);
}

void TestPusherConnection::refreshCanBeRefused()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    server.plan({{FakePusherServer::Greeting::Refuse, 4003}});
    auto connection = makeConnection();
    QSignalSpy refresh(connection.get(), &PusherConnection::sessionRefreshRequired);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(refresh.size(), 1, kWaitMs);

    connection->failPermanently(QStringLiteral("session bootstrap answered 401"));
    QCOMPARE(connection->state(), State::Failed);
    QCOMPARE(connection->stateReason(), QStringLiteral("session bootstrap answered 401"));
    // A late resume is ignored in Failed.
    connection->resumeWithEndpoint(server.endpoint());
    QCOMPARE(connection->state(), State::Failed);
    QCOMPARE(server.connectionCount(), 1);
}

void TestPusherConnection::clientBugCodeFails_data()
{
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<bool>("afterHandshake");

    QTest::newRow("4005 refused at once") << 4005 << false;
    QTest::newRow("4007 after the handshake") << 4007 << true;
    QTest::newRow("4008 refused at once") << 4008 << false;
}

void TestPusherConnection::clientBugCodeFails()
{
    QFETCH(int, closeCode);
    QFETCH(bool, afterHandshake);

    FakePusherServer server;
    QVERIFY(server.listen());
    if (!afterHandshake)
        server.plan({{FakePusherServer::Greeting::Refuse, closeCode}});
    auto connection = makeConnection();
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy refresh(connection.get(), &PusherConnection::sessionRefreshRequired);
    connection->open(server.endpoint());
    if (afterHandshake) {
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);
        server.closeCurrent(closeCode);
    }
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Failed, kWaitMs);
    QVERIFY2(connection->stateReason().contains(describeCloseCode(closeCode)), qPrintable(connection->stateReason()));
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(refresh.size(), 0);
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
    QCOMPARE(connection->socketId(), QString());
}

void TestPusherConnection::userCloseNeverReconnects()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    connection->close();
    QCOMPARE(connection->state(), State::Disconnected);
    QCOMPARE(connection->socketId(), QString());
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
    QTRY_COMPARE_WITH_TIMEOUT(server.disconnectedCount(), 1, kWaitMs);
    QCOMPARE(server.clientCloseCodes().at(0), 1000);
    // The server side has seen the whole close; had a reconnect been planned, it would be
    // scheduled by now.
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(statesOf(states), (QList<State> {State::Connecting, State::Connected, State::Disconnected}));
    QCOMPARE(server.connectionCount(), 1);
    QVERIFY(!connection->send(encodePing()));
}

void TestPusherConnection::userCloseCancelsScheduledReconnect()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);
    server.closeCurrent(4100); // reconnect in 1 s
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, kWaitMs);
    QVERIFY(connection->nextReconnectAtMs() > 0);

    connection->close();
    QCOMPARE(connection->state(), State::Disconnected);
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));
}

void TestPusherConnection::malformedFramesAreCounted()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy failures(connection.get(), &PusherConnection::decodeFailed);
    QSignalSpy messages(connection.get(), &PusherConnection::messageReceived);
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    server.sendText("this is not JSON");
    server.sendText(R"({"event":"update","data":"{}"})"); // no channel
    server.sendBinary(QByteArray("\x00\x01", 2));
    server.sendText(encodeChannelEvent(QStringLiteral("private-x"), QStringLiteral("update"), R"({"a":1})"));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kWaitMs);

    QCOMPARE(failures.size(), 3);
    QCOMPARE(connection->malformedFrameCount(), quint64(3));
    QCOMPARE(connection->counters().malformedFrames, quint64(3));
    QCOMPARE(failures.at(0).at(1).toByteArray(), QByteArray("this is not JSON"));
    QVERIFY(!failures.at(1).at(0).toString().isEmpty());
    const Message message = messages.at(0).at(0).value<Message>();
    QCOMPARE(
        message,
        Message(ChannelEvent {QStringLiteral("private-x"), QStringLiteral("update"), QByteArray(R"({"a":1})"), {}}));
    QCOMPARE(connection->state(), State::Connected);
    QCOMPARE(states.size(), 2); // Connecting, Connected: nothing after
    QCOMPARE(connection->counters().framesIn, quint64(5));
}

void TestPusherConnection::pusherErrorKeepsState()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy messages(connection.get(), &PusherConnection::messageReceived);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);

    server.sendText(encodeError(QStringLiteral("Existing subscription to channel private-x"), std::nullopt));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kWaitMs);
    QCOMPARE(messages.at(0).at(0).value<Message>(),
             Message(PusherError {QStringLiteral("Existing subscription to channel private-x"), std::nullopt, {}}));
    QCOMPARE(states.size(), 0);
    QCOMPARE(connection->state(), State::Connected);
}

void TestPusherConnection::errorCodeExplainsCodelessClose_data()
{
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<int>("expectedCode");

    // Old servers send the reason as a pusher:error and then close without a Pusher code.
    QTest::newRow("4100 then close") << 4100 << 4100;
    QTest::newRow("4201 then close") << 4201 << 4201;
    // A rate-limit error does not end the connection and explains nothing.
    QTest::newRow("4301 then close") << 4301 << 1000;
}

void TestPusherConnection::errorCodeExplainsCodelessClose()
{
    QFETCH(int, errorCode);
    QFETCH(int, expectedCode);

    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy messages(connection.get(), &PusherConnection::messageReceived);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    server.sendText(encodeError(QStringLiteral("going away"), errorCode));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kWaitMs);
    server.closeCurrent(1000);
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, kWaitMs);
    const QString reason = scheduled.at(0).at(2).toString();
    QVERIFY2(reason.contains(describeCloseCode(expectedCode)), qPrintable(reason));
    const qint64 expectedDelay = closeActionFor(expectedCode) == CloseAction::RetryImmediately ? 0 : 1000;
    QCOMPARE(scheduled.at(0).at(1).toLongLong(), expectedDelay);
    connection->close();
}

void TestPusherConnection::frameRecordsRedactAuth()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    connection->setFrameObservation(true);
    QSignalSpy frames(connection.get(), &PusherConnection::frameObserved);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    const QString signature = QStringLiteral("58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
    const QByteArray subscribe
        = encodeSubscribe(Subscribe {QStringLiteral("private-foobar"), QStringLiteral("app-key:") + signature, {}});
    const qint64 before = currentTimeUs();
    QVERIFY(connection->send(subscribe));
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, kWaitMs);
    // The wire carries the real signature; only the record is redacted.
    QCOMPARE(server.received().at(0), subscribe);

    QCOMPARE(frames.size(), 2);
    const auto in = frames.at(0).at(0).value<FrameRecord>();
    QCOMPARE(in.direction, FrameRecord::Direction::In);
    QCOMPARE(in.event, QStringLiteral("pusher:connection_established"));
    QVERIFY(in.data.contains(server.issuedSocketIds().at(0).toUtf8()));
    QVERIFY(in.timestampUs > 0);

    const auto out = frames.at(1).at(0).value<FrameRecord>();
    QCOMPARE(out.direction, FrameRecord::Direction::Out);
    QCOMPARE(out.event, QStringLiteral("pusher:subscribe"));
    QCOMPARE(out.channel, QStringLiteral("private-foobar"));
    QCOMPARE(out.sizeBytes, subscribe.size());
    QVERIFY(out.timestampUs >= before);
    QVERIFY2(!out.data.contains(signature.toUtf8()), out.data.constData());
    QVERIFY2(!out.data.contains(signature.left(8).toUtf8()), out.data.constData());
    QVERIFY2(QString::fromUtf8(out.data).contains(QStringLiteral("app-key:") + QChar(0x2026) + QStringLiteral("c3a4")),
             out.data.constData());
    QCOMPARE(connection->counters().framesOut, quint64(1));
    QCOMPARE(connection->counters().bytesOut, quint64(subscribe.size()));
}

// The frame record and the message decoded from the frame carry one time, taken on arrival, and
// the record keeps the bytes exactly as they came.
void TestPusherConnection::inboundFrameHasOneTime()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    connection->setFrameObservation(true);
    QSignalSpy frames(connection.get(), &PusherConnection::frameObserved);
    QSignalSpy messages(connection.get(), &PusherConnection::messageReceived);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    const QByteArray event
        = encodeChannelEvent(QStringLiteral("ch"), QStringLiteral("update"), "{\"seq\": 1,  \"x\":\"\u00e9\"}");
    server.sendText(event);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kWaitMs);
    QCOMPARE(frames.size(), 2); // connection_established, the event
    const auto record = frames.at(1).at(0).value<FrameRecord>();
    QCOMPARE(record.data, event);
    QVERIFY(record.timestampUs > 0);
    QCOMPARE(messages.at(0).at(1).toLongLong(), record.timestampUs);
    connection->close();
}

// The frame sink sees every frame the records show, byte for byte, with the decoder's verdict on
// whether an inbound frame is one JSON object; it needs no frameObserved() receiver.
void TestPusherConnection::frameSinkSeesWhatRecordsShow()
{
    struct Seen
    {
        FrameRecord::Direction direction;
        qint64 timestampUs;
        bool wellFormedObject;
        bool binary;
        QByteArray data;
    };
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    connection->setFrameObservation(true);
    QList<Seen> seen;
    connection->setFrameSink([&seen](const FrameView &frame) {
        seen.append(
            {frame.direction, frame.timestampUs, frame.wellFormedObject, frame.binary, frame.data.toByteArray()});
    });
    auto frames = std::make_unique<QSignalSpy>(connection.get(), &PusherConnection::frameObserved);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    const QString signature = QStringLiteral("58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4");
    QVERIFY(connection->send(
        encodeSubscribe(Subscribe {QStringLiteral("private-a"), QStringLiteral("app-key:") + signature, {}})));
    const QByteArray event = encodeChannelEvent(QStringLiteral("private-a"), QStringLiteral("update"), "{\"seq\":1}");
    server.sendText(event);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 3, kWaitMs);
    QCOMPARE(frames->size(), 3);
    for (int i = 0; i < 3; ++i) {
        const auto record = frames->at(i).at(0).value<FrameRecord>();
        QCOMPARE(seen.at(i).direction, record.direction);
        QCOMPARE(seen.at(i).timestampUs, record.timestampUs);
        QCOMPARE(seen.at(i).data, record.data);
        QCOMPARE(seen.at(i).wellFormedObject, record.wellFormedObject);
    }
    QVERIFY(!seen.at(0).wellFormedObject); // pusher:connection_established: the generic decoder
    QVERIFY(!seen.at(1).wellFormedObject); // what we send is redacted, never vouched for
    QVERIFY(!seen.at(1).data.contains(signature.toUtf8()));
    QVERIFY(seen.at(2).wellFormedObject); // a stream event, read by the envelope scanner
    QCOMPARE(seen.at(2).data, event);
    // A binary frame: its bytes as they came, marked binary in the view and in the record.
    const QByteArray bytes("\x00\xff{}", 4);
    server.sendBinary(bytes);
    QTRY_COMPARE_WITH_TIMEOUT(frames->size(), 4, kWaitMs);
    const auto binaryRecord = frames->at(3).at(0).value<FrameRecord>();
    QVERIFY(binaryRecord.binary);
    QCOMPARE(binaryRecord.data, bytes);
    QVERIFY(binaryRecord.event.isEmpty());
    QCOMPARE(seen.size(), 4);
    QCOMPARE(seen.at(3).data, bytes);
    QVERIFY(seen.at(3).binary);
    QVERIFY(!seen.at(3).wellFormedObject);

    // Without a receiver the sink alone goes on; an empty one stops it.
    frames.reset();
    server.sendText(event);
    QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 5, kWaitMs);
    connection->setFrameSink({});
    server.sendText(event);
    QTRY_COMPARE_WITH_TIMEOUT(connection->counters().framesIn, quint64(5), kWaitMs);
    QCOMPARE(seen.size(), 5);
    connection->close();
}

void TestPusherConnection::frameObservationIsOffByDefault()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QVERIFY(!connection->frameObservation());
    QSignalSpy frames(connection.get(), &PusherConnection::frameObserved);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);
    QVERIFY(connection->send(encodeUnsubscribe(QStringLiteral("c"))));
    QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, kWaitMs);
    QCOMPARE(frames.size(), 0);
    QCOMPARE(connection->counters().framesIn, quint64(1));
    QCOMPARE(connection->counters().framesOut, quint64(1));
}

void TestPusherConnection::handshakeTimeout()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    server.plan({{FakePusherServer::Greeting::Silent, 0}});
    auto timings = quickTimings();
    timings.handshakeTimeoutMs = 200;
    auto connection = makeConnection(timings);
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);

    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(scheduled.size(), 1, kWaitMs);
    const QString reason = scheduled.at(0).at(2).toString();
    QVERIFY2(reason.contains(QLatin1String("pusher:connection_established")), qPrintable(reason));
    QCOMPARE(connection->state(), State::Reconnecting);
    QVERIFY(scheduled.at(0).at(1).toLongLong() >= ReconnectPolicy::kMinimumBackoffMs);
    QCOMPARE(connectedSpy.size(), 0);

    // The next connection is greeted.
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    QCOMPARE(server.connectionCount(), 2);
}

void TestPusherConnection::sendRequiresConnection()
{
    auto connection = makeConnection();
    QVERIFY(!connection->send(encodePing()));
    QCOMPARE(connection->counters().framesOut, quint64(0));
    QCOMPARE(connection->state(), State::Disconnected);
}

void TestPusherConnection::tlsOnlyCloseSwitchesToWss()
{
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy scheduled(connection.get(), &PusherConnection::reconnectScheduled);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    server.closeCurrent(4000);
    QTRY_VERIFY_WITH_TIMEOUT(!scheduled.isEmpty(), kWaitMs);
    QCOMPARE(scheduled.at(0).at(1).toLongLong(), qint64(0));
    QVERIFY(connection->endpoint().tls);
    // A plain port never speaks TLS (issue 13, finding 9): wss goes to the standard port, as
    // pusher-js' wssPort does; the session's plain port would only fail again.
    QCOMPARE(connection->endpoint().port, quint16(443));
    // The plain test server cannot speak TLS: the wss attempt fails with a reason and is retried;
    // the failure is never ignored into a connection.
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 2, kWaitMs);
    QCOMPARE(connection->state(), State::Reconnecting);
    QVERIFY(!scheduled.at(1).at(2).toString().isEmpty());
    QCOMPARE(server.connectionCount(), 1);
    connection->close();
}

void TestPusherConnection::secondConnectionEstablishedIsIgnored()
{
    // One handshake per socket (issue 13, finding 6): a repeated connection_established must not
    // tell the owner to join every channel again.
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);
    QSignalSpy states(connection.get(), &PusherConnection::stateChanged);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);
    const QString socketId = connection->socketId();
    const qsizetype stateChanges = states.size();

    server.sendText(shuriken::pusher::encodeConnectionEstablished(QStringLiteral("999.999"), 120));
    server.sendText(shuriken::pusher::encodeServerPong());
    QTRY_VERIFY_WITH_TIMEOUT(connection->counters().framesIn >= 3, kWaitMs);
    QCOMPARE(connectedSpy.size(), 1);
    QCOMPARE(connection->socketId(), socketId);
    QCOMPARE(states.size(), stateChanges);
    QCOMPARE(connection->state(), State::Connected);
}

void TestPusherConnection::refreshBeforeReconnectWaitsForTheOwner()
{
    // With refreshBeforeReconnect() the transport asks its owner for a fresh session before every
    // reconnect (PROTOCOL.md 3.4 step 2), and connects where the owner says.
    FakePusherServer server;
    QVERIFY(server.listen());
    auto connection = makeConnection();
    connection->setRefreshBeforeReconnect(true);
    QSignalSpy due(connection.get(), &PusherConnection::reconnectDue);
    QSignalSpy connectedSpy(connection.get(), &PusherConnection::connected);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 1, kWaitMs);

    server.closeCurrent(4200);
    QTRY_COMPARE_WITH_TIMEOUT(due.size(), 1, kWaitMs);
    QCOMPARE(connection->state(), State::Reconnecting);
    QTest::qWait(100);
    QCOMPARE(server.connectionCount(), 1); // nothing opened before the owner answers
    QCOMPARE(connection->nextReconnectAtMs(), qint64(-1));

    connection->resumeWithEndpoint(server.endpoint(QStringLiteral("epoch-2-key")));
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.size(), 2, kWaitMs);
    QCOMPARE(server.requestUrls().at(1).path(), QStringLiteral("/app/epoch-2-key"));
    QCOMPARE(connection->counters().reconnects, quint64(1));
}

void TestPusherConnection::largestFrameFitsTheReadBuffer()
{
    // The socket reads only one largest frame ahead (a bounded pass per event-loop turn), and
    // QWebSocket waits for a whole payload in that buffer: a frame of exactly maxFrameBytes,
    // and a burst of small frames behind it, must still arrive.
    FakePusherServer server;
    QVERIFY(server.listen());
    PusherConnection::Timings timings = quickTimings();
    timings.maxFrameBytes = 4096;
    auto connection = makeConnection(timings);
    QSignalSpy messages(connection.get(), &PusherConnection::messageReceived);
    connection->open(server.endpoint());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), State::Connected, kWaitMs);

    QByteArray largest = encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), "\"\"");
    const qsizetype padding = timings.maxFrameBytes - largest.size();
    const QByteArray paddedPayload = '"' + QByteArray(padding, 'x') + '"';
    largest = encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), paddedPayload);
    QCOMPARE(largest.size(), timings.maxFrameBytes);
    server.sendText(largest);
    for (int i = 0; i < 500; ++i)
        server.sendText(encodeChannelEvent(QStringLiteral("c"), QStringLiteral("update"), QByteArray::number(i)));

    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 501, kWaitMs);
    const auto first = messages.at(0).at(0).value<Message>();
    QCOMPARE(std::get<ChannelEvent>(first).payload.size(), padding + 2);
    QCOMPARE(std::get<ChannelEvent>(messages.at(500).at(0).value<Message>()).payload, QByteArray("499"));
    QCOMPARE(connection->state(), State::Connected);
    QCOMPARE(connection->malformedFrameCount(), quint64(0));
}

QTEST_GUILESS_MAIN(TestPusherConnection)
#include "tst_pusherconnection.moc"
