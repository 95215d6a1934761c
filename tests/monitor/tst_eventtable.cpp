// EventTable repaints only what a row change changed: appended rows, rows let go from the front
// (a scroll of the pixels already painted), anything else in full. What is on screen (the
// window's backing store, which the offscreen platform can grab) must always be what a full
// repaint of the same rows draws; and the scroll range it works out without QTableView must be
// QTableView's.

#include "eventtable.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>
#include <QWindow>

using namespace shuriken;

namespace {

QList<QStandardItem *> makeRow(int serial)
{
    return {new QStandardItem(QStringLiteral("event %1").arg(serial)),
            new QStandardItem(QString::number(serial * 7919 % 100000)),
            new QStandardItem(serial % 2 ? QStringLiteral("buy") : QStringLiteral("sell"))};
}

void setUpTable(QTableView &table, QAbstractItemModel *model)
{
    table.setModel(model);
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 6);
    table.verticalHeader()->hide();
    table.resize(360, 240);
}

class Fixture
{
public:
    Fixture()
    {
        for (int i = 0; i < 5; ++i)
            append(1);
        setUpTable(table, &model);
        table.show();
    }

    void append(int count)
    {
        for (int i = 0; i < count; ++i)
            model.appendRow(makeRow(next++));
    }

    /// What the owner (EventTableView) does after a change: follow, then flush.
    void follow()
    {
        table.scrollToBottom();
        table.flushRowChanges();
    }

    /// The viewport as the window shows it (the backing store).
    QImage shown() const
    {
        const QPoint origin = table.viewport()->mapTo(table.window(), QPoint(0, 0));
        const QSize size = table.viewport()->size();
        return table.screen()
            ->grabWindow(table.window()->winId(), origin.x(), origin.y(), size.width(), size.height())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    }

    /// The viewport fully repainted now.
    QImage fresh() const { return table.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    QStandardItemModel model {0, 3};
    EventTable table;
    int next = 0;
};

void settle()
{
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestEventTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendedRowsWhileFollowing();
    void appendedRowsWhileReadingOlderRows();
    void rowsLetGoFromTheFront();
    void otherChangesRepaintEverything();
    void scrollRangeIsQTableViews();
    void scrollBarsKeepWorking();
};

void TestEventTable::appendedRowsWhileFollowing()
{
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.table));
    settle();
    const int fullBefore = f.table.fullRowRepaints();
    // From fewer rows than fit to many more, a few at a time, as batches come.
    for (int batch = 0; batch < 30; ++batch) {
        f.append(1 + batch % 3);
        f.follow();
        settle();
        QTRY_COMPARE(f.shown(), f.fresh());
    }
    QVERIFY(f.table.verticalScrollBar()->maximum() > 0);
    QCOMPARE(f.table.verticalScrollBar()->value(), f.table.verticalScrollBar()->maximum());
    QCOMPARE(f.table.fullRowRepaints(), fullBefore);
}

void TestEventTable::appendedRowsWhileReadingOlderRows()
{
    Fixture f;
    f.append(40);
    QVERIFY(QTest::qWaitForWindowExposed(&f.table));
    f.table.scrollToTop();
    settle();
    const int fullBefore = f.table.fullRowRepaints();
    for (int batch = 0; batch < 10; ++batch) {
        f.append(2);
        f.table.flushRowChanges(); // not following
        settle();
        QTRY_COMPARE(f.shown(), f.fresh());
        QCOMPARE(f.table.verticalScrollBar()->value(), 0);
    }
    QCOMPARE(f.table.fullRowRepaints(), fullBefore);
}

void TestEventTable::rowsLetGoFromTheFront()
{
    Fixture f;
    f.append(60);
    QVERIFY(QTest::qWaitForWindowExposed(&f.table));
    f.follow();
    settle();
    const int fullBefore = f.table.fullRowRepaints();
    // A full window: each batch lets as many rows go from the front as it appends, in both
    // orders, following and not, and more rows than the viewport shows.
    for (int batch = 0; batch < 12; ++batch) {
        const int count = batch == 5 ? 40 : 1 + batch % 4;
        if (batch % 2) {
            f.model.removeRows(0, count);
            f.append(count);
        } else {
            f.append(count);
            f.model.removeRows(0, count);
        }
        if (batch < 8)
            f.follow();
        else
            f.table.flushRowChanges();
        settle();
        QTRY_COMPARE(f.shown(), f.fresh());
    }
    QCOMPARE(f.table.fullRowRepaints(), fullBefore);
    // Rows let go without as many appended: the count shrinks, everything is laid out again.
    f.model.removeRows(0, 10);
    f.follow();
    settle();
    QTRY_COMPARE(f.shown(), f.fresh());
}

