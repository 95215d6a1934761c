#pragma once

// The per-stream column layout of the event tables: which payload fields become columns, how
// each is shown, where the event's own timestamp lives (for the latency column) and which fields
// the stream is known to carry (the rest are "unknown fields" in the detail view).
// The table is data (lib/events/resources/columns.json), so a new stream is a JSON entry.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The payload lookups take simdjson's DOM element (the event table parses each payload once with
// simdjson). Declared, not included: simdjson.h is 1.2 MB of header that the many files including
// this one do not need; the few that resolve paths include it themselves.
namespace simdjson::dom {
class element;
} // namespace simdjson::dom

namespace shuriken {

/// How a payload value is stored, sorted and shown.
enum class ColumnKind
{
    Text, // any string (numbers and booleans are shown as their JSON text)
    Decimal, // a decimal string or a JSON number; sorts numerically, shows the exact text
    Integer, // a JSON integer, exact: int64, or uint64 above INT64_MAX (fractions are kept as doubles)
    Bool, // true/false shown as yes/no
    Side, // true = buy, false = sell (isBuy)
    UnixSeconds, // a timestamp in seconds since the epoch, shown in local time
    UnixMilliseconds, // a timestamp in milliseconds since the epoch, shown in local time
    Address, // an address, mint, hash or signature: abbreviated, full text in the tooltip
    Count, // the number of elements of an array
    Json, // any value as compact JSON text (the fallback schema shows the whole payload)
};

/// "decimal" -> ColumnKind::Decimal, as written in columns.json.
std::optional<ColumnKind> columnKindFromString(const QString &text);
QString columnKindToString(ColumnKind kind);
/// True for kinds whose cells are numbers (right-aligned, sorted numerically).
bool isNumericKind(ColumnKind kind);

/// A dotted JSON path ("fees.gasLamports"), split once; the empty path is the payload itself.
struct JsonPath
{
    /// The keys in UTF-8, the form simdjson compares them in (no conversion per lookup).
    QList<QByteArray> keys;

    static JsonPath fromString(const QString &dotted);
    QString toString() const;
    /// The value at this path below @p root, in @p value; false when any step is missing or
    /// not an object.
    bool resolve(const simdjson::dom::element &root, simdjson::dom::element *value) const;

    friend bool operator==(const JsonPath &, const JsonPath &) = default;
};

struct ColumnSpec
{
    /// Untranslated English header; shown through ColumnSchemaSet::translatedHeader().
    QString header;
    /// Alternatives tried in order, the first present one wins (union payloads, snake_case vs
    /// camelCase spellings).
    QList<JsonPath> paths;
    ColumnKind kind = ColumnKind::Text;

    /// The first present value of paths, in @p value; false if none is present. A null counts
    /// as absent (PROTOCOL.md 4.1: optional fields may be omitted or sent as null).
    bool resolve(const simdjson::dom::element &payload, simdjson::dom::element *value) const;
};

/// Where an event says when it happened, for the latency column.
struct TimeSource
{
    JsonPath path;
    /// 1 for milliseconds, 1000 for seconds.
    qint64 millisecondsPerUnit = 1;
};

struct StreamSchema
{
    /// The stream id, or "*" for the fallback used by streams the table does not know.
    QString streamId;
    QList<ColumnSpec> columns;
    /// Tried in order; empty when the payload carries no event time (no latency then).
    QList<TimeSource> timeSources;
    /// Dotted paths the stream is documented to carry. "a.*" accepts anything below "a"; a path
    /// naming an object accepts the whole object unless deeper paths below it are listed.
    QStringList knownFields;

    bool isFallback() const { return streamId == QLatin1String("*"); }
    bool hasEventTime() const { return !timeSources.isEmpty(); }
    /// The event's own time in ms since the epoch, if the payload has one. @p resolutionMs gets
    /// the unit of the field it came from (1000 for `blockTime` in seconds).
    /// A JSON integer, a whole-number string or a double (truncated) counts; values beyond
    /// +-10^15 units are taken as absent rather than overflow.
    std::optional<qint64> eventTimeMs(const simdjson::dom::element &payload, qint64 *resolutionMs = nullptr) const;
    /// Dotted paths present in @p payload that knownFields does not cover, in payload order.
    QStringList unknownFields(const QJsonObject &payload) const;
};

/// The column schemas of every known stream plus the fallback.
class ColumnSchemaSet
{
public:
    /// Parses a columns.json document; nullopt and "<where>: <what>" in @p error when invalid.
    static std::optional<ColumnSchemaSet> fromJson(const QByteArray &json, QString *error);
    /// The schemas shipped in the resource :/shuriken/events/columns.json.
    static ColumnSchemaSet builtIn();

    /// The schema of @p streamId, or the fallback when the stream has none.
    StreamSchema schemaFor(const QString &streamId) const;
    bool contains(const QString &streamId) const;
    QStringList streamIds() const;
    const StreamSchema &fallback() const { return m_fallback; }

    /// The header in the user's language. Headers come from JSON, so their translations are
    /// declared in columnschema.cpp (translatableHeaders()) where lupdate sees them.
    static QString translatedHeader(const QString &header);
    /// Every header the translation table knows, untranslated.
    static QStringList translatableHeaders();

private:
    QList<StreamSchema> m_schemas;
    StreamSchema m_fallback;
};

} // namespace shuriken
