#include "presencepanel.h"

#include "presencemembermodel.h"
#include "pushermessage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace shuriken {

namespace {

/// Case-insensitive text filter over both columns; our own user in bold (the model lives in
/// lib/models, which has no QFont).
class MemberFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::FontRole && index.data(PresenceMemberModel::IsOwnRole).toBool()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

PresencePanel::PresencePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PresenceMemberModel(this))
    , m_proxy(new MemberFilterProxy(this))
    , m_header(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(PresenceMemberModel::JoinOrderRole);

    m_header->setObjectName(QStringLiteral("presenceHeader"));
    m_filter->setObjectName(QStringLiteral("presenceFilter"));
    m_filter->setPlaceholderText(tr("Filter members"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the members whose user ID or user info contains this text"));

    m_placeholder->setObjectName(QStringLiteral("presencePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed, as an empty view's hint

    m_view->setObjectName(QStringLiteral("presenceMembers"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(PresenceMemberModel::UserIdColumn, QHeaderView::ResizeToContents);

    auto *copy = new QAction(tr("Copy Member as JSON"), m_view);
    copy->setObjectName(QStringLiteral("copyMemberJson"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &PresencePanel::copyCurrentMember);
    m_view->addAction(copy);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PresencePanel::showContextMenu);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &PresencePanel::setFilterText);
    connect(m_model, &PresenceMemberModel::countChanged, this, &PresencePanel::memberCountChanged);
    connect(m_model, &PresenceMemberModel::countChanged, this, &PresencePanel::updateHeader);
    // The shown count follows the filter: rows come and go through the proxy.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PresencePanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PresencePanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PresencePanel::updateHeader);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PresencePanel::updateHeader);
    updateState();
}

PresencePanel::~PresencePanel() = default;

void PresencePanel::setSubscription(Subscription *subscription)
{
    disconnect(m_statusConnection);
    m_subscription = subscription;
    m_model->setSubscription(subscription);
    if (subscription) {
        m_statusConnection = connect(subscription, &Subscription::statusChanged, this, [this](Subscription::Status s) {
            if (s == Subscription::Status::Unsubscribed)
                setSubscription(nullptr); // StreamClient::unsubscribe() disconnects us next
            else
                updateState();
        });
    }
    updateState();
}

void PresencePanel::updateState()
{
    const Subscription *subscription = m_subscription.data();
    QString placeholder;
    if (!subscription) {
        m_state = State::NoSubscription;
        placeholder = tr("No subscription selected");
    } else if (!subscription->channel().isEmpty()
               && pusher::channelType(subscription->channel()) != pusher::ChannelType::Presence) {
        m_state = State::NotPresence;
        placeholder
            = tr("%1 is not a presence channel: only presence-* channels have members").arg(subscription->channel());
    } else if (subscription->status() != Subscription::Status::Subscribed) {
        m_state = State::Waiting;
        const QString reason = subscription->statusReason();
        placeholder = reason.isEmpty()
            ? tr("Waiting for the subscription (%1)").arg(Subscription::statusText(subscription->status()))
            : tr("Waiting for the subscription (%1: %2)").arg(Subscription::statusText(subscription->status()), reason);
    } else {
        m_state = State::Members;
    }
    m_placeholder->setText(placeholder);
    m_stack->setCurrentWidget(m_state == State::Members ? static_cast<QWidget *>(m_view) : m_placeholder);
    m_filter->setEnabled(m_state == State::Members);
    updateHeader();
}

void PresencePanel::updateHeader()
{
    m_header->setText(headerText());
}

QString PresencePanel::headerText() const
{
    switch (m_state) {
    case State::NoSubscription:
        return tr("No presence channel");
    case State::NotPresence:
        return tr("Not a presence channel");
    case State::Waiting:
        return tr("Waiting for subscription");
    case State::Members:
        break;
    }
    const int total = m_model->count();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        return tr("%n member(s)", nullptr, total);
    return tr("%n member(s), %1 shown", nullptr, total).arg(shown);
}

QString PresencePanel::placeholderText() const
{
    return m_state == State::Members ? QString() : m_placeholder->text();
}

void PresencePanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    updateHeader();
}

QString PresencePanel::currentMemberJson() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PresenceMemberModel::MemberJsonRole).toString() : QString();
}

bool PresencePanel::copyCurrentMember()
{
    const QString json = currentMemberJson();
    if (json.isEmpty())
        return false;
    QApplication::clipboard()->setText(json);
    return true;
}

bool PresencePanel::copyCurrentUserId()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    QApplication::clipboard()->setText(current.data(PresenceMemberModel::UserIdRole).toString());
    return true;
}

void PresencePanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *json = menu->addAction(tr("Copy Member as JSON"), this, &PresencePanel::copyCurrentMember);
    json->setShortcut(QKeySequence::Copy);
    menu->addAction(tr("Copy User ID"), this, &PresencePanel::copyCurrentUserId);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace shuriken
