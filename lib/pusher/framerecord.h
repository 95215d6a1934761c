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
    /// Inbound: the decoder checked that the bytes are one well-formed JSON object (see
    /// pusher::decode()); false when nothing checked it.
    bool wellFormedObject = false;
    /// The envelope's `event` and `channel`; empty when the frame has none or could not be read.
    QString event;
    QString channel;
    /// Inbound: the exact bytes received (they carry no secret of ours). Outbound: the frame's
    /// text with every `auth` value redacted (see shuriken::redactFrameText()).
    QByteArray data;
};

/// A frame as it passes, for an observer that handles it at once and keeps nothing of it (a
/// capture file's writer): no copy, no names. The bytes are valid only during the call; they are
/// what a FrameRecord's `data` would hold (inbound exact, outbound redacted).
struct FrameView
{
    FrameRecord::Direction direction = FrameRecord::Direction::In;
    qint64 timestampUs = 0;
    bool binary = false;
    bool wellFormedObject = false;
    QByteArrayView data;
};

/// Microseconds since the epoch, for FrameRecord::timestampUs.
qint64 currentTimeUs();

} // namespace shuriken::pusher

Q_DECLARE_METATYPE(shuriken::pusher::FrameRecord)
