#pragma once

#include "displayfilter.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTimer>

#include <deque>

class QAbstractItemModel;
class QAbstractProxyModel;

namespace shuriken {

class EventTableModel;

/// One plotted value of an event table's rows over time: a display filter that is one value
/// (`priceUsd`, `abs(delta)`, DisplayFilter::numberOf()) read from every row the table shows,
/// which is every row matching its current filter. Rows appended later are read as they come
/// (following, live); a new filter or sort reads the rows again, in chunks, so a table of a
/// million rows is read without stalling the GUI. Rows without such a value are counted, not
/// plotted.
///
/// The points kept are the newest MaxPoints by receive time; the statistics cover every value
/// read since the last full read.
class FieldSeries final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldSeries)

public:
    struct Point
    {
        qint64 timeUs = 0;
        double value = 0;
    };
    struct Stats
    {
        qint64 count = 0;
        /// Rows read that had no number at the expression.
        qint64 without = 0;
        double minimum = 0;
        double maximum = 0;
        double sum = 0;
        double average() const { return count > 0 ? sum / double(count) : 0; }
    };

    static constexpr qsizetype MaxPoints = 20000;
    /// Rows read per event-loop pass while reading the whole table again.
    static constexpr int ChunkRows = 20000;

    /// Reads @p value (a valid value filter) from the rows of @p rows: an EventTableModel, or a
    /// proxy (the table's filter) over one. Rows of any other model have no value.
    FieldSeries(QAbstractItemModel *rows, const DisplayFilter &value, QObject *parent = nullptr);
    ~FieldSeries() override;

    QString expression() const { return m_value.text(); }
    const std::deque<Point> &points() const { return m_points; }
    Stats stats() const { return m_stats; }
    /// Reading the table's rows again is under way.
    bool isReading() const { return m_nextRow >= 0; }
    /// The moving average of the points over @p window points (x: ms since the epoch).
    QList<QPointF> movingAverage(int window) const;

Q_SIGNALS:
    /// Points were added, or the series started again (coalesced: once per event-loop pass).
    void changed();

private:
    void restart();
    void readChunk();
    void readRows(int first, int last);
    void add(qint64 timeUs, double value);
    void notify();

    QPointer<QAbstractItemModel> m_rows;
    QPointer<QAbstractProxyModel> m_proxy;
    QPointer<EventTableModel> m_events;
    DisplayFilter m_value;
    FilterBinding m_binding;
    std::deque<Point> m_points;
    Stats m_stats;
    int m_nextRow = -1;
    QTimer m_notify;
};

} // namespace shuriken
