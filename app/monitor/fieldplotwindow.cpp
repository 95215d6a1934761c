#include "fieldplotwindow.h"

#include "displayfilter.h"
#include "fieldseries.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace shuriken {

namespace {
constexpr int DefaultAverageWindow = 20;
} // namespace

FieldPlotWindow::FieldPlotWindow(QAbstractItemModel *rows, const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_rows(rows)
{
    setObjectName(QStringLiteral("fieldPlotWindow"));
    setWindowTitle(tr("Plot: %1").arg(title));
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto *layout = new QVBoxLayout(this);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_time = new QDateTimeAxis(m_chart);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTitleText(tr("Received"));
    m_values = new QValueAxis(m_chart);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this); // owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(480, 280);
    layout->addWidget(m_view, 1);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("plotStats"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);

    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Moving average over"), this));
    m_window = new QSpinBox(this);
    m_window->setRange(1, 1000);
    m_window->setValue(DefaultAverageWindow);
    m_window->setSuffix(tr(" points"));
    m_window->setToolTip(tr("The dashed line of each field is the average of this many points up to each point"));
    tools->addWidget(m_window);
    tools->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    exportButton->setObjectName(QStringLiteral("exportPlotButton"));
    tools->addWidget(exportButton);
    layout->addLayout(tools);

    connect(m_window, &QSpinBox::valueChanged, this, &FieldPlotWindow::scheduleRedraw);
    connect(exportButton, &QPushButton::clicked, this, &FieldPlotWindow::askExport);
    resize(720, 440);
}

FieldPlotWindow::~FieldPlotWindow() = default;

bool FieldPlotWindow::addField(const QString &expression, QString *error)
{
    FilterError parseError;
    const DisplayFilter value = DisplayFilter::parse(expression, &parseError);
    if (!value.isValid()) {
        if (error)
            *error = parseError.message;
        return false;
    }
    if (!value.isValue()) {
        if (error)
            *error = tr("%1 is a condition, not a value to plot").arg(expression);
        return false;
    }
    for (const Plot &plot : std::as_const(m_plots)) {
        if (plot.series->expression() == value.text())
            return true;
    }
    Plot plot;
    plot.series = new FieldSeries(m_rows, value, this);
    plot.values = new QLineSeries(m_chart);
    plot.values->setName(value.text());
    plot.average = new QLineSeries(m_chart);
    plot.average->setName(tr("%1 (moving average)").arg(value.text()));
    for (QLineSeries *line : {plot.values, plot.average}) {
        m_chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_values);
    }
    QPen dashed = plot.average->pen();
    dashed.setColor(plot.values->pen().color().darker(140));
    dashed.setStyle(Qt::DashLine);
    plot.average->setPen(dashed);
    connect(plot.series, &FieldSeries::changed, this, &FieldPlotWindow::scheduleRedraw);
    m_plots.append(plot);
    redraw();
    return true;
}

FieldSeries *FieldPlotWindow::series(int index) const
{
    return index >= 0 && index < m_plots.size() ? m_plots.at(index).series : nullptr;
}

QString FieldPlotWindow::statsText() const
{
    return m_stats->text();
}

void FieldPlotWindow::setMovingAverageWindow(int points)
{
    m_window->setValue(points);
    redraw();
}

void FieldPlotWindow::scheduleRedraw()
{
    // Rows arrive in batches; the chart is redrawn once per event-loop pass at most.
    if (m_redrawQueued)
        return;
    m_redrawQueued = true;
    QMetaObject::invokeMethod(this, &FieldPlotWindow::redraw, Qt::QueuedConnection);
}

void FieldPlotWindow::redraw()
{
    m_redrawQueued = false;
    const QLocale locale;
    QStringList lines;
    double low = 0;
    double high = 0;
    qint64 first = 0;
    qint64 last = 0;
    bool any = false;
    for (const Plot &plot : std::as_const(m_plots)) {
        const auto &points = plot.series->points();
        QList<QPointF> values;
        values.reserve(qsizetype(points.size()));
        for (const FieldSeries::Point &point : points) {
            values.append(QPointF(double(point.timeUs) / 1000.0, point.value));
            low = any ? std::min(low, point.value) : point.value;
            high = any ? std::max(high, point.value) : point.value;
            first = any ? std::min(first, point.timeUs) : point.timeUs;
            last = any ? std::max(last, point.timeUs) : point.timeUs;
            any = true;
        }
        plot.values->replace(values);
        plot.average->replace(plot.series->movingAverage(m_window->value()));
        const FieldSeries::Stats stats = plot.series->stats();
        QString line
            = tr("%1: %2 values · minimum %3 · maximum %4 · average %5")
                  .arg(plot.series->expression(), locale.toString(stats.count), locale.toString(stats.minimum, 'g', 10),
                       locale.toString(stats.maximum, 'g', 10), locale.toString(stats.average(), 'g', 10));
        if (stats.without > 0)
            line += QStringLiteral(" · ") + tr("%1 rows without a number").arg(locale.toString(stats.without));
        if (plot.series->isReading())
            line += QStringLiteral(" · ") + tr("reading the table…");
        lines.append(line);
    }
    m_stats->setText(lines.join(u'\n'));
    if (!any)
        return;
    if (high == low) {
        const double pad = std::max(1.0, std::abs(high) * 0.05);
        low -= pad;
        high += pad;
    } else {
        const double pad = (high - low) * 0.05;
        low -= pad;
        high += pad;
    }
    m_values->setRange(low, high);
    if (last == first)
        last = first + 1000000;
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(first / 1000), QDateTime::fromMSecsSinceEpoch(last / 1000));
}

bool FieldPlotWindow::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

void FieldPlotWindow::askExport()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export Plot"), QStringLiteral("plot.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        QMessageBox::warning(this, tr("Export Plot"), tr("Could not write %1.").arg(path));
}

} // namespace shuriken
