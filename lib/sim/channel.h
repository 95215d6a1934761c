#pragma once

#include "dto.h"
#include "eventgenerator.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace shuriken::sim {

class ClientConnection;

/// What a session answer bound a channel name to: the channel publishes this (stream, filter).
struct ChannelBinding
{
    QString streamId;
    StreamFilter filter;
    QString ownerUserId;
    QString event;
    Visibility visibility = Visibility::Public;
};

/// A user on a presence channel, counted once however many of its connections subscribed.
struct PresenceEntry
{
    QJsonValue info;
    int connections = 0;
};

/// A firehose run on one channel: a pool of pre-generated frames split around the digits of
/// their seq, replayed with fresh digits until `remaining` reaches 0.
struct FirehoseState
{
    bool active = false;
    quint64 remaining = 0;
    quint64 sent = 0;
    QByteArray prefix;
    QList<QByteArray> suffixes;
    qsizetype next = 0;
};

/// A channel known to the server: bound to a (stream, filter) by the session endpoint, or an
/// unknown public channel somebody subscribed to (which stays silent, as on real Pusher).
/// ChannelHub owns the subscribers and members, Publisher the schedule and the firehose.
struct Channel
{
    QString name;
    QString event = QStringLiteral("update");
    std::optional<ChannelBinding> binding;
    std::unique_ptr<EventGenerator> generator;
    quint64 seq = 0; // of the last event published
    QList<ClientConnection *> subscribers;
    QMap<QString, PresenceEntry> members;
    // Rate schedule since the channel's latest activation.
    qint64 activeSinceMs = 0;
    qint64 emittedSinceActive = 0;
    FirehoseState firehose;
};

} // namespace shuriken::sim
