#pragma once

#include "bytearena.h"
#include "eventrow.h"
#include "streamevent.h"

#include <QList>
#include <QString>

#include <vector>

namespace shuriken {

/// The storage of the event table: a ring of compact rows, oldest first. A row is a 48-byte
/// record (receive and event time, seq, where its bytes are), its schema's EventCells (16 bytes each,
/// numbers inline) and, in a ByteArena, the payload's exact bytes followed by the text of its
/// cells. Rows are copied in from events whose typed row is already built; nothing is parsed.
///
/// A 100,000-row window of svm.token.swaps costs 353 bytes of RSS per row beyond its payload
/// (bench_gui_pipeline, 50k events/s for 60 s, measured with 40-byte rows before `seq` was kept).
class EventRowStore
{
public:
    /// @p cellsPerRow: the schema's column count; @p chunkBytes: the ByteArena chunk size.
    EventRowStore(int cellsPerRow, qsizetype chunkBytes);

    int size() const { return m_size; }
    int capacity() const { return m_capacity; }
    /// Re-lays the rows out for @p capacity; the rows must fit (removeOldest() first).
    void setCapacity(int capacity);
    /// Appends @p event, whose row must be built for this store's schema; the store must not be full.
    void append(const StreamEvent &event);
    /// Lets the @p count oldest rows go.
    void removeOldest(int count);
    void clear();

    EventRowView view(int row) const;
    QByteArrayView payload(int row) const;
    qint64 receivedAtUs(int row) const { return rowAt(row).receivedAtUs; }
    bool parseFailed(int row) const { return rowAt(row).parseFailed; }
    /// Why the payload is not a JSON object (empty when it is one).
    QString parseError(int row) const;
    const QString &stream(int row) const { return m_origins.at(rowAt(row).origin).stream; }
    const QString &channel(int row) const { return m_origins.at(rowAt(row).origin).channel; }
    const QString &eventName(int row) const { return m_origins.at(rowAt(row).origin).event; }
    /// The payload's top-level integer `seq`, or -1 (the display filters' `seq`).
    qint64 seq(int row) const { return rowAt(row).seq; }
    /// The whole event of a row, its typed row included (for the schema of @p schemaIdUtf8), as
    /// it was appended.
    StreamEvent event(int row, QByteArrayView schemaIdUtf8) const;

    ByteArena::Stats stats() const { return m_bytes.stats(); }

private:
    // 48 bytes; the payload's and the cells' text bytes live in m_bytes. `seq` is kept because
    // display filters read it as metadata of every row (docs/display-filters.md), and finding it
    // in the payload again would parse every payload a `seq` filter meets.
    struct Row
    {
        qint64 receivedAtUs = 0;
        qint64 eventTimeMs = 0;
        qint64 seq = -1;
        quint32 chunk = ByteArena::NoChunk; // the payload, then the row's text block
        quint32 offset = 0;
        quint32 payloadLength = 0;
        quint32 origin = 0; // index into m_origins
        /// The cells' text, or for a payload that failed to parse the reason (it has no cells).
        quint16 textLength = 0;
        bool hasEventTime = false;
        bool eventTimeInSeconds = false;
        bool parseFailed = false;
    };
    static_assert(sizeof(Row) == 48);

    struct Origin
    {
        QString stream;
        QString channel;
        QString event;
    };

    int physical(int row) const { return (m_head + row) % m_capacity; }
    const Row &rowAt(int row) const { return m_rows[size_t(physical(row))]; }
    const char *textOf(const Row &row) const;
    quint32 originIndex(const StreamEvent &event);

    int m_stride;
    int m_capacity = 1;
    int m_head = 0;
    int m_size = 0;
    std::vector<Row> m_rows; // grows up to m_capacity, then wraps
    std::vector<EventCell> m_cells; // m_stride cells per slot of m_rows
    QList<Origin> m_origins;
    ByteArena m_bytes;
};

} // namespace shuriken
