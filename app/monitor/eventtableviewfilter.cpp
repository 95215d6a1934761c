// EventTableView's display filter: the filter bar drives the proxy, and the detail tree's
// fields become filters (Apply as Filter, Prepare as Filter).

#include "displayfilteredit.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "fieldplotwindow.h"
#include "followscroller.h"
#include "jsontreemodel.h"
#include "monitorsettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QTreeView>

#include <algorithm>

namespace shuriken {

void EventTableView::setUpDisplayFilter()
{
    connect(m_displayFilter, &DisplayFilterEdit::filterApplied, this, [this](const DisplayFilter &filter) {
        m_proxy->setDisplayFilter(filter);
        updateCounters();
        m_follower->follow();
    });
    connect(m_proxy, &EventFilterProxyModel::matchingFinished, this, &EventTableView::updateCounters);

    auto *focus = new QAction(tr("Go to Display Filter"), this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    focus->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(focus);
    connect(focus, &QAction::triggered, this, &EventTableView::focusDisplayFilter);

    m_detailTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_detailTree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_detailTree->indexAt(position);
        if (!index.isValid())
            return;
        QMenu *menu = createDetailMenu(index, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_detailTree->viewport()->mapToGlobal(position));
    });
}

void EventTableView::setSettings(MonitorSettings *settings)
{
    m_displayFilter->setSettings(settings);
    disconnect(m_colouringConnection);
    disconnect(m_columnsConnection);
    if (settings) {
        const QString streamId = m_model->schema().streamId;
        if (m_model->customColumns().isEmpty())
            m_model->setCustomColumns(settings->customColumns(streamId));
        m_columnsConnection = connect(m_model, &EventTableModel::customColumnsChanged, settings,
                                      [settings, streamId](const QStringList &expressions) {
                                          settings->setCustomColumns(streamId, expressions);
                                      });
    }
    if (!settings) {
        setColouringRules({});
        return;
    }
    m_colouringConnection = connect(settings, &MonitorSettings::colouringRulesChanged, this,
                                    [this, settings] { setColouringRules(settings->colouringRules()); });
    setColouringRules(settings->colouringRules());
}

void EventTableView::setColouringRules(const QList<ColouringRule> &rules)
{
    QList<EventFilterProxyModel::RowColouring> colourings;
    for (const ColouringRule &rule : rules) {
        if (!rule.enabled)
            continue;
        const DisplayFilter filter = DisplayFilter::parse(rule.filter);
        if (!filter.isValid())
            continue;
        colourings.append({filter, rule.foreground.isValid() ? QVariant(rule.foreground) : QVariant(),
                           rule.background.isValid() ? QVariant(rule.background) : QVariant()});
    }
    m_proxy->setRowColourings(colourings);
}

void EventTableView::focusDisplayFilter()
{
    m_displayFilter->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_displayFilter->lineEdit()->selectAll();
}

QString EventTableView::fieldFilter(const QModelIndex &detailIndex, FieldFilter how) const
{
    QString field = m_detailModel->filterExpression(detailIndex);
    if (field.isEmpty())
        return {};
    const bool negated
        = how == FieldFilter::NotSelected || how == FieldFilter::AndNotSelected || how == FieldFilter::OrNotSelected;
    if (negated) {
        const QLatin1String notExists("!exists ");
        if (field.startsWith(notExists))
            field = field.mid(1);
        else if (field.startsWith(notExists.mid(1)))
            field.prepend(u'!');
        else
            field = QStringLiteral("!(") + field + u')';
    }
    const QString current = m_displayFilter->lineEdit()->text().trimmed();
    if (how == FieldFilter::Selected || how == FieldFilter::NotSelected || current.isEmpty())
        return field;
    const bool both = how == FieldFilter::AndSelected || how == FieldFilter::AndNotSelected;
    // The box's expression is kept whole in parentheses, as Wireshark does: `a || b` and a new
    // field must not bind as `a || (b && field)`.
    return u'(' + current + (both ? QStringLiteral(") && ") : QStringLiteral(") || ")) + field;
}

void EventTableView::useFieldFilter(const QModelIndex &detailIndex, FieldFilter how, bool apply)
{
    const QString filter = fieldFilter(detailIndex, how);
    if (filter.isEmpty())
        return;
    if (apply)
        m_displayFilter->applyText(filter);
    else
        m_displayFilter->prepareText(filter);
}

