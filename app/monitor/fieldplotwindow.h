#pragma once

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QSpinBox;
class QValueAxis;

namespace shuriken {

class FieldSeries;

/// Plots of an event table's fields over time (issue 15): right-click a number in the detail
/// tree → Plot. Each field is a series of the rows the table shows (its current filter), live
/// while rows arrive, with its moving average and its minimum, maximum and average; several
/// fields share one chart (one value axis: plot fields of one scale together). The chart
/// exports as PNG.
class FieldPlotWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldPlotWindow)

public:
    /// Plots rows of @p rows (an event table's filter model); @p title names the table.
    FieldPlotWindow(QAbstractItemModel *rows, const QString &title, QWidget *parent = nullptr);
    ~FieldPlotWindow() override;

    /// Adds a series for @p expression (a display filter that is one value: a field path, or
    /// abs()/len() of one). False, with the reason in @p error, when it is not one; true without
    /// a new series when it is plotted already.
    bool addField(const QString &expression, QString *error = nullptr);
    int seriesCount() const { return int(m_plots.size()); }
    FieldSeries *series(int index) const;
    /// The statistics line under the chart.
    QString statsText() const;

    void setMovingAverageWindow(int points);
    /// Saves the chart as a PNG image.
    bool exportPng(const QString &path) const;

private:
    struct Plot
    {
        FieldSeries *series = nullptr;
        QLineSeries *values = nullptr;
        QLineSeries *average = nullptr;
    };

    void scheduleRedraw();
    void redraw();
    void askExport();

    QAbstractItemModel *m_rows;
    QList<Plot> m_plots;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    QLabel *m_stats = nullptr;
    QSpinBox *m_window = nullptr;
    bool m_redrawQueued = false;
};

} // namespace shuriken
