#pragma once

// The display-filter language: `isBuy && priceUsd > 150`, `channel contains "swaps"`,
// `tokens[0].mint in {"So1...", "EPj..."}` (docs/display-filters.md has the grammar and the
// rules). One implementation for every front end: the CLI's --filter and the monitor's tables.
//
// A filter is parsed once into an immutable program; copies share it, and any number of threads
// may evaluate one filter at the same time (the per-evaluation scratch, simdjson's parser
// included, is the evaluating thread's own). Evaluating a row parses its payload at most once,
// and not at all when the filter reads only metadata (channel, received, ...) or fields whose
// typed cells the row already holds (see FilterBinding).

#include "eventrow.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace shuriken {

struct StreamEvent;
struct StreamSchema;

namespace filter {
struct Program;
struct BoundColumn;
} // namespace filter

/// Where and why a filter text does not parse.
struct FilterError
{
    /// One line in the user's language, ending with the place: "expected a value after '>' at
    /// column 10".
    QString message;
    /// 1-based, counted in characters (Unicode code points); the text's length + 1 means its end.
    int column = 0;
    /// The same place as an index into the text (UTF-16 code units), for an editor's cursor.
    qsizetype position = 0;
};

/// Which typed cells of one stream schema a filter can read instead of the payload. Made by
/// DisplayFilter::bind(); cheap to copy; belongs to the filter that made it.
class FilterBinding
{
public:
    FilterBinding();
    ~FilterBinding();
    FilterBinding(const FilterBinding &);
    FilterBinding &operator=(const FilterBinding &);
    FilterBinding(FilterBinding &&) noexcept;
    FilterBinding &operator=(FilterBinding &&) noexcept;

    /// The schema's stream id in UTF-8, as EventRow::schemaId() has it.
    QByteArrayView schemaId() const { return m_schemaId; }
    /// The schema's column count: a row with another count was built for another schema.
    int cellCount() const { return m_cellCount; }
    /// True when at least one field of the filter is read from typed cells.
    bool readsCells() const;

private:
    friend class DisplayFilter;
    friend class FilterEvaluator;
    std::shared_ptr<const filter::Program> m_program;
    std::vector<filter::BoundColumn> m_columns; // per field of the program
    QByteArray m_schemaId;
    int m_cellCount = -1;
};

/// What a filter sees of one event. Views only: whatever they point at must outlive the call.
struct FilterRowContext
{
    /// The payload's JSON text.
    QByteArrayView payload;
    /// The payload's block has PayloadPadding readable bytes after its end (paddedpayload.h), so
    /// it is parsed in place; otherwise it is copied into the parser's buffer first.
    bool payloadPadded = false;
    QStringView stream;
    QStringView channel;
    QStringView event;
    /// Receive time, µs since the Unix epoch (`received`).
    qint64 receivedAtUs = 0;
    /// The payload's `seq`, or -1 (`seq` is then missing).
    qint64 seq = -1;
    /// Receive time minus the event's own time (`latency`), when the event has one.
    std::optional<qint64> latencyMs;
    /// The typed row; its cells are read only with a binding of the schema it was built for.
    EventRowView row;
    const FilterBinding *binding = nullptr;

    /// The context of @p event; @p binding is used only when the event's row was built for
    /// @p binding's schema. @p event must outlive the context.
    static FilterRowContext fromEvent(const StreamEvent &event, const FilterBinding *binding = nullptr);
};

/// One value of a row as a table cell shows and sorts it (DisplayFilter::cellValueOf()): a
/// column made from a field (the monitor's "Apply as Column").
struct FilterCellValue
{
    enum class Type : quint8
    {
        Missing, // absent, null, or the filter is a condition
        Bool,
        Number, // a JSON number, or a string that holds one ("0.0000259311")
        Text, // a string, or an object or array as its compact JSON text
    };
    Type type = Type::Missing;
    /// What the cell shows: a number as written (decimal strings exactly), the text, true/false.
    QString text;
    /// Orders as the filter language compares: qint64 or quint64 for whole numbers within 64 bits
    /// (exact), double for other numbers, bool, QString for text; invalid when missing.
    QVariant sortKey;
};

/// A parsed display filter. A default-constructed or failed filter is invalid and matches
/// nothing.
class DisplayFilter
{
public:
    DisplayFilter();
    ~DisplayFilter();
    DisplayFilter(const DisplayFilter &);
    DisplayFilter &operator=(const DisplayFilter &);
    DisplayFilter(DisplayFilter &&) noexcept;
    DisplayFilter &operator=(DisplayFilter &&) noexcept;

    /// Parses @p text; on failure the filter is invalid and @p error (when given) says where and
    /// why. Regular expressions are compiled here, so a bad one is a parse error.
    static DisplayFilter parse(const QString &text, FilterError *error = nullptr);

    bool isValid() const { return m_program != nullptr; }
    /// The text it was parsed from.
    QString text() const;

    /// Whether @p row matches. Never fails: a missing field or a value of the wrong type makes
    /// its comparison false.
    bool matches(const FilterRowContext &row) const;
    /// matches() for each of @p rows into @p results (at least as many); returns the number of
    /// matching rows. Saves the per-row set-up of matches() over a large batch.
    qsizetype matchRows(std::span<const FilterRowContext> rows, std::span<bool> results) const;

    /// For a filter that is one value, not a condition (a field, or a function of one:
    /// `priceUsd`, `abs(delta)`, `len(data.tokens)`): that value of @p row as a number (JSON
    /// numbers, strings that hold one, booleans as 0 and 1). Nothing when the row has no such
    /// value, or the filter is a condition (`priceUsd > 1`). What the monitor plots.
    std::optional<double> numberOf(const FilterRowContext &row) const;
    /// For a filter that is one value (isValue()): that value of @p row as a table cell shows and
    /// sorts it. Missing for a condition or a row without the value.
    FilterCellValue cellValueOf(const FilterRowContext &row) const;
    /// Whether the filter is one value, which numberOf() can read.
    bool isValue() const;

    /// The typed cells of @p schema this filter can read, for FilterRowContext::binding: a field
    /// whose path is a column's single path is then read from the row, not the payload.
    FilterBinding bind(const StreamSchema &schema) const;

    /// Some field is read from the payload (or may have to be, when its cell cannot say).
    bool readsPayload() const;
    /// `latency` appears: events need their event time (a typed row) to match.
    bool readsLatency() const;

    /// Writing filters (Apply as Filter, Copy Field Path): @p text as a string literal of the
    /// language, which reads back as @p text.
    static QString stringLiteral(const QString &text);
    /// The step of a field path for the object member @p key: `.key`, or `key` when @p first,
    /// where the language reads it as a name; `["key"]` otherwise; and `payload.key` for a first
    /// key that metadata or a keyword would shadow (`payload.channel`).
    static QString memberStep(const QString &key, bool first);

    /// Payloads parsed by filters on the calling thread so far: tests prove with it that a row is
    /// parsed at most once, or not at all.
    static quint64 payloadParsesOnThisThread();

private:
    std::shared_ptr<const filter::Program> m_program;
};

} // namespace shuriken
