#include "eventtableview.h"

#include "celltextdelegate.h"
#include "displayfilteredit.h"
#include "eventfilterproxymodel.h"
#include "eventtable.h"
#include "eventtablemodel.h"
#include "followscroller.h"
#include "jsontreemodel.h"
#include "livelabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace shuriken {

EventTableView::EventTableView(EventTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("eventTableView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);

    // ---- tool row: pause, follow, filter, counters
    auto *tools = new QHBoxLayout;
    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_pause->setText(tr("Pause", "event table"));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setToolTip(tr("Freeze this table; events arriving meanwhile are let go and counted"));
    tools->addWidget(m_pause);

    m_follow = new QToolButton(this);
    m_follow->setObjectName(QStringLiteral("followButton"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_follow->setText(tr("Follow", "keep the newest rows in view"));
    m_follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_follow->setToolTip(tr("Keep the newest rows in view; scrolling away stops following, scrolling "
                            "back to the end resumes it"));
    tools->addWidget(m_follow);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("eventFilter"));
    m_filter->setPlaceholderText(tr("Filter rows"));
    m_filter->setClearButtonEnabled(true);
    tools->addWidget(m_filter, 1);

    m_regex = new QToolButton(this);
    m_regex->setObjectName(QStringLiteral("regexButton"));
    m_regex->setCheckable(true);
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setToolTip(tr("Treat the filter as a regular expression"));
    m_regex->setAccessibleName(tr("Regular expression"));
    tools->addWidget(m_regex);

    m_column = new QComboBox(this);
    m_column->setToolTip(tr("Column the filter looks at"));
    m_column->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillColumnSelector();
    tools->addWidget(m_column);

    m_counts = new LiveLabel(this);
    m_counts->setObjectName(QStringLiteral("rowCounts"));
    tools->addWidget(m_counts);
    layout->addLayout(tools);

    // The display filter has a row of its own above the table, as Wireshark's filter toolbar
    // above its packet list: it is the main way to narrow a table, the text search above is
    // the quick one.
    m_displayFilter = new DisplayFilterEdit(this);
    layout->addWidget(m_displayFilter);

    // ---- table over detail
    m_proxy = new EventFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    // Always there, hidden until wanted (the header menu, or setting a time reference): as
    // Wireshark's column types they need no configuration, and a hidden column costs nothing
    // because its cells are computed only when painted.
    m_proxy->setTimeColumnsEnabled(true);
    // Custom columns come and go; the text filter can look at them too. The proxy's signals,
    // not the model's: the proxy has moved its filter column by then.
    connect(m_proxy, &QAbstractItemModel::columnsInserted, this, &EventTableView::fillColumnSelector);
    connect(m_proxy, &QAbstractItemModel::columnsRemoved, this, &EventTableView::fillColumnSelector);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_table = new EventTable(m_splitter);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    m_table->setColumnHidden(m_proxy->deltaDisplayedColumn(), true);
    m_table->setColumnHidden(m_proxy->sinceReferenceColumn(), true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setItemDelegate(new CellTextDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: a fixed section size means the view never asks 100k rows for their
    // size hints (as Wireshark's packet list does).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(m_table->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *detail = new QWidget(m_splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailHeader = new QLabel(detail);
    m_detailHeader->setObjectName(QStringLiteral("detailHeader"));
    m_detailHeader->setTextFormat(Qt::PlainText);
    m_detailHeader->setWordWrap(true);
    m_detailHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailTools = new QHBoxLayout;
    detailTools->addWidget(m_detailHeader, 1);
    m_pretty = new QToolButton(detail);
    m_pretty->setObjectName(QStringLiteral("prettyButton"));
    m_pretty->setCheckable(true);
    m_pretty->setText(tr("Indent", "pretty-print JSON"));
    m_pretty->setToolTip(tr("Show the payload indented instead of exactly as it arrived"));
    detailTools->addWidget(m_pretty);
    detailLayout->addLayout(detailTools);
    auto *detailSplitter = new QSplitter(Qt::Horizontal, detail);
    m_detailModel = new JsonTreeModel(this);
    m_detailTree = new QTreeView(detailSplitter);
    m_detailTree->setObjectName(QStringLiteral("detailTree"));
    m_detailTree->setModel(m_detailModel);
    m_detailTree->setUniformRowHeights(true);
    m_detailTree->setAlternatingRowColors(true);
    m_detailTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_detailTree->header()->setStretchLastSection(false);
    m_detailTree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::ResizeToContents);
    m_detailTree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_detailTree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_raw = new QPlainTextEdit(detailSplitter);
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setPlaceholderText(tr("Raw payload of the selected event"));
    detailSplitter->setStretchFactor(0, 3);
    detailSplitter->setStretchFactor(1, 2);
    detailLayout->addWidget(detailSplitter, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The table is what is watched; the detail pane gets a third until the user drags.
    m_splitter->setSizes({640, 320});
    detailSplitter->setSizes({480, 320});
    layout->addWidget(m_splitter, 1);

    // ---- behaviour
    auto *copy = new QAction(tr("Copy as JSON"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copy);
    connect(copy, &QAction::triggered, this, &EventTableView::copySelectionAsJson);
    m_timeReference = new QAction(tr("Set Time Reference"), this);
    m_timeReference->setObjectName(QStringLiteral("timeReference"));
    m_timeReference->setCheckable(true);
    m_timeReference->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T)); // Wireshark's
    m_timeReference->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_timeReference);
    connect(m_timeReference, &QAction::triggered, this, &EventTableView::toggleTimeReference);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this, copy](const QPoint &position) {
        QMenu menu(this);
        updateTimeReferenceAction();
        menu.addAction(m_timeReference);
        menu.addSeparator();
        menu.addAction(copy);
        menu.addAction(tr("Copy Cell"), this, [this] {
            const QModelIndex index = m_table->currentIndex();
            if (index.isValid())
                QApplication::clipboard()->setText(index.data(EventTableModel::FullTextRole).toString());
        });
        menu.addSeparator();
        menu.addAction(tr("Clear Table"), m_model, &EventTableModel::clear);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });

    connect(m_pause, &QToolButton::toggled, model, &EventTableModel::setPaused);
    connect(m_pretty, &QToolButton::toggled, this, &EventTableView::updateDetail);

    // Header menu: back to arrival order (sorting is otherwise one-way), and column visibility.
    QHeaderView *columnHeader = m_table->horizontalHeader();
    columnHeader->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columnHeader, &QHeaderView::customContextMenuRequested, this, [this, columnHeader](const QPoint &position) {
        QMenu *menu = createHeaderMenu(columnHeader->logicalIndexAt(position), this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(columnHeader->viewport()->mapToGlobal(position));
    });
    connect(model, &EventTableModel::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume", "event table") : tr("Pause", "event table"));
        m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
        updateCounters();
    });
    m_pause->setChecked(model->isPaused());
    m_follower = new FollowScroller(m_table, this);
    // Sorted newest-first by receive time, the newest rows are at the top.
    m_follower->setNewestOnTop([this] {
        const QHeaderView *header = m_table->horizontalHeader();
        return header->sortIndicatorSection() == EventTableModel::ReceivedColumn
            && header->sortIndicatorOrder() == Qt::DescendingOrder;
    });
    connect(m_follow, &QToolButton::toggled, m_follower, &FollowScroller::setFollowing);
    connect(m_follower, &FollowScroller::followingChanged, this, [this](bool following) {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(following);
        Q_EMIT followingChanged(following);
    });

    // Typing is debounced: re-filtering 100k rows on every keystroke would stall the GUI.
    auto *filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(150);
    connect(filterDelay, &QTimer::timeout, this, &EventTableView::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(m_regex, &QToolButton::toggled, this, &EventTableView::applyFilter);
    connect(m_column, &QComboBox::currentIndexChanged, this, &EventTableView::applyFilter);

    // A batch reaches this view as at most two row changes (the oldest rows out, the new ones
    // in) or one layout change (EventFilterProxyModel). Following happens at once, so the table
    // scrolls before it paints instead of painting, scrolling and painting again, and then asks
    // for the repaint of what changed, where it now is (EventTable::flushRowChanges()); the row
    // counters wait for the end of the event-loop pass. The model's droppedCountChanged comes
    // after a batch that let rows go: the table then takes a shrink of the row count at once
    // rather than on the next pass (EventTable::syncRowCount()).
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &EventTableView::updateCounters);
    const auto refresh = [this] {
        m_follower->follow();
        m_table->flushRowChanges();
        if (!m_refresh.isActive())
            m_refresh.start();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refresh);
    connect(model, &EventTableModel::droppedCountChanged, this, [this, refresh] {
        m_table->syncRowCount();
        refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventTableView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventTableView::updateTimeReferenceAction);
    connect(m_proxy, &EventFilterProxyModel::timeReferenceChanged, this, &EventTableView::updateTimeReferenceAction);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_follower, &FollowScroller::follow);

    setUpDisplayFilter();
    updateCounters();
    updateDetail();
}

