// EventTableView's display filter: an expression typed into the filter bar, its valid and
// invalid states, fields of the detail tree applied as filters, saved and recent filters.

#include "colouringrulesdialog.h"
#include "displayfilteredit.h"
#include "eventfilterproxymodel.h"
#include "eventrowbuilder.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "fieldplotwindow.h"
#include "fieldseries.h"
#include "jsontreemodel.h"
#include "monitorsettings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace shuriken;

namespace {

StreamEventBatch swaps(int first, int count)
{
    StreamEventBatch batch;
    for (int i = first; i < first + count; ++i) {
        StreamEvent event;
        event.receivedAtUs = 1'800'000'000'000'000LL + qint64(i) * 1000;
        event.stream = QStringLiteral("svm.token.swaps");
        event.channel = QStringLiteral("swaps-test");
        event.event = QStringLiteral("update");
        event.seq = i;
        event.payload = QByteArray(R"({"seq":)") + QByteArray::number(i)
            + R"(,"tokenMint":"So11111111111111111111111111111111111111112","signature":"sig)" + QByteArray::number(i)
            + R"(","slot":)" + QByteArray::number(300000000 + i) + R"(,"blockTime":1800000000,"isBuy":)"
            + (i % 2 == 0 ? "true" : "false")
            + R"(,"sizeSol":"1.5","sizeUsd":"210.25","priceUsd":"140.1","network":"sol",)"
            + "\"tokens\":[{\"mint\":\"So1\"},{\"mint\":\"EPj \\\"quoted\\\"\"}]}";
        EventRowBuilder().build(event);
        batch.append(event);
    }
    return batch;
}

QAction *menuAction(QMenu *menu, const char *property, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->property(property).toBool() && action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestEventTableViewFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typedFilterAppliesOnEnter();
    void typingAppliesAfterAPause();
    void invalidFilterIsShownAndNotApplied();
    void clearingTheBoxShowsEveryRow();
    void shortcutGoesToTheDisplayFilter();
    void detailFieldAppliedAsFilter();
    void detailFieldPreparedAndJoined();
    void savedFilterAppliesInOneClick();
    void recentFiltersAreTheAppliedOnes();
    void colouringRuleGivesTheRowsColours();
    void colouringRulesDialogValidatesAndOrders();
    void detailFieldPlotted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MonitorSettings> m_settings;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<EventTableView> m_view;
};

void TestEventTableViewFilter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<MonitorSettings>(
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("monitor.ini")), QSettings::IniFormat));
    m_model = std::make_unique<EventTableModel>(QStringLiteral("svm.token.swaps"));
    m_model->appendBatch(swaps(0, 20));
    m_view = std::make_unique<EventTableView>(m_model.get());
    m_view->setSettings(m_settings.get());
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEventTableViewFilter::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestEventTableViewFilter::typedFilterAppliesOnEnter()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    QLineEdit *edit = bar->lineEdit();
    QSignalSpy applied(bar, &DisplayFilterEdit::filterApplied);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("isBuy && seq >= 10"));
    QCOMPARE(bar->state(), DisplayFilterEdit::State::Valid);
    QVERIFY(bar->errorMessage().isEmpty());
    QVERIFY(!bar->errorLabel()->isVisibleTo(m_view.get()));
    // A green wash over the theme's Base, not the Base itself.
    QVERIFY(edit->palette().color(QPalette::Base) != QApplication::palette(edit).color(QPalette::Base));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("isBuy && seq >= 10"));
    QTRY_VERIFY(!m_view->proxyModel()->isMatching());
    QCOMPARE(m_view->tableView()->model()->rowCount(), 5);

    // Rows that arrive are filtered as they come.
    m_model->appendBatch(swaps(20, 4));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 7);
}

void TestEventTableViewFilter::typingAppliesAfterAPause()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("seq < 3"));
    // No Enter: the pause in typing applies it.
    QTRY_COMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("seq < 3"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 3);
    // Only filters applied on purpose are recent ones.
    QVERIFY(m_settings->recentDisplayFilters().isEmpty());
}

