// The proxy's public face and the state both jobs below share: its mode, the mapping between
// proxy rows and row serials, rebuilding, and layout changes that keep persistent indexes on
// their events. Filtering lives in eventfilterproxymatching.cpp, the sorted order in
// eventfilterproxyorder.cpp, following the source's changes in eventfilterproxysource.cpp.

#include "eventfilterproxymodel.h"

#include <algorithm>

namespace shuriken {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_matchTimer(new QTimer(this))
{
    m_matchTimer->setSingleShot(true);
    m_matchTimer->setInterval(0);
    connect(m_matchTimer, &QTimer::timeout, this, [this] { matchSlice(true); });
}

EventFilterProxyModel::~EventFilterProxyModel() = default;

// ---- public API

void EventFilterProxyModel::setPattern(const QString &pattern)
{
    if (pattern == m_pattern)
        return;
    beginRelayout();
    m_pattern = pattern;
    rebuildPattern();
    rematch();
    endRelayout();
}

void EventFilterProxyModel::setPatternSyntax(PatternSyntax syntax)
{
    if (syntax == m_syntax)
        return;
    beginRelayout();
    m_syntax = syntax;
    rebuildPattern();
    rematch();
    endRelayout();
}

void EventFilterProxyModel::setCaseSensitivity(Qt::CaseSensitivity sensitivity)
{
    if (sensitivity == m_caseSensitivity)
        return;
    beginRelayout();
    m_caseSensitivity = sensitivity;
    rebuildPattern();
    rematch();
    endRelayout();
}

void EventFilterProxyModel::setDisplayFilter(const DisplayFilter &filter)
{
    if (filter.isValid() == m_displayFilter.isValid() && filter.text() == m_displayFilter.text())
        return;
    beginRelayout();
    m_displayFilter = filter;
    rebindDisplayFilter();
    rematch();
    endRelayout();
}

void EventFilterProxyModel::setColumn(int column)
{
    column = std::max(column, int(AllColumns));
    if (column == m_column)
        return;
    beginRelayout();
    m_column = column;
    rematch();
    endRelayout();
}

void EventFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || !sourceModel() || column >= sourceModel()->columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    beginRelayout();
    // Filtered, which rows match is known (or being found out): only the order changes.
    const bool keepMatches = isFiltering() && mode() != Mode::PassThrough;
    const std::vector<quint64> accepted = keepMatches ? acceptedSerials() : std::vector<quint64>();
    m_sortColumn = column;
    m_sortOrder = order;
    if (keepMatches)
        rebuildFrom(accepted);
    else
        rebuild();
    endRelayout();
}

int EventFilterProxyModel::sourceRow(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= rowCount())
        return -1;
    return int(serialOfProxyRow(proxyRow) - m_base);
}

int EventFilterProxyModel::proxyRow(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_sourceRows)
        return -1;
    return proxyRowOfSerial(m_base + quint64(sourceRow));
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &connection : m_sourceConnections)
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    rebindDisplayFilter();
    rebindColourings();
    if (source) {
        using M = QAbstractItemModel;
        using P = EventFilterProxyModel;
        m_sourceConnections = {
            connect(source, &M::rowsAboutToBeInserted, this, &P::sourceRowsAboutToBeInserted),
            connect(source, &M::rowsInserted, this, &P::sourceRowsInserted),
            connect(source, &M::rowsAboutToBeRemoved, this, &P::sourceRowsAboutToBeRemoved),
            connect(source, &M::rowsRemoved, this, &P::sourceRowsRemoved),
            connect(source, &M::dataChanged, this, &P::sourceDataChanged),
            connect(source, &M::headerDataChanged, this, &P::sourceHeaderDataChanged),
            // Changes a FIFO window never makes: followed by rebuilding from scratch.
            connect(source, &M::modelAboutToBeReset, this, &P::beginSourceReset),
            connect(source, &M::modelReset, this, &P::endSourceReset),
            connect(source, &M::layoutAboutToBeChanged, this, &P::beginSourceReset),
            connect(source, &M::layoutChanged, this, &P::endSourceReset),
            connect(source, &M::rowsAboutToBeMoved, this, &P::beginSourceReset),
            connect(source, &M::rowsMoved, this, &P::endSourceReset),
            // Columns map one to one (custom columns come and go): forwarded, so a filtered
            // table is not matched again and views keep their column widths.
            connect(source, &M::columnsAboutToBeInserted, this, &P::sourceColumnsAboutToBeInserted),
            connect(source, &M::columnsInserted, this, &P::sourceColumnsInserted),
            connect(source, &M::columnsAboutToBeRemoved, this, &P::sourceColumnsAboutToBeRemoved),
            connect(source, &M::columnsRemoved, this, &P::sourceColumnsRemoved),
            connect(source, &M::columnsAboutToBeMoved, this, &P::beginSourceReset),
            connect(source, &M::columnsMoved, this, &P::endSourceReset),
            connect(source, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_sourceConnections.clear();
                        m_sourceRows = 0;
                        m_accepted.clear();
                        m_order.clear();
                        m_keys.clear();
                        endResetModel();
                    }),
        };
    }
    m_base = 0;
    m_pending = Pending::None;
    m_resetting = false;
    if (m_sortColumn >= 0 && (!source || m_sortColumn >= source->columnCount()))
        m_sortColumn = -1;
    rebuild();
    endResetModel();
}

