#include "messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace shuriken {

namespace {

QColor tintFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Information:
        return QColor(0x3b, 0x82, 0xd6);
    case MessageBanner::Kind::Warning:
        return QColor(0xdb, 0x8b, 0x0b);
    case MessageBanner::Kind::Error:
        return QColor(0xd7, 0x3a, 0x49);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, qreal ratio)
{
    return QColor::fromRgbF(float(a.redF() * (1 - ratio) + b.redF() * ratio),
                            float(a.greenF() * (1 - ratio) + b.greenF() * ratio),
                            float(a.blueF() * (1 - ratio) + b.blueF() * ratio));
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    layout->addWidget(m_close);
    applyPalette();
}

void MessageBanner::setKind(Kind kind)
{
    m_kind = kind;
    applyPalette();
}

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::addAction(QAction *action)
{
    auto *button = new QPushButton(action->text(), this);
    button->setToolTip(action->toolTip());
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_actions->addWidget(button);
}

void MessageBanner::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void MessageBanner::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Follow a light/dark switch of the system palette.
    if (!m_applyingPalette
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyPalette();
}

void MessageBanner::applyPalette()
{
    const QColor tint = tintFor(m_kind);
    const QPalette base = QApplication::palette(this);
    QPalette palette = base;
    // A light wash of the tint over the window colour keeps the text readable in both themes.
    palette.setColor(QPalette::Window, mix(base.color(QPalette::Window), tint, 0.18));
    palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    // Setting the palette sends a PaletteChange of its own; do not react to that one.
    m_applyingPalette = true;
    setPalette(palette);
    m_applyingPalette = false;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (m_kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int side = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(side, side));
}

} // namespace shuriken
