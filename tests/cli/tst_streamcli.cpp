// shuriken-stream as a user runs it: a real process, its stdout and stderr, its exit code.

#include "eventjsonline.h"
#include "eventrowbuilder.h"
#include "fakeshurikenservice.h"
#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
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

/// The `fatal` record among the diagnostics; empty if there is none.
QJsonObject fatalRecord(const QList<QByteArray> &stderrLines)
{
    for (const QJsonObject &record : parseLines(stderrLines)) {
        if (record.value(QStringLiteral("type")).toString() == QLatin1String("fatal"))
            return record;
    }
    return {};
}

/// The exit code and the last diagnostics but log records (QTest cuts long messages short).
QString explain(const Run &run)
{
    QList<QByteArray> diagnostics;
    for (const QByteArray &line : run.stderrLines) {
        if (!line.startsWith("{\"type\":\"log\""))
            diagnostics.append(line.left(300));
    }
    return QStringLiteral("exit code %1; last diagnostics:\n").arg(run.exitCode)
        + QString::fromUtf8(diagnostics.mid(qMax(0, int(diagnostics.size()) - 3)).join('\n'));
}

/// stderr without the log records (the tests turn debug logging on).
QList<QByteArray> diagnosticsButLogs(const Run &run)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : run.stderrLines) {
        if (!line.startsWith("{\"type\":\"log\""))
            lines.append(line);
    }
    return lines;
}

