#include "faultinjector.h"

#include "channelhub.h"
#include "clientconnection.h"
#include "jsontext.h"
#include "pusherprotocol.h"
#include "servercontext.h"
#include "simlog.h"
#include "websocketframing.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace shuriken::sim {

namespace {

constexpr qsizetype kHugeFrameBytes = 10 * 1024 * 1024;

} // namespace

std::optional<MalformedFrame> malformedFrameFromName(const QString &name)
{
    if (name == QLatin1String("invalid-json"))
        return MalformedFrame::InvalidJson;
    if (name == QLatin1String("data-not-string"))
        return MalformedFrame::DataNotString;
    if (name == QLatin1String("missing-event"))
        return MalformedFrame::MissingEvent;
    if (name == QLatin1String("huge"))
        return MalformedFrame::Huge;
    if (name == QLatin1String("invalid-utf8"))
        return MalformedFrame::InvalidUtf8;
    return std::nullopt;
}

QString malformedFrameName(MalformedFrame kind)
{
    switch (kind) {
    case MalformedFrame::InvalidJson:
        return QStringLiteral("invalid-json");
    case MalformedFrame::DataNotString:
        return QStringLiteral("data-not-string");
    case MalformedFrame::MissingEvent:
        return QStringLiteral("missing-event");
    case MalformedFrame::Huge:
        return QStringLiteral("huge");
    case MalformedFrame::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    }
    return {};
}

FaultInjector::FaultInjector(ServerContext &context, ChannelHub &hub)
    : m_context(context)
    , m_hub(hub)
{ }

// ---- WebSocket ------------------------------------------------------------------------------

int FaultInjector::dropAllConnections()
{
    const auto targets = m_hub.webSocketConnections();
    qCInfo(lcSim) << "fault: dropping" << targets.size() << "connections";
    for (ClientConnection *connection : targets)
        connection->abort();
    ++m_context.counters.faultsInjected;
    return int(targets.size());
}

int FaultInjector::closeAllConnections(int code, const QString &reason)
{
    if (code < 0 || code > 0xffff || !ws::isValidCloseCode(quint16(code))) {
        // 1005, 1006 and 1015 only describe closes; they may not be sent (RFC 6455 7.4.1).
        qCWarning(lcSim) << "refusing to send the close code" << code;
        return 0;
    }
    const auto targets = m_hub.webSocketConnections();
    qCInfo(lcSim) << "fault: closing" << targets.size() << "connections with" << code;
    for (ClientConnection *connection : targets)
        connection->closeWebSocket(quint16(code), reason.toUtf8());
    ++m_context.counters.faultsInjected;
    return int(targets.size());
}

int FaultInjector::sendPusherError(std::optional<int> code, const QString &message)
{
    const auto targets = m_hub.webSocketConnections();
    const QByteArray frame = pusher::encodeError(message, code);
    qCInfo(lcSim) << "fault: pusher:error" << (code ? *code : 0) << "to" << targets.size() << "connections";
    for (ClientConnection *connection : targets)
        connection->sendText(frame);
    ++m_context.counters.faultsInjected;
    return int(targets.size());
}

int FaultInjector::sendChannelPusherError(const QString &channel, std::optional<int> code, const QString &message)
{
    QJsonObject data {{QStringLiteral("message"), message}};
    data.insert(QStringLiteral("code"), code ? QJsonValue(*code) : QJsonValue(QJsonValue::Null));
    const QByteArray frame = QJsonDocument(QJsonObject {{QStringLiteral("event"), QStringLiteral("pusher:error")},
                                                        {QStringLiteral("channel"), channel},
                                                        {QStringLiteral("data"), data}})
                                 .toJson(QJsonDocument::Compact);
    int reached = 0;
    for (ClientConnection *connection : m_hub.webSocketConnections()) {
        if (!connection->channels.contains(channel))
            continue;
        connection->sendText(frame);
        ++reached;
    }
    qCInfo(lcSim).noquote() << "fault: pusher:error" << (code ? *code : 0) << "on" << channel << "to" << reached
                            << "connections";
    ++m_context.counters.faultsInjected;
    return reached;
}

void FaultInjector::setSubscribeConfirmationsEnabled(bool enabled)
{
    m_hub.setConfirmSubscriptions(enabled);
    qCInfo(lcSim) << (enabled ? "confirming subscriptions again" : "fault: no longer confirming subscriptions");
    if (!enabled)
        ++m_context.counters.faultsInjected;
}

bool FaultInjector::subscribeConfirmationsEnabled() const
{
    return m_hub.confirmsSubscriptions();
}