EventTableView::EventTableView(EventTableModel *model, MonitorSettings *settings, QWidget *parent)
    : EventTableView(model, parent)
{
    setSettings(settings);
}

EventTableView::~EventTableView() = default;

void EventTableView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EventTableView::applyFilter()
{
    m_proxy->setPatternSyntax(m_regex->isChecked() ? EventFilterProxyModel::PatternSyntax::RegularExpression
                                                   : EventFilterProxyModel::PatternSyntax::PlainText);
    m_proxy->setColumn(m_column->currentData().toInt());
    m_proxy->setPattern(m_filter->text());
    const QString error = m_proxy->patternError();
    // Mark the field instead of showing an empty table for a pattern that cannot match.
    QPalette palette = m_filter->palette();
    palette.setColor(QPalette::Text,
                     error.isEmpty() ? QApplication::palette(m_filter).color(QPalette::Text)
                                     : QColor(0xd7, 0x3a, 0x49));
    m_filter->setPalette(palette);
    m_filter->setToolTip(error.isEmpty() ? QString() : tr("Invalid regular expression: %1").arg(error));
    updateCounters();
    m_follower->follow();
}

bool EventTableView::isFollowing() const
{
    return m_follower->isFollowing();
}

QMenu *EventTableView::createHeaderMenu(int section, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("headerMenu"));
    QAction *original = menu->addAction(tr("Arrival Order"), this, [this] {
        m_table->sortByColumn(-1, Qt::AscendingOrder);
        m_follower->follow();
    });
    original->setEnabled(m_table->horizontalHeader()->sortIndicatorSection() >= 0);
    if (m_model->isCustomColumn(section)) {
        // The menu may outlive other removals: the column is found again by its expression.
        const QString expression = m_model->headerData(section, Qt::Horizontal).toString();
        QAction *remove = menu->addAction(tr("Remove Column"), this, [this, expression] {
            const int at = int(m_model->customColumns().indexOf(expression));
            if (at >= 0)
                m_model->removeCustomColumn(m_model->firstCustomColumn() + at);
        });
        remove->setObjectName(QStringLiteral("removeColumn"));
    }
    menu->addSeparator();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *toggle = menu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_table->isColumnHidden(column));
        connect(toggle, &QAction::toggled, m_table,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    return menu;
}

