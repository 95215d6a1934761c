// shuriken-stream: a headless client on StreamClient, so the real-time core can be used and
// checked from a shell. Events go to stdout as JSON Lines, diagnostics to stderr.

#include "capturecommand.h"
#include "capturereplayer.h"
#include "catalogservice.h"
#include "displayfilter.h"
#include "harformat.h"
#include "jsontext.h"
#include "pusheroptions.h"
#include "pusherprotocol.h"
#include "simulatorpusher.h"
#include "simulatorserver.h"
#include "streamclient.h"
#include "streamcommand.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace shuriken;
using namespace shuriken::cli;

namespace {

std::atomic_bool interrupted = false;

void onSignal(int)
{
    interrupted = true; // async-signal-safe; the event loop polls it
}

// stderr carries JSON Lines only, so Qt's log messages (of the embedded simulator, say) become
// records too instead of breaking a consumer's parser.
void jsonLogHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    QByteArray line = "{\"type\":\"log\",\"level\":\"";
    line += levels[qBound(0, int(type), 4)];
    line += "\",\"category\":";
    appendJsonString(line, context.category ? QByteArrayView(context.category) : QByteArrayView("default"));
    line += ",\"message\":";
    appendJsonString(line, message.toUtf8());
    line += "}\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

/// "svm.token.swaps:tokenAddress=So1...,other=x" → request; an error text otherwise.
std::optional<SubscriptionRequest> parseSubscription(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(u':');
    SubscriptionRequest request;
    request.stream = spec.left(colon).trimmed();
    if (request.stream.isEmpty()) {
        *error
            = QCoreApplication::translate("shuriken-stream", "--subscribe \"%1\": the stream id is missing").arg(spec);
        return std::nullopt;
    }
    if (colon < 0)
        return request;
    const QStringList pairs = spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            *error = QCoreApplication::translate("shuriken-stream", "--subscribe \"%1\": \"%2\" is not key=value")
                         .arg(spec, pair);
            return std::nullopt;
        }
        request.filter.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    return request;
}

void printCatalog(const StreamCatalog &catalog)
{
    QTextStream out(stdout);
    out << (catalog.source == StreamCatalog::Source::BuiltIn
                ? QCoreApplication::translate("shuriken-stream", "Stream catalog (built in: the server has none)")
                : QCoreApplication::translate("shuriken-stream", "Stream catalog (from the server)"))
        << '\n';
    for (const auto &stream : catalog.streams) {
        QStringList filters;
        for (const auto &filter : stream.filters)
            filters.append(filter.name + (filter.required ? QString() : QStringLiteral("?")));
        out << QStringLiteral("  %1 %2 %3  %4\n")
                   .arg(stream.id, -30)
                   .arg(visibilityToString(stream.visibility), -9)
                   .arg(filters.join(u','), -22)
                   .arg(stream.description);
    }
}

/// Only the table output shows columns; JSON Lines writes the payload as it came. A filter reads
/// the columns it can from the typed row (isBuy, priceUsd: no second parse of the payload) and
/// needs the row's event time for `latency`.
bool needsTypedRows(const StreamCommandOptions &options)
{
    return options.output == StreamCommandOptions::Output::Table || options.filter.isValid();
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "shuriken-stream: %s\n", qPrintable(message));
    return int(ExitUsage);
}

/// Runs @p command until it finishes (count, duration, the end of a replay, failure, SIGINT or
/// SIGTERM) and returns its exit code; @p afterStart runs once the command has started.
int runToEnd(StreamClient &client, StreamCommand &command, const std::function<void()> &afterStart)
{
    int exitCode = ExitOk;
    QObject::connect(&command, &StreamCommand::finished, QCoreApplication::instance(), [&](int code) {
        exitCode = code;
        if (client.state() != StreamClient::State::Failed)
            client.disconnectFromService(); // leave politely: unsubscribe, close 1000
        QCoreApplication::quit();
    });

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &command, [&command] {
        if (interrupted)
            command.stop();
    });
    interruptPoll.start(100);

    QTimer::singleShot(0, &command, [&command, &afterStart] {
        command.start();
        if (afterStart)
            afterStart();
    });
    QCoreApplication::exec();
    return exitCode;
}

