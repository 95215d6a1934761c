#pragma once

#include <QSortFilterProxyModel>

namespace shuriken {

/// Filters a FrameLogModel: hides heartbeats (pusher:ping/pong stay in the log, only hidden),
/// keeps one direction, and matches text (case-insensitive) in the event, channel and full
/// frame text. Sorts on FrameLogModel::SortRole.
class FrameFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameFilterProxyModel)

public:
    enum class DirectionFilter
    {
        Both,
        IncomingOnly,
        OutgoingOnly,
    };
    Q_ENUM(DirectionFilter)

    explicit FrameFilterProxyModel(QObject *parent = nullptr);
    ~FrameFilterProxyModel() override;

    bool hidesHeartbeats() const { return m_hideHeartbeats; }
    DirectionFilter directionFilter() const { return m_direction; }
    QString filterText() const { return m_text; }

public Q_SLOTS:
    void setHideHeartbeats(bool hide);
    void setDirectionFilter(shuriken::FrameFilterProxyModel::DirectionFilter direction);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideHeartbeats = false;
    DirectionFilter m_direction = DirectionFilter::Both;
    QString m_text;
};

} // namespace shuriken
