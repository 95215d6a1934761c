#include "streamevent.h"

#include "eventrowbuilder.h"

#include <chrono>

namespace shuriken {

// Batches of events in flight hold the heap's high water at firehose rates: keep an event as small
// as it was before it carried a row (see EventRow).
static_assert(sizeof(void *) != 8 || sizeof(StreamEvent) <= 136, "StreamEvent grew");

EventRowView StreamEvent::view() const
{
    EventRowView view;
    view.receivedAtUs = receivedAtUs;
    const EventRow::Header header = row.header();
    view.eventTimeMs = header.eventTimeMs;
    view.hasEventTime = header.hasEventTime;
    view.eventTimeInSeconds = header.eventTimeInSeconds;
    view.parseFailed = header.parseFailed;
    view.payload = payload;
    if (row.isBuilt()) {
        view.cells = row.cellBytes();
        view.cellCount = header.cellCount;
        view.text = header.parseFailed ? nullptr : row.textBytes();
    }
    return view;
}

QString StreamEvent::parseError() const
{
    if (!parseFailed())
        return {};
    const QByteArrayView reason = row.text();
    return QString::fromUtf8(reason.data(), reason.size());
}

void StreamEvent::setParseError(const QString &reason)
{
    Q_ASSERT(!reason.isEmpty());
    row = EventRow::refused(reason.toUtf8());
}

StreamEvent StreamEvent::fromFrame(const QString &stream, const QString &channel, const QString &event,
                                   const QByteArray &payload, EventRowBuilder &builder, bool typedRow)
{
    using namespace std::chrono;
    const qint64 nowUs = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    return fromFrame(stream, channel, event, payload, nowUs, builder, typedRow);
}

StreamEvent StreamEvent::fromFrame(const QString &stream, const QString &channel, const QString &event,
                                   const QByteArray &payload, qint64 receivedAtUs, EventRowBuilder &builder,
                                   bool typedRow)
{
    StreamEvent result;
    result.receivedAtUs = receivedAtUs;
    result.stream = stream;
    result.channel = channel;
    result.event = event;
    result.payload = payload;
    if (typedRow)
        builder.build(result);
    else
        builder.check(result);
    return result;
}

} // namespace shuriken
