#include "eventtablemodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

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

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger(0);
        if (whole != 0 || number == 0)
            return QString::number(whole);
        return numberText(number);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// The decimal and integer strings of the wire ("0.0000259311", "1250000000") as numbers.
// QString::toDouble/toLongLong go through the locale machinery first; text made only of digits,
// signs, points and exponent letters parses the same way as bytes (2 million random strings of
// those characters: same result and same ok flag) at a fraction of the cost. Measured
// (callgrind, bench_decode --only table_append, svm.token.swaps rows): QString::toDouble was 53%
// of EventTableModel::store's instructions, 87% of that before double-conversion was called.
// Anything else (whitespace, "NaN", non-ASCII digits) takes the QString path.
constexpr qsizetype MaxAsciiNumberChars = 64;

template<typename Convert, typename Fallback>
auto viaAscii(const QString &text, Convert convert, Fallback fallback)
{
    if (text.isEmpty() || text.size() > MaxAsciiNumberChars)
        return fallback();
    char bytes[MaxAsciiNumberChars];
    qsizetype length = 0;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        const bool numeric = (unit >= u'0' && unit <= u'9') || unit == u'.' || unit == u'+' || unit == u'-'
            || unit == u'e' || unit == u'E';
        if (!numeric)
            return fallback();
        bytes[length++] = char(unit);
    }
    return convert(QByteArrayView(bytes, length));
}

double decimalValue(const QString &text, bool *ok)
{
    return viaAscii(
        text, [ok](QByteArrayView bytes) { return bytes.toDouble(ok); }, [&] { return text.toDouble(ok); });
}

qint64 integerValue(const QString &text, bool *ok)
{
    return viaAscii(
        text, [ok](QByteArrayView bytes) { return bytes.toLongLong(ok); }, [&] { return text.toLongLong(ok); });
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
    : QAbstractTableModel(parent)
    , m_schema(std::move(schema))
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
        return r.payload;
    case StreamRole:
        return m_origins.at(r.origin).stream;
    case ChannelRole:
        return m_origins.at(r.origin).channel;
    case EventNameRole:
        return m_origins.at(r.origin).event;
    case ParseErrorRole:
        return eventAt(row).parseError;
    case RowSerialRole:
        return quint64(m_nextSerial - quint64(m_size) + quint64(row));
    default:
        break;
    }
    return {};
}

