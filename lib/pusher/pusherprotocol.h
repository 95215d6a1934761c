#pragma once

// Pure encode/decode of the Pusher Channels protocol 7 messages (PROTOCOL.md 2.2, 2.3), for
// both ends: the client (StreamClient) and the simulator's server. No I/O, no QObject.
// One header for all of it; each part has its own: the messages (pushermessage.h), decoding
// (pusherdecoder.h), encoding (pusherencoder.h) and channel signatures (channelsignature.h).

#include "channelsignature.h"
#include "pusherdecoder.h"
#include "pusherencoder.h"
#include "pushermessage.h"

// What this header offered before the split, for files that relied on it.
#include <QByteArrayView>
#include <QJsonObject>
#include <QStringList>
#include <QStringView>
