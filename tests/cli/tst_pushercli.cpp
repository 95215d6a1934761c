// shuriken-stream --pusher-key ... --channel ... as a user runs it: a real process against an
// in-process simulator in generic Pusher mode on 127.0.0.1, its stdout, stderr and exit code.

#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace shuriken;

namespace {

// Never printed by a correct run; a test fails if it shows up in any output.
const QString kSecret = QStringLiteral("sim-app-secret-0123456789abcdef");
const QString kCsrfToken = QStringLiteral("csrf-7f3a9c1e5b");
const QString kHeaderSecret = QStringLiteral("tok-9d8c7b6a5f4e3d2c");

struct Run
{
    int exitCode = -1;
    QList<QByteArray> stdoutLines;
    QList<QByteArray> stderrLines;
};

/// shuriken-stream as a process, started at once; finish() waits for its end (or kills it).
class CliProcess
{
public:
    explicit CliProcess(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(SHURIKEN_STREAM_PATH));
        m_process.setArguments(arguments);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"SHURIKEN_API_KEY", "PUSHER_APP_SECRET", "PUSHER_ENCRYPTION_MASTER_KEY"})
            environment.remove(QString::fromLatin1(name));
        m_process.setProcessEnvironment(environment);
        m_finished = std::make_unique<QSignalSpy>(&m_process, &QProcess::finished);
        m_process.start();
        m_started = m_process.waitForStarted(10000);
    }

    bool started() const { return m_started; }

    /// Waits with the event loop running (the test's simulator must keep answering).
    Run finish(int timeoutMs = 60000)
    {
        Run run;
        if (!m_started)
            return run;
        if (!m_finished->isEmpty() || m_finished->wait(timeoutMs)) {
            run.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        } else {
            m_process.kill(); // what it printed until then still explains a failure
            m_process.waitForFinished();
        }
        run.stdoutLines = m_process.readAllStandardOutput().split('\n');
        run.stderrLines = m_process.readAllStandardError().split('\n');
        run.stdoutLines.removeAll(QByteArray());
        run.stderrLines.removeAll(QByteArray());
        return run;
    }

private:
    QProcess m_process;
    std::unique_ptr<QSignalSpy> m_finished;
    bool m_started = false;
};

Run runCli(const QStringList &arguments)
{
    CliProcess process(arguments);
    return process.finish();
}

QList<QJsonObject> parseLines(const QList<QByteArray> &lines)
{
    QList<QJsonObject> records;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not one JSON object: %s", line.constData());
            return {};
        }
        records.append(document.object());
    }
    return records;
}

/// The diagnostic records of @p type (stderr).
QList<QJsonObject> recordsOfType(const Run &run, const QString &type)
{
    QList<QJsonObject> records;
    for (const QJsonObject &record : parseLines(run.stderrLines)) {
        if (record.value(QStringLiteral("type")).toString() == type)
            records.append(record);
    }
    return records;
}

/// The exit code and the last diagnostics but log records (QTest cuts long messages short).
QString explain(const Run &run)
{
    QList<QByteArray> diagnostics;
    for (const QByteArray &line : run.stderrLines) {
        if (!line.startsWith("{\"type\":\"log\""))
            diagnostics.append(line.left(400));
    }
    return QStringLiteral("exit code %1; stdout %2 lines; last diagnostics:\n")
               .arg(run.exitCode)
               .arg(run.stdoutLines.size())
        + QString::fromUtf8(diagnostics.mid(qMax(0, int(diagnostics.size()) - 4)).join('\n'));
}

bool everyOutputLacks(const Run &run, const QString &text)
{
    const QByteArray needle = text.toUtf8();
    return !run.stdoutLines.join('\n').contains(needle) && !run.stderrLines.join('\n').contains(needle);
}

sim::SimulatorConfig genericPusher(sim::SimulatorConfig config)
{
    config.genericPusher = true;
    return config;
}

/// The simulator in generic Pusher mode on 127.0.0.1, and the options that reach it.
struct PusherServer
{
    explicit PusherServer(const sim::SimulatorConfig &config = {})
        : server(genericPusher(config))
        , subscribed(&server, &sim::SimulatorServer::channelSubscribed)
        , rest(&server, &sim::SimulatorServer::restRequestHandled)
    { }

    bool start() { return server.start(); }

    QString url(const QString &path) const { return server.baseUrl().resolved(QUrl(path)).toString(); }