/// --replay FILE: the capture's session through a StreamClient in replay mode, printed as the
/// live run printed it; with --output har, the capture as HAR on stdout.
int replayCapture(const QString &fileName, double speed, bool harOutput, StreamCommandOptions options)
{
    QString error;
    auto contents = capture::readCaptureFile(fileName, &error);
    if (!contents) {
        std::fprintf(
            stderr, "shuriken-stream: %s\n",
            qPrintable(
                QCoreApplication::translate("shuriken-stream", "cannot replay \"%1\": %2").arg(fileName, error)));
        return ExitCaptureFile;
    }
    const qint64 cutBytes = contents->cutBytes;
    const QString cutText
        = QCoreApplication::translate("shuriken-stream",
                                      "the capture was cut short: the %1 bytes after its last complete record were "
                                      "left out")
              .arg(cutBytes);
    if (harOutput) {
        const QByteArray har = capture::HarFormat::toHar(contents->capture);
        std::fwrite(har.constData(), 1, size_t(har.size()), stdout);
        std::fflush(stdout);
        if (cutBytes > 0)
            std::fprintf(stderr, "shuriken-stream: %s\n", qPrintable(cutText));
        return cutBytes > 0 ? ExitCaptureCut : ExitOk;
    }

    const QList<SubscriptionRequest> subscriptions
        = narrowSubscriptions(CaptureReplayer::subscriptionsOf(contents->capture), options.subscriptions, &error);
    if (!error.isEmpty())
        return usageError(error);
    if (subscriptions.isEmpty()) {
        std::fprintf(stderr, "shuriken-stream: %s\n",
                     qPrintable(QCoreApplication::translate("shuriken-stream",
                                                            "cannot replay \"%1\": it records no subscription")
                                    .arg(fileName)));
        return ExitCaptureFile;
    }
    options.subscriptions = subscriptions;

    // The client never uses the network in replay mode; it is built as for a live run.
    QNetworkAccessManager network;
    StreamClient client(&network);
    StreamClient::Options clientOptions;
    if (contents->capture.header.baseUrl.isValid())
        clientOptions.baseUrl = contents->capture.header.baseUrl;
    clientOptions.typedRows = needsTypedRows(options);
    // A plain Pusher session (ours, or pusher-js' in a browser's HAR) has no Shuriken session to
    // bind its channels: the client replays it in direct mode.
    if (CaptureReplayer::isDirectPusher(contents->capture))
        clientOptions.pusher = PusherSettings::forReplay();
    client.setOptions(clientOptions);
    client.setReplayMode(true);

    CaptureReplayer replayer(&client);
    // Diagnostic records carry the recorded time they happened at.
    options.clockUs = [&replayer] {
        return replayer.positionUs();
    };
    StreamCommand command(&client, options);
    const QStringList warnings = contents->warnings;
    replayer.setCapture(std::move(contents->capture));
    replayer.setSpeed(speed);
    // The run may end before the capture does (--count, a recorded failure): the replay stops
    // there, before the client is disconnected.
    QObject::connect(&command, &StreamCommand::finished, &replayer, &CaptureReplayer::pause);
    QObject::connect(&replayer, &CaptureReplayer::finished, &command, [&] {
        if (cutBytes > 0)
            command.reportWarning(cutText);
        command.stop(cutBytes > 0 ? ExitCaptureCut : ExitOk);
    });
    return runToEnd(client, command, [&] {
        for (const QString &warning : warnings)
            command.reportWarning(warning);
        replayer.start();
    });
}

/// The embedded simulator with @p config, listening; nullptr (and why on stderr) if it cannot.
std::unique_ptr<sim::SimulatorServer> startSimulator(const sim::SimulatorConfig &config)
{
    auto simulator = std::make_unique<sim::SimulatorServer>(config);
    if (simulator->start())
        return simulator;
    std::fprintf(stderr, "shuriken-stream: %s\n",
                 qPrintable(QCoreApplication::translate("shuriken-stream", "the embedded simulator could not start")));
    return nullptr;
}

/// Runs @p command on @p client with an optional recording to @p recordFile; the exit code.
int runRecorded(StreamClient &client, StreamCommand &command, const QString &recordFile, const QString &profile,
                const QUrl &baseUrl)
{
    std::unique_ptr<CaptureRecording> recording;
    if (!recordFile.isEmpty()) {
        recording = std::make_unique<CaptureRecording>();
        QString error;
        if (!recording->start(&client, recordFile, CaptureTap::recordingHeader(profile, baseUrl), &error)) {
            std::fprintf(stderr, "shuriken-stream: %s\n", qPrintable(error));
            return ExitCaptureFile;
        }
        QObject::connect(recording.get(), &CaptureRecording::failed, &command,
                         [&command](const QString &failure) { command.fail(failure, ExitCaptureFile); });
    }
    int exitCode = runToEnd(client, command, {});
    QString recordingError;
    if (recording && !recording->finish(&recordingError) && exitCode == ExitOk) {
        std::fprintf(stderr, "shuriken-stream: %s\n", qPrintable(recordingError));
        exitCode = ExitCaptureFile;
    }
    return exitCode;
}