QString EventTableModel::cellText(const Row &row, const Cell &cell) const
{
    if (!cell.hasText)
        return {};
    return QString::fromUtf8(row.text.constData() + cell.textOffset, cell.textLength);
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
            text = singleLine(QString::fromUtf8(r.payload.left(MaxDisplayChars * 4)), MaxDisplayChars);
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
        return QString::fromUtf8(r.payload);
    case Cell::Type::Bool:
        return displayValue(row, column);
    case Cell::Type::Integer:
        if (spec.kind == ColumnKind::UnixSeconds)
            return localTime(cell.integer).toString(Qt::ISODate);
        if (spec.kind == ColumnKind::UnixMilliseconds)
            return localTime(cell.integer).toString(Qt::ISODateWithMs);
        return QString::number(cell.integer);
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
        return QString::fromUtf8(r.payload);
    case Cell::Type::Bool:
        return cell.integer != 0;
    case Cell::Type::Integer:
        return cell.integer;
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
        // Free the payload now rather than when the slot is reused.
        Row &r = m_rows[size_t(physical(row))];
        r.payload = QByteArray();
        r.text = QByteArray();
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
        m_rows.emplace_back();
        m_cells.resize(m_cells.size() + size_t(m_stride));
    }
    Row &row = m_rows[size_t(slot)];
    row.receivedAtUs = event.receivedAtUs;
    row.payload = event.payload;
    row.text.clear();
    row.origin = originIndex(event);
    row.hasEventTime = false;
    row.eventTimeMs = 0;
    row.parseFailed = false;

    QJsonObject payload;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(event.payload, &error);
    if (event.parseError.isEmpty() && error.error == QJsonParseError::NoError && document.isObject())
        payload = document.object();
    else
        row.parseFailed = true;

    qint64 resolutionMs = 1;
    if (const auto eventTime = m_schema.eventTimeMs(payload, &resolutionMs)) {
        row.hasEventTime = true;
        row.eventTimeMs = *eventTime;
        row.eventTimeInSeconds = resolutionMs >= 1000;
    }

    Cell *cells = m_cells.data() + size_t(slot) * size_t(m_stride);
    // The strings are encoded straight into a scratch block that keeps its capacity from row to
    // row; the row then gets one exactly sized copy. Per-cell toUtf8() and appends cost 14% of
    // store()'s instructions (callgrind, bench_decode --only table_append: 18,100 -> 15,600 per
    // svm.token.swaps row), and a block grown by appends kept its slack for the life of the row.
    m_textScratch.resize(0);
    auto setText = [this](Cell &cell, const QString &value) {
        const QStringView shown = QStringView(value).left(MaxStoredChars);
        const qsizetype start = m_textScratch.size();
        m_textScratch.resize(start + m_utf8.requiredSpace(shown.size()));
        char *end = m_utf8.appendToBuffer(m_textScratch.data() + start, shown);
        const qsizetype length = end - (m_textScratch.constData() + start);
        if (start + length > std::numeric_limits<quint16>::max()) {
            m_textScratch.resize(start);
            return; // too much text for one row: the cell shows its number, or nothing
        }
        m_textScratch.resize(start + length);
        cell.textOffset = quint16(start);
        cell.textLength = quint16(length);
        cell.hasText = true;
    };

    for (int column = 0; column < m_stride; ++column) {
        Cell &cell = cells[column];
        cell = Cell();
        const ColumnSpec &spec = m_schema.columns.at(column);
        if (spec.kind == ColumnKind::Json && spec.paths.constFirst().keys.isEmpty()) {
            cell.type = Cell::Type::WholePayload;
            continue;
        }
        if (row.parseFailed)
            continue;
        const QJsonValue value = spec.resolve(payload);
        if (value.isUndefined())
            continue;

        switch (spec.kind) {
        case ColumnKind::Decimal:
            if (value.isString()) {
                const QString string = value.toString();
                bool ok = false;
                const double number = decimalValue(string, &ok);
                if (ok) {
                    cell.type = Cell::Type::Double;
                    cell.number = number;
                } else {
                    cell.type = Cell::Type::Text;
                }
                setText(cell, string);
                continue;
            }
            if (value.isDouble()) {
                cell.type = Cell::Type::Double;
                cell.number = value.toDouble();
                continue;
            }
            break;
        case ColumnKind::Integer:
        case ColumnKind::UnixSeconds:
        case ColumnKind::UnixMilliseconds: {
            const qint64 scale = spec.kind == ColumnKind::UnixSeconds ? 1000 : 1;
            const qint64 limit = std::numeric_limits<qint64>::max() / scale;
            if (value.isDouble()) {
                const double number = value.toDouble();
                const qint64 whole = value.toInteger(0);
                const bool isWhole = whole != 0 || number == 0;
                if (isWhole && whole <= limit && whole >= -limit) {
                    cell.type = Cell::Type::Integer;
                    cell.integer = whole * scale;
                } else if (scale == 1) {
                    // A u64 above INT64_MAX (PROTOCOL.md 4.1) or a fraction: kept as a double.
                    cell.type = Cell::Type::Double;
                    cell.number = number;
                }
                continue;
            }
            if (value.isString()) {
                bool ok = false;
                const qint64 whole = integerValue(value.toString(), &ok);
                if (ok && whole <= limit && whole >= -limit) {
                    cell.type = Cell::Type::Integer;
                    cell.integer = whole * scale;
                    continue;
                }
            }
            break;
        }
        case ColumnKind::Bool:
        case ColumnKind::Side:
            if (value.isBool()) {
                cell.type = Cell::Type::Bool;
                cell.integer = value.toBool() ? 1 : 0;
                continue;
            }
            break;
        case ColumnKind::Count:
            if (value.isArray()) {
                cell.type = Cell::Type::Integer;
                cell.integer = value.toArray().size();
                continue;
            }
            break;
        case ColumnKind::Text:
        case ColumnKind::Address:
        case ColumnKind::Json:
            break;
        }
        // Text kinds, and values of an unexpected type: shown as their JSON text so the user
        // sees what the wire carried.
        cell.type = Cell::Type::Text;
        setText(cell, jsonText(value));
    }
    row.text = QByteArray(m_textScratch.constData(), m_textScratch.size());
}

QByteArray EventTableModel::rawPayload(int row) const
{
    if (row < 0 || row >= m_size)
        return {};
    return rowAt(row).payload;
}

QJsonDocument EventTableModel::jsonAt(int row) const
{
    if (row < 0 || row >= m_size)
        return {};
    return QJsonDocument::fromJson(rowAt(row).payload);
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
    event.payload = r.payload;
    if (r.parseFailed) {
        // The reason is recomputed rather than stored: it is rare and only the detail view asks.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.payload, &error);
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
            array.append(QString::fromUtf8(rowAt(row).payload));
    }
    if (rows.size() == 1 && array.size() == 1 && array.at(0).isObject())
        return QJsonDocument(array.at(0).toObject()).toJson(QJsonDocument::Indented);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
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
