#include "presencemembermodel.h"

#include "subscription.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace shuriken {

PresenceMemberModel::PresenceMemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PresenceMemberModel::~PresenceMemberModel() = default;

int PresenceMemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int PresenceMemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresenceMemberModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_members.at(index.row());
    const bool own = !m_ownUserId.isEmpty() && entry.member.userId == m_ownUserId;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == UserIdColumn)
            return own ? tr("%1 (you)", "presence member: our own user").arg(entry.member.userId) : entry.member.userId;
        return entry.infoText;
    case Qt::ToolTipRole:
        if (index.column() == UserIdColumn)
            return own ? tr("%1: the user_id this connection subscribed with").arg(entry.member.userId)
                       : entry.member.userId;
        return entry.infoText.isEmpty() ? tr("No user_info")
                                        : userInfoText(entry.member.userInfo, QJsonDocument::Indented);
    case UserIdRole:
        return entry.member.userId;
    case UserInfoRole:
        return QVariant::fromValue(entry.member.userInfo);
    case IsOwnRole:
        return own;
    case MemberJsonRole:
        return QString::fromUtf8(memberJson(entry.member));
    case JoinOrderRole:
        return entry.order;
    default:
        return {};
    }
}

QVariant PresenceMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserIdColumn:
        return tr("User ID");
    case UserInfoColumn:
        return tr("User info");
    default:
        return {};
    }
}

void PresenceMemberModel::setSubscription(Subscription *subscription)
{
    if (subscription && subscription == m_subscription)
        return;
    detach();
    if (!subscription) {
        clear();
        return;
    }
    m_subscription = subscription;
    m_connections = {
        connect(subscription, &Subscription::membersReset, this, &PresenceMemberModel::resetFromSubscription),
        connect(subscription, &Subscription::memberAdded, this, &PresenceMemberModel::add),
        connect(subscription, &Subscription::memberRemoved, this, &PresenceMemberModel::remove),
        // StreamClient::unsubscribe() disconnects every receiver before deleting the subscription:
        // its last status is the sign to let go. destroyed() covers a subscription deleted otherwise.
        connect(subscription, &Subscription::statusChanged, this,
                [this](Subscription::Status status) {
                    if (status == Subscription::Status::Unsubscribed)
                        setSubscription(nullptr);
                }),
        // The QPointer is already null when destroyed() is emitted: detach without comparing.
        connect(subscription, &QObject::destroyed, this, [this] { setSubscription(nullptr); }),
    };
    resetFromSubscription();
}

void PresenceMemberModel::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_subscription = nullptr;
}

void PresenceMemberModel::resetFromSubscription()
{
    if (const Subscription *subscription = m_subscription.data())
        reset(subscription->members(), subscription->ownUserId());
}

void PresenceMemberModel::reset(const QList<pusher::PresenceMember> &members, const QString &ownUserId)
{
    const int before = count();
    beginResetModel();
    m_members.clear();
    m_orderOf.clear();
    m_ownUserId = ownUserId;
    m_members.reserve(members.size());
    for (const pusher::PresenceMember &member : members) {
        const auto known = m_orderOf.constFind(member.userId);
        if (known != m_orderOf.cend()) {
            // The last user_info given wins, as a JSON object's last duplicate key does.
            Entry &entry = m_members[rowOf(member.userId)];
            entry.member.userInfo = member.userInfo;
            entry.infoText = userInfoText(member.userInfo, QJsonDocument::Compact);
            continue;
        }
        Entry entry = makeEntry(member);
        m_orderOf.insert(member.userId, entry.order);
        m_members.append(std::move(entry));
    }
    endResetModel();
    emitCountChanged(before);
}

void PresenceMemberModel::add(const pusher::PresenceMember &member)
{
    const int row = rowOf(member.userId);
    if (row >= 0) {
        // Another socket of a user already present: servers send no member_added for it, but a
        // server that does (or a replay) must not make the user count twice.
        Entry &entry = m_members[row];
        if (entry.member.userInfo == member.userInfo)
            return;
        entry.member.userInfo = member.userInfo;
        entry.infoText = userInfoText(member.userInfo, QJsonDocument::Compact);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int before = count();
    beginInsertRows({}, before, before);
    Entry entry = makeEntry(member);
    m_orderOf.insert(member.userId, entry.order);
    m_members.append(std::move(entry));
    endInsertRows();
    emitCountChanged(before);
}

void PresenceMemberModel::remove(const QString &userId)
{
    const int row = rowOf(userId);
    if (row < 0)
        return;
    const int before = count();
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    m_orderOf.remove(userId);
    endRemoveRows();
    emitCountChanged(before);
}

int PresenceMemberModel::rowOf(const QString &userId) const
{
    const auto known = m_orderOf.constFind(userId);
    if (known == m_orderOf.cend())
        return -1;
    const quint64 order = known.value();
    const auto it = std::lower_bound(m_members.cbegin(), m_members.cend(), order,
                                     [](const Entry &entry, quint64 value) { return entry.order < value; });
    Q_ASSERT(it != m_members.cend() && it->order == order);
    return int(it - m_members.cbegin());
}

pusher::PresenceMember PresenceMemberModel::memberAt(int row) const
{
    return row >= 0 && row < count() ? m_members.at(row).member : pusher::PresenceMember {};
}

QList<pusher::PresenceMember> PresenceMemberModel::members() const
{
    QList<pusher::PresenceMember> result;
    result.reserve(m_members.size());
    for (const Entry &entry : m_members)
        result.append(entry.member);
    return result;
}

QString PresenceMemberModel::userInfoText(const QJsonValue &info, QJsonDocument::JsonFormat format)
{
    if (info.isObject())
        return QString::fromUtf8(QJsonDocument(info.toObject()).toJson(format)).trimmed();
    if (info.isArray())
        return QString::fromUtf8(QJsonDocument(info.toArray()).toJson(format)).trimmed();
    if (info.isUndefined())
        return {};
    // A scalar: QJsonDocument holds only objects and arrays, so write it inside one and take the
    // element back out of the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {info}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QByteArray PresenceMemberModel::memberJson(const pusher::PresenceMember &member, QJsonDocument::JsonFormat format)
{
    QJsonObject object {{QStringLiteral("user_id"), member.userId}};
    if (!member.userInfo.isUndefined())
        object.insert(QStringLiteral("user_info"), member.userInfo);
    return QJsonDocument(object).toJson(format).trimmed();
}

PresenceMemberModel::Entry PresenceMemberModel::makeEntry(const pusher::PresenceMember &member)
{
    return Entry {member, m_nextOrder++, userInfoText(member.userInfo, QJsonDocument::Compact)};
}

void PresenceMemberModel::emitCountChanged(int before)
{
    if (count() != before)
        Q_EMIT countChanged(count());
}

} // namespace shuriken
