#pragma once

// Channel authorization signatures (PROTOCOL.md 1.4).

#include <QByteArray>
#include <QString>

#include <optional>

namespace shuriken::pusher {

/// "<appKey>:<hex HMAC-SHA256(secret, socketId:channel[:channelData])>". Only the server side
/// (the simulator) signs; the client forwards what the auth endpoint returns.
QString signChannel(const QString &appKey, const QByteArray &appSecret, const QString &socketId, const QString &channel,
                    const std::optional<QString> &channelData = std::nullopt);

/// Constant-time check of an auth string against the expected signature.
bool verifyChannelSignature(const QString &auth, const QString &appKey, const QByteArray &appSecret,
                            const QString &socketId, const QString &channel,
                            const std::optional<QString> &channelData = std::nullopt);

/// User authentication (pusher:signin): "<appKey>:<hex HMAC-SHA256(secret,
/// socketId::user::userData)>", @p userData being the exact JSON text the client sends on.
QString signUserAuthentication(const QString &appKey, const QByteArray &appSecret, const QString &socketId,
                               const QString &userData);

/// Constant-time check of a pusher:signin auth string against the expected signature.
bool verifyUserAuthentication(const QString &auth, const QString &appKey, const QByteArray &appSecret,
                              const QString &socketId, const QString &userData);

} // namespace shuriken::pusher
