// bench_replay: events/s of a capture replayed at max speed, headless, through the path a live
// session takes: CaptureReplayer → StreamClient in replay mode (the transport's inbound handler,
// pusher::decode, routing, the typed row built by EventRowBuilder) → batches appended to the
// monitor's EventTableModel. The capture is the swap corpus (the simulator's generator, framed
// as shuriken-sim sends it) behind a recorded session answer, held in memory, or written to a
// capture file and read back while replaying (--file; that adds the file's reading and parsing).
// Prints events/s and CPU-s per 100k events; nothing is asserted.
//
// --write FILE writes the corpus as a capture file, as the recorder writes one, and exits;
// --open FILE then does what the monitor does on File -> Open Capture: reads the file through
// once for its index (time span, subscriptions), then replays it while reading it again into the
// subscription's table (the monitor's default capacity) and a flight recorder with the default
// limits. It prints the time until the index is complete, until the table shows its first rows and
// until every event is in, and the process's peak resident memory (run it as its own process).

#include "benchfigures.h"
#include "capturefile.h"
#include "captureindex.h"
#include "capturereplayer.h"
#include "eventtablemodel.h"
#include "flightrecorder.h"
#include "pusherdecoder.h"
#include "pusherprotocol.h"
#include "streamclient.h"
#include "swapcorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>
#include <sys/resource.h>

using namespace shuriken;

