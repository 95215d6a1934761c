// Prints how many frames per second the codec handles: decode of a typical ~500-byte stream
// event, decode of control frames, and encodeChannelEvent as the simulator's firehose uses it.
// Not a test: nothing is asserted. Run it from a Release (or ci) build.

#include "pusherprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace shuriken::pusher;
using shuriken::appendJsonString;

namespace {

QByteArray typicalPayload()
{
    // The shape of an svm.swaps update (PROTOCOL.md 4.2), about 450 bytes.
    return QByteArrayLiteral(
        R"({"signature":"5xQ3mK9vR2pLw8YtN4bJ6cHfD1sA7gE3uZ9iO0kM2nB5vC8xW4qT6yU1rP3lK7jH9","slot":312345678,)"
        R"("blockTime":1732363456,"tokenMint":"So11111111111111111111111111111111111111112",)"
        R"("poolAddress":"8sLbNZoA1cfnvMJLPfp98ZLAnFSYCFApfJKMbiXNLwxj","side":"buy","amountIn":"1250000000",)"
        R"("amountOut":"48211992811","priceUsd":"0.0000259311","valueUsd":"187.42","trader":)"
        R"("7YttLkHDoNj9wyDur5pM1ejNaAvT9X4eqaYcHQqtj2G5","dex":"raydium","seq":1234567})");
}

void report(QTextStream &out, const char *name, qint64 iterations, qint64 elapsedNs, qint64 bytesPerIteration)
{
    const double seconds = static_cast<double>(elapsedNs) / 1e9;
    const double perSecond = static_cast<double>(iterations) / seconds;
    out << qSetFieldWidth(44) << Qt::left << name << qSetFieldWidth(0) << QString::number(perSecond, 'f', 0) << " /s  "
        << QString::number(perSecond * static_cast<double>(bytesPerIteration) / 1e6, 'f', 1) << " MB/s  "
        << QString::number(static_cast<double>(elapsedNs) / static_cast<double>(iterations), 'f', 0) << " ns each\n";
    out.flush();
}

/// Runs `body` for about half a second and reports the rate.
void measure(QTextStream &out, const char *name, qint64 bytes, const std::function<void()> &body)
{
    for (int i = 0; i < 1000; ++i) // warm-up
        body();
    QElapsedTimer timer;
    timer.start();
    qint64 iterations = 0;
    while (timer.nsecsElapsed() < 500'000'000) {
        for (int i = 0; i < 1000; ++i)
            body();
        iterations += 1000;
    }
    report(out, name, iterations, timer.nsecsElapsed(), bytes);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const QByteArray payload = typicalPayload();
    const QString channel = QStringLiteral("private-svm-swaps-So11111111111111111111111111111111111111112");
    const QString event = QStringLiteral("update");
    const QByteArray frame = encodeChannelEvent(channel, event, payload);
    out << "payload " << payload.size() << " bytes, frame " << frame.size() << " bytes\n";

    qint64 sink = 0;
    measure(out, "decode ChannelEvent", frame.size(), [&] {
        const DecodeResult result = decode(frame);
        if (const auto *message = std::get_if<Message>(&result)) {
            if (const auto *channelEvent = std::get_if<ChannelEvent>(message))
                sink += channelEvent->payload.size();
        }
    });
    const QByteArray subscribed = encodeSubscriptionSucceeded(channel);
    measure(out, "decode subscription_succeeded", subscribed.size(), [&] { sink += isError(decode(subscribed)); });
    const QByteArray ping = encodeServerPing();
    measure(out, "decode pusher:ping", ping.size(), [&] { sink += isError(decode(ping)); });
    measure(out, "encodeChannelEvent", frame.size(),
            [&] { sink += encodeChannelEvent(channel, event, payload).size(); });
    measure(out, "appendJsonString (payload, reused buffer)", payload.size(), [&] {
        static QByteArray buffer;
        buffer.clear();
        appendJsonString(buffer, QByteArrayView(payload));
        sink += buffer.size();
    });
    out << "(checksum " << sink << ")\n";
    return 0;
}
