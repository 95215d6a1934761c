#include "subscriptionsview.h"

#include "statusdot.h"
#include "subscriptionmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace shuriken {

namespace {

/// Puts the status colour in front of the status text; the text stays, so colour is never the
/// only cue.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant status = index.data(SubscriptionModel::StatusRole);
        if (!status.isValid())
            return;
        const int side = option->fontMetrics.height() * 3 / 4;
        const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        option->icon = QIcon(statusDotPixmap(subscriptionStatusColor(status.value<Subscription::Status>()), side, dpr));
        option->decorationSize = QSize(side, side);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

SubscriptionsView::SubscriptionsView(SubscriptionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("subscriptionsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("subscriptionsTable"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(SubscriptionModel::StatusColumn, new StatusDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(SubscriptionModel::StreamColumn, digit * 22);
    m_table->setColumnWidth(SubscriptionModel::FilterColumn, digit * 18);
    m_table->setColumnWidth(SubscriptionModel::StatusColumn, digit * 14);
    m_table->setColumnWidth(SubscriptionModel::ReasonColumn, digit * 16);
    m_table->setColumnWidth(SubscriptionModel::RateColumn, digit * 8);
    m_table->setColumnWidth(SubscriptionModel::TotalColumn, digit * 9);
    m_table->setColumnWidth(SubscriptionModel::LastEventColumn, digit * 13);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open &Tab"), this);
    m_pause = new QPushButton(tr("P&ause"), this);
    m_unsubscribe = new QPushButton(tr("&Unsubscribe"), this);
    m_unsubscribe->setObjectName(QStringLiteral("unsubscribeButton"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_pause);
    buttons->addStretch(1);
    buttons->addWidget(m_unsubscribe);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const quint64 id = currentId())
            Q_EMIT openTabRequested(id);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (const quint64 id = currentId())
            Q_EMIT pauseRequested(id, !currentIsPaused());
    });
    connect(m_unsubscribe, &QPushButton::clicked, this, [this] {
        if (const quint64 id = currentId())
            Q_EMIT unsubscribeRequested(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openTabRequested(index.data(SubscriptionModel::IdRole).toULongLong());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &SubscriptionsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SubscriptionsView::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &SubscriptionsView::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SubscriptionsView::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        // A new subscription is what the user is looking at next.
        m_table->selectRow(first);
        updateButtons();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SubscriptionsView::updateButtons);
    updateButtons();
}

SubscriptionsView::~SubscriptionsView() = default;

quint64 SubscriptionsView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(SubscriptionModel::IdRole).toULongLong() : 0;
}

void SubscriptionsView::selectId(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

bool SubscriptionsView::currentIsPaused() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() && index.data(SubscriptionModel::PausedRole).toBool();
}

void SubscriptionsView::updateButtons()
{
    const bool has = currentId() != 0;
    m_open->setEnabled(has);
    m_pause->setEnabled(has);
    m_unsubscribe->setEnabled(has);
    m_pause->setText(currentIsPaused() ? tr("&Resume") : tr("P&ause"));
}

void SubscriptionsView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const quint64 id = index.data(SubscriptionModel::IdRole).toULongLong();
    const bool paused = index.data(SubscriptionModel::PausedRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("Open Tab"), this, [this, id] { Q_EMIT openTabRequested(id); });
    menu.addAction(paused ? tr("Resume", "event table") : tr("Pause", "event table"), this,
                   [this, id, paused] { Q_EMIT pauseRequested(id, !paused); });
    menu.addSeparator();
    menu.addAction(tr("Unsubscribe"), this, [this, id] { Q_EMIT unsubscribeRequested(id); });
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace shuriken
