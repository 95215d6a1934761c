#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace shuriken {

namespace {

constexpr quint64 SignBit = quint64(1) << 63;
constexpr quint64 AllBits = std::numeric_limits<quint64>::max();

/// The bits of @p value, changed so that they order as unsigned integers the way the doubles
/// order (NaN after +infinity).
quint64 orderedBits(double value)
{
    if (std::isnan(value))
        return AllBits;
    if (value == 0)
        value = 0; // -0 and +0 are equal
    const auto bits = std::bit_cast<quint64>(value);
    return (bits & SignBit) != 0 ? ~bits : bits | SignBit;
}

quint64 orderedBits(qint64 value)
{
    return quint64(value) ^ SignBit;
}

} // namespace

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
            connect(source, &M::columnsAboutToBeInserted, this, &P::beginSourceReset),
            connect(source, &M::columnsInserted, this, &P::endSourceReset),
            connect(source, &M::columnsAboutToBeRemoved, this, &P::beginSourceReset),
            connect(source, &M::columnsRemoved, this, &P::endSourceReset),
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
    return sourceModel()->columnCount();
}

bool EventFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant EventFilterProxyModel::data(const QModelIndex &index, int role) const
{
    // An invalid index is answered here, not passed on for the source to warn about.
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? source.data(role) : QVariant();
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
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
    return row >= 0 ? sourceModel()->index(row, proxyIndex.column()) : QModelIndex();
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

// ---- filtering and sort keys

EventFilterProxyModel::Mode EventFilterProxyModel::mode() const
{
    if (m_sortColumn >= 0)
        return Mode::Sorted;
    return isFiltering() ? Mode::Filtered : Mode::PassThrough;
}

void EventFilterProxyModel::rebuildPattern()
{
    m_patternError.clear();
    m_regex = QRegularExpression();
    if (m_syntax == PatternSyntax::RegularExpression && !m_pattern.isEmpty()) {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        if (m_caseSensitivity == Qt::CaseInsensitive)
            options |= QRegularExpression::CaseInsensitiveOption;
        m_regex = QRegularExpression(m_pattern, options);
        if (!m_regex.isValid())
            m_patternError = tr("%1 (at position %2)").arg(m_regex.errorString()).arg(m_regex.patternErrorOffset());
        else
            m_regex.optimize();
    }
}

bool EventFilterProxyModel::matches(const QString &text) const
{
    if (m_syntax == PatternSyntax::RegularExpression)
        return m_regex.match(text).hasMatch();
    return text.contains(m_pattern, m_caseSensitivity);
}

bool EventFilterProxyModel::accepts(int sourceRow) const
{
    if (!isFiltering())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const int columns = source->columnCount();
    const int first = m_column == AllColumns ? 0 : m_column;
    const int last = m_column == AllColumns ? columns - 1 : std::min(m_column, columns - 1);
    for (int column = first; column <= last; ++column) {
        const QModelIndex index = source->index(sourceRow, column);
        QVariant value = index.data(EventTableModel::FullTextRole);
        if (!value.isValid())
            value = index.data(Qt::DisplayRole);
        if (matches(value.toString()))
            return true;
    }
    return false;
}

EventFilterProxyModel::SortKey EventFilterProxyModel::makeKey(int sourceRow) const
{
    SortKey key;
    key.flags = SortKey::Accepted;
    const QVariant value = sourceModel()->index(sourceRow, m_sortColumn).data(EventTableModel::SortRole);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        key.flags |= SortKey::Missing;
        break;
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Short:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong: {
        const qint64 integer = value.toLongLong();
        key.high = orderedBits(double(integer));
        key.low = orderedBits(integer);
        break;
    }
    case QMetaType::UChar:
    case QMetaType::UShort:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const quint64 integer = value.toULongLong();
        key.high = orderedBits(double(integer));
        // Above 2^63 the exact tie-break saturates: such values a double cannot tell apart stay
        // in arrival order.
        key.low = integer > quint64(std::numeric_limits<qint64>::max()) ? AllBits : orderedBits(qint64(integer));
        break;
    }
    case QMetaType::Float:
    case QMetaType::Double: {
        const double number = value.toDouble();
        key.high = orderedBits(number);
        if (std::isnan(number) || number >= 9.2e18)
            key.low = AllBits;
        else if (number <= -9.2e18)
            key.low = 0;
        else
            key.low = orderedBits(qint64(number));
        break;
    }
    default: {
        const QString text = value.toString();
        key.flags |= SortKey::Text;
        const qsizetype prefix = std::min<qsizetype>(text.size(), 8);
        for (qsizetype i = 0; i < prefix; ++i) {
            const quint64 unit = text.at(i).unicode();
            (i < 4 ? key.high : key.low) |= unit << (48 - 16 * (i % 4));
        }
        if (text.size() > 8) {
            key.flags |= SortKey::LongText;
            key.tail = quint64(qHash(text, 0)) >> 8;
        }
        break;
    }
    }
    return key;
}

