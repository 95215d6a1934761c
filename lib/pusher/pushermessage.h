#pragma once

// The messages of the Pusher Channels protocol 7 (PROTOCOL.md 2.2, 2.3) as plain values, shared
// by the decoder, the encoders, the client and the simulator's server.

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

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

/// S→C a stream event on a channel. `payload` holds the exact bytes of the payload JSON text
/// (the decoded `data` string, or the serialized object when a server sent an object). decode()'s
/// fast path gives it shuriken::PayloadPadding spare bytes (paddedpayload.h); check with
/// shuriken::hasPayloadPadding() before relying on them.
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
    /// The message's `data` as JSON text (a string's content, an object's compact text), for the
    /// few the client reads (pusher:signin_success's user_data).
    QByteArray data;

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

inline bool isError(const DecodeResult &result)
{
    return std::holds_alternative<DecodeError>(result);
}

/// The wire `event` of a message ("pusher:ping", "pusher_internal:member_added", "update", ...);
/// Ping and Pong give "pusher:ping"/"pusher:pong" whichever side sent them.
QString eventName(const Message &message);
/// The channel a message concerns; empty for connection-level messages.
QString channelName(const Message &message);

} // namespace shuriken::pusher

Q_DECLARE_METATYPE(shuriken::pusher::Message)