QModelIndex EventFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxyModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

QModelIndex EventFilterProxyModel::sibling(int row, int column, const QModelIndex &index) const
{
    Q_UNUSED(index);
    return this->index(row, column);
}

int EventFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (mode()) {
    case Mode::PassThrough:
        return m_sourceRows;
    case Mode::Filtered:
        return int(m_accepted.size());
    case Mode::Sorted:
        return int(m_order.size());
    }
    return 0;
}

int EventFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !sourceModel())
        return 0;
    return sourceModel()->columnCount() + (m_timeColumns ? 2 : 0);
}

bool EventFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant EventFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && isTimeColumn(index.column()))
        return timeData(index, role);
    // An invalid index is answered here, not passed on for the source to warn about.
    const QModelIndex source = mapToSource(index);
    if (!source.isValid())
        return {};
    if ((role == Qt::ForegroundRole || role == Qt::BackgroundRole) && !m_colourings.isEmpty())
        return colouringData(source, role);
    return source.data(role);
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Horizontal && isTimeColumn(section)) {
        if (role == Qt::DisplayRole)
            return section == deltaDisplayedColumn() ? tr("Δ displayed") : tr("Since reference");
        if (role == Qt::ToolTipRole)
            return section == deltaDisplayedColumn() ? tr("Seconds since the row shown above")
                                                     : tr("Seconds since the time reference row (Ctrl+T)");
        return {};
    }
    if (orientation == Qt::Horizontal)
        return sourceModel()->headerData(section, orientation, role);
    const int row = sourceRow(section);
    return row >= 0 ? sourceModel()->headerData(row, orientation, role) : QVariant();
}

QModelIndex EventFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    Q_ASSERT(proxyIndex.model() == this);
    const int row = sourceRow(proxyIndex.row());
    // A time column is the row's: its source is the row's first column.
    const int column = isTimeColumn(proxyIndex.column()) ? 0 : proxyIndex.column();
    return row >= 0 ? sourceModel()->index(row, column) : QModelIndex();
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

// ---- mode and mapping

EventFilterProxyModel::Mode EventFilterProxyModel::mode() const
{
    if (m_sortColumn >= 0)
        return Mode::Sorted;
    return isFiltering() ? Mode::Filtered : Mode::PassThrough;
}

quint64 EventFilterProxyModel::serialOfProxyRow(int row) const
{
    switch (mode()) {
    case Mode::PassThrough:
        break;
    case Mode::Filtered:
        return m_accepted[size_t(row)];
    case Mode::Sorted:
        return m_order[size_t(row)];
    }
    return m_base + quint64(row);
}

