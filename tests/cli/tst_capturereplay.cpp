// Record and replay, as a user runs them: `shuriken-stream --record` against the simulator on
// 127.0.0.1, then `--replay` of that capture (and of its HAR export) prints the same JSON Lines
// byte for byte, without the network. In process: CaptureReplayer's pace, pause, resume and
// seek, a capture with a reconnect, and files that are cut short or not captures at all.

#include "capturecommand.h"
#include "capturefile.h"
#include "capturereplayer.h"
#include "harformat.h"
#include "pusherprotocol.h"
#include "simulatorserver.h"
#include "streamclient.h"
#include "streamcommand.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace shuriken;

namespace {

const QString kApiKey = QStringLiteral("sk_test_0123456789abcdef");
const QString kToken = QStringLiteral("So11111111111111111111111111111111111111112");
const QString kSwaps = QStringLiteral("svm.token.swaps:tokenAddress=") + kToken;
constexpr int kWait = 60000; // generous: the machine may be busy; nothing here asserts on time
constexpr qint64 kT0 = 1'760'000'000'000'000; // µs since the epoch

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> lines() const
    {
        QList<QByteArray> lines = out.split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }
};

/// Runs shuriken-stream to its end with the event loop running (the test's simulator must keep
/// answering), or kills it after @p timeoutMs (exitCode stays -1).
Run runCli(const QStringList &arguments, int timeoutMs = kWait)
{
    QProcess process;
    process.setProgram(QStringLiteral(SHURIKEN_STREAM_PATH));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SHURIKEN_API_KEY"));
    process.setProcessEnvironment(environment);
    Run run;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { run.out += process.readAllStandardOutput(); });
    process.start();
    if (!process.waitForStarted(10000))
        return run;
    QSignalSpy finished(&process, &QProcess::finished);
    if (finished.wait(timeoutMs)) {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    } else {
        process.kill();
        process.waitForFinished();
    }
    run.out += process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString explain(const Run &run)
{
    return QStringLiteral("exit code %1; stderr ends with:\n%2")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.err.right(1500)));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// ---- captures made by hand, for the pace of a replay ---------------------------------------

capture::HttpEntry sessionEntry(qint64 timeUs, const QString &channel)
{
    Session session;
    session.connection.provider = QStringLiteral("ws");
    session.connection.appKey = QStringLiteral("replay-key");
    session.connection.wsHost = QStringLiteral("127.0.0.1");
    session.connection.wsPort = 9;
    session.connection.authEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/auth"));
    ResolvedSubscription resolved;
    resolved.stream = QStringLiteral("svm.token.swaps");
    resolved.channel = channel;
    resolved.event = QStringLiteral("update");
    resolved.payloadFormat = QStringLiteral("json");
    resolved.payloadSchemaId = resolved.stream;
    session.subscriptions = {resolved};
    capture::HttpEntry entry;
    entry.timeUs = timeUs;
    entry.exchange.method = "POST";
    entry.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/session"));
    const SubscriptionRequest request {QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), kToken}}};
    entry.exchange.requestBody = QJsonDocument(sessionRequestBody({request})).toJson(QJsonDocument::Compact);
    entry.exchange.httpStatus = 200;
    entry.exchange.responseBody
        = QJsonDocument(QJsonObject {{QStringLiteral("data"), session.toJson()}}).toJson(QJsonDocument::Compact);
    entry.exchange.startedAt = QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC);
    return entry;
}

capture::FrameEntry inbound(qint64 timeUs, const QByteArray &data)
{
    capture::FrameEntry entry;
    entry.timeUs = timeUs;
    entry.data = data;
    return entry;
}

/// One session, one connection, @p events swap events spread evenly over @p spanUs.
capture::Capture pacedCapture(int events, qint64 spanUs)
{
    capture::Capture capture;
    capture.header.productName = QStringLiteral("tst_capturereplay");
    capture.header.profile = QStringLiteral("simulator");
    capture.header.startedAtUs = kT0;
    capture.entries.append(sessionEntry(kT0, QStringLiteral("ch-a")));
    capture.entries.append(inbound(kT0 + 1000, pusher::encodeConnectionEstablished(QStringLiteral("1.1"), 120)));
    capture.entries.append(inbound(kT0 + 2000, pusher::encodeSubscriptionSucceeded(QStringLiteral("ch-a"))));
    for (int i = 0; i < events; ++i) {
        const QByteArray payload = QStringLiteral(R"({"seq":%1,"tokenMint":"%2"})").arg(i + 1).arg(kToken).toUtf8();
        const qint64 timeUs = kT0 + 2000 + (spanUs - 2000) * (i + 1) / events;
        capture.entries.append(
            inbound(timeUs, pusher::encodeChannelEvent(QStringLiteral("ch-a"), QStringLiteral("update"), payload)));
    }
    return capture;
}

