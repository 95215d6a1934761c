#pragma once

// Internals of the decoder that the tests compare against each other: the generic decoder
// (pusherdecoder.cpp) and the envelope scanner (envelopescanner.cpp).

#include "pusherdecoder.h"

#include <QByteArrayView>

#include <optional>

namespace shuriken::pusher::detail {

/// decode() through QJsonDocument only, without the channel-event fast path.
DecodeResult decodeGeneric(const QByteArray &frame);

/// The fast path of decode(): a channel event whose envelope members are all strings. nullopt
/// for anything else (pusher events, other value types, anything unusual); decode() then takes
/// the generic path, so both give the same result for every frame.
std::optional<Message> decodeChannelEventFast(QByteArrayView frame);

} // namespace shuriken::pusher::detail
