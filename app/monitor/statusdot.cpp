#include "statusdot.h"

#include <QPainter>
#include <QPixmap>

namespace shuriken {

QColor stateColor(StreamClient::State state)
{
    switch (state) {
    case StreamClient::State::Disconnected:
        return QColor(0x8c, 0x95, 0x9f); // neutral grey
    case StreamClient::State::Connecting:
        return QColor(0x3b, 0x82, 0xd6); // blue: work in progress
    case StreamClient::State::Connected:
        return QColor(0x2d, 0xa4, 0x4e); // green
    case StreamClient::State::Reconnecting:
        return QColor(0xdb, 0x8b, 0x0b); // amber: trouble, being handled
    case StreamClient::State::Failed:
        return QColor(0xd7, 0x3a, 0x49); // red: needs the user
    }
    return {};
}

QColor subscriptionStatusColor(Subscription::Status status)
{
    switch (status) {
    case Subscription::Status::Pending:
        return QColor(0x8c, 0x95, 0x9f);
    case Subscription::Status::Authorizing:
    case Subscription::Status::Subscribing:
        return QColor(0x3b, 0x82, 0xd6);
    case Subscription::Status::Subscribed:
        return QColor(0x2d, 0xa4, 0x4e);
    case Subscription::Status::Error:
        return QColor(0xd7, 0x3a, 0x49);
    case Subscription::Status::Unsubscribed:
        return QColor(0x8c, 0x95, 0x9f);
    }
    return {};
}

StatusDot::StatusDot(QWidget *parent)
    : QWidget(parent)
    , m_color(stateColor(StreamClient::State::Disconnected))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusDot::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
}

QSize StatusDot::sizeHint() const
{
    const int side = fontMetrics().height() * 3 / 4;
    return {side, side};
}

void StatusDot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(width(), height()) - 2.0;
    const QRectF circle((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    painter.setPen(QPen(m_color.darker(140), 1.0));
    painter.setBrush(m_color);
    painter.drawEllipse(circle);
}

QPixmap statusDotPixmap(const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1.0));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3.0, size - 3.0));
    return pixmap;
}

} // namespace shuriken
