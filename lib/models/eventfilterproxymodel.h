#pragma once

#include "displayfilter.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QTimer>

#include <deque>
#include <limits>
#include <vector>

namespace shuriken {

/// Filters and sorts an EventTableModel (a window of the newest events, oldest first) by plain
/// text or a regular expression, in every column or one, and by a display filter
/// (docs/display-filters.md): a row is shown when it matches both that are set. Matching uses
/// EventTableModel::FullTextRole (full addresses, exact decimals) and falls back to the display
/// text for other source models; sorting uses EventTableModel::SortRole. An empty or invalid
/// pattern accepts every row (patternError() says what is wrong, so the view can mark the field
/// instead of showing an empty table).
///
/// Made for a firehose: the source is expected to append rows at the end and let the oldest go
/// from the front (any other change is handled too, by rebuilding). Rows are known by their
/// arrival serial, so the bookkeeping of a batch grows with the batch, not with the window:
///   - no filter, no sort: rows pass through one to one, nothing is stored;
///   - filtered: the accepted serials in arrival order; letting rows go pops them from the front;
///   - sorted: the accepted serials in sorted order and a 24-byte sort key per row; new rows
///     find their place by binary search, and one pass moves the 8-byte serials after them. A
///     batch is one layout change, in which selection and current row follow their events.
/// Not a QSortFilterProxyModel because its cost per batch grows with the window: it visits
/// every row for each batch and places new sorted rows one at a time. bench_gui_batchcost,
/// 800-event batches into a full 100k-row window sorted by price: 2.1 ms of thread CPU per
/// batch here, 200 ms with QSortFilterProxyModel.
///
/// Sort order: missing values last in either direction; equal values by arrival, and descending
/// is the exact reverse of ascending, so "received, descending" is newest first. Text compares by
/// UTF-16 code unit, case-sensitive (QSortFilterProxyModel's default).
class EventFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxyModel)

public:
    enum class PatternSyntax
    {
        PlainText,
        RegularExpression,
    };
    Q_ENUM(PatternSyntax)

    static constexpr int AllColumns = -1;

    /// Colours the rows a display filter matches (Wireshark's colouring rules): the proxy
    /// answers Qt::ForegroundRole and Qt::BackgroundRole of such a row with these values, which
    /// the view makes (QColor or QBrush: this library never links Gui). An invalid value leaves
    /// that role to the source.
    struct RowColouring
    {
        DisplayFilter filter;
        QVariant foreground;
        QVariant background;
    };

    explicit EventFilterProxyModel(QObject *parent = nullptr);
    ~EventFilterProxyModel() override;

    QString pattern() const { return m_pattern; }
    PatternSyntax patternSyntax() const { return m_syntax; }
    Qt::CaseSensitivity caseSensitivity() const { return m_caseSensitivity; }
    /// A source column, or AllColumns.
    int column() const { return m_column; }
    /// Empty when the pattern is usable.
    QString patternError() const { return m_patternError; }
    /// True while a usable pattern or a valid display filter hides rows that do not match.
    bool isFiltering() const { return usesPattern() || m_displayFilter.isValid(); }
    /// The display filter rows must match; an invalid one (the default) hides nothing.
    const DisplayFilter &displayFilter() const { return m_displayFilter; }
    /// The column rows are sorted by, or -1 for arrival order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// True while a new pattern is still being matched against the older rows. A filter change
    /// matches the rows the view holds on to (selection, current row) and the newest rows at
    /// once, then the older ones newest first in slices of about 8 ms per event-loop pass, so
    /// typing a filter into a million-row table does not freeze it: matches appear as they are
    /// found. Rows that arrive meanwhile are matched as they come.
    bool isMatching() const { return m_unmatchedEnd > m_base; }
    /// The first of the colourings whose filter matches @p sourceRow, or -1. Evaluated when a
    /// row is painted, not when it arrives, and remembered by row serial, so a window of a
    /// million rows costs only the rows on screen.
    int colouringOfSourceRow(int sourceRow) const;
    const QList<RowColouring> &rowColourings() const { return m_colourings; }
    /// Rows matched per slice; 0 (the default) sizes slices by time. For tests.
    void setMatchSliceRows(int rows) { m_matchSliceRows = std::max(0, rows); }

    /// Time columns (Wireshark's): two columns after the source's, computed from the rows as this
    /// proxy shows them, so they follow its filter and order. "Δ displayed": the receive time
    /// since the row shown above (0 for the first row); "Since reference": since the time
    /// reference row (setTimeReference()), negative before it, empty without one. Each cell reads
    /// two receive times when asked for: nothing is kept per row, so a million-row table costs
    /// nothing until a cell is painted. Seconds with microseconds ("0.001234"); SortRole is µs.
    /// Off by default (the columns do not exist); other roles of these columns are the row's
    /// (the source's column 0).
    void setTimeColumnsEnabled(bool enabled);
    bool timeColumnsEnabled() const { return m_timeColumns; }
    /// The time columns, or -1 while they are off.
    int deltaDisplayedColumn() const;
    int sinceReferenceColumn() const;
    /// Makes the row at @p proxyRow the time reference; a row already the reference clears it
    /// (Wireshark's Ctrl+T toggles).
    void toggleTimeReference(int proxyRow);
    void clearTimeReference();
    bool hasTimeReference() const { return m_referenceSerial != NoSerial; }
    /// RowSerialRole of the reference row; it stays the reference after the row is let go.
    quint64 timeReferenceSerial() const { return m_referenceSerial; }
    /// Seconds with microseconds, as the time columns show @p us.
    static QString formatSeconds(qint64 us);

    /// The source row shown at @p proxyRow (no QModelIndex made: for walking many rows).
    int sourceRow(int proxyRow) const;
    /// The proxy row showing @p sourceRow, or -1 when the filter hides it.
    int proxyRow(int sourceRow) const;

    void setSourceModel(QAbstractItemModel *source) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Sorts by @p column (a source column) or, with -1, restores arrival order. Rows that arrive
    /// later are placed in this order as they come.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// Matching a new pattern that went on over event-loop passes finished (isMatching() is
    /// now false): not emitted when a small table was matched at once.
    void matchingFinished();
    /// The time reference was set or cleared.
    void timeReferenceChanged(bool hasReference);

