// bench_decode: how fast one core turns stream frames into what the GUI needs.
//
// Feeds a corpus of svm.token.swaps frames (the simulator's generator, framed by
// pusher::encodeChannelEvent: byte for byte what the firehose sends) through
//   - pusher::decode alone (envelope and `data` string),
//   - pusher::decode plus the payload check StreamClient does for every event (simdjson),
//   - the payload check alone, and QJsonDocument's parse of it for reference,
//   - EventTableModel::appendBatch alone (the GUI's per-row work: schema columns extracted from
//     the parsed object into the compact row), batches of 800 as at 50k events/s, and, for
//     reference, the UTF-8 -> QString -> UTF-8 round trip of QWebSocket's text-message path and
//     QJsonDocument over the whole frame.
// Prints frames/s, MB/s of frame text and ns per frame, timed by the thread's CPU time so other
// work on a shared machine does not count against the decoder. Nothing is asserted.

#include "benchfigures.h"
#include "displayfilter.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "pusherprotocol.h"
#include "swapcorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

using namespace shuriken;

namespace {

struct Measured
{
    qint64 frames = 0;
    double cpuSeconds = 0;
};

/// Runs @p body over the corpus, round and round, for about @p seconds of CPU time.
Measured measure(qsizetype corpusSize, double seconds, const std::function<void(qsizetype)> &body)
{
    for (qsizetype i = 0; i < corpusSize; ++i) // warm-up: caches, allocator pools
        body(i);
    Measured result;
    const double start = bench::threadCpuSeconds();
    double now = start;
    while (now - start < seconds) {
        for (qsizetype i = 0; i < corpusSize; ++i)
            body(i);
        result.frames += corpusSize;
        now = bench::threadCpuSeconds();
    }
    result.cpuSeconds = now - start;
    return result;
}

void report(const char *name, const char *label, const Measured &measured, double meanFrameBytes)
{
    const double perSecond = double(measured.frames) / measured.cpuSeconds;
    std::printf("%-44s %10.0f frames/s %8.1f MB/s %8.0f ns/frame\n", label, perSecond, perSecond * meanFrameBytes / 1e6,
                1e9 / perSecond);
    const QByteArray key = QByteArray("decode.") + name;
    bench::printFigure(QByteArray(key + ".frames_per_s"), perSecond, "frames/s");
    bench::printFigure(QByteArray(key + ".mb_per_s"), perSecond * meanFrameBytes / 1e6, "MB/s", "-", 1);
    bench::printFigure(QByteArray(key + ".ns_per_frame"), 1e9 / perSecond, "ns");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_decode"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Frames/s of pusher::decode and of the payload parse on generated swap frames."));
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("CPU seconds per measurement."),
                                           QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption framesOption(QStringLiteral("frames"), QStringLiteral("Frames in the corpus."),
                                          QStringLiteral("n"), QStringLiteral("4096"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run one measurement: decode, decode_parse, parse, parse_qjson, "
                                                       "table_append, utf16_roundtrip or frame_qjson (for "
                                                       "profiling)."),
                                        QStringLiteral("name"));
    parser.addOptions({secondsOption, framesOption, onlyOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const int frameCount = parser.value(framesOption).toInt();
    const QString only = parser.value(onlyOption);
    if (seconds <= 0 || frameCount <= 0) {
        std::fprintf(stderr, "--seconds and --frames must be positive\n");
        return 2;
    }
    auto wanted = [&only](const char *name) {
        return only.isEmpty() || only == QLatin1String(name);
    };

    const bench::SwapCorpus corpus = bench::makeSwapCorpus(frameCount);
    QList<QByteArray> payloads;
    for (const QByteArray &frame : corpus.frames) {
        const auto result = pusher::decode(frame);
        const auto *message = std::get_if<pusher::Message>(&result);
        const auto *event = message ? std::get_if<pusher::ChannelEvent>(message) : nullptr;
        if (!event) {
            std::fprintf(stderr, "the corpus does not decode to channel events\n");
            return 1;
        }
        payloads.append(event->payload);
    }
    std::printf("corpus: %d svm.token.swaps frames, %.0f bytes per frame, %.0f bytes per payload\n", frameCount,
                corpus.meanFrameBytes(), corpus.meanPayloadBytes());
    bench::printFigure("decode.frame_bytes", corpus.meanFrameBytes(), "bytes");
    bench::printFigure("decode.payload_bytes", corpus.meanPayloadBytes(), "bytes");

    const qsizetype size = corpus.frames.size();
    qint64 sink = 0;
    if (wanted("decode")) {
        report("decode", "pusher::decode",
               measure(size, seconds,
                       [&](qsizetype i) {
                           const auto result = pusher::decode(corpus.frames.at(i));
                           if (const auto *message = std::get_if<pusher::Message>(&result)) {
                               if (const auto *event = std::get_if<pusher::ChannelEvent>(message))
                                   sink += event->payload.size();
                           }
                       }),
               corpus.meanFrameBytes());
    }
    if (wanted("decode_parse")) {
        report("decode_parse", "pusher::decode + payload parse (StreamClient)",
               measure(size, seconds,
                       [&](qsizetype i) {
                           const auto result = pusher::decode(corpus.frames.at(i));
                           if (const auto *message = std::get_if<pusher::Message>(&result)) {
                               if (const auto *event = std::get_if<pusher::ChannelEvent>(message))
                                   sink += bench::toStreamEvent(*event, corpus.stream).seq;
                           }
                       }),
               corpus.meanFrameBytes());
    }
    if (wanted("parse")) {
        // The product's one parse of every payload (simdjson) into the typed row, on payloads as
        // decode() leaves them.
        StreamEvent event;
        event.stream = corpus.stream;
        EventRowBuilder builder;
        report("parse", "payload parse into the typed row (EventRowBuilder)",
               measure(size, seconds,
                       [&](qsizetype i) {
                           event.payload = payloads.at(i);
                           builder.build(event);
                           sink += event.seq;
                       }),
               corpus.meanFrameBytes());
    }
    if (wanted("parse_qjson")) {
        report("parse_qjson", "payload parse, QJsonDocument (reference)",
               measure(size, seconds,
                       [&](qsizetype i) { sink += QJsonDocument::fromJson(payloads.at(i)).object().size(); }),
               corpus.meanFrameBytes());
    }
    if (wanted("table_append")) {
        // The events as StreamClient hands them over (parsed once, outside the measurement);
        // the table at its default window, full after the warm-up, so rows are let go as well.
        QList<StreamEvent> events;
        for (const QByteArray &frame : corpus.frames) {
            const auto result = pusher::decode(frame);
            events.append(
                bench::toStreamEvent(std::get<pusher::ChannelEvent>(std::get<pusher::Message>(result)), corpus.stream));
        }
        EventTableModel model(corpus.stream);
        constexpr qsizetype batchSize = 800;
        StreamEventBatch batch;
        report("table_append", "EventTableModel::appendBatch (800 per batch)",
               measure(size, seconds,
                       [&](qsizetype i) {
                           batch.append(events.at(i));
                           if (batch.size() == batchSize || i == size - 1) {
                               model.appendBatch(batch);
                               batch.clear();
                           }
                       }),
               corpus.meanFrameBytes());
        sink += model.rowCount();
    }
    if (wanted("filter")) {
        // Issue 15: a display filter's cost per row on the live path, on rows as the table
        // keeps them (typed, stamped), over the same payloads: one read from typed cells, one
        // that has to parse the payload, one of metadata only.
        EventRowBuilder builder;
        QList<StreamEvent> events;
        for (qsizetype i = 0; i < size; ++i) {
            StreamEvent event;
            event.stream = corpus.stream;
            event.channel = QStringLiteral("public-swaps");
            event.event = QStringLiteral("update");
            event.payload = payloads.at(i);
            builder.build(event);
            events.append(event);
        }
        const StreamSchema schema = builder.schemaFor(corpus.stream);
        const struct
        {
            const char *name;
            const char *label;
            const char *expression;
        } filters[] = {
            {"filter_cells", "display filter from typed cells: isBuy && priceUsd > 150", "isBuy && priceUsd > 150"},
            {"filter_payload", "display filter from the payload: fees.gasLamports > 5000", "fees.gasLamports > 5000"},
            {"filter_metadata", "display filter of metadata: channel contains \"swaps\"", "channel contains \"swaps\""},
        };
        for (const auto &filter : filters) {
            const DisplayFilter parsed = DisplayFilter::parse(QString::fromUtf8(filter.expression));
            const FilterBinding binding = parsed.bind(schema);
            report(filter.name, filter.label,
                   measure(size, seconds,
                           [&](qsizetype i) {
                               sink += parsed.matches(FilterRowContext::fromEvent(events.at(i), &binding)) ? 1 : 0;
                           }),
                   corpus.meanFrameBytes());
        }
    }
    if (wanted("utf16_roundtrip")) {
        report("utf16_roundtrip", "UTF-8 -> QString -> UTF-8 (text message path)",
               measure(size, seconds,
                       [&](qsizetype i) { sink += QString::fromUtf8(corpus.frames.at(i)).toUtf8().size(); }),
               corpus.meanFrameBytes());
    }
    if (wanted("frame_qjson")) {
        report("frame_qjson", "QJsonDocument of the whole frame (reference)",
               measure(size, seconds,
                       [&](qsizetype i) { sink += QJsonDocument::fromJson(corpus.frames.at(i)).object().size(); }),
               corpus.meanFrameBytes());
    }
    return sink == 42 ? 3 : 0; // keeps the work observable
}
