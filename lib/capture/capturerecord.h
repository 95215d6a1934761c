#pragma once

// What a capture holds: the flight recorder's entries and a capture file's records. One session's
// WebSocket frames (inbound exactly as received; outbound with their `auth` redacted), HTTP
// exchanges with the control plane (redacted as the HTTP inspector shows them), connection
// state changes and subscription status changes, each stamped in µs since the epoch.
//
// The file format (docs/capture-format.md) writes one JSON Lines record per entry after a header.

#include "httpexchange.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <variant>

namespace shuriken::capture {

/// The native format's version. Readers refuse a file of a newer version. Version 2 added the
/// frame record's `json` member (a frame that is a JSON object, embedded as it is).
inline constexpr int FormatVersion = 2;
/// The header record's `format` value.
inline constexpr char FormatName[] = "shuriken-capture";

/// The first record of a capture file: what produced it and the session's context.
struct CaptureHeader
{
    int formatVersion = FormatVersion;
    QString productName; // "Shuriken Stream Monitor", or the tool a HAR came from
    QString productVersion;
    /// "simulator", "shuriken", "har" (imported) ...: the profile the session ran with.
    QString profile;
    /// The control plane's base URL (no user info, no key).
    QUrl baseUrl;
    /// The stream catalog as the server sent it (the body of GET /api/v2/ws/streams), or empty.
    QByteArray catalogJson;
    /// When the capture begins (the first entry may come later), µs since the epoch.
    qint64 startedAtUs = 0;
};

/// One WebSocket frame.
struct FrameEntry
{
    enum class Direction : quint8
    {
        In,
        Out,
    };
    qint64 timeUs = 0;
    Direction direction = Direction::In;
    /// A binary frame (the protocol uses text frames only; kept to show what arrived).
    bool binary = false;
    /// The bytes are known to be one well-formed JSON object (the decoder checked them, or they
    /// were read from a capture's `json` member), so a capture file embeds them as they are.
    bool wellFormedObject = false;
    /// Inbound: the exact bytes received. Outbound: the frame sent, `auth` values redacted.
    QByteArray data;
};

/// One finished HTTP exchange with the control plane, secrets redacted (HttpExchange says how).
struct HttpEntry
{
    qint64 timeUs = 0; // when the request started
    HttpExchange exchange;
};

/// The connection changed state.
struct StateEntry
{
    qint64 timeUs = 0;
    /// "disconnected", "connecting", "connected", "reconnecting" or "failed".
    QString state;
    QString reason;
};

/// A subscription changed status.
struct SubscriptionEntry
{
    qint64 timeUs = 0;
    /// The subscription's key (stream id with its filters, as the session request names it).
    QString key;
    QString stream;
    QString channel; // empty until the session resolved it
    /// "pending", "authorizing", "subscribing", "subscribed", "error" or "unsubscribed".
    QString status;
    QString reason;
};

using CaptureEntry = std::variant<FrameEntry, HttpEntry, StateEntry, SubscriptionEntry>;

/// When @p entry happened, µs since the epoch.
qint64 entryTimeUs(const CaptureEntry &entry);

/// A whole capture in memory: the header and the entries in time order.
struct Capture
{
    CaptureHeader header;
    QList<CaptureEntry> entries;
};

} // namespace shuriken::capture

Q_DECLARE_METATYPE(shuriken::capture::CaptureEntry)
