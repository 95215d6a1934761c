#include "eventtablemodel.h"

#include "eventrowbuilder.h"

#include <QJsonArray>

#include <algorithm>

namespace shuriken {

namespace {

// Enough for every visible cell of a few screens of a wide table.
constexpr int DisplayCacheSize = 4096;

} // namespace

EventTableModel::EventTableModel(const QString &streamId, QObject *parent)
    : EventTableModel(ColumnSchemaSet::builtIn().schemaFor(streamId), parent)
{ }

EventTableModel::EventTableModel(StreamSchema schema, QObject *parent)
    : EventTableModel(std::move(schema), DefaultChunkBytes, parent)
{ }

EventTableModel::EventTableModel(StreamSchema schema, qsizetype chunkBytes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_formatter(std::move(schema))
    , m_store(int(m_formatter.schema().columns.size()), chunkBytes)
{
    m_store.setCapacity(DefaultCapacity);
    m_schemaIdUtf8 = m_formatter.schema().streamId.toUtf8();
    m_displayCache.setMaxCost(DisplayCacheSize);
    m_customCache.setMaxCost(DisplayCacheSize);
}

EventTableModel::~EventTableModel() = default;

const ColumnSpec *EventTableModel::columnSpec(int column) const
{
    return m_formatter.columnSpec(column);
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_formatter.columnCount() + int(m_customColumns.size());
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (isCustomColumn(section))
        return customHeaderData(section, role);
    switch (role) {
    case Qt::DisplayRole:
        return m_formatter.header(section);
    case Qt::ToolTipRole:
        return m_formatter.headerToolTip(section);
    case ColumnKindRole:
        return QVariant::fromValue(m_formatter.columnKind(section));
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
    if (isCustomColumn(column))
        return customData(row, column, role);

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::ToolTipRole: {
        if (column == ReceivedColumn && m_store.parseFailed(row))
            return m_store.parseError(row);
        const QString tip = m_formatter.toolTip(m_store.view(row), column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (m_formatter.isNumericColumn(column))
            return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return m_formatter.sortKey(m_store.view(row), column);
    case FullTextRole:
        return m_formatter.fullText(m_store.view(row), column);
    case ColumnKindRole:
        return QVariant::fromValue(m_formatter.columnKind(column));
    case ReceivedAtUsRole:
        return m_store.receivedAtUs(row);
    case LatencyMsRole: {
        const EventRowView view = m_store.view(row);
        return view.hasEventTime ? QVariant(view.latencyMs()) : QVariant();
    }
    case PayloadRole:
        return m_store.payload(row).toByteArray();
    case StreamRole:
        return m_store.stream(row);
    case ChannelRole:
        return m_store.channel(row);
    case EventNameRole:
        return m_store.eventName(row);
    case ParseErrorRole:
        return m_store.parseError(row);
    case RowSerialRole:
        return serialOf(row);
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::displayValue(int row, int column) const
{
    const quint64 key = (serialOf(row) << 8) | quint64(column);
    const bool cacheable = column < 256;
    if (cacheable) {
        if (const QString *cached = m_displayCache.object(key))
            return *cached;
    }
    QString text = m_formatter.displayText(m_store.view(row), column);
    if (cacheable)
        m_displayCache.insert(key, new QString(text));
    return text;
}

FilterRowContext EventTableModel::filterContext(int row, const FilterBinding *binding) const
{
    FilterRowContext context;
    if (row < 0 || row >= m_store.size())
        return context;
    context.row = m_store.view(row);
    context.payload = context.row.payload;
    context.stream = m_store.stream(row);
    context.channel = m_store.channel(row);
    context.event = m_store.eventName(row);
    context.receivedAtUs = context.row.receivedAtUs;
    context.seq = m_store.seq(row);
    if (context.row.hasEventTime)
        context.latencyMs = context.row.latencyMs();
    // Every row is built for the table's schema (appendBatch rebuilds the others), but a row
    // whose payload did not parse has no cells to read.
    if (binding && !context.row.parseFailed && binding->schemaId() == QByteArrayView(m_schemaIdUtf8)
        && binding->cellCount() == context.row.cellCount)
        context.binding = binding;
    return context;
}

void EventTableModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_store.capacity())
        return;
    quint64 evicted = 0;
    if (m_store.size() > capacity) {
        evicted = quint64(m_store.size() - capacity);
        removeOldest(m_store.size() - capacity);
    }
    m_store.setCapacity(capacity);
    Q_EMIT capacityChanged(capacity);
    countDropped(evicted, 0);
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
    m_store.clear();
    m_nextSerial = 0;
    m_received = 0;
    m_evicted = 0;
    m_pausedDropped = 0;
    m_displayCache.clear();
    m_customCache.clear();
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
    const int capacity = m_store.capacity();
    const int kept = int(std::min<qsizetype>(count, capacity));
    const qsizetype skipped = count - kept;
    const int overflow = std::max(0, m_store.size() + kept - capacity);
    if (overflow > 0)
        removeOldest(overflow);
    m_nextSerial += quint64(skipped);

    const StreamSchema &schema = m_formatter.schema();
    const int first = m_store.size();
    beginInsertRows({}, first, first + kept - 1);
    for (qsizetype i = skipped; i < count; ++i) {
        const StreamEvent &event = batch.at(i);
        if (event.row.isFor(m_schemaIdUtf8, schema.columns.size())) {
            m_store.append(event);
        } else {
            if (!m_builder)
                m_builder = std::make_unique<EventRowBuilder>();
            StreamEvent rebuilt = event;
            if (!event.parseFailed())
                m_builder->build(rebuilt, schema);
            else
                m_builder->buildRefused(rebuilt, schema); // the sender's verdict stands
            m_store.append(rebuilt);
        }
        ++m_nextSerial;
    }
    endInsertRows();
    countDropped(quint64(overflow) + quint64(skipped), 0);
}

void EventTableModel::removeOldest(int count)
{
    Q_ASSERT(count > 0 && count <= m_store.size());
    beginRemoveRows({}, 0, count - 1);
    m_store.removeOldest(count);
    endRemoveRows();
}

QByteArray EventTableModel::rawPayload(int row) const
{
    if (row < 0 || row >= m_store.size())
        return {};
    return m_store.payload(row).toByteArray();
}

QJsonDocument EventTableModel::jsonAt(int row) const
{
    // On demand, for the detail view: the table keeps no parsed objects.
    if (row < 0 || row >= m_store.size())
        return {};
    return QJsonDocument::fromJson(m_store.payload(row).toByteArray());
}

QStringList EventTableModel::unknownFields(int row) const
{
    const QJsonDocument document = jsonAt(row);
    if (!document.isObject())
        return {};
    return m_formatter.schema().unknownFields(document.object());
}

qint64 EventTableModel::receivedAtUs(int row) const
{
    if (row < 0 || row >= m_store.size())
        return 0;
    return m_store.receivedAtUs(row);
}

StreamEvent EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= m_store.size())
        return {};
    return m_store.event(row, m_schemaIdUtf8);
}

QByteArray EventTableModel::rowsAsJson(const QList<int> &rows) const
{
    QJsonArray array;
    for (int row : rows) {
        if (row < 0 || row >= m_store.size())
            continue;
        const QJsonDocument document = jsonAt(row);
        if (document.isObject())
            array.append(document.object());
        else if (document.isArray())
            array.append(document.array());
        else
            array.append(QString::fromUtf8(m_store.payload(row)));
    }
    if (rows.size() == 1 && array.size() == 1 && array.at(0).isObject())
        return QJsonDocument(array.at(0).toObject()).toJson(QJsonDocument::Indented);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

EventTableModel::StorageStats EventTableModel::storageStats() const
{
    return m_store.stats();
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
