#pragma once

#include <QTableView>

namespace shuriken {

/// The event table's QTableView: uniform rows, and a batch costs a repaint of what it changed on
/// screen, not of the whole viewport.
///
/// QTableView repaints its whole viewport whenever its row count changes (the vertical header's
/// section count change relays the items' layout, and QAbstractItemView::doItemsLayout()
/// updates everything). For a table that grows at its end and lets its oldest rows go from its
/// front, that is every batch: at 20 events/s, ten full repaints a second of rows that did not
/// change (bench_steady --paints). Here:
/// - rows appended at the end repaint from the first new row down, which is nothing while the
///   user reads older rows, and only the new rows when the view follows (the scroll itself moves
///   the rows already painted: QWidget::scroll());
/// - rows let go from the front, with the row count kept, scroll the painted rows up by as many
///   rows instead of repainting them;
/// - any other change (rows inserted or removed elsewhere, a sort, a reset) repaints everything,
///   as QTableView does.
/// The owner calls flushRowChanges() once it has scrolled for a change (following), so the
/// repaint is asked for where the rows are then; if it does not, the table flushes at the next
/// event-loop pass.
///
/// Its scroll bars repaint only when what they show changes (the handle's place and size, the
/// ends): a scroll bar whose range grows by a few rows in a long table looks the same, and
/// Fusion's scroll bar costs as much to paint as the new rows.
class EventTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTable)

public:
    explicit EventTable(QWidget *parent = nullptr);
    ~EventTable() override;

    void setModel(QAbstractItemModel *model) override;
    /// Takes a shrink of the row count now (after rows were let go) instead of at the next pass.
    void syncRowCount();
    void doItemsLayout() override;

protected:
    void updateGeometries() override;

public:
    /// Asks for the repaint of the rows changed since the last flush, where they are now.
    void flushRowChanges();

    /// How many times the whole viewport was asked to repaint for row changes, for tests.
    int fullRowRepaints() const { return m_fullRowRepaints; }

private:
    /// The layout after rows were appended, where that only grows the vertical scroll range.
    bool growScrollRange();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    /// A change that needs the whole viewport (and the items' layout) redone.
    void onOtherChange();
    void queueFlush();

    /// What the last full updateGeometries() laid out for: the viewport's size and the columns.
    struct LaidOut
    {
        QSize viewport;
        int columnsLength = -1;
        int columns = -1;
        friend bool operator==(const LaidOut &, const LaidOut &) = default;
    };

    QList<QMetaObject::Connection> m_connections;
    LaidOut m_laidOut;
    /// Since the last full QTableView::updateGeometries(): only rows appended at the end.
    bool m_rowsGrewOnly = false;
    /// Since the last doItemsLayout(): only rows appended at the end (the layout then only
    /// updates the scroll bars' ranges).
    bool m_layoutAppendOnly = false;
    bool m_layoutOther = false;
    /// Since the last flushRowChanges().
    int m_appendedFrom = -1;
    int m_frontRemoved = 0;
    bool m_repaintAll = false;
    bool m_flushQueued = false;
    int m_fullRowRepaints = 0;
};

} // namespace shuriken