void EventTableView::fillColumnSelector()
{
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    m_column->addItem(tr("All columns"), EventFilterProxyModel::AllColumns);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_column->addItem(m_model->headerData(column, Qt::Horizontal).toString(), column);
    // The proxy has already moved its column past the change (or to all columns).
    m_column->setCurrentIndex(std::max(0, m_column->findData(m_proxy ? m_proxy->column() : -1)));
}

void EventTableView::toggleTimeReference()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_proxy->toggleTimeReference(current.row());
    // A reference is set to read times against it: show them.
    if (m_proxy->hasTimeReference())
        m_table->setColumnHidden(m_proxy->sinceReferenceColumn(), false);
    updateTimeReferenceAction();
}

void EventTableView::updateTimeReferenceAction()
{
    const QModelIndex current = m_table->currentIndex();
    const bool isReference = current.isValid() && m_proxy->hasTimeReference()
        && current.data(EventTableModel::RowSerialRole).toULongLong() == m_proxy->timeReferenceSerial();
    m_timeReference->setEnabled(current.isValid());
    m_timeReference->setChecked(isReference);
}

void EventTableView::setFollowing(bool follow)
{
    m_follower->setFollowing(follow);
}

void EventTableView::updateCounters()
{
    const QLocale locale;
    QString text;
    const int shown = m_proxy->rowCount();
    const int kept = m_model->rowCount();
    if (shown == kept)
        text = tr("%1 rows").arg(locale.toString(kept));
    else
        text = tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(kept));
    const quint64 dropped = m_model->droppedCount();
    if (dropped > 0)
        text += QStringLiteral(" · ") + tr("%1 let go").arg(locale.toString(dropped));
    if (m_model->isPaused())
        text += QStringLiteral(" · ") + tr("paused");
    m_counts->setText(text);
    m_counts->setToolTip(tr("Rows are let go when the table is full (%1 rows, see Settings) or paused: %2 "
                            "evicted, %3 while paused")
                             .arg(locale.toString(m_model->capacity()), locale.toString(m_model->evictedCount()),
                                  locale.toString(m_model->pausedDropCount())));
}

