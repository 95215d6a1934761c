#pragma once

#include "dto.h"

#include <QString>

namespace shuriken::sim {

/// The Pusher channel a (stream, filter) resolves to for a user. Stable across calls and
/// restarts for the same inputs, made only of valid channel characters, at most 164 long.
/// Public streams: "<stream id>" or "<stream id>-<16 hex digits of a SHA-256 of the canonical
/// filter>". Presence streams follow the historical Shuriken patterns (PROTOCOL.md 1.2):
/// "presence-alpha-<user>", "presence-notification_<user>", "presence-signal-feed-<user>[-<hash>]",
/// ...
/// Epoch N > 0 (a restarted or redeployed service, SimulatorConfig::epoch) appends "-e<N>", so the
/// prefix that makes a channel presence or private stays; epoch 0 appends nothing.
QString channelNameFor(const StreamDescriptor &stream, const StreamFilter &filter, const QString &userId,
                       quint32 epoch = 0);

/// @p userId reduced to channel-name characters (others become '_'), at most 64 long.
QString channelSafeUserId(const QString &userId);

} // namespace shuriken::sim
