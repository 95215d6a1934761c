#pragma once

// Decoding of the Pusher protocol's text frames. Any input, however broken, decodes to a
// message or to a DecodeError; nothing throws or crashes.

#include "pushermessage.h"

#include <QByteArray>

namespace shuriken::pusher {

/// Decodes one text frame (UTF-8 JSON). `data` may be a JSON string (decoded as JSON when it
/// parses, kept as text otherwise) or an object. @p wellFormedObject, when given, is set when the
/// decoder checked on its way that the frame is one well-formed JSON object (strict RFC 8259,
/// UTF-8): true for the stream events the fast path reads, false when nothing was checked (the
/// frame may still be one). A capture embeds such a frame as it is instead of escaping it.
DecodeResult decode(const QByteArray &frame, bool *wellFormedObject = nullptr);
} // namespace shuriken::pusher
