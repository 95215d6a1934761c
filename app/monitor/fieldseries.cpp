#include "fieldseries.h"

#include "eventtablemodel.h"

#include <QAbstractProxyModel>

#include <algorithm>
#include <cmath>

namespace shuriken {

FieldSeries::FieldSeries(QAbstractItemModel *rows, const DisplayFilter &value, QObject *parent)
    : QObject(parent)
    , m_rows(rows)
    , m_value(value)
{
    // The rows' events, read as the table's filters read them (typed cells, metadata, seq):
    // the table's model, or the model behind its filter proxy.
    m_proxy = qobject_cast<QAbstractProxyModel *>(rows);
    m_events = qobject_cast<EventTableModel *>(m_proxy ? m_proxy->sourceModel() : rows);
    if (m_events)
        m_binding = m_value.bind(m_events->schema());
    m_notify.setSingleShot(true);
    m_notify.setInterval(0);
    connect(&m_notify, &QTimer::timeout, this, &FieldSeries::changed);
    using M = QAbstractItemModel;
    connect(rows, &M::rowsInserted, this, [this](const QModelIndex &under, int first, int last) {
        if (under.isValid())
            return;
        if (isReading()) {
            // Rows inserted before the reading position shift it; rows after it are read in turn.
            if (first < m_nextRow)
                m_nextRow += last - first + 1;
            return;
        }
        readRows(first, last);
    });
    connect(rows, &M::rowsRemoved, this, [this](const QModelIndex &under, int first, int last) {
        // Rows let go from the table stay plotted (the plot is the history); a reading position
        // after them moves back.
        if (!under.isValid() && isReading() && first < m_nextRow)
            m_nextRow = std::max(first, m_nextRow - (last - first + 1));
    });
    connect(rows, &M::modelReset, this, &FieldSeries::restart);
    connect(rows, &M::layoutChanged, this, &FieldSeries::restart);
    restart();
}

FieldSeries::~FieldSeries() = default;

void FieldSeries::restart()
{
    m_points.clear();
    m_stats = {};
    m_nextRow = 0;
    notify();
    readChunk();
}

void FieldSeries::readChunk()
{
    const QAbstractItemModel *model = m_rows.data();
    if (!model || m_nextRow < 0)
        return;
    const int rows = model->rowCount();
    const int last = std::min(rows, m_nextRow + ChunkRows) - 1;
    const int first = m_nextRow;
    m_nextRow = last + 1 >= rows ? -1 : last + 1;
    if (first <= last)
        readRows(first, last);
    if (m_nextRow >= 0)
        QMetaObject::invokeMethod(this, &FieldSeries::readChunk, Qt::QueuedConnection);
}

void FieldSeries::readRows(int first, int last)
{
    const QAbstractItemModel *model = m_rows.data();
    const EventTableModel *events = m_events.data();
    const QAbstractProxyModel *proxy = m_proxy.data();
    if (!model || !events)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex shown = model->index(row, 0);
        const int sourceRow = proxy ? proxy->mapToSource(shown).row() : row;
        const FilterRowContext context = events->filterContext(sourceRow, &m_binding);
        const std::optional<double> value = m_value.numberOf(context);
        if (value && std::isfinite(*value))
            add(context.receivedAtUs, *value);
        else
            ++m_stats.without;
    }
    notify();
}

void FieldSeries::add(qint64 timeUs, double value)
{
    if (m_stats.count == 0) {
        m_stats.minimum = value;
        m_stats.maximum = value;
    } else {
        m_stats.minimum = std::min(m_stats.minimum, value);
        m_stats.maximum = std::max(m_stats.maximum, value);
    }
    ++m_stats.count;
    m_stats.sum += value;
    // Rows come in time order while the table follows; a sorted table's come in any order.
    if (m_points.empty() || m_points.back().timeUs <= timeUs) {
        m_points.push_back({timeUs, value});
    } else {
        const auto at = std::upper_bound(m_points.begin(), m_points.end(), timeUs,
                                         [](qint64 time, const Point &point) { return time < point.timeUs; });
        m_points.insert(at, {timeUs, value});
    }
    if (qsizetype(m_points.size()) > MaxPoints)
        m_points.pop_front();
}

void FieldSeries::notify()
{
    if (!m_notify.isActive())
        m_notify.start();
}

QList<QPointF> FieldSeries::movingAverage(int window) const
{
    QList<QPointF> averaged;
    if (window < 1 || m_points.empty())
        return averaged;
    averaged.reserve(qsizetype(m_points.size()));
    double sum = 0;
    for (size_t i = 0; i < m_points.size(); ++i) {
        sum += m_points[i].value;
        if (i >= size_t(window))
            sum -= m_points[i - size_t(window)].value;
        const double count = double(std::min(i + 1, size_t(window)));
        averaged.append(QPointF(double(m_points[i].timeUs) / 1000.0, sum / count));
    }
    return averaged;
}

} // namespace shuriken
