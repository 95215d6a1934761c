#pragma once

// What a Pusher-protocol failure means and what most likely caused it, in the words a support
// engineer would use: every pusher:error, close code, subscription error, auth endpoint answer
// and HTTP API answer the monitor shows comes with one of these. The texts know the usual servers
// (Pusher Channels, soketi, Laravel Reverb, Ably's Pusher adapter) and Laravel's broadcasting
// conventions, because that is where "connected but nothing arrives" is usually decided.
// Pure functions; every text is translated.

#include <QByteArray>
#include <QString>

#include <optional>

namespace shuriken::pusher {

struct Explanation
{
    /// What happened, as one short sentence without a final period. Empty: nothing to explain.
    QString meaning;
    /// What usually causes it and what to check, without a final period; may be empty.
    QString likelyCause;

    /// "Meaning. Likely cause: cause." (or only "Meaning." without a cause); empty when empty.
    QString text() const;
    bool isEmpty() const { return meaning.isEmpty(); }
};

/// A `pusher:error` frame: its `code` (null for many servers' messages) and `message`. The
/// message is read first, since servers reuse codes (Reverb and soketi send 4009 for a bad
/// channel signature, 4301 for client events that are turned off).
Explanation explainPusherError(std::optional<int> code, const QString &message);

/// A WebSocket close code: the standard ones (1000-1015) and Pusher's 4000-4399, known codes by
/// name, unknown ones by their range's rule (4000-4099 do not reconnect, 4100-4199 back off,
/// 4200-4299 reconnect at once).
Explanation explainCloseCode(int code);

/// The answer of the channel authorization endpoint (or, with @p userAuthentication, of the user
/// authentication endpoint behind pusher:signin): @p httpStatus 0 means no HTTP answer at all. A
/// 200 answer is explained only when it cannot be used (HTML, not JSON, no `auth`); a usable
/// one gives an empty explanation.
Explanation explainAuthFailure(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                               bool userAuthentication);

/// A `pusher:subscription_error`: its `status` (an HTTP status from the auth endpoint, or a
/// server's own code), `type` ("AuthError", "LimitReached", ...) and `error` text.
Explanation explainSubscriptionError(std::optional<int> status, const QString &type, const QString &error);

/// Events on a subscribed channel arrive as @p seenEvent while @p boundEvent is what the user
/// listens to. Empty when the names are equal. @p seenEvent may be empty (nothing arrived yet):
/// then only a bound name that cannot work is explained.
Explanation explainEventNameMismatch(const QString &boundEvent, const QString &seenEvent);

/// An answer of the HTTP API (`POST /apps/{id}/events`, `GET /apps/{id}/channels`): @p httpStatus
/// 0 means no HTTP answer; @p body is read for the server's own wording (timestamp, signature).
Explanation explainHttpApiFailure(int httpStatus, const QByteArray &body);

} // namespace shuriken::pusher
