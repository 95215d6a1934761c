#pragma once

#include "columnschema.h"
#include "streamevent.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QJsonDocument>

#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace simdjson::dom {
class element;
} // namespace simdjson::dom

namespace shuriken {

class PayloadParser;

/// The events of one subscription as a table: a bounded window (ring buffer) of the newest
/// rows, oldest first. Columns are two leading ones (receive time, latency) followed by the
/// stream's schema columns (columns.json).
///
/// Rows are compact: a 40-byte record (receive and event time, where the row's bytes are), 16
/// bytes per schema column (numbers inline), and in a FIFO arena of 256 KB chunks the payload's
/// exact bytes followed by the text of the row's string cells. Each payload is parsed once, with
/// simdjson, as it is appended; no parsed object is kept, and display strings are formatted in
/// data() and cached for the rows on screen.
///
/// Measured on svm.token.swaps (428-byte payloads; Qt 6.4, g++ 12 -O2): appending a row takes
/// 460 ns and 7,400 instructions (bench_decode --only table_append, callgrind), 3,450 ns and
/// 41,300 when each row parsed a QJsonDocument. Fed 50k events/s for 60 s (bench_gui_pipeline),
/// a row costs 353 bytes of RSS beyond its payload at 100,000 rows (331 of live heap) and 320 at
/// 1,000,000 (318), and RSS grows 0.3 MB once the window is full. Rows that each held their own
/// QByteArray payload and text block took 656 and 479 bytes (519 and 454 live), and RSS grew 12
/// and 22 MB after the window filled: glibc kept the freed blocks of the rows churning through
/// the ring.
///
/// Pause: events that arrive while paused are let go and counted (pausedDropCount()); a paused
/// table is a snapshot, and the subscription's own counters keep counting. Buffering them instead
/// would turn resume into one giant insert of events the user chose not to watch.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    /// The leading columns every stream has; schema columns start at LeadingColumnCount.
    enum Column
    {
        ReceivedColumn, // local receive time, hh:mm:ss.zzz
        LatencyColumn, // receive time minus the payload's event time (empty without one)
        LeadingColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        /// The typed raw value: qint64 (times in ms, integers, latency), quint64 (integers above
        /// INT64_MAX), double (decimals), bool (side, bool), QString (text, addresses). Proxies
        /// sort on it.
        SortRole = Qt::UserRole,
        /// The complete text: full addresses, exact decimals, ISO times. Filters match it and
        /// exports write it.
        FullTextRole,
        /// ColumnKind of the cell's column (leading columns: UnixMilliseconds, Integer).
        ColumnKindRole,
        /// Row-level roles (same answer in every column):
        ReceivedAtUsRole, // qint64, µs since the epoch
        LatencyMsRole, // qint64, or invalid without an event time
        PayloadRole, // QByteArray, the exact payload text
        StreamRole, // QString
        ChannelRole, // QString
        EventNameRole, // QString
        ParseErrorRole, // QString, empty when the payload is a JSON object
        RowSerialRole, // quint64, increases with every appended event; stable while a row lives
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 100000;
    /// The rows' payload and text bytes are kept in chunks of this size (see storageStats()).
    /// A 50k events/s batch of swaps (800 rows, 470 KB) spans two or three; a table holds at most
    /// two spares and two part-filled chunks beyond its bytes: 1 MB, 10 bytes per row at 100,000
    /// rows. Untouched chunk memory is not resident, so a quiet table costs little more than
    /// its rows.
    static constexpr qsizetype DefaultChunkBytes = 256 * 1024;

    /// Uses the built-in schema of @p streamId (or the fallback).
    explicit EventTableModel(const QString &streamId, QObject *parent = nullptr);
    explicit EventTableModel(StreamSchema schema, QObject *parent = nullptr);
    /// @p chunkBytes: the storage chunk size (tests make it small to cross chunk boundaries).
    EventTableModel(StreamSchema schema, qsizetype chunkBytes, QObject *parent = nullptr);
    ~EventTableModel() override;

