// Following the source: appends at the end and evictions from the front row by row, anything
// else by rebuilding.

#include "eventfilterproxymodel.h"

#include <algorithm>
#include <utility>

namespace shuriken {

void EventFilterProxyModel::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    if (first != m_sourceRows) {
        // Not an append: this proxy does not follow that row by row.
        m_pending = Pending::Reset;
        beginResetModel();
        return;
    }
    if (mode() == Mode::PassThrough) {
        m_pending = Pending::PassThrough;
        beginInsertRows({}, first, last);
        return;
    }
    // Filtered and sorted: which rows show, and where, is known once they exist.
    m_pending = Pending::None;
}

void EventFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    const Pending pending = std::exchange(m_pending, Pending::None);
    const int count = last - first + 1;
    if (pending == Pending::Reset) {
        m_base = 0;
        rebuild();
        endResetModel();
        return;
    }
    m_sourceRows += count;
    switch (mode()) {
    case Mode::PassThrough:
        if (pending == Pending::PassThrough)
            endInsertRows();
        break;
    case Mode::Filtered: {
        const qsizetype before = qsizetype(m_accepted.size());
        std::vector<quint64> accepted;
        for (int row = first; row <= last; ++row) {
            if (accepts(row))
                accepted.push_back(m_base + quint64(row));
        }
        if (accepted.empty())
            break;
        beginInsertRows({}, int(before), int(before + qsizetype(accepted.size()) - 1));
        m_accepted.insert(m_accepted.end(), accepted.begin(), accepted.end());
        endInsertRows();
        break;
    }
    case Mode::Sorted: {
        m_keys.resize(m_keys.size() + size_t(count));
        std::vector<quint64> accepted;
        for (int row = first; row <= last; ++row) {
            if (accepts(row)) {
                m_keys[size_t(row)] = makeKey(row);
                accepted.push_back(m_base + quint64(row));
            }
        }
        if (accepted.empty())
            break;
        beginRelayout();
        insertSorted(std::move(accepted));
        endRelayout();
        break;
    }
    }
}

void EventFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    if (first != 0) {
        // Not the oldest rows: this proxy does not follow that row by row.
        m_pending = Pending::Reset;
        beginResetModel();
        return;
    }
    const quint64 firstKept = m_base + quint64(last) + 1;
    switch (mode()) {
    case Mode::PassThrough:
        m_pending = Pending::PassThrough;
        beginRemoveRows({}, first, last);
        return;
    case Mode::Filtered: {
        const auto end = std::lower_bound(m_accepted.begin(), m_accepted.end(), firstKept);
        m_pendingCount = int(end - m_accepted.begin());
        if (m_pendingCount == 0) {
            m_pending = Pending::Skip;
            return;
        }
        m_pending = Pending::Removal;
        beginRemoveRows({}, 0, m_pendingCount - 1);
        return;
    }
    case Mode::Sorted:
        for (int row = first; row <= last; ++row) {
            if ((m_keys[size_t(row)].flags & SortKey::Accepted) != 0) {
                m_pending = Pending::Relayout;
                beginRelayout();
                findEvicted(firstKept);
                return;
            }
        }
        m_pending = Pending::Skip;
        return;
    }
}

void EventFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    const Pending pending = std::exchange(m_pending, Pending::None);
    const int count = last - first + 1;
    if (pending == Pending::Reset) {
        m_base = 0;
        rebuild();
        endResetModel();
        return;
    }
    const quint64 firstKept = m_base + quint64(count);
    switch (pending) {
    case Pending::PassThrough:
        m_sourceRows -= count;
        m_base = firstKept;
        endRemoveRows();
        return;
    case Pending::Removal:
        m_accepted.erase(m_accepted.begin(), m_accepted.begin() + m_pendingCount);
        m_sourceRows -= count;
        m_base = firstKept;
        forgetUnmatched();
        endRemoveRows();
        return;
    case Pending::Relayout:
        removeEvicted(firstKept);
        m_sourceRows -= count;
        m_base = firstKept;
        forgetUnmatched();
        endRelayout();
        return;
    case Pending::Skip:
    case Pending::None:
    case Pending::Reset:
        break;
    }
    if (mode() == Mode::Sorted)
        m_keys.erase(m_keys.begin(), m_keys.begin() + count);
    m_sourceRows -= count;
    m_base = firstKept;
    forgetUnmatched();
}

void EventFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (m_resetting || !topLeft.isValid() || !bottomRight.isValid())
        return;
    if (mode() == Mode::PassThrough) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()),
                           roles);
        return;
    }
    // Changed values may change which rows match and where they sort. EventTableModel never
    // changes a row once added; a source that does pays a rebuild.
    relayout();
}

void EventFilterProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        Q_EMIT headerDataChanged(orientation, first, last);
    } else if (rowCount() > 0) {
        Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
    }
}

void EventFilterProxyModel::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void EventFilterProxyModel::endSourceReset()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    m_base = 0;
    forgetColourings();
    if (m_sortColumn >= 0 && m_sortColumn >= sourceColumnCount())
        m_sortColumn = -1;
    // Serials start again: the reference row is gone for good.
    const bool hadReference = hasTimeReference();
    m_referenceSerial = NoSerial;
    rebuild();
    endResetModel();
    if (hadReference)
        Q_EMIT timeReferenceChanged(false);
}

void EventFilterProxyModel::sourceColumnsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        beginInsertColumns({}, first, last);
}

void EventFilterProxyModel::sourceColumnsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (m_sortColumn >= first)
        m_sortColumn += count;
    if (m_column >= first)
        m_column += count;
    endInsertColumns();
}

void EventFilterProxyModel::sourceColumnsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid())
        beginRemoveColumns({}, first, last);
}

void EventFilterProxyModel::sourceColumnsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const bool sortColumnGone = m_sortColumn >= first && m_sortColumn <= last;
    const bool patternColumnGone = m_column >= first && m_column <= last;
    if (m_sortColumn > last)
        m_sortColumn -= count;
    if (m_column > last)
        m_column -= count;
    endRemoveColumns();
    // The order stays valid until then: it holds serials, and the keys are read only to place
    // new rows, which cannot arrive in between.
    if (sortColumnGone)
        sort(-1);
    if (patternColumnGone)
        setColumn(AllColumns);
}

void EventFilterProxyModel::relayout()
{
    beginRelayout();
    rebuild();
    endRelayout();
}

} // namespace shuriken
