#pragma once

// Watches a StreamClient from the outside (its observed frames, HTTP exchanges and deliveries)
// and records every breach of the invariants a client must keep whatever the service does:
//   (b) never two pusher:subscribe for one channel on one socket without a pusher:unsubscribe
//       between them;
//   (c) one channel authorization per (socket, channel), again only after an unsubscribe or a
//       transient failure of the previous one (429, 5xx, no answer);
//   (d) no event delivered after unsubscribe() returned: not to the subscription (its signal,
//       its event count until it is deleted), nor in the client's own batches for a channel
//       nobody is subscribed to any more;
//   (e) no event lost while subscribed: within one socket's subscription to a channel the
//       simulator's per-channel `seq` is contiguous, as received and as delivered.
// (a), "everything is subscribed and flowing in the end", is the scenario's to check; the
// monitor counts the deliveries it needs.

#include "dto.h"
#include "httpexchange.h"
#include "streamclient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace chaos {

class InvariantMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvariantMonitor)

public:
    enum class Invariant
    {
        SubscribeOncePerSocket, // (b)
        AuthorizeOncePerSocket, // (c)
        NothingAfterUnsubscribe, // (d)
        NoGapWhileSubscribed, // (e)
    };
    static QString describe(Invariant invariant);
    static QList<Invariant> all();

    /// Turns on the client's frame observation and listens to everything it reports.
    explicit InvariantMonitor(shuriken::StreamClient *client, QObject *parent = nullptr);

    /// client->subscribe(), watched.
    shuriken::Subscription *subscribe(const QString &stream, const shuriken::StreamFilter &filter);
    /// client->unsubscribe(); from its return on, any delivery to @p subscription is a breach.
    void unsubscribe(shuriken::Subscription *subscription);

    /// The simulator process was replaced: its channels' seq start again at 1.
    void serverRestarted() { ++m_serverGeneration; }

    QStringList violations(Invariant invariant) const { return m_violations.value(invariant); }
    /// Events delivered to @p subscription so far.
    quint64 delivered(const shuriken::Subscription *subscription) const;

    struct Counts
    {
        int sockets = 0;
        quint64 subscribeFrames = 0;
        quint64 unsubscribeFrames = 0;
        quint64 authExchanges = 0;
        quint64 failedAuthExchanges = 0;
        quint64 sessionExchanges = 0;
        quint64 failedSessionExchanges = 0;
        quint64 eventFrames = 0;
        quint64 eventsDelivered = 0;
        quint64 seqGapsAcrossSockets = 0; // allowed: events the server sent while nobody listened
        quint64 seqRestartsAcrossProcesses = 0; // allowed: a new process numbers from 1 again
    };
    Counts counts() const { return m_counts; }

private:
    enum class AuthState
    {
        None,
        Succeeded,
        FailedTransiently,
        Refused,
    };

    void onFrame(const shuriken::pusher::FrameRecord &frame);
    void onExchange(const shuriken::HttpExchange &exchange);
    void onDelivered(const shuriken::Subscription *subscription, const shuriken::StreamEventBatch &batch);
    void onClientBatch(const shuriken::StreamEventBatch &batch);
    void violate(Invariant invariant, const QString &text);
    /// "<n>#<socket id>": socket ids may repeat across simulator processes.
    QString period(const QString &channel) const;
    /// Whether two periods are on sockets of different simulator processes.
    bool acrossRestart(const QString &period, const QString &otherPeriod) const;

    shuriken::StreamClient *m_client;
    QHash<Invariant, QStringList> m_violations;
    Counts m_counts;

    // The socket frames go in and out on: numbered by connection_established.
    QString m_socket;
    int m_serverGeneration = 0;
    QHash<QString, int> m_generationOfSocket;
    QHash<QString, QString> m_socketKeyById; // latest key per socket id, for auth requests
    // (b): channels with a pusher:subscribe on each socket and no pusher:unsubscribe since.
    QHash<QString, QSet<QString>> m_subscribedBySocket;
    // How many pusher:subscribe each (socket, channel) had: a new one starts a new period.
    QHash<QString, int> m_subscribeCount;
    // (c): the last authorization per "socket|channel".
    QHash<QString, AuthState> m_auth;
    // (e): the period each received event frame belongs to, by "channel|seq"; the last seq per
    // period.
    QHash<QString, QString> m_periodOfEvent;
    QHash<QString, qint64> m_lastSeqOfPeriod;
    struct Delivery
    {
        QString channel;
        qint64 seq = -1;
        QString period;
    };
    QHash<const shuriken::Subscription *, Delivery> m_lastDelivery;
    QHash<const shuriken::Subscription *, quint64> m_delivered;
    // (d)
    QSet<const shuriken::Subscription *> m_unsubscribed;
    QSet<QString> m_releasedChannels; // the last subscription bound to it was unsubscribed
    // Until deleteLater() takes them: their event counts must not move any more.
    struct Released
    {
        QPointer<shuriken::Subscription> subscription;
        quint64 eventCount = 0;
        QString key;
    };
    QList<Released> m_released;
    void checkReleased();
};

} // namespace chaos