    /// --pusher-key ... --ws-host 127.0.0.1 --ws-port <port>, then @p more.
    QStringList arguments(const QStringList &more) const
    {
        return QStringList {QStringLiteral("--pusher-key"), server.config().effectiveAppKey(),
                            QStringLiteral("--ws-host"),    QStringLiteral("127.0.0.1"),
                            QStringLiteral("--ws-port"),    QString::number(server.port())}
        + more;
    }

    /// How many subscriptions to @p channel succeeded so far.
    int subscriptionsTo(const QString &channel) const
    {
        int count = 0;
        for (const QList<QVariant> &signal : subscribed) {
            if (signal.at(1).toString() == channel)
                ++count;
        }
        return count;
    }

    /// How many requests to @p path were answered so far.
    int requestsTo(const QString &path) const
    {
        int count = 0;
        for (const QList<QVariant> &signal : rest) {
            if (signal.at(1).toString() == path)
                ++count;
        }
        return count;
    }

    sim::SimulatorServer server;
    QSignalSpy subscribed;
    QSignalSpy rest;
};

/// Checks one event record: exactly {receivedAt, channel, event, data} in that order, data the
/// JSON text as triggered.
void verifyEventLine(const QByteArray &line, const QString &channel, const QString &event, const QByteArray &data)
{
    const QByteArray tail
        = ",\"channel\":\"" + channel.toUtf8() + "\",\"event\":\"" + event.toUtf8() + "\",\"data\":" + data + "}";
    QVERIFY2(line.startsWith("{\"receivedAt\":\"") && line.endsWith(tail), line.constData());
    const QJsonObject record = QJsonDocument::fromJson(line).object();
    QCOMPARE(record.keys(),
             (QStringList {QStringLiteral("channel"), QStringLiteral("data"), QStringLiteral("event"),
                           QStringLiteral("receivedAt")}));
    QVERIFY2(record.value(QStringLiteral("receivedAt")).toString().endsWith(u'Z'), line.constData());
}

} // namespace

