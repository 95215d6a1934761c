#pragma once

// Value types of the REST control plane (PROTOCOL.md section 1) and their strict JSON mapping.
// Parsing checks every required field for presence and type, tolerates unknown fields, keeps
// 64-bit integers exact and reports the first problem as "path: what was wrong".

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace shuriken {

/// Resolves an API path the way every request does: a relative @p target is appended to the
/// base URL's path, so a base URL with a path prefix (a proxy's "https://host/shuriken") keeps
/// it, also for a leading '/' (QUrl::resolved would drop it). A scheme-relative target
/// ("//host/path") takes the base's scheme; an absolute one is returned as it is.
QUrl resolveAgainstBaseUrl(const QUrl &baseUrl, const QUrl &target);

/// A stream filter in canonical form: keys sorted (QMap keeps them sorted), values strings.
using StreamFilter = QMap<QString, QString>;

/// "chainId=1,tokenAddress=0xab": the canonical text of a filter, stable across key order.
QString canonicalFilterText(const StreamFilter &filter);

/// What a client asks the session endpoint for: one stream with one filter.
struct SubscriptionRequest
{
    QString stream;
    StreamFilter filter;

    QJsonObject toJson() const;
    /// Server side (simulator): filter values must be strings.
    static std::optional<SubscriptionRequest> fromJson(const QJsonValue &value, QString *error);
    /// "svm.token.swaps{tokenAddress=So1...}" — also usable as a map key.
    QString key() const;

    friend bool operator==(const SubscriptionRequest &, const SubscriptionRequest &) = default;
};

/// {"subscriptions":[...]} for POST /api/v2/ws/session.
QJsonObject sessionRequestBody(const QList<SubscriptionRequest> &requests);

enum class Visibility
{
    Public,
    Private,
    Presence,
};
QString visibilityToString(Visibility visibility);
std::optional<Visibility> visibilityFromString(const QString &text);

/// The `connection` block of a session: where the WebSocket lives.
struct ConnectionParams
{
    QString provider;
    QString appKey;
    QString wsHost;
    quint16 wsPort = 0;
    bool forceTls = false;
    /// Always absolute: a relative value from the server is resolved against the API base URL.
    QUrl authEndpoint;

    QJsonObject toJson() const;
    friend bool operator==(const ConnectionParams &, const ConnectionParams &) = default;
};

/// One entry of a session's `subscriptions`: the channel and event a (stream, filter) maps to.
struct ResolvedSubscription
{
    QString stream;
    QString channel;
    QString event;
    Visibility visibility = Visibility::Public;
    QString payloadFormat;
    QString payloadSchemaId;
    QString payloadSchemaUrl; // optional

    /// Authorization is needed when the stream is presence/private or the channel name says so
    /// (PROTOCOL.md 3.3, gap G9: the prefix alone is not enough).
    bool requiresAuthorization() const;

    QJsonObject toJson() const;
    friend bool operator==(const ResolvedSubscription &, const ResolvedSubscription &) = default;
};

/// The answer of POST /api/v2/ws/session.
struct Session
{
    ConnectionParams connection;
    QList<qint64> recommendedReconnectBackoffMs;
    QList<ResolvedSubscription> subscriptions;
    QString requestId; // from the envelope, when present

    /// @p body is the whole response body, `data`-wrapped or bare; @p baseUrl resolves a
    /// relative authEndpoint.
    static std::optional<Session> fromJson(const QJsonObject &body, const QUrl &baseUrl, QString *error);
    /// The payload (without envelope).
    QJsonObject toJson() const;
};

struct FilterDescriptor
{
    QString name;
    bool required = false;
    QString description;

    friend bool operator==(const FilterDescriptor &, const FilterDescriptor &) = default;
};

/// One stream of the catalog (GET /api/v2/ws/streams).
struct StreamDescriptor
{
    QString id;
    Visibility visibility = Visibility::Public;
    QList<FilterDescriptor> filters;
    QString event;
    QString payloadFormat;
    QString payloadSchemaId;
    QString description; // optional on the wire

    /// "svm" for "svm.token.swaps".
    QString streamNamespace() const;
    QStringList requiredFilterNames() const;

    static std::optional<StreamDescriptor> fromJson(const QJsonValue &value, QString *error);
    QJsonObject toJson() const;
    friend bool operator==(const StreamDescriptor &, const StreamDescriptor &) = default;
};

/// The stream catalog and where it came from.
struct StreamCatalog
{
    enum class Source
    {
        Server,
        BuiltIn,
    };

    QList<StreamDescriptor> streams;
    Source source = Source::Server;

    /// @p body is the whole response body, `data`-wrapped or bare.
    static std::optional<StreamCatalog> fromJson(const QJsonObject &body, QString *error);
    /// The 21 streams of PROTOCOL.md section 4, for servers without a catalog endpoint.
    static StreamCatalog builtIn();

    const StreamDescriptor *find(const QString &streamId) const;
    /// The payload (without envelope).
    QJsonObject toJson() const;
};

/// The bare answer of the channel-auth endpoint.
struct ChannelAuth
{
    QString auth;
    std::optional<QString> channelData; // presence channels only; forwarded verbatim
    /// private-encrypted- channels only: the base64 secretbox key of the channel's events.
    std::optional<QString> sharedSecret;

    static std::optional<ChannelAuth> fromJson(const QJsonObject &body, QString *error);
    QJsonObject toJson() const;
    friend bool operator==(const ChannelAuth &, const ChannelAuth &) = default;
};

/// Unwraps the `{data: ...}` success envelope; a bare body is returned as it is.
QJsonValue unwrapDataEnvelope(const QJsonObject &body);

} // namespace shuriken

Q_DECLARE_METATYPE(shuriken::Session)
Q_DECLARE_METATYPE(shuriken::StreamCatalog)
Q_DECLARE_METATYPE(shuriken::ChannelAuth)
