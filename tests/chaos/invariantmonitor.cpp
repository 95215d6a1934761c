#include "invariantmonitor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace chaos {

using shuriken::StreamClient;
using shuriken::StreamEventBatch;
using shuriken::Subscription;
using shuriken::pusher::FrameRecord;

namespace {

QJsonObject parseObject(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

/// A frame's `data`, decoded whether it came as an object or as a JSON-encoded string.
QJsonObject dataOf(const QJsonObject &frame)
{
    const QJsonValue data = frame.value(QStringLiteral("data"));
    return data.isString() ? parseObject(data.toString().toUtf8()) : data.toObject();
}

QString key(const QString &a, const QString &b)
{
    return a + u'|' + b;
}

} // namespace

QString InvariantMonitor::describe(Invariant invariant)
{
    switch (invariant) {
    case Invariant::SubscribeOncePerSocket:
        return QStringLiteral("(b) one pusher:subscribe per channel per socket");
    case Invariant::AuthorizeOncePerSocket:
        return QStringLiteral("(c) one channel authorization per presence channel per socket");
    case Invariant::NothingAfterUnsubscribe:
        return QStringLiteral("(d) no event delivered after unsubscribe() returned");
    case Invariant::NoGapWhileSubscribed:
        return QStringLiteral("(e) seq contiguous within one socket's subscription");
    }
    return {};
}

QList<InvariantMonitor::Invariant> InvariantMonitor::all()
{
    return {Invariant::SubscribeOncePerSocket, Invariant::AuthorizeOncePerSocket, Invariant::NothingAfterUnsubscribe,
            Invariant::NoGapWhileSubscribed};
}

InvariantMonitor::InvariantMonitor(StreamClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    client->setFrameObservation(true);
    connect(client, &StreamClient::frameObserved, this, &InvariantMonitor::onFrame);
    connect(client, &StreamClient::httpExchangeFinished, this, &InvariantMonitor::onExchange);
    connect(client, &StreamClient::eventsReceived, this, &InvariantMonitor::onClientBatch);
}

Subscription *InvariantMonitor::subscribe(const QString &stream, const shuriken::StreamFilter &filter)
{
    Subscription *subscription = m_client->subscribe(stream, filter);
    // A new object may reuse a deleted one's address.
    m_unsubscribed.remove(subscription);
    m_lastDelivery.remove(subscription);
    m_delivered.remove(subscription);
    connect(subscription, &Subscription::eventsReceived, this,
            [this, subscription](const StreamEventBatch &batch) { onDelivered(subscription, batch); });
    return subscription;
}

void InvariantMonitor::unsubscribe(Subscription *subscription)
{
    const QString channel = subscription->channel();
    m_client->unsubscribe(subscription);
    m_unsubscribed.insert(subscription);
    m_released.append(Released {subscription, subscription->eventCount(), subscription->key()});
    if (channel.isEmpty())
        return;
    const auto active = m_client->subscriptions();
    const bool shared = std::any_of(active.cbegin(), active.cend(),
                                    [&](const Subscription *other) { return other->channel() == channel; });
    if (!shared) {
        m_releasedChannels.insert(channel);
        // Let go while its authorization was under way: a later subscribe authorizes afresh.
        m_auth.remove(key(m_socket, channel));
    }
}

quint64 InvariantMonitor::delivered(const Subscription *subscription) const
{
    return m_delivered.value(subscription);
}

void InvariantMonitor::violate(Invariant invariant, const QString &text)
{
    QStringList &list = m_violations[invariant];
    list.append(text);
    qWarning().noquote() << "VIOLATION" << describe(invariant) << ':' << text;
}

QString InvariantMonitor::period(const QString &channel) const
{
    const QString socketChannel = key(m_socket, channel);
    return socketChannel + u'|' + QString::number(m_subscribeCount.value(socketChannel));
}

bool InvariantMonitor::acrossRestart(const QString &period, const QString &otherPeriod) const
{
    const auto generation = [this](const QString &p) {
        return m_generationOfSocket.value(p.section(u'|', 0, 0), -1);
    };
    return generation(period) != generation(otherPeriod);
}

void InvariantMonitor::onFrame(const FrameRecord &frame)
{
    if (frame.direction == FrameRecord::Direction::In) {
        if (frame.event == QLatin1String("pusher:connection_established")) {
            const QString socketId = dataOf(parseObject(frame.data)).value(QStringLiteral("socket_id")).toString();
            ++m_counts.sockets;
            m_socket = QStringLiteral("%1#%2").arg(m_counts.sockets).arg(socketId);
            m_socketKeyById.insert(socketId, m_socket);
            m_generationOfSocket.insert(m_socket, m_serverGeneration);
            return;
        }
        if (frame.channel.isEmpty() || frame.event.startsWith(QLatin1String("pusher")))
            return;
        const qint64 seq = dataOf(parseObject(frame.data)).value(QStringLiteral("seq")).toInteger(-1);
        if (seq < 0)
            return;
        ++m_counts.eventFrames;
        const QString eventPeriod = period(frame.channel);
        m_periodOfEvent.insert(key(frame.channel, QString::number(seq)), eventPeriod);
        const qint64 last = m_lastSeqOfPeriod.value(eventPeriod, -1);
        if (last >= 0 && seq != last + 1) {
            violate(Invariant::NoGapWhileSubscribed,
                    QStringLiteral("received on socket %1, channel %2: seq %3 after %4")
                        .arg(m_socket, frame.channel)
                        .arg(seq)
                        .arg(last));
        }
        m_lastSeqOfPeriod.insert(eventPeriod, seq);
        return;
    }

    const QJsonObject object = parseObject(frame.data);
    const QString event = object.value(QStringLiteral("event")).toString();
    const QString channel = dataOf(object).value(QStringLiteral("channel")).toString();
    if (event == QLatin1String("pusher:subscribe")) {
        ++m_counts.subscribeFrames;
        QSet<QString> &subscribed = m_subscribedBySocket[m_socket];
        if (subscribed.contains(channel)) {
            violate(Invariant::SubscribeOncePerSocket,
                    QStringLiteral("second pusher:subscribe for %1 on socket %2 without an unsubscribe between")
                        .arg(channel, m_socket));
        }
        subscribed.insert(channel);
        ++m_subscribeCount[key(m_socket, channel)];
    } else if (event == QLatin1String("pusher:unsubscribe")) {
        ++m_counts.unsubscribeFrames;
        m_subscribedBySocket[m_socket].remove(channel);
        m_auth.remove(key(m_socket, channel));
    }
}

void InvariantMonitor::onExchange(const shuriken::HttpExchange &exchange)
{
    const QString path = exchange.url.path();
    if (path.endsWith(QLatin1String("/api/v2/ws/session"))) {
        ++m_counts.sessionExchanges;
        if (!exchange.succeeded())
            ++m_counts.failedSessionExchanges;
        return;
    }
    if (!path.endsWith(QLatin1String("/api/v2/ws/auth")))
        return;
    ++m_counts.authExchanges;
    if (!exchange.succeeded())
        ++m_counts.failedAuthExchanges;
    const QUrlQuery form(QString::fromUtf8(exchange.requestBody));
    const QString socketId = form.queryItemValue(QStringLiteral("socket_id"), QUrl::FullyDecoded);
    const QString channel = form.queryItemValue(QStringLiteral("channel_name"), QUrl::FullyDecoded);
    const QString socket = m_socketKeyById.value(socketId, QStringLiteral("?#") + socketId);
    const QString socketChannel = key(socket, channel);
    const AuthState previous = m_auth.value(socketChannel, AuthState::None);
    const int status = exchange.httpStatus;
    if (previous == AuthState::Succeeded || previous == AuthState::Refused) {
        violate(
            Invariant::AuthorizeOncePerSocket,
            QStringLiteral("authorization #%1 of %2 for socket %3 (HTTP %4) after an earlier one %5, with no "
                           "unsubscribe between")
                .arg(exchange.id)
                .arg(channel, socket)
                .arg(status)
                .arg(previous == AuthState::Succeeded ? QStringLiteral("succeeded") : QStringLiteral("was refused")));
    }
    AuthState next = AuthState::Refused;
    if (exchange.succeeded())
        next = AuthState::Succeeded;
    else if (status == 0 || status == 429 || status >= 500)
        next = AuthState::FailedTransiently; // a retry on the same socket is allowed
    m_auth.insert(socketChannel, next);
}

void InvariantMonitor::onDelivered(const Subscription *subscription, const StreamEventBatch &batch)
{
    if (m_unsubscribed.contains(subscription)) {
        violate(Invariant::NothingAfterUnsubscribe,
                QStringLiteral("%1 event(s) delivered to an unsubscribed subscription of %2")
                    .arg(batch.size())
                    .arg(batch.isEmpty() ? QString() : batch.constFirst().channel));
    }
    m_delivered[subscription] += quint64(batch.size());
    m_counts.eventsDelivered += quint64(batch.size());
    Delivery &last = m_lastDelivery[subscription];
    for (const shuriken::StreamEvent &event : batch) {
        if (event.seq < 0)
            continue;
        const QString eventPeriod = m_periodOfEvent.value(key(event.channel, QString::number(event.seq)));
        if (eventPeriod.isEmpty()) {
            violate(Invariant::NoGapWhileSubscribed,
                    QStringLiteral("delivered %1 seq %2, which was never received as a frame")
                        .arg(event.channel)
                        .arg(event.seq));
        }
        if (last.channel == event.channel) {
            if (event.seq <= last.seq && !eventPeriod.isEmpty() && acrossRestart(eventPeriod, last.period)) {
                ++m_counts.seqRestartsAcrossProcesses;
            } else if (event.seq <= last.seq) {
                violate(Invariant::NoGapWhileSubscribed,
                        QStringLiteral("delivered %1 seq %2 after seq %3 (duplicate or out of order)")
                            .arg(event.channel)
                            .arg(event.seq)
                            .arg(last.seq));
            } else if (event.seq != last.seq + 1) {
                if (eventPeriod == last.period) {
                    violate(Invariant::NoGapWhileSubscribed,
                            QStringLiteral("delivered %1 seq %2 after seq %3 within one subscription period (%4)")
                                .arg(event.channel)
                                .arg(event.seq)
                                .arg(last.seq)
                                .arg(eventPeriod));
                } else {
                    ++m_counts.seqGapsAcrossSockets;
                }
            }
        }
        last = Delivery {event.channel, event.seq, eventPeriod};
    }
}

void InvariantMonitor::checkReleased()
{
    for (auto it = m_released.begin(); it != m_released.end();) {
        // Through a checked raw pointer: GCC 12 at -O2 cannot see QPointer's null check cover
        // the dereferences (-Wnull-dereference in the ci preset).
        const shuriken::Subscription *subscription = it->subscription.data();
        if (subscription == nullptr) {
            it = m_released.erase(it);
            continue;
        }
        const quint64 count = subscription->eventCount();
        if (count != it->eventCount) {
            violate(Invariant::NothingAfterUnsubscribe,
                    QStringLiteral("%1: the client routed %2 event(s) to it after unsubscribe()")
                        .arg(it->key)
                        .arg(count - it->eventCount));
            it->eventCount = count;
        }
        ++it;
    }
}

void InvariantMonitor::onClientBatch(const StreamEventBatch &batch)
{
    checkReleased();
    if (m_releasedChannels.isEmpty())
        return;
    const auto active = m_client->subscriptions();
    for (const shuriken::StreamEvent &event : batch) {
        if (!m_releasedChannels.contains(event.channel))
            continue;
        const bool bound = std::any_of(active.cbegin(), active.cend(),
                                       [&](const Subscription *s) { return s->channel() == event.channel; });
        if (!bound) {
            violate(Invariant::NothingAfterUnsubscribe,
                    QStringLiteral("event seq %1 on %2 delivered after its last subscription was unsubscribed")
                        .arg(event.seq)
                        .arg(event.channel));
        }
    }
}

} // namespace chaos