    const StreamSchema &schema() const { return m_schema; }
    /// The schema column of a model column, or nullptr for the leading columns.
    const ColumnSpec *columnSpec(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The window size. Shrinking removes the oldest overflow rows (counted as evicted).
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    bool isPaused() const { return m_paused; }

    /// Rows removed from the window (overflow, including batch events never shown because a
    /// single batch was larger than the window).
    quint64 evictedCount() const { return m_evicted; }
    /// Events let go because they arrived while paused.
    quint64 pausedDropCount() const { return m_pausedDropped; }
    /// evictedCount() + pausedDropCount(): every event this table did not keep.
    quint64 droppedCount() const { return m_evicted + m_pausedDropped; }
    /// Events appended since construction or clear(), kept or not.
    quint64 receivedCount() const { return m_received; }

    /// Where the rows' payload and text bytes are kept: chunks filled in arrival order and
    /// recycled once their last row has left the window. For tests and memory figures.
    struct StorageStats
    {
        qsizetype chunks = 0; // chunks holding rows, including single-row blocks of big payloads
        qsizetype spareChunks = 0; // emptied chunks kept for the next rows
        qsizetype reservedBytes = 0; // the size of all of them
        qsizetype usedBytes = 0; // the payload and text bytes of the rows in the window
    };
    StorageStats storageStats() const;

    /// Row accessors for the detail view and copy; out-of-range rows give empty values.
    QByteArray rawPayload(int row) const;
    /// Parses the payload on demand (the table does not keep parsed objects).
    QJsonDocument jsonAt(int row) const;
    /// Payload paths the stream's schema does not know (PROTOCOL.md: unknown fields are kept
    /// and shown).
    QStringList unknownFields(int row) const;
    qint64 receivedAtUs(int row) const;
    /// Pretty JSON for copy-as-JSON: the payload object for one row, an array of payloads for
    /// several (rows in the given order; payloads that are not JSON appear as strings).
    QByteArray rowsAsJson(const QList<int> &rows) const;
    /// The whole event of a row (receive time, stream, channel, event, payload; json empty).
    StreamEvent eventAt(int row) const;

public Q_SLOTS:
    /// Appends a batch: removes the overflow in one range, then inserts in one range.
    void appendBatch(const shuriken::StreamEventBatch &batch);
    void setPaused(bool paused);
    /// Removes every row; the counters restart at zero.
    void clear();

Q_SIGNALS:
    /// Rows or events were let go (window overflow or pause); carries the new droppedCount().
    void droppedCountChanged(quint64 dropped);
    /// setPaused() changed the pause state.
    void pausedChanged(bool paused);
    /// setCapacity() changed the window size.
    void capacityChanged(int capacity);

private:
    // One extracted schema value. 16 bytes: the number inline, the text as a slice of the
    // row's text block (decimals keep both: the number to sort, the exact text to show).
    struct Cell
    {
        enum class Type : quint8
        {
            Missing,
            Bool,
            Integer,
            Unsigned, // a JSON integer above INT64_MAX (PROTOCOL.md 4.1: u64 fields)
            Double,
            Text,
            WholePayload, // the row's payload itself (the fallback schema's column)
        };
        union {
            qint64 integer;
            quint64 unsignedInteger;
            double number;
        };
        quint16 textOffset = 0;
        quint16 textLength = 0;
        Type type = Type::Missing;
        bool hasText = false;

        Cell()
            : integer(0)
        { }
    };
    static_assert(sizeof(Cell) == 16);

    // The rows' payload and text bytes. Rows leave in the order they came, so their bytes are
    // laid out the same way: appended to fixed-size chunks, a row's bytes contiguous inside one
    // chunk, and a chunk recycled when its last row has left. A payload larger than a chunk
    // gets a block of its own. Memory stays the size of the window's bytes (no allocator slack
    // per row, no freed blocks for glibc to keep: RSS growth once a 100,000-row window is full
    // went from 12.5 to 0.3 MB), and nothing is allocated or freed per row.
    class ByteArena
    {
    public:
        static constexpr quint32 NoChunk = std::numeric_limits<quint32>::max();

        explicit ByteArena(qsizetype chunkBytes);
        /// Room for @p bytes bytes of a new row: where they are (@p chunk, @p offset; NoChunk
        /// for none) and where to write them.
        char *allocate(quint32 bytes, quint32 *chunk, quint32 *offset);
        const char *at(quint32 chunk, quint32 offset) const;
        /// A row of @p chunk holding @p bytes bytes left the window.
        void release(quint32 chunk, quint32 bytes);
        void clear();
        StorageStats stats() const;

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

    // 40 bytes; the payload's and the cells' text bytes live in m_bytes.
    struct Row
    {
        qint64 receivedAtUs = 0;
        qint64 eventTimeMs = 0;
        quint32 chunk = ByteArena::NoChunk; // the payload, then the text block referenced by the cells
        quint32 offset = 0;
        quint32 payloadLength = 0;
        quint32 origin = 0; // index into m_origins
        quint16 textLength = 0;
        bool hasEventTime = false;
        /// The event time is in whole seconds (SVM `blockTime`): latency is only known to a second.
        bool eventTimeInSeconds = false;
        bool parseFailed = false;
    };
    static_assert(sizeof(Row) == 40);

    struct Origin
    {
        QString stream;
        QString channel;
        QString event;
    };

    void init();
    int physical(int row) const { return (m_head + row) % m_capacity; }
    const Row &rowAt(int row) const { return m_rows[size_t(physical(row))]; }
    const Cell &cellAt(int row, int schemaColumn) const
    {
        return m_cells[size_t(physical(row)) * size_t(m_stride) + size_t(schemaColumn)];
    }
    void removeOldest(int count);
    void store(const StreamEvent &event, int slot);
    void setCell(Cell &cell, ColumnKind kind, const simdjson::dom::element &value);
    void setCellText(Cell &cell, std::string_view utf8);
    quint32 originIndex(const StreamEvent &event);
    void relayout(int newCapacity);
    QByteArrayView payloadOf(const Row &row) const;
    QString cellText(const Row &row, const Cell &cell) const;
    QVariant displayValue(int row, int column) const;
    QVariant fullText(int row, int column) const;
    QVariant sortValue(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    void countDropped(quint64 evicted, quint64 paused);

    StreamSchema m_schema;
    int m_stride = 0; // schema columns per row in m_cells
    int m_capacity = DefaultCapacity;
    int m_head = 0;
    int m_size = 0;
    std::vector<Row> m_rows; // grows up to m_capacity, then wraps
    std::vector<Cell> m_cells; // m_stride cells per slot of m_rows
    QList<Origin> m_origins;
    ByteArena m_bytes;
    // Serial of the next appended event; the rows hold serials m_nextSerial - m_size onwards, so
    // no row stores its own.
    quint64 m_nextSerial = 0;
    quint64 m_received = 0;
    quint64 m_evicted = 0;
    quint64 m_pausedDropped = 0;
    bool m_paused = false;
    // Display strings of recently painted cells, keyed by (row serial << 8 | column).
    mutable QCache<quint64, QString> m_displayCache;
    // store()'s working space for a row's text block, keeping its capacity from row to row
    // (std::string: QByteArray::append cost 110 instructions per cell, callgrind).
    std::string m_textScratch;
    // store()'s payload parser, reused: it keeps its buffers for the next payload of up to the
    // size it has seen.
    std::unique_ptr<PayloadParser> m_parser;
};

} // namespace shuriken