/// A subscription_error `data`: {"type", "error"[, "status"]}.
QByteArray refusal(const QString &error, std::optional<int> status)
{
    QJsonObject data {{QStringLiteral("type"), QStringLiteral("AuthError")}, {QStringLiteral("error"), error}};
    if (status)
        data.insert(QStringLiteral("status"), *status);
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
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
        EventRowBuilder builder;
        const StreamEvent event = StreamEvent::fromFrame(QStringLiteral("test.stream"), QStringLiteral("test-channel"),
                                                         QStringLiteral("update"), payload, builder);
        QByteArray line = "previous\n"; // appended to, not replaced
        appendEventJsonLine(line, event);
        QVERIFY(line.startsWith("previous\n"));
        line.remove(0, 9);

        QCOMPARE(line.count('\n'), 1);
        QVERIFY(line.endsWith('\n'));
        QVERIFY2(!line.contains('\r'), line.constData());
        // A payload that is not a JSON object is followed by the reason.
        const QByteArray reason
            = !event.parseFailed() ? QByteArray() : ",\"payloadError\":\"" + event.parseError().toUtf8() + '"';
        QVERIFY2(line.endsWith(QByteArray(",\"payload\":" + written + reason + "}\n")), line.constData());
        QJsonParseError error;
        const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(record.value(QStringLiteral("stream")).toString(), QStringLiteral("test.stream"));
        QCOMPARE(record.value(QStringLiteral("receivedAtUs")).toInteger(), event.receivedAtUs);
        if (!event.parseFailed())
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

    // ---- every subscription refused for good: the run ends ----------------------------------

    void everySubscriptionRefused_data()
    {
        QTest::addColumn<QList<QByteArray>>("refusals"); // one subscription per refusal
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("failures");

        const QByteArray forbidden = refusal(QStringLiteral("not allowed to join"), 403);
        const QByteArray unauthorized = refusal(QStringLiteral("Invalid signature"), 401);
        const QByteArray noStatus = refusal(QStringLiteral("no such channel"), std::nullopt);
        const QByteArray badRequest = refusal(QStringLiteral("Encrypted channels are not supported"), 400);
        QTest::newRow("403") << QList<QByteArray> {forbidden} << 3 << QStringList {QStringLiteral("Authorization")};
        QTest::newRow("401") << QList<QByteArray> {unauthorized} << 3 << QStringList {QStringLiteral("Authorization")};
        QTest::newRow("no status") << QList<QByteArray> {noStatus} << 4 << QStringList {QStringLiteral("Permanent")};
        QTest::newRow("400") << QList<QByteArray> {badRequest} << 4 << QStringList {QStringLiteral("Permanent")};
        QTest::newRow("two, both without authorization")
            << QList<QByteArray> {noStatus, badRequest} << 4
            << QStringList {QStringLiteral("Permanent"), QStringLiteral("Permanent")};
        // Mixed: the authorization failure is the one the exit code names.
        QTest::newRow("two, one of them 403")
            << QList<QByteArray> {noStatus, forbidden} << 3
            << QStringList {QStringLiteral("Permanent"), QStringLiteral("Authorization")};
    }

    void everySubscriptionRefused()
    {
        QFETCH(QList<QByteArray>, refusals);
        QFETCH(int, exitCode);
        QFETCH(QStringList, failures);

        FakeShurikenService service;
        QVERIFY(service.listen());
        QStringList arguments {QStringLiteral("--base-url"), service.baseUrl().toString(), QStringLiteral("--api-key"),
                               QStringLiteral("sk_test_key_12345678")};
        QStringList streams;
        for (qsizetype i = 0; i < refusals.size(); ++i) {
            const QString stream = QStringLiteral("test.refused%1").arg(i);
            service.setAnswer(stream, {refusals.at(i), {}});
            streams.append(stream);
            arguments << QStringLiteral("--subscribe") << stream;
        }

        const Run run = runCli(arguments, 20000);
        QVERIFY2(run.exitCode == exitCode, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        const QJsonObject fatal = fatalRecord(run.stderrLines);
        QVERIFY2(!fatal.isEmpty(), qPrintable(explain(run)));
        QVERIFY(!fatal.value(QStringLiteral("message")).toString().isEmpty());
        // The reasons, one per subscription, in the order they were asked for.
        const QJsonArray reasons = fatal.value(QStringLiteral("subscriptions")).toArray();
        QCOMPARE(reasons.size(), refusals.size());
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const QJsonObject reason = reasons.at(i).toObject();
            QCOMPARE(reason.value(QStringLiteral("subscription")).toString(), streams.at(i) + QStringLiteral("{}"));
            QCOMPARE(reason.value(QStringLiteral("failure")).toString(), failures.at(i));
            const QString expectedError
                = QJsonDocument::fromJson(refusals.at(i)).object().value(QStringLiteral("error")).toString();
            QVERIFY2(reason.value(QStringLiteral("reason")).toString().contains(expectedError),
                     qPrintable(reason.value(QStringLiteral("reason")).toString()));
        }
    }

    /// One refused subscription among working ones does not end the run.
    void oneSubscriptionRefusedOthersGoOn()
    {
        FakeShurikenService service;
        QVERIFY(service.listen());
        service.setAnswer(QStringLiteral("test.refused"), {refusal(QStringLiteral("not allowed"), 403), {}});
        FakeShurikenService::Answer working;
        for (int seq = 1; seq <= 3; ++seq) {
            working.frames.append(pusher::encodeChannelEvent(FakeShurikenService::channelFor(QStringLiteral("test.ok")),
                                                             FakeShurikenService::eventName(),
                                                             QByteArray("{\"seq\":" + QByteArray::number(seq) + '}')));
        }
        service.setAnswer(QStringLiteral("test.ok"), working);

        const Run run = runCli({QStringLiteral("--base-url"), service.baseUrl().toString(), QStringLiteral("--api-key"),
                                QStringLiteral("sk_test_key_12345678"), QStringLiteral("--subscribe"),
                                QStringLiteral("test.refused"), QStringLiteral("--subscribe"),
                                QStringLiteral("test.ok"), QStringLiteral("--count"), QStringLiteral("3")},
                               20000);
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QCOMPARE(run.stdoutLines.size(), 3);
        QVERIFY(fatalRecord(run.stderrLines).isEmpty());
    }

    /// The simulator's auth endpoint refuses every presence channel (403): exit 3, reasons on stderr.
    void channelAuthorizationRefusedBySimulator()
    {
        sim::SimulatorServer simulator;
        QVERIFY(simulator.start());
        sim::RestFault fault;
        fault.status = 403;
        fault.endpoints = sim::RestEndpoint::Auth;
        simulator.addRestFault(fault);

        const Run run = runCli({QStringLiteral("--base-url"), simulator.baseUrl().toString(),
                                QStringLiteral("--api-key"), QStringLiteral("sk_test_key_12345678"),
                                QStringLiteral("--subscribe"), QStringLiteral("portfolio.notifications"),
                                QStringLiteral("--subscribe"), QStringLiteral("alpha.personal")},
                               20000);
        QVERIFY2(run.exitCode == 3, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        const QJsonObject fatal = fatalRecord(run.stderrLines);
        const QJsonArray reasons = fatal.value(QStringLiteral("subscriptions")).toArray();
        QCOMPARE(reasons.size(), 2);
        for (const QJsonValue &reason : reasons) {
            QCOMPARE(reason.toObject().value(QStringLiteral("failure")).toString(), QStringLiteral("Authorization"));
            QVERIFY2(reason.toObject().value(QStringLiteral("reason")).toString().contains(QLatin1String("403")),
                     qPrintable(explain(run)));
        }
        QVERIFY(!run.stderrLines.join('\n').contains("sk_test_key_12345678"));
    }

    /// A stream the session endpoint rejects (400 INVALID_PARAMS) is a permanent, non-authorization
    /// failure: exit 4 with a fatal record, whether the client fails as a whole or that
    /// subscription alone.
    void unknownStreamExitsWithConnectionCode()
    {
        sim::SimulatorServer simulator;
        QVERIFY(simulator.start());
        const Run run = runCli({QStringLiteral("--base-url"), simulator.baseUrl().toString(),
                                QStringLiteral("--api-key"), QStringLiteral("sk_test_key_12345678"),
                                QStringLiteral("--subscribe"), QStringLiteral("no.such.stream")},
                               20000);
        QVERIFY2(run.exitCode == 4, qPrintable(explain(run)));
        QVERIFY(run.stdoutLines.isEmpty());
        QVERIFY2(!fatalRecord(run.stderrLines).isEmpty(), qPrintable(explain(run)));
    }

    // ---- --filter: the display-filter language (lib/filter) -------------------------------

    /// --count counts matching events. Every printed event is checked here by hand, not with
    /// the library. The simulator's SOL price starts near 155 for seed 1 and moves well under a
    /// dollar in the run, so priceUsd > 150 holds for nearly every swap and isBuy for about 55%.
    void filterPrintsCountMatchingEvents()
    {
        const Run run
            = runCli({QStringLiteral("--simulator"), QStringLiteral("--subscribe"),
                      QStringLiteral("svm.token.swaps:tokenAddress=") + kToken, QStringLiteral("--filter"),
                      QStringLiteral("isBuy && priceUsd > 150"), QStringLiteral("--count"), QStringLiteral("200")},
                     120000);
        QVERIFY2(run.exitCode == 0, qPrintable(explain(run)));
        QCOMPARE(run.stdoutLines.size(), 200);
        const QList<QJsonObject> records = parseLines(run.stdoutLines); // empty if one is not JSON
        QCOMPARE(records.size(), 200);
        for (const QJsonObject &record : records) {
            const QJsonObject payload = record.value(QStringLiteral("payload")).toObject();
            QCOMPARE(payload.value(QStringLiteral("tokenMint")).toString(), kToken);
            const QJsonValue isBuy = payload.value(QStringLiteral("isBuy"));
            QVERIFY(isBuy.isBool() && isBuy.toBool());
            const QJsonValue price = payload.value(QStringLiteral("priceUsd"));
            bool ok = false;
            const double priceUsd = price.isString() ? price.toString().toDouble(&ok) : price.toDouble();
            QVERIFY(ok || price.isDouble());
            QVERIFY2(priceUsd > 150, qPrintable(price.toVariant().toString()));
        }
        // The summary counts what was printed and what the filter let go (sells, at least).
        QJsonObject summary;
        for (const QJsonObject &record : parseLines(run.stderrLines)) {
            if (record.value(QStringLiteral("type")).toString() == QLatin1String("summary"))
                summary = record;
        }
        QCOMPARE(summary.value(QStringLiteral("events")).toInteger(), 200);
        QVERIFY(summary.value(QStringLiteral("filteredOut")).toInteger() > 0);
    }

    /// An invalid filter is a usage error, given with its column, before anything connects: the
    /// service the command line names is never contacted.
    void invalidFilterExitsBeforeConnecting()
    {
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost));
        const Run run
            = runCli({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(service.serverPort()),
                      QStringLiteral("--api-key"), QStringLiteral("sk_test_key_12345678"),
                      QStringLiteral("--subscribe"), QStringLiteral("svm.token.swaps:tokenAddress=") + kToken,
                      QStringLiteral("--filter"), QStringLiteral("priceUsd >")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.stdoutLines.isEmpty());
        QCOMPARE(diagnosticsButLogs(run),
                 QList<QByteArray> {"shuriken-stream: --filter: expected a value after '>' at column 10"});
        // A connection would be waiting in the listen queue by now: the process has ended.
        QVERIFY(!service.waitForNewConnection(0));
        QVERIFY(!service.hasPendingConnections());

        // With the embedded simulator, too: the usage line, no state record.
        const Run embedded = runCli({QStringLiteral("--simulator"), QStringLiteral("--subscribe"),
                                     QStringLiteral("svm.token.swaps:tokenAddress=") + kToken,
                                     QStringLiteral("--filter"), QStringLiteral("isBuy &&")});
        QCOMPARE(embedded.exitCode, 2);
        QCOMPARE(diagnosticsButLogs(embedded),
                 QList<QByteArray> {"shuriken-stream: --filter: expected an expression after '&&' at column 7"});
    }

    /// --replay applies the filter too: the recorded sells, exactly, as the live run printed them.
    void filterAppliesToReplay()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString capture = directory.filePath(QStringLiteral("swaps.capture"));
        const Run live = runCli({QStringLiteral("--simulator"), QStringLiteral("--subscribe"),
                                 QStringLiteral("svm.token.swaps:tokenAddress=") + kToken, QStringLiteral("--count"),
                                 QStringLiteral("40"), QStringLiteral("--record"), capture});
        QVERIFY2(live.exitCode == 0, qPrintable(explain(live)));
        QList<QByteArray> sells;
        for (const QByteArray &line : live.stdoutLines) {
            const QJsonObject payload
                = QJsonDocument::fromJson(line).object().value(QStringLiteral("payload")).toObject();
            if (!payload.value(QStringLiteral("isBuy")).toBool())
                sells.append(line);
        }
        QVERIFY(!sells.isEmpty());

        const Run replay
            = runCli({QStringLiteral("--replay"), capture, QStringLiteral("--filter"), QStringLiteral("not isBuy")});
        QVERIFY2(replay.exitCode == 0, qPrintable(explain(replay)));
        // The capture may hold events after the 40th (the run stopped on count): compare the prefix.
        QVERIFY2(replay.stdoutLines.size() >= sells.size(), qPrintable(explain(replay)));
        QCOMPARE(replay.stdoutLines.mid(0, sells.size()), sells);
    }

    void helpDocumentsTheFilter()
    {
        const Run run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        const QByteArray help = run.stdoutLines.join('\n');
        QVERIFY(help.contains("--filter <EXPR>"));
        // --count's text; the help wraps lines where its widest option says, so compare the words.
        const QByteArray words = help.simplified();
        QVERIFY(words.contains("with --filter: N matching"));
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
