#pragma once

// Decoding of the Pusher protocol's text frames. Any input, however broken, decodes to a
// message or to a DecodeError; nothing throws or crashes.

#include "pushermessage.h"

#include <QByteArray>

namespace shuriken::pusher {

/// Decodes one text frame (UTF-8 JSON). `data` may be a JSON string (decoded as JSON when it
/// parses, kept as text otherwise) or an object.
DecodeResult decode(const QByteArray &frame);
} // namespace shuriken::pusher