int EventFilterProxyModel::proxyRowOfSerial(quint64 serial) const
{
    if (serial < m_base || serial >= m_base + quint64(m_sourceRows))
        return -1;
    switch (mode()) {
    case Mode::PassThrough:
        break;
    case Mode::Filtered: {
        const auto at = std::lower_bound(m_accepted.begin(), m_accepted.end(), serial);
        return at != m_accepted.end() && *at == serial ? int(at - m_accepted.begin()) : -1;
    }
    case Mode::Sorted: {
        if ((keyOf(serial).flags & SortKey::Accepted) == 0)
            return -1;
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), serial,
                                         [this](quint64 a, quint64 b) { return sortsBefore(a, b); });
        return at != m_order.end() && *at == serial ? int(at - m_order.begin()) : -1;
    }
    }
    return int(serial - m_base);
}

// ---- rebuilding and layout changes

void EventFilterProxyModel::rebuild()
{
    stopMatching();
    m_accepted.clear();
    m_order.clear();
    m_keys.clear();
    const QAbstractItemModel *source = sourceModel();
    m_sourceRows = source ? source->rowCount() : 0;
    switch (mode()) {
    case Mode::PassThrough:
        break;
    case Mode::Filtered:
        for (int row = 0; row < m_sourceRows; ++row) {
            if (accepts(row))
                m_accepted.push_back(m_base + quint64(row));
        }
        break;
    case Mode::Sorted:
        m_keys.resize(size_t(m_sourceRows));
        m_order.reserve(size_t(m_sourceRows));
        for (int row = 0; row < m_sourceRows; ++row) {
            if (accepts(row)) {
                m_keys[size_t(row)] = makeKey(row);
                m_order.push_back(m_base + quint64(row));
            }
        }
        std::sort(m_order.begin(), m_order.end(), [this](quint64 a, quint64 b) { return sortsBefore(a, b); });
        break;
    }
}

std::vector<quint64> EventFilterProxyModel::acceptedSerials() const
{
    switch (mode()) {
    case Mode::PassThrough:
        break;
    case Mode::Filtered:
        return {m_accepted.begin(), m_accepted.end()};
    case Mode::Sorted: {
        std::vector<quint64> serials = m_order;
        std::sort(serials.begin(), serials.end());
        return serials;
    }
    }
    std::vector<quint64> serials(static_cast<size_t>(m_sourceRows));
    for (size_t i = 0; i < serials.size(); ++i)
        serials[i] = m_base + i;
    return serials;
}

void EventFilterProxyModel::rebuildFrom(const std::vector<quint64> &accepted)
{
    m_accepted.clear();
    m_order.clear();
    m_keys.clear();
    switch (mode()) {
    case Mode::PassThrough:
        break;
    case Mode::Filtered:
        m_accepted.assign(accepted.begin(), accepted.end());
        break;
    case Mode::Sorted:
        m_keys.resize(size_t(m_sourceRows));
        for (const quint64 serial : accepted)
            m_keys[size_t(serial - m_base)] = makeKey(int(serial - m_base));
        m_order = accepted;
        std::sort(m_order.begin(), m_order.end(), [this](quint64 a, quint64 b) { return sortsBefore(a, b); });
        break;
    }
}

void EventFilterProxyModel::beginRelayout()
{
    // Only rows change here, never columns, and the hint says so: a table's horizontal header
    // then leaves its sections alone instead of re-applying its stretched last section, which
    // resizes a column and paints the whole table a second time per batch (bench_gui_batchcost,
    // sorted by price: one paint per batch with the hint, two without).
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutIndexes = persistentIndexList();
    m_layoutSerials.clear();
    m_layoutSerials.reserve(size_t(m_layoutIndexes.size()));
    const int rows = rowCount();
    for (const QModelIndex &index : std::as_const(m_layoutIndexes)) {
        const int row = index.row();
        m_layoutSerials.push_back(row >= 0 && row < rows ? serialOfProxyRow(row) : NoSerial);
    }
}

void EventFilterProxyModel::endRelayout()
{
    QModelIndexList moved;
    moved.reserve(m_layoutIndexes.size());
    for (qsizetype i = 0; i < m_layoutIndexes.size(); ++i) {
        const quint64 serial = m_layoutSerials[size_t(i)];
        const int row = serial == NoSerial ? -1 : proxyRowOfSerial(serial);
        moved.append(row >= 0 ? index(row, m_layoutIndexes.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_layoutIndexes, moved);
    m_layoutIndexes.clear();
    m_layoutSerials.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace shuriken