void TestEventTableViewFilter::invalidFilterIsShownAndNotApplied()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    QLineEdit *edit = bar->lineEdit();
    bar->applyText(QStringLiteral("isBuy"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 10);
    const QColor validBase = edit->palette().color(QPalette::Base);

    QSignalSpy applied(bar, &DisplayFilterEdit::filterApplied);
    edit->setFocus();
    edit->end(false);
    QTest::keyClicks(edit, QStringLiteral(" && priceUsd >"));
    QCOMPARE(bar->state(), DisplayFilterEdit::State::Invalid);
    QCOMPARE(bar->errorMessage(), QStringLiteral("expected a value after '>' at column 19"));
    QCOMPARE(edit->toolTip(), bar->errorMessage());
    QVERIFY(edit->accessibleDescription().contains(bar->errorMessage()));
    QVERIFY(bar->errorLabel()->isVisibleTo(m_view.get()));
    QCOMPARE(bar->errorLabel()->text(), bar->errorMessage());
    QVERIFY(edit->palette().color(QPalette::Base) != validBase);
    QVERIFY(edit->palette().color(QPalette::Base) != QApplication::palette(edit).color(QPalette::Base));

    // Enter does not apply it: the last valid filter stays in force.
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("isBuy"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 10);
    QCOMPARE(m_settings->recentDisplayFilters(), QStringList {QStringLiteral("isBuy")});

    // Finishing the expression makes it valid again; Enter applies it.
    QTest::keyClicks(edit, QStringLiteral(" 100"));
    QCOMPARE(bar->state(), DisplayFilterEdit::State::Valid);
    QVERIFY(!bar->errorLabel()->isVisibleTo(m_view.get()));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_view->tableView()->model()->rowCount(), 10);
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("isBuy && priceUsd > 100"));
}

void TestEventTableViewFilter::clearingTheBoxShowsEveryRow()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    bar->applyText(QStringLiteral("!isBuy"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 10);
    bar->lineEdit()->clear();
    QCOMPARE(bar->state(), DisplayFilterEdit::State::Empty);
    QCOMPARE(bar->lineEdit()->palette().color(QPalette::Base),
             QApplication::palette(bar->lineEdit()).color(QPalette::Base));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QVERIFY(!m_view->proxyModel()->displayFilter().isValid());
    QCOMPARE(m_view->tableView()->model()->rowCount(), 20);
}

void TestEventTableViewFilter::shortcutGoesToTheDisplayFilter()
{
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->displayFilterEdit()->lineEdit()->setText(QStringLiteral("isBuy"));
    m_view->tableView()->setFocus();
    QTRY_VERIFY(m_view->tableView()->hasFocus());
    // Wireshark's Ctrl+/: to the display filter, its text selected to be typed over.
    QTest::keyClick(m_view->tableView(), Qt::Key_Slash, Qt::ControlModifier);
    QTRY_VERIFY(m_view->displayFilterEdit()->lineEdit()->hasFocus());
    QCOMPARE(m_view->displayFilterEdit()->lineEdit()->selectedText(), QStringLiteral("isBuy"));
}

void TestEventTableViewFilter::detailFieldAppliedAsFilter()
{
    QTableView *table = m_view->tableView();
    table->setCurrentIndex(table->model()->index(7, 0));
    JsonTreeModel *detail = m_view->detailModel();
    const QModelIndex signature = detail->indexForPath(QStringLiteral("signature"));
    QVERIFY(signature.isValid());

    std::unique_ptr<QMenu> menu(m_view->createDetailMenu(signature, m_view.get()));
    QAction *apply = menu->findChild<QAction *>(QStringLiteral("applySelected"));
    QVERIFY(apply);
    apply->trigger();
    QCOMPARE(m_view->displayFilterEdit()->lineEdit()->text(), QStringLiteral("signature == \"sig7\""));
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("signature == \"sig7\""));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_settings->recentDisplayFilters().value(0), QStringLiteral("signature == \"sig7\""));

    // A field inside an array, its string quoted and escaped as the language wants.
    table->setCurrentIndex(table->model()->index(0, 0));
    const QModelIndex mint = detail->indexForPath(QStringLiteral("tokens[1].mint"));
    QVERIFY(mint.isValid());
    m_view->useFieldFilter(mint, EventTableView::FieldFilter::NotSelected, true);
    QCOMPARE(m_view->proxyModel()->displayFilter().text(),
             QStringLiteral("!(tokens[1].mint == \"EPj \\\"quoted\\\"\")"));
    QCOMPARE(table->model()->rowCount(), 0);
}