public Q_SLOTS:
    void setPattern(const QString &pattern);
    void setPatternSyntax(shuriken::EventFilterProxyModel::PatternSyntax syntax);
    void setCaseSensitivity(Qt::CaseSensitivity sensitivity);
    void setColumn(int column);
    /// Shows only the rows @p filter matches (an invalid filter: no display filter). Matched
    /// like a new pattern: at once for the rows in view, then in slices (isMatching()). Rows of
    /// an EventTableModel are matched with their typed cells (DisplayFilter::bind()); rows of
    /// any other source match no display filter.
    void setDisplayFilter(const shuriken::DisplayFilter &filter);
    /// Colours rows with the first of @p colourings that matches; invalid filters never match.
    void setRowColourings(const QList<shuriken::EventFilterProxyModel::RowColouring> &colourings);

private:
    bool usesPattern() const { return !m_pattern.isEmpty() && m_patternError.isEmpty(); }
    /// A row's sort value, compact and ordered by plain integer comparison where it can be: a
    /// number as order-preserving bits (and an integer's distance from its nearest double, which
    /// breaks the ties the double cannot), text as its first eight UTF-16 code units plus a hash
    /// of the rest. Only text that agrees in its first eight units and differs later is compared
    /// in full, from the source.
    struct SortKey
    {
        enum Flag : quint8
        {
            Accepted = 1, // the filter lets the row through (only accepted rows have a key)
            Missing = 2, // no value: sorts last
            Text = 4, // text sorts after numbers
            LongText = 8, // longer than eight code units: `tail` hashes the whole text
        };
        quint64 high = 0;
        quint64 low = 0;
        quint64 tail : 56 = 0;
        quint64 flags : 8 = 0;
    };
    static_assert(sizeof(SortKey) == 24);

    enum class Mode
    {
        PassThrough, // no filter, arrival order
        Filtered, // m_accepted
        Sorted, // m_order and m_keys
    };

    /// No row: a persistent index on no row, or no upper bound.
    static constexpr quint64 NoSerial = std::numeric_limits<quint64>::max();

    // eventfilterproxymodel.cpp: mode, mapping, rebuilding, layout changes.
    Mode mode() const;
    int proxyRowOfSerial(quint64 serial) const;
    quint64 serialOfProxyRow(int row) const;
    /// Recomputes what is shown from the source's rows, all at once (a source change this proxy
    /// does not follow row by row).
    void rebuild();
    /// The accepted serials known so far, ascending.
    std::vector<quint64> acceptedSerials() const;
    /// Shows exactly @p accepted (ascending serials) in the current mode, matching nothing.
    void rebuildFrom(const std::vector<quint64> &accepted);
    /// A change of rows shown or their order, as one layout change: persistent indexes (the
    /// view's selection and current row) follow their events by serial, or become invalid when
    /// their event is no longer shown.
    void beginRelayout();
    void endRelayout();

    // eventfilterproxymatching.cpp: the pattern and matching rows against it.
    void rebuildPattern();
    bool matches(const QString &text) const;
    bool accepts(int sourceRow) const;
    bool acceptsDisplayFilter(int sourceRow) const;
    /// The display filter's typed cells for the source's schema.
    void rebindDisplayFilter();
    /// After a pattern change: matches the rows the persistent indexes point at and the newest
    /// slice now, the rest in later slices (isMatching()).
    void rematch();
    /// Matches the next slice of older rows, newest first; @p notify: tell the views (false while
    /// a layout change is open).
    void matchSlice(bool notify);
    /// Filtered: inserts newly matched @p serials (ascending) where they belong.
    void insertAccepted(const std::vector<quint64> &serials, bool notify);
    /// After rows were let go from the front: no matching for them; finished if none is left.
    void forgetUnmatched();
    void finishMatching();
    void stopMatching();

    // eventfilterproxycolouring.cpp: row colours.
    QVariant colouringData(const QModelIndex &source, int role) const;
    void rebindColourings();
    /// The rows' remembered colourings no longer hold (new rules, or a source whose serials
    /// started again).
    void forgetColourings();

    // eventfilterproxytime.cpp: the time columns.
    int sourceColumnCount() const;
    bool isTimeColumn(int column) const { return m_timeColumns && column >= sourceColumnCount(); }
    QVariant timeData(const QModelIndex &index, int role) const;
    qint64 receivedAtUs(int sourceRow) const;

    // eventfilterproxyorder.cpp: sort keys and the sorted order of accepted rows.
    SortKey makeKey(int sourceRow) const;
    const SortKey &keyOf(quint64 serial) const { return m_keys[size_t(serial - m_base)]; }
    /// -1, 0 or 1 as @p a sorts before, with or after @p b in ascending order, ties included.
    int compareAscending(quint64 a, quint64 b) const;
    bool sortsBefore(quint64 a, quint64 b) const;
    void insertSorted(std::vector<quint64> serials);
    /// Sorted: finds where the rows before @p firstKept sit, while the source still has them
    /// (comparing text may read it).
    void findEvicted(quint64 firstKept);
    /// Sorted: takes the rows findEvicted() found out of the order, once the source let them go.
    void removeEvicted(quint64 firstKept);

    // eventfilterproxysource.cpp: following the source's changes.
    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sourceColumnsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceColumnsInserted(const QModelIndex &parent, int first, int last);
    void sourceColumnsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    /// A removed sort column restores arrival order; a removed pattern column, all columns.
    void sourceColumnsRemoved(const QModelIndex &parent, int first, int last);
    void beginSourceReset();
    void endSourceReset();
    /// A changed row: rebuild inside one layout change.
    void relayout();

    QString m_pattern;
    PatternSyntax m_syntax = PatternSyntax::PlainText;
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseInsensitive;
    int m_column = AllColumns;
    QRegularExpression m_regex;
    QString m_patternError;
    DisplayFilter m_displayFilter;
    FilterBinding m_displayBinding;
    QList<RowColouring> m_colourings;
    std::vector<FilterBinding> m_colouringBindings;
    // Row serial -> index of its colouring or -1; bounded by forgetting all of it at once.
    mutable QHash<quint64, int> m_colouringOfSerial;
    int m_sortColumn = -1;
    bool m_timeColumns = false;
    quint64 m_referenceSerial = NoSerial;
    qint64 m_referenceUs = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    // Serial of source row 0: counts the rows let go from the front since the last rebuild.
    quint64 m_base = 0;
    int m_sourceRows = 0;
    // Filtered: accepted serials, ascending.
    std::deque<quint64> m_accepted;
    // Sorted: accepted serials in sorted order, and a key per source row (index: serial - m_base).
    std::vector<quint64> m_order;
    std::deque<SortKey> m_keys;

    // A source change in progress: what the "about to" handler decided for the "done" handler.
    enum class Pending
    {
        None,
        PassThrough, // forward the change one to one
        Removal, // Filtered: m_pendingCount accepted rows leave from the front
        Relayout, // Sorted: a layout change is open
        Reset, // a reset is open; rebuild when the source is done
        Skip, // nothing visible changes
    };
    Pending m_pending = Pending::None;
    int m_pendingCount = 0;
    // Sorted: positions in m_order of rows being let go, ascending, or all of them by sweep.
    std::vector<size_t> m_evicted;
    bool m_sweepEvicted = false;
    bool m_resetting = false;

    // Matching a new pattern: rows [m_base, m_unmatchedEnd) are not matched yet, except the
    // serials in m_matchedEarly (ascending; the rows persistent indexes pointed at).
    quint64 m_unmatchedEnd = 0;
    std::vector<quint64> m_matchedEarly;
    int m_matchSliceRows = 0;
    QTimer *m_matchTimer = nullptr;

    // Between beginRelayout() and endRelayout(): the persistent indexes and their rows' serials.
    QModelIndexList m_layoutIndexes;
    std::vector<quint64> m_layoutSerials;
    std::vector<QMetaObject::Connection> m_sourceConnections;
};

} // namespace shuriken
