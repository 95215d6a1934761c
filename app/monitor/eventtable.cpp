#include "eventtable.h"

#include "rowcountmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>
#include <optional>

namespace shuriken {

namespace {

/// The table's vertical header (hidden: rows are uniform and unnumbered). It follows only the
/// table's row count, through a RowCountModel, not every row change: QHeaderView's work on a row
/// removal grows with all its sections, and a full window lets its oldest rows go on every
/// batch, so a header that follows the rows costs the GUI thread in proportion to the window.
/// Following the count costs nothing while a batch keeps it; following the rows costs 32M
/// instructions per 800-event batch in a 1M-row window (bench_gui_batchcost, callgrind).
class UniformRowHeader final : public QHeaderView
{
public:
    explicit UniformRowHeader(QAbstractItemView *table)
        : QHeaderView(Qt::Vertical, table)
    { }

    void setModel(QAbstractItemModel *model) override
    {
        m_rows.setSourceModel(model);
        QHeaderView::setModel(&m_rows);
    }

    /// Takes a shrink of the table's row count now instead of on the next event-loop pass.
    void syncRows() { m_rows.sync(); }

    // The table hands its selection model to its headers; it belongs to the table's model, not
    // to this header's, and a hidden header highlights nothing.
    void setSelectionModel(QItemSelectionModel *selectionModel) override
    {
        if (selectionModel && selectionModel->model() == &m_rows)
            QHeaderView::setSelectionModel(selectionModel);
    }

private:
    RowCountModel m_rows;
};

/// A scroll bar that repaints only when it would look different: its handle moved or changed
/// size, or its value reached or left an end (styles draw the end arrows disabled there).
class QuietScrollBar final : public QScrollBar
{
public:
    QuietScrollBar(Qt::Orientation orientation, QWidget *parent)
        : QScrollBar(orientation, parent)
    {
        // Opaque: its repaint then does not repaint the widgets behind it, up to the window.
        setAutoFillBackground(true);
    }

protected:
    void sliderChange(SliderChange change) override
    {
        const bool quiet = change == SliderRangeChange || change == SliderValueChange || change == SliderStepsChange;
        // Transient scroll bars (macOS) flash on a change: their style wants every change.
        if (quiet && m_painted && looks() == *m_painted
            && !style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this))
            return;
        QScrollBar::sliderChange(change);
    }

    void paintEvent(QPaintEvent *event) override
    {
        m_painted = looks();
        QScrollBar::paintEvent(event);
    }

private:
    struct Looks
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        friend bool operator==(const Looks &, const Looks &) = default;
    };

    Looks looks() const
    {
        QStyleOptionSlider option;
        initStyleOption(&option);
        return {style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, this),
                value() == minimum(), value() == maximum()};
    }

    std::optional<Looks> m_painted;
};

} // namespace

EventTable::EventTable(QWidget *parent)
    : QTableView(parent)
{
    setVerticalHeader(new UniformRowHeader(this));
    setVerticalScrollBar(new QuietScrollBar(Qt::Vertical, this));
    setHorizontalScrollBar(new QuietScrollBar(Qt::Horizontal, this));
    // QAbstractItemView listens to its scroll bars (fetching more rows at the end, keyboard
    // scroll actions); a replaced bar has lost those connections.
    for (QScrollBar *bar : {verticalScrollBar(), horizontalScrollBar()}) {
        const bool vertical = bar->orientation() == Qt::Vertical;
        connect(bar, &QScrollBar::valueChanged, this,
                vertical ? &EventTable::verticalScrollbarValueChanged : &EventTable::horizontalScrollbarValueChanged,
                Qt::UniqueConnection);
        connect(bar, &QScrollBar::actionTriggered, this,
                vertical ? &EventTable::verticalScrollbarAction : &EventTable::horizontalScrollbarAction,
                Qt::UniqueConnection);
    }
}

EventTable::~EventTable() = default;

void EventTable::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QTableView::setModel(model);
    onOtherChange();
    if (!model)
        return;
    using M = QAbstractItemModel;
    m_connections = {
        connect(model, &M::rowsInserted, this, &EventTable::onRowsInserted),
        connect(model, &M::rowsRemoved, this, &EventTable::onRowsRemoved),
        connect(model, &M::rowsMoved, this, &EventTable::onOtherChange),
        connect(model, &M::columnsInserted, this, &EventTable::onOtherChange),
        connect(model, &M::columnsRemoved, this, &EventTable::onOtherChange),
        connect(model, &M::columnsMoved, this, &EventTable::onOtherChange),
        connect(model, &M::layoutChanged, this, &EventTable::onOtherChange),
        connect(model, &M::modelReset, this, &EventTable::onOtherChange),
    };
}

