#include "eventrowbuilder.h"

#include "payloadparser.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <type_traits>

namespace shuriken {

namespace {

// A cell keeps at most this much of a long text (message contents); the detail view has all.
constexpr qsizetype MaxStoredChars = 1024;
// Integers beyond 2^53 have no exact double: decimals keep their digits for display.
constexpr qint64 MaxExactDoubleInteger = qint64(1) << 53;

QString payloadErrorText(simdjson::error_code error)
{
    // The context is spelled out in every call: lupdate reads literals only.
    switch (error) {
    case simdjson::EMPTY:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is empty");
    case simdjson::UTF8_ERROR:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is not valid UTF-8");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        // JSON allows any number; the payloads' widest is u64 (PROTOCOL.md, payload types).
        return QCoreApplication::translate("shuriken::StreamClient",
                                           "the payload has a number that is malformed or out of range");
    case simdjson::STRING_ERROR:
    case simdjson::UNCLOSED_STRING:
    case simdjson::UNESCAPED_CHARS:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload has a malformed string");
    case simdjson::DEPTH_ERROR:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is nested too deeply");
    default:
        return QCoreApplication::translate("shuriken::StreamClient", "the payload is not valid JSON");
    }
}

// The longest prefix of valid UTF-8 @p utf8 that is at most @p maxUnits UTF-16 code units
// (QString's length, the unit MaxStoredChars counts in), cut between characters.
size_t utf8PrefixBytes(std::string_view utf8, qsizetype maxUnits)
{
    // Every UTF-16 unit takes at least one byte: short texts need no count.
    if (utf8.size() <= size_t(maxUnits))
        return utf8.size();
    qsizetype units = 0;
    size_t at = 0;
    while (at < utf8.size()) {
        const auto lead = uchar(utf8[at]);
        const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        const qsizetype needed = length == 4 ? 2 : 1; // a surrogate pair
        if (units + needed > maxUnits)
            break;
        units += needed;
        at += length;
    }
    return std::min(at, utf8.size());
}

// A double that holds a whole number in qint64's range, as that integer (3.0 shows as "3", as
// QJsonValue::toInteger() would have it).
std::optional<qint64> wholeNumber(double value)
{
    constexpr double twoTo63 = 9223372036854775808.0;
    if (!(value >= -twoTo63 && value < twoTo63) || std::trunc(value) != value)
        return std::nullopt;
    return qint64(value);
}

QByteArrayView bytesOf(std::string_view text)
{
    return {text.data(), qsizetype(text.size())};
}

// The wire's decimal and integer strings ("0.0000259311", "1250000000") as numbers.
// std::from_chars gives Qt's value wherever it takes the whole text, and Qt decides the rest (a
// leading '+', spaces, out-of-range values): from_chars costs a quarter of
// QByteArrayView::toDouble's instructions (540 against 2,100 per row, bench_decode --only
// table_append, callgrind).
double decimalValue(std::string_view text, bool *ok)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size()) {
        *ok = true;
        return value;
    }
    return bytesOf(text).toDouble(ok);
}

template<typename Integer>
Integer integerValue(std::string_view text, bool *ok)
{
    Integer value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size()) {
        *ok = true;
        return value;
    }
    if constexpr (std::is_signed_v<Integer>)
        return bytesOf(text).toLongLong(ok);
    else
        return bytesOf(text).toULongLong(ok);
}

std::string_view digitsOf(char (&digits)[24], auto number)
{
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    return {digits, size_t(result.ptr - digits)};
}

} // namespace

EventRowBuilder::EventRowBuilder(ColumnSchemaSet schemas)
    : m_schemas(std::move(schemas))
    , m_parser(std::make_unique<PayloadParser>())
{ }

EventRowBuilder::~EventRowBuilder() = default;

quint64 EventRowBuilder::parseCount()
{
    return PayloadParser::parseCount();
}

const StreamSchema &EventRowBuilder::schemaFor(const QString &streamId)
{
    if (m_lastSchema && m_lastSchema->streamId == streamId)
        return *m_lastSchema;
    // Cached under the stream's own id: an unknown stream gets a copy of the fallback ("*").
    for (const auto &schema : m_schemaCache) {
        if (schema->streamId == streamId || (schema->isFallback() && !m_schemas.contains(streamId))) {
            m_lastSchema = schema.get();
            return *m_lastSchema;
        }
    }
    m_schemaCache.push_back(std::make_unique<StreamSchema>(m_schemas.schemaFor(streamId)));
    m_lastSchema = m_schemaCache.back().get();
    return *m_lastSchema;
}

void EventRowBuilder::build(StreamEvent &event)
{
    build(event, schemaFor(event.stream));
}

