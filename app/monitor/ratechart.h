#pragma once

#include <QWidget>

#include <deque>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace shuriken {

/// A small line plot of one rate over the last minute (events/s), newest on the right. The
/// caller appends one point per tick; older points fall off the left edge.
class RateChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateChart)

public:
    static constexpr qint64 WindowMs = 60000;

    explicit RateChart(const QString &title, QWidget *parent = nullptr);
    ~RateChart() override;

    /// Adds the rate measured at `timeMs` (any monotonic ms clock) and redraws.
    void addPoint(qint64 timeMs, double ratePerSecond);
    void clear();
    int pointCount() const { return int(m_points.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void applyPalette();

    struct Point
    {
        qint64 timeMs;
        double rate;
    };
    std::deque<Point> m_points;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLineSeries *m_series = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace shuriken
