#include "columnschema.h"
#include "filterevaluator_p.h"
#include "filtervalue_p.h"

#include <algorithm>
#include <optional>
#include <simdjson.h>

namespace shuriken {

using namespace filter;

namespace {

// Payloads up to this size are parsed with the thread's reused parser; a rare bigger one gets a
// parser of its own rather than growing the reused one for good (as lib/events' PayloadParser).
constexpr size_t ReusedParserMaxBytes = 64 * 1024;
// A cell's text is cut at 1024 UTF-16 units (EventRowBuilder): a text this long may be cut, so
// the payload says what it really is.
constexpr size_t MaxTrustedCellText = 1000;
// EventRowBuilder drops a cell's text when the row's text passes 64 KiB; a cell holds at most
// 3,072 bytes, so rows of up to 21 columns always keep every text.
constexpr qsizetype MaxBoundColumns = 21;

struct ThreadScratch
{
    simdjson::dom::parser parser;
    Scratch scratch;
    quint64 parses = 0;
};

ThreadScratch &threadScratch()
{
    static thread_local ThreadScratch scratch;
    return scratch;
}

bool isSupportedKind(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text:
    case ColumnKind::Address:
    case ColumnKind::Decimal:
    case ColumnKind::Integer:
    case ColumnKind::Bool:
    case ColumnKind::Side:
    case ColumnKind::UnixSeconds:
    case ColumnKind::UnixMilliseconds:
        return true;
    case ColumnKind::Count: // the cell is the array's size, not the array
    case ColumnKind::Json:
        break;
    }
    return false;
}

bool isDigits(std::string_view text)
{
    if (!text.empty() && text.front() == '-')
        text.remove_prefix(1);
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A text cell holds the JSON text of a value that was not a string (EventRowBuilder::setCell):
// a text that could be one does not tell which it was.
bool couldBeJsonOfNonString(std::string_view text)
{
    if (text == "true" || text == "false" || text.starts_with('[') || text.starts_with('{'))
        return true;
    const size_t point = text.find('.');
    if (point == std::string_view::npos)
        return isDigits(text);
    return isDigits(text.substr(0, point)) && isDigits(text.substr(point + 1)) && text[point + 1] != '-';
}

Value elementValue(const simdjson::dom::element &element)
{
    using simdjson::dom::element_type;
    switch (element.type()) {
    case element_type::INT64:
        return Value::fromInt(element.get_int64().value_unsafe());
    case element_type::UINT64:
        return Value::fromUInt(element.get_uint64().value_unsafe());
    case element_type::DOUBLE:
        return Value::fromDouble(element.get_double().value_unsafe());
    case element_type::STRING:
        return Value::fromUtf8(element.get_string().value_unsafe());
    case element_type::BOOL:
        return Value::fromBool(element.get_bool().value_unsafe());
    case element_type::NULL_VALUE:
        return {}; // null is missing (PROTOCOL.md 4.1: optional fields may be sent as null)
    case element_type::ARRAY: {
        Value v;
        v.type = Value::Type::Array;
        const simdjson::dom::array array = element.get_array().value_unsafe();
        v.integer = qint64(array.size());
        if (v.integer == 0xFFFFFF) { // saturated: count them
            v.integer = 0;
            for ([[maybe_unused]] const auto item : array)
                ++v.integer;
        }
        return v;
    }
    case element_type::OBJECT: {
        Value v;
        v.type = Value::Type::Object;
        const simdjson::dom::object object = element.get_object().value_unsafe();
        v.integer = qint64(object.size());
        if (v.integer == 0xFFFFFF) {
            v.integer = 0;
            for ([[maybe_unused]] const auto member : object)
                ++v.integer;
        }
        return v;
    }
    }
    return {};
}

class Evaluation
{
public:
    /// @p columns: the row's typed cells to read, per field of @p program, or null.
    Evaluation(const Program &program, const FilterRowContext &row, const std::vector<BoundColumn> *columns,
               ThreadScratch &thread)
        : m_program(program)
        , m_row(row)
        , m_thread(thread)
        , m_columns(columns)
    { }

    bool node(int index)
    {
        const Node &n = m_program.nodes[size_t(index)];
        switch (n.kind) {
        case NodeKind::Or:
            return node(n.a) || node(n.b);
        case NodeKind::And:
            return node(n.a) && node(n.b);
        case NodeKind::Not:
            return !node(n.a);
        case NodeKind::Truthy:
            return isTruthy(operand(n.a));
        case NodeKind::Exists:
            return !operand(n.a).isMissing();
        case NodeKind::Compare: {
            const Value left = operand(n.a);
            if (left.isMissing())
                return false;
            return compareValues(left, n.op, operand(n.b), m_thread.scratch);
        }
        case NodeKind::Contains: {
            const Value left = operand(n.a);
            if (left.type != Value::Type::String)
                return false;
            return containsText(left, operand(n.b), m_thread.scratch);
        }
        case NodeKind::Matches: {
            const Value left = operand(n.a);
            if (left.type != Value::Type::String)
                return false;
            const QRegularExpression &regex = m_program.regexes[size_t(n.b)];
            return regex.match(m_thread.scratch.utf16Of(left)).hasMatch();
        }
        case NodeKind::In: {
            const Value left = operand(n.a);
            if (left.isMissing())
                return false;
            for (const int literal : m_program.sets[size_t(n.b)]) {
                if (compareValues(left, CompareOp::Eq, Value::fromLiteral(m_program.literals[size_t(literal)]),
                                  m_thread.scratch))
                    return true;
            }
            return false;
        }
        }
        return false;
    }

    /// The value of operand @p index (numberOf()).
    Value value(int index) { return operand(index); }
    /// The payload element operand @p index names when it is a payload field: a cell shows an
    /// array or object as its JSON (cellValueOf()). Walked again only for such cells, so that
    /// matching pays nothing for it.
    std::optional<simdjson::dom::element> payloadElementOf(int index)
    {
        const Operand &o = m_program.operands[size_t(index)];
        if (o.kind != OperandKind::Field)
            return std::nullopt;
        const Field &f = m_program.fields[size_t(o.index)];
        return f.meta == MetaField::None ? payloadElement(f) : std::nullopt;
    }

private:
    Value operand(int index)
    {
        const Operand &o = m_program.operands[size_t(index)];
        switch (o.kind) {
        case OperandKind::Field:
            return field(o.index);
        case OperandKind::Literal:
            return Value::fromLiteral(m_program.literals[size_t(o.index)]);
        case OperandKind::Len:
            return lengthOf(operand(o.index));
        case OperandKind::Abs:
            return absoluteOf(operand(o.index), m_thread.scratch);
        case OperandKind::Lower:
            return lowerOf(operand(o.index), m_thread.scratch);
        }
        return {};
    }

    Value field(int index)
    {
        const Field &f = m_program.fields[size_t(index)];
        switch (f.meta) {
        case MetaField::Channel:
            return Value::fromUtf16(m_row.channel);
        case MetaField::Event:
            return Value::fromUtf16(m_row.event);
        case MetaField::Stream:
            return Value::fromUtf16(m_row.stream);
        case MetaField::Received:
            return Value::fromInt(m_row.receivedAtUs);
        case MetaField::Latency:
            return m_row.latencyMs ? Value::fromInt(*m_row.latencyMs) : Value();
        case MetaField::Seq:
            return m_row.seq >= 0 ? Value::fromInt(m_row.seq) : Value();
        case MetaField::None:
            break;
        }
        if (m_columns) {
            if (const auto value = cell(index, f.use))
                return *value;
        }
        return payloadField(f);
    }

    // The value of a field from its typed cell, when the cell says exactly what the payload
    // would; nothing when only the payload can tell (docs/display-filters.md, "Typed cells").
    std::optional<Value> cell(int fieldIndex, FieldUse use) const
    {
        const BoundColumn &bound = (*m_columns)[size_t(fieldIndex)];
        if (bound.column < 0)
            return std::nullopt;
        const EventCell value = m_row.row.cell(bound.column);
        const auto kind = ColumnKind(bound.kind);
        if (value.type == EventCell::Type::Missing) {
            // A time in seconds too large for milliseconds is left out of its cell too.
            if (kind == ColumnKind::UnixSeconds)
                return std::nullopt;
            return Value();
        }
        if (use == FieldUse::Presence)
            return Value::fromBool(true); // there is a value; which one does not matter
        const QByteArrayView bytes = m_row.row.cellText(value);
        const std::string_view text(bytes.data(), size_t(bytes.size()));
        switch (value.type) {
        case EventCell::Type::Bool:
            return Value::fromBool(value.integer != 0);
        case EventCell::Type::Integer:
        case EventCell::Type::Unsigned:
            // A JSON integer or a string of digits: the same to a number, not to a string.
            if (use != FieldUse::Numeric)
                return std::nullopt;
            if (value.type == EventCell::Type::Unsigned)
                return Value::fromUInt(value.unsignedInteger);
            return Value::fromInt(kind == ColumnKind::UnixSeconds ? value.integer / 1000 : value.integer);
        case EventCell::Type::Double:
            if (kind != ColumnKind::Decimal)
                return Value::fromDouble(value.number); // an integer column's fraction
            if (!value.hasText)
                return Value::fromDouble(value.number); // a JSON number
            if (text.size() >= MaxTrustedCellText)
                return std::nullopt;
            // Digits alone: a string, or a JSON integer beyond 2^53 written out.
            if (use != FieldUse::Numeric && isDigits(text))
                return std::nullopt;
            return Value::fromUtf8(text); // a string holding a number
        case EventCell::Type::Text:
            if (!value.hasText || text.size() >= MaxTrustedCellText || couldBeJsonOfNonString(text))
                return std::nullopt;
            return Value::fromUtf8(text);
        case EventCell::Type::Missing:
        case EventCell::Type::WholePayload:
            break;
        }
        return std::nullopt;
    }

    const simdjson::dom::element *payloadRoot()
    {
        if (m_parse == Parse::NotYet) {
            m_parse = Parse::Failed;
            const auto size = size_t(m_row.payload.size());
            if (size > 0) {
                ++m_thread.parses;
                simdjson::dom::parser &parser = size <= ReusedParserMaxBytes ? m_thread.parser : m_large.emplace();
                if (!parser.parse(m_row.payload.data(), size, !m_row.payloadPadded).get(m_root))
                    m_parse = Parse::Done;
            }
        }
        return m_parse == Parse::Done ? &m_root : nullptr;
    }

    Value payloadField(const Field &f)
    {
        const auto element = payloadElement(f);
        return element ? elementValue(*element) : Value();
    }

    std::optional<simdjson::dom::element> payloadElement(const Field &f)
    {
        const simdjson::dom::element *root = payloadRoot();
        if (!root)
            return std::nullopt;
        simdjson::dom::element current = *root;
        for (const PathStep &step : f.steps) {
            if (step.isIndex) {
                simdjson::dom::array array;
                if (current.get_array().get(array))
                    return std::nullopt;
                qint64 index = step.index;
                const auto size = qint64(array.size());
                if (index < 0)
                    index += size;
                if (index < 0 || index >= size || array.at(size_t(index)).get(current))
                    return std::nullopt;
            } else {
                simdjson::dom::object object;
                if (current.get_object().get(object))
                    return std::nullopt;
                if (object.at_key(std::string_view(step.key.constData(), size_t(step.key.size()))).get(current))
                    return std::nullopt;
            }
        }
        return current;
    }

    enum class Parse : quint8
    {
        NotYet,
        Done,
        Failed,
    };

    const Program &m_program;
    const FilterRowContext &m_row;
    ThreadScratch &m_thread;
    const std::vector<BoundColumn> *m_columns;
    Parse m_parse = Parse::NotYet;
    simdjson::dom::element m_root;
    std::optional<simdjson::dom::parser> m_large;
};

} // namespace

const std::vector<BoundColumn> *FilterEvaluator::columnsFor(const Program &program, const FilterRowContext &row)
{
    const FilterBinding *binding = row.binding;
    if (binding && binding->m_program.get() == &program && row.row.cells && row.row.cellCount == binding->cellCount())
        return &binding->m_columns;
    return nullptr;
}

bool FilterEvaluator::matches(const Program &program, const FilterRowContext &row)
{
    ThreadScratch &thread = threadScratch();
    thread.scratch.reset();
    return Evaluation(program, row, columnsFor(program, row), thread).node(program.root);
}

qsizetype FilterEvaluator::matchRows(const Program &program, std::span<const FilterRowContext> rows,
                                     std::span<bool> results)
{
    ThreadScratch &thread = threadScratch();
    qsizetype matched = 0;
    const size_t count = std::min(rows.size(), results.size());
    for (size_t i = 0; i < count; ++i) {
        thread.scratch.reset();
        results[i] = Evaluation(program, rows[i], columnsFor(program, rows[i]), thread).node(program.root);
        matched += results[i] ? 1 : 0;
    }
    return matched;
}

namespace {

/// @p text as a double, when all of it is one number.
std::optional<double> parsedDouble(std::string_view text)
{
    const std::optional<DecimalView> decimal = DecimalView::parseLenient(text);
    if (!decimal)
        return std::nullopt;
    return decimalToDouble(*decimal);
}

} // namespace

std::optional<double> FilterEvaluator::numberOf(const Program &program, const FilterRowContext &row)
{
    const Node &root = program.nodes[size_t(program.root)];
    if (root.kind != NodeKind::Truthy)
        return std::nullopt;
    ThreadScratch &thread = threadScratch();
    thread.scratch.reset();
    Evaluation evaluation(program, row, columnsFor(program, row), thread);
    const Value value = evaluation.value(root.a);
    switch (value.type) {
    case Value::Type::Int:
        return double(value.integer);
    case Value::Type::UInt:
        return double(value.unsignedInteger);
    case Value::Type::Double:
        return value.number;
    case Value::Type::Decimal:
        return decimalToDouble(value.decimal);
    case Value::Type::String:
        if (value.hasUtf8)
            return parsedDouble(value.utf8);
        return parsedDouble(thread.scratch.utf8Of(value.utf16));
    case Value::Type::Bool:
        return value.boolean ? 1.0 : 0.0;
    case Value::Type::Missing:
    case Value::Type::Array:
    case Value::Type::Object:
        break;
    }
    return std::nullopt;
}

FilterCellValue FilterEvaluator::cellValueOf(const Program &program, const FilterRowContext &row)
{
    const Node &root = program.nodes[size_t(program.root)];
    if (root.kind != NodeKind::Truthy)
        return {};
    ThreadScratch &thread = threadScratch();
    thread.scratch.reset();
    Evaluation evaluation(program, row, columnsFor(program, row), thread);
    const Value value = evaluation.value(root.a);
    if (value.type == Value::Type::Array || value.type == Value::Type::Object) {
        // An object or array (a nested `user`, a list of tokens): its compact JSON, as text.
        FilterCellValue cell;
        if (const auto composite = evaluation.payloadElementOf(root.a)) {
            cell.type = FilterCellValue::Type::Text;
            const std::string json = simdjson::minify(*composite);
            cell.text = QString::fromUtf8(json.data(), qsizetype(json.size()));
            cell.sortKey = cell.text;
        }
        return cell;
    }
    return filter::cellValueOf(value, thread.scratch);
}

quint64 FilterEvaluator::parsesOnThisThread()
{
    return threadScratch().parses;
}

void FilterEvaluator::bindColumns(const Program &program, const StreamSchema &schema, FilterBinding &binding)
{
    binding.m_columns.assign(program.fields.size(), BoundColumn {});
    if (schema.columns.size() > MaxBoundColumns)
        return;
    for (size_t i = 0; i < program.fields.size(); ++i) {
        const Field &f = program.fields[i];
        if (f.meta != MetaField::None || f.steps.empty())
            continue;
        for (qsizetype column = 0; column < schema.columns.size(); ++column) {
            const ColumnSpec &spec = schema.columns.at(column);
            if (spec.paths.size() != 1 || !isSupportedKind(spec.kind))
                continue;
            const QList<QByteArray> &keys = spec.paths.constFirst().keys;
            bool same = keys.size() == qsizetype(f.steps.size());
            for (qsizetype k = 0; same && k < keys.size(); ++k)
                same = !f.steps[size_t(k)].isIndex && f.steps[size_t(k)].key == keys.at(k);
            if (same) {
                binding.m_columns[i] = BoundColumn {int(column), quint8(spec.kind)};
                break;
            }
        }
    }
}

} // namespace shuriken
