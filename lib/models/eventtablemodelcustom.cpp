// Custom columns ("Apply as Column"): a value expression of the display-filter language per
// column, evaluated for the cells asked for and remembered by row serial.

#include "eventtablemodel.h"

namespace shuriken {

QStringList EventTableModel::customColumns() const
{
    QStringList expressions;
    expressions.reserve(qsizetype(m_customColumns.size()));
    for (const CustomColumn &custom : m_customColumns)
        expressions.append(custom.filter.text());
    return expressions;
}

bool EventTableModel::isCustomColumn(int column) const
{
    return column >= firstCustomColumn() && column < columnCount();
}

bool EventTableModel::addCustomColumn(const QString &expression)
{
    if (!insertCustomColumn(expression))
        return false;
    Q_EMIT customColumnsChanged(customColumns());
    return true;
}

bool EventTableModel::insertCustomColumn(const QString &expression)
{
    const QString text = expression.trimmed();
    if (m_customColumns.size() >= size_t(MaxCustomColumns) || customColumns().contains(text))
        return false;
    DisplayFilter filter = DisplayFilter::parse(text);
    if (!filter.isValue())
        return false;
    const int column = columnCount();
    beginInsertColumns({}, column, column);
    FilterBinding binding = filter.bind(m_formatter.schema());
    m_customColumns.push_back({std::move(filter), std::move(binding)});
    endInsertColumns();
    return true;
}

void EventTableModel::removeCustomColumn(int column)
{
    if (!isCustomColumn(column))
        return;
    takeCustomColumn(column);
    Q_EMIT customColumnsChanged(customColumns());
}

void EventTableModel::takeCustomColumn(int column)
{
    beginRemoveColumns({}, column, column);
    m_customColumns.erase(m_customColumns.begin() + (column - firstCustomColumn()));
    // Cached values are keyed by custom column index, which shifted.
    m_customCache.clear();
    endRemoveColumns();
}

void EventTableModel::setCustomColumns(const QStringList &expressions)
{
    if (expressions == customColumns())
        return;
    // One customColumnsChanged, not one per column.
    while (!m_customColumns.empty())
        takeCustomColumn(columnCount() - 1);
    for (const QString &expression : expressions)
        insertCustomColumn(expression);
    Q_EMIT customColumnsChanged(customColumns());
}

FilterCellValue EventTableModel::customValue(int row, int column) const
{
    const int custom = column - firstCustomColumn();
    const quint64 key = (serialOf(row) << 8) | quint64(custom);
    if (const FilterCellValue *cached = m_customCache.object(key))
        return *cached;
    const CustomColumn &spec = m_customColumns[size_t(custom)];
    auto *value = new FilterCellValue(spec.filter.cellValueOf(filterContext(row, &spec.binding)));
    m_customCache.insert(key, value); // MaxCustomColumns < 256: the index fits the key's low byte
    return *value;
}

QVariant EventTableModel::customData(int row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case FullTextRole:
        return customValue(row, column).text;
    case SortRole:
        return customValue(row, column).sortKey;
    case Qt::TextAlignmentRole:
        if (customValue(row, column).type == FilterCellValue::Type::Number)
            return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ReceivedAtUsRole:
    case LatencyMsRole:
    case PayloadRole:
    case StreamRole:
    case ChannelRole:
    case EventNameRole:
    case ParseErrorRole:
    case RowSerialRole:
        // Row-level roles answer the same in every column.
        return data(index(row, 0), role);
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::customHeaderData(int section, int role) const
{
    const QString expression = m_customColumns[size_t(section - firstCustomColumn())].filter.text();
    switch (role) {
    case Qt::DisplayRole:
        return expression;
    case Qt::ToolTipRole:
        return tr("The field %1 of each event (a custom column)").arg(expression);
    default:
        break;
    }
    return {};
}

} // namespace shuriken