QMenu *EventTableView::createDetailMenu(const QModelIndex &detailIndex, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("detailMenu"));
    // The tree is rebuilt when another row is selected: an action then does nothing.
    const QPersistentModelIndex index(detailIndex);
    const bool hasExpression = !m_displayFilter->lineEdit()->text().trimmed().isEmpty();
    struct Entry
    {
        FieldFilter how;
        QString text;
        QLatin1String name;
    };
    const Entry entries[] = {
        {FieldFilter::Selected, tr("Selected", "apply as filter"), QLatin1String("Selected")},
        {FieldFilter::NotSelected, tr("Not Selected", "apply as filter"), QLatin1String("NotSelected")},
        {FieldFilter::AndSelected, tr("…and Selected", "apply as filter"), QLatin1String("AndSelected")},
        {FieldFilter::OrSelected, tr("…or Selected", "apply as filter"), QLatin1String("OrSelected")},
        {FieldFilter::AndNotSelected, tr("…and not Selected", "apply as filter"), QLatin1String("AndNotSelected")},
        {FieldFilter::OrNotSelected, tr("…or not Selected", "apply as filter"), QLatin1String("OrNotSelected")},
    };
    for (const bool apply : {true, false}) {
        QMenu *submenu = menu->addMenu(apply ? tr("Apply as Filter") : tr("Prepare as Filter"));
        const QString prefix = apply ? QStringLiteral("apply") : QStringLiteral("prepare");
        submenu->setObjectName(prefix + QStringLiteral("AsFilter"));
        for (const Entry &entry : entries) {
            QAction *action = submenu->addAction(entry.text, this, [this, index, how = entry.how, apply] {
                if (index.isValid())
                    useFieldFilter(index, how, apply);
            });
            action->setObjectName(prefix + entry.name);
            action->setToolTip(fieldFilter(detailIndex, entry.how));
            // Joining needs an expression to join.
            action->setEnabled(hasExpression || entry.how == FieldFilter::Selected
                               || entry.how == FieldFilter::NotSelected);
        }
        submenu->setToolTipsVisible(true);
    }
    const QString path = m_detailModel->filterPath(detailIndex);
    QAction *column = menu->addAction(tr("Apply as Column"), this, [this, index] {
        if (index.isValid())
            applyAsColumn(index);
    });
    column->setObjectName(QStringLiteral("applyAsColumn"));
    column->setToolTip(tr("A table column with this field of every event"));
    column->setEnabled(!path.isEmpty() && !m_model->customColumns().contains(path)
                       && m_model->customColumns().size() < EventTableModel::MaxCustomColumns);
    menu->addSeparator();
    menu->addAction(tr("Copy as Filter"), this, [this, index] {
        if (index.isValid())
            QApplication::clipboard()->setText(fieldFilter(index, FieldFilter::Selected));
    });
    menu->addAction(tr("Copy Field Path"), this, [this, index] {
        if (index.isValid())
            QApplication::clipboard()->setText(m_detailModel->filterPath(index));
    });
    menu->addSeparator();
    // Numbers, and strings that hold one (the streams send prices and amounts as decimal
    // strings), can be plotted.
    const QString json = detailIndex.data(JsonTreeModel::JsonTextRole).toString();
    bool numeric = false;
    (json.startsWith(u'"') ? json.mid(1, json.size() - 2) : json).toDouble(&numeric);
    QAction *plot = menu->addAction(tr("Plot"), this, [this, index] {
        if (index.isValid())
            plotField(m_detailModel->filterPath(index));
    });
    plot->setObjectName(QStringLiteral("plotField"));
    plot->setEnabled(numeric);
    plot->setToolTip(tr("A chart of this field over time, for the rows the table shows"));
    return menu;
}

bool EventTableView::applyAsColumn(const QModelIndex &detailIndex)
{
    const QString path = m_detailModel->filterPath(detailIndex);
    if (path.isEmpty() || !m_model->addCustomColumn(path))
        return false;
    const int column = m_model->columnCount() - 1;
    m_table->setColumnHidden(column, false);
    m_table->scrollTo(m_table->model()->index(std::max(0, m_table->currentIndex().row()), column));
    return true;
}

bool EventTableView::plotField(const QString &path, QString *error)
{
    if (!m_plot)
        m_plot = new FieldPlotWindow(m_proxy, m_model->schema().streamId, this);
    if (!m_plot->addField(path, error))
        return false;
    m_plot->show();
    m_plot->raise();
    m_plot->activateWindow();
    return true;
}

} // namespace shuriken
