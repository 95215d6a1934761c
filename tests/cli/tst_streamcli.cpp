// shuriken-stream as a user runs it: a real process, its stdout and stderr, its exit code.

#include "simulatorserver.h"

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

Run runCli(const QStringList &arguments)
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
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutLines = process.readAllStandardOutput().split('\n');
    run.stderrLines = process.readAllStandardError().split('\n');
    run.stdoutLines.removeAll(QByteArray());
    run.stderrLines.removeAll(QByteArray());
    return run;
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
