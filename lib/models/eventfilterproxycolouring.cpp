// Row colours: the first colouring whose display filter matches a row gives its foreground and
// background, worked out when the row is painted and remembered by row serial.

#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"

namespace shuriken {

namespace {

// A few screens of rows; past it the memory is dropped whole and rebuilt as rows are painted.
constexpr qsizetype MaxRememberedColourings = 16384;

} // namespace

void EventFilterProxyModel::setRowColourings(const QList<RowColouring> &colourings)
{
    m_colourings = colourings;
    rebindColourings();
    forgetColourings();
    // Only the painted rows ask again: a whole-range change repaints the viewport once.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

void EventFilterProxyModel::rebindColourings()
{
    m_colouringBindings.clear();
    const auto *events = qobject_cast<const EventTableModel *>(sourceModel());
    for (const RowColouring &colouring : std::as_const(m_colourings))
        m_colouringBindings.push_back(events && colouring.filter.isValid() ? colouring.filter.bind(events->schema())
                                                                           : FilterBinding());
    forgetColourings();
}

void EventFilterProxyModel::forgetColourings()
{
    m_colouringOfSerial.clear();
}

int EventFilterProxyModel::colouringOfSourceRow(int sourceRow) const
{
    const auto *events = qobject_cast<const EventTableModel *>(sourceModel());
    if (!events || m_colourings.isEmpty() || sourceRow < 0 || sourceRow >= events->rowCount())
        return -1;
    const quint64 serial = events->rowSerial(sourceRow);
    const auto known = m_colouringOfSerial.constFind(serial);
    if (known != m_colouringOfSerial.cend())
        return known.value();
    int found = -1;
    for (qsizetype i = 0; i < m_colourings.size() && found < 0; ++i) {
        const DisplayFilter &filter = m_colourings.at(i).filter;
        if (filter.isValid() && filter.matches(events->filterContext(sourceRow, &m_colouringBindings.at(size_t(i)))))
            found = int(i);
    }
    if (m_colouringOfSerial.size() >= MaxRememberedColourings)
        m_colouringOfSerial.clear();
    m_colouringOfSerial.insert(serial, found);
    return found;
}

QVariant EventFilterProxyModel::colouringData(const QModelIndex &source, int role) const
{
    const int colouring = colouringOfSourceRow(source.row());
    if (colouring >= 0) {
        const RowColouring &rule = m_colourings.at(colouring);
        const QVariant &value = role == Qt::ForegroundRole ? rule.foreground : rule.background;
        if (value.isValid())
            return value;
    }
    return source.data(role);
}

} // namespace shuriken
