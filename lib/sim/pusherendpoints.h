#pragma once

#include "httpmessage.h"
#include "simulatorserver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QUrlQuery;

namespace shuriken::sim {

class ChannelHub;
struct ServerContext;

/// The HTTP side of a plain Pusher deployment, for the generic mode: the application backend's
/// authentication endpoints as pusher-js and Laravel Echo call them (POST /pusher/auth,
/// /broadcasting/auth, /pusher/user-auth, /broadcasting/user-auth) and the signed Pusher HTTP
/// API (POST /apps/<appId>/events and batch_events, GET /apps/<appId>/channels[/<name>[/users]]).
/// Errors come as real servers send them: plain text from the HTTP API, JSON {"message"} from
/// the backend, Laravel's HTML page for a missing CSRF token.
class PusherEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorServer) // one translation context for the whole simulator
    Q_DISABLE_COPY_MOVE(PusherEndpoints)

public:
    PusherEndpoints(ServerContext &context, ChannelHub &hub);

    /// The endpoint (for faults and delays) that serves @p path in generic mode, if any.
    static std::optional<RestEndpoint> endpointFor(const QByteArray &path);
    /// Answers a request whose path endpointFor() recognized as @p endpoint.
    HttpResponse handle(const HttpRequest &request, RestEndpoint endpoint);

private:
    /// One event of a trigger or batch request, checked.
    struct Trigger
    {
        QString name;
        QByteArray data;
        QStringList channels;
        QString socketId; // excluded from delivery
        QStringList info;
    };
    using Params = QHash<QByteArray, QByteArray>;

    static Params requestParams(const HttpRequest &request);
    std::optional<HttpResponse> checkCsrf(const HttpRequest &request, const Params &params) const;
    HttpResponse channelAuth(const HttpRequest &request);
    HttpResponse userAuth(const HttpRequest &request);
    QString presenceChannelData(const QString &userId) const;

    HttpResponse httpApi(const HttpRequest &request);
    HttpResponse triggerEvents(const QByteArray &body);
    HttpResponse batchEvents(const QByteArray &body);
    std::optional<Trigger> parseTrigger(const QJsonObject &object, bool batchItem, HttpResponse *error) const;
    std::optional<QStringList> parseInfo(const QJsonValue &value, HttpResponse *error) const;
    int deliver(const Trigger &trigger);
    QJsonObject channelAttributes(const QString &channel, const QStringList &info) const;
    HttpResponse listChannels(const QUrlQuery &query);
    HttpResponse channelInfo(const QString &channel, const QUrlQuery &query);
    HttpResponse channelUsers(const QString &channel);

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse message(int status, const QString &text);
    static HttpResponse plain(int status, const QString &text);

    ServerContext &m_context;
    ChannelHub &m_hub;
};

} // namespace shuriken::sim
