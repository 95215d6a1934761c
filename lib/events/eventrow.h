#pragma once

// The typed row of one stream event: the values of its stream's schema columns, extracted from
// the payload once, on arrival (EventRowBuilder). The table, the exporters and the CLI read these
// values; none of them parses the payload text again.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <cstring>
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

/// The typed row a StreamEvent carries: built once by EventRowBuilder for the schema named in
/// schemaId. The cells and their text share one block, so copying an event (into batches, across
/// threads) copies no cell and allocates nothing.
struct EventRow
{
    /// The stream id of the schema the cells follow ("*" for the fallback); empty: not built.
    QString schemaId;
    qint64 eventTimeMs = 0;
    bool hasEventTime = false;
    bool eventTimeInSeconds = false;
    quint16 cellCount = 0;
    /// cellCount EventCells, then the text block their slices point into.
    QByteArray data;

    bool isBuilt() const { return !schemaId.isEmpty(); }
    const char *cellBytes() const { return data.constData(); }
    const char *textBytes() const { return data.constData() + qsizetype(cellCount) * qsizetype(sizeof(EventCell)); }
    qsizetype textSize() const { return data.size() - qsizetype(cellCount) * qsizetype(sizeof(EventCell)); }
};

} // namespace shuriken
