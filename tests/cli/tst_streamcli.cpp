// shuriken-stream as a user runs it: a real process, its stdout and stderr, its exit code.

#include "eventjsonline.h"
#include "fakeshurikenservice.h"
#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace shuriken;

namespace {

const QString kToken = QStringLiteral("So11111111111111111111111111111111111111112");

struct Run
{
    int exitCode = -1;
    QList<QByteArray> stdoutLines;
    QList<QByteArray> stderrLines;
};

/// Runs shuriken-stream to its end, or kills it after @p timeoutMs (exitCode stays -1).
Run runCli(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProgram(QStringLiteral(SHURIKEN_STREAM_PATH));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SHURIKEN_API_KEY"));
    process.setProcessEnvironment(environment);
    process.start();
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    // Wait with the event loop running: the test's own simulator must keep answering.
    QSignalSpy finished(&process, &QProcess::finished);
    if (finished.wait(timeoutMs)) {
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    } else {
        process.kill(); // what it printed until then still explains a failure
        process.waitForFinished();
    }
    run.stdoutLines = process.readAllStandardOutput().split('\n');
    run.stderrLines = process.readAllStandardError().split('\n');
    run.stdoutLines.removeAll(QByteArray());
    run.stderrLines.removeAll(QByteArray());
    return run;
}

/// Every line is one JSON object; the records, parsed.
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

QString explain(const Run &run)
{
    return QStringLiteral("exit code %1; stderr:\n").arg(run.exitCode) + QString::fromUtf8(run.stderrLines.join('\n'));
}

} // namespace

