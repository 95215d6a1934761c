#pragma once

#include "columnschema.h"
#include "displayfilter.h"
#include "eventformatter.h"
#include "eventrowstore.h"
#include "streamevent.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QJsonDocument>

#include <memory>

namespace shuriken {

class EventRowBuilder;

/// The events of one subscription as a table: a bounded window (ring buffer) of the newest
/// rows, oldest first. Columns are two leading ones (receive time, latency) followed by the
/// stream's schema columns (columns.json).
///
/// Events arrive with their typed row built (EventRowBuilder); the model keeps them compact in an
/// EventRowStore and formats cells with an EventFormatter in data(), caching the display strings
/// of the rows on screen. An event whose row was built for another schema is rebuilt here (tests
/// and replays; StreamClient builds rows with the same built-in schemas as the tables).
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
        ReceivedColumn = EventFormatter::ReceivedColumn, // local receive time, hh:mm:ss.zzz
        LatencyColumn = EventFormatter::LatencyColumn, // receive time minus the event time
        LeadingColumnCount = EventFormatter::LeadingColumnCount
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

    const StreamSchema &schema() const { return m_formatter.schema(); }
    const EventFormatter &formatter() const { return m_formatter; }
    /// The schema column of a model column, or nullptr for the leading and custom columns.
    const ColumnSpec *columnSpec(int column) const;

    /// Columns made from fields (the monitor's "Apply as Column"): each shows the value of a
    /// value expression of the filter language (`fees.gasLamports`, `tokens[0].mint`) per row,
    /// after the schema's columns, in the order added. Values are read when a cell is asked for
    /// (painted, or sorted by), never for every row when a column is added, and remembered by row
    /// serial in a bounded cache so repaints do not parse payloads again. Numbers (decimal
    /// strings included) are right-aligned and sort as numbers (DisplayFilter::cellValueOf()).
    QStringList customColumns() const;
    /// The first custom column (columnCount() when there is none).
    int firstCustomColumn() const { return m_formatter.columnCount(); }
    bool isCustomColumn(int column) const;
    /// Adds a column for @p expression; false (nothing added) when it is not one value of the
    /// filter language, is there already, or the table has MaxCustomColumns.
    bool addCustomColumn(const QString &expression);
    /// Removes custom column @p column (a model column); other columns are ignored.
    void removeCustomColumn(int column);
    /// Replaces the custom columns with those of @p expressions that are values.
    void setCustomColumns(const QStringList &expressions);
    static constexpr int MaxCustomColumns = 64;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The window size. Shrinking removes the oldest overflow rows (counted as evicted).
    void setCapacity(int capacity);
    int capacity() const { return m_store.capacity(); }

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
    using StorageStats = ByteArena::Stats;
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
    /// RowSerialRole of @p row without a QVariant.
    quint64 rowSerial(int row) const { return serialOf(row); }
    /// What a display filter sees of @p row: its payload, metadata and typed cells, the cells
    /// read through @p binding when it was made for this table's schema. Views into the table:
    /// valid until rows are appended or let go.
    FilterRowContext filterContext(int row, const FilterBinding *binding = nullptr) const;
    /// The whole event of a row (receive time, stream, channel, event, payload, parse error and
    /// its typed row).
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
    /// A custom column was added or removed; carries customColumns().
    void customColumnsChanged(const QStringList &expressions);

private:
    void countDropped(quint64 evicted, quint64 paused);
    void removeOldest(int count);
    quint64 serialOf(int row) const { return m_nextSerial - quint64(m_store.size()) + quint64(row); }
    QVariant displayValue(int row, int column) const;
    // eventtablemodelcustom.cpp: the custom columns' cells and headers.
    QVariant customData(int row, int column, int role) const;
    QVariant customHeaderData(int section, int role) const;
    FilterCellValue customValue(int row, int column) const;
    bool insertCustomColumn(const QString &expression);
    void takeCustomColumn(int column);

    struct CustomColumn
    {
        DisplayFilter filter;
        FilterBinding binding;
    };

    EventFormatter m_formatter;
    EventRowStore m_store;
    // The schema's id as rows carry it, to tell rows built for it.
    QByteArray m_schemaIdUtf8;
    // Rebuilds rows built for another schema; made on first need.
    std::unique_ptr<EventRowBuilder> m_builder;
    // Serial of the next appended event; the rows hold serials m_nextSerial - size onwards, so
    // no row stores its own.
    quint64 m_nextSerial = 0;
    quint64 m_received = 0;
    quint64 m_evicted = 0;
    quint64 m_pausedDropped = 0;
    bool m_paused = false;
    // Display strings of recently painted cells, keyed by (row serial << 8 | column).
    mutable QCache<quint64, QString> m_displayCache;
    std::vector<CustomColumn> m_customColumns;
    // Values of custom cells, keyed by (row serial << 8 | custom column index): what painting and
    // a sort's arrival path read, so a painted row is evaluated once, not on every repaint.
    mutable QCache<quint64, FilterCellValue> m_customCache;
};

} // namespace shuriken
