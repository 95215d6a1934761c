#pragma once

#include "randomsource.h"
#include "simulatorconfig.h"
#include "simulatorserver.h"

#include <QString>

namespace shuriken::sim {

class ClientConnection;

/// What the parts of a SimulatorServer (RestApi, ChannelHub, Publisher, FaultInjector) share:
/// the facade whose signals they emit, the configuration, the counters behind stats() and the
/// address clients are told to use.
struct ServerContext
{
    ServerContext(SimulatorServer *owner, const SimulatorConfig &simConfig);

    qint64 nowMs() const;
    /// The host a client should connect to: the address @p connection reached (or the bind
    /// address), with a wildcard replaced by loopback and an IPv4-mapped address unmapped.
    QString hostForClients(const ClientConnection *connection) const;

    SimulatorServer *q;
    SimulatorConfig config;
    SimulatorStats counters;
    /// Draws both the REST request ids and the socket ids, in the order requests arrive, so a
    /// seed reproduces the same ids.
    RandomSource idRandom;
    quint16 port = 0;
};

} // namespace shuriken::sim