bool EventRowBuilder::parse(StreamEvent &event, simdjson::dom::element *payload)
{
    event.seq = -1;
    m_refusal.clear();
    simdjson::dom::object object;
    if (const auto error = m_parser->parse(event.payload, *payload)) {
        m_refusal = payloadErrorText(error).toUtf8();
        return false;
    }
    if (payload->get_object().get(object)) {
        m_refusal = QCoreApplication::translate("shuriken::StreamClient", "the payload is not a JSON object").toUtf8();
        return false;
    }
    int64_t seq = -1;
    if (!object["seq"].get_int64().get(seq) && seq >= 0)
        event.seq = seq;
    return true;
}

void EventRowBuilder::check(StreamEvent &event)
{
    simdjson::dom::element payload;
    event.row = parse(event, &payload) ? EventRow() : EventRow::refused(m_refusal);
}

void EventRowBuilder::buildRefused(StreamEvent &event, const StreamSchema &schema)
{
    Q_ASSERT(event.parseFailed());
    m_refusal = event.row.text().toByteArray();
    fillRow(event, schema, nullptr);
}

void EventRowBuilder::build(StreamEvent &event, const StreamSchema &schema)
{
    simdjson::dom::element payload;
    fillRow(event, schema, parse(event, &payload) ? &payload : nullptr);
}

void EventRowBuilder::fillRow(StreamEvent &event, const StreamSchema &schema,
                              const simdjson::dom::element *payloadOrNull)
{
    EventRow::Header header {};
    if (payloadOrNull) {
        qint64 resolutionMs = 1;
        if (const auto eventTime = schema.eventTimeMs(*payloadOrNull, &resolutionMs)) {
            header.hasEventTime = true;
            header.eventTimeMs = *eventTime;
            header.eventTimeInSeconds = resolutionMs >= 1000;
        }
    }

    const auto columns = size_t(schema.columns.size());
    m_cells.assign(columns, EventCell::missing());
    m_text.clear();
    for (size_t column = 0; column < columns; ++column) {
        EventCell &cell = m_cells[column];
        const ColumnSpec &spec = schema.columns.at(qsizetype(column));
        if (spec.kind == ColumnKind::Json && spec.paths.constFirst().keys.isEmpty()) {
            cell.type = EventCell::Type::WholePayload;
            continue;
        }
        simdjson::dom::element value;
        if (payloadOrNull && spec.resolve(*payloadOrNull, &value))
            setCell(cell, spec.kind, value);
    }

    // One block for the row: a copy of the event shares it. A refused payload's cells have no
    // text; the block keeps the reason in its place.
    header.cellCount = quint16(columns);
    header.parseFailed = !payloadOrNull;
    const QByteArrayView text
        = payloadOrNull ? QByteArrayView(m_text.data(), qsizetype(m_text.size())) : QByteArrayView(m_refusal);
    if (m_schemaId != schema.streamId) {
        m_schemaId = schema.streamId;
        m_schemaIdUtf8 = schema.streamId.toUtf8();
    }
    event.row = EventRow::assemble(header, m_cells.data(), text, m_schemaIdUtf8);
}

