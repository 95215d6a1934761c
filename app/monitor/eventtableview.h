#pragma once

#include "eventtable.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeView;

namespace shuriken {

class EventFilterProxyModel;
class EventTableModel;
class FollowScroller;
class JsonTreeModel;
class LiveLabel;

/// One subscription's live table: schema columns from EventTableModel, a text or regex filter
/// on all or one column, pause, "follow newest rows" that yields as soon as the user scrolls
/// away, a count of rows let go, copy as JSON, and a detail pane with the selected event as a
/// JSON tree (unknown fields marked) and its raw text. The model belongs to the caller, so the
/// view can be closed and reopened without losing rows.
class EventTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableView)

public:
    explicit EventTableView(EventTableModel *model, QWidget *parent = nullptr);
    ~EventTableView() override;

    EventTableModel *model() const { return m_model; }
    EventFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QTreeView *detailTree() const { return m_detailTree; }
    JsonTreeModel *detailModel() const { return m_detailModel; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLineEdit *filterEdit() const { return m_filter; }

    bool isFollowing() const;
    /// Source rows in the order the table shows them (filtered and sorted): what an export of
    /// "the visible table" writes.
    QList<int> visibleSourceRows() const;
    /// Selected source rows in view order.
    QList<int> selectedSourceRows() const;

public Q_SLOTS:
    void setFollowing(bool follow);
    /// Copies the selected rows as pretty JSON (one object, or an array for several).
    void copySelectionAsJson();
    void focusFilter();

Q_SIGNALS:
    /// The follow-newest state changed (by the toggle, or because the user scrolled away/back).
    void followingChanged(bool following);

private:
    void applyFilter();
    void updateCounters();
    void updateDetail();

    EventTableModel *m_model;
    EventFilterProxyModel *m_proxy = nullptr;
    EventTable *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_detailTree = nullptr;
    JsonTreeModel *m_detailModel = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_detailHeader = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_regex = nullptr;
    QComboBox *m_column = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_pretty = nullptr;
    LiveLabel *m_counts = nullptr;
    FollowScroller *m_follower = nullptr;
    QTimer m_refresh;
};

} // namespace shuriken
