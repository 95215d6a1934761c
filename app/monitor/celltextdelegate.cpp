#include "celltextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace shuriken {

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

CellTextDelegate::~CellTextDelegate() = default;

const QStaticText &CellTextDelegate::laidOut(const QStyleOptionViewItem &option, const QString &text, int width) const
{
    if (option.font != m_font) {
        m_texts.clear();
        m_font = option.font;
    }
    QString key;
    key.reserve(text.size() + 8);
    key += text;
    key += QChar(u'\x1f');
    key += QString::number(width);
    key += QChar(u'\x1f');
    key += QChar(u'0' + int(option.textElideMode));
    if (const QStaticText *cached = m_texts.object(key)) {
        ++m_reuses;
        return *cached;
    }
    ++m_layouts;
    auto *laid = new QStaticText(option.fontMetrics.elidedText(text, option.textElideMode, width));
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), option.font);
    m_texts.insert(key, laid);
    return *m_texts.object(key);
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    constexpr auto others = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator
        | QStyleOptionViewItem::WrapText;
    if ((opt.features & others) || opt.text.contains(QChar::LineSeparator) || opt.text.contains(u'\n')) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without the text.
    const QString text = std::exchange(opt.text, QString());
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // Where the style puts a text-only cell's text: the cell, less the focus frame's margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText &laid = laidOut(opt, text, textRect.width());
    // In whole pixels, as QStyle::alignedRect() places the style's own text layout.
    const QSize size = laid.size().toSize();
    const QPoint position = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, textRect).topLeft();

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    painter->drawStaticText(position, laid);
    painter->restore();
}

} // namespace shuriken
