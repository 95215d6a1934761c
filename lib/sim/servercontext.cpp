#include "servercontext.h"

#include "clientconnection.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpSocket>

namespace shuriken::sim {

ServerContext::ServerContext(SimulatorServer *owner, const SimulatorConfig &simConfig)
    : q(owner)
    , config(simConfig)
    , idRandom(mixSeed(simConfig.seed, 0x51dc0de5ULL))
{ }

qint64 ServerContext::nowMs() const
{
    return config.clock ? config.clock() : QDateTime::currentMSecsSinceEpoch();
}

QString ServerContext::hostForClients(const ClientConnection *connection) const
{
    QHostAddress address = connection ? connection->socket()->localAddress() : config.bindAddress;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress::AnyIPv6)
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace shuriken::sim
