#pragma once

// The one contract between the wire decoder, which writes payloads, and the payload parser,
// which reads them: a payload may carry spare bytes after its end, inside its own allocation, so
// a SIMD JSON parser can read past the end without copying the payload first.

#include <QByteArray>
#include <QByteArrayView>

namespace shuriken {

/// Spare bytes a padded payload has after its end, within its capacity and zeroed. simdjson
/// reads up to 64 bytes beyond a document (SIMDJSON_PADDING; the parser static_asserts it).
inline constexpr qsizetype PayloadPadding = 64;

/// A copy of @p bytes in a block of its own with PayloadPadding zeroed bytes after its end.
QByteArray paddedPayload(QByteArrayView bytes);

/// True when @p payload can be parsed in place: its block holds PayloadPadding readable bytes
/// after its end. A payload made any other way (tests, replays, fromRawData) is copied first.
inline bool hasPayloadPadding(const QByteArray &payload)
{
    return payload.capacity() - payload.size() >= PayloadPadding;
}

} // namespace shuriken
