#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;

namespace shuriken {

/// Keeps a growing view scrolled to its newest rows without fighting the user: scrolling away
/// from the newest end stops following, scrolling back to it resumes, and setFollowing() is the
/// explicit toggle. Where "newest" is (bottom or top) is asked from a callback, because it
/// depends on the view's sort order.
class FollowScroller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowScroller)

public:
    using NewestOnTop = std::function<bool()>;

    explicit FollowScroller(QAbstractItemView *view, QObject *parent = nullptr);
    ~FollowScroller() override;

    /// Default: newest at the bottom.
    void setNewestOnTop(NewestOnTop newestOnTop);
    bool isFollowing() const { return m_following; }

public Q_SLOTS:
    void setFollowing(bool follow);
    /// Scrolls to the newest end if following (call after rows were added or re-sorted).
    void follow();

Q_SIGNALS:
    /// Following was switched on or off (by setFollowing() or by the user's scrolling).
    void followingChanged(bool following);

private:
    bool newestOnTop() const { return m_newestOnTop && m_newestOnTop(); }
    void scrollToNewest();
    void onScrolled(int value);

    QPointer<QAbstractItemView> m_view;
    NewestOnTop m_newestOnTop;
    bool m_following = true;
    bool m_scrolling = false;
};

} // namespace shuriken
