// EventTableView on a model fed directly: schema columns, follow-newest that yields to the
// user's scrolling, the filter box, pause, rows let go, the detail pane and copy as JSON.

#include "eventfilterproxymodel.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "jsontreemodel.h"
#include "livelabel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace shuriken;

namespace {

StreamEventBatch swaps(int first, int count, const QByteArray &extra = {})
{
    StreamEventBatch batch;
    for (int i = first; i < first + count; ++i) {
        StreamEvent event;
        event.receivedAtUs = 1'800'000'000'000'000LL + qint64(i) * 1000;
        event.stream = QStringLiteral("svm.token.swaps");
        event.channel = QStringLiteral("swaps-test");
        event.event = QStringLiteral("update");
        event.payload = QByteArray(R"({"seq":)") + QByteArray::number(i)
            + R"(,"tokenMint":"So11111111111111111111111111111111111111112","signature":"sig)" + QByteArray::number(i)
            + R"(","slot":)" + QByteArray::number(300000000 + i) + R"(,"blockTime":1800000000,"isBuy":)"
            + (i % 2 == 0 ? "true" : "false")
            + R"(,"sizeSol":"1.5","sizeUsd":"210.25","priceUsd":"140.1","priceSol":"1","network":"sol")" + extra + "}";
        EventRowBuilder().build(event);
        batch.append(event);
    }
    return batch;
}

/// Counts the paint events a widget gets.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

QString signatureAt(const EventTableView &view, int proxyRow)
{
    const QAbstractItemModel *shown = view.tableView()->model();
    const int column = view.model()->columnCount() - 1;
    for (int c = 0; c < shown->columnCount(); ++c) {
        if (shown->headerData(c, Qt::Horizontal).toString() == QLatin1String("Signature"))
            return shown->index(proxyRow, c).data(EventTableModel::FullTextRole).toString();
    }
    return shown->index(proxyRow, column).data().toString();
}

QStringList headers(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column)
        texts.append(model->headerData(column, Qt::Horizontal).toString());
    return texts;
}

} // namespace

class TestEventTableView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaColumns();
    void followsNewestUntilTheUserScrollsAway();
    void filterByColumn();
    void invalidRegexIsMarkedNotEmptying();
    void pauseLetsRowsGoAndSaysSo();
    void detailShowsTreeRawAndUnknownFields();
    void copySeveralRowsAsJsonArray();
    void fullWindowRepaintsAsItSlides();
    void rowHeaderFollowsTheRowCount();
    void selectionAndDetailSurviveFilterAndSort();
    void sortedTablePlacesNewRows();
};

void TestEventTableView::schemaColumns()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    const QStringList columns = headers(view.tableView()->model());
    QVERIFY(columns.contains(QStringLiteral("Time")));
    QVERIFY(columns.contains(QStringLiteral("Side")));
    QVERIFY(columns.contains(QStringLiteral("Price USD")));
    // The column selector offers every column of the events plus "all" (not the time columns,
    // which the view computes).
    auto *selector = view.findChild<QComboBox *>();
    QCOMPARE(selector->count(), model.columnCount() + 1);
    QVERIFY(model.addCustomColumn(QStringLiteral("fees.gasLamports")));
    QCOMPARE(selector->count(), model.columnCount() + 1);
    QCOMPARE(selector->itemText(selector->count() - 1), QStringLiteral("fees.gasLamports"));
}

void TestEventTableView::followsNewestUntilTheUserScrollsAway()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.tableView()->verticalScrollBar();

    // Counters and following are refreshed once per event-loop pass: wait for the row count.
    const auto counts = [&view] {
        return view.findChild<LiveLabel *>(QStringLiteral("rowCounts"))->text();
    };
    model.appendBatch(swaps(0, 500));
    QVERIFY(view.isFollowing());
    QTRY_VERIFY_WITH_TIMEOUT(counts().startsWith(QLatin1String("500 rows")), 10000);
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    // The user scrolls up: following stops and new rows do not move the view.
    bar->setValue(bar->maximum() / 2);
    QVERIFY(!view.isFollowing());
    QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("followButton"))->isChecked());
    const int kept = bar->value();
    model.appendBatch(swaps(500, 100));
    QTRY_VERIFY_WITH_TIMEOUT(counts().startsWith(QLatin1String("600 rows")), 10000);
    QCOMPARE(bar->value(), kept);

    // Back at the end: following resumes.
    bar->setValue(bar->maximum());
    QVERIFY(view.isFollowing());
    model.appendBatch(swaps(600, 100));
    QTRY_VERIFY_WITH_TIMEOUT(counts().startsWith(QLatin1String("700 rows")), 10000);
    QCOMPARE(bar->value(), bar->maximum());

    // The toggle works both ways too.
    view.setFollowing(false);
    model.appendBatch(swaps(700, 50));
    // The view lays new rows out lazily; the range grows, the position stays.
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() < bar->maximum(), 10000);
    QVERIFY(!view.isFollowing());
    view.findChild<QToolButton *>(QStringLiteral("followButton"))->click();
    QVERIFY(view.isFollowing());
    QCOMPARE(bar->value(), bar->maximum());
}

