// The time columns: receive times relative to the row shown above and to a reference row,
// computed per cell from the proxy's order.

#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"

namespace shuriken {

int EventFilterProxyModel::sourceColumnCount() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int EventFilterProxyModel::deltaDisplayedColumn() const
{
    return m_timeColumns && sourceModel() ? sourceColumnCount() : -1;
}

int EventFilterProxyModel::sinceReferenceColumn() const
{
    return m_timeColumns && sourceModel() ? sourceColumnCount() + 1 : -1;
}

void EventFilterProxyModel::setTimeColumnsEnabled(bool enabled)
{
    if (enabled == m_timeColumns)
        return;
    if (!sourceModel()) {
        m_timeColumns = enabled;
        return;
    }
    const int first = sourceColumnCount();
    if (enabled) {
        beginInsertColumns({}, first, first + 1);
        m_timeColumns = true;
        endInsertColumns();
    } else {
        beginRemoveColumns({}, first, first + 1);
        m_timeColumns = false;
        endRemoveColumns();
    }
}

QString EventFilterProxyModel::formatSeconds(qint64 us)
{
    const quint64 magnitude = us < 0 ? quint64(0) - quint64(us) : quint64(us);
    return (us < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 1000000u) + u'.'
        + QStringLiteral("%1").arg(magnitude % 1000000u, 6, 10, QLatin1Char('0'));
}

qint64 EventFilterProxyModel::receivedAtUs(int sourceRow) const
{
    return sourceModel()->index(sourceRow, 0).data(EventTableModel::ReceivedAtUsRole).toLongLong();
}

void EventFilterProxyModel::toggleTimeReference(int proxyRow)
{
    const int row = sourceRow(proxyRow);
    if (row < 0)
        return;
    const quint64 serial = sourceModel()->index(row, 0).data(EventTableModel::RowSerialRole).toULongLong();
    if (serial == m_referenceSerial) {
        clearTimeReference();
        return;
    }
    m_referenceSerial = serial;
    m_referenceUs = receivedAtUs(row);
    if (m_timeColumns && rowCount() > 0) {
        const int column = sinceReferenceColumn();
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }
    Q_EMIT timeReferenceChanged(true);
}

void EventFilterProxyModel::clearTimeReference()
{
    if (m_referenceSerial == NoSerial)
        return;
    m_referenceSerial = NoSerial;
    if (m_timeColumns && rowCount() > 0) {
        const int column = sinceReferenceColumn();
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }
    Q_EMIT timeReferenceChanged(false);
}

QVariant EventFilterProxyModel::timeData(const QModelIndex &index, int role) const
{
    const int row = sourceRow(index.row());
    if (row < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case EventTableModel::FullTextRole:
    case EventTableModel::SortRole: {
        qint64 us = 0;
        if (index.column() == deltaDisplayedColumn()) {
            // The row shown above, whatever the filter and order: cheap, as both mappings are.
            const int above = index.row() > 0 ? sourceRow(index.row() - 1) : -1;
            us = above >= 0 ? receivedAtUs(row) - receivedAtUs(above) : 0;
        } else {
            if (!hasTimeReference())
                return {};
            us = receivedAtUs(row) - m_referenceUs;
        }
        if (role == EventTableModel::SortRole)
            return us;
        return formatSeconds(us);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
    case EventTableModel::ColumnKindRole:
        return {};
    default:
        break;
    }
    // Row-level roles and row colours are the row's.
    const QModelIndex source = sourceModel()->index(row, 0);
    if ((role == Qt::ForegroundRole || role == Qt::BackgroundRole) && !m_colourings.isEmpty())
        return colouringData(source, role);
    return source.data(role);
}

} // namespace shuriken
