#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shuriken {

/// One stream event as it left the wire: routed by (channel, event), stamped on arrival.
///
/// The payload is kept as the exact JSON text it arrived as and checked once, on arrival; no
/// parsed object is built. Consumers extract what they need from the text (the event table its
/// schema columns), so an event costs one validating pass instead of a QJsonObject: measured with
/// bench_decode on 428-byte svm.token.swaps payloads, QJsonDocument::fromJson took 1,400 ns per
/// payload and simdjson's validating parse 235 ns.
struct StreamEvent
{
    /// Receive time, microseconds since the Unix epoch (QDateTime::currentMSecsSinceEpoch()
    /// resolution is not enough to tell events of one frame burst apart).
    qint64 receivedAtUs = 0;
    QString stream;
    QString channel;
    QString event;
    /// The payload's exact JSON text as it arrived (the decoded `data` string).
    QByteArray payload;
    /// The payload's top-level integer `seq` (the simulator numbers events per channel), or -1.
    qint64 seq = -1;
    /// Empty when the payload is a JSON object; otherwise why it is not, for the user.
    QString parseError;

    /// Checks the payload (valid JSON, an object) and reads its `seq`: sets parseError and seq.
    /// fromFrame() does it; call it on an event made by hand (tests, replay) before delivering it.
    void inspectPayload();

    /// An event as StreamClient makes it from a decoded frame: stamped now, payload inspected.
    /// The benchmarks call it too, so they measure exactly what the product does.
    static StreamEvent fromFrame(const QString &stream, const QString &channel, const QString &event,
                                 const QByteArray &payload);
};

using StreamEventBatch = QList<StreamEvent>;

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::StreamEvent)
Q_DECLARE_METATYPE(shuriken::StreamEventBatch)
