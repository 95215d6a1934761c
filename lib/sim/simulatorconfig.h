#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace shuriken::sim {

/// How portfolio.notifications and automation.updates spell their fields (PROTOCOL.md 4.5):
/// the TypeScript SDK's camelCase objects, or the Rust types' snake_case fields (and, for
/// automation.updates, the Rust variants taskUpdate/regionalStats).
enum class NotificationCasing
{
    CamelCase,
    SnakeCase,
};

/// Everything a SimulatorServer can be told at construction. Defaults describe the product's
/// embedded simulator; tests shorten the timers.
struct SimulatorConfig
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);

    /// The Pusher app key before the epoch suffix; clients get effectiveAppKey().
    QString appKey = QStringLiteral("sim-app-key");
    QString appSecret = QStringLiteral("sim-app-secret-0123456789abcdef");
    /// When set, every REST request must carry "Authorization: Bearer <apiKey>"; when empty any
    /// (or no) Bearer is accepted, as the embedded default without an API key.
    QString apiKey;
    /// The user every accepted key belongs to: presence channels and notifications carry it.
    QString userId = QStringLiteral("usr_sim0001");
    QString userName = QStringLiteral("Simulated trader");

    /// Which deployment of the service this is. A restarted or redeployed service may hand out
    /// another app key and other channel names to the next session (PROTOCOL.md 2.6); epoch N > 0
    /// appends "-e<N>" to the app key and to every channel name the session endpoint resolves,
    /// so a client that reconnects without bootstrapping again is refused (4001, unknown app) or
    /// subscribes to channels that stay silent. 0 (the default) adds nothing.
    quint32 epoch = 0;

    /// Seeds socket ids, request ids and every generator: the n-th event of a channel is the
    /// same for the same seed and the same clock readings.
    quint64 seed = 1;
    /// Multiplies every stream's rate.
    double rateMultiplier = 1.0;
    /// Events per second per stream id; streams missing here use defaultStreamRate().
    QHash<QString, double> streamRates;

    /// Announced in pusher:connection_established.
    int activityTimeoutSeconds = 120;
    /// Client silence after which the server sends pusher:ping; 0 = activityTimeoutSeconds.
    int serverPingIntervalMs = 0;
    /// How long the server waits for any frame after its pusher:ping before closing with 4201.
    int pongTimeoutMs = 30000;
    /// How long a close handshake may take before the socket is cut.
    int closeTimeoutMs = 2000;
    /// Period of the publishing tick; events due since the last tick are sent together.
    int tickIntervalMs = 20;

    /// session.recommendedReconnectBackoffMs of every session response; tests shorten it.
    QList<qint64> reconnectBackoffMs = {1000, 2000, 4000};

    /// The session response inside {data: ...} (default) or bare (PROTOCOL.md 5.2).
    bool wrapSessionInData = true;
    /// authEndpoint as "/api/v2/ws/auth" instead of an absolute URL. pusher-js on Node.js (and
    /// so the TypeScript SDK) cannot resolve a relative endpoint, hence absolute by default.
    bool relativeAuthEndpoint = false;
    NotificationCasing notificationCasing = NotificationCasing::CamelCase;

    /// Firehose: every svm.token.swaps channel publishes this many events as fast as its
    /// subscribers drain them, instead of at its rate; 0 = off.
    quint64 firehoseCount = 0;
    /// Firehose backpressure: no more frames are queued for a socket above this many bytes.
    qint64 firehoseHighWaterBytes = 1 << 20;
    /// Normal publishing skips a subscriber whose socket has this many bytes unsent (the gap
    /// shows in its seq numbers).
    qint64 maxBacklogBytes = 64 << 20;

    // ---- generic Pusher mode ---------------------------------------------------------------
    /// Behave as a plain Pusher-protocol server (Pusher Channels, soketi, Laravel Reverb) instead
    /// of the Shuriken service: no Shuriken REST endpoints (404) and no generators; channel and
    /// user authentication endpoints as an application backend serves them (/pusher/auth,
    /// /broadcasting/auth, /pusher/user-auth), the signed HTTP API (/apps/<appId>/events, ...),
    /// client events, pusher:signin and private-encrypted channels.
    bool genericPusher = false;
    /// The app id of the HTTP API paths (/apps/<appId>/...).
    QString appId = QStringLiteral("sim-app-id");
    /// 32 bytes from which each private-encrypted channel's shared secret is derived. Fixed by
    /// default so tests can compute the secrets themselves.
    QByteArray encryptionMasterKey = QByteArrayLiteral("sim-encryption-master-key-32byte");
    /// When set, the authentication endpoints want "X-CSRF-TOKEN: <token>" (or a `_token` form
    /// field) and answer 419 "Page Expired" without it, as a Laravel backend does.
    QByteArray csrfToken;
    /// Channels the authentication endpoints refuse with 403 (by name prefix), as a backend
    /// whose authorization callback says no.
    QStringList forbiddenChannelPrefixes;

    /// Wall clock in milliseconds since the epoch; injectable so payload times are predictable.
    std::function<qint64()> clock;

    /// appKey with the epoch's suffix: what the session announces and /app/<key> must match.
    QString effectiveAppKey() const;
    /// "-e<N>" for epoch N > 0, empty for epoch 0.
    static QString epochSuffix(quint32 epoch);

    /// Events per second of a stream when streamRates does not name it.
    static double defaultStreamRate(const QString &streamId);
    double rateFor(const QString &streamId) const;
    int effectiveServerPingIntervalMs() const;
};

} // namespace shuriken::sim
