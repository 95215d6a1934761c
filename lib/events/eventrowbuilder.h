#pragma once

#include "columnschema.h"
#include "streamevent.h"

#include <memory>
#include <string>
#include <vector>

namespace shuriken {

class PayloadParser;

/// Builds each event's typed row: the one place a stream payload is parsed. One parse (simdjson)
/// checks the payload (valid JSON, an object), reads its `seq` and event time and extracts the
/// schema's columns into EventCells. Keeps its parser and scratch buffers from event to event;
/// one builder per thread.
class EventRowBuilder
{
public:
    /// Rows follow @p schemas (the built-in ones unless a profile brings its own).
    explicit EventRowBuilder(ColumnSchemaSet schemas = ColumnSchemaSet::builtIn());
    ~EventRowBuilder();
    EventRowBuilder(const EventRowBuilder &) = delete;
    EventRowBuilder &operator=(const EventRowBuilder &) = delete;

    /// Sets @p event's seq and row (a refused payload's reason included) for the schema of its stream.
    void build(StreamEvent &event);
    /// The same for a given schema (a table whose schema is not the set's).
    void build(StreamEvent &event, const StreamSchema &schema);
    /// A row of @p schema without values for an event whose payload someone already refused
    /// (its reason is kept; the payload is not read).
    void buildRefused(StreamEvent &event, const StreamSchema &schema);
    /// Only checks @p event's payload and reads its seq, leaving the row unbuilt (but for the
    /// reason of a refused payload): for consumers that show no columns (the CLI's JSON Lines), who save the
    /// extraction. A table given such an event builds its row itself.
    void check(StreamEvent &event);

    /// The schema rows of @p streamId follow (the set's fallback for an unknown stream).
    const StreamSchema &schemaFor(const QString &streamId);

    /// Stream payloads parsed so far in this process, by every builder: tests prove with it that
    /// an event's payload is parsed once on its way to every consumer.
    static quint64 parseCount();

private:
    void setCell(EventCell &cell, ColumnKind kind, const simdjson::dom::element &value);
    void setCellText(EventCell &cell, std::string_view utf8);
    /// The row of @p schema from the parsed payload, or of missing values without one.
    void fillRow(StreamEvent &event, const StreamSchema &schema, const simdjson::dom::element *payloadOrNull);
    /// Parses the payload and sets seq; false when it is not a JSON object, m_refusal saying why.
    bool parse(StreamEvent &event, simdjson::dom::element *payload);

    ColumnSchemaSet m_schemas;
    // The schemas looked up so far; the last one is checked first (a client's events mostly
    // come from one stream at a time).
    std::vector<std::unique_ptr<StreamSchema>> m_schemaCache;
    StreamSchema *m_lastSchema = nullptr;
    // The schema id of the last row built and its UTF-8 form, which every row carries.
    QString m_schemaId;
    QByteArray m_schemaIdUtf8;
    std::unique_ptr<PayloadParser> m_parser;
    // Scratch space for a row's cells and text, keeping its capacity from row to row.
    std::vector<EventCell> m_cells;
    std::string m_text;
    // Why the last payload was refused, in UTF-8.
    QByteArray m_refusal;
};

} // namespace shuriken
