#pragma once

// Triggering events through a Pusher-protocol server's HTTP API (`POST /apps/{app_id}/events`)
// and listing its channels (`GET /apps/{app_id}/channels`), as Pusher's server libraries do:
// every request signed with the app secret (httpapisignature.h), events on private-encrypted-
// channels sealed with the channel's shared secret (secretbox.h), failures explained with their
// likely cause (pusherexplain.h). Works with Pusher Channels, soketi, Reverb and Ably's adapter.

#include "apiclient.h"
#include "apiresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

namespace shuriken {

/// The app the requests are signed for. The API's base URL is the ApiClient's.
struct PusherAppCredentials
{
    QString appId;
    QString appKey;
    QString appSecret;
    /// 32 raw bytes; needed only to trigger on private-encrypted- channels.
    QByteArray encryptionMasterKey;
};

/// One event to trigger.
struct PusherEvent
{
    QString name;
    /// The event's data as the user typed it (usually JSON text): sent as the JSON string `data`,
    /// unchanged, so subscribers get exactly these characters.
    QString data;
    QStringList channels;
    /// The socket_id ("123.456") of a connection that must not receive the event, e.g. the
    /// monitor's own; empty for none.
    QString excludeSocketId;
};

class PusherHttpApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PusherHttpApi)

public:
    using Callback = std::function<void(const ApiResult<QJsonObject> &result)>;
    /// Seconds since the epoch, for auth_timestamp (servers refuse a clock 600 s off).
    using Clock = std::function<qint64()>;

    // Pusher's documented limits; soketi and Reverb default to the same or larger ones.
    static constexpr qsizetype maxEventNameLength = 200;
    static constexpr qsizetype maxChannels = 100;
    static constexpr qsizetype maxDataBytes = 10240;

    /// @p client is not owned and must outlive this object. Its base URL is the HTTP API's
    /// (PusherSettings::effectiveHttpApiUrl()) and it should carry no API key: the Pusher API
    /// authenticates by signature, and a Bearer key would only leak to that server.
    explicit PusherHttpApi(ApiClient *client, QObject *parent = nullptr);

    void setCredentials(const PusherAppCredentials &credentials) { m_credentials = credentials; }
    const PusherAppCredentials &credentials() const { return m_credentials; }
    /// Replaces the system clock (tests, or a clock corrected by the server's time).
    void setClock(Clock clock);

    /// The user's error in @p event or in the credentials, translated; empty when it can be sent.
    QString validate(const PusherEvent &event) const;

    /// Posts @p event. Answers exactly once, asynchronously, through @p callback (dropped when
    /// @p context is destroyed first, as with ApiClient): the server's JSON answer (`{}` from
    /// Pusher), or an ApiError whose message carries the server's words and what they most likely
    /// mean. An event that fails validate() is not sent: ApiError::Kind::Refused with the reason.
    /// Returns the id of the request's HttpExchange, 0 when nothing was sent.
    quint64 trigger(const PusherEvent &event, QObject *context, Callback callback);

    /// GET /apps/<id>/channels, only channels starting with @p prefix when it is not empty
    /// (`filter_by_prefix`); answers like trigger() with `{"channels": {...}}`.
    quint64 channels(const QString &prefix, QObject *context, Callback callback);

private:
    /// The body to post for @p event, or the user's error.
    std::variant<QByteArray, QString> eventBody(const PusherEvent &event) const;
    QString credentialsError() const;
    quint64 send(const QByteArray &method, const QString &pathInApi, const QByteArray &body,
                 const QList<QPair<QString, QString>> &extra, QObject *context, Callback callback);
    void refuse(const QString &reason, QObject *context, Callback callback);

    ApiClient *m_client;
    PusherAppCredentials m_credentials;
    Clock m_clock;
};

} // namespace shuriken