void TestEventTableViewFilter::detailFieldPreparedAndJoined()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    bar->applyText(QStringLiteral("seq < 6"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 6);
    QTableView *table = m_view->tableView();
    table->setCurrentIndex(table->model()->index(1, 0));
    const QModelIndex isBuy = m_view->detailModel()->indexForPath(QStringLiteral("isBuy"));
    QVERIFY(isBuy.isValid());

    std::unique_ptr<QMenu> menu(m_view->createDetailMenu(isBuy, m_view.get()));
    QAction *prepare = menu->findChild<QAction *>(QStringLiteral("prepareAndSelected"));
    QVERIFY(prepare);
    QVERIFY(prepare->isEnabled());
    prepare->trigger();
    const QString joined = QStringLiteral("(seq < 6) && isBuy == false");
    QCOMPARE(bar->lineEdit()->text(), joined);
    QCOMPARE(bar->lineEdit()->cursorPosition(), joined.size());
    // Prepared, not applied: the table still shows the old filter's rows.
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("seq < 6"));
    QCOMPARE(bar->state(), DisplayFilterEdit::State::Valid);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), joined);
    QCOMPARE(table->model()->rowCount(), 3);

    QCOMPARE(m_view->fieldFilter(isBuy, EventTableView::FieldFilter::OrNotSelected),
             QStringLiteral("(%1) || !(isBuy == false)").arg(joined));
}

void TestEventTableViewFilter::savedFilterAppliesInOneClick()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    bar->prepareText(QStringLiteral("!isBuy && seq > 15"));
    bar->saveCurrentFilter(QStringLiteral("Late sells"));
    QCOMPARE(m_settings->savedDisplayFilters().size(), 1);
    bar->applyText(QString());
    QCOMPARE(m_view->tableView()->model()->rowCount(), 20);

    // The menu follows the settings (on the next event-loop pass: a menu action may be the
    // one that changed them).
    QAction *saved = nullptr;
    QTRY_VERIFY((saved = menuAction(bar->bookmarkMenu(), "savedFilter", QStringLiteral("Late sells"))));
    saved->trigger();
    QCOMPARE(bar->lineEdit()->text(), QStringLiteral("!isBuy && seq > 15"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 2);

    // Remove it from the menu's own submenu.
    QMenu *remove = bar->bookmarkMenu()->findChild<QMenu *>(QStringLiteral("removeSavedDisplayFilter"));
    QVERIFY(remove);
    QCOMPARE(remove->actions().size(), 1);
    remove->actions().constFirst()->trigger();
    QVERIFY(m_settings->savedDisplayFilters().isEmpty());
    QTRY_VERIFY(!menuAction(bar->bookmarkMenu(), "savedFilter", QStringLiteral("Late sells")));
}

void TestEventTableViewFilter::recentFiltersAreTheAppliedOnes()
{
    DisplayFilterEdit *bar = m_view->displayFilterEdit();
    bar->applyText(QStringLiteral("seq == 1"));
    bar->applyText(QStringLiteral("seq == 2"));
    bar->applyText(QStringLiteral("seq =="));
    QCOMPARE(m_settings->recentDisplayFilters(), QStringList({QStringLiteral("seq == 2"), QStringLiteral("seq == 1")}));
    QAction *recent = nullptr;
    QTRY_VERIFY((recent = menuAction(bar->bookmarkMenu(), "recentFilter", QStringLiteral("seq == 1"))));
    recent->trigger();
    QCOMPARE(m_view->proxyModel()->displayFilter().text(), QStringLiteral("seq == 1"));
    QCOMPARE(m_view->tableView()->model()->rowCount(), 1);
    QTRY_COMPARE(m_settings->recentDisplayFilters().value(0), QStringLiteral("seq == 1"));
}

void TestEventTableViewFilter::colouringRuleGivesTheRowsColours()
{
    const QAbstractItemModel *shown = m_view->tableView()->model();
    // The defaults until the user sets rules: buys green-ish, sells red-ish.
    const QList<ColouringRule> defaults = MonitorSettings::defaultColouringRules();
    const auto ruleNamed = [&defaults](const QString &filter) {
        for (const ColouringRule &rule : defaults) {
            if (rule.filter == filter)
                return rule;
        }
        return ColouringRule();
    };
    const ColouringRule buys = ruleNamed(QStringLiteral("stream == \"svm.token.swaps\" && isBuy"));
    const ColouringRule sells = ruleNamed(QStringLiteral("stream == \"svm.token.swaps\" && !isBuy"));
    QVERIFY(buys.background.isValid() && sells.background.isValid());
    QCOMPARE(shown->index(0, 2).data(Qt::BackgroundRole).value<QColor>(), buys.background);
    QCOMPARE(shown->index(1, 2).data(Qt::ForegroundRole).value<QColor>(), sells.foreground);

    // New rules reach the open table; the first enabled match wins.
    const QColor marked(0x33, 0x66, 0x99);
    m_settings->setColouringRules({
        {QStringLiteral("off"), QStringLiteral("seq >= 0"), QColor(Qt::black), QColor(Qt::yellow), false},
        {QStringLiteral("third"), QStringLiteral("seq == 3"), QColor(), marked, true},
        {QStringLiteral("odd"), QStringLiteral("!isBuy"), QColor(Qt::white), QColor(Qt::black), true},
    });
    QCOMPARE(shown->index(3, 0).data(Qt::BackgroundRole).value<QColor>(), marked);
    QCOMPARE(shown->index(3, 0).data(Qt::ForegroundRole), QVariant());
    QCOMPARE(shown->index(5, 0).data(Qt::BackgroundRole).value<QColor>(), QColor(Qt::black));
    QCOMPARE(shown->index(2, 0).data(Qt::BackgroundRole), QVariant());

    // Through the display filter too: shown row 1 is seq 3.
    m_view->displayFilterEdit()->applyText(QStringLiteral("!isBuy"));
    QCOMPARE(shown->index(1, 0).data(Qt::BackgroundRole).value<QColor>(), marked);
}

