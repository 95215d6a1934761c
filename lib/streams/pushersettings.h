#pragma once

// A Pusher-protocol server the client talks to directly: Pusher Channels, soketi, Laravel Reverb,
// Ably's Pusher adapter or any other. No REST bootstrap: the WebSocket, the channel authorization
// endpoint and (optionally) the app credentials are given, with pusher-js' option names and
// defaults.

#include "pusherconnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace shuriken {

struct PusherSettings
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::PusherSettings)

public:
    /// Where the settings came from; a preset fills in the server's usual values.
    enum class Preset
    {
        Custom,
        PusherChannels, // ws-<cluster>.pusher.com, TLS
        Soketi, // 127.0.0.1:6001, app-id / app-key / app-secret
        Reverb, // localhost:8080 (php artisan reverb:start)
        Ably, // realtime-pusher.ably.io, key = the Ably key's part before the colon
    };

    Preset preset = Preset::Custom;
    QString appKey;
    /// With no host: the WebSocket is ws-<cluster>.pusher.com and the HTTP API
    /// api-<cluster>.pusher.com.
    QString cluster;
    /// pusher-js' wsHost; wins over the cluster.
    QString host;
    quint16 wsPort = 80;
    quint16 wssPort = 443;
    /// pusher-js' forceTLS: wss on wssPort, else ws on wsPort.
    bool tls = true;
    /// pusher-js' wsPath: prepended to /app/<key>.
    QString path;

    /// Channel authorization (private-, presence-, private-encrypted-): a form POST of socket_id
    /// and channel_name, plus authParams, with authHeaders. Ignored for channels signed locally.
    QUrl channelAuthEndpoint;
    QList<QPair<QByteArray, QByteArray>> authHeaders;
    QList<QPair<QString, QString>> authParams;
    /// User authentication (pusher:signin): a form POST of socket_id; empty = no sign-in.
    QUrl userAuthEndpoint;

    /// The app's credentials (the secret comes from the keychain and is never logged). With the
    /// secret, private and presence channels are signed here instead of through the endpoint,
    /// and events can be triggered through the HTTP API (which also needs the app id).
    QString appId;
    QString appSecret;
    /// 32 bytes (given as base64): the shared secret of encrypted channels signed here, and the
    /// encryption of events triggered on them.
    QByteArray encryptionMasterKey;
    /// The presence channel_data of channels signed here: {"user_id", "user_info"}.
    QString userId = QStringLiteral("qt-monitor");
    QJsonObject userInfo;
    /// The HTTP API's base URL; empty = derived (api-<cluster>.pusher.com, or the WebSocket's
    /// host and port with http(s)).
    QUrl httpApiUrl;

    /// What a client replaying a recorded Pusher session is given: valid, and never used to
    /// connect (a replay opens no socket and signs nothing).
    static PusherSettings forReplay();
    /// The settings a preset starts from (Custom: pusher-js' defaults, nothing else).
    static PusherSettings forPreset(Preset preset);
    static QString presetText(Preset preset);
    static QString presetId(Preset preset); // "pusher", "soketi", "reverb", "ably", "custom"
    static std::optional<Preset> presetFromId(const QString &id);

    /// The host the WebSocket connects to (host, else ws-<cluster>.pusher.com).
    QString effectiveHost() const;
    pusher::PusherEndpoint endpoint() const;
    /// Where POST /apps/<appId>/events goes.
    QUrl effectiveHttpApiUrl() const;
    bool signsLocally() const { return !appSecret.isEmpty(); }
    bool canTrigger() const { return !appSecret.isEmpty() && !appId.isEmpty(); }
    /// The user's error in these settings, translated, or empty when they can be used.
    QString validate() const;

    /// "wss://ws-eu.pusher.com:443 (key abc)" for status texts; no secret.
    QString describe() const;

    friend bool operator==(const PusherSettings &, const PusherSettings &) = default;
};

/// Splits "Name: value" into a header; false when there is no name or no colon.
bool parseHeaderLine(const QString &line, QPair<QByteArray, QByteArray> *header);

} // namespace shuriken
