#pragma once

// Export of events: CSV (RFC 4180) of their cells as the EventFormatter writes them, and JSON
// Lines of the events themselves (eventjsonline.h) for replay and for tools such as jq.

#include "eventformatter.h"
#include "streamevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QIODevice;

namespace shuriken {

/// How EventExporter::toCsv() reads and writes the cells.
struct CsvExportOptions
{
    enum class Text
    {
        Full, // EventFormatter::fullText(): full addresses, exact decimals, ISO times
        Display, // EventFormatter::displayText(): what a table cell shows
    };
    Text text = Text::Full;
    /// Columns to write, in this order; empty = every column.
    QList<int> columns;
    bool header = true;
    /// Prefixes cells a spreadsheet would run as a formula (=, +, @, a tab, a carriage
    /// return, or - not followed by a number) with a single quote: payload text comes from
    /// the wire and must not execute on the user's machine.
    bool protectFormulas = true;
    /// A UTF-8 byte order mark, for spreadsheets that assume a legacy code page without it.
    bool byteOrderMark = false;
};

class EventExporter
{
    Q_DECLARE_TR_FUNCTIONS(EventExporter)

public:
    using CsvOptions = CsvExportOptions;

    /// @p events as CSV, their cells formatted by @p formatter: a header of the column titles,
    /// then one record per event, CRLF line ends, fields quoted per RFC 4180 when needed. An
    /// event whose row was built for another schema is rebuilt for the formatter's.
    static QByteArray toCsv(const EventFormatter &formatter, const QList<StreamEvent> &events,
                            const CsvOptions &options = {});
    static bool writeCsv(QIODevice *device, const EventFormatter &formatter, const QList<StreamEvent> &events,
                         const CsvOptions &options, QString *error);
    /// One field, quoted when it contains a comma, a quote, CR or LF (quotes doubled).
    static QByteArray csvField(const QString &value, bool protectFormulas = true);

    /// One JSON Lines record (with the trailing newline). The payload is embedded as JSON, byte
    /// for byte (line breaks between tokens become spaces); a payload that is not JSON is
    /// written as a string with a "payloadError" member saying so.
    /// The events as JSON Lines records (eventjsonline.h), the CLI's format.
    static QByteArray toJsonLines(const QList<StreamEvent> &events);
    /// The events of @p rows of an EventTableModel or of proxies over one, typed rows included.
    /// Another model gives the events its EventTableModel row roles describe, rows unbuilt.
    static QList<StreamEvent> eventsFromModel(const QAbstractItemModel &model, const QList<int> &rows);
    static bool writeJsonLines(QIODevice *device, const QList<StreamEvent> &events, QString *error);

    /// Reads one record back (replay, tests): the payload as compact JSON text, its row built;
    /// nullopt and a reason for anything that is not a record.
    static std::optional<StreamEvent> fromJsonLine(const QByteArray &line, QString *error);
};

} // namespace shuriken
