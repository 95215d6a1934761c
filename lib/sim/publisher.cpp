#include "publisher.h"

#include "clientconnection.h"
#include "pusherprotocol.h"
#include "servercontext.h"
#include "simlog.h"
#include "websocketframing.h"

#include <charconv>

namespace shuriken::sim {

namespace {

// The firehose replays a pool of pre-generated swaps (it measures the transport and the client,
// not the generator) and writes frames in batches, so one socket write carries a few hundred
// events; bench/sim/bench_sim_firehose measures it.
constexpr int kFirehosePoolSize = 1024;
constexpr quint64 kFirehoseBatch = 256;

QString swapsStreamId()
{
    return QStringLiteral("svm.token.swaps");
}

} // namespace

Publisher::Publisher(ServerContext &context, ChannelHub &hub)
    : m_context(context)
    , m_hub(hub)
{
    m_tickTimer.setInterval(std::max(1, context.config.tickIntervalMs));
    QObject::connect(&m_tickTimer, &QTimer::timeout, context.q, [this] { tick(); });
    m_uptime.start();
}

bool Publisher::usesFirehose(const Channel &channel) const
{
    return m_context.config.firehoseCount > 0 && channel.generator && channel.binding
        && channel.binding->streamId == swapsStreamId();
}

void Publisher::channelActivated(Channel &channel)
{
    channel.activeSinceMs = m_uptime.elapsed();
    channel.emittedSinceActive = 0;
    if (!channel.generator)
        return;
    if (usesFirehose(channel)) {
        startFirehose(channel);
        return;
    }
    if (!m_tickTimer.isActive())
        m_tickTimer.start();
}

void Publisher::channelDeactivated(Channel &channel)
{
    // The tick stops by itself once it finds no channel to publish on.
    channel.firehose.active = false;
}

void Publisher::drained(ClientConnection &connection)
{
    if (m_context.config.firehoseCount == 0)
        return;
    const QList<QString> subscribed = connection.channels;
    for (const QString &name : subscribed) {
        Channel *channel = m_hub.findChannel(name);
        if (channel && channel->firehose.active)
            pumpFirehose(*channel);
    }
}

void Publisher::tick()
{
    const qint64 elapsed = m_uptime.elapsed();
    bool anyActive = false;
    for (const auto &[name, channel] : m_hub.channels()) {
        if (channel->subscribers.isEmpty() || !channel->generator || usesFirehose(*channel))
            continue;
        anyActive = true;
        const double rate = m_context.config.rateFor(channel->binding->streamId);
        if (rate <= 0)
            continue;
        // The first event goes out on the first tick after subscribing, then the rate holds.
        qint64 due = qint64(rate * double(elapsed - channel->activeSinceMs) / 1000.0) + 1 - channel->emittedSinceActive;
        // A stalled event loop catches up at most one second's worth, not in a burst.
        const qint64 cap = std::max<qint64>(1, qint64(rate));
        if (due > cap) {
            channel->emittedSinceActive += due - cap;
            due = cap;
        }
        for (qint64 i = 0; i < due; ++i)
            publish(*channel);
        if (due > 0)
            channel->emittedSinceActive += due;
    }
    if (!anyActive)
        m_tickTimer.stop();
}

void Publisher::publish(Channel &channel)
{
    SimulatorStats &counters = m_context.counters;
    const QByteArray payload = channel.generator->next(++channel.seq, m_context.nowMs());
    const QByteArray text = pusher::encodeChannelEvent(channel.name, channel.event, payload);
    QByteArray frame;
    frame.reserve(text.size() + 10);
    ws::appendFrameHeader(frame, ws::Opcode::Text, quint64(text.size()));
    frame.append(text);
    for (ClientConnection *subscriber : std::as_const(channel.subscribers)) {
        if (subscriber->bytesToWrite() > m_context.config.maxBacklogBytes) {
            ++counters.backlogSkips;
            continue;
        }
        subscriber->sendFramed(frame);
        ++counters.framesSent;
    }
    ++counters.eventsPublished;
    ++counters.eventsByStream[channel.binding->streamId];
}

void Publisher::startFirehose(Channel &channel)
{
    FirehoseState &firehose = channel.firehose;
    if (firehose.suffixes.isEmpty()) {
        // Each pooled frame is split around the digits of its seq (the generator writes it
        // first, as 0), so a batch is the same prefix, fresh digits and a pooled suffix.
        const QByteArray marker = QByteArrayLiteral("\\\"seq\\\":");
        const qint64 start = m_context.nowMs();
        for (int i = 0; i < kFirehosePoolSize; ++i) {
            const QByteArray text
                = pusher::encodeChannelEvent(channel.name, channel.event, channel.generator->next(0, start + i * 5));
            const qsizetype at = text.indexOf(marker);
            if (at < 0 || text.at(at + marker.size()) != '0') {
                qCWarning(lcSim) << "firehose: cannot find the seq field in a pooled frame; publishing one by one";
                firehose.suffixes.clear();
                break;
            }
            if (firehose.prefix.isEmpty())
                firehose.prefix = text.left(at + marker.size());
            firehose.suffixes.append(text.mid(at + marker.size() + 1));
        }
    }
    firehose.active = true;
    firehose.remaining = m_context.config.firehoseCount;
    firehose.sent = 0;
    qCInfo(lcSim).noquote() << "firehose: publishing" << m_context.config.firehoseCount << "events on" << channel.name;
    pumpFirehose(channel);
}

void Publisher::pumpFirehose(Channel &channel)
{
    FirehoseState &firehose = channel.firehose;
    SimulatorStats &counters = m_context.counters;
    while (firehose.active) {
        if (firehose.remaining == 0 || channel.subscribers.isEmpty()) {
            firehose.active = false;
            qCInfo(lcSim).noquote() << "firehose: published" << firehose.sent << "events on" << channel.name;
            Q_EMIT m_context.q->firehoseFinished(channel.name, firehose.sent);
            return;
        }
        for (ClientConnection *subscriber : std::as_const(channel.subscribers)) {
            if (subscriber->bytesToWrite() >= m_context.config.firehoseHighWaterBytes)
                return; // drained() resumes
        }
        const quint64 count = std::min(firehose.remaining, kFirehoseBatch);
        if (firehose.suffixes.isEmpty()) {
            for (quint64 i = 0; i < count; ++i)
                publish(channel);
        } else {
            QByteArray &batch = m_firehoseBatch;
            batch.clear();
            for (quint64 i = 0; i < count; ++i) {
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, ++channel.seq).ptr;
                const QByteArray &suffix = firehose.suffixes.at(firehose.next);
                firehose.next = (firehose.next + 1) % firehose.suffixes.size();
                const qsizetype length = firehose.prefix.size() + (end - digits) + suffix.size();
                ws::appendFrameHeader(batch, ws::Opcode::Text, quint64(length));
                batch.append(firehose.prefix);
                batch.append(digits, end - digits);
                batch.append(suffix);
            }
            for (ClientConnection *subscriber : std::as_const(channel.subscribers))
                subscriber->sendFramed(batch);
            counters.eventsPublished += count;
            counters.framesSent += count * quint64(channel.subscribers.size());
            counters.eventsByStream[swapsStreamId()] += count;
        }
        firehose.remaining -= count;
        firehose.sent += count;
    }
}

} // namespace shuriken::sim
