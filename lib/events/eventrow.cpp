#include "eventrow.h"

#include <algorithm>

namespace shuriken {

namespace {

// Room for about forty rows of a dozen columns. A thread keeps its current chunk until a row does
// not fit, so an idle stream pins at most this much per building thread.
constexpr quint32 ChunkBytes = 16 * 1024;

} // namespace

EventRowChunk::EventRowChunk(quint32 capacity)
    : m_bytes(std::make_unique_for_overwrite<char[]>(capacity))
    , m_capacity(capacity)
{ }

EventRow EventRow::assemble(Header header, const void *cells, QByteArrayView text, QByteArrayView schemaIdUtf8)
{
    header.textSize = quint16(std::min<qsizetype>(text.size(), 0xFFFF));
    header.schemaIdSize = quint8(std::min<qsizetype>(schemaIdUtf8.size(), 0xFF));
    const quint32 cellBytes = quint32(header.cellCount) * quint32(sizeof(EventCell));
    const quint32 size = quint32(sizeof(Header)) + cellBytes + header.textSize + header.schemaIdSize;

    // Rows are written only by the thread that owns the chunk, and only past every row already
    // handed out: other threads read finished rows, never the space being written.
    thread_local QExplicitlySharedDataPointer<EventRowChunk> current;
    if (!current || current->m_capacity - current->m_used < size)
        current = QExplicitlySharedDataPointer<EventRowChunk>(new EventRowChunk(std::max(size, ChunkBytes)));

    EventRow row;
    row.m_chunk = QExplicitlySharedDataPointer<const EventRowChunk>(current.data());
    row.m_offset = current->m_used;
    row.m_size = size;
    current->m_used += size;

    char *to = current->m_bytes.get() + row.m_offset;
    std::memcpy(to, &header, sizeof header);
    to += sizeof header;
    if (cellBytes > 0)
        std::memcpy(to, cells, cellBytes);
    to += cellBytes;
    if (header.textSize > 0)
        std::memcpy(to, text.data(), header.textSize);
    to += header.textSize;
    if (header.schemaIdSize > 0)
        std::memcpy(to, schemaIdUtf8.data(), header.schemaIdSize);
    return row;
}

} // namespace shuriken
