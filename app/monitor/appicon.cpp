#include "appicon.h"

#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace shuriken {

namespace {

const QString iconResource = QStringLiteral(":/shuriken/icons/shuriken-monitor.svg");

QPointF polar(double radius, double degrees)
{
    const double radians = degrees * std::numbers::pi / 180.0;
    return {32.0 + radius * std::cos(radians), 32.0 + radius * std::sin(radians)};
}

QPixmap paintedIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);
    QLinearGradient steel(0, 0, 64, 64);
    steel.setColorAt(0.0, QColor(0xb8, 0xc7, 0xdc));
    steel.setColorAt(0.55, QColor(0x6a, 0x7f, 0x9e));
    steel.setColorAt(1.0, QColor(0x34, 0x43, 0x5a));
    painter.setPen(QPen(QColor(0x1c, 0x25, 0x33), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(steel);
    painter.drawPath(shurikenStarPath());
    painter.setPen(QPen(QColor(0xe4, 0x57, 0x2e), 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(32, 32), 9, 9);
    return pixmap;
}

} // namespace

QPainterPath shurikenStarPath()
{
    // Same numbers as the SVG: tips at radius 30 every 90° from -80°, edges bent towards a
    // control point at radius 6, 65° past each tip; a hole of radius 5.
    constexpr double tipRadius = 30.0;
    constexpr double controlRadius = 6.0;
    constexpr double firstTip = -80.0;
    constexpr double controlOffset = 65.0;
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.moveTo(polar(tipRadius, firstTip));
    for (int blade = 0; blade < 4; ++blade) {
        const double tip = firstTip + 90.0 * blade;
        path.quadTo(polar(controlRadius, tip + controlOffset), polar(tipRadius, tip + 90.0));
    }
    path.closeSubpath();
    path.addEllipse(QPointF(32, 32), 5, 5);
    return path;
}

QIcon applicationIcon()
{
    if (QImageReader::supportedImageFormats().contains(QByteArrayLiteral("svg"))) {
        QIcon icon(iconResource);
        if (!icon.isNull())
            return icon;
    }
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintedIcon(size));
    return icon;
}

} // namespace shuriken
