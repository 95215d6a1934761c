#pragma once

// Pure encode/decode of the Pusher Channels protocol 7 messages (PROTOCOL.md 2.2, 2.3), for
// both ends: the client (StreamClient) and the simulator's server. No I/O, no QObject.
// Any input, however broken, decodes to a message or to a DecodeError; nothing throws or crashes.

#include "jsontext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <variant>

namespace shuriken::pusher {

/// The channel kind is decided by the name's prefix (PROTOCOL.md 2.3).
enum class ChannelType
{
    Public,
    Private,
    PrivateEncrypted,
    Presence,
};
ChannelType channelType(const QString &channel);
/// Letters, digits and `_ - = @ , . ;`, at most 164 characters.
bool isValidChannelName(const QString &channel);

// ---- decoded messages -----------------------------------------------------------------------

/// S→C pusher:connection_established
struct ConnectionEstablished
{
    QString socketId;
    int activityTimeoutSeconds = 0;

    bool operator==(const ConnectionEstablished &) const = default;
};

/// S→C pusher:error (code is null for e.g. "Existing subscription to channel ...")
struct PusherError
{
    QString message;
    std::optional<int> code;
    QString channel; // some servers send it channel-specific

    bool operator==(const PusherError &) const = default;
};

/// pusher:ping in either direction
struct Ping
{
    bool operator==(const Ping &) const = default;
};
/// pusher:pong in either direction
struct Pong
{
    bool operator==(const Pong &) const = default;
};

/// C→S pusher:subscribe
struct Subscribe
{
    QString channel;
    QString auth; // empty for public channels (absent or "" on the wire)
    std::optional<QString> channelData;

    bool operator==(const Subscribe &) const = default;
};

/// C→S pusher:unsubscribe
struct Unsubscribe
{
    QString channel;

    bool operator==(const Unsubscribe &) const = default;
};

struct PresenceMember
{
    QString userId;
    QJsonValue userInfo;

    bool operator==(const PresenceMember &) const = default;
};

/// S→C pusher_internal:subscription_succeeded
struct SubscriptionSucceeded
{
    QString channel;
    // Presence channels only.
    std::optional<QList<PresenceMember>> members;

    bool operator==(const SubscriptionSucceeded &) const = default;
};

/// S→C pusher:subscription_error, in any of its shapes: a plain string, {type, error, status},
/// {message, code}, or no data at all (PROTOCOL.md 2.3, gap G12).
struct SubscriptionError
{
    QString channel;
    QString type; // e.g. "AuthError"; may be empty
    QString error; // human text; never empty after decoding ("subscription failed" if nothing given)
    std::optional<int> status;

    bool operator==(const SubscriptionError &) const = default;
};

/// S→C pusher_internal:member_added / member_removed
struct MemberAdded
{
    QString channel;
    PresenceMember member;

    bool operator==(const MemberAdded &) const = default;
};
struct MemberRemoved
{
    QString channel;
    QString userId;

    bool operator==(const MemberRemoved &) const = default;
};

/// Spare bytes a decoded ChannelEvent::payload has after its end (within its capacity, zeroed):
/// a SIMD JSON parser may read that far, so the payload parses without a copy (simdjson asks for
/// 64). Only decode()'s stream-event fast path provides them; check capacity() before relying on it.
inline constexpr qsizetype PayloadPadding = 64;

/// S→C a stream event on a channel. `payload` holds the exact bytes of the payload JSON text
/// (the decoded `data` string, or the serialized object when a server sent an object).
struct ChannelEvent
{
    QString channel;
    QString event;
    QByteArray payload;
    QString userId; // presence client events only

    bool operator==(const ChannelEvent &) const = default;
};

/// A message the protocol defines but Shuriken does not use (pusher:signin_success,
/// pusher:cache_miss, pusher_internal:subscription_count, ...) or an unknown pusher:* event.
/// Kept so the debugger can show it; never routed to a subscription.
struct IgnoredMessage
{
    QString event;
    QString channel;

    bool operator==(const IgnoredMessage &) const = default;
};

/// A decoded message. A struct deriving from std::variant (rather than an alias) so other headers
/// can forward-declare it; std::visit, std::get_if and std::holds_alternative work on it as on
/// the variant itself.
struct Message
    : std::variant<ConnectionEstablished, PusherError, Ping, Pong, Subscribe, Unsubscribe, SubscriptionSucceeded,
                   SubscriptionError, MemberAdded, MemberRemoved, ChannelEvent, IgnoredMessage>
{
    using variant::variant;
    using variant::operator=;
};
// The variant's operator< would be found by QMetaType's detection and fail to instantiate, as the
// alternatives have no order; deleting it for Message makes the detection answer "no".
bool operator<(const Message &, const Message &) = delete;

struct DecodeError
{
    QString message; // what was wrong, for the frame inspector and the error counter

    bool operator==(const DecodeError &) const = default;
};

using DecodeResult = std::variant<DecodeError, Message>;

/// Decodes one text frame (UTF-8 JSON). `data` may be a JSON string (decoded as JSON when it
/// parses, kept as text otherwise) or an object.
DecodeResult decode(const QByteArray &frame);
inline bool isError(const DecodeResult &result)
{
    return std::holds_alternative<DecodeError>(result);
}

/// The wire `event` of a message ("pusher:ping", "pusher_internal:member_added", "update", ...);
/// Ping and Pong give "pusher:ping"/"pusher:pong" whichever side sent them.
QString eventName(const Message &message);
/// The channel a message concerns; empty for connection-level messages.
QString channelName(const Message &message);

// ---- encoding -------------------------------------------------------------------------------
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
/// `payloadJson` is the stream payload's JSON text; it is embedded as a JSON string.
QByteArray encodeChannelEvent(const QString &channel, const QString &event, QByteArrayView payloadJson);

/// The JSON string writer moved to lib/core (jsontext.h); callers that still name it
/// pusher::appendJsonString keep compiling until they name shuriken::appendJsonString.
using shuriken::appendJsonString;

// ---- auth signatures (PROTOCOL.md 1.4) --------------------------------------------------------

/// "<appKey>:<hex HMAC-SHA256(secret, socketId:channel[:channelData])>". Only the server side
/// (the simulator) signs; the client forwards what the auth endpoint returns.
QString signChannel(const QString &appKey, const QByteArray &appSecret, const QString &socketId, const QString &channel,
                    const std::optional<QString> &channelData = std::nullopt);

/// Constant-time check of an auth string against the expected signature.
bool verifyChannelSignature(const QString &auth, const QString &appKey, const QByteArray &appSecret,
                            const QString &socketId, const QString &channel,
                            const std::optional<QString> &channelData = std::nullopt);

} // namespace shuriken::pusher

Q_DECLARE_METATYPE(shuriken::pusher::Message)
