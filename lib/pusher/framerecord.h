#pragma once

// One WebSocket frame as the connection debugger shows it, with its secrets redacted.

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
    /// Size of the frame on the wire (UTF-8 bytes of the text frame).
    qint64 sizeBytes = 0;
    /// The envelope's `event` and `channel`; empty when the frame has none or could not be read.
    QString event;
    QString channel;
    /// The frame's text with every `auth` value redacted (see redactFrameText()).
    QString text;
};

/// "<appKey>:…<last 4 hex digits>" for an auth string "<appKey>:<signature>" (the app key is
/// public: it is in the WebSocket URL); "…<last 4>" when there is no key part, "…" when the
/// value is too short to show anything safely.
QString redactAuth(QStringView auth);

/// The frame's text with the value of every `"auth"` field replaced by redactAuth() of it, also
/// inside a JSON-encoded `data` string. The rest of the text is kept byte for byte.
QString redactFrameText(QByteArrayView frame);

/// Microseconds since the epoch, for FrameRecord::timestampUs.
qint64 currentTimeUs();

} // namespace shuriken::pusher

Q_DECLARE_METATYPE(shuriken::pusher::FrameRecord)
