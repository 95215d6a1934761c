#pragma once

#include <QtGlobal>

#include <limits>
#include <memory>
#include <vector>

namespace shuriken {

/// The bytes of the event table's rows (payload and cell text). Rows leave in the order they
/// came, so their bytes are laid out the same way: appended to fixed-size chunks, a row's bytes
/// contiguous inside one chunk, and a chunk recycled when its last row has left. A block larger
/// than a chunk gets a chunk of its own. Memory stays the size of the window's bytes, with no
/// allocator slack per row and no freed blocks for glibc to keep: RSS grows 0.3 MB once a
/// 100,000-row window is full (bench_gui_pipeline), and nothing is allocated or freed per row.
class ByteArena
{
public:
    static constexpr quint32 NoChunk = std::numeric_limits<quint32>::max();

    struct Stats
    {
        qsizetype chunks = 0; // chunks holding rows, including single-row blocks of big payloads
        qsizetype spareChunks = 0; // emptied chunks kept for the next rows
        qsizetype reservedBytes = 0; // the size of all of them
        qsizetype usedBytes = 0; // the bytes of the rows in the window
    };

    explicit ByteArena(qsizetype chunkBytes);
    /// Room for @p bytes bytes of a new row: where they are (@p chunk, @p offset; NoChunk for
    /// none) and where to write them.
    char *allocate(quint32 bytes, quint32 *chunk, quint32 *offset);
    const char *at(quint32 chunk, quint32 offset) const;
    /// A row of @p chunk holding @p bytes bytes left the window.
    void release(quint32 chunk, quint32 bytes);
    void clear();
    Stats stats() const;

private:
    struct Chunk
    {
        std::unique_ptr<char[]> bytes; // empty: a free slot
        quint32 size = 0;
        quint32 used = 0;
        quint32 rows = 0;
    };
    quint32 addChunk(std::unique_ptr<char[]> bytes, quint32 size);
    void retire(quint32 chunk);

    quint32 m_chunkBytes;
    std::vector<Chunk> m_chunks; // indexed by the rows' chunk numbers; free slots are reused
    std::vector<quint32> m_freeSlots;
    std::vector<std::unique_ptr<char[]>> m_spares; // emptied standard chunks
    quint32 m_current = NoChunk; // the chunk new rows go to
    qsizetype m_usedBytes = 0;
};

} // namespace shuriken
