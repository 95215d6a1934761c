#include "capturetap.h"

#include "flightrecorder.h"
#include "pusherconnection.h"

namespace shuriken {

using capture::CaptureEntry;

CaptureTap::CaptureTap(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<shuriken::capture::CaptureEntry>();
}

CaptureTap::~CaptureTap()
{
    attach(nullptr);
}

void CaptureTap::attach(StreamClient *client)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (StreamClient *previous = m_client.data(); previous && m_holdsFrameSink)
        previous->connection()->setFrameSink({});
    m_holdsFrameSink = false;
    // Frame observation stays on for a client let go: it is one switch, which another observer
    // (the flight recorder, the frame log) may rely on too.
    m_client = client;
    if (!client)
        return;

    // Frames straight from the transport, through its sink: at firehose rates a signal and a
    // record per frame cost a recording more than writing the frame does.
    if (m_framesTaken) {
        client->connection()->setFrameSink([this](const pusher::FrameView &frame) {
            if (m_frameSink) {
                ++m_entries;
                m_frameSink(frame);
            } else {
                take(capture::FlightRecorder::toEntry(frame));
            }
        });
        m_holdsFrameSink = true;
    }
    m_connections.append(connect(client, &StreamClient::httpExchangeFinished, this,
                                 [this](const HttpExchange &exchange) { take(httpEntry(exchange)); }));
    m_connections.append(
        connect(client, &StreamClient::stateChanged, this, [this](StreamClient::State state, const QString &reason) {
            take(capture::StateEntry {pusher::currentTimeUs(), stateName(state), reason});
        }));
    m_connections.append(
        connect(client, &StreamClient::subscriptionStatusChanged, this, &CaptureTap::onSubscriptionStatusChanged));
    // unsubscribe() reports the end of a subscription by removing it, not by a status change.
    m_connections.append(connect(client, &StreamClient::subscriptionRemoved, this, [this](Subscription *subscription) {
        onSubscriptionStatusChanged(subscription, Subscription::Status::Unsubscribed, subscription->statusReason());
    }));
    client->setFrameObservation(true);
}

void CaptureTap::onSubscriptionStatusChanged(Subscription *subscription, Subscription::Status status,
                                             const QString &reason)
{
    capture::SubscriptionEntry entry;
    entry.timeUs = pusher::currentTimeUs();
    entry.key = subscription->key();
    entry.stream = subscription->stream();
    entry.channel = subscription->channel();
    entry.status = statusName(status);
    entry.reason = reason;
    take(entry);
}

void CaptureTap::take(const CaptureEntry &entry)
{
    ++m_entries;
    if (m_sink)
        m_sink(entry);
    Q_EMIT entryCaptured(entry);
}

capture::CaptureHeader CaptureTap::recordingHeader(bool simulator, const QUrl &baseUrl)
{
    return recordingHeader(simulator ? QStringLiteral("simulator") : QStringLiteral("shuriken"), baseUrl);
}

capture::CaptureHeader CaptureTap::recordingHeader(const QString &profile, const QUrl &baseUrl)
{
    capture::CaptureHeader header;
    header.productName = QStringLiteral("Shuriken Stream Monitor");
    header.productVersion = QStringLiteral(SHURIKEN_VERSION);
    header.profile = profile;
    header.baseUrl = baseUrl.adjusted(QUrl::RemoveUserInfo);
    header.startedAtUs = pusher::currentTimeUs();
    return header;
}

capture::HttpEntry CaptureTap::httpEntry(const HttpExchange &exchange)
{
    capture::HttpEntry entry;
    entry.timeUs
        = exchange.startedAt.isValid() ? exchange.startedAt.toMSecsSinceEpoch() * 1000 : pusher::currentTimeUs();
    entry.exchange = exchange;
    return entry;
}

QString CaptureTap::stateName(StreamClient::State state)
{
    switch (state) {
    case StreamClient::State::Disconnected:
        return QStringLiteral("disconnected");
    case StreamClient::State::Connecting:
        return QStringLiteral("connecting");
    case StreamClient::State::Connected:
        return QStringLiteral("connected");
    case StreamClient::State::Reconnecting:
        return QStringLiteral("reconnecting");
    case StreamClient::State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<StreamClient::State> CaptureTap::stateFromName(const QString &name)
{
    for (const auto state :
         {StreamClient::State::Disconnected, StreamClient::State::Connecting, StreamClient::State::Connected,
          StreamClient::State::Reconnecting, StreamClient::State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString CaptureTap::statusName(Subscription::Status status)
{
    switch (status) {
    case Subscription::Status::Pending:
        return QStringLiteral("pending");
    case Subscription::Status::Authorizing:
        return QStringLiteral("authorizing");
    case Subscription::Status::Subscribing:
        return QStringLiteral("subscribing");
    case Subscription::Status::Subscribed:
        return QStringLiteral("subscribed");
    case Subscription::Status::Error:
        return QStringLiteral("error");
    case Subscription::Status::Unsubscribed:
        return QStringLiteral("unsubscribed");
    }
    return {};
}

} // namespace shuriken