class tst_PusherCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicChannelPrintsTriggeredEvents()
    {
        PusherServer pusher;
        QVERIFY(pusher.start());
        CliProcess cli(pusher.arguments(
            {QStringLiteral("--channel"), QStringLiteral("orders"), QStringLiteral("--count"), QStringLiteral("4")}));
        QVERIFY(cli.started());
        QTRY_COMPARE_WITH_TIMEOUT(pusher.subscriptionsTo(QStringLiteral("orders")), 1, 30000);

        QCOMPARE(pusher.server.trigger(QStringLiteral("orders"), QStringLiteral("order-placed"),
                                       QByteArrayLiteral("{\"id\":1,\"total\":9.5,\"items\":[\"a\",\"b\"]}")),
                 1);
        QCOMPARE(pusher.server.trigger(QStringLiteral("orders"), QStringLiteral("App\\Events\\OrderShipped"),
                                       QByteArrayLiteral("[1,2,3]")),
                 1);
        QCOMPARE(pusher.server.trigger(QStringLiteral("orders"), QStringLiteral("note"),
                                       QByteArrayLiteral("plain text, not JSON")),
                 1);
        QCOMPARE(pusher.server.trigger(QStringLiteral("orders"), QStringLiteral("count"),
                                       QByteArrayLiteral(" 12345678901234567890 ")),
                 1);
        const Run run = cli.finish();
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QCOMPARE(run.stdoutLines.size(), 4);
        verifyEventLine(run.stdoutLines.at(0), QStringLiteral("orders"), QStringLiteral("order-placed"),
                        QByteArrayLiteral("{\"id\":1,\"total\":9.5,\"items\":[\"a\",\"b\"]}"));
        verifyEventLine(run.stdoutLines.at(1), QStringLiteral("orders"),
                        QStringLiteral("App\\\\Events\\\\OrderShipped"), QByteArrayLiteral("[1,2,3]"));
        // Data that is not JSON is valid Pusher data: a JSON string of its text.
        verifyEventLine(run.stdoutLines.at(2), QStringLiteral("orders"), QStringLiteral("note"),
                        QByteArrayLiteral("\"plain text, not JSON\""));
        // A scalar is JSON too, written with every digit.
        verifyEventLine(run.stdoutLines.at(3), QStringLiteral("orders"), QStringLiteral("count"),
                        QByteArrayLiteral("12345678901234567890"));
        QCOMPARE(QJsonDocument::fromJson(run.stdoutLines.at(0))
                     .object()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("total")),
                 QJsonValue(9.5));

        // Diagnostics are JSON Lines; the connection reached Connected.
        const QList<QJsonObject> diagnostics = parseLines(run.stderrLines);
        QCOMPARE(diagnostics.size(), run.stderrLines.size());
        bool connected = false;
        for (const QJsonObject &record : recordsOfType(run, QStringLiteral("state")))
            connected |= record.value(QStringLiteral("state")).toString() == QLatin1String("Connected");
        QVERIFY2(connected, qPrintable(explain(run)));
    }

    void privateChannel_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("authPath"); // the endpoint asked, or empty when signed here
        QTest::addColumn<QByteArray>("csrfToken");

        QTest::newRow("auth endpoint") << QStringList {QStringLiteral("--auth-endpoint"),
                                                       QStringLiteral("/pusher/auth")}
                                       << QStringLiteral("/pusher/auth") << QByteArray();
        // Laravel: the session's CSRF token in a header, and extra form fields.
        QTest::newRow("Laravel route with CSRF header")
            << QStringList {QStringLiteral("--auth-endpoint"), QStringLiteral("/broadcasting/auth"),
                            QStringLiteral("--auth-header"),   QStringLiteral("X-CSRF-TOKEN: ") + kCsrfToken,
                            QStringLiteral("--auth-header"),   QStringLiteral("Authorization: Bearer ") + kHeaderSecret,
                            QStringLiteral("--auth-param"),    QStringLiteral("tenant=acme")}
            << QStringLiteral("/broadcasting/auth") << kCsrfToken.toUtf8();
        QTest::newRow("signed here with the app secret")
            << QStringList {QStringLiteral("--app-id"), QStringLiteral("sim-app-id"), QStringLiteral("--app-secret"),
                            kSecret}
            << QString() << QByteArray();
    }

    void privateChannel()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, authPath);
        QFETCH(QByteArray, csrfToken);

        sim::SimulatorConfig config;
        config.csrfToken = csrfToken;
        PusherServer pusher(config);
        QVERIFY(pusher.start());
        if (options.first() == QLatin1String("--auth-endpoint"))
            options[1] = pusher.url(options[1]);
        const QString channel = QStringLiteral("private-orders.42");
        CliProcess cli(pusher.arguments(
            options
            + QStringList {QStringLiteral("--channel"), channel, QStringLiteral("--count"), QStringLiteral("1")}));
        QVERIFY(cli.started());
        QTRY_COMPARE_WITH_TIMEOUT(pusher.subscriptionsTo(channel), 1, 30000);
        QCOMPARE(pusher.server.trigger(channel, QStringLiteral("order-paid"), QByteArrayLiteral("{\"id\":42}")), 1);
        const Run run = cli.finish();
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QCOMPARE(run.stdoutLines.size(), 1);
        verifyEventLine(run.stdoutLines.first(), channel, QStringLiteral("order-paid"),
                        QByteArrayLiteral("{\"id\":42}"));

        if (authPath.isEmpty()) {
            // Signed here: no authorization endpoint was asked.
            QCOMPARE(pusher.requestsTo(QStringLiteral("/pusher/auth")), 0);
            QCOMPARE(pusher.requestsTo(QStringLiteral("/broadcasting/auth")), 0);
        } else {
            QCOMPARE(pusher.requestsTo(authPath), 1);
        }
        QVERIFY(everyOutputLacks(run, kSecret));
        QVERIFY(everyOutputLacks(run, kHeaderSecret));
        QVERIFY(everyOutputLacks(run, kCsrfToken));
    }

    void laravelRouteWithoutCsrfTokenIsExplained()
    {
        sim::SimulatorConfig config;
        config.csrfToken = kCsrfToken.toUtf8();
        PusherServer pusher(config);
        QVERIFY(pusher.start());
        const Run run = runCli(
            pusher.arguments({QStringLiteral("--auth-endpoint"), pusher.url(QStringLiteral("/broadcasting/auth")),
                              QStringLiteral("--channel"), QStringLiteral("private-orders")}));
        // 419 is no authorization refusal: the subscription fails for good, the run with it.
        QVERIFY2(run.exitCode == 4, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        const QByteArray diagnostics = run.stderrLines.join('\n');
        QVERIFY2(diagnostics.contains("419") && diagnostics.contains("CSRF"), qPrintable(explain(run)));
        QVERIFY(recordsOfType(run, QStringLiteral("fatal")).size() == 1);
    }

    void refusedChannelExitsWithAuthorizationCode()
    {
        // The backend's authorization callback says no: 403, exit code 3.
        sim::SimulatorConfig config;
        config.forbiddenChannelPrefixes = {QStringLiteral("private-admin")};
        PusherServer pusher(config);
        QVERIFY(pusher.start());
        const Run run
            = runCli(pusher.arguments({QStringLiteral("--auth-endpoint"), pusher.url(QStringLiteral("/pusher/auth")),
                                       QStringLiteral("--channel"), QStringLiteral("private-admin.audit")}));
        QVERIFY2(run.exitCode == 3, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        const QByteArray diagnostics = run.stderrLines.join('\n');
        QVERIFY2(diagnostics.contains("403") && diagnostics.contains("routes/channels.php"), qPrintable(explain(run)));
    }

    void presenceChannelPrintsMembers_data()
    {
        QTest::addColumn<bool>("signHere");
        QTest::newRow("auth endpoint") << false;
        QTest::newRow("signed here") << true;
    }

    void presenceChannelPrintsMembers()
    {
        QFETCH(bool, signHere);
        PusherServer pusher;
        QVERIFY(pusher.start());
        const QString channel = QStringLiteral("presence-room.1");
        // The auth endpoint takes the member's id from user_id (as a backend takes it from its
        // session); signed here it comes from --user-id and --user-info.
        const auto member = [&](const QString &id) {
            QStringList options = signHere
                ? QStringList {QStringLiteral("--app-secret"), kSecret,
                               QStringLiteral("--user-id"),    id,
                               QStringLiteral("--user-info"),  QStringLiteral("{\"name\":\"%1\"}").arg(id.toUpper())}
                : QStringList {QStringLiteral("--auth-endpoint"), pusher.url(QStringLiteral("/pusher/auth")),
                               QStringLiteral("--auth-param"), QStringLiteral("user_id=") + id};
            return pusher.arguments(
                options
                + QStringList {QStringLiteral("--channel"), channel, QStringLiteral("--count"), QStringLiteral("1")});
        };
        CliProcess alice(member(QStringLiteral("alice")));
        QVERIFY(alice.started());
        QTRY_COMPARE_WITH_TIMEOUT(pusher.subscriptionsTo(channel), 1, 30000);
        CliProcess bob(member(QStringLiteral("bob")));
        QVERIFY(bob.started());
        QTRY_COMPARE_WITH_TIMEOUT(pusher.subscriptionsTo(channel), 2, 30000);
        // After member_added went to alice's connection: the event ends both runs.
        QCOMPARE(pusher.server.trigger(channel, QStringLiteral("ping"), QByteArrayLiteral("{}")), 2);
        const Run aliceRun = alice.finish();
        const Run bobRun = bob.finish();
        QVERIFY2(aliceRun.exitCode == 0, qPrintable(explain(aliceRun)));
        QVERIFY2(bobRun.exitCode == 0, qPrintable(explain(bobRun)));
        QCOMPARE(aliceRun.stdoutLines.size(), 1);
        QCOMPARE(bobRun.stdoutLines.size(), 1);

        // Alice: herself present, then bob added.
        const QList<QJsonObject> aliceMembers = recordsOfType(aliceRun, QStringLiteral("member"));
        // (Whoever finishes first leaves the channel: the other may print its removal last.)
        QVERIFY2(aliceMembers.size() >= 2, qPrintable(explain(aliceRun)));
        QCOMPARE(aliceMembers.at(0).value(QStringLiteral("channel")).toString(), channel);
        QCOMPARE(aliceMembers.at(0).value(QStringLiteral("change")).toString(), QStringLiteral("present"));
        QCOMPARE(aliceMembers.at(0).value(QStringLiteral("userId")).toString(), QStringLiteral("alice"));
        QCOMPARE(aliceMembers.at(0).value(QStringLiteral("self")).toBool(), true);
        QCOMPARE(aliceMembers.at(0).value(QStringLiteral("members")).toInt(), 1);
        QCOMPARE(aliceMembers.at(1).value(QStringLiteral("change")).toString(), QStringLiteral("added"));
        QCOMPARE(aliceMembers.at(1).value(QStringLiteral("userId")).toString(), QStringLiteral("bob"));
        QVERIFY(!aliceMembers.at(1).contains(QStringLiteral("self")));
        QCOMPARE(aliceMembers.at(1).value(QStringLiteral("members")).toInt(), 2);
        if (signHere) {
            QCOMPARE(aliceMembers.at(1).value(QStringLiteral("userInfo")).toObject().value(QStringLiteral("name")),
                     QJsonValue(QStringLiteral("BOB")));
        }

        // Bob: both present on joining.
        QStringList present;
        for (const QJsonObject &record : recordsOfType(bobRun, QStringLiteral("member"))) {
            if (record.value(QStringLiteral("change")).toString() == QLatin1String("present"))
                present.append(record.value(QStringLiteral("userId")).toString());
            else
                QCOMPARE(record.value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
        }
        present.sort();
        QCOMPARE(present, (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(everyOutputLacks(aliceRun, kSecret));
        QVERIFY(everyOutputLacks(bobRun, kSecret));
    }

    void encryptedChannelIsDecrypted_data()
    {
        QTest::addColumn<bool>("signHere");
        QTest::newRow("shared secret from the auth endpoint") << false;
        QTest::newRow("signed here with the master key") << true;
    }

    void encryptedChannelIsDecrypted()
    {
        QFETCH(bool, signHere);
        PusherServer pusher;
        QVERIFY(pusher.start());
        const QString channel = QStringLiteral("private-encrypted-ledger");
        const QString masterKey = QString::fromLatin1(pusher.server.config().encryptionMasterKey.toBase64());
        const QStringList options = signHere
            ? QStringList {QStringLiteral("--app-secret"), kSecret, QStringLiteral("--encryption-master-key"),
                           masterKey}
            : QStringList {QStringLiteral("--auth-endpoint"), pusher.url(QStringLiteral("/pusher/auth"))};
        CliProcess cli(pusher.arguments(
            options
            + QStringList {QStringLiteral("--channel"), channel, QStringLiteral("--count"), QStringLiteral("2")}));
        QVERIFY(cli.started());
        QTRY_COMPARE_WITH_TIMEOUT(pusher.subscriptionsTo(channel), 1, 30000);
        // The simulator seals the data as a server library does; the client opens it.
        QCOMPARE(pusher.server.trigger(channel, QStringLiteral("balance"), QByteArrayLiteral("{\"amount\":\"12.50\"}")),
                 1);
        QCOMPARE(pusher.server.trigger(channel, QStringLiteral("balance"), QByteArrayLiteral("{\"amount\":\"0\"}")), 1);
        const Run run = cli.finish();
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QCOMPARE(run.stdoutLines.size(), 2);
        verifyEventLine(run.stdoutLines.at(0), channel, QStringLiteral("balance"),
                        QByteArrayLiteral("{\"amount\":\"12.50\"}"));
        verifyEventLine(run.stdoutLines.at(1), channel, QStringLiteral("balance"),
                        QByteArrayLiteral("{\"amount\":\"0\"}"));
        QVERIFY2(recordsOfType(run, QStringLiteral("error")).isEmpty(), qPrintable(explain(run)));
        QVERIFY(everyOutputLacks(run, kSecret));
        QVERIFY(everyOutputLacks(run, masterKey));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message"); // a part of the usage message

        const QStringList server {QStringLiteral("--pusher-key"), QStringLiteral("app-key"),
                                  QStringLiteral("--ws-host"),    QStringLiteral("127.0.0.1"),
                                  QStringLiteral("--ws-port"),    QStringLiteral("9")};
        const QStringList secret {QStringLiteral("--app-secret"), kSecret};
        const QStringList channel {QStringLiteral("--channel"), QStringLiteral("orders")};
        QTest::newRow("no --channel") << server + secret << QStringLiteral("--channel");
        QTest::newRow("--cluster and --ws-host")
            << server + QStringList {QStringLiteral("--cluster"), QStringLiteral("eu")} + secret + channel
            << QStringLiteral("either --cluster");
        QTest::newRow("neither --cluster nor --ws-host")
            << QStringList {QStringLiteral("--pusher-key"), QStringLiteral("app-key")} + secret + channel
            << QStringLiteral("either --cluster");
        QTest::newRow("invalid channel name")
            << server + secret + QStringList {QStringLiteral("--channel"), QStringLiteral("orders and more!")}
            << QStringLiteral("not a valid channel name");
        QTest::newRow("private channel without endpoint or secret")
            << server + QStringList {QStringLiteral("--channel"), QStringLiteral("private-orders")}
            << QStringLiteral("--auth-endpoint or --app-secret");
        QTest::newRow("presence channel without endpoint or secret")
            << server + channel + QStringList {QStringLiteral("--channel"), QStringLiteral("presence-room")}
            << QStringLiteral("--auth-endpoint or --app-secret");
        QTest::newRow("--auth-header without colon") << server + secret + channel
                + QStringList {QStringLiteral("--auth-header"), QStringLiteral("Authorization Bearer ") + kHeaderSecret}
                                                     << QStringLiteral("--auth-header");
        QTest::newRow("--auth-header without name") << server + secret + channel
                + QStringList {QStringLiteral("--auth-header"), QStringLiteral(": ") + kHeaderSecret}
                                                    << QStringLiteral("--auth-header");
        QTest::newRow("--ws-port out of range")
            << QStringList {QStringLiteral("--pusher-key"), QStringLiteral("app-key"),   QStringLiteral("--ws-host"),
                            QStringLiteral("127.0.0.1"),    QStringLiteral("--ws-port"), QStringLiteral("70000")}
                + secret + channel
            << QStringLiteral("--ws-port");
        QTest::newRow("short encryption master key") << server + secret + channel
                + QStringList {QStringLiteral("--encryption-master-key"), QStringLiteral("c2hvcnQ=")}
                                                     << QStringLiteral("--encryption-master-key");
        QTest::newRow("Ably key with its secret")
            << QStringList {QStringLiteral("--pusher-key"), QStringLiteral("appid.keyid:") + kSecret,
                            QStringLiteral("--ws-host"), QStringLiteral("realtime-pusher.ably.io"),
                            QStringLiteral("--tls")}
                + channel
            << QStringLiteral("before the colon");
        QTest::newRow("Shuriken option with --channel")
            << server + channel + QStringList {QStringLiteral("--subscribe"), QStringLiteral("svm.token.swaps")}
            << QStringLiteral("--subscribe");
        QTest::newRow("--simulator with a server")
            << QStringList {QStringLiteral("--simulator")} + secret + channel << QStringLiteral("--app-secret");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        const QString diagnostics = QString::fromUtf8(run.stderrLines.join('\n'));
        QVERIFY2(diagnostics.contains(message), qPrintable(diagnostics));
        QVERIFY2(everyOutputLacks(run, kSecret), qPrintable(diagnostics));
        QVERIFY2(everyOutputLacks(run, kHeaderSecret), qPrintable(diagnostics));
    }

    void wrongAppKeyIsExplained()
    {
        PusherServer pusher;
        QVERIFY(pusher.start());
        QStringList arguments
            = pusher.arguments({QStringLiteral("--app-secret"), kSecret, QStringLiteral("--channel"),
                                QStringLiteral("private-orders"), QStringLiteral("--count"), QStringLiteral("1")});
        arguments[1] = QStringLiteral("not-the-app-key");
        const Run run = runCli(arguments);
        // Refused for good at once (pusher-js does not retry 4000-4099 either).
        QVERIFY2(run.exitCode == 4, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        bool explained = false;
        for (const QJsonObject &record : recordsOfType(run, QStringLiteral("error"))) {
            const QString text = record.value(QStringLiteral("message")).toString();
            explained |= text.contains(QLatin1String("4001")) && text.contains(QLatin1String("app key"))
                && text.contains(QLatin1String("cluster"));
        }
        QVERIFY2(explained, qPrintable(explain(run)));
        QCOMPARE(recordsOfType(run, QStringLiteral("fatal")).size(), 1);
        QVERIFY(everyOutputLacks(run, kSecret));
    }

    void embeddedSimulatorPusherMode()
    {
        // No server given: --simulator --channel runs the embedded simulator in its Pusher mode
        // and authorizes through its /pusher/auth; the own member shows on a presence channel.
        const Run run = runCli({QStringLiteral("--simulator"), QStringLiteral("--channel"),
                                QStringLiteral("presence-lobby"), QStringLiteral("--duration"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty()); // nothing is triggered
        const QList<QJsonObject> members = recordsOfType(run, QStringLiteral("member"));
        QVERIFY2(members.size() == 1, qPrintable(explain(run)));
        QCOMPARE(members.first().value(QStringLiteral("channel")).toString(), QStringLiteral("presence-lobby"));
        QCOMPARE(members.first().value(QStringLiteral("self")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(tst_PusherCli)
#include "tst_pushercli.moc"