/// A StreamClient in replay mode with the capture's subscription, and what it delivers.
struct ReplayRig
{
    QNetworkAccessManager network;
    StreamClient client {&network};
    StreamEventBatch events;
    CaptureReplayer replayer {&client};

    explicit ReplayRig(capture::Capture capture, double speed)
    {
        client.setReplayMode(true);
        QObject::connect(&client, &StreamClient::eventsReceived, &client,
                         [this](const StreamEventBatch &batch) { events += batch; });
        client.subscribe(QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), kToken}});
        replayer.setCapture(std::move(capture));
        replayer.setSpeed(speed);
    }
};

} // namespace

class tst_CaptureReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulatorServer> m_sim;
    // The live run of initTestCase(): its capture and what it printed.
    QString m_capturePath;
    QByteArray m_liveOut;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    sim::SimulatorConfig simConfig() const
    {
        sim::SimulatorConfig config;
        config.seed = 5;
        config.apiKey = kApiKey;
        config.tickIntervalMs = 10;
        config.streamRates.insert(QStringLiteral("svm.token.swaps"), 2000.0);
        return config;
    }

    Run record(const QString &file, int count)
    {
        return runCli({QStringLiteral("--base-url"), m_sim->baseUrl().toString(), QStringLiteral("--api-key"), kApiKey,
                       QStringLiteral("--subscribe"), kSwaps, QStringLiteral("--count"), QString::number(count),
                       QStringLiteral("--record"), file});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sim = std::make_unique<sim::SimulatorServer>(simConfig());
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_capturePath = path(QStringLiteral("live.jsonl"));
        const Run live = record(m_capturePath, 2000);
        QVERIFY2(live.exitCode == 0, qPrintable(explain(live)));
        QCOMPARE(live.lines().size(), 2000);
        m_liveOut = live.out;
    }

    void cleanupTestCase() { m_sim.reset(); }

    /// The issue's "done when": 2,000 live events recorded, replayed at max speed, printed again
    /// byte for byte; the same through the capture's HAR export; and the simulator saw nothing.
    void recordThenReplayPrintsTheSameLines()
    {
        QSignalSpy restRequests(m_sim.get(), &sim::SimulatorServer::restRequestHandled);
        QSignalSpy sockets(m_sim.get(), &sim::SimulatorServer::clientConnected);

        const Run replay = runCli({QStringLiteral("--replay"), m_capturePath, QStringLiteral("--speed"),
                                   QStringLiteral("max"), QStringLiteral("--count"), QStringLiteral("2000")});
        QVERIFY2(replay.exitCode == 0, qPrintable(explain(replay)));
        QCOMPARE(replay.lines().size(), 2000);
        QCOMPARE(replay.out, m_liveOut);

        // Without --count: every event the capture holds (the live run received a few after its
        // 2,000th before it stopped), the first 2,000 as printed live.
        const Run all = runCli({QStringLiteral("--replay"), m_capturePath});
        QVERIFY2(all.exitCode == 0, qPrintable(explain(all)));
        QVERIFY(all.lines().size() >= 2000);
        QCOMPARE(all.lines().mid(0, 2000), replay.lines());
        QVERIFY(all.err.contains("\"type\":\"summary\""));

        const Run har
            = runCli({QStringLiteral("--replay"), m_capturePath, QStringLiteral("--output"), QStringLiteral("har")});
        QVERIFY2(har.exitCode == 0, qPrintable(explain(har)));
        QVERIFY(capture::HarFormat::looksLikeHar(har.out));
        const QString harPath = path(QStringLiteral("live.har"));
        QVERIFY(writeFile(harPath, har.out));
        const Run fromHar
            = runCli({QStringLiteral("--replay"), harPath, QStringLiteral("--count"), QStringLiteral("2000")});
        QVERIFY2(fromHar.exitCode == 0, qPrintable(explain(fromHar)));
        QCOMPARE(fromHar.out, m_liveOut);

        QCOMPARE(restRequests.size(), 0);
        QCOMPARE(sockets.size(), 0);
    }

    /// A gzip capture (".gz") replays the same way.
    void gzipCaptureReplays()
    {
        const QString file = path(QStringLiteral("live.jsonl.gz"));
        const Run live = record(file, 200);
        QVERIFY2(live.exitCode == 0, qPrintable(explain(live)));
        QVERIFY(readFile(file).startsWith("\x1f\x8b"));
        const Run replay = runCli({QStringLiteral("--replay"), file, QStringLiteral("--count"), QStringLiteral("200")});
        QVERIFY2(replay.exitCode == 0, qPrintable(explain(replay)));
        QCOMPARE(replay.out, live.out);
    }

    /// A capture cut inside a record replays up to the cut, says so, and exits with 6.
    void truncatedCaptureReplaysUpToTheCut()
    {
        const QByteArray whole = readFile(m_capturePath);
        QVERIFY(whole.size() > 10000);
        qsizetype cut = whole.size() * 6 / 10;
        while (whole.at(cut) == '\n' || whole.at(cut - 1) == '\n')
            ++cut;
        const QString file = path(QStringLiteral("cut.jsonl"));
        QVERIFY(writeFile(file, whole.left(cut)));

        const Run replay = runCli({QStringLiteral("--replay"), file});
        QVERIFY2(replay.exitCode == cli::ExitCaptureCut, qPrintable(explain(replay)));
        const QList<QByteArray> lines = replay.lines();
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.size() < 2000);
        const QList<QByteArray> live = m_liveOut.split('\n');
        QCOMPARE(lines, live.mid(0, lines.size()));
        const qsizetype partial = cut - (whole.lastIndexOf('\n', cut - 1) + 1);
        QVERIFY2(replay.err.contains("cut short"), replay.err.constData());
        QVERIFY2(replay.err.contains(QByteArray::number(partial)), replay.err.constData());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("missing") << QByteArray() << QByteArray("cannot replay");
        QTest::newRow("not a capture") << QByteArray("hello, world\n") << QByteArray("cannot replay");
        QTest::newRow("HAR without a WebSocket")
            << QByteArray(R"({"log":{"version":"1.2","creator":{"name":"x","version":"1"},"entries":[]}})")
            << QByteArray("cannot replay");
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, message);
        const QString file
            = path(QStringLiteral("bad-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        if (!content.isEmpty())
            QVERIFY(writeFile(file, content));
        const Run run = runCli({QStringLiteral("--replay"), file});
        QCOMPARE(run.exitCode, int(cli::ExitCaptureFile));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    /// A capture of a newer format version is refused, and says so.
    void newerFormatIsRefused()
    {
        const QString file = path(QStringLiteral("newer.jsonl"));
        const QByteArray header = QStringLiteral(R"({"type":"header","format":"%1","version":%2,"startedAtUs":%3})")
                                      .arg(QLatin1String(capture::FormatName))
                                      .arg(capture::FormatVersion + 1)
                                      .arg(kT0)
                                      .toUtf8();
        QVERIFY(writeFile(file, header + '\n'));
        const Run run = runCli({QStringLiteral("--replay"), file});
        QCOMPARE(run.exitCode, int(cli::ExitCaptureFile));
        QVERIFY2(run.err.contains("newer"), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--speed without --replay")
            << QStringList {QStringLiteral("--simulator"), QStringLiteral("--subscribe"), kSwaps,
                            QStringLiteral("--speed"), QStringLiteral("10")};
        QTest::newRow("unknown speed") << QStringList {QStringLiteral("--replay"), QStringLiteral("x"),
                                                       QStringLiteral("--speed"), QStringLiteral("2")};
        QTest::newRow("--replay with --simulator")
            << QStringList {QStringLiteral("--replay"), QStringLiteral("x"), QStringLiteral("--simulator")};
        QTest::newRow("--output har without --replay")
            << QStringList {QStringLiteral("--simulator"), QStringLiteral("--subscribe"), kSwaps,
                            QStringLiteral("--output"), QStringLiteral("har")};
        QTest::newRow("--record with --catalog")
            << QStringList {QStringLiteral("--simulator"), QStringLiteral("--catalog"), QStringLiteral("--record"),
                            QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, int(cli::ExitUsage));
    }

    /// --subscribe narrows the capture's subscriptions; one the capture does not have is a
    /// usage error that names what it has.
    void subscribeNarrowsTheReplay()
    {
        const Run run = runCli({QStringLiteral("--replay"), m_capturePath, QStringLiteral("--subscribe"),
                                QStringLiteral("svm.token.poolInfo:tokenAddress=") + kToken});
        QCOMPARE(run.exitCode, int(cli::ExitUsage));
        QVERIFY2(run.err.contains("svm.token.swaps"), run.err.constData());
        const Run narrowed = runCli({QStringLiteral("--replay"), m_capturePath, QStringLiteral("--subscribe"), kSwaps,
                                     QStringLiteral("--count"), QStringLiteral("2000")});
        QVERIFY2(narrowed.exitCode == 0, qPrintable(explain(narrowed)));
        QCOMPARE(narrowed.out, m_liveOut);
    }

    // ---- the replayer in process ------------------------------------------------------------

    /// 100 times the recorded pace: the replay waits for recorded times (it does not take the
    /// max-speed path) and cannot end before a hundredth of the capture's span has passed.
    void pacedReplayFollowsTheRecordedTimes()
    {
        constexpr qint64 spanUs = 2'000'000;
        ReplayRig rig(pacedCapture(40, spanUs), 100);
        QSignalSpy finished(&rig.replayer, &CaptureReplayer::finished);
        QElapsedTimer wall;
        wall.start();
        rig.replayer.start();
        QVERIFY(finished.wait(kWait));
        const qint64 elapsedUs = wall.nsecsElapsed() / 1000;
        QVERIFY2(elapsedUs >= spanUs / 100 - 1000, qPrintable(QString::number(elapsedUs)));
        QVERIFY(rig.replayer.counters().timerWaits > 0);
        QCOMPARE(rig.replayer.state(), CaptureReplayer::State::Finished);
        QCOMPARE(rig.events.size(), 40);
        QCOMPARE(rig.events.last().receivedAtUs, kT0 + spanUs);
        QCOMPARE(rig.replayer.counters().eventsDelivered, quint64(40));
        QCOMPARE(rig.replayer.counters().framesReplayed, quint64(42));

        // The same capture at max speed never waits.
        ReplayRig fast(pacedCapture(40, spanUs), CaptureReplayer::MaxSpeed);
        QSignalSpy fastFinished(&fast.replayer, &CaptureReplayer::finished);
        fast.replayer.start();
        QVERIFY(fastFinished.wait(kWait));
        QCOMPARE(fast.replayer.counters().timerWaits, quint64(0));
        QCOMPARE(fast.events.size(), 40);
    }

    /// Paused, nothing more is replayed however long the event loop runs, and the position
    /// stays; resumed, the replay goes on from there to the end, every event once.
    void pauseAndResume()
    {
        ReplayRig rig(pacedCapture(50, 10'000'000), 100);
        QSignalSpy progressed(&rig.replayer, &CaptureReplayer::progressed);
        QSignalSpy finished(&rig.replayer, &CaptureReplayer::finished);
        rig.replayer.start();
        QVERIFY(progressed.wait(kWait));
        rig.replayer.pause();
        QCOMPARE(rig.replayer.state(), CaptureReplayer::State::Paused);
        const CaptureReplayer::Counters paused = rig.replayer.counters();
        const qint64 position = rig.replayer.positionUs();
        QVERIFY(paused.framesReplayed < 52);
        // The events replayed so far were delivered at the pause, not left in a batch.
        QCOMPARE(quint64(rig.events.size()), paused.eventsDelivered);
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(rig.replayer.counters().framesReplayed, paused.framesReplayed);
        QCOMPARE(rig.replayer.positionUs(), position);
        QVERIFY(finished.isEmpty());

        rig.replayer.resume();
        QVERIFY(rig.replayer.positionUs() >= position);
        QVERIFY(finished.wait(kWait));
        QCOMPARE(rig.events.size(), 50);
        for (int i = 0; i < rig.events.size(); ++i)
            QCOMPARE(rig.events.at(i).seq, qint64(i + 1));
    }

    /// Seeking forward replays up to the position at once (paused stays paused); seeking back
    /// starts over from the beginning and says so.
    void seekForwardAndBack()
    {
        ReplayRig rig(pacedCapture(50, 10'000'000), 1);
        QSignalSpy restarted(&rig.replayer, &CaptureReplayer::restarted);
        QSignalSpy progressed(&rig.replayer, &CaptureReplayer::progressed);
        rig.replayer.start();
        rig.replayer.pause();
        rig.replayer.seek(kT0 + 5'000'000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.replayer.state(), CaptureReplayer::State::Paused, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(rig.replayer.positionUs(), kT0 + 5'000'000, kWait);
        QCOMPARE(rig.events.size(), 24); // events at or before the position: 2 + 9998000 * i / 50 <= 5000000
        QVERIFY(restarted.isEmpty());

        rig.replayer.seek(kT0 + 1'000'000);
        QCOMPARE(restarted.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.replayer.state(), CaptureReplayer::State::Paused, kWait);
        QCOMPARE(rig.replayer.positionUs(), kT0 + 1'000'000);
        QCOMPARE(rig.events.size(), 24 + 4);
        QCOMPARE(rig.replayer.counters().restarts, quint64(1));
    }

    /// A live session with a drop in the middle, recorded with the CLI's recording and replayed
    /// with the CLI's command: both halves print again, byte for byte.
    void captureWithReconnectReplaysBothHalves()
    {
        QNetworkAccessManager network;
        StreamClient live(&network);
        StreamClient::Options options;
        options.baseUrl = m_sim->baseUrl();
        options.apiKey = kApiKey;
        options.typedRows = false;
        live.setOptions(options);
        const QString file = path(QStringLiteral("reconnect.jsonl"));
        cli::CaptureRecording recording;
        QString error;
        QVERIFY2(recording.start(&live, file, CaptureTap::recordingHeader(true, options.baseUrl), &error),
                 qPrintable(error));

        QBuffer liveOut;
        QBuffer liveErr;
        QVERIFY(liveOut.open(QIODevice::WriteOnly));
        QVERIFY(liveErr.open(QIODevice::WriteOnly));
        cli::StreamCommandOptions commandOptions;
        commandOptions.subscriptions
            = {{QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), kToken}}}};
        commandOptions.eventOutput = &liveOut;
        commandOptions.diagnosticOutput = &liveErr;
        cli::StreamCommand command(&live, commandOptions);
        QSignalSpy liveFinished(&command, &cli::StreamCommand::finished);
        command.start();
        QTRY_VERIFY_WITH_TIMEOUT(liveOut.data().count('\n') >= 100, kWait);
        QVERIFY(m_sim->dropAllConnections() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(live.counters().reconnects, quint64(1), kWait);
        const qsizetype firstHalf = liveOut.data().count('\n');
        QTRY_VERIFY_WITH_TIMEOUT(liveOut.data().count('\n') >= firstHalf + 100, kWait);
        command.stop();
        QCOMPARE(liveFinished.size(), 1);
        live.disconnectFromService();
        QVERIFY2(recording.finish(&error), qPrintable(error));

        auto contents = capture::readCaptureFile(file, &error);
        QVERIFY2(contents.has_value(), qPrintable(error));
        int sessions = 0;
        for (const capture::CaptureEntry &entry : std::as_const(contents->capture.entries)) {
            const auto *http = std::get_if<capture::HttpEntry>(&entry);
            sessions += http && StreamClient::isSessionExchange(http->exchange) ? 1 : 0;
        }
        QCOMPARE(sessions, 2);
        QCOMPARE(CaptureReplayer::subscriptionsOf(contents->capture), commandOptions.subscriptions);

        QNetworkAccessManager replayNetwork;
        StreamClient replay(&replayNetwork);
        replay.setOptions(options);
        QVERIFY(replay.setReplayMode(true));
        QBuffer replayOut;
        QBuffer replayErr;
        QVERIFY(replayOut.open(QIODevice::WriteOnly));
        QVERIFY(replayErr.open(QIODevice::WriteOnly));
        CaptureReplayer replayer(&replay);
        commandOptions.eventOutput = &replayOut;
        commandOptions.diagnosticOutput = &replayErr;
        commandOptions.count = quint64(liveOut.data().count('\n'));
        commandOptions.clockUs = [&replayer] {
            return replayer.positionUs();
        };
        cli::StreamCommand replayCommand(&replay, commandOptions);
        QSignalSpy replayFinished(&replayCommand, &cli::StreamCommand::finished);
        connect(&replayer, &CaptureReplayer::finished, &replayCommand, [&] { replayCommand.stop(); });
        replayer.setCapture(std::move(contents->capture));
        replayCommand.start();
        replayer.start();
        QVERIFY(replayFinished.wait(kWait));
        QCOMPARE(replay.counters().reconnects, quint64(1));
        QCOMPARE(replayOut.data(), liveOut.data());
    }
};

QTEST_GUILESS_MAIN(tst_CaptureReplay)
#include "tst_capturereplay.moc"
