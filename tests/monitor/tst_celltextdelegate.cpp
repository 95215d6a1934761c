// CellTextDelegate: a cell's text is laid out once and drawn again from the cache; it is drawn
// where QStyledItemDelegate draws it (the same pixels), and cells it does not handle (with an
// icon) still paint as before.

#include "celltextdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace shuriken;

namespace {

QImage render(QTableView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    view.viewport()->render(&painter);
    return image;
}

QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(4, 3, parent);
    const QStringList words = {QStringLiteral("buy"), QStringLiteral("155.940"),
                               QStringLiteral("5Xm3CM1AQWenzv26372u3qx3gTwarZh4Tvwv4xnsMFhSq1YDb8rjNLFC")};
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 3; ++column) {
            auto *item = new QStandardItem(words.at(column));
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            model->setItem(row, column, item);
        }
    }
    return model;
}

void setUpView(QTableView &view, QAbstractItemModel *model)
{
    view.setModel(model);
    view.setTextElideMode(Qt::ElideMiddle);
    view.setWordWrap(false);
    view.resize(420, 160);
    view.horizontalHeader()->resizeSection(2, 120); // the long text is elided
    view.selectRow(1);
}

} // namespace

class TestCellTextDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsLaidOutOnce();
    void drawsWhatTheStyledDelegateDraws();
};

void TestCellTextDelegate::textIsLaidOutOnce()
{
    QTableView view;
    auto *delegate = new CellTextDelegate(&view);
    view.setItemDelegate(delegate);
    setUpView(view, makeModel(&view));
    render(view);
    // Three texts in three widths: each laid out once, whatever the number of rows.
    QCOMPARE(delegate->layouts(), quint64(3));
    QCOMPARE(delegate->reuses(), quint64(9));
    render(view);
    QCOMPARE(delegate->layouts(), quint64(3));
    QCOMPARE(delegate->reuses(), quint64(21));
    // Another width is another layout.
    view.horizontalHeader()->resizeSection(2, 200);
    render(view);
    QCOMPARE(delegate->layouts(), quint64(4));
}

void TestCellTextDelegate::drawsWhatTheStyledDelegateDraws()
{
    QTableView cached;
    cached.setItemDelegate(new CellTextDelegate(&cached));
    setUpView(cached, makeModel(&cached));
    QTableView styled;
    setUpView(styled, makeModel(&styled));
    const QImage a = render(cached);
    const QImage b = render(styled);
    QCOMPARE(a.size(), b.size());
    if (qEnvironmentVariableIsSet("CELLTEXT_DUMP")) {
        a.save(QStringLiteral("/tmp/cached.png"));
        b.save(QStringLiteral("/tmp/styled.png"));
    }
    // Glyph positions may differ by a subpixel where the two round differently; the text, its
    // alignment, elision and colours must not.
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                ++differing;
        }
    }
    QVERIFY2(differing <= a.width() * a.height() / 100, qPrintable(QString::number(differing)));
}

QTEST_MAIN(TestCellTextDelegate)
#include "tst_celltextdelegate.moc"
