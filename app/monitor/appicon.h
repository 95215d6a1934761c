#pragma once

#include <QIcon>
#include <QPainterPath>

namespace shuriken {

/// The application icon: resources/icons/shuriken-monitor.svg through the SVG image plug-in, or
/// the same star painted by hand where that plug-in is not installed (it is a separate package
/// on most Linux distributions), so the window never shows a blank icon.
QIcon applicationIcon();

/// The star's outline in a 64×64 box, the geometry of the SVG file (for the painted fallback).
QPainterPath shurikenStarPath();

} // namespace shuriken