namespace {

constexpr qint64 kT0 = 1'732'363'456'000'000; // µs since the epoch, the corpus's start

capture::HttpEntry sessionEntry(const bench::SwapCorpus &corpus, const SubscriptionRequest &request)
{
    Session session;
    session.connection.provider = QStringLiteral("ws");
    session.connection.appKey = QStringLiteral("bench-key");
    session.connection.wsHost = QStringLiteral("127.0.0.1");
    session.connection.wsPort = 9;
    session.connection.authEndpoint = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/auth"));
    ResolvedSubscription resolved;
    resolved.stream = corpus.stream;
    resolved.channel = corpus.channel;
    resolved.event = corpus.event;
    resolved.payloadFormat = QStringLiteral("json");
    resolved.payloadSchemaId = corpus.stream;
    session.subscriptions = {resolved};
    capture::HttpEntry entry;
    entry.timeUs = kT0;
    entry.exchange.method = "POST";
    entry.exchange.url = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/ws/session"));
    entry.exchange.requestBody = QJsonDocument(sessionRequestBody({request})).toJson(QJsonDocument::Compact);
    entry.exchange.httpStatus = 200;
    entry.exchange.responseBody
        = QJsonDocument(QJsonObject {{QStringLiteral("data"), session.toJson()}}).toJson(QJsonDocument::Compact);
    entry.exchange.startedAt = QDateTime::fromMSecsSinceEpoch(kT0 / 1000, Qt::UTC);
    return entry;
}

capture::FrameEntry inbound(qint64 timeUs, const QByteArray &data)
{
    capture::FrameEntry entry;
    entry.timeUs = timeUs;
    entry.data = data;
    // What the connection's decoder tells the recorder (stream events are embedded as JSON).
    pusher::decode(data, &entry.wellFormedObject);
    return entry;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/// The monitor's File -> Open Capture, headless (MonitorController::openCapture()).
int openCapture(QCoreApplication &app, const QString &fileName)
{
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = bench::processCpuSeconds();
    const CaptureIndex index = indexCaptureFile(fileName, {});
    const double indexedSeconds = double(wall.nsecsElapsed()) / 1e9;
    if (!index.error.isEmpty() || index.subscriptions.isEmpty()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(fileName),
                     qPrintable(index.error.isEmpty() ? QStringLiteral("no subscription") : index.error));
        return 1;
    }

    QNetworkAccessManager network;
    StreamClient client(&network);
    StreamClient::Options options;
    options.typedRows = true;
    client.setOptions(options);
    client.setReplayMode(true);
    capture::FlightRecorder recorder;
    recorder.setLimits({capture::FlightRecorder::DefaultMaxBytes, std::numeric_limits<qint64>::max() / 1000});
    QObject::connect(&client, &StreamClient::frameObserved, &recorder, &capture::FlightRecorder::recordFrame);
    client.setFrameObservation(true);
    EventTableModel model(index.subscriptions.constFirst().stream);
    model.setCapacity(EventTableModel::DefaultCapacity);
    for (const SubscriptionRequest &request : index.subscriptions) {
        Subscription *subscription = client.subscribe(request.stream, request.filter);
        QObject::connect(subscription, &Subscription::eventsReceived, &model, &EventTableModel::appendBatch);
    }
    double firstRowsSeconds = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &app, [&] {
        if (firstRowsSeconds < 0)
            firstRowsSeconds = double(wall.nsecsElapsed()) / 1e9;
    });
    CaptureReplayer replayer(&client);
    QString error;
    if (!replayer.setCaptureFile(fileName, &error)) {
        std::fprintf(stderr, "cannot replay %s: %s\n", qPrintable(fileName), qPrintable(error));
        return 1;
    }
    replayer.setSpeed(CaptureReplayer::MaxSpeed);
    QObject::connect(&replayer, &CaptureReplayer::finished, &app, &QCoreApplication::quit);
    replayer.start();
    app.exec();
    const double allSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = bench::processCpuSeconds() - cpuBefore;
    const quint64 delivered = replayer.counters().eventsDelivered;
    std::printf("open %s (%.1f MB, %lld entries): indexed in %.2f s, first rows after %.2f s, all %llu events "
                "after %.2f s (%.0f events/s overall), %.2f CPU-s; peak RSS %.0f MB; table %d rows, recorder %lld "
                "frames (%.0f MB)\n",
                qPrintable(QFileInfo(fileName).fileName()), double(QFileInfo(fileName).size()) / 1e6,
                static_cast<long long>(index.entries), indexedSeconds, firstRowsSeconds,
                static_cast<unsigned long long>(delivered), allSeconds,
                allSeconds > 0 ? double(delivered) / allSeconds : 0, cpu, peakRssMb(), model.rowCount(),
                static_cast<long long>(recorder.frameCount()), double(recorder.storedBytes()) / 1e6);
    bench::printFigure("open.indexed_s", indexedSeconds, "s", "-", 2);
    bench::printFigure("open.first_rows_s", firstRowsSeconds, "s", "-", 2);
    bench::printFigure("open.all_events_s", allSeconds, "s", "-", 2);
    bench::printFigure("open.peak_rss_mb", peakRssMb(), "MB", "-", 0);
    return delivered > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_replay"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Events/s of a capture replayed at max speed through StreamClient into an event table."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events in the capture."),
                                          QStringLiteral("n"), QStringLiteral("500000"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Write the capture to a file and replay it while reading it."));
    const QCommandLineOption noTableOption(QStringLiteral("no-table"),
                                           QStringLiteral("Deliver the events to nobody (no EventTableModel)."));
    const QCommandLineOption writeOption(QStringLiteral("write"),
                                         QStringLiteral("Write the corpus as a capture file and exit."),
                                         QStringLiteral("file"));
    const QCommandLineOption openOption(
        QStringLiteral("open"), QStringLiteral("Open a capture file as the monitor does: index, then replay it."),
        QStringLiteral("file"));
    parser.addOptions({eventsOption, fileOption, noTableOption, writeOption, openOption});
    parser.process(app);
    if (parser.isSet(openOption)) {
        QLoggingCategory::setFilterRules(QStringLiteral("shuriken.*.info=false"));
        return openCapture(app, parser.value(openOption));
    }
    // The client's state lines are not figures.
    QLoggingCategory::setFilterRules(QStringLiteral("shuriken.*.info=false"));
    const int events = parser.value(eventsOption).toInt();
    if (events <= 0) {
        std::fprintf(stderr, "--events must be positive\n");
        return 2;
    }
    const bool fromFile = parser.isSet(fileOption);
    const bool table = !parser.isSet(noTableOption);
    const QByteArray key = QByteArray("replay.") + (fromFile ? "file" : "memory") + (table ? "" : ".no_table");

    // The corpus's frames arrive 1.6 µs apart, as at 600k events/s; at max speed that does not matter.
    const bench::SwapCorpus corpus = bench::makeSwapCorpus(events);
    const SubscriptionRequest request {
        corpus.stream,
        {{QStringLiteral("tokenAddress"), QStringLiteral("So11111111111111111111111111111111111111112")}}};
    capture::Capture capture;
    capture.header.productName = QStringLiteral("bench_replay");
    capture.header.profile = QStringLiteral("simulator");
    capture.header.startedAtUs = kT0;
    capture.entries.reserve(events + 3);
    capture.entries.append(sessionEntry(corpus, request));
    capture.entries.append(inbound(kT0 + 1000, pusher::encodeConnectionEstablished(QStringLiteral("1.1"), 120)));
    capture.entries.append(inbound(kT0 + 2000, pusher::encodeSubscriptionSucceeded(corpus.channel)));
    for (int i = 0; i < events; ++i)
        capture.entries.append(inbound(kT0 + 3000 + qint64(i) * 16 / 10, corpus.frames.at(i)));

    if (parser.isSet(writeOption)) {
        QString error;
        if (!capture::writeCaptureFile(parser.value(writeOption), capture, &error)) {
            std::fprintf(stderr, "capture file: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %s: %d events, %.1f MB\n", qPrintable(parser.value(writeOption)), events,
                    double(QFileInfo(parser.value(writeOption)).size()) / 1e6);
        return 0;
    }

    QNetworkAccessManager network;
    StreamClient client(&network);
    StreamClient::Options options;
    options.typedRows = true; // the table's rows, as the monitor builds them
    client.setOptions(options);
    client.setReplayMode(true);
    Subscription *subscription = client.subscribe(request.stream, request.filter);
    EventTableModel model(corpus.stream);
    if (table)
        QObject::connect(subscription, &Subscription::eventsReceived, &model, &EventTableModel::appendBatch);

    CaptureReplayer replayer(&client);
    QTemporaryDir scratch;
    if (fromFile) {
        const QString fileName = scratch.filePath(QStringLiteral("bench.jsonl"));
        QString error;
        if (!capture::writeCaptureFile(fileName, capture, &error) || !replayer.setCaptureFile(fileName, &error)) {
            std::fprintf(stderr, "capture file: %s\n", qPrintable(error));
            return 1;
        }
        capture = {};
    } else {
        replayer.setCapture(std::move(capture));
    }
    replayer.setSpeed(CaptureReplayer::MaxSpeed);
    QObject::connect(&replayer, &CaptureReplayer::finished, &app, &QCoreApplication::quit);

    const double cpuBefore = bench::processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    replayer.start();
    app.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = bench::processCpuSeconds() - cpuBefore;

    const quint64 delivered = replayer.counters().eventsDelivered;
    const double rate = seconds > 0 ? double(delivered) / seconds : 0;
    std::printf("replay (%s%s): %llu of %d events in %.2f s: %.0f events/s, %.3f CPU-s per 100k; table rows %d; "
                "%.0f-byte frames\n",
                fromFile ? "from a capture file" : "in memory", table ? ", into an EventTableModel" : "",
                static_cast<unsigned long long>(delivered), events, seconds, rate,
                delivered > 0 ? cpu / double(delivered) * 1e5 : 0.0, model.rowCount(), corpus.meanFrameBytes());
    bench::printFigure(key + ".events_per_s", rate, "events/s", ">=300000");
    bench::printFigure(key + ".cpu_s_per_100k", delivered > 0 ? cpu / double(delivered) * 1e5 : 0.0, "CPU-s", "-", 3);
    return delivered == quint64(events) ? 0 : 1;
}
