#pragma once

#include "simulatorserver.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shuriken::sim {

class ChannelHub;
struct ServerContext;

/// The simulator's faults: WebSocket faults applied to the hub's connections at once (drops,
/// closes, pusher:error, malformed frames, withheld pongs and confirmations) and REST faults
/// (error answers and delays) that RestApi asks for on each request. Every fault is logged and
/// counted in SimulatorStats::faultsInjected.
class FaultInjector final
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorServer) // one translation context for the whole simulator
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    FaultInjector(ServerContext &context, ChannelHub &hub);

    // ---- WebSocket -------------------------------------------------------------------------
    int dropAllConnections();
    int closeAllConnections(int code, const QString &reason);
    int sendPusherError(std::optional<int> code, const QString &message);
    int sendChannelPusherError(const QString &channel, std::optional<int> code, const QString &message);
    void setSubscribeConfirmationsEnabled(bool enabled);
    bool subscribeConfirmationsEnabled() const;
    void setPongsEnabled(bool enabled);
    bool pongsEnabled() const;
    int sendMalformedFrame(MalformedFrame kind);

    // ---- REST ------------------------------------------------------------------------------
    void addRestFault(const RestFault &fault);
    void setRestDelay(int delayMs, RestEndpoints endpoints);
    void clearRestFaults();
    QList<RestFault> restFaults() const { return m_restFaults; }
    int restDelayMs() const { return m_restDelayMs; }
    /// The delay before answering a request to @p endpoint (none for an unknown path).
    int restDelayFor(std::optional<RestEndpoint> endpoint) const;
    /// The fault that answers the next request to @p endpoint, if any; the latest added wins
    /// and a counted fault is used up by this call.
    std::optional<RestFault> takeRestFault(RestEndpoint endpoint);
    /// The error code and message the service would send with @p status.
    static std::pair<QString, QString> restError(int status);

private:
    ServerContext &m_context;
    ChannelHub &m_hub;
    QList<RestFault> m_restFaults;
    int m_restDelayMs = 0;
    RestEndpoints m_restDelayEndpoints = kAllRestEndpoints;
};

} // namespace shuriken::sim
