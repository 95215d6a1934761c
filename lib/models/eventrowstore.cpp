#include "eventrowstore.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace shuriken {

EventRowStore::EventRowStore(int cellsPerRow, qsizetype chunkBytes)
    : m_stride(cellsPerRow)
    , m_bytes(chunkBytes)
{ }

void EventRowStore::setCapacity(int capacity)
{
    Q_ASSERT(capacity >= m_size && capacity > 0);
    // Rows move to the front of fresh storage in order, so the ring starts unwrapped.
    std::vector<Row> rows;
    std::vector<EventCell> cells;
    rows.reserve(size_t(m_size));
    cells.reserve(size_t(m_size) * size_t(m_stride));
    for (int row = 0; row < m_size; ++row) {
        const int slot = physical(row);
        rows.push_back(m_rows[size_t(slot)]);
        const auto first = m_cells.begin() + std::ptrdiff_t(slot) * m_stride;
        cells.insert(cells.end(), first, first + m_stride);
    }
    m_rows = std::move(rows);
    m_cells = std::move(cells);
    m_head = 0;
    m_capacity = capacity;
}

void EventRowStore::append(const StreamEvent &event)
{
    Q_ASSERT(m_size < m_capacity);
    const EventRow::Header header = event.row.header();
    Q_ASSERT(header.cellCount == m_stride);
    const auto slot = size_t(physical(m_size));
    if (slot == m_rows.size()) {
        // Grown geometrically, but never past the window: a full table's arrays are exactly its
        // size (doubling alone left a 100,000-row window 31% of empty slots).
        if (m_rows.size() == m_rows.capacity()) {
            const size_t rows = std::min(std::max<size_t>(64, m_rows.capacity() * 2), size_t(m_capacity));
            m_rows.reserve(rows);
            m_cells.reserve(rows * size_t(m_stride));
        }
        m_rows.emplace_back();
        m_cells.resize(m_cells.size() + size_t(m_stride));
    }
    Row &row = m_rows[slot];
    row = Row();
    row.receivedAtUs = event.receivedAtUs;
    row.seq = event.seq;
    row.origin = originIndex(event);
    row.parseFailed = header.parseFailed;
    row.hasEventTime = header.hasEventTime;
    row.eventTimeMs = header.eventTimeMs;
    row.eventTimeInSeconds = header.eventTimeInSeconds;
    if (m_stride > 0)
        std::memcpy(static_cast<void *>(m_cells.data() + slot * size_t(m_stride)), event.row.cellBytes(),
                    size_t(m_stride) * sizeof(EventCell));

    // A failed row has no cell text: its text block holds the reason instead.
    const QByteArrayView text = event.row.text();
    // QWebSocket delivers messages below 2 GiB, so the payload fits; the bounds only keep the
    // arithmetic honest.
    row.payloadLength = quint32(std::min<qsizetype>(event.payload.size(), std::numeric_limits<qint32>::max()));
    row.textLength = quint16(std::min<qsizetype>(text.size(), std::numeric_limits<quint16>::max()));
    if (char *bytes = m_bytes.allocate(row.payloadLength + row.textLength, &row.chunk, &row.offset)) {
        if (row.payloadLength > 0)
            std::memcpy(bytes, event.payload.constData(), row.payloadLength);
        if (row.textLength > 0)
            std::memcpy(bytes + row.payloadLength, text.data(), row.textLength);
    }
    ++m_size;
}

void EventRowStore::removeOldest(int count)
{
    Q_ASSERT(count > 0 && count <= m_size);
    for (int row = 0; row < count; ++row) {
        // Released now rather than when the slot is reused: a chunk whose rows have all left is
        // ready for the rows of this batch.
        const Row &r = rowAt(row);
        m_bytes.release(r.chunk, r.payloadLength + r.textLength);
    }
    m_head = (m_head + count) % m_capacity;
    m_size -= count;
}

void EventRowStore::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_cells.clear();
    m_cells.shrink_to_fit();
    m_bytes.clear();
    m_origins.clear();
    m_head = 0;
    m_size = 0;
}

const char *EventRowStore::textOf(const Row &row) const
{
    const char *bytes = m_bytes.at(row.chunk, row.offset);
    return bytes ? bytes + row.payloadLength : nullptr;
}

EventRowView EventRowStore::view(int row) const
{
    const Row &r = rowAt(row);
    EventRowView view;
    view.receivedAtUs = r.receivedAtUs;
    view.eventTimeMs = r.eventTimeMs;
    view.hasEventTime = r.hasEventTime;
    view.eventTimeInSeconds = r.eventTimeInSeconds;
    view.parseFailed = r.parseFailed;
    view.payload = {m_bytes.at(r.chunk, r.offset), qsizetype(r.payloadLength)};
    view.cells = reinterpret_cast<const char *>(m_cells.data() + size_t(physical(row)) * size_t(m_stride));
    view.cellCount = m_stride;
    view.text = r.parseFailed ? nullptr : textOf(r);
    return view;
}

QByteArrayView EventRowStore::payload(int row) const
{
    const Row &r = rowAt(row);
    return {m_bytes.at(r.chunk, r.offset), qsizetype(r.payloadLength)};
}

QString EventRowStore::parseError(int row) const
{
    const Row &r = rowAt(row);
    if (!r.parseFailed)
        return {};
    const char *bytes = textOf(r);
    return bytes ? QString::fromUtf8(bytes, r.textLength) : QString();
}

StreamEvent EventRowStore::event(int row, QByteArrayView schemaIdUtf8) const
{
    const Row &r = rowAt(row);
    const Origin &origin = m_origins.at(r.origin);
    StreamEvent event;
    event.receivedAtUs = r.receivedAtUs;
    event.seq = r.seq;
    event.stream = origin.stream;
    event.channel = origin.channel;
    event.event = origin.event;
    event.payload = payload(row).toByteArray();
    EventRow::Header header {};
    header.eventTimeMs = r.eventTimeMs;
    header.hasEventTime = r.hasEventTime;
    header.eventTimeInSeconds = r.eventTimeInSeconds;
    header.cellCount = quint16(m_stride);
    header.parseFailed = r.parseFailed;
    const char *bytes = textOf(r);
    const QByteArrayView text = bytes ? QByteArrayView(bytes, r.textLength) : QByteArrayView();
    event.row
        = EventRow::assemble(header, m_cells.data() + size_t(physical(row)) * size_t(m_stride), text, schemaIdUtf8);
    return event;
}

quint32 EventRowStore::originIndex(const StreamEvent &event)
{
    // One subscription's events almost always share stream, channel and event: the last origin
    // is checked first, so each row pays 4 bytes for them instead of three strings.
    for (qsizetype i = m_origins.size() - 1; i >= 0; --i) {
        const Origin &origin = m_origins.at(i);
        if (origin.channel == event.channel && origin.event == event.event && origin.stream == event.stream)
            return quint32(i);
    }
    m_origins.append(Origin {event.stream, event.channel, event.event});
    return quint32(m_origins.size() - 1);
}

} // namespace shuriken