/// --pusher-key … --channel …, or --simulator --channel …: a direct Pusher-protocol session.
int runPusher(const QCommandLineParser &parser, const PusherOptions &pusherOptions, bool simulated,
              const QString &recordFile, StreamCommandOptions options)
{
    QString error;
    std::unique_ptr<sim::SimulatorServer> simulator;
    StreamClient::Options clientOptions;
    if (simulated) {
        if (const QCommandLineOption *server = pusherOptions.serverOptionSet(parser))
            return usageError(
                QCoreApplication::translate("shuriken-stream", "--simulator is its own Pusher server: leave out --%1")
                    .arg(server->names().constFirst()));
        auto channels = pusherOptions.readChannels(parser, &error);
        if (!channels)
            return usageError(error);
        options.subscriptions = *channels;
        sim::SimulatorConfig config;
        config.genericPusher = true;
        simulator = startSimulator(config);
        if (!simulator)
            return ExitConnectionFailed;
        clientOptions.pusher = simulatorPusherSettings(*simulator, config);
    } else {
        const auto environment = [](const char *name) {
            return qEnvironmentVariable(name);
        };
        auto result = pusherOptions.read(parser, environment, &error);
        if (!result)
            return usageError(error);
        options.subscriptions = result->channels;
        clientOptions.pusher = result->settings;
    }
    QNetworkAccessManager network;
    StreamClient client(&network);
    clientOptions.typedRows = needsTypedRows(options);
    client.setOptions(clientOptions);
    StreamCommand command(&client, options);
    // Recorded as a "pusher" session, whatever server: a replay runs it in direct mode.
    return runRecorded(client, command, recordFile, QStringLiteral("pusher"),
                       clientOptions.pusher->channelAuthEndpoint);
}

} // namespace

/// A firehose makes and frees socket buffers and event batches of megabytes many times a second.
/// glibc's defaults give such blocks back to the kernel (mmap above 128 KB, then trimming) and
/// page-fault them in again on the next batch: 40-50k minor faults and 0.12-0.14 s of system
/// time per 300k events. Keeping up to 64 MB of freed heap removes them (7-8k faults, 0.03-0.04 s)
/// and peak RSS stays at 45-50 MB (bench_ingest, shuriken-stream --quiet, issue #6).
void tuneAllocatorForStreaming()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

