#include "eventtablemodel.h"

#include "payloadparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonParseError>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <simdjson.h>
#include <type_traits>

namespace shuriken {

namespace {

// A cell shows at most this much of a long text (message contents); the detail view has all.
constexpr qsizetype MaxStoredChars = 1024;
constexpr qsizetype MaxDisplayChars = 200;
// Enough for every visible cell of a few screens of a wide table.
constexpr int DisplayCacheSize = 4096;
// Addresses up to this length are shown whole.
constexpr qsizetype AbbreviateAbove = 12;
constexpr qsizetype AbbreviatedEnds = 4;

QString numberText(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
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

// A double that holds a whole number in qint64's range, as that integer (QJsonValue::toInteger's
// rule, which the table followed before it parsed with simdjson: 3.0 shows as "3").
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

// The wire's decimal and integer strings ("0.0000259311", "1250000000") as numbers. std::from_chars
// gives the same value as Qt's conversion wherever it takes the whole text (both round
// correctly; checked on decimals, exponents, leading zeros, "inf", "nan"), and Qt decides the
// rest (a leading '+', spaces, out-of-range values). Measured (callgrind, bench_decode --only
// table_append, three decimals per svm.token.swaps row): QByteArrayView::toDouble took 2,100 of
// the row's 9,800 instructions, from_chars takes 540.
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

// Integers beyond 2^53 have no exact double: decimals keep their digits for display.
constexpr qint64 MaxExactDoubleInteger = qint64(1) << 53;

std::string_view viewOf(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// One line, bounded: rows keep a uniform height and a cell never holds a novel.
QString singleLine(QString text, qsizetype maxChars)
{
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text.append(QChar(0x2026));
    }
    for (auto &ch : text) {
        if (ch == u'\n' || ch == u'\r' || ch == u'\t')
            ch = u' ';
    }
    return text;
}

QString abbreviated(const QString &address)
{
    if (address.size() <= AbbreviateAbove)
        return address;
    return address.left(AbbreviatedEnds) + QChar(0x2026) + address.right(AbbreviatedEnds);
}

QDateTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

} // namespace

EventTableModel::EventTableModel(const QString &streamId, QObject *parent)
    : EventTableModel(ColumnSchemaSet::builtIn().schemaFor(streamId), parent)
{ }

EventTableModel::EventTableModel(StreamSchema schema, QObject *parent)
    : EventTableModel(std::move(schema), DefaultChunkBytes, parent)
{ }

EventTableModel::EventTableModel(StreamSchema schema, qsizetype chunkBytes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_schema(std::move(schema))
    , m_bytes(chunkBytes)
    , m_parser(std::make_unique<PayloadParser>())
{
    init();
}

EventTableModel::~EventTableModel() = default;

void EventTableModel::init()
{
    m_stride = int(m_schema.columns.size());
    m_displayCache.setMaxCost(DisplayCacheSize);
}

const ColumnSpec *EventTableModel::columnSpec(int column) const
{
    const int schemaColumn = column - LeadingColumnCount;
    if (schemaColumn < 0 || schemaColumn >= m_stride)
        return nullptr;
    return &m_schema.columns.at(schemaColumn);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LeadingColumnCount + m_stride;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec *spec = columnSpec(section);
    switch (role) {
    case Qt::DisplayRole:
        if (section == ReceivedColumn)
            return tr("Received", "event table column: local receive time");
        if (section == LatencyColumn)
            return tr("Latency", "event table column: receive time minus event time");
        return ColumnSchemaSet::translatedHeader(spec->header);
    case Qt::ToolTipRole:
        if (section == ReceivedColumn)
            return tr("When the event arrived here (local time)");
        if (section == LatencyColumn)
            return m_schema.hasEventTime() ? tr("Receive time minus the event's own time (%1)")
                                                 .arg(m_schema.timeSources.constFirst().path.toString())
                                           : tr("This stream's events carry no event time");
        {
            QStringList paths;
            for (const auto &path : spec->paths)
                paths.append(path.keys.isEmpty() ? tr("(whole payload)") : path.toString());
            return paths.join(QStringLiteral(" | "));
        }
    case ColumnKindRole:
        if (section == ReceivedColumn)
            return QVariant::fromValue(ColumnKind::UnixMilliseconds);
        if (section == LatencyColumn)
            return QVariant::fromValue(ColumnKind::Integer);
        return QVariant::fromValue(spec->kind);
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(FullTextRole, QByteArrayLiteral("fullText"));
    names.insert(ColumnKindRole, QByteArrayLiteral("columnKind"));
    names.insert(ReceivedAtUsRole, QByteArrayLiteral("receivedAtUs"));
    names.insert(LatencyMsRole, QByteArrayLiteral("latencyMs"));
    names.insert(PayloadRole, QByteArrayLiteral("payload"));
    names.insert(StreamRole, QByteArrayLiteral("stream"));
    names.insert(ChannelRole, QByteArrayLiteral("channel"));
    names.insert(EventNameRole, QByteArrayLiteral("eventName"));
    names.insert(ParseErrorRole, QByteArrayLiteral("parseError"));
    names.insert(RowSerialRole, QByteArrayLiteral("rowSerial"));
    return names;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Row &r = rowAt(row);

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole: {
        const ColumnSpec *spec = columnSpec(column);
        if (column == LatencyColumn || (spec && isNumericKind(spec->kind)))
            return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    case SortRole:
        return sortValue(row, column);
    case FullTextRole:
        return fullText(row, column);
    case ColumnKindRole:
        return headerData(column, Qt::Horizontal, ColumnKindRole);
    case ReceivedAtUsRole:
        return r.receivedAtUs;
    case LatencyMsRole:
        if (!r.hasEventTime)
            return {};
        return r.receivedAtUs / 1000 - r.eventTimeMs;
    case PayloadRole:
        return payloadOf(r).toByteArray();
    case StreamRole:
        return m_origins.at(r.origin).stream;
    case ChannelRole:
        return m_origins.at(r.origin).channel;
    case EventNameRole:
        return m_origins.at(r.origin).event;
    case ParseErrorRole:
        // eventAt() copies the payload out: only for the rare row that needs the reason.
        return r.parseFailed ? eventAt(row).parseError : QString();
    case RowSerialRole:
        return quint64(m_nextSerial - quint64(m_size) + quint64(row));
    default:
        break;
    }
    return {};
}

QByteArrayView EventTableModel::payloadOf(const Row &row) const
{
    return {m_bytes.at(row.chunk, row.offset), qsizetype(row.payloadLength)};
}

QString EventTableModel::cellText(const Row &row, const Cell &cell) const
{
    if (!cell.hasText)
        return {};
    return QString::fromUtf8(m_bytes.at(row.chunk, row.offset) + row.payloadLength + cell.textOffset, cell.textLength);
}

QVariant EventTableModel::displayValue(int row, int column) const
{
    const quint64 serial = m_nextSerial - quint64(m_size) + quint64(row);
    const quint64 key = (serial << 8) | quint64(column);
    const bool cacheable = column < 256;
    if (cacheable) {
        if (const QString *cached = m_displayCache.object(key))
            return *cached;
    }

    const Row &r = rowAt(row);
    QString text;
    if (column == ReceivedColumn) {
        text = localTime(r.receivedAtUs / 1000).toString(QStringLiteral("hh:mm:ss.zzz"));
    } else if (column == LatencyColumn) {
        if (r.hasEventTime) {
            const qint64 latencyMs = r.receivedAtUs / 1000 - r.eventTimeMs;
            // A time in whole seconds was truncated: the event happened up to a second after
            // it, so the latency is at most the difference, rounded up to the next second.
            // Showing "399 ms" there would be a sawtooth of false precision.
            if (r.eventTimeInSeconds && latencyMs >= 0)
                text = tr("≤ %1 s", "latency known to a second").arg((latencyMs + 999) / 1000);
            else
                text = tr("%1 ms", "latency").arg(latencyMs);
        }
    } else {
        const ColumnSpec &spec = m_schema.columns.at(column - LeadingColumnCount);
        const Cell &cell = cellAt(row, column - LeadingColumnCount);
        switch (cell.type) {
        case Cell::Type::Missing:
            break;
        case Cell::Type::WholePayload:
            text = singleLine(
                QString::fromUtf8(payloadOf(r).first(std::min(MaxDisplayChars * 4, qsizetype(r.payloadLength)))),
                MaxDisplayChars);
            break;
        case Cell::Type::Bool:
            if (spec.kind == ColumnKind::Side)
                text = cell.integer ? tr("buy", "trade side") : tr("sell", "trade side");
            else
                text = cell.integer ? tr("yes") : tr("no");
            break;
        case Cell::Type::Integer:
            if (spec.kind == ColumnKind::UnixSeconds)
                text = localTime(cell.integer).toString(QStringLiteral("hh:mm:ss"));
            else if (spec.kind == ColumnKind::UnixMilliseconds)
                text = localTime(cell.integer).toString(QStringLiteral("hh:mm:ss.zzz"));
            else
                text = QString::number(cell.integer);
            break;
        case Cell::Type::Unsigned:
            text = QString::number(cell.unsignedInteger);
            break;
        case Cell::Type::Double:
            text = cell.hasText ? cellText(r, cell) : numberText(cell.number);
            break;
        case Cell::Type::Text:
            text = cellText(r, cell);
            text = spec.kind == ColumnKind::Address ? abbreviated(text) : singleLine(text, MaxDisplayChars);
            break;
        }
    }
    if (cacheable)
        m_displayCache.insert(key, new QString(text));
    return text;
}

QVariant EventTableModel::fullText(int row, int column) const
{
    const Row &r = rowAt(row);
    if (column == ReceivedColumn)
        return localTime(r.receivedAtUs / 1000).toString(Qt::ISODateWithMs);
    if (column == LatencyColumn)
        return r.hasEventTime ? QString::number(r.receivedAtUs / 1000 - r.eventTimeMs) : QString();

    const ColumnSpec &spec = m_schema.columns.at(column - LeadingColumnCount);
    const Cell &cell = cellAt(row, column - LeadingColumnCount);
    switch (cell.type) {
    case Cell::Type::Missing:
        return QString();
    case Cell::Type::WholePayload:
        return QString::fromUtf8(payloadOf(r));
    case Cell::Type::Bool:
        return displayValue(row, column);
    case Cell::Type::Integer:
        if (spec.kind == ColumnKind::UnixSeconds)
            return localTime(cell.integer).toString(Qt::ISODate);
        if (spec.kind == ColumnKind::UnixMilliseconds)
            return localTime(cell.integer).toString(Qt::ISODateWithMs);
        return QString::number(cell.integer);
    case Cell::Type::Unsigned:
        return QString::number(cell.unsignedInteger);
    case Cell::Type::Double:
        return cell.hasText ? cellText(r, cell) : numberText(cell.number);
    case Cell::Type::Text:
        return cellText(r, cell);
    }
    return QString();
}

QVariant EventTableModel::sortValue(int row, int column) const
{
    const Row &r = rowAt(row);
    if (column == ReceivedColumn)
        return r.receivedAtUs;
    if (column == LatencyColumn)
        return r.hasEventTime ? QVariant(r.receivedAtUs / 1000 - r.eventTimeMs) : QVariant();

    const Cell &cell = cellAt(row, column - LeadingColumnCount);
    switch (cell.type) {
    case Cell::Type::Missing:
        return {};
    case Cell::Type::WholePayload:
        return QString::fromUtf8(payloadOf(r));
    case Cell::Type::Bool:
        return cell.integer != 0;
    case Cell::Type::Integer:
        return cell.integer;
    case Cell::Type::Unsigned:
        return cell.unsignedInteger;
    case Cell::Type::Double:
        return cell.number;
    case Cell::Type::Text:
        return cellText(r, cell);
    }
    return {};
}

QVariant EventTableModel::toolTip(int row, int column) const
{
    const Row &r = rowAt(row);
    if (r.parseFailed && column == ReceivedColumn)
        return eventAt(row).parseError;
    const ColumnSpec *spec = columnSpec(column);
    if (column == ReceivedColumn || !spec)
        return fullText(row, column);
    switch (spec->kind) {
    case ColumnKind::Address:
    case ColumnKind::Text:
    case ColumnKind::Json:
    case ColumnKind::UnixSeconds:
    case ColumnKind::UnixMilliseconds:
    case ColumnKind::Decimal:
        return fullText(row, column);
    case ColumnKind::Integer:
    case ColumnKind::Bool:
    case ColumnKind::Side:
    case ColumnKind::Count:
        break;
    }
    return {};
}

void EventTableModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    quint64 evicted = 0;
    if (m_size > capacity) {
        evicted = quint64(m_size - capacity);
        removeOldest(m_size - capacity);
    }
    relayout(capacity);
    Q_EMIT capacityChanged(capacity);
    countDropped(evicted, 0);
}

void EventTableModel::relayout(int newCapacity)
{
    // Rows move to the front of fresh storage in order, so the ring starts unwrapped.
    std::vector<Row> rows;
    std::vector<Cell> cells;
    rows.reserve(size_t(m_size));
    cells.reserve(size_t(m_size) * size_t(m_stride));
    for (int row = 0; row < m_size; ++row) {
        const int slot = physical(row);
        rows.push_back(std::move(m_rows[size_t(slot)]));
        const auto first = m_cells.begin() + std::ptrdiff_t(slot) * m_stride;
        cells.insert(cells.end(), first, first + m_stride);
    }
    m_rows = std::move(rows);
    m_cells = std::move(cells);
    m_head = 0;
    m_capacity = newCapacity;
}

void EventTableModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void EventTableModel::clear()
{
    const bool hadDrops = droppedCount() > 0;
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_cells.clear();
    m_cells.shrink_to_fit();
    m_bytes.clear();
    m_origins.clear();
    m_head = 0;
    m_size = 0;
    m_nextSerial = 0;
    m_received = 0;
    m_evicted = 0;
    m_pausedDropped = 0;
    m_displayCache.clear();
    endResetModel();
    if (hadDrops)
        Q_EMIT droppedCountChanged(0);
}

void EventTableModel::appendBatch(const StreamEventBatch &batch)
{
    if (batch.isEmpty())
        return;
    const qsizetype count = batch.size();
    m_received += quint64(count);
    if (m_paused) {
        countDropped(0, quint64(count));
        return;
    }

    // A batch larger than the window: its oldest events are never inserted, only counted.
    const int kept = int(std::min<qsizetype>(count, m_capacity));
    const qsizetype skipped = count - kept;
    const int overflow = std::max(0, m_size + kept - m_capacity);
    if (overflow > 0)
        removeOldest(overflow);
    m_nextSerial += quint64(skipped);

    beginInsertRows({}, m_size, m_size + kept - 1);
    for (qsizetype i = skipped; i < count; ++i) {
        store(batch.at(i), physical(m_size));
        ++m_size;
        ++m_nextSerial;
    }
    endInsertRows();
    countDropped(quint64(overflow) + quint64(skipped), 0);
}

void EventTableModel::removeOldest(int count)
{
    Q_ASSERT(count > 0 && count <= m_size);
    beginRemoveRows({}, 0, count - 1);
    for (int row = 0; row < count; ++row) {
        // Release the bytes now rather than when the slot is reused: a chunk whose rows have
        // all left is ready for the rows of this batch.
        const Row &r = rowAt(row);
        m_bytes.release(r.chunk, r.payloadLength + r.textLength);
    }
    m_head = (m_head + count) % m_capacity;
    m_size -= count;
    endRemoveRows();
}

quint32 EventTableModel::originIndex(const StreamEvent &event)
{
    // One subscription's events almost always share stream, channel and event: check the last
    // origin first, so each row pays 4 bytes for them instead of three strings.
    for (qsizetype i = m_origins.size() - 1; i >= 0; --i) {
        const Origin &origin = m_origins.at(i);
        if (origin.channel == event.channel && origin.event == event.event && origin.stream == event.stream)
            return quint32(i);
    }
    m_origins.append(Origin {event.stream, event.channel, event.event});
    return quint32(m_origins.size() - 1);
}

void EventTableModel::store(const StreamEvent &event, int slot)
{
    Q_ASSERT(size_t(slot) <= m_rows.size());
    if (size_t(slot) == m_rows.size()) {
        // Grown geometrically, but never past the window: a full table's arrays are exactly
        // its size (doubling alone left a 100,000-row window 31% of empty slots).
        if (m_rows.size() == m_rows.capacity()) {
            const size_t rows = std::min(std::max<size_t>(64, m_rows.capacity() * 2), size_t(m_capacity));
            m_rows.reserve(rows);
            m_cells.reserve(rows * size_t(m_stride));
        }
        m_rows.emplace_back();
        m_cells.resize(m_cells.size() + size_t(m_stride));
    }
    Row &row = m_rows[size_t(slot)];
    row = Row();
    row.receivedAtUs = event.receivedAtUs;
    row.origin = originIndex(event);

    // One simdjson parse per row, and the schema's paths looked up in its DOM. Measured with
    // bench_decode --only table_append (svm.token.swaps, 428-byte payloads, window full):
    // QJsonDocument and QJsonObject lookups took 3,450 ns and 41,300 instructions (callgrind)
    // per row, simdjson takes 460 ns and 7,400 instructions, 45% of them the parse itself and
    // 25% the eight path lookups.
    simdjson::dom::element payload;
    row.parseFailed = !event.parseError.isEmpty() || m_parser->parse(event.payload, payload) || !payload.is_object();

    if (!row.parseFailed) {
        qint64 resolutionMs = 1;
        if (const auto eventTime = m_schema.eventTimeMs(payload, &resolutionMs)) {
            row.hasEventTime = true;
            row.eventTimeMs = *eventTime;
            row.eventTimeInSeconds = resolutionMs >= 1000;
        }
    }

    // The strings are copied into a scratch block that keeps its capacity from row to row, then
    // with the payload into the row's place in m_bytes.
    m_textScratch.clear();
    Cell *cells = m_cells.data() + size_t(slot) * size_t(m_stride);
    for (int column = 0; column < m_stride; ++column) {
        Cell &cell = cells[column];
        cell = Cell();
        const ColumnSpec &spec = m_schema.columns.at(column);
        if (spec.kind == ColumnKind::Json && spec.paths.constFirst().keys.isEmpty()) {
            cell.type = Cell::Type::WholePayload;
            continue;
        }
        simdjson::dom::element value;
        if (!row.parseFailed && spec.resolve(payload, &value))
            setCell(cell, spec.kind, value);
    }

    // QWebSocket delivers messages below 2 GiB, so the payload fits; the bound only keeps the
    // arithmetic honest.
    row.payloadLength = quint32(std::min<qsizetype>(event.payload.size(), std::numeric_limits<qint32>::max()));
    row.textLength = quint16(m_textScratch.size());
    if (char *bytes = m_bytes.allocate(row.payloadLength + row.textLength, &row.chunk, &row.offset)) {
        std::memcpy(bytes, event.payload.constData(), row.payloadLength);
        std::memcpy(bytes + row.payloadLength, m_textScratch.data(), row.textLength);
    }
}

void EventTableModel::setCell(Cell &cell, ColumnKind kind, const simdjson::dom::element &value)
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
            cell.type = ok ? Cell::Type::Double : Cell::Type::Text;
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
            cell.type = Cell::Type::Double;
            cell.number = isSigned ? double(integer) : double(unsignedInteger);
            if (!isSigned || integer > MaxExactDoubleInteger || integer < -MaxExactDoubleInteger) {
                char digits[24];
                const auto result = isSigned ? std::to_chars(digits, digits + sizeof digits, integer)
                                             : std::to_chars(digits, digits + sizeof digits, unsignedInteger);
                setCellText(cell, std::string_view(digits, size_t(result.ptr - digits)));
            }
            return;
        }
        case element_type::DOUBLE:
            cell.type = Cell::Type::Double;
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
                cell.type = Cell::Type::Integer;
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
                cell.type = Cell::Type::Unsigned;
                cell.unsignedInteger = value.get_uint64().value_unsafe();
            }
            return;
        case element_type::DOUBLE: {
            const double number = value.get_double().value_unsafe();
            if (const auto whole = wholeNumber(number)) {
                setInteger(*whole);
            } else if (scale == 1) {
                // A fraction: kept as it came.
                cell.type = Cell::Type::Double;
                cell.number = number;
            }
            return;
        }
        case element_type::STRING: {
            const std::string_view text = value.get_string().value_unsafe();
            bool ok = false;
            if (const auto integer = integerValue<qint64>(text, &ok); ok) {
                setInteger(integer);
                if (cell.type == Cell::Type::Integer)
                    return;
            } else if (const auto unsignedInteger = integerValue<quint64>(text, &ok); ok && scale == 1) {
                cell.type = Cell::Type::Unsigned;
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
            cell.type = Cell::Type::Bool;
            cell.integer = value.get_bool().value_unsafe() ? 1 : 0;
            return;
        }
        break;
    case ColumnKind::Count:
        if (simdjson::dom::array array; !value.get_array().get(array)) {
            cell.type = Cell::Type::Integer;
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
    cell = Cell();
    cell.type = Cell::Type::Text;
    char digits[24];
    switch (type) {
    case element_type::STRING:
        setCellText(cell, value.get_string().value_unsafe());
        return;
    case element_type::BOOL:
        setCellText(cell, value.get_bool().value_unsafe() ? std::string_view("true") : std::string_view("false"));
        return;
    case element_type::INT64: {
        const auto result = std::to_chars(digits, digits + sizeof digits, value.get_int64().value_unsafe());
        setCellText(cell, std::string_view(digits, size_t(result.ptr - digits)));
        return;
    }
    case element_type::UINT64: {
        const auto result = std::to_chars(digits, digits + sizeof digits, value.get_uint64().value_unsafe());
        setCellText(cell, std::string_view(digits, size_t(result.ptr - digits)));
        return;
    }
    case element_type::DOUBLE: {
        const double number = value.get_double().value_unsafe();
        const auto whole = wholeNumber(number);
        const QByteArray text = whole ? QByteArray::number(*whole) : numberText(number).toUtf8();
        setCellText(cell, viewOf(text));
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

void EventTableModel::setCellText(Cell &cell, std::string_view utf8)
{
    const auto start = qsizetype(m_textScratch.size());
    const auto length = qsizetype(utf8PrefixBytes(utf8, MaxStoredChars));
    if (start + length > std::numeric_limits<quint16>::max())
        return; // too much text for one row: the cell shows its number, or nothing
    m_textScratch.append(utf8.data(), size_t(length));
    cell.textOffset = quint16(start);
    cell.textLength = quint16(length);
    cell.hasText = true;
}

QByteArray EventTableModel::rawPayload(int row) const
{
    if (row < 0 || row >= m_size)
        return {};
    return payloadOf(rowAt(row)).toByteArray();
}

QJsonDocument EventTableModel::jsonAt(int row) const
{
    if (row < 0 || row >= m_size)
        return {};
    return QJsonDocument::fromJson(payloadOf(rowAt(row)).toByteArray());
}

QStringList EventTableModel::unknownFields(int row) const
{
    const QJsonDocument document = jsonAt(row);
    if (!document.isObject())
        return {};
    return m_schema.unknownFields(document.object());
}

qint64 EventTableModel::receivedAtUs(int row) const
{
    if (row < 0 || row >= m_size)
        return 0;
    return rowAt(row).receivedAtUs;
}

StreamEvent EventTableModel::eventAt(int row) const
{
    StreamEvent event;
    if (row < 0 || row >= m_size)
        return event;
    const Row &r = rowAt(row);
    const Origin &origin = m_origins.at(r.origin);
    event.receivedAtUs = r.receivedAtUs;
    event.stream = origin.stream;
    event.channel = origin.channel;
    event.event = origin.event;
    event.payload = payloadOf(r).toByteArray();
    if (r.parseFailed) {
        // The reason is recomputed rather than stored: it is rare and only the detail view asks.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(event.payload, &error);
        if (error.error != QJsonParseError::NoError)
            event.parseError
                = tr("payload is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        else if (!document.isObject())
            event.parseError = tr("payload is not a JSON object");
        else
            event.parseError = tr("payload could not be decoded");
    }
    return event;
}

QByteArray EventTableModel::rowsAsJson(const QList<int> &rows) const
{
    QJsonArray array;
    for (int row : rows) {
        if (row < 0 || row >= m_size)
            continue;
        const QJsonDocument document = jsonAt(row);
        if (document.isObject())
            array.append(document.object());
        else if (document.isArray())
            array.append(document.array());
        else
            array.append(QString::fromUtf8(payloadOf(rowAt(row))));
    }
    if (rows.size() == 1 && array.size() == 1 && array.at(0).isObject())
        return QJsonDocument(array.at(0).toObject()).toJson(QJsonDocument::Indented);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

EventTableModel::StorageStats EventTableModel::storageStats() const
{
    return m_bytes.stats();
}

EventTableModel::ByteArena::ByteArena(qsizetype chunkBytes)
    : m_chunkBytes(quint32(std::clamp<qsizetype>(chunkBytes, 1, std::numeric_limits<qint32>::max())))
{ }

char *EventTableModel::ByteArena::allocate(quint32 bytes, quint32 *chunk, quint32 *offset)
{
    *offset = 0;
    if (bytes == 0) {
        *chunk = NoChunk;
        return nullptr;
    }
    m_usedBytes += bytes;
    if (bytes > m_chunkBytes) {
        // Rare (a payload bigger than a chunk): its own block, freed when the row leaves.
        *chunk = addChunk(std::make_unique_for_overwrite<char[]>(bytes), bytes);
        Chunk &block = m_chunks[*chunk];
        block.used = bytes;
        block.rows = 1;
        return block.bytes.get();
    }
    if (m_current == NoChunk || m_chunks[m_current].used + bytes > m_chunks[m_current].size) {
        // The current chunk is full: it stays until its last row leaves.
        std::unique_ptr<char[]> fresh;
        if (m_spares.empty()) {
            // Not zeroed: memory is only touched (and made resident) as rows fill it.
            fresh = std::make_unique_for_overwrite<char[]>(m_chunkBytes);
        } else {
            fresh = std::move(m_spares.back());
            m_spares.pop_back();
        }
        m_current = addChunk(std::move(fresh), m_chunkBytes);
    }
    Chunk &current = m_chunks[m_current];
    *chunk = m_current;
    *offset = current.used;
    current.used += bytes;
    ++current.rows;
    return current.bytes.get() + *offset;
}

const char *EventTableModel::ByteArena::at(quint32 chunk, quint32 offset) const
{
    if (chunk == NoChunk)
        return nullptr;
    return m_chunks[chunk].bytes.get() + offset;
}

void EventTableModel::ByteArena::release(quint32 chunk, quint32 bytes)
{
    if (chunk == NoChunk)
        return;
    m_usedBytes -= bytes;
    Chunk &released = m_chunks[chunk];
    Q_ASSERT(released.rows > 0);
    if (--released.rows > 0)
        return;
    if (chunk == m_current)
        released.used = 0; // empty: new rows start over at its beginning
    else
        retire(chunk);
}

quint32 EventTableModel::ByteArena::addChunk(std::unique_ptr<char[]> bytes, quint32 size)
{
    quint32 slot;
    if (m_freeSlots.empty()) {
        slot = quint32(m_chunks.size());
        m_chunks.emplace_back();
    } else {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    }
    m_chunks[slot] = Chunk {std::move(bytes), size, 0, 0};
    return slot;
}

void EventTableModel::ByteArena::retire(quint32 chunk)
{
    Chunk &retired = m_chunks[chunk];
    // Spares cover a batch's turnover once the window is full (the rows a batch evicts free about
    // as many chunks as its new rows need), so steady state allocates and frees nothing. More
    // would only hold memory after the window shrank.
    constexpr size_t MaxSpareChunks = 2;
    if (retired.size == m_chunkBytes && m_spares.size() < MaxSpareChunks)
        m_spares.push_back(std::move(retired.bytes));
    retired = Chunk();
    m_freeSlots.push_back(chunk);
}

void EventTableModel::ByteArena::clear()
{
    m_chunks.clear();
    m_chunks.shrink_to_fit();
    m_freeSlots.clear();
    m_freeSlots.shrink_to_fit();
    m_spares.clear();
    m_current = NoChunk;
    m_usedBytes = 0;
}

EventTableModel::StorageStats EventTableModel::ByteArena::stats() const
{
    StorageStats stats;
    for (const Chunk &chunk : m_chunks) {
        if (!chunk.bytes)
            continue;
        ++stats.chunks;
        stats.reservedBytes += chunk.size;
    }
    stats.spareChunks = qsizetype(m_spares.size());
    stats.reservedBytes += stats.spareChunks * m_chunkBytes;
    stats.usedBytes = m_usedBytes;
    return stats;
}

void EventTableModel::countDropped(quint64 evicted, quint64 paused)
{
    if (evicted == 0 && paused == 0)
        return;
    m_evicted += evicted;
    m_pausedDropped += paused;
    Q_EMIT droppedCountChanged(droppedCount());
}

} // namespace shuriken
