#pragma once

#include "streamclient.h"
#include "subscription.h"

#include <QColor>
#include <QWidget>

namespace shuriken {

/// Colours for connection states and subscription statuses, chosen to read on both light and
/// dark palettes (mid-saturation, mid-lightness), and never the only cue: a text goes with them.
QColor stateColor(StreamClient::State state);
QColor subscriptionStatusColor(Subscription::Status status);

/// A small filled circle in one colour: the at-a-glance half of a state indicator.
class StatusDot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDot)

public:
    explicit StatusDot(QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_color;
};

/// Paints a dot into a pixmap, for item views (decoration role).
QPixmap statusDotPixmap(const QColor &color, int size, qreal devicePixelRatio = 1.0);

} // namespace shuriken