class tst_StreamCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedSimulatorPrintsExactlyCountLines()
    {
        const Run run = runCli({QStringLiteral("--simulator"), QStringLiteral("--subscribe"),
                                QStringLiteral("svm.token.swaps:tokenAddress=") + kToken, QStringLiteral("--count"),
                                QStringLiteral("100")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.stdoutLines.size(), 100);
        for (const QByteArray &line : run.stdoutLines) {
            QJsonParseError error;
            const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QCOMPARE(record.value(QStringLiteral("stream")).toString(), QStringLiteral("svm.token.swaps"));
            QVERIFY(record.value(QStringLiteral("receivedAtUs")).toInteger() > 0);
            QCOMPARE(record.value(QStringLiteral("payload")).toObject().value(QStringLiteral("tokenMint")).toString(),
                     kToken);
        }
        // Diagnostics are JSON Lines on stderr, the connected state among them.
        bool sawConnected = false;
        for (const QByteArray &line : run.stderrLines) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            QVERIFY2(!record.isEmpty(), line.constData());
            sawConnected |= record.value(QStringLiteral("state")).toString() == QLatin1String("Connected");
        }
        QVERIFY(sawConnected);
    }

    void quietPrintsOnlyTheSummary()
    {
        const Run run = runCli({QStringLiteral("--simulator"), QStringLiteral("--quiet"), QStringLiteral("--subscribe"),
                                QStringLiteral("svm.token.swaps:tokenAddress=") + kToken, QStringLiteral("--count"),
                                QStringLiteral("20")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.stdoutLines.size(), 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.stdoutLines.first()).object();
        QCOMPARE(summary.value(QStringLiteral("type")).toString(), QStringLiteral("summary"));
        QCOMPARE(summary.value(QStringLiteral("events")).toInteger(), 20);
        QCOMPARE(summary.value(QStringLiteral("gaps")).toInteger(), 0);
    }

    void wrongKeyExitsWithAuthenticationCode()
    {
        sim::SimulatorConfig config;
        config.apiKey = QStringLiteral("sk_right_key_12345678");
        sim::SimulatorServer simulator(config);
        QVERIFY(simulator.start());
        const Run run = runCli({QStringLiteral("--base-url"), simulator.baseUrl().toString(),
                                QStringLiteral("--api-key"), QStringLiteral("sk_wrong_key_87654321"),
                                QStringLiteral("--subscribe"), QStringLiteral("svm.token.swaps:tokenAddress=") + kToken,
                                QStringLiteral("--count"), QStringLiteral("10")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.stdoutLines.isEmpty());
        const QByteArray diagnostics = run.stderrLines.join('\n');
        QVERIFY2(diagnostics.contains("401"), diagnostics.constData());
        QVERIFY(!diagnostics.contains("sk_wrong_key_87654321"));
    }

    // ---- JSON Lines: one record per line, whatever the payload's whitespace ----------------

    void eventRecordIsOneLine_data()
    {
        QTest::addColumn<QByteArray>("payload");
        // What follows "payload": in the record, up to the record's closing brace.
        QTest::addColumn<QByteArray>("written");

        QTest::newRow("compact object, exact") << QByteArray("{\"seq\":1,\"big\":18446744073709551615,\"s\":\"a b\"}")
                                               << QByteArray("{\"seq\":1,\"big\":18446744073709551615,\"s\":\"a b\"}");
        QTest::newRow("spaces on one line, exact")
            << QByteArray(" {\"a\": 1, \"b\": [1, 2.50, -0e+3]} ") << QByteArray("{\"a\": 1, \"b\": [1, 2.50, -0e+3]}");
        QTest::newRow("pretty-printed") << QByteArray("{\n  \"a\": 1,\n  \"s\": \"x  y\",\n  \"o\": {}\n}\n")
                                        << QByteArray("{\"a\":1,\"s\":\"x  y\",\"o\":{}}");
        QTest::newRow("CRLF and tabs") << QByteArray("{\r\n\t\"a\" : [ 1 ,\t2 ]\r\n}\r\n")
                                       << QByteArray("{\"a\":[1,2]}");
        QTest::newRow("escapes and separators in strings")
            << QByteArray("{\n  \"q\": \"a \\\" \\\\\",\n  \"n\": \"two\\nlines\\r\\u2028\",\n  \"u\": \"\xe2\x80\xa8 "
                          "\xe2\x80\xa9\"\n}")
            << QByteArray(
                   "{\"q\":\"a \\\" \\\\\",\"n\":\"two\\nlines\\r\\u2028\",\"u\":\"\xe2\x80\xa8 \xe2\x80\xa9\"}");
        QTest::newRow("64-bit integers exact")
            << QByteArray(
                   "{\n  \"u\": 18446744073709551615,\n  \"i\": -9223372036854775808,\n  \"f\": 1.0000000000000002\n}")
            << QByteArray("{\"u\":18446744073709551615,\"i\":-9223372036854775808,\"f\":1.0000000000000002}");
        QTest::newRow("not JSON, with line breaks: a string")
            << QByteArray("not json\r\n{\n") << QByteArray("\"not json\\r\\n{\\n\"");
        QTest::newRow("not an object: a string") << QByteArray("[1,\n 2]") << QByteArray("\"[1,\\n 2]\"");
    }

    void eventRecordIsOneLine()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, written);
        const StreamEvent event = StreamEvent::fromFrame(QStringLiteral("test.stream"), QStringLiteral("test-channel"),
                                                         QStringLiteral("update"), payload);
        QByteArray line = "previous\n"; // appended to, not replaced
        cli::appendEventJsonLine(line, event);
        QVERIFY(line.startsWith("previous\n"));
        line.remove(0, 9);

        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.endsWith('\n'));
        QVERIFY2(!line.contains('\r'), line.constData());
        QVERIFY2(line.endsWith(QByteArray(",\"payload\":" + written + "}\n")), line.constData());
        QJsonParseError error;
        const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(record.value(QStringLiteral("stream")).toString(), QStringLiteral("test.stream"));
        QCOMPARE(record.value(QStringLiteral("receivedAtUs")).toInteger(), event.receivedAtUs);
        if (event.parseError.isEmpty())
            QCOMPARE(record.value(QStringLiteral("payload")).toObject(), QJsonDocument::fromJson(payload).object());
        else
            QCOMPARE(record.value(QStringLiteral("payload")).toString().toUtf8(), payload);
    }

    /// The same end to end: a server whose payloads span lines, shuriken-stream's real stdout.
    void prettyPrintedPayloadsOverTheWire()
    {
        FakeShurikenService service;
        QVERIFY(service.listen());
        const QString stream = QStringLiteral("test.pretty");
        const QString channel = FakeShurikenService::channelFor(stream);
        const QString event = FakeShurikenService::eventName();
        FakeShurikenService::Answer answer;
        // `data` as a JSON-encoded string, as Pusher servers send it.
        answer.frames.append(pusher::encodeChannelEvent(
            channel, event, "{\n  \"seq\": 1,\n  \"big\": 18446744073709551615,\n  \"text\": \"two\\nlines\"\n}\n"));
        answer.frames.append(
            pusher::encodeChannelEvent(channel, event, "{\r\n\t\"seq\": 2,\r\n\t\"list\": [\r\n\t\t1\r\n\t]\r\n}"));
        // `data` as an object spanning lines (some servers do not encode it).
        answer.frames.append("{\"event\":\"update\",\"channel\":\"" + channel.toUtf8()
                             + "\",\"data\":{\n  \"seq\": 3\n}\n}");
        // Not JSON at all: the payload goes out as a string.
        answer.frames.append(pusher::encodeChannelEvent(channel, event, "not json\nat all"));
        service.setAnswer(stream, answer);

        const Run run = runCli({QStringLiteral("--base-url"), service.baseUrl().toString(), QStringLiteral("--api-key"),
                                QStringLiteral("sk_test_key_12345678"), QStringLiteral("--subscribe"), stream,
                                QStringLiteral("--count"), QStringLiteral("4")},
                               20000);
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QCOMPARE(run.stdoutLines.size(), 4);
        const QList<QJsonObject> records = parseLines(run.stdoutLines);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).value(QStringLiteral("payload")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("two\nlines"));
        QVERIFY2(run.stdoutLines.at(0).contains("\"big\":18446744073709551615"), run.stdoutLines.at(0).constData());
        QCOMPARE(records.at(1).value(QStringLiteral("payload")).toObject().value(QStringLiteral("seq")).toInt(), 2);
        QCOMPARE(records.at(2).value(QStringLiteral("payload")).toObject().value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(records.at(3).value(QStringLiteral("payload")).toString(), QStringLiteral("not json\nat all"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no key, no simulator")
            << QStringList {QStringLiteral("--subscribe"), QStringLiteral("svm.bondingCurve.creations")};
        QTest::newRow("bad filter") << QStringList {QStringLiteral("--simulator"), QStringLiteral("--subscribe"),
                                                    QStringLiteral("svm.token.swaps:tokenAddress")};
        QTest::newRow("bad count") << QStringList {QStringLiteral("--simulator"), QStringLiteral("--count"),
                                                   QStringLiteral("many"), QStringLiteral("--subscribe"),
                                                   QStringLiteral("svm.bondingCurve.creations")};
        QTest::newRow("bad output") << QStringList {QStringLiteral("--simulator"), QStringLiteral("--output"),
                                                    QStringLiteral("xml"), QStringLiteral("--subscribe"),
                                                    QStringLiteral("svm.bondingCurve.creations")};
        QTest::newRow("nothing to do") << QStringList {QStringLiteral("--simulator")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
    }

    void catalogFromTheSimulator()
    {
        const Run run = runCli({QStringLiteral("--simulator"), QStringLiteral("--catalog")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.stdoutLines.size(), 22); // the heading and 21 streams
        QVERIFY(run.stdoutLines.first().contains("from the server"));
    }
};

QTEST_GUILESS_MAIN(tst_StreamCli)
#include "tst_streamcli.moc"