void TestEventTableViewFilter::colouringRulesDialogValidatesAndOrders()
{
    ColouringRulesDialog dialog(MonitorSettings::defaultColouringRules());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const qsizetype defaults = dialog.rules().size();
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.addRule();
    QCOMPARE(dialog.ruleList()->currentRow(), int(defaults));
    // An empty filter does not parse: OK waits.
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("sizeUsd >"));
    QVERIFY(!dialog.okButton()->isEnabled());
    QCOMPARE(dialog.filterEdit()->property("filterState").value<DisplayFilterEdit::State>(),
             DisplayFilterEdit::State::Invalid);
    QVERIFY(dialog.filterEdit()->toolTip().contains(QStringLiteral("column 9")));
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral(" 10000"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Big"));
    dialog.setBackground(QColor(Qt::cyan));

    dialog.moveUp();
    QList<ColouringRule> rules = dialog.rules();
    QCOMPARE(rules.at(defaults - 1).name, QStringLiteral("Big"));
    QCOMPARE(rules.at(defaults - 1).filter, QStringLiteral("sizeUsd > 10000"));
    QCOMPARE(rules.at(defaults - 1).background, QColor(Qt::cyan));
    QCOMPARE(dialog.ruleList()->item(int(defaults) - 1)->text(), QStringLiteral("Big"));

    // Disabling a rule is done with its check box; removing takes it out.
    dialog.ruleList()->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.rules().constFirst().enabled);
    dialog.removeRule();
    QCOMPARE(dialog.rules().size(), defaults);
    QVERIFY(std::none_of(dialog.rules().cbegin(), dialog.rules().cend(),
                         [](const ColouringRule &rule) { return rule.name == QLatin1String("Big"); }));
}

void TestEventTableViewFilter::detailFieldPlotted()
{
    // Plot from the detail tree: for numbers and decimal strings, not for text; the series has
    // the rows the table shows (its display filter), and a second field joins the same chart.
    QTableView *table = m_view->tableView();
    table->setCurrentIndex(table->model()->index(3, 0));
    JsonTreeModel *detail = m_view->detailModel();
    auto plotAction = [this, detail](const QString &path) {
        std::unique_ptr<QMenu> menu(m_view->createDetailMenu(detail->indexForPath(path), m_view.get()));
        QAction *plot = menu->findChild<QAction *>(QStringLiteral("plotField"));
        return std::make_pair(plot && plot->isEnabled(), std::move(menu));
    };
    QVERIFY(!plotAction(QStringLiteral("signature")).first);
    QVERIFY(plotAction(QStringLiteral("priceUsd")).first); // "140.1"

    m_view->displayFilterEdit()->applyText(QStringLiteral("isBuy"));
    QTRY_COMPARE(table->model()->rowCount(), 10);
    table->setCurrentIndex(table->model()->index(1, 0));
    auto [enabled, menu] = plotAction(QStringLiteral("slot"));
    QVERIFY(enabled);
    menu->findChild<QAction *>(QStringLiteral("plotField"))->trigger();
    FieldPlotWindow *plot = m_view->plotWindow();
    QVERIFY(plot);
    QVERIFY(plot->isVisible());
    QCOMPARE(plot->seriesCount(), 1);
    QTRY_VERIFY(!plot->series(0)->isReading());
    QCOMPARE(plot->series(0)->stats().count, 10);
    QCOMPARE(plot->series(0)->stats().minimum, 300000000.0);
    QCOMPARE(plot->series(0)->stats().maximum, 300000018.0);

    QVERIFY(m_view->plotField(QStringLiteral("priceUsd")));
    QCOMPARE(plot->seriesCount(), 2);
    QString error;
    QVERIFY(!m_view->plotField(QStringLiteral("isBuy &&"), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestEventTableViewFilter)
#include "tst_eventtableviewfilter.moc"
