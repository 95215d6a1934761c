#include "livelabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace shuriken {

namespace {
/// The width step, in widths of '0': small enough that the label does not look padded, large
/// enough that a growing counter asks for a new layout once in many updates.
constexpr int StepDigits = 4;
} // namespace

LiveLabel::LiveLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // Opaque: a new text then repaints this label alone, not every widget behind it.
    setAutoFillBackground(true);
}

LiveLabel::~LiveLabel() = default;

int LiveLabel::stepWidth(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const int step = StepDigits * fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int width = fontMetrics().horizontalAdvance(text);
    return (width + step - 1) / step * step;
}

void LiveLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    const int width = stepWidth(text);
    if (width != m_hintWidth) {
        m_hintWidth = width;
        updateGeometry();
    }
    update();
}

QSize LiveLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {m_hintWidth + margins.left() + margins.right(), fontMetrics().height() + margins.top() + margins.bottom()};
}

QSize LiveLabel::minimumSizeHint() const
{
    return sizeHint();
}

void LiveLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(m_text, Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(Qt::AlignLeft | Qt::AlignVCenter) | int(Qt::TextSingleLine), palette(),
                          isEnabled(), shown, foregroundRole());
}

void LiveLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_hintWidth = stepWidth(m_text);
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace shuriken
