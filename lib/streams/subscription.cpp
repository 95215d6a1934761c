#include "subscription.h"

#include <QCoreApplication>
#include <QMetaMethod>

#include <algorithm>

namespace shuriken {

Subscription::Subscription(SubscriptionRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_boundEvent(m_request.filter.value(bindFilterKey()))
{ }

QString Subscription::statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("shuriken::Subscription", "pending");
    case Status::Authorizing:
        return QCoreApplication::translate("shuriken::Subscription", "authorizing");
    case Status::Subscribing:
        return QCoreApplication::translate("shuriken::Subscription", "subscribing");
    case Status::Subscribed:
        return QCoreApplication::translate("shuriken::Subscription", "subscribed");
    case Status::Error:
        return QCoreApplication::translate("shuriken::Subscription", "error");
    case Status::Unsubscribed:
        return QCoreApplication::translate("shuriken::Subscription", "unsubscribed");
    }
    return {};
}

bool Subscription::setStatus(Status status, const QString &reason, Failure failure)
{
    if (status != Status::Error)
        failure = Failure::None;
    else if (failure == Failure::None)
        failure = Failure::Transient;
    if (status == m_status && reason == m_statusReason && failure == m_failure)
        return false;
    m_failure = failure;
    m_status = status;
    m_statusReason = reason;
    Q_EMIT statusChanged(status, reason);
    return true;
}

void Subscription::account(const StreamEvent &event)
{
    if (m_status == Status::Unsubscribed)
        return;
    m_byteCount += quint64(event.payload.size());
    ++m_eventCount;
    m_lastEventAtUs = event.receivedAtUs;
    countSequence(event);
}

bool Subscription::wantsBatches() const
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Subscription::eventsReceived);
    return isSignalConnected(signal);
}

void Subscription::deliver(const StreamEventBatch &batch)
{
    if (batch.isEmpty() || m_status == Status::Unsubscribed)
        return;
    Q_EMIT eventsReceived(batch);
}

void Subscription::countSequence(const StreamEvent &event)
{
    // The simulator numbers events per channel; a real server may not, then nothing is counted.
    const qint64 seq = event.seq;
    if (seq < 0)
        return;
    // A restart of the numbering (server restart, resubscribe) is not a gap.
    if (m_lastSeq >= 0 && seq > m_lastSeq + 1)
        m_gapCount += quint64(seq - m_lastSeq - 1);
    m_lastSeq = seq;
}

void Subscription::resetMembers(const QList<pusher::PresenceMember> &members, const QString &ownUserId)
{
    // One entry per user: a user on several sockets is one member (as the server counts them).
    m_members.clear();
    for (const pusher::PresenceMember &member : members) {
        const auto same = [&member](const pusher::PresenceMember &m) {
            return m.userId == member.userId;
        };
        if (std::find_if(m_members.cbegin(), m_members.cend(), same) == m_members.cend())
            m_members.append(member);
    }
    m_ownUserId = ownUserId;
    Q_EMIT membersReset();
}

void Subscription::addMember(const pusher::PresenceMember &member)
{
    for (pusher::PresenceMember &existing : m_members) {
        if (existing.userId == member.userId) {
            existing.userInfo = member.userInfo; // a server re-announcing a member: keep one
            return;
        }
    }
    m_members.append(member);
    Q_EMIT memberAdded(member);
}

void Subscription::removeMember(const QString &userId)
{
    const auto it = std::find_if(m_members.begin(), m_members.end(),
                                 [&userId](const pusher::PresenceMember &m) { return m.userId == userId; });
    if (it == m_members.end())
        return;
    m_members.erase(it);
    Q_EMIT memberRemoved(userId);
}

} // namespace shuriken