void EventRowBuilder::setCell(EventCell &cell, ColumnKind kind, const simdjson::dom::element &value)
{
    using simdjson::dom::element_type;
    const element_type type = value.type();
    switch (kind) {
    case ColumnKind::Decimal:
        switch (type) {
        case element_type::STRING: {
            // The wire's decimal strings ("0.0000259311"): the number to sort, the text to show.
            const std::string_view text = value.get_string().value_unsafe();
            bool ok = false;
            const double number = decimalValue(text, &ok);
            cell.type = ok ? EventCell::Type::Double : EventCell::Type::Text;
            if (ok)
                cell.number = number;
            setCellText(cell, text);
            return;
        }
        case element_type::INT64:
        case element_type::UINT64: {
            const bool isSigned = type == element_type::INT64;
            const qint64 integer = isSigned ? value.get_int64().value_unsafe() : 0;
            const quint64 unsignedInteger = isSigned ? 0 : value.get_uint64().value_unsafe();
            cell.type = EventCell::Type::Double;
            cell.number = isSigned ? double(integer) : double(unsignedInteger);
            if (!isSigned || integer > MaxExactDoubleInteger || integer < -MaxExactDoubleInteger) {
                char digits[24];
                setCellText(cell, isSigned ? digitsOf(digits, integer) : digitsOf(digits, unsignedInteger));
            }
            return;
        }
        case element_type::DOUBLE:
            cell.type = EventCell::Type::Double;
            cell.number = value.get_double().value_unsafe();
            return;
        case element_type::ARRAY:
        case element_type::OBJECT:
        case element_type::BOOL:
        case element_type::NULL_VALUE:
            break;
        }
        break;
    case ColumnKind::Integer:
    case ColumnKind::UnixSeconds:
    case ColumnKind::UnixMilliseconds: {
        const qint64 scale = kind == ColumnKind::UnixSeconds ? 1000 : 1;
        const qint64 limit = std::numeric_limits<qint64>::max() / scale;
        auto setInteger = [&cell, scale, limit](qint64 integer) {
            if (scale == 1 || (integer <= limit && integer >= -limit)) {
                cell.type = EventCell::Type::Integer;
                cell.integer = integer * scale;
            }
        };
        switch (type) {
        case element_type::INT64:
            setInteger(value.get_int64().value_unsafe());
            return;
        case element_type::UINT64:
            // Above INT64_MAX (PROTOCOL.md 4.1: u64 balances and lamports): exact, not a double.
            // No time is that far out: a time column leaves the cell empty.
            if (scale == 1) {
                cell.type = EventCell::Type::Unsigned;
                cell.unsignedInteger = value.get_uint64().value_unsafe();
            }
            return;
        case element_type::DOUBLE: {
            const double number = value.get_double().value_unsafe();
            if (const auto whole = wholeNumber(number)) {
                setInteger(*whole);
            } else if (scale == 1) {
                // A fraction: kept as it came.
                cell.type = EventCell::Type::Double;
                cell.number = number;
            }
            return;
        }
        case element_type::STRING: {
            const std::string_view text = value.get_string().value_unsafe();
            bool ok = false;
            if (const auto integer = integerValue<qint64>(text, &ok); ok) {
                setInteger(integer);
                if (cell.type == EventCell::Type::Integer)
                    return;
            } else if (const auto unsignedInteger = integerValue<quint64>(text, &ok); ok && scale == 1) {
                cell.type = EventCell::Type::Unsigned;
                cell.unsignedInteger = unsignedInteger;
                return;
            }
            break;
        }
        case element_type::ARRAY:
        case element_type::OBJECT:
        case element_type::BOOL:
        case element_type::NULL_VALUE:
            break;
        }
        break;
    }
    case ColumnKind::Bool:
    case ColumnKind::Side:
        if (type == element_type::BOOL) {
            cell.type = EventCell::Type::Bool;
            cell.integer = value.get_bool().value_unsafe() ? 1 : 0;
            return;
        }
        break;
    case ColumnKind::Count:
        if (simdjson::dom::array array; !value.get_array().get(array)) {
            cell.type = EventCell::Type::Integer;
            cell.integer = qint64(array.size());
            return;
        }
        break;
    case ColumnKind::Text:
    case ColumnKind::Address:
    case ColumnKind::Json:
        break;
    }

    // Text kinds, and values of an unexpected type: shown as their JSON text so the user sees
    // what the wire carried (strings unquoted, integers exact, objects and arrays compact).
    cell = EventCell::missing();
    cell.type = EventCell::Type::Text;
    char digits[24];
    switch (type) {
    case element_type::STRING:
        setCellText(cell, value.get_string().value_unsafe());
        return;
    case element_type::BOOL:
        setCellText(cell, value.get_bool().value_unsafe() ? std::string_view("true") : std::string_view("false"));
        return;
    case element_type::INT64:
        setCellText(cell, digitsOf(digits, value.get_int64().value_unsafe()));
        return;
    case element_type::UINT64:
        setCellText(cell, digitsOf(digits, value.get_uint64().value_unsafe()));
        return;
    case element_type::DOUBLE: {
        const double number = value.get_double().value_unsafe();
        if (const auto whole = wholeNumber(number)) {
            setCellText(cell, digitsOf(digits, *whole));
        } else {
            const QByteArray text = QString::number(number, 'f', QLocale::FloatingPointShortest).toUtf8();
            setCellText(cell, std::string_view(text.constData(), size_t(text.size())));
        }
        return;
    }
    case element_type::ARRAY:
    case element_type::OBJECT:
        setCellText(cell, simdjson::minify(value));
        return;
    case element_type::NULL_VALUE:
        setCellText(cell, std::string_view("null"));
        return;
    }
}

void EventRowBuilder::setCellText(EventCell &cell, std::string_view utf8)
{
    const auto start = qsizetype(m_text.size());
    const auto length = qsizetype(utf8PrefixBytes(utf8, MaxStoredChars));
    if (start + length > std::numeric_limits<quint16>::max())
        return; // too much text for one row: the cell shows its number, or nothing
    m_text.append(utf8.data(), size_t(length));
    cell.textOffset = quint16(start);
    cell.textLength = quint16(length);
    cell.hasText = true;
}

} // namespace shuriken
