#pragma once

// The frames the decode and GUI benchmarks feed: svm.token.swaps events for wrapped SOL made by
// the simulator's own generator and framed by pusher::encodeChannelEvent, i.e. byte for byte
// what `shuriken-sim --firehose` sends.

#include "streamevent.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace shuriken::pusher {
struct ChannelEvent;
}

namespace shuriken::bench {

struct SwapCorpus
{
    QString stream; // "svm.token.swaps"
    QString channel; // as the simulator resolves it for the wrapped-SOL filter
    QString event; // the stream's event name from the built-in catalog
    QList<QByteArray> frames; // complete Pusher text frames
    qint64 frameBytes = 0; // sum over frames
    qint64 payloadBytes = 0; // sum of the payloads' JSON text

    double meanFrameBytes() const { return frames.isEmpty() ? 0.0 : double(frameBytes) / double(frames.size()); }
    double meanPayloadBytes() const { return frames.isEmpty() ? 0.0 : double(payloadBytes) / double(frames.size()); }
};

/// @p count frames with seq 1..count, deterministic for @p seed.
SwapCorpus makeSwapCorpus(int count, quint64 seed = 1);

/// A decoded channel event as StreamClient::routeEvent turns it into a StreamEvent: through
/// StreamEvent::fromFrame, the same function, so the payload parse the figures include is the
/// product's (a bench that skipped it would not measure what the product does, DESIGN.md).
StreamEvent toStreamEvent(const pusher::ChannelEvent &frame, const QString &stream);

} // namespace shuriken::bench