void EventTable::syncRowCount()
{
    static_cast<UniformRowHeader *>(verticalHeader())->syncRows();
}

void EventTable::doItemsLayout()
{
    const bool appendOnly = m_layoutAppendOnly && !m_layoutOther;
    m_layoutAppendOnly = false;
    m_layoutOther = false;
    if (appendOnly) {
        // The rows already laid out stay where they are: only the vertical scroll bar's range
        // changes, and the new rows are repainted by flushRowChanges().
        updateGeometries();
        return;
    }
    QTableView::doItemsLayout();
}

void EventTable::updateGeometries()
{
    const LaidOut now {viewport()->size(), horizontalHeader()->length(), horizontalHeader()->count()};
    // Since the last full layout, for the same viewport and columns, only rows were appended
    // (QAbstractItemView::scrollToBottom() asks again right after the posted layout).
    if (m_rowsGrewOnly && now == m_laidOut && growScrollRange())
        return;
    m_rowsGrewOnly = false;
    QTableView::updateGeometries();
    m_laidOut = {viewport()->size(), horizontalHeader()->length(), horizontalHeader()->count()};
}

bool EventTable::growScrollRange()
{
    // What QTableView::updateGeometries() works out for uniform rows scrolled per item, without
    // its side effects: it also lays out the scroll bars' containers (setViewportMargins()),
    // raising each above the other, which repaints both whole; and a range change queues the
    // same layout again (QAbstractScrollArea shows or hides its bars on rangeChanged()). With
    // the vertical bar already in use, growth changes neither bar's visibility, so neither is
    // needed.
    QScrollBar *bar = verticalScrollBar();
    const QHeaderView *header = verticalHeader();
    const int rows = header->count();
    const int rowHeight = header->defaultSectionSize();
    if (verticalScrollMode() != ScrollPerItem || bar->maximum() <= 0 || rows == 0 || rowHeight <= 0
        || header->hiddenSectionCount() > 0 || header->sectionResizeMode(0) != QHeaderView::Fixed
        || header->sectionSize(0) != rowHeight || header->sectionSize(rows - 1) != rowHeight)
        return false;
    const int perPage = std::clamp(viewport()->height() / rowHeight, 1, rows);
    if (rows - perPage < bar->maximum())
        return false; // a shrink: the bar may have to go
    const QSignalBlocker blocker(bar);
    bar->setRange(0, rows - perPage);
    bar->setPageStep(perPage);
    return true;
}

void EventTable::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int rows = model()->rowCount();
    if (last != rows - 1) {
        onOtherChange();
        return;
    }
    m_layoutAppendOnly = true;
    m_rowsGrewOnly = true;
    m_appendedFrom = m_appendedFrom < 0 ? first : std::min(m_appendedFrom, first);
    queueFlush();
}

void EventTable::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != 0) {
        onOtherChange();
        return;
    }
    // A removal changes the items' layout when the count shrinks (the header then follows).
    m_layoutOther = true;
    m_rowsGrewOnly = false;
    const int count = last - first + 1;
    m_frontRemoved += count;
    if (m_appendedFrom >= 0)
        m_appendedFrom = std::max(0, m_appendedFrom - count);
    queueFlush();
}

void EventTable::onOtherChange()
{
    m_rowsGrewOnly = false;
    m_layoutOther = true;
    m_repaintAll = true;
    queueFlush();
}

void EventTable::queueFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &EventTable::flushRowChanges, Qt::QueuedConnection);
}

void EventTable::flushRowChanges()
{
    m_flushQueued = false;
    QWidget *area = viewport();
    if (m_repaintAll) {
        ++m_fullRowRepaints;
        area->update();
    } else {
        const int rowHeight = verticalHeader()->defaultSectionSize();
        // The rows still shown moved up: move their pixels and paint what that uncovers.
        if (m_frontRemoved > 0)
            area->scroll(0, -std::min(m_frontRemoved, area->height() / std::max(rowHeight, 1) + 1) * rowHeight);
        if (m_appendedFrom >= 0 && m_appendedFrom < model()->rowCount()) {
            const int top = std::max(0, rowViewportPosition(m_appendedFrom));
            if (top < area->height())
                area->update(0, top, area->width(), area->height() - top);
        }
    }
    m_appendedFrom = -1;
    m_frontRemoved = 0;
    m_repaintAll = false;
}

} // namespace shuriken