int main(int argc, char *argv[])
{
    tuneAllocatorForStreaming();
    qInstallMessageHandler(jsonLogHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shuriken-stream"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHURIKEN_VERSION));
    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "shuriken-stream",
        "Headless client for the Shuriken real-time streams: subscribes and prints events as JSON Lines.\n"
        "Events go to stdout; state changes, subscription status and errors go to stderr as JSON Lines.\n\n"
        "--record FILE writes everything the session does to a capture file (.gz compresses);\n"
        "--replay FILE replays a capture or a HAR file without the network and prints what the\n"
        "live run printed; --replay FILE --output har writes the capture as HAR to stdout.\n\n"
        "--pusher-key KEY (--cluster C | --ws-host H [--ws-port P] [--tls]) --channel NAME... connects\n"
        "to any Pusher-protocol server (Pusher Channels, soketi, Laravel Reverb, Ably) instead and prints\n"
        "every event of those channels as JSON Lines {receivedAt, channel, event, data}; private and\n"
        "presence channels are signed here with --app-secret, else through --auth-endpoint.\n"
        "--simulator --channel NAME... does the same against the embedded simulator's Pusher mode.\n\n"
        "--filter EXPR prints only the events the display filter EXPR matches, e.g.\n"
        "  --filter 'isBuy && priceUsd > 150'  (the language: docs/display-filters.md);\n"
        "an invalid EXPR is a usage error, reported with its column before anything connects.\n\n"
        "Exit codes: 0 ok (count or duration reached, the replay's end, or interrupted), 2 usage error,\n"
        "3 authentication or authorization failed (key or channel refused),\n"
        "4 connection or every subscription failed for good,\n"
        "5 the capture file cannot be read (missing, damaged, newer format, HAR without a WebSocket)\n"
        "  or written,\n"
        "6 the capture was cut short (a writer killed mid-record): replayed up to the cut."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           QCoreApplication::translate("shuriken-stream", "API base URL (default %1).")
                                               .arg(QStringLiteral("https://api.shuriken.trade")),
                                           QCoreApplication::translate("shuriken-stream", "url"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"),
        QCoreApplication::translate("shuriken-stream", "Agent key (or set SHURIKEN_API_KEY)."),
        QCoreApplication::translate("shuriken-stream", "key"));
    const QCommandLineOption simulatorOption(
        QStringLiteral("simulator"),
        QCoreApplication::translate("shuriken-stream", "Start the embedded simulator and connect to it."));
    const QCommandLineOption subscribeOption(
        QStringLiteral("subscribe"),
        QCoreApplication::translate("shuriken-stream", "Subscribe to stream[:key=value,...]; repeatable."),
        QCoreApplication::translate("shuriken-stream", "spec"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QCoreApplication::translate("shuriken-stream", "Print the stream catalog and exit."));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        QCoreApplication::translate("shuriken-stream", "Stop after N events (with --filter: N matching events)."),
        QCoreApplication::translate("shuriken-stream", "N"));
    const QCommandLineOption filterOption(
        QStringLiteral("filter"),
        QCoreApplication::translate("shuriken-stream",
                                    "Print and count only the events the display filter EXPR matches, e.g. "
                                    "'isBuy && priceUsd > 150'."),
        QCoreApplication::translate("shuriken-stream", "EXPR"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QCoreApplication::translate("shuriken-stream", "Stop after S seconds."),
                                            QCoreApplication::translate("shuriken-stream", "S"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QCoreApplication::translate(
            "shuriken-stream",
            "Event format: jsonl (default) or table; with --replay also har (the capture as HAR "
            "1.2, then exit)."),
        QCoreApplication::translate("shuriken-stream", "format"), QStringLiteral("jsonl"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"),
        QCoreApplication::translate("shuriken-stream",
                                    "Write a capture of the session (frames, HTTP exchanges, state and subscription "
                                    "changes) to FILE; gzip when it ends in .gz."),
        QCoreApplication::translate("shuriken-stream", "FILE"));
    const QCommandLineOption replayOption(
        QStringLiteral("replay"),
        QCoreApplication::translate("shuriken-stream",
                                    "Replay a capture or a HAR file instead of connecting; its subscriptions unless "
                                    "--subscribe narrows them."),
        QCoreApplication::translate("shuriken-stream", "FILE"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QCoreApplication::translate("shuriken-stream",
                                    "Replay pace: max (default, as fast as possible), or 1, 10 or 100 times the "
                                    "recorded pace."),
        QCoreApplication::translate("shuriken-stream", "speed"), QStringLiteral("max"));
    const QCommandLineOption quietOption(
        QStringLiteral("quiet"),
        QCoreApplication::translate("shuriken-stream", "Only count events; print a summary at the end."));
    const QCommandLineOption allowForeignOption(
        QStringLiteral("allow-foreign-auth-origin"),
        QCoreApplication::translate("shuriken-stream", "Send the key to an auth endpoint on another origin."));
    parser.addOptions({baseUrlOption, apiKeyOption, simulatorOption, subscribeOption, catalogOption, countOption,
                       filterOption, durationOption, outputOption, quietOption, allowForeignOption, recordOption,
                       replayOption, speedOption});
    const PusherOptions pusherOptions;
    pusherOptions.addTo(parser);
    parser.process(app);

    StreamCommandOptions options;
    // Checked first: a typo in the filter must not cost a session (or a simulator) first.
    if (parser.isSet(filterOption)) {
        FilterError error;
        options.filter = DisplayFilter::parse(parser.value(filterOption), &error);
        if (!options.filter.isValid())
            return usageError(QStringLiteral("--filter: ") + error.message);
    }
    const QStringList specs = parser.values(subscribeOption);
    for (const QString &spec : specs) {
        QString error;
        auto request = parseSubscription(spec, &error);
        if (!request)
            return usageError(error);
        options.subscriptions.append(*request);
    }
    bool ok = true;
    if (parser.isSet(countOption)) {
        options.count = parser.value(countOption).toULongLong(&ok);
        if (!ok || options.count == 0)
            return usageError(QCoreApplication::translate("shuriken-stream", "--count needs a positive whole number"));
    }
    if (parser.isSet(durationOption)) {
        options.durationSeconds = parser.value(durationOption).toDouble(&ok);
        if (!ok || options.durationSeconds <= 0)
            return usageError(
                QCoreApplication::translate("shuriken-stream", "--duration needs a positive number of seconds"));
    }
    const bool replay = parser.isSet(replayOption);
    const QString output = parser.value(outputOption);
    const bool harOutput = output == QLatin1String("har");
    if (output == QLatin1String("table"))
        options.output = StreamCommandOptions::Output::Table;
    else if (output != QLatin1String("jsonl") && !(replay && harOutput))
        return usageError(replay
                              ? QCoreApplication::translate("shuriken-stream", "--output must be jsonl, table or har")
                              : QCoreApplication::translate("shuriken-stream", "--output must be jsonl or table"));
    options.quiet = parser.isSet(quietOption);
    if (replay) {
        for (const QCommandLineOption *excluded : {&simulatorOption, &baseUrlOption, &catalogOption, &recordOption}) {
            if (parser.isSet(*excluded))
                return usageError(QCoreApplication::translate("shuriken-stream", "--replay and --%1 exclude each other")
                                      .arg(excluded->names().constFirst()));
        }
        const auto speed = parseReplaySpeed(parser.value(speedOption));
        if (!speed)
            return usageError(QCoreApplication::translate("shuriken-stream", "--speed must be 1, 10, 100 or max"));
        return replayCapture(parser.value(replayOption), *speed, harOutput, std::move(options));
    }
    if (parser.isSet(speedOption))
        return usageError(QCoreApplication::translate("shuriken-stream", "--speed needs --replay"));
    if (parser.isSet(recordOption) && parser.isSet(catalogOption))
        return usageError(QCoreApplication::translate("shuriken-stream", "--record and --catalog exclude each other"));

    if (pusherOptions.anySet(parser)) {
        for (const QCommandLineOption *excluded :
             {&subscribeOption, &baseUrlOption, &apiKeyOption, &catalogOption, &allowForeignOption}) {
            if (parser.isSet(*excluded))
                return usageError(
                    QCoreApplication::translate("shuriken-stream", "--%1 is for the Shuriken API, not with --channel")
                        .arg(excluded->names().constFirst()));
        }
        return runPusher(parser, pusherOptions, parser.isSet(simulatorOption), parser.value(recordOption),
                         std::move(options));
    }

    QString apiKey = parser.value(apiKeyOption);
    if (apiKey.isEmpty())
        apiKey = QProcessEnvironment::systemEnvironment().value(QStringLiteral("SHURIKEN_API_KEY"));

    std::unique_ptr<sim::SimulatorServer> simulator;
    StreamClient::Options clientOptions;
    clientOptions.apiKey = apiKey;
    clientOptions.allowForeignAuthOrigin = parser.isSet(allowForeignOption);
    if (parser.isSet(simulatorOption)) {
        if (parser.isSet(baseUrlOption))
            return usageError(
                QCoreApplication::translate("shuriken-stream", "--simulator and --base-url exclude each other"));
        sim::SimulatorConfig config;
        config.apiKey = apiKey; // a key given on the command line is then checked by the simulator too
        simulator = startSimulator(config);
        if (!simulator)
            return ExitConnectionFailed;
        clientOptions.baseUrl = simulator->baseUrl();
    } else {
        if (parser.isSet(baseUrlOption)) {
            const QUrl url(parser.value(baseUrlOption));
            if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
                return usageError(
                    QCoreApplication::translate("shuriken-stream", "--base-url \"%1\" is not an absolute URL")
                        .arg(parser.value(baseUrlOption)));
            clientOptions.baseUrl = url;
        }
        if (apiKey.isEmpty() && !parser.isSet(catalogOption))
            return usageError(QCoreApplication::translate(
                "shuriken-stream", "no API key: pass --api-key, set SHURIKEN_API_KEY, or use --simulator"));
    }

    QNetworkAccessManager network;
    StreamClient client(&network);
    clientOptions.typedRows = needsTypedRows(options);
    client.setOptions(clientOptions);

    if (parser.isSet(catalogOption)) {
        int exitCode = ExitOk;
        CatalogService catalog(client.apiClient());
        catalog.fetch(&app, [&exitCode](const ApiResult<StreamCatalog> &result) {
            if (result.ok()) {
                printCatalog(result.value());
            } else {
                std::fprintf(stderr, "shuriken-stream: %s\n", qPrintable(result.error().displayText()));
                const auto kind = result.error().kind();
                exitCode = kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden
                    ? ExitAuthentication
                    : ExitConnectionFailed;
            }
            QCoreApplication::quit();
        });
        app.exec();
        return exitCode;
    }
    if (options.subscriptions.isEmpty())
        return usageError(QCoreApplication::translate("shuriken-stream",
                                                      "nothing to do: give at least one --subscribe (or --catalog)"));

    // The recording starts before the client does, so it holds the whole session.
    StreamCommand command(&client, options);
    return runRecorded(client, command, parser.value(recordOption),
                       simulator ? QStringLiteral("simulator") : QStringLiteral("shuriken"), clientOptions.baseUrl);
}
