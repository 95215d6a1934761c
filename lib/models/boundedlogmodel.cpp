#include "boundedlogmodel.h"

#include <algorithm>
#include <utility>

namespace shuriken {

BoundedLogModel::BoundedLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{ }

BoundedLogModel::~BoundedLogModel() = default;

int BoundedLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : storedRowCount();
}

void BoundedLogModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    const int overflow = storedRowCount() - m_capacity;
    if (overflow <= 0)
        return;
    beginRemoveRows({}, 0, overflow - 1);
    eraseOldestRows(overflow);
    endRemoveRows();
    countLetGo(quint64(overflow));
}

void BoundedLogModel::clear()
{
    const bool hadLetGo = m_letGo > 0;
    beginResetModel();
    eraseAllRows();
    m_letGo = 0;
    endResetModel();
    if (hadLetGo)
        Q_EMIT letGoCountChanged(0);
}

qsizetype BoundedLogModel::beginAppend(qsizetype count)
{
    // Items of the batch beyond the window would be removed again by this very append: they
    // never get in, and count as let go.
    const qsizetype skipped = std::max<qsizetype>(0, count - m_capacity);
    const int kept = int(count - skipped);
    const int overflow = std::max(0, storedRowCount() + kept - m_capacity);
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        eraseOldestRows(overflow);
        endRemoveRows();
    }
    const int first = storedRowCount();
    beginInsertRows({}, first, first + kept - 1);
    m_pendingLetGo = quint64(overflow) + quint64(skipped);
    return skipped;
}

void BoundedLogModel::endAppend()
{
    endInsertRows();
    countLetGo(std::exchange(m_pendingLetGo, 0));
}

void BoundedLogModel::countLetGo(quint64 count)
{
    if (count == 0)
        return;
    m_letGo += count;
    Q_EMIT letGoCountChanged(m_letGo);
}

} // namespace shuriken
