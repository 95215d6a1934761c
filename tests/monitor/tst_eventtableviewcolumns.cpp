// EventTableView's custom columns: Apply as Column from the detail tree, sorting by such a
// column, removing it from the header menu, and keeping them per stream in the settings.

#include "eventfilterproxymodel.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "jsontreemodel.h"
#include "monitorsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shuriken;

namespace {

/// Swaps whose `amount` is the decimal string @p amounts[i].
StreamEventBatch swaps(const QList<QByteArray> &amounts)
{
    StreamEventBatch batch;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        StreamEvent event;
        event.receivedAtUs = 1'800'000'000'000'000LL + qint64(i) * 1000;
        event.stream = QStringLiteral("svm.token.swaps");
        event.channel = QStringLiteral("swaps-test");
        event.event = QStringLiteral("update");
        event.seq = i;
        event.payload = QByteArray(R"({"seq":)") + QByteArray::number(i) + R"(,"signature":"sig)"
            + QByteArray::number(i) + R"(","isBuy":true,"amount":")" + amounts.at(i) + R"(","fees":{"gasLamports":)"
            + QByteArray::number(5000 + i) + "}}";
        EventRowBuilder().build(event);
        batch.append(event);
    }
    return batch;
}

} // namespace

class TestEventTableViewColumns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void detailFieldAppliedAsColumn();
    void sortsByCustomColumnNumerically();
    void removedFromTheHeaderMenu();
    void restoredForTheStream();
    void timeColumnsHiddenUntilWanted();
    void timeReferenceFromTheTable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MonitorSettings> m_settings;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<EventTableView> m_view;
    void openView();
};

void TestEventTableViewColumns::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<MonitorSettings>(
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("monitor.ini")), QSettings::IniFormat));
    m_model = std::make_unique<EventTableModel>(QStringLiteral("svm.token.swaps"));
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_model->appendBatch(swaps({"10.25", "9.5", "100", "0.5"}));
    openView();
}

void TestEventTableViewColumns::openView()
{
    m_view = std::make_unique<EventTableView>(m_model.get());
    m_view->setSettings(m_settings.get());
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEventTableViewColumns::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestEventTableViewColumns::detailFieldAppliedAsColumn()
{
    QTableView *table = m_view->tableView();
    table->setCurrentIndex(table->model()->index(1, 0));
    JsonTreeModel *detail = m_view->detailModel();
    const QModelIndex gas = detail->indexForPath(QStringLiteral("fees.gasLamports"));
    QVERIFY(gas.isValid());
    const int columns = m_model->columnCount();

    std::unique_ptr<QMenu> menu(m_view->createDetailMenu(gas, m_view.get()));
    QAction *apply = menu->findChild<QAction *>(QStringLiteral("applyAsColumn"));
    QVERIFY(apply);
    QVERIFY(apply->isEnabled());
    apply->trigger();
    QCOMPARE(m_model->columnCount(), columns + 1);
    QCOMPARE(table->model()->headerData(columns, Qt::Horizontal).toString(), QStringLiteral("fees.gasLamports"));
    QCOMPARE(table->model()->index(1, columns).data().toString(), QStringLiteral("5001"));
    QVERIFY(!table->isColumnHidden(columns));
    QCOMPARE(m_settings->customColumns(QStringLiteral("svm.token.swaps")),
             QStringList {QStringLiteral("fees.gasLamports")});

    // The same field again: already a column.
    table->setCurrentIndex(table->model()->index(0, 0));
    menu.reset(m_view->createDetailMenu(detail->indexForPath(QStringLiteral("fees.gasLamports")), m_view.get()));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("applyAsColumn"))->isEnabled());
}

