#pragma once

// Export of event rows: CSV (RFC 4180) of what the table shows, and JSON Lines of the events
// themselves (one {receivedAt, stream, channel, event, payload} object per line) for replay and
// for tools such as jq.

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
    /// The role each cell is read with; -1 means EventTableModel::FullTextRole (full addresses,
    /// exact decimals). A cell without a value for the role is written with its display text.
    int role = -1;
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

    /// @p rows of @p model (a proxy gives "the visible table") as CSV: a header of the column
    /// titles, then one record per row, CRLF line ends, fields quoted per RFC 4180 when needed.
    static QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &rows, const CsvOptions &options = {});
    static bool writeCsv(QIODevice *device, const QAbstractItemModel &model, const QList<int> &rows,
                         const CsvOptions &options, QString *error);
    /// One field, quoted when it contains a comma, a quote, CR or LF (quotes doubled).
    static QByteArray csvField(const QString &value, bool protectFormulas = true);

    /// One JSON Lines record (with the trailing newline). The payload is embedded as JSON, byte
    /// for byte (line breaks between tokens become spaces); a payload that is not JSON is
    /// written as a string with a "payloadError" member saying so.
    static QByteArray toJsonLine(const StreamEvent &event);
    static QByteArray toJsonLines(const QList<StreamEvent> &events);
    /// The events of @p rows of a model with EventTableModel's row roles (ReceivedAtUsRole,
    /// StreamRole, ChannelRole, EventNameRole, PayloadRole); works through proxies.
    static QList<StreamEvent> eventsFromModel(const QAbstractItemModel &model, const QList<int> &rows);
    static bool writeJsonLines(QIODevice *device, const QList<StreamEvent> &events, QString *error);

    /// Reads one record back (replay, tests). The payload becomes compact JSON text and json is
    /// filled when it is an object; nullopt and a reason for anything that is not a record.
    static std::optional<StreamEvent> fromJsonLine(const QByteArray &line, QString *error);

    /// "2025-01-01T00:00:01.234567Z": UTC, microseconds.
    static QString formatReceivedAt(qint64 receivedAtUs);
    /// Accepts formatReceivedAt()'s form with 0-9 fraction digits, and ISO 8601 with an offset.
    static std::optional<qint64> parseReceivedAt(const QString &text);
};

} // namespace shuriken
