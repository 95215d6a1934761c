// The control grammar (stdin of shuriken-sim, --fault) against an in-process server, and the
// shuriken-sim executable itself: its first stdout line, stdin commands and a clean SIGTERM stop.

#include "controlcommand.h"
#include "simtestsupport.h"

#include <QProcess>

using namespace shuriken::sim;
using namespace simtest;

class TestSimControl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimulatorServer> m_server;
    std::unique_ptr<SimulatorControl> m_control;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SimulatorServer>(testConfig());
        QVERIFY(m_server->start());
        m_control = std::make_unique<SimulatorControl>(m_server.get());
    }

    void cleanup()
    {
        m_control.reset();
        m_server.reset();
    }

    void tokenizesQuotedWords()
    {
        QString error;
        QCOMPARE(SimulatorControl::tokenize(QStringLiteral("error 4100  \"over \\\"capacity\\\"\" now"), &error),
                 (QStringList {QStringLiteral("error"), QStringLiteral("4100"), QStringLiteral("over \"capacity\""),
                               QStringLiteral("now")}));
        QVERIFY(error.isEmpty());
        QCOMPARE(SimulatorControl::tokenize(QStringLiteral("  "), &error), QStringList());
        SimulatorControl::tokenize(QStringLiteral("error \"open"), &error);
        QVERIFY(!error.isEmpty());
    }

    void rejectsBadCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("unknown") << QStringLiteral("explode");
        QTest::newRow("close without code") << QStringLiteral("close");
        QTest::newRow("close with reserved code") << QStringLiteral("close 1005");
        QTest::newRow("error without code") << QStringLiteral("error");
        QTest::newRow("error with word code") << QStringLiteral("error soon boom");
        QTest::newRow("unknown malformed kind") << QStringLiteral("malformed broken");
        QTest::newRow("rest without status") << QStringLiteral("rest");
        QTest::newRow("rest success status") << QStringLiteral("rest 200");
        QTest::newRow("rest bad path") << QStringLiteral("rest 500 --path nowhere");
        QTest::newRow("rest bad times") << QStringLiteral("rest 500 --times 0");
        QTest::newRow("rest extra word") << QStringLiteral("rest 429 1 2");
        QTest::newRow("rest-delay without ms") << QStringLiteral("rest-delay");
        QTest::newRow("negative rate") << QStringLiteral("rate -1");
        QTest::newRow("firehose without count") << QStringLiteral("firehose many");
        QTest::newRow("open quote") << QStringLiteral("error 1 \"open");
        QTest::newRow("stats with an unknown format") << QStringLiteral("stats xml");
    }

    void rejectsBadCommands()
    {
        QFETCH(QString, line);
        const ControlResult result = m_control->execute(line);
        QVERIFY(!result.ok);
        QVERIFY(!result.output.isEmpty());
        QVERIFY(!result.quitRequested);
        QVERIFY(m_server->restFaults().isEmpty());
    }

    void helpListsEveryCommand()
    {
        const ControlResult result = m_control->execute(QStringLiteral("help"));
        QVERIFY(result.ok);
        for (const char *command : {"stats", "drop", "close", "error", "stop-pongs", "start-pongs",
                                    "confirm-subscribes", "channel-error", "malformed", "invalid-utf8", "rest ",
                                    "rest-delay", "rest ok", "rate", "firehose", "restart", "quit", "--once", "--path"})
            QVERIFY2(result.output.contains(QLatin1String(command)), command);
    }

    void restCommandsSetFaults()
    {
        QVERIFY(m_control->execute(QStringLiteral("rest 429 1 --once --path session")).ok);
        QCOMPARE(m_server->restFaults().size(), 1);
        const RestFault fault = m_server->restFaults().constFirst();
        QCOMPARE(fault.status, 429);
        QCOMPARE(fault.retryAfterSeconds, std::optional<int>(1));
        QCOMPARE(fault.remaining, 1);
        QCOMPARE(fault.endpoints, RestEndpoints(RestEndpoint::Session));

        QVERIFY(m_control->execute(QStringLiteral("rest 500 --times 3 --path auth,streams")).ok);
        QCOMPARE(m_server->restFaults().constLast().remaining, 3);
        QCOMPARE(m_server->restFaults().constLast().endpoints, RestEndpoint::Auth | RestEndpoint::Streams);
        QCOMPARE(m_server->restFaults().constLast().retryAfterSeconds, std::nullopt);

        QVERIFY(m_control->execute(QStringLiteral("rest-delay 250 --path session")).ok);
        QCOMPARE(m_server->restDelayMs(), 250);

        // The faults act: the session endpoint is rate limited once, with Retry-After.
        RestClient rest(m_server->baseUrl());
        const HttpResult limited = rest.session({{QStringLiteral("alpha.personal"), {}}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("1"));
        QCOMPARE(rest.session({{QStringLiteral("alpha.personal"), {}}}).status, 200);

        QVERIFY(m_control->execute(QStringLiteral("rest ok")).ok);
        QVERIFY(m_server->restFaults().isEmpty());
        QCOMPARE(m_server->restDelayMs(), 0);
    }

    void webSocketCommandsReachConnections()
    {
        RawPusherClient client;
        QVERIFY(client.open(m_server->webSocketUrl()));
        ControlResult result = m_control->execute(QStringLiteral("error 4100 \"Over capacity\""));
        QVERIFY(result.ok);
        QVERIFY(result.output.contains(QLatin1String("1")));
        QVERIFY(client.waitFor(QStringLiteral("pusher:error")));
        QCOMPARE(RawPusherClient::dataOf(client.last(QStringLiteral("pusher:error")))
                     .value(QStringLiteral("message"))
                     .toString(),
                 QStringLiteral("Over capacity"));
        QVERIFY(m_control->execute(QStringLiteral("error null plain message")).ok);
        QVERIFY(client.waitFor(QStringLiteral("pusher:error"), QString(), 2));
        QVERIFY(RawPusherClient::dataOf(client.last(QStringLiteral("pusher:error")))
                    .value(QStringLiteral("code"))
                    .isNull());

        QVERIFY(m_control->execute(QStringLiteral("stop-pongs")).ok);
        QVERIFY(!m_server->pongsEnabled());
        QVERIFY(m_control->execute(QStringLiteral("start-pongs")).ok);
        QVERIFY(m_server->pongsEnabled());

        // A subscribe that is never confirmed, then an error naming that channel.
        QVERIFY(m_control->execute(QStringLiteral("confirm-subscribes off")).ok);
        QVERIFY(!m_server->subscribeConfirmationsEnabled());
        client.subscribe(QStringLiteral("svm.bondingCurve.creations"));
        QTest::qWait(300);
        QCOMPARE(client.count(QStringLiteral("pusher_internal:subscription_succeeded")), 0);
        result = m_control->execute(QStringLiteral("channel-error svm.bondingCurve.creations null \"No room\""));
        QVERIFY2(result.ok && result.output.contains(QLatin1String("1")), qPrintable(result.output));
        QVERIFY(client.waitFor(QStringLiteral("pusher:error"), QString(), 3));
        QCOMPARE(client.last(QStringLiteral("pusher:error")).value(QStringLiteral("channel")).toString(),
                 QStringLiteral("svm.bondingCurve.creations"));
        QVERIFY(!m_control->execute(QStringLiteral("confirm-subscribes maybe")).ok);
        QVERIFY(m_control->execute(QStringLiteral("confirm-subscribes on")).ok);
        QVERIFY(m_server->subscribeConfirmationsEnabled());

        QVERIFY(m_control->execute(QStringLiteral("malformed missing-event")).ok);
        QVERIFY(QTest::qWaitFor([&] { return client.frames.constLast().value(QStringLiteral("event")).isUndefined(); },
                                kWait));

        QVERIFY(m_control->execute(QStringLiteral("close 4200 go away")).ok);
        QVERIFY(client.waitForDisconnect());
        QCOMPARE(int(client.socket.closeCode()), 4200);
        QCOMPARE(client.socket.closeReason(), QStringLiteral("go away"));
    }

    void dropRestartRateFirehoseStatsQuit()
    {
        RawPusherClient client;
        QVERIFY(client.open(m_server->webSocketUrl()));
        QVERIFY(m_control->execute(QStringLiteral("drop")).ok);
        QVERIFY(client.waitForDisconnect());
        const quint16 port = m_server->port();
        const ControlResult restarted = m_control->execute(QStringLiteral("restart"));
        QVERIFY(restarted.ok);
        QCOMPARE(m_server->port(), port);
        QVERIFY(m_control->execute(QStringLiteral("rate 2.5")).ok);
        QCOMPARE(m_server->config().rateMultiplier, 2.5);
        QVERIFY(m_control->execute(QStringLiteral("rate svm.token.swaps 50")).ok);
        QCOMPARE(m_server->config().rateFor(QStringLiteral("svm.token.swaps")), 125.0);
        QVERIFY(m_control->execute(QStringLiteral("firehose 1000")).ok);
        QCOMPARE(m_server->config().firehoseCount, quint64(1000));
        const ControlResult stats = m_control->execute(QStringLiteral("stats"));
        QVERIFY(stats.ok);
        QVERIFY(stats.output.contains(QLatin1String("websockets:")));
        QVERIFY(stats.output.contains(QLatin1String("faults injected:")));
        const ControlResult json = m_control->execute(QStringLiteral("stats json"));
        QVERIFY(json.ok);
        QVERIFY(!json.output.contains(u'\n')); // one line, for scripts
        const QJsonObject object = QJsonDocument::fromJson(json.output.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("listening")).toBool(), true);
        QCOMPARE(object.value(QStringLiteral("epoch")).toInt(), 0);
        QCOMPARE(object.value(QStringLiteral("appKey")).toString(), QStringLiteral("sim-app-key"));
        QVERIFY(object.value(QStringLiteral("faultsInjected")).toInt() >= 1);
        QVERIFY(object.value(QStringLiteral("channels")).isArray());
        const ControlResult quit = m_control->execute(QStringLiteral("quit"));
        QVERIFY(quit.ok && quit.quitRequested);
    }

    void executableServesAndTakesCommands()
    {
        QProcess process;
        process.setProgram(QStringLiteral(SHURIKEN_SIM_EXECUTABLE));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                              QStringLiteral("5"), QStringLiteral("--api-key"), kApiKey, QStringLiteral("--fault"),
                              QStringLiteral("rest 503 --once --path streams")});
        process.start();
        QVERIFY(process.waitForStarted(kWait));
        QVERIFY(QTest::qWaitFor([&] { return process.canReadLine(); }, kWait));
        const QString first = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(first.startsWith(QLatin1String("Shuriken simulator listening on http://127.0.0.1:")),
                 qPrintable(first));
        const QUrl baseUrl(first.section(u' ', -1));
        QVERIFY(baseUrl.port() > 0);

        RestClient rest(baseUrl);
        QCOMPARE(rest.get(QStringLiteral("/api/v2/ws/streams")).status, 503); // the --fault
        QCOMPARE(rest.get(QStringLiteral("/api/v2/ws/streams")).status, 200);

        process.write("rest 401\n");
        QVERIFY(QTest::qWaitFor([&] { return rest.get(QStringLiteral("/api/v2/ws/streams")).status == 401; }, kWait));
        process.write("stats\n");
        QVERIFY(QTest::qWaitFor([&] { return process.readAllStandardOutput().contains("websockets:"); }, kWait));

