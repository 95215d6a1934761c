// Which rows the pattern lets through: the pattern itself, matching a row, and matching the
// rows of a new pattern in slices over event-loop passes.

#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace shuriken {

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

void EventFilterProxyModel::rebindDisplayFilter()
{
    const auto *events = qobject_cast<const EventTableModel *>(sourceModel());
    m_displayBinding = events && m_displayFilter.isValid() ? m_displayFilter.bind(events->schema()) : FilterBinding();
}

bool EventFilterProxyModel::acceptsDisplayFilter(int sourceRow) const
{
    // The source is checked per row rather than kept: a row costs a filter evaluation anyway,
    // and nothing can go stale when the source changes.
    const auto *events = qobject_cast<const EventTableModel *>(sourceModel());
    return events && m_displayFilter.matches(events->filterContext(sourceRow, &m_displayBinding));
}

bool EventFilterProxyModel::accepts(int sourceRow) const
{
    // The display filter first: it reads typed cells, where the pattern formats text.
    if (m_displayFilter.isValid() && !acceptsDisplayFilter(sourceRow))
        return false;
    if (!usesPattern())
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

void EventFilterProxyModel::insertAccepted(const std::vector<quint64> &serials, bool notify)
{
    // Older than every row matched so far but for the few matched early: usually one block at
    // the top, else one block per gap between early rows.
    size_t first = 0;
    while (first < serials.size()) {
        const auto at = std::lower_bound(m_accepted.begin(), m_accepted.end(), serials[first]);
        const quint64 bound = at == m_accepted.end() ? NoSerial : *at;
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

} // namespace shuriken
