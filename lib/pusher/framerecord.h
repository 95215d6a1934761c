#pragma once

// One WebSocket frame as the connection debugger and the flight recorder keep it: inbound exactly
// as received, outbound with its secrets redacted.

#include "redaction.h"

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

namespace shuriken::pusher {

struct FrameRecord
{
    enum class Direction
    {
        In,
        Out,
    };
    Direction direction = Direction::In;
    /// When the frame was received or sent, in microseconds since the epoch.
    qint64 timestampUs = 0;
    /// Size of the frame on the wire (bytes of the message).
    qint64 sizeBytes = 0;
    /// A binary message (the protocol uses text frames only).
    bool binary = false;
    /// The envelope's `event` and `channel`; empty when the frame has none or could not be read.
    QString event;
    QString channel;
    /// Inbound: the exact bytes received (they carry no secret of ours). Outbound: the frame's
    /// text with every `auth` value redacted (see shuriken::redactFrameText()).
    QByteArray data;
};

/// Microseconds since the epoch, for FrameRecord::timestampUs.
qint64 currentTimeUs();

} // namespace shuriken::pusher

Q_DECLARE_METATYPE(shuriken::pusher::FrameRecord)
