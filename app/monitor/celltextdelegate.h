#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace shuriken {

/// Paints a table cell of one line of plain text as QStyledItemDelegate does, but lays its text
/// out once: the elided, shaped text of a cell is kept (by text and width) and drawn again on the
/// next repaint. A followed table repaints every visible cell for each update as its rows move
/// up, and shaping each cell's text again was most of that repaint (issue 17's profile:
/// QTextEngine::shapeText, itemize, initCharAttributes). Cells with an icon, a check box or
/// wrapped text go to QStyledItemDelegate.
class CellTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellTextDelegate)

public:
    explicit CellTextDelegate(QObject *parent = nullptr);
    ~CellTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Texts laid out since construction, and how many of them came from the cache.
    quint64 layouts() const { return m_layouts; }
    quint64 reuses() const { return m_reuses; }

private:
    const QStaticText &laidOut(const QStyleOptionViewItem &option, const QString &text, int width) const;

    // Enough for the visible cells of a few tables on a large screen, with room for the rows
    // scrolling in; a few hundred bytes each.
    static constexpr int CachedTexts = 8192;
    mutable QCache<QString, QStaticText> m_texts {CachedTexts};
    mutable QFont m_font; // what the cached texts were laid out with
    mutable quint64 m_layouts = 0;
    mutable quint64 m_reuses = 0;
};

} // namespace shuriken
