#include "streamevent.h"

#include "eventrowbuilder.h"

#include <chrono>

namespace shuriken {

EventRowView StreamEvent::view() const
{
    EventRowView view;
    view.receivedAtUs = receivedAtUs;
    const EventRow::Header header = row.header();
    view.eventTimeMs = header.eventTimeMs;
    view.hasEventTime = header.hasEventTime;
    view.eventTimeInSeconds = header.eventTimeInSeconds;
    view.parseFailed = !parseError.isEmpty();
    view.payload = payload;
    if (row.isBuilt()) {
        view.cells = row.cellBytes();
        view.cellCount = header.cellCount;
        view.text = row.textBytes();
    }
    return view;
}

StreamEvent StreamEvent::fromFrame(const QString &stream, const QString &channel, const QString &event,
                                   const QByteArray &payload, EventRowBuilder &builder, bool typedRow)
{
    using namespace std::chrono;
    StreamEvent result;
    result.receivedAtUs = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
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
