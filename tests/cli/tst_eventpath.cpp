// The event path end to end in one process: a StreamClient against the in-process simulator on
// 127.0.0.1 feeds the CLI's StreamCommand (JSON Lines and table output into buffers) and the
// monitor's event table behind its filter proxy, which exports JSON Lines and CSV. Proves that
// every payload is parsed once on its way to all of them, and that the CLI's records and the
// monitor's export of the same events are byte-identical.

#include "eventexporter.h"
#include "eventfilterproxymodel.h"
#include "eventjsonline.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "simulatorserver.h"
#include "streamclient.h"
#include "streamcommand.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <numeric>
#include <vector>

using namespace shuriken;

namespace {

const QString kApiKey = QStringLiteral("sk_test_0123456789abcdef");
const QString kToken = QStringLiteral("So11111111111111111111111111111111111111112");

QList<SubscriptionRequest> requests()
{
    return {
        {QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), kToken}}},
        {QStringLiteral("svm.token.poolInfo"), {{QStringLiteral("tokenAddress"), kToken}}},
    };
}

} // namespace

class TestEventPath : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::SimulatorServer> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StreamClient> m_client;

    void start()
    {
        sim::SimulatorConfig config;
        config.seed = 12;
        config.apiKey = kApiKey;
        config.rateMultiplier = 20.0;
        config.tickIntervalMs = 10;
        m_sim = std::make_unique<sim::SimulatorServer>(config);
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<StreamClient>(m_network.get());
        StreamClient::Options options;
        options.baseUrl = m_sim->baseUrl();
        options.apiKey = kApiKey;
        m_client->setOptions(options);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    /// The CLI and the monitor subscribe to the same streams on one client, as they would
    /// share a process if they did: each event reaches both as one StreamEvent.
    void cliAndExportAreByteIdenticalAndEachPayloadIsParsedOnce_data()
    {
        QTest::addColumn<bool>("tableOutput");
        QTest::newRow("jsonl") << false;
        QTest::newRow("table") << true;
    }

    void cliAndExportAreByteIdenticalAndEachPayloadIsParsedOnce()
    {
        QFETCH(bool, tableOutput);
        start();
        const quint64 parsesBefore = EventRowBuilder::parseCount();

        QBuffer cliOut;
        QBuffer cliErr;
        QVERIFY(cliOut.open(QIODevice::WriteOnly));
        QVERIFY(cliErr.open(QIODevice::WriteOnly));
        cli::StreamCommandOptions cliOptions;
        cliOptions.subscriptions = requests();
        cliOptions.output
            = tableOutput ? cli::StreamCommandOptions::Output::Table : cli::StreamCommandOptions::Output::JsonLines;
        cliOptions.eventOutput = &cliOut;
        cliOptions.diagnosticOutput = &cliErr;
        cli::StreamCommand command(m_client.get(), cliOptions);
        QSignalSpy finished(&command, &cli::StreamCommand::finished);

        // The monitor's side: a table and its filter proxy per subscription.
        struct Monitor
        {
            std::unique_ptr<EventTableModel> table;
            std::unique_ptr<EventFilterProxyModel> proxy;
            std::unique_ptr<QAbstractItemModelTester> tester;
        };
        std::vector<Monitor> monitors;
        for (const SubscriptionRequest &request : requests()) {
            Subscription *subscription = m_client->subscribe(request.stream, request.filter);
            Monitor monitor;
            monitor.table = std::make_unique<EventTableModel>(request.stream);
            monitor.proxy = std::make_unique<EventFilterProxyModel>();
            monitor.proxy->setSourceModel(monitor.table.get());
            monitor.tester = std::make_unique<QAbstractItemModelTester>(
                monitor.proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            connect(subscription, &Subscription::eventsReceived, monitor.table.get(), &EventTableModel::appendBatch);
            monitors.push_back(std::move(monitor));
        }
        command.start();

        // Until both streams have delivered a few events to the tables.
        QTRY_VERIFY_WITH_TIMEOUT(monitors[0].table->rowCount() >= 20 && monitors[1].table->rowCount() >= 3, 20000);
        command.stop();
        QCOMPARE(finished.size(), 1);
        const quint64 delivered = m_client->counters().events;
        m_client->disconnectFromService();

        // What the monitor exports, through the proxy as the user sees it, in arrival order.
        QList<StreamEvent> exported;
        QByteArray csv;
        for (const Monitor &monitor : std::as_const(monitors)) {
            QList<int> rows(monitor.proxy->rowCount());
            std::iota(rows.begin(), rows.end(), 0);
            const QList<StreamEvent> events = EventExporter::eventsFromModel(*monitor.proxy, rows);
            exported.append(events);
            csv += EventExporter::toCsv(monitor.table->formatter(), events);
            // Every cell as the table shows it: the formatter reads rows, never the payload.
            for (int row = 0; row < monitor.proxy->rowCount(); ++row) {
                for (int column = 0; column < monitor.proxy->columnCount(); ++column) {
                    const QModelIndex index = monitor.proxy->index(row, column);
                    (void)index.data(Qt::DisplayRole);
                    (void)index.data(EventTableModel::FullTextRole);
                    (void)index.data(EventTableModel::SortRole);
                }
            }
        }
        std::stable_sort(exported.begin(), exported.end(),
                         [](const StreamEvent &a, const StreamEvent &b) { return a.receivedAtUs < b.receivedAtUs; });
        const QByteArray gui = EventExporter::toJsonLines(exported);

        // One parse per delivered event, whoever read it and however often.
        QVERIFY(delivered >= 23);
        QCOMPARE(EventRowBuilder::parseCount() - parsesBefore, delivered);
        QVERIFY(!csv.isEmpty());

        // The summary went to the diagnostics; the CLI's output holds one line per event.
        QVERIFY(cliErr.data().contains("\"type\":\"summary\""));
        if (tableOutput) {
            QCOMPARE(cliOut.data().count('\n'), qsizetype(exported.size()));
            return;
        }
        const QByteArray cli = cliOut.data();
        QList<QByteArray> lines = cli.split('\n');
        lines.removeLast(); // after the last '\n'

        QCOMPARE(qsizetype(lines.size()), qsizetype(exported.size()));
        if (cli != gui) {
            const QList<QByteArray> guiLines = gui.split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i)
                QCOMPARE(lines.at(i), guiLines.at(i));
        }
        QCOMPARE(cli, gui);
    }
};

QTEST_GUILESS_MAIN(TestEventPath)
#include "tst_eventpath.moc"
