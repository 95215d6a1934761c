#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shuriken {

/// One stream event as it left the wire: routed by (channel, event), stamped on arrival.
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
    /// The parsed payload; empty when the payload is not a JSON object (then `parseError` says why).
    QJsonObject json;
    QString parseError;

    /// An event as StreamClient makes it from a decoded frame: stamped now, payload parsed.
    /// The benchmarks call it too, so they measure exactly what the product does.
    static StreamEvent fromFrame(const QString &stream, const QString &channel, const QString &event,
                                 const QByteArray &payload);
};

using StreamEventBatch = QList<StreamEvent>;

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::StreamEvent)
Q_DECLARE_METATYPE(shuriken::StreamEventBatch)