void FaultInjector::setPongsEnabled(bool enabled)
{
    m_hub.setAnswerPings(enabled);
    qCInfo(lcSim) << (enabled ? "answering pings again" : "fault: no longer answering pings");
    if (!enabled)
        ++m_context.counters.faultsInjected;
}

bool FaultInjector::pongsEnabled() const
{
    return m_hub.answersPings();
}

int FaultInjector::sendMalformedFrame(MalformedFrame kind)
{
    const auto targets = m_hub.webSocketConnections();
    qCInfo(lcSim).noquote() << "fault: malformed frame" << malformedFrameName(kind) << "to" << targets.size()
                            << "connections";
    for (ClientConnection *connection : targets) {
        QString channel = QStringLiteral("sim-fault");
        QString event = QStringLiteral("update");
        if (!connection->channels.isEmpty()) {
            channel = connection->channels.constFirst();
            if (const Channel *subscribed = m_hub.findChannel(channel))
                event = subscribed->event;
        }
        QByteArray head("{\"event\":");
        appendJsonString(head, QStringView(event));
        head.append(",\"channel\":");
        appendJsonString(head, QStringView(channel));
        QByteArray frame;
        switch (kind) {
        case MalformedFrame::InvalidJson:
            frame = head + ",\"data\":\"{\\\"seq\\\":";
            break;
        case MalformedFrame::DataNotString:
            frame = head + ",\"data\":{\"simulatorFault\":\"data-not-string\"}}";
            break;
        case MalformedFrame::MissingEvent:
            frame = "{\"channel\":" + head.mid(head.indexOf(",\"channel\":") + 11)
                + ",\"data\":\"{\\\"simulatorFault\\\":\\\"missing-event\\\"}\"}";
            break;
        case MalformedFrame::Huge: {
            QByteArray payload("{\"simulatorFault\":\"huge\",\"padding\":\"");
            payload.append(QByteArray(kHugeFrameBytes, 'x'));
            payload.append("\"}");
            frame = pusher::encodeChannelEvent(channel, event, payload);
            break;
        }
        case MalformedFrame::InvalidUtf8:
            frame = head
                + ",\"data\":\"{\\\"simulatorFault\\\":\\\"invalid-utf8\\\",\\\"text\\\":\\\"\xC3\x28\xFF\\\"}\"}";
            break;
        }
        connection->sendText(frame);
    }
    ++m_context.counters.faultsInjected;
    return int(targets.size());
}

// ---- REST -----------------------------------------------------------------------------------

void FaultInjector::addRestFault(const RestFault &fault)
{
    qCInfo(lcSim) << "fault: REST" << fault.status << "for" << fault.remaining << "requests (-1 = until cleared)";
    m_restFaults.append(fault);
}

void FaultInjector::setRestDelay(int delayMs, RestEndpoints endpoints)
{
    m_restDelayMs = std::max(0, delayMs);
    m_restDelayEndpoints = endpoints;
    qCInfo(lcSim) << "REST delay" << m_restDelayMs << "ms";
}

void FaultInjector::clearRestFaults()
{
    m_restFaults.clear();
    m_restDelayMs = 0;
    m_restDelayEndpoints = kAllRestEndpoints;
    qCInfo(lcSim) << "REST faults cleared";
}

int FaultInjector::restDelayFor(std::optional<RestEndpoint> endpoint) const
{
    return endpoint && (m_restDelayEndpoints & *endpoint) ? m_restDelayMs : 0;
}

std::optional<RestFault> FaultInjector::takeRestFault(RestEndpoint endpoint)
{
    for (qsizetype i = m_restFaults.size() - 1; i >= 0; --i) {
        RestFault &fault = m_restFaults[i];
        if (!(fault.endpoints & endpoint))
            continue;
        const RestFault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_restFaults.removeAt(i);
        ++m_context.counters.faultsInjected;
        return taken;
    }
    return std::nullopt;
}

std::pair<QString, QString> FaultInjector::restError(int status)
{
    switch (status) {
    case 400:
        return {QStringLiteral("INVALID_PARAMS"), tr("Invalid parameters (simulated fault)")};
    case 401:
        return {QStringLiteral("UNAUTHORIZED"), tr("Invalid or expired API key")};
    case 403:
        return {QStringLiteral("FORBIDDEN"), tr("This API key lacks the required scope")};
    case 404:
        return {QStringLiteral("NOT_FOUND"), tr("Not found (simulated fault)")};
    case 429:
        return {QStringLiteral("RATE_LIMITED"), tr("Too many requests")};
    case 503:
        return {QStringLiteral("SERVICE_UNAVAILABLE"), tr("Service temporarily unavailable")};
    default:
        return {QStringLiteral("INTERNAL_ERROR"), tr("Internal server error (simulated fault)")};
    }
}

} // namespace shuriken::sim
