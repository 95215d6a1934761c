#include "framefilterproxymodel.h"

#include "framelogmodel.h"

namespace shuriken {

FrameFilterProxyModel::FrameFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FrameLogModel::SortRole);
}

FrameFilterProxyModel::~FrameFilterProxyModel() = default;

void FrameFilterProxyModel::setHideHeartbeats(bool hide)
{
    if (hide == m_hideHeartbeats)
        return;
    m_hideHeartbeats = hide;
    invalidateFilter();
}

void FrameFilterProxyModel::setDirectionFilter(DirectionFilter direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateFilter();
}

void FrameFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool FrameFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideHeartbeats && index.data(FrameLogModel::HeartbeatRole).toBool())
        return false;
    if (m_direction != DirectionFilter::Both) {
        const auto direction = index.data(FrameLogModel::DirectionRole).value<pusher::FrameRecord::Direction>();
        const auto wanted = m_direction == DirectionFilter::IncomingOnly ? pusher::FrameRecord::Direction::In
                                                                         : pusher::FrameRecord::Direction::Out;
        if (direction != wanted)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    // The full text contains the event and channel of every frame that has them; the names are
    // checked too for frames whose text could not be read.
    return index.data(FrameLogModel::FullTextRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(FrameLogModel::EventRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(FrameLogModel::ChannelRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace shuriken
