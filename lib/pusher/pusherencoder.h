#pragma once

// Encoding of the Pusher protocol's frames, for both ends.

#include "jsontext.h"
#include "pushermessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace shuriken::pusher {

// Client → server: `data` is an object. Server → client: `data` is a JSON-encoded string.

QByteArray encodeSubscribe(const Subscribe &subscribe);
QByteArray encodeUnsubscribe(const QString &channel);
QByteArray encodePing();
QByteArray encodePong();

QByteArray encodeConnectionEstablished(const QString &socketId, int activityTimeoutSeconds);
QByteArray encodeError(const QString &message, std::optional<int> code);
QByteArray encodeServerPing();
QByteArray encodeServerPong();
QByteArray encodeSubscriptionSucceeded(const QString &channel,
                                       const std::optional<QList<PresenceMember>> &members = std::nullopt);
QByteArray encodeSubscriptionError(const QString &channel, const QString &type, const QString &error, int status);
/// C→S a client event (`client-…`) as pusher-js sends it: @p dataJson (valid JSON text, checked
/// by the caller) embedded as it is, an object stays an object.
QByteArray encodeClientEvent(const QString &channel, const QString &event, QByteArrayView dataJson);
/// C→S pusher:signin with the user authentication endpoint's answer.
QByteArray encodeSignin(const QString &auth, const QString &userData);

/// `payloadJson` is the stream payload's JSON text; it is embedded as a JSON string.
QByteArray encodeChannelEvent(const QString &channel, const QString &event, QByteArrayView payloadJson);

} // namespace shuriken::pusher