void TestEventTable::otherChangesRepaintEverything()
{
    Fixture f;
    f.append(30);
    QVERIFY(QTest::qWaitForWindowExposed(&f.table));
    f.follow();
    settle();
    int full = f.table.fullRowRepaints();

    f.model.insertRow(f.model.rowCount() - 3, makeRow(f.next++)); // in the middle
    f.follow();
    settle();
    QCOMPARE(f.table.fullRowRepaints(), ++full);
    QTRY_COMPARE(f.shown(), f.fresh());

    f.model.removeRows(5, 2); // not at the front
    f.follow();
    settle();
    QCOMPARE(f.table.fullRowRepaints(), ++full);
    QTRY_COMPARE(f.shown(), f.fresh());

    f.model.sort(1);
    settle();
    QCOMPARE(f.table.fullRowRepaints(), ++full);
    QTRY_COMPARE(f.shown(), f.fresh());

    f.model.item(f.model.rowCount() - 1, 0)->setText(QStringLiteral("changed in place"));
    settle();
    QTRY_COMPARE(f.shown(), f.fresh());

    f.model.setRowCount(0);
    settle();
    QTRY_COMPARE(f.shown(), f.fresh());
    f.append(3); // from empty
    f.follow();
    settle();
    QTRY_COMPARE(f.shown(), f.fresh());
}

void TestEventTable::scrollRangeIsQTableViews()
{
    // The same rows in a plain QTableView of the same size: the same range and page step after
    // every batch, including across a resize and a column change between batches.
    Fixture f;
    QTableView reference;
    setUpTable(reference, &f.model);
    reference.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.table));
    QVERIFY(QTest::qWaitForWindowExposed(&reference));
    for (int batch = 0; batch < 40; ++batch) {
        f.append(1 + batch % 5);
        if (batch == 15) {
            f.table.resize(360, 300);
            reference.resize(360, 300);
        }
        if (batch == 25) {
            f.table.horizontalHeader()->resizeSection(0, 400);
            reference.horizontalHeader()->resizeSection(0, 400);
        }
        f.follow();
        reference.scrollToBottom();
        settle();
        QCOMPARE(f.table.verticalScrollBar()->maximum(), reference.verticalScrollBar()->maximum());
        QCOMPARE(f.table.verticalScrollBar()->pageStep(), reference.verticalScrollBar()->pageStep());
        QCOMPARE(f.table.verticalScrollBar()->value(), reference.verticalScrollBar()->value());
        QCOMPARE(f.table.horizontalScrollBar()->maximum(), reference.horizontalScrollBar()->maximum());
        QCOMPARE(f.table.horizontalScrollBar()->isVisible(), reference.horizontalScrollBar()->isVisible());
        QTRY_COMPARE(f.shown(), f.fresh());
    }
}

void TestEventTable::scrollBarsKeepWorking()
{
    // The replaced scroll bars still scroll the view, by the user's actions too.
    Fixture f;
    f.append(50);
    QVERIFY(QTest::qWaitForWindowExposed(&f.table));
    settle();
    QScrollBar *bar = f.table.verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    settle();
    QCOMPARE(bar->value(), bar->pageStep());
    QCOMPARE(f.table.rowAt(0), bar->pageStep());
    QTRY_COMPARE(f.shown(), f.fresh());
    bar->setValue(bar->maximum());
    settle();
    QCOMPARE(f.table.rowAt(f.table.viewport()->height() - 2), f.model.rowCount() - 1);
    QTRY_COMPARE(f.shown(), f.fresh());
}

QTEST_MAIN(TestEventTable)
#include "tst_eventtable.moc"