void TestEventTableView::filterByColumn()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    model.appendBatch(swaps(0, 40));
    const int side = headers(&model).indexOf(QStringLiteral("Side"));
    QVERIFY(side >= 0);
    auto *selector = view.findChild<QComboBox *>();
    selector->setCurrentIndex(selector->findData(side));
    view.filterEdit()->setText(QStringLiteral("sell"));
    QTRY_COMPARE_WITH_TIMEOUT(view.tableView()->model()->rowCount(), 20, 10000);
    for (int row = 0; row < 20; ++row)
        QCOMPARE(view.tableView()->model()->index(row, side).data().toString(), QStringLiteral("sell"));
    QTRY_VERIFY_WITH_TIMEOUT(
        view.findChild<LiveLabel *>(QStringLiteral("rowCounts"))->text().contains(QLatin1String("20 of 40")), 10000);
    // The visible rows are what an export writes, in view order.
    const QList<int> visible = view.visibleSourceRows();
    QCOMPARE(visible.size(), 20);
    QCOMPARE(visible.first(), 1);
}

void TestEventTableView::invalidRegexIsMarkedNotEmptying()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    model.appendBatch(swaps(0, 10));
    view.findChild<QToolButton *>(QStringLiteral("regexButton"))->setChecked(true);
    view.filterEdit()->setText(QStringLiteral("(unclosed"));
    QTRY_VERIFY_WITH_TIMEOUT(!view.proxyModel()->patternError().isEmpty(), 10000);
    QCOMPARE(view.tableView()->model()->rowCount(), 10);
    QVERIFY(view.filterEdit()->toolTip().contains(QLatin1String("regular expression")));
}

void TestEventTableView::pauseLetsRowsGoAndSaysSo()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    model.appendBatch(swaps(0, 5));
    view.findChild<QToolButton *>(QStringLiteral("pauseButton"))->click();
    QVERIFY(model.isPaused());
    model.appendBatch(swaps(5, 7));
    QCOMPARE(model.rowCount(), 5);
    LiveLabel *counts = view.findChild<LiveLabel *>(QStringLiteral("rowCounts"));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("7 let go")), 10000);
    QVERIFY(counts->text().contains(QLatin1String("paused")));
    model.setPaused(false);
    QVERIFY(!view.findChild<QToolButton *>(QStringLiteral("pauseButton"))->isChecked());
}

void TestEventTableView::detailShowsTreeRawAndUnknownFields()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    model.appendBatch(swaps(0, 3, R"(,"brandNewField":{"x":1})"));
    view.setFollowing(false);
    view.tableView()->selectRow(1);
    const QModelIndex signature = view.detailModel()->indexForPath(QStringLiteral("signature"));
    QVERIFY(signature.isValid());
    QCOMPARE(signature.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("sig1"));
    const QModelIndex unknown = view.detailModel()->indexForPath(QStringLiteral("brandNewField"));
    QVERIFY(unknown.isValid());
    QVERIFY(unknown.data(JsonTreeModel::UnknownFieldRole).toBool());
    QVERIFY(!signature.data(JsonTreeModel::UnknownFieldRole).toBool());
    // Raw text is the exact payload; the indent toggle re-formats it.
    QCOMPARE(view.rawView()->toPlainText().toUtf8(), model.rawPayload(1));
    view.findChild<QToolButton *>(QStringLiteral("prettyButton"))->click();
    QVERIFY(view.rawView()->toPlainText().contains(QLatin1String("\n    \"signature\": \"sig1\"")));
}

void TestEventTableView::copySeveralRowsAsJsonArray()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    model.appendBatch(swaps(0, 6));
    view.tableView()->selectRow(2);
    view.tableView()->selectionModel()->select(view.tableView()->model()->index(4, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view.selectedSourceRows(), (QList<int> {2, 4}));
    view.copySelectionAsJson();
    const QJsonDocument copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
    QVERIFY(copied.isArray());
    QCOMPARE(copied.array().size(), 2);
    QCOMPARE(copied.array().at(1).toObject().value(QLatin1String("signature")).toString(), QStringLiteral("sig4"));
}