void TestEventTableViewColumns::sortsByCustomColumnNumerically()
{
    QTableView *table = m_view->tableView();
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(m_view->applyAsColumn(m_view->detailModel()->indexForPath(QStringLiteral("amount"))));
    const int column = m_model->firstCustomColumn();
    QCOMPARE(table->model()->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    table->sortByColumn(column, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(table->model()->index(row, column).data().toString());
    QCOMPARE(
        shown,
        QStringList({QStringLiteral("0.5"), QStringLiteral("9.5"), QStringLiteral("10.25"), QStringLiteral("100")}));
}

void TestEventTableViewColumns::removedFromTheHeaderMenu()
{
    m_model->addCustomColumn(QStringLiteral("amount"));
    m_model->addCustomColumn(QStringLiteral("fees.gasLamports"));
    const int first = m_model->firstCustomColumn();

    // The visibility part of the menu lists custom columns too.
    std::unique_ptr<QMenu> menu(m_view->createHeaderMenu(first, m_view.get()));
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY(texts.contains(QStringLiteral("amount")));
    QVERIFY(texts.contains(QStringLiteral("fees.gasLamports")));
    QAction *remove = menu->findChild<QAction *>(QStringLiteral("removeColumn"));
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(m_model->customColumns(), QStringList {QStringLiteral("fees.gasLamports")});
    QCOMPARE(m_model->columnCount(), first + 1);
    QCOMPARE(m_settings->customColumns(QStringLiteral("svm.token.swaps")),
             QStringList {QStringLiteral("fees.gasLamports")});

    // A schema column cannot be removed.
    menu.reset(m_view->createHeaderMenu(0, m_view.get()));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("removeColumn")));
}

void TestEventTableViewColumns::restoredForTheStream()
{
    m_model->addCustomColumn(QStringLiteral("amount"));
    m_model->addCustomColumn(QStringLiteral("fees.gasLamports"));
    m_view.reset();
    m_settings->sync();

    // A new table of the same stream (another subscription, or the next run) gets them.
    m_settings = std::make_unique<MonitorSettings>(
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("monitor.ini")), QSettings::IniFormat));
    m_model = std::make_unique<EventTableModel>(QStringLiteral("svm.token.swaps"));
    m_model->appendBatch(swaps({"1", "2"}));
    openView();
    QCOMPARE(m_model->customColumns(), QStringList({QStringLiteral("amount"), QStringLiteral("fees.gasLamports")}));
    QCOMPARE(m_view->tableView()->model()->index(1, m_model->firstCustomColumn()).data().toString(),
             QStringLiteral("2"));

    // Another stream's table does not.
    EventTableModel balances(QStringLiteral("svm.token.balances"));
    EventTableView other(&balances);
    other.setSettings(m_settings.get());
    QVERIFY(balances.customColumns().isEmpty());
}

void TestEventTableViewColumns::timeColumnsHiddenUntilWanted()
{
    QTableView *table = m_view->tableView();
    EventFilterProxyModel *proxy = m_view->proxyModel();
    const int delta = proxy->deltaDisplayedColumn();
    QVERIFY(delta >= 0);
    QVERIFY(table->isColumnHidden(delta));
    QVERIFY(table->isColumnHidden(proxy->sinceReferenceColumn()));
    std::unique_ptr<QMenu> menu(m_view->createHeaderMenu(0, m_view.get()));
    QAction *show = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("Δ displayed"))
            show = action;
    }
    QVERIFY(show);
    QVERIFY(!show->isChecked());
    show->trigger();
    QVERIFY(!table->isColumnHidden(delta));
    QCOMPARE(table->model()->index(1, delta).data().toString(), QStringLiteral("0.001000"));
    // A custom column goes before the time columns, which stay as they were.
    m_model->addCustomColumn(QStringLiteral("amount"));
    QCOMPARE(proxy->deltaDisplayedColumn(), delta + 1);
    QVERIFY(!table->isColumnHidden(delta + 1));
    QVERIFY(table->isColumnHidden(delta + 2));
}

void TestEventTableViewColumns::timeReferenceFromTheTable()
{
    QTableView *table = m_view->tableView();
    EventFilterProxyModel *proxy = m_view->proxyModel();
    const int since = proxy->sinceReferenceColumn();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(2, 0));
    QVERIFY(!m_view->timeReferenceAction()->isChecked());
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    QVERIFY(proxy->hasTimeReference());
    QVERIFY(m_view->timeReferenceAction()->isChecked());
    QVERIFY(!table->isColumnHidden(since));
    QCOMPARE(table->model()->index(0, since).data().toString(), QStringLiteral("-0.002000"));
    QCOMPARE(table->model()->index(3, since).data().toString(), QStringLiteral("0.001000"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(!m_view->timeReferenceAction()->isChecked()); // not the reference row
    table->setCurrentIndex(table->model()->index(2, 0));
    m_view->timeReferenceAction()->trigger(); // the reference row again: cleared
    QVERIFY(!proxy->hasTimeReference());
    QVERIFY(!m_view->timeReferenceAction()->isChecked());
    QCOMPARE(table->model()->index(0, since).data().toString(), QString());
}

QTEST_MAIN(TestEventTableViewColumns)
#include "tst_eventtableviewcolumns.moc"