void EventTableView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    if (row < 0) {
        m_detailModel->clear();
        m_raw->clear();
        m_detailHeader->setText(tr("Select a row to see the whole event."));
        return;
    }
    const QJsonDocument document = m_model->jsonAt(row);
    const QStringList unknown = m_model->unknownFields(row);
    m_detailModel->setUnknownFields(unknown);
    m_detailModel->setDocument(document);
    m_detailTree->expandToDepth(0);
    const QByteArray payload = m_model->rawPayload(row);
    // Exact bytes by default: what the server sent is what an integrator needs to see.
    if (m_pretty->isChecked() && !document.isNull())
        m_raw->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    else
        m_raw->setPlainText(QString::fromUtf8(payload));

    const qint64 receivedMs = m_model->receivedAtUs(row) / 1000;
    QString header = tr("Received %1").arg(QDateTime::fromMSecsSinceEpoch(receivedMs).toString(Qt::ISODateWithMs));
    const QString parseError = current.data(EventTableModel::ParseErrorRole).toString();
    if (!parseError.isEmpty())
        header += QStringLiteral(" · ") + tr("not a JSON object: %1").arg(parseError);
    if (!unknown.isEmpty())
        header += QStringLiteral(" · ") + tr("fields not in the schema: %1").arg(unknown.join(QStringLiteral(", ")));
    m_detailHeader->setText(header);
}

QList<int> EventTableView::visibleSourceRows() const
{
    QList<int> rows;
    const int count = m_proxy->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(m_proxy->sourceRow(row));
    return rows;
}

QList<int> EventTableView::selectedSourceRows() const
{
    QList<int> proxyRows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const auto &index : selected)
        proxyRows.append(index.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    QList<int> rows;
    rows.reserve(proxyRows.size());
    for (int proxyRow : std::as_const(proxyRows))
        rows.append(m_proxy->sourceRow(proxyRow));
    return rows;
}

void EventTableView::copySelectionAsJson()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(m_model->rowsAsJson(rows)));
}

} // namespace shuriken
