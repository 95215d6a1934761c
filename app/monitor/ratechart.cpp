#include "ratechart.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace shuriken {

RateChart::RateChart(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rateChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_chart = new QChart;
    m_chart->setTitle(title);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // The plot is redrawn once a second; animations would only blur it.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_series = new QLineSeries(m_chart);
    m_chart->addSeries(m_series);
    m_x = new QValueAxis(m_chart);
    m_x->setRange(-double(WindowMs) / 1000.0, 0);
    m_x->setLabelFormat(QStringLiteral("%d s"));
    m_x->setTickCount(7);
    m_y = new QValueAxis(m_chart);
    m_y->setRange(0, 10);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTitleText(tr("events/s"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);

    m_view = new QChartView(m_chart, this); // takes ownership of the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);
    layout->addWidget(m_view);
    applyPalette();
}

RateChart::~RateChart() = default;

void RateChart::addPoint(qint64 timeMs, double ratePerSecond)
{
    if (!m_points.empty() && timeMs < m_points.back().timeMs)
        m_points.clear(); // a clock reset: start a new plot rather than draw backwards
    m_points.push_back({timeMs, std::isfinite(ratePerSecond) ? std::max(0.0, ratePerSecond) : 0.0});
    while (!m_points.empty() && m_points.front().timeMs < timeMs - WindowMs)
        m_points.pop_front();
    redraw();
}

void RateChart::clear()
{
    m_points.clear();
    redraw();
}

void RateChart::redraw()
{
    QList<QPointF> points;
    points.reserve(qsizetype(m_points.size()));
    double peak = 0;
    const qint64 newest = m_points.empty() ? 0 : m_points.back().timeMs;
    for (const auto &point : m_points) {
        points.append(QPointF(double(point.timeMs - newest) / 1000.0, point.rate));
        peak = std::max(peak, point.rate);
    }
    m_series->replace(points);
    // Round the scale up to 1, 2 or 5 times a power of ten so the labels stay readable.
    const double target = std::max(10.0, peak * 1.15);
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double top = magnitude;
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        top = step * magnitude;
        if (top >= target)
            break;
    }
    m_y->setRange(0, top);
}

void RateChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void RateChart::applyPalette()
{
    // Follow the widget palette (light or dark) instead of the chart's fixed theme.
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setTitleBrush(p.color(QPalette::Text));
    for (QValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setGridLineColor(p.color(QPalette::Mid));
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    QPen pen(p.color(QPalette::Highlight));
    pen.setWidthF(1.5);
    m_series->setPen(pen);
}

} // namespace shuriken