void TestEventTableView::fullWindowRepaintsAsItSlides()
{
    // A full window keeps its row count as a batch lets the oldest rows go and appends as many:
    // the table must still repaint, and the rows must be the new ones.
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.setCapacity(50);
    EventTableView view(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *counts = view.findChild<LiveLabel *>(QStringLiteral("rowCounts"));
    model.appendBatch(swaps(0, 50));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().startsWith(QLatin1String("50 rows")), 10000);
    QCoreApplication::processEvents();
    PaintCounter painted;
    view.tableView()->viewport()->installEventFilter(&painted);
    model.appendBatch(swaps(50, 10));
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QLatin1String("10 let go")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(painted.paints > 0, 10000);
    QCOMPARE(view.tableView()->verticalHeader()->count(), 50);
    QCOMPARE(signatureAt(view, 0), QStringLiteral("sig10"));
    QCOMPARE(signatureAt(view, 49), QStringLiteral("sig59"));
    // Following: the newest row is the last one, in view.
    const QModelIndex newest = view.tableView()->model()->index(49, 0);
    QVERIFY(view.tableView()->viewport()->rect().intersects(view.tableView()->visualRect(newest)));
}

void TestEventTableView::rowHeaderFollowsTheRowCount()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.setCapacity(40);
    EventTableView view(&model);
    QHeaderView *rows = view.tableView()->verticalHeader();
    model.appendBatch(swaps(0, 30));
    QCOMPARE(rows->count(), 30);
    // Shrinking the window, filtering rows out and back in, clearing: the header's sections
    // always end up as many as the table's rows.
    model.setCapacity(12);
    QTRY_COMPARE_WITH_TIMEOUT(rows->count(), 12, 10000);
    view.filterEdit()->setText(QStringLiteral("sell"));
    QTRY_COMPARE_WITH_TIMEOUT(view.tableView()->model()->rowCount(), 6, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rows->count(), 6, 10000);
    model.appendBatch(swaps(30, 5)); // 30..34: two sells in, three sells out
    QTRY_COMPARE_WITH_TIMEOUT(rows->count(), view.tableView()->model()->rowCount(), 10000);
    view.filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(rows->count(), 12, 10000);
    model.clear();
    QTRY_COMPARE_WITH_TIMEOUT(rows->count(), 0, 10000);
}

void TestEventTableView::selectionAndDetailSurviveFilterAndSort()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    EventTableView view(&model);
    view.setFollowing(false);
    model.appendBatch(swaps(0, 20));
    QTableView *table = view.tableView();
    table->selectRow(7); // a sell
    table->selectionModel()->select(table->model()->index(9, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(8, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(view.selectedSourceRows(), (QList<int> {7, 8, 9}));
    QCOMPARE(view.rawView()->toPlainText().toUtf8(), model.rawPayload(7));

    // Filtering: the selected rows that still show stay selected, the current one too.
    view.filterEdit()->setText(QStringLiteral("sell"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 10, 10000);
    QCOMPARE(view.selectedSourceRows(), (QList<int> {7, 9}));
    QCOMPARE(view.proxyModel()->sourceRow(table->currentIndex().row()), 7);
    QCOMPARE(view.rawView()->toPlainText().toUtf8(), model.rawPayload(7));

    // Sorting, newest first: the same events, now at other rows.
    table->sortByColumn(EventTableModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(signatureAt(view, 0), QStringLiteral("sig19"));
    QCOMPARE(view.selectedSourceRows(), (QList<int> {9, 7}));
    QCOMPARE(view.proxyModel()->sourceRow(table->currentIndex().row()), 7);

    // No filter, sorted: the filter results are gone, the selection is not.
    view.filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 20, 10000);
    QCOMPARE(view.selectedSourceRows(), (QList<int> {9, 7}));
    // Back to arrival order.
    table->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(view.selectedSourceRows(), (QList<int> {7, 9}));
    QCOMPARE(table->currentIndex().row(), 7);
    QCOMPARE(view.rawView()->toPlainText().toUtf8(), model.rawPayload(7));
}

void TestEventTableView::sortedTablePlacesNewRows()
{
    EventTableModel model(QStringLiteral("svm.token.swaps"));
    model.setCapacity(30);
    EventTableView view(&model);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model.appendBatch(swaps(0, 30));
    QTableView *table = view.tableView();
    // Received, newest first: following keeps the top in view as rows arrive and leave.
    table->sortByColumn(EventTableModel::ReceivedColumn, Qt::DescendingOrder);
    QCOMPARE(signatureAt(view, 0), QStringLiteral("sig29"));
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
    QVERIFY(!view.isFollowing());
    view.setFollowing(true);
    QCOMPARE(table->verticalScrollBar()->value(), 0);
    model.appendBatch(swaps(30, 8));
    QCOMPARE(table->model()->rowCount(), 30);
    QCOMPARE(signatureAt(view, 0), QStringLiteral("sig37"));
    QCOMPARE(signatureAt(view, 29), QStringLiteral("sig8"));
    QTRY_COMPARE_WITH_TIMEOUT(table->verticalScrollBar()->value(), 0, 10000);
    const QList<int> visible = view.visibleSourceRows();
    QCOMPARE(visible.size(), 30);
    QCOMPARE(visible.first(), 29);
    QCOMPARE(visible.last(), 0);
}

QTEST_MAIN(TestEventTableView)
#include "tst_eventtableview.moc"