int EventFilterProxyModel::compareAscending(quint64 a, quint64 b) const
{
    const SortKey &x = keyOf(a);
    const SortKey &y = keyOf(b);
    if (((x.flags ^ y.flags) & SortKey::Text) != 0)
        return (x.flags & SortKey::Text) != 0 ? 1 : -1; // numbers before text
    if (x.high != y.high)
        return x.high < y.high ? -1 : 1;
    if (x.low != y.low)
        return x.low < y.low ? -1 : 1;
    if ((x.flags & SortKey::Text) == 0)
        return 0;
    const bool xLong = (x.flags & SortKey::LongText) != 0;
    const bool yLong = (y.flags & SortKey::LongText) != 0;
    if (xLong != yLong)
        return xLong ? 1 : -1; // the same first eight units: the shorter text first
    // Equal hashes of the whole text are taken as equal text (a 56-bit hash: a wrong answer is
    // one chance in 7e16 per comparison), which keeps a column of one repeated long value (a
    // token address) from comparing every pair in full.
    if (!xLong || x.tail == y.tail)
        return 0;
    const QAbstractItemModel *source = sourceModel();
    const QString left = source->index(int(a - m_base), m_sortColumn).data(EventTableModel::SortRole).toString();
    const QString right = source->index(int(b - m_base), m_sortColumn).data(EventTableModel::SortRole).toString();
    const int order = left.compare(right, Qt::CaseSensitive);
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

bool EventFilterProxyModel::sortsBefore(quint64 a, quint64 b) const
{
    const bool aMissing = (keyOf(a).flags & SortKey::Missing) != 0;
    const bool bMissing = (keyOf(b).flags & SortKey::Missing) != 0;
    if (aMissing != bMissing)
        return bMissing; // missing values last, in either order
    int order = aMissing ? 0 : compareAscending(a, b);
    if (order == 0)
        order = a < b ? -1 : (a > b ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

// ---- mapping

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

void EventFilterProxyModel::forgetUnmatched()
{
    // Rows let go before they were matched need no matching any more.
    if (m_unmatchedEnd > m_base)
        m_matchedEarly.erase(m_matchedEarly.begin(),
                             std::lower_bound(m_matchedEarly.begin(), m_matchedEarly.end(), m_base));
    else if (m_unmatchedEnd != m_base || !m_matchedEarly.empty() || m_matchTimer->isActive())
        finishMatching();
}

void EventFilterProxyModel::finishMatching()
{
    const bool wasMatching = m_matchTimer->isActive();
    stopMatching();
    if (wasMatching)
        Q_EMIT matchingFinished();
}

void EventFilterProxyModel::stopMatching()
{
    m_unmatchedEnd = m_base;
    m_matchedEarly.clear();
    m_matchTimer->stop();
}

void EventFilterProxyModel::rematch()
{
    if (!isFiltering() || !sourceModel()) {
        rebuild();
        return;
    }
    stopMatching();
    m_accepted.clear();
    m_order.clear();
    m_keys.clear();
    m_sourceRows = sourceModel()->rowCount();
    if (mode() == Mode::Sorted)
        m_keys.resize(size_t(m_sourceRows));
    m_unmatchedEnd = m_base + quint64(m_sourceRows);
    // The rows the view holds on to first, so a selected row that matches stays selected.
    std::vector<quint64> early;
    for (const quint64 serial : m_layoutSerials) {
        if (serial >= m_base && serial < m_unmatchedEnd)
            early.push_back(serial);
    }
    std::sort(early.begin(), early.end());
    early.erase(std::unique(early.begin(), early.end()), early.end());
    std::vector<quint64> accepted;
    for (const quint64 serial : early) {
        if (accepts(int(serial - m_base)))
            accepted.push_back(serial);
    }
    rebuildFrom(accepted);
    m_matchedEarly = std::move(early);
    matchSlice(false);
}

void EventFilterProxyModel::matchSlice(bool notify)
{
    if (!isMatching() || !isFiltering() || mode() == Mode::PassThrough) {
        stopMatching();
        return;
    }
    // Slices sized by time, because a row costs about 7 us to match in all columns (mostly
    // formatting the full text of the time columns): a full 1M-row window matched in one pass
    // would freeze the table for seconds. With 8 ms of matching, a pass with its repaint stays
    // under 22 ms (bench_gui_batchcost, a filter typed into a full 1M-row window of swaps). The
    // clock is read every 256 rows, so tables of up to 1,024 rows are matched in one go.
    constexpr qint64 budgetNs = 8'000'000;
    QElapsedTimer clock;
    clock.start();
    std::vector<quint64> found;
    quint64 serial = m_unmatchedEnd;
    int matched = 0;
    while (serial > m_base) {
        --serial;
        if (std::binary_search(m_matchedEarly.begin(), m_matchedEarly.end(), serial))
            continue;
        if (accepts(int(serial - m_base)))
            found.push_back(serial);
        ++matched;
        if (m_matchSliceRows > 0 ? matched >= m_matchSliceRows
                                 : matched >= 1024 && matched % 256 == 0 && clock.nsecsElapsed() >= budgetNs)
            break;
    }
    m_unmatchedEnd = serial;
    m_matchedEarly.erase(std::lower_bound(m_matchedEarly.begin(), m_matchedEarly.end(), serial), m_matchedEarly.end());
    std::reverse(found.begin(), found.end());
    if (!found.empty()) {
        if (mode() == Mode::Filtered) {
            insertAccepted(found, notify);
        } else {
            for (const quint64 row : found)
                m_keys[size_t(row - m_base)] = makeKey(int(row - m_base));
            if (notify)
                beginRelayout();
            insertSorted(found);
            if (notify)
                endRelayout();
        }
    }
    if (isMatching()) {
        m_matchTimer->start();
    } else {
        stopMatching();
        if (notify)
            Q_EMIT matchingFinished();
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

void EventFilterProxyModel::insertAccepted(const std::vector<quint64> &serials, bool notify)
{
    // Older than every row matched so far but for the few matched early: usually one block at
    // the top, else one block per gap between early rows.
    size_t first = 0;
    while (first < serials.size()) {
        const auto at = std::lower_bound(m_accepted.begin(), m_accepted.end(), serials[first]);
        const quint64 bound = at == m_accepted.end() ? AllBits : *at;
        size_t last = first + 1;
        while (last < serials.size() && serials[last] < bound)
            ++last;
        const int row = int(at - m_accepted.begin());
        if (notify)
            beginInsertRows({}, row, row + int(last - first) - 1);
        m_accepted.insert(at, serials.begin() + std::ptrdiff_t(first), serials.begin() + std::ptrdiff_t(last));
        if (notify)
            endInsertRows();
        first = last;
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
        m_layoutSerials.push_back(row >= 0 && row < rows ? serialOfProxyRow(row) : AllBits);
    }
}

void EventFilterProxyModel::endRelayout()
{
    QModelIndexList moved;
    moved.reserve(m_layoutIndexes.size());
    for (qsizetype i = 0; i < m_layoutIndexes.size(); ++i) {
        const quint64 serial = m_layoutSerials[size_t(i)];
        const int row = serial == AllBits ? -1 : proxyRowOfSerial(serial);
        moved.append(row >= 0 ? index(row, m_layoutIndexes.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_layoutIndexes, moved);
    m_layoutIndexes.clear();
    m_layoutSerials.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventFilterProxyModel::insertSorted(std::vector<quint64> serials)
{
    const auto before = [this](quint64 a, quint64 b) {
        return sortsBefore(a, b);
    };
    std::sort(serials.begin(), serials.end(), before);
    // Where each new row goes among the old ones (non-decreasing, as the new rows are sorted),
    // then one pass from the back moves every old row at most once, without a second buffer.
    const size_t oldSize = m_order.size();
    std::vector<size_t> at(serials.size());
    size_t from = 0;
    for (size_t i = 0; i < serials.size(); ++i) {
        from = size_t(std::lower_bound(m_order.begin() + std::ptrdiff_t(from), m_order.end(), serials[i], before)
                      - m_order.begin());
        at[i] = from;
    }
    m_order.resize(oldSize + serials.size());
    size_t end = oldSize;
    for (size_t i = serials.size(); i-- > 0;) {
        std::move_backward(m_order.begin() + std::ptrdiff_t(at[i]), m_order.begin() + std::ptrdiff_t(end),
                           m_order.begin() + std::ptrdiff_t(end + i + 1));
        m_order[at[i] + i] = serials[i];
        end = at[i];
    }
}

void EventFilterProxyModel::findEvicted(quint64 firstKept)
{
    // The rows let go are scattered through the sorted order. A batch's worth: find each by
    // binary search, so removing them moves each kept row once; many more: one sweep by serial.
    m_evicted.clear();
    const quint64 count = firstKept - m_base;
    m_sweepEvicted = count >= m_order.size() / 8;
    if (m_sweepEvicted)
        return;
    const auto before = [this](quint64 a, quint64 b) {
        return sortsBefore(a, b);
    };
    for (quint64 serial = m_base; serial < firstKept; ++serial) {
        if ((keyOf(serial).flags & SortKey::Accepted) != 0)
            m_evicted.push_back(
                size_t(std::lower_bound(m_order.begin(), m_order.end(), serial, before) - m_order.begin()));
    }
    std::sort(m_evicted.begin(), m_evicted.end());
}

void EventFilterProxyModel::removeEvicted(quint64 firstKept)
{
    if (m_sweepEvicted) {
        m_order.erase(
            std::remove_if(m_order.begin(), m_order.end(), [firstKept](quint64 serial) { return serial < firstKept; }),
            m_order.end());
    } else if (!m_evicted.empty()) {
        const auto at = [this](size_t position) {
            return m_order.begin() + std::ptrdiff_t(position);
        };
        auto write = at(m_evicted.front());
        for (size_t i = 0; i < m_evicted.size(); ++i) {
            const size_t next = i + 1 < m_evicted.size() ? m_evicted[i + 1] : m_order.size();
            write = std::move(at(m_evicted[i] + 1), at(next), write);
        }
        m_order.erase(write, m_order.end());
    }
    m_evicted.clear();
    m_keys.erase(m_keys.begin(), m_keys.begin() + std::ptrdiff_t(firstKept - m_base));
}

// ---- following the source

void EventFilterProxyModel::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    if (first != m_sourceRows) {
        // Not an append: this proxy does not follow that row by row.
        m_pending = Pending::Reset;
        beginResetModel();
        return;
    }
    if (mode() == Mode::PassThrough) {
        m_pending = Pending::PassThrough;
        beginInsertRows({}, first, last);
        return;
    }
    // Filtered and sorted: which rows show, and where, is known once they exist.
    m_pending = Pending::None;
}

void EventFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    const Pending pending = std::exchange(m_pending, Pending::None);
    const int count = last - first + 1;
    if (pending == Pending::Reset) {
        m_base = 0;
        rebuild();
        endResetModel();
        return;
    }
    m_sourceRows += count;
    switch (mode()) {
    case Mode::PassThrough:
        if (pending == Pending::PassThrough)
            endInsertRows();
        break;
    case Mode::Filtered: {
        const qsizetype before = qsizetype(m_accepted.size());
        std::vector<quint64> accepted;
        for (int row = first; row <= last; ++row) {
            if (accepts(row))
                accepted.push_back(m_base + quint64(row));
        }
        if (accepted.empty())
            break;
        beginInsertRows({}, int(before), int(before + qsizetype(accepted.size()) - 1));
        m_accepted.insert(m_accepted.end(), accepted.begin(), accepted.end());
        endInsertRows();
        break;
    }
    case Mode::Sorted: {
        m_keys.resize(m_keys.size() + size_t(count));
        std::vector<quint64> accepted;
        for (int row = first; row <= last; ++row) {
            if (accepts(row)) {
                m_keys[size_t(row)] = makeKey(row);
                accepted.push_back(m_base + quint64(row));
            }
        }
        if (accepted.empty())
            break;
        beginRelayout();
        insertSorted(std::move(accepted));
        endRelayout();
        break;
    }
    }
}

void EventFilterProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    if (first != 0) {
        // Not the oldest rows: this proxy does not follow that row by row.
        m_pending = Pending::Reset;
        beginResetModel();
        return;
    }
    const quint64 firstKept = m_base + quint64(last) + 1;
    switch (mode()) {
    case Mode::PassThrough:
        m_pending = Pending::PassThrough;
        beginRemoveRows({}, first, last);
        return;
    case Mode::Filtered: {
        const auto end = std::lower_bound(m_accepted.begin(), m_accepted.end(), firstKept);
        m_pendingCount = int(end - m_accepted.begin());
        if (m_pendingCount == 0) {
            m_pending = Pending::Skip;
            return;
        }
        m_pending = Pending::Removal;
        beginRemoveRows({}, 0, m_pendingCount - 1);
        return;
    }
    case Mode::Sorted:
        for (int row = first; row <= last; ++row) {
            if ((m_keys[size_t(row)].flags & SortKey::Accepted) != 0) {
                m_pending = Pending::Relayout;
                beginRelayout();
                findEvicted(firstKept);
                return;
            }
        }
        m_pending = Pending::Skip;
        return;
    }
}

void EventFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (m_resetting || parent.isValid())
        return;
    const Pending pending = std::exchange(m_pending, Pending::None);
    const int count = last - first + 1;
    if (pending == Pending::Reset) {
        m_base = 0;
        rebuild();
        endResetModel();
        return;
    }
    const quint64 firstKept = m_base + quint64(count);
    switch (pending) {
    case Pending::PassThrough:
        m_sourceRows -= count;
        m_base = firstKept;
        endRemoveRows();
        return;
    case Pending::Removal:
        m_accepted.erase(m_accepted.begin(), m_accepted.begin() + m_pendingCount);
        m_sourceRows -= count;
        m_base = firstKept;
        forgetUnmatched();
        endRemoveRows();
        return;
    case Pending::Relayout:
        removeEvicted(firstKept);
        m_sourceRows -= count;
        m_base = firstKept;
        forgetUnmatched();
        endRelayout();
        return;
    case Pending::Skip:
    case Pending::None:
    case Pending::Reset:
        break;
    }
    if (mode() == Mode::Sorted)
        m_keys.erase(m_keys.begin(), m_keys.begin() + count);
    m_sourceRows -= count;
    m_base = firstKept;
    forgetUnmatched();
}

void EventFilterProxyModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                              const QList<int> &roles)
{
    if (m_resetting || !topLeft.isValid() || !bottomRight.isValid())
        return;
    if (mode() == Mode::PassThrough) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()),
                           roles);
        return;
    }
    // Changed values may change which rows match and where they sort. EventTableModel never
    // changes a row once added; a source that does pays a rebuild.
    relayout();
}

void EventFilterProxyModel::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        Q_EMIT headerDataChanged(orientation, first, last);
    } else if (rowCount() > 0) {
        Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
    }
}

void EventFilterProxyModel::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void EventFilterProxyModel::endSourceReset()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    m_base = 0;
    if (m_sortColumn >= 0 && m_sortColumn >= columnCount())
        m_sortColumn = -1;
    rebuild();
    endResetModel();
}

void EventFilterProxyModel::relayout()
{
    beginRelayout();
    rebuild();
    endRelayout();
}

} // namespace shuriken
