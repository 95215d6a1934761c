#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace shuriken {

class SubscriptionModel;

/// The subscriptions list: status (colour dot + text, the reason in the tooltip), events/s,
/// total and last event time per subscription, with Unsubscribe, Pause/Resume and Open Tab as
/// buttons and in the context menu. It only asks; the main window acts.
class SubscriptionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsView)

public:
    explicit SubscriptionsView(SubscriptionModel *model, QWidget *parent = nullptr);
    ~SubscriptionsView() override;

    QTableView *tableView() const { return m_table; }
    /// The id (SubscriptionModel::IdRole) of the current row, or 0.
    quint64 currentId() const;
    void selectId(quint64 id);

Q_SIGNALS:
    /// The user asked to unsubscribe the subscription with this id.
    void unsubscribeRequested(quint64 id);
    /// The user asked to pause (true) or resume (false) the table of this subscription.
    void pauseRequested(quint64 id, bool paused);
    /// The user asked to show this subscription's event table.
    void openTabRequested(quint64 id);

private:
    void updateButtons();
    void showContextMenu(const QPoint &position);
    bool currentIsPaused() const;

    SubscriptionModel *m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_unsubscribe = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace shuriken
