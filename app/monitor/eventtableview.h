#pragma once

#include "eventtable.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QToolButton;
class QTreeView;

namespace shuriken {

class DisplayFilterEdit;
class EventFilterProxyModel;
class EventTableModel;
class FieldPlotWindow;
class FollowScroller;
class JsonTreeModel;
class LiveLabel;
class MonitorSettings;
struct ColouringRule;

/// One subscription's live table: schema columns from EventTableModel, a display filter
/// (DisplayFilterEdit, docs/display-filters.md) and a text or regex search on all or one column, pause, "follow newest
/// rows" that yields as soon as the user scrolls away, a count of rows let go, copy as JSON, and a detail pane with the
/// selected event as a JSON tree (unknown fields marked) and its raw text. The model belongs to the caller, so the view
/// can be closed and reopened without losing rows.
class EventTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableView)

public:
    /// How a field of the detail tree joins the display filter already in the box (Wireshark's
    /// "Apply as Filter" submenu).
    enum class FieldFilter
    {
        Selected, // the field's value alone
        NotSelected,
        AndSelected, // (box) && field
        OrSelected,
        AndNotSelected,
        OrNotSelected,
    };
    Q_ENUM(FieldFilter)

    explicit EventTableView(EventTableModel *model, QWidget *parent = nullptr);
    /// With @p settings: setSettings().
    EventTableView(EventTableModel *model, MonitorSettings *settings, QWidget *parent = nullptr);
    ~EventTableView() override;

    EventTableModel *model() const { return m_model; }
    EventFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QTreeView *detailTree() const { return m_detailTree; }
    JsonTreeModel *detailModel() const { return m_detailModel; }
    QPlainTextEdit *rawView() const { return m_raw; }
    QLineEdit *filterEdit() const { return m_filter; }
    DisplayFilterEdit *displayFilterEdit() const { return m_displayFilter; }

    /// Where the display filter's saved and recent filters, the colouring rules and the stream's
    /// custom columns live; the rows follow the rules as they change. A table without custom
    /// columns takes the stream's saved ones; changes to them are saved.
    void setSettings(MonitorSettings *settings);
    /// Colours rows by @p rules (the enabled ones whose filter parses; the first match wins).
    void setColouringRules(const QList<ColouringRule> &rules);
    /// The display filter that picks events whose field at @p detailIndex (of detailModel())
    /// has its value, joined to the box's expression as @p how says.
    QString fieldFilter(const QModelIndex &detailIndex, FieldFilter how) const;
    /// Puts fieldFilter() in the display filter box and applies it (@p apply) or leaves it to
    /// be edited ("Prepare as Filter").
    void useFieldFilter(const QModelIndex &detailIndex, FieldFilter how, bool apply);
    /// The detail tree's context menu for @p detailIndex: Apply as Filter, Prepare as Filter,
    /// Apply as Column, copy, plot. The caller owns it.
    QMenu *createDetailMenu(const QModelIndex &detailIndex, QWidget *parent);

    /// The column header's context menu for @p section: arrival order, Remove Column (custom
    /// columns), and which columns are shown. The caller owns it.
    QMenu *createHeaderMenu(int section, QWidget *parent);
    /// Adds a custom column for the field at @p detailIndex (of detailModel(); Wireshark's "Apply
    /// as Column") and shows it; false when the field is no value or the column is there already.
    bool applyAsColumn(const QModelIndex &detailIndex);

    /// Plots the field at @p path (a value in the display-filter language) of the rows the
    /// table shows, in this table's plot window (opened on first use; further fields join its
    /// chart). False, with the reason in @p error, when @p path is no value to plot.
    bool plotField(const QString &path, QString *error = nullptr);
    /// The plot window, once a field was plotted.
    FieldPlotWindow *plotWindow() const { return m_plot; }

    /// Set Time Reference (Ctrl+T in the table): toggles the current row as the reference of the
    /// "Since reference" column, checked while the current row is the reference.
    QAction *timeReferenceAction() const { return m_timeReference; }

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
    /// Wireshark's Ctrl+/: to the display filter.
    void focusDisplayFilter();
    /// Makes the current row the time reference, or clears it when it is; shows "Since
    /// reference" when a reference is set.
    void toggleTimeReference();

Q_SIGNALS:
    /// The follow-newest state changed (by the toggle, or because the user scrolled away/back).
    void followingChanged(bool following);

private:
    void applyFilter();
    void setUpDisplayFilter();
    void updateCounters();
    void updateDetail();
    void updateTimeReferenceAction();
    void fillColumnSelector();

    EventTableModel *m_model;
    EventFilterProxyModel *m_proxy = nullptr;
    EventTable *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_detailTree = nullptr;
    JsonTreeModel *m_detailModel = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    QLabel *m_detailHeader = nullptr;
    QLineEdit *m_filter = nullptr;
    DisplayFilterEdit *m_displayFilter = nullptr;
    QToolButton *m_regex = nullptr;
    QComboBox *m_column = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_pretty = nullptr;
    LiveLabel *m_counts = nullptr;
    FollowScroller *m_follower = nullptr;
    FieldPlotWindow *m_plot = nullptr;
    QAction *m_timeReference = nullptr;
    QTimer m_refresh;
    QMetaObject::Connection m_colouringConnection;
    QMetaObject::Connection m_columnsConnection;
};

} // namespace shuriken
