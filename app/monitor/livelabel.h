#pragma once

#include <QString>
#include <QWidget>

namespace shuriken {

/// A one-line text that changes all the time (row counts, rates): setText() repaints the label
/// and nothing else.
///
/// Why not QLabel: QLabel::setText() always asks its layout to be redone. The layout then asks
/// its parent's, and so up the window; a QTabWidget on the way (the event tabs) answers a layout
/// request by repainting itself and everything in it. A row counter updated on every batch made
/// the whole tab (tool row, table, detail pane, tab bar) repaint ten times a second at 20
/// events/s (bench_steady --paints). This label asks for a new layout only when its text no
/// longer fits the width it asked for, which grows and shrinks in steps of a few characters.
class LiveLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveLabel)
    Q_PROPERTY(QString text READ text WRITE setText)

public:
    explicit LiveLabel(QWidget *parent = nullptr);
    ~LiveLabel() override;

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The width setText() asks for: the text's width rounded up to a step of a few characters.
    int stepWidth(const QString &text) const;

    QString m_text;
    int m_hintWidth = 0;
};

} // namespace shuriken
