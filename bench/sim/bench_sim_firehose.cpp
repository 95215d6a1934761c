// bench_sim_firehose: how fast the simulator can feed one client.
//
// Starts `shuriken-sim --firehose N` as its own process (so server and consumer each get a core,
// as in real use), resolves an svm.token.swaps channel through the REST session endpoint,
// subscribes with a plain QWebSocket and counts the frames, checking every payload's seq for
// gaps. Prints events/s, MB/s, the payload size and the gap count. With --decode every frame also
// goes through pusher::decode, the codec the product's client runs.

#include "pusherprotocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

namespace {

struct Figures
{
    quint64 events = 0;
    quint64 gaps = 0; // missing sequence numbers
    quint64 frameBytes = 0;
    quint64 payloadBytes = 0;
    quint64 decoded = 0;
    quint64 decodeErrors = 0;
    qint64 firstEventNs = -1;
    qint64 lastEventNs = 0;
};

// The seq digits follow the first `\"seq\":` of the frame (the simulator writes it first).
quint64 seqOf(QStringView frame)
{
    static const QString marker = QStringLiteral("\\\"seq\\\":");
    const qsizetype at = frame.indexOf(marker);
    if (at < 0)
        return 0;
    quint64 seq = 0;
    for (qsizetype i = at + marker.size(); i < frame.size(); ++i) {
        const char16_t c = frame[i].unicode();
        if (c < u'0' || c > u'9')
            break;
        seq = seq * 10 + (c - u'0');
    }
    return seq;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_sim_firehose"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Firehose throughput of shuriken-sim to one QWebSocket client."));
    parser.addHelpOption();
    const QCommandLineOption eventsOption(QStringLiteral("events"), QStringLiteral("Events to publish."),
                                          QStringLiteral("n"), QStringLiteral("2000000"));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("Path of shuriken-sim."),
                                       QStringLiteral("path"), QStringLiteral(SHURIKEN_SIM_EXECUTABLE));
    const QCommandLineOption decodeOption(QStringLiteral("decode"),
                                          QStringLiteral("Also run pusher::decode on every frame."));
    parser.addOptions({eventsOption, simOption, decodeOption});
    parser.process(app);
    const quint64 target = parser.value(eventsOption).toULongLong();
    const bool decode = parser.isSet(decodeOption);
    if (target == 0) {
        std::fprintf(stderr, "--events must be positive\n");
        return 2;
    }

    QProcess sim;
    sim.setProgram(parser.value(simOption));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--firehose"),
                      QString::number(target), QStringLiteral("--no-stdin"), QStringLiteral("--seed"),
                      QStringLiteral("1")});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start();
    if (!sim.waitForStarted(10000) || !sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(sim.program()));
        return 1;
    }
    const QString line = QString::fromUtf8(sim.readLine()).trimmed();
    const QUrl baseUrl(line.section(u' ', -1));
    if (!baseUrl.isValid() || baseUrl.port() <= 0) {
        std::fprintf(stderr, "unexpected first line: %s\n", qPrintable(line));
        return 1;
    }

    // Resolve the channel as a real client would.
    QNetworkAccessManager network;
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/api/v2/ws/session"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply
        = network.post(request,
                       QByteArrayLiteral(R"({"subscriptions":[{"stream":"svm.token.swaps","filter":)"
                                         R"({"tokenAddress":"So11111111111111111111111111111111111111112"}}]})"));
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const QJsonObject data
        = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("data")).toObject();
    reply->deleteLater();
    const QString channel = data.value(QStringLiteral("subscriptions"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("channel"))
                                .toString();
    if (channel.isEmpty()) {
        std::fprintf(stderr, "session bootstrap failed\n");
        return 1;
    }

    Figures figures;
    QElapsedTimer clock;
    clock.start();
    quint64 expected = 1;
    bool subscribed = false;
    QWebSocket socket;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &app, [&](const QString &text) {
        if (!subscribed && text.contains(QLatin1String("pusher:connection_established"))) {
            subscribed = true;
            socket.sendTextMessage(
                QStringLiteral(R"({"event":"pusher:subscribe","data":{"channel":"%1"}})").arg(channel));
            return;
        }
        const quint64 seq = seqOf(text);
        if (seq == 0)
            return; // subscription_succeeded and other protocol frames
        if (figures.firstEventNs < 0)
            figures.firstEventNs = clock.nsecsElapsed();
        ++figures.events;
        figures.frameBytes += quint64(text.size()); // ASCII: one byte per UTF-16 unit
        if (seq != expected)
            figures.gaps += seq > expected ? seq - expected : 0;
        expected = seq + 1;
        // The payload size comes from decoding (every frame with --decode, else every 61st).
        if (decode || figures.events % 61 == 1) {
            const auto result = shuriken::pusher::decode(text.toUtf8());
            const auto *message = std::get_if<shuriken::pusher::Message>(&result);
            const auto *event = message ? std::get_if<shuriken::pusher::ChannelEvent>(message) : nullptr;
            if (event) {
                figures.payloadBytes += quint64(event->payload.size());
                ++figures.decoded;
            } else {
                ++figures.decodeErrors;
            }
        }
        if (figures.events == target) {
            figures.lastEventNs = clock.nsecsElapsed();
            QCoreApplication::quit();
        }
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &app, [&] {
        std::fprintf(stderr, "socket closed after %llu events\n", static_cast<unsigned long long>(figures.events));
        figures.lastEventNs = clock.nsecsElapsed();
        QCoreApplication::quit();
    });
    QUrl wsUrl = baseUrl;
    wsUrl.setScheme(QStringLiteral("ws"));
    wsUrl.setPath(QStringLiteral("/app/")
                  + data.value(QStringLiteral("connection")).toObject().value(QStringLiteral("appKey")).toString());
    wsUrl.setQuery(QStringLiteral("protocol=7&client=bench&version=1"));
    socket.open(wsUrl);

    // A stalled run ends instead of hanging: 10 µs per event plus a minute.
    QTimer::singleShot(std::chrono::milliseconds(60000 + qint64(target / 100)), &app, [&] {
        std::fprintf(stderr, "timed out after %llu events\n", static_cast<unsigned long long>(figures.events));
        figures.lastEventNs = clock.nsecsElapsed();
        QCoreApplication::quit();
    });
    app.exec();

    QObject::disconnect(&socket, nullptr, &app, nullptr);
    socket.abort();
    sim.terminate();
    sim.waitForFinished(5000);

    const double seconds = double(figures.lastEventNs - std::max<qint64>(0, figures.firstEventNs)) / 1e9;
    const double perSecond = seconds > 0 ? double(figures.events) / seconds : 0;
    const double payload = figures.decoded ? double(figures.payloadBytes) / double(figures.decoded) : 0.0;
    std::printf("events          %llu of %llu\n", static_cast<unsigned long long>(figures.events),
                static_cast<unsigned long long>(target));
    std::printf("seconds         %.3f (first to last event)\n", seconds);
    std::printf("events/s        %.0f\n", perSecond);
    std::printf("MB/s (frames)   %.1f\n", seconds > 0 ? double(figures.frameBytes) / seconds / 1e6 : 0.0);
    std::printf("frame bytes     %.0f mean\n",
                figures.events ? double(figures.frameBytes) / double(figures.events) : 0.0);
    std::printf("payload bytes   %.0f mean of %llu decoded\n", payload,
                static_cast<unsigned long long>(figures.decoded));
    std::printf("seq gaps        %llu\n", static_cast<unsigned long long>(figures.gaps));
    std::printf("decode errors   %llu\n", static_cast<unsigned long long>(figures.decodeErrors));
    std::fflush(stdout);
    return figures.events == target && figures.gaps == 0 ? 0 : 1;
}
