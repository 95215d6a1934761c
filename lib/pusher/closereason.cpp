#include "closereason.h"

#include <QCoreApplication>

namespace shuriken::pusher {

namespace {

class CloseReasonText
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::pusher::CloseReason)
};

QString meaningOf(int closeCode)
{
    switch (closeCode) {
    case 1000:
        return CloseReasonText::tr("normal closure");
    case 1001:
        return CloseReasonText::tr("going away");
    case 1002:
        return CloseReasonText::tr("protocol error");
    case 1003:
        return CloseReasonText::tr("unsupported data");
    case 1005:
        return CloseReasonText::tr("no status code");
    case 1006:
        return CloseReasonText::tr("connection lost");
    case 1007:
        return CloseReasonText::tr("invalid frame payload");
    case 1008:
        return CloseReasonText::tr("policy violation");
    case 1009:
        return CloseReasonText::tr("message too big");
    case 1010:
        return CloseReasonText::tr("missing extension");
    case 1011:
        return CloseReasonText::tr("internal server error");
    case 1015:
        return CloseReasonText::tr("TLS handshake failed");
    case 4000:
        return CloseReasonText::tr("application only accepts TLS");
    case 4001:
        return CloseReasonText::tr("application does not exist");
    case 4003:
        return CloseReasonText::tr("application disabled");
    case 4004:
        return CloseReasonText::tr("over connection quota");
    case 4005:
        return CloseReasonText::tr("path not found");
    case 4006:
        return CloseReasonText::tr("invalid version string format");
    case 4007:
        return CloseReasonText::tr("unsupported protocol version");
    case 4008:
        return CloseReasonText::tr("no protocol version supplied");
    case 4009:
        return CloseReasonText::tr("connection unauthorized");
    case 4100:
        return CloseReasonText::tr("over capacity");
    case 4200:
        return CloseReasonText::tr("generic reconnect immediately");
    case 4201:
        return CloseReasonText::tr("pong not received");
    case 4202:
        return CloseReasonText::tr("closed after inactivity");
    case 4301:
        return CloseReasonText::tr("client event rate limit exceeded");
    case 4302:
        return CloseReasonText::tr("watchlist limit exceeded");
    default:
        break;
    }
    if (closeCode >= 4000 && closeCode <= 4099)
        return CloseReasonText::tr("connection refused");
    if (closeCode >= 4100 && closeCode <= 4199)
        return CloseReasonText::tr("server busy");
    if (closeCode >= 4200 && closeCode <= 4299)
        return CloseReasonText::tr("reconnect immediately");
    return CloseReasonText::tr("unknown close code");
}

} // namespace

CloseAction closeActionFor(int closeCode)
{
    switch (closeCode) {
    case 4000:
        return CloseAction::ReconnectWithTls;
    case 4005:
    case 4006:
    case 4007:
    case 4008:
        return CloseAction::Fail;
    default:
        break;
    }
    // The rest of 4000-4099 are refusals of the endpoint (4001, 4003, 4004, 4009 and codes a
    // newer server may add): a fresh session may carry another host or key.
    if (closeCode >= 4000 && closeCode <= 4099)
        return CloseAction::RefreshSession;
    if (closeCode >= 4200 && closeCode <= 4299)
        return CloseAction::RetryImmediately;
    // 4100-4199 (busy), 4300+ (only meaningful on pusher:error; as a close code nothing says
    // more than "try later"), 1002-1004 and every other WebSocket code.
    return CloseAction::Backoff;
}

QString describeCloseCode(int closeCode)
{
    return QString::number(closeCode) + QLatin1Char(' ') + meaningOf(closeCode);
}

} // namespace shuriken::pusher
