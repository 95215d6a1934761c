#include "followscroller.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace shuriken {

FollowScroller::FollowScroller(QAbstractItemView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &FollowScroller::onScrolled);
}

FollowScroller::~FollowScroller() = default;

void FollowScroller::setNewestOnTop(NewestOnTop newestOnTop)
{
    m_newestOnTop = std::move(newestOnTop);
}

void FollowScroller::setFollowing(bool follow)
{
    if (follow == m_following)
        return;
    m_following = follow;
    if (follow)
        scrollToNewest();
    Q_EMIT followingChanged(follow);
}

void FollowScroller::follow()
{
    if (m_following)
        scrollToNewest();
}

void FollowScroller::scrollToNewest()
{
    if (!m_view)
        return;
    m_scrolling = true;
    if (newestOnTop())
        m_view->scrollToTop();
    else
        m_view->scrollToBottom();
    m_scrolling = false;
}

void FollowScroller::onScrolled(int value)
{
    if (m_scrolling || !m_view)
        return;
    // Only the user (wheel, keys, scroll bar) moves the bar while we are not scrolling: leaving
    // the newest end means "let me read", coming back means "follow again".
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool atNewest = newestOnTop() ? value <= bar->minimum() : value >= bar->maximum();
    setFollowing(atNewest);
}

} // namespace shuriken
