#pragma once

#include "dto.h"
#include "httpmessage.h"
#include "pusherendpoints.h"
#include "simulatorserver.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace shuriken::sim {

class ChannelHub;
class ClientConnection;
class FaultInjector;
struct ServerContext;

/// The REST control plane: POST /api/v2/ws/session (which binds the channels it resolves in the
/// hub), GET /api/v2/ws/streams, POST /api/v2/ws/auth with real signatures, the Bearer check,
/// the error envelope and the HTTP side of a WebSocket upgrade. Asks FaultInjector for an error
/// or a delay before each answer. In generic Pusher mode the Shuriken endpoints are gone and
/// PusherEndpoints answers instead.
class RestApi final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorServer) // one translation context for the whole simulator
    Q_DISABLE_COPY_MOVE(RestApi)

public:
    RestApi(ServerContext &context, ChannelHub &hub, FaultInjector &faults);

    /// Answers one REST request (or CORS preflight) on @p connection.
    void handle(ClientConnection &connection, const HttpRequest &request);
    /// Answers an upgrade request that cannot become a Pusher WebSocket (wrong path, WebSocket
    /// version) and returns true; false when the hub may take the connection over.
    bool refuseUpgrade(ClientConnection &connection, const HttpRequest &request);

private:
    std::optional<RestEndpoint> endpointFor(const QByteArray &path) const;
    QString nextRequestId();
    HttpResponse jsonResponse(int status, const QJsonObject &body);
    HttpResponse errorResponse(int status, const QString &code, const QString &message,
                               const QJsonValue &details = QJsonValue(QJsonValue::Null));
    static HttpResponse plainResponse(int status, const QByteArray &text);
    std::optional<HttpResponse> checkBearer(const HttpRequest &request);
    HttpResponse faultResponse(const RestFault &fault);
    HttpResponse route(ClientConnection &connection, const HttpRequest &request);
    HttpResponse handleSession(ClientConnection &connection, const HttpRequest &request);
    HttpResponse handleStreams(const HttpRequest &request);
    HttpResponse handleAuth(const HttpRequest &request);
    QString validateFilter(const StreamDescriptor &stream, const StreamFilter &filter) const;
    void respond(ClientConnection &connection, const HttpRequest &request, const HttpResponse &response,
                 std::optional<RestEndpoint> endpoint);

    ServerContext &m_context;
    ChannelHub &m_hub;
    FaultInjector &m_faults;
    StreamCatalog m_catalog;
    PusherEndpoints m_pusherEndpoints;
};

} // namespace shuriken::sim
