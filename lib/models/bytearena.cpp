#include "bytearena.h"

#include <algorithm>

namespace shuriken {

ByteArena::ByteArena(qsizetype chunkBytes)
    : m_chunkBytes(quint32(std::clamp<qsizetype>(chunkBytes, 1, std::numeric_limits<qint32>::max())))
{ }

char *ByteArena::allocate(quint32 bytes, quint32 *chunk, quint32 *offset)
{
    *offset = 0;
    if (bytes == 0) {
        *chunk = NoChunk;
        return nullptr;
    }
    m_usedBytes += bytes;
    if (bytes > m_chunkBytes) {
        // Rare (a payload bigger than a chunk): its own block, freed when the row leaves.
        *chunk = addChunk(std::make_unique_for_overwrite<char[]>(bytes), bytes);
        Chunk &block = m_chunks[*chunk];
        block.used = bytes;
        block.rows = 1;
        return block.bytes.get();
    }
    if (m_current == NoChunk || m_chunks[m_current].used + bytes > m_chunks[m_current].size) {
        // The current chunk is full: it stays until its last row leaves.
        std::unique_ptr<char[]> fresh;
        if (m_spares.empty()) {
            // Not zeroed: memory is only touched (and made resident) as rows fill it.
            fresh = std::make_unique_for_overwrite<char[]>(m_chunkBytes);
        } else {
            fresh = std::move(m_spares.back());
            m_spares.pop_back();
        }
        m_current = addChunk(std::move(fresh), m_chunkBytes);
    }
    Chunk &current = m_chunks[m_current];
    *chunk = m_current;
    *offset = current.used;
    current.used += bytes;
    ++current.rows;
    return current.bytes.get() + *offset;
}

const char *ByteArena::at(quint32 chunk, quint32 offset) const
{
    if (chunk == NoChunk)
        return nullptr;
    return m_chunks[chunk].bytes.get() + offset;
}

void ByteArena::release(quint32 chunk, quint32 bytes)
{
    if (chunk == NoChunk)
        return;
    m_usedBytes -= bytes;
    Chunk &released = m_chunks[chunk];
    Q_ASSERT(released.rows > 0);
    if (--released.rows > 0)
        return;
    if (chunk == m_current)
        released.used = 0; // empty: new rows start over at its beginning
    else
        retire(chunk);
}

quint32 ByteArena::addChunk(std::unique_ptr<char[]> bytes, quint32 size)
{
    quint32 slot;
    if (m_freeSlots.empty()) {
        slot = quint32(m_chunks.size());
        m_chunks.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    m_chunks[slot] = Chunk {std::move(bytes), size, 0, 0};
    return slot;
}

void ByteArena::retire(quint32 chunk)
{
    Chunk &retired = m_chunks[chunk];
    // Spares cover a batch's turnover once the window is full (the rows a batch evicts free about
    // as many chunks as its new rows need), so steady state allocates and frees nothing. More
    // would only hold memory after the window shrank.
    constexpr size_t MaxSpareChunks = 2;
    if (retired.size == m_chunkBytes && m_spares.size() < MaxSpareChunks)
        m_spares.push_back(std::move(retired.bytes));
    retired = Chunk();
    m_freeSlots.push_back(chunk);
}

void ByteArena::clear()
{
    m_chunks.clear();
    m_chunks.shrink_to_fit();
    m_freeSlots.clear();
    m_freeSlots.shrink_to_fit();
    m_spares.clear();
    m_current = NoChunk;
    m_usedBytes = 0;
}

ByteArena::Stats ByteArena::stats() const
{
    Stats stats;
    for (const Chunk &chunk : m_chunks) {
        if (!chunk.bytes)
            continue;
        ++stats.chunks;
        stats.reservedBytes += chunk.size;
    }
    stats.spareChunks = qsizetype(m_spares.size());
    stats.reservedBytes += stats.spareChunks * m_chunkBytes;
    stats.usedBytes = m_usedBytes;
    return stats;
}

} // namespace shuriken
