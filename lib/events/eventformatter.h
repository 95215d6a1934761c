#pragma once

#include "columnschema.h"
#include "eventrow.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace shuriken {

/// Turns an event's typed row into text: what a table cell shows, the complete text (tooltips,
/// filters, CSV), and the typed key it sorts by. The one formatter of the event table, the
/// exports and the CLI, so they cannot disagree about how a value reads.
///
/// Columns are two leading ones (receive time, latency) followed by the schema's columns.
class EventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(EventFormatter)

public:
    enum Column
    {
        ReceivedColumn, // local receive time, hh:mm:ss.zzz
        LatencyColumn, // receive time minus the payload's event time (empty without one)
        LeadingColumnCount
    };

    explicit EventFormatter(StreamSchema schema = {});

    const StreamSchema &schema() const { return m_schema; }
    int columnCount() const { return LeadingColumnCount + int(m_schema.columns.size()); }
    /// The schema column of a column, or nullptr for the leading columns and out of range.
    const ColumnSpec *columnSpec(int column) const;
    /// ColumnKind of a column (leading columns: UnixMilliseconds, Integer).
    ColumnKind columnKind(int column) const;
    /// Numbers are right-aligned.
    bool isNumericColumn(int column) const;
    /// The column title in the user's language.
    QString header(int column) const;
    /// Where the column's value comes from.
    QString headerToolTip(int column) const;

    /// One line, bounded: addresses abbreviated, long texts cut, times as local hh:mm:ss(.zzz).
    QString displayText(const EventRowView &row, int column) const;
    /// The complete value: full addresses, exact decimals, ISO times, the whole payload.
    QString fullText(const EventRowView &row, int column) const;
    /// The typed value to sort by: qint64 (times in ms, integers, latency), quint64 (integers
    /// above INT64_MAX), double (decimals), bool, QString; invalid for a missing value.
    QVariant sortKey(const EventRowView &row, int column) const;
    /// The tooltip of a cell whose display may hide something (the full text), else empty.
    QString toolTip(const EventRowView &row, int column) const;

private:
    StreamSchema m_schema;
};

} // namespace shuriken
