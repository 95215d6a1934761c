#pragma once

#include "pushermessage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonDocument>
#include <QPointer>

namespace shuriken {

class Subscription;

/// The members of one presence channel, in the order they joined: one row per user_id.
///
/// Follows a Subscription (setSubscription(): membersReset() resets the rows, memberAdded() and
/// memberRemoved() insert and remove single rows), or is fed directly through reset(), add() and
/// remove() (the tests, a replay). Duplicates are handled as Pusher servers do: a user_id is one
/// member however many sockets it has, so adding a known user_id replaces its user_info in place
/// (no new row, the count stays) and removing an unknown one does nothing.
class PresenceMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceMemberModel)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Column
    {
        UserIdColumn, // the user_id; " (you)" added for our own
        UserInfoColumn, // user_info as compact JSON (pretty JSON in the tooltip)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        UserIdRole = Qt::UserRole, // QString user_id, without any mark (any column)
        UserInfoRole, // QJsonValue user_info, Undefined when the server sent none (any column)
        IsOwnRole, // bool: the user_id we subscribed with (any column)
        MemberJsonRole, // QString {"user_id": ..., "user_info": ...}, indented (any column)
        JoinOrderRole, // quint64: increases with each join, for sorting back to join order
    };
    Q_ENUM(Role)

    explicit PresenceMemberModel(QObject *parent = nullptr);
    ~PresenceMemberModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Follows @p subscription: takes its members() and ownUserId() now and on every
    /// membersReset(), and applies memberAdded()/memberRemoved() row by row. nullptr (or the
    /// subscription's end: Unsubscribed, or destroyed) detaches and empties the model.
    void setSubscription(Subscription *subscription);
    Subscription *subscription() const { return m_subscription.data(); }

    // Direct feeding (what the subscription's signals do).
    /// Replaces every row (one model reset); a user_id given twice is one row, at its first
    /// place, with the last user_info given.
    void reset(const QList<pusher::PresenceMember> &members, const QString &ownUserId = {});
    /// A member joined: appended, or, for a known user_id, its user_info replaced in place.
    void add(const pusher::PresenceMember &member);
    /// A member left; an unknown user_id is ignored.
    void remove(const QString &userId);
    void clear() { reset({}); }

    /// The number of members (rows).
    int count() const { return int(m_members.size()); }
    QString ownUserId() const { return m_ownUserId; }
    /// The row of @p userId, or -1.
    int rowOf(const QString &userId) const;
    pusher::PresenceMember memberAt(int row) const;
    QList<pusher::PresenceMember> members() const;

    /// user_info as JSON text: an object or array in @p format, a scalar as its literal, and an
    /// empty string when there is no user_info at all (Undefined).
    static QString userInfoText(const QJsonValue &info, QJsonDocument::JsonFormat format);
    /// {"user_id": ..., "user_info": ...} (user_info left out when Undefined).
    static QByteArray memberJson(const pusher::PresenceMember &member,
                                 QJsonDocument::JsonFormat format = QJsonDocument::Indented);

Q_SIGNALS:
    /// The number of members changed (a join, a leave or a reset with another count).
    void countChanged(int count);

private:
    struct Entry
    {
        pusher::PresenceMember member;
        quint64 order = 0; // join order: strictly increasing along m_members
        QString infoText; // compact user_info, built once per join or update
    };

    Entry makeEntry(const pusher::PresenceMember &member);
    void resetFromSubscription();
    void detach();
    void emitCountChanged(int before);

    QList<Entry> m_members;
    /// user_id → Entry::order; rows are sorted by order, so a binary search finds the row.
    QHash<QString, quint64> m_orderOf;
    quint64 m_nextOrder = 0;
    QString m_ownUserId;
    QPointer<Subscription> m_subscription;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace shuriken