#ifdef Q_OS_UNIX
        process.terminate(); // SIGTERM: a clean stop
#else
        process.write("quit\n");
#endif
        QVERIFY(process.waitForFinished(kWait));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // Secrets never appear unredacted in its output.
        const QByteArray errors = process.readAllStandardError();
        QVERIFY(!errors.contains(kApiKey.toUtf8()));
        QVERIFY(!errors.contains(testConfig().appSecret.toUtf8()));
    }

    void executableTakesEpochAndBackoff_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("appKey");
        QTest::addColumn<QString>("channelSuffix");
        QTest::addColumn<QList<qint64>>("backoff");
        QTest::newRow("defaults") << QStringList() << QStringLiteral("sim-app-key") << QString()
                                  << QList<qint64> {1000, 2000, 4000};
        QTest::newRow("epoch 2, backoff")
            << QStringList {QStringLiteral("--epoch"), QStringLiteral("2"), QStringLiteral("--backoff"),
                            QStringLiteral("200,400,800")}
            << QStringLiteral("sim-app-key-e2") << QStringLiteral("-e2") << QList<qint64> {200, 400, 800};
        QTest::newRow("epoch 9 with --app-key")
            << QStringList {QStringLiteral("--app-key"), QStringLiteral("k"),         QStringLiteral("--epoch"),
                            QStringLiteral("9"),         QStringLiteral("--backoff"), QStringLiteral("50")}
            << QStringLiteral("k-e9") << QStringLiteral("-e9") << QList<qint64> {50};
    }

    void executableTakesEpochAndBackoff()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, appKey);
        QFETCH(QString, channelSuffix);
        QFETCH(QList<qint64>, backoff);
        QProcess process;
        process.start(QStringLiteral(SHURIKEN_SIM_EXECUTABLE),
                      QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--no-stdin")}
                          + arguments);
        QVERIFY(process.waitForStarted(kWait));
        QVERIFY(QTest::qWaitFor([&] { return process.canReadLine(); }, kWait));
        const QUrl baseUrl(QString::fromUtf8(process.readLine()).trimmed().section(u' ', -1));
        QVERIFY(baseUrl.port() > 0);

        RestClient rest(baseUrl);
        const HttpResult result = rest.session({{QStringLiteral("alpha.personal"), {}}});
        QCOMPARE(result.status, 200);
        const QJsonObject data = result.json().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("connection")).toObject().value(QStringLiteral("appKey")).toString(),
                 appKey);
        const QString channel = data.value(QStringLiteral("subscriptions"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("channel"))
                                    .toString();
        QCOMPARE(channel, QStringLiteral("presence-alpha-usr_sim0001") + channelSuffix);
        QList<qint64> announced;
        for (const QJsonValue step : data.value(QStringLiteral("session"))
                                         .toObject()
                                         .value(QStringLiteral("recommendedReconnectBackoffMs"))
                                         .toArray())
            announced.append(step.toInteger());
        QCOMPARE(announced, backoff);
        process.kill();
        QVERIFY(process.waitForFinished(kWait));
    }

    void executableRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("named");
        QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")}
                              << QByteArray("--port");
        QTest::newRow("negative epoch") << QStringList {QStringLiteral("--epoch"), QStringLiteral("-1")}
                                        << QByteArray("--epoch");
        QTest::newRow("word backoff") << QStringList {QStringLiteral("--backoff"), QStringLiteral("200,soon")}
                                      << QByteArray("--backoff");
        QTest::newRow("negative backoff")
            << QStringList {QStringLiteral("--backoff"), QStringLiteral("-5")} << QByteArray("--backoff");
    }

    void executableRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, named);
        QProcess process;
        process.start(QStringLiteral(SHURIKEN_SIM_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(kWait));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains(named));
    }
};

QTEST_GUILESS_MAIN(TestSimControl)
#include "tst_simcontrol.moc"
