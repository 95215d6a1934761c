#pragma once

#include "subscription.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace shuriken {

class PresenceMemberModel;

/// Who is on one presence channel: a header ("3 members"), a filter box and the members in
/// join order (our own user in bold), or, instead of the list, why there is none (no
/// subscription, not a presence channel, not subscribed yet). Ctrl+C or the context menu copies
/// the current member as JSON.
class PresencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresencePanel)

public:
    enum class State
    {
        NoSubscription,
        NotPresence, // the channel is not presence-*
        Waiting, // a presence channel, not (or no longer) subscribed
        Members, // subscribed: the list is shown
    };
    Q_ENUM(State)

    explicit PresencePanel(QWidget *parent = nullptr);
    ~PresencePanel() override;

    /// Shows @p subscription's members; nullptr shows nothing. The panel lets go on its own when
    /// the subscription ends.
    void setSubscription(Subscription *subscription);
    Subscription *subscription() const { return m_subscription.data(); }

    State state() const { return m_state; }
    /// The header's text ("3 members", "3 members, 1 shown", or the state's explanation).
    QString headerText() const;
    /// The text shown instead of the list (empty in State::Members).
    QString placeholderText() const;

    void setFilterText(const QString &text);
    PresenceMemberModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /// The JSON of the current member ({"user_id", "user_info"}), or empty.
    QString currentMemberJson() const;
    /// Copies currentMemberJson() to the clipboard; false when no member is current.
    bool copyCurrentMember();
    bool copyCurrentUserId();

Q_SIGNALS:
    /// The number of members changed (a join, a leave, a reset).
    void memberCountChanged(int count);

private:
    void updateState();
    void updateHeader();
    void showContextMenu(const QPoint &position);

    QPointer<Subscription> m_subscription;
    QMetaObject::Connection m_statusConnection;
    PresenceMemberModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_header = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QTreeView *m_view = nullptr;
    State m_state = State::NoSubscription;
};

} // namespace shuriken
