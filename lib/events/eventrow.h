#pragma once

// The typed row of one stream event: the values of its stream's schema columns, extracted from
// the payload once, on arrival (EventRowBuilder). The table, the exporters and the CLI read these
// values; none of them parses the payload text again.

#include <QByteArrayView>
#include <QExplicitlySharedDataPointer>
#include <QSharedData>
#include <QtGlobal>

#include <cstring>
#include <memory>
#include <type_traits>

namespace shuriken {

/// One extracted schema value. 16 bytes: a number inline, a text as a slice of the row's text
/// block (decimals keep both: the number to sort, the exact text to show).
struct EventCell
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
    quint16 textOffset;
    quint16 textLength;
    Type type;
    bool hasText;

    /// A Missing cell.
    static EventCell missing()
    {
        EventCell cell;
        std::memset(&cell, 0, sizeof cell);
        return cell;
    }
};
static_assert(sizeof(EventCell) == 16);
static_assert(std::is_trivially_copyable_v<EventCell>);

/// What the formatter needs of a row, wherever the row is kept: in a StreamEvent (EventRow) or
/// in the event table's ring. Cells are read by copy: their bytes need no alignment.
struct EventRowView
{
    qint64 receivedAtUs = 0;
    qint64 eventTimeMs = 0;
    bool hasEventTime = false;
    /// The event time is in whole seconds (SVM `blockTime`): latency is only known to a second.
    bool eventTimeInSeconds = false;
    /// The payload is not a JSON object: no cell has a value.
    bool parseFailed = false;
    QByteArrayView payload;
    const char *cells = nullptr; // cellCount EventCells
    int cellCount = 0;
    const char *text = nullptr; // the text block the cells' slices point into

    EventCell cell(int column) const
    {
        if (column < 0 || column >= cellCount)
            return EventCell::missing();
        EventCell value;
        std::memcpy(&value, cells + qsizetype(column) * qsizetype(sizeof(EventCell)), sizeof value);
        return value;
    }
    QByteArrayView cellText(const EventCell &value) const
    {
        if (!value.hasText || !text)
            return {};
        return {text + value.textOffset, qsizetype(value.textLength)};
    }
    /// Receive time minus event time in ms; only meaningful with hasEventTime.
    qint64 latencyMs() const { return receivedAtUs / 1000 - eventTimeMs; }
};

/// The blocks of many EventRows: rows built one after another on a thread are laid out one after
/// another in a chunk, so building a row costs no allocation of its own and the table reads the
/// rows of a batch from contiguous memory. A chunk lives as long as any row in it.
class EventRowChunk : public QSharedData
{
public:
    explicit EventRowChunk(quint32 capacity);
    EventRowChunk(const EventRowChunk &) = delete;
    EventRowChunk &operator=(const EventRowChunk &) = delete;

    const char *bytes() const { return m_bytes.get(); }

private:
    friend struct EventRow;
    std::unique_ptr<char[]> m_bytes;
    quint32 m_capacity;
    quint32 m_used = 0; // only the thread that writes the chunk reads or writes it
};

/// The typed row a StreamEvent carries: built once by EventRowBuilder for one schema. It is a
/// single block (a header, the cells, their text, the schema's id) in an EventRowChunk, so copying
/// an event (into batches, across threads) copies no cell. A payload that is not a JSON object
/// keeps the reason in the block too, in place of the cells' text. Every byte of a StreamEvent
/// counts: 64 more per event cost 17 bytes of RSS per retained row in bench_gui_pipeline, from
/// the batches in flight.
struct EventRow
{
    struct Header
    {
        qint64 eventTimeMs;
        quint16 cellCount;
        quint16 textSize;
        quint8 schemaIdSize; // UTF-8 bytes of the schema's stream id, at the end of the block
        bool hasEventTime;
        /// The event time is in whole seconds (SVM `blockTime`): latency is known to a second.
        bool eventTimeInSeconds;
        /// The payload is not a JSON object: the cells are all missing and the text is the
        /// reason, for the user.
        bool parseFailed;
    };
    static_assert(sizeof(Header) == 16);

    /// Not built: the payload was only checked, or the event was made by hand. A refused
    /// payload's reason without cells (refused()) is not built for any schema either.
    bool isBuilt() const { return m_size >= quint32(sizeof(Header)); }
    Header header() const
    {
        Header value {};
        if (isBuilt())
            std::memcpy(&value, block(), sizeof value);
        return value;
    }
    const char *cellBytes() const { return block() + sizeof(Header); }
    const char *textBytes() const { return cellBytes() + qsizetype(header().cellCount) * qsizetype(sizeof(EventCell)); }
    /// The cells' text, or the reason of a refused payload.
    QByteArrayView text() const
    {
        return isBuilt() ? QByteArrayView(textBytes(), header().textSize) : QByteArrayView();
    }
    bool parseFailed() const { return header().parseFailed; }
    /// The stream id of the schema the cells follow ("*" for the fallback), in UTF-8.
    QByteArrayView schemaId() const
    {
        const Header h = header();
        return isBuilt() ? QByteArrayView(block() + m_size - h.schemaIdSize, h.schemaIdSize) : QByteArrayView();
    }
    /// Built for the schema of @p schemaIdUtf8 with @p cellCount columns.
    bool isFor(QByteArrayView schemaIdUtf8, qsizetype cellCount) const
    {
        return isBuilt() && header().cellCount == cellCount && schemaId() == schemaIdUtf8;
    }

    /// The row of a payload refused for @p reasonUtf8, built for no schema yet.
    static EventRow refused(QByteArrayView reasonUtf8)
    {
        Header header {};
        header.parseFailed = true;
        return assemble(header, nullptr, reasonUtf8, {});
    }

    /// The block of a row: @p header (its sizes are set here), @p cells (header.cellCount of
    /// them), @p text and the schema id, written into this thread's current chunk.
    static EventRow assemble(Header header, const void *cells, QByteArrayView text, QByteArrayView schemaIdUtf8);

private:
    const char *block() const { return m_chunk->bytes() + m_offset; }

    QExplicitlySharedDataPointer<const EventRowChunk> m_chunk;
    quint32 m_offset = 0;
    quint32 m_size = 0;
};

} // namespace shuriken
