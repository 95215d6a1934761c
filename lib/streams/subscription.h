#pragma once

#include "dto.h"
#include "pushermessage.h"
#include "streamevent.h"

#include <QObject>
#include <QSet>

namespace shuriken {

class StreamClient;

/// One logical subscription: a (stream, canonical filter) the user asked for. Owned by the
/// StreamClient that created it; it is deleted (deleteLater) once unsubscribed.
class Subscription final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Subscription)

public:
    enum class Status
    {
        Pending, // waiting for the session endpoint to resolve its channel, or for a connection
        Authorizing, // asking the auth endpoint for a private/presence signature
        Subscribing, // pusher:subscribe sent, waiting for subscription_succeeded
        Subscribed, // confirmed by the server; events flow
        Error, // the reason says why; retried where the error is transient
        Unsubscribed, // the user let it go; no event is delivered any more
    };
    Q_ENUM(Status)

    const SubscriptionRequest &request() const { return m_request; }
    QString stream() const { return m_request.stream; }
    StreamFilter filter() const { return m_request.filter; }
    /// Canonical "stream{key=value,...}", unique per StreamClient.
    QString key() const { return m_request.key(); }

    Status status() const { return m_status; }
    /// Why the status is what it is (an error's text, "waiting for connection", ...).
    QString statusReason() const { return m_statusReason; }

    /// How an Error status ends: Transient errors are retried by the client on its own; a
    /// Permanent one (a stream or filter the server rejects, a refused subscription) waits for
    /// the user; Authorization is a permanent refusal of the key or of the channel's
    /// authorization (HTTP 401/403). None unless the status is Error.
    enum class Failure
    {
        None,
        Transient,
        Permanent,
        Authorization,
    };
    Q_ENUM(Failure)
    Failure failure() const { return m_failure; }
    /// True for Permanent and Authorization failures: the client will not retry on its own.
    bool hasFailedPermanently() const { return m_failure == Failure::Permanent || m_failure == Failure::Authorization; }

    /// The resolved channel and event; empty until the session endpoint answered.
    QString channel() const { return m_resolved.channel; }
    QString event() const { return m_resolved.event; }
    const ResolvedSubscription &resolved() const { return m_resolved; }

    quint64 eventCount() const { return m_eventCount; }
    quint64 byteCount() const { return m_byteCount; }
    /// Receive time of the newest event, microseconds since the epoch; 0 before the first one.
    qint64 lastEventAtUs() const { return m_lastEventAtUs; }
    /// Events missing according to the payload's per-channel `seq` field (simulator extension);
    /// stays 0 for servers that do not send it.
    quint64 gapCount() const { return m_gapCount; }

    static QString statusText(Status status);

    // ---- presence channels --------------------------------------------------------------------
    /// The channel's members as the server reported them: subscription_succeeded's hash, then
    /// member_added and member_removed; empty for other channels and until subscribed.
    const QList<pusher::PresenceMember> &members() const { return m_members; }
    /// Our own user_id on the presence channel (from the channel_data we subscribed with).
    QString ownUserId() const { return m_ownUserId; }

    // ---- direct Pusher mode (StreamClient::Options::pusher) -----------------------------------
    /// The filter key that names the event an application binds on this channel ("bind"): every
    /// event of the channel is still delivered, and events that arrive only under other names
    /// are explained (eventNameMismatch()).
    static QString bindFilterKey() { return QStringLiteral("bind"); }
    /// The bound event name, or empty.
    const QString &boundEvent() const { return m_boundEvent; }

Q_SIGNALS:
    /// The status changed (see Status); `reason` explains errors and waits.
    void statusChanged(shuriken::Subscription::Status status, const QString &reason);
    /// A batch of events arrived (at least one, at most about every 16 ms).
    void eventsReceived(const shuriken::StreamEventBatch &batch);
    /// Presence: the member list was replaced (subscription_succeeded, or emptied on a loss).
    void membersReset();
    /// Presence: one member joined (member_added) ...
    void memberAdded(const shuriken::pusher::PresenceMember &member);
    /// ... or left (member_removed).
    void memberRemoved(const QString &userId);
    /// Direct mode: events arrive on the channel under @p seenEvent but not under the bound
    /// event name; @p explanation says the likely cause. Emitted once per seen name.
    void eventNameMismatch(const QString &seenEvent, const QString &explanation);

private:
    friend class StreamClient;
    explicit Subscription(SubscriptionRequest request, QObject *parent);

    /// Sets the status; `failure` is kept only with Status::Error (None otherwise). False, and
    /// nothing emitted, when nothing changed.
    bool setStatus(Status status, const QString &reason = {}, Failure failure = Failure::None);
    void setResolved(const ResolvedSubscription &resolved) { m_resolved = resolved; }
    /// Counts an event as it is routed (counters, gaps).
    void account(const StreamEvent &event);
    /// Whether anyone listens to eventsReceived(): if not, no batch is built for it.
    bool wantsBatches() const;
    /// Emits a batch of accounted events, unless unsubscribed since.
    void deliver(const StreamEventBatch &batch);
    void countSequence(const StreamEvent &event);
    void resetMembers(const QList<pusher::PresenceMember> &members, const QString &ownUserId);
    void addMember(const pusher::PresenceMember &member);
    void removeMember(const QString &userId);

    SubscriptionRequest m_request;
    ResolvedSubscription m_resolved;
    Status m_status = Status::Pending;
    QString m_statusReason;
    Failure m_failure = Failure::None;
    quint64 m_eventCount = 0;
    quint64 m_byteCount = 0;
    qint64 m_lastEventAtUs = 0;
    quint64 m_gapCount = 0;
    qint64 m_lastSeq = -1;
    QList<pusher::PresenceMember> m_members;
    QString m_ownUserId;
    /// Direct mode: event names seen that are not the bound one (explained once each).
    QSet<QString> m_mismatchedEvents;
    /// The filter's "bind", read once: routing asks for it on every event.
    QString m_boundEvent;
    bool m_boundEventSeen = false;
};

} // namespace shuriken
