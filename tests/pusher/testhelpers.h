#pragma once

// QTest::toString for the decoded messages, so a failing QCOMPARE shows what was decoded.

#include "pusherprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace shuriken::pusher {

inline QString describe(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

inline QString describe(const Message &message)
{
    auto optionalInt = [](const std::optional<int> &value) {
        return value ? QString::number(*value) : QStringLiteral("null");
    };
    auto members = [](const QList<PresenceMember> &list) {
        QStringList parts;
        for (const PresenceMember &member : list)
            parts.append(member.userId + QLatin1Char('=') + describe(member.userInfo));
        return parts.join(QLatin1Char(','));
    };
    return std::visit(
        [&](const auto &value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, ConnectionEstablished>)
                return QStringLiteral("ConnectionEstablished(%1, %2)")
                    .arg(value.socketId, QString::number(value.activityTimeoutSeconds));
            else if constexpr (std::is_same_v<T, PusherError>)
                return QStringLiteral("PusherError(%1, %2, %3)")
                    .arg(value.message, optionalInt(value.code), value.channel);
            else if constexpr (std::is_same_v<T, Ping>)
                return QStringLiteral("Ping");
            else if constexpr (std::is_same_v<T, Pong>)
                return QStringLiteral("Pong");
            else if constexpr (std::is_same_v<T, Subscribe>)
                return QStringLiteral("Subscribe(%1, %2, %3)")
                    .arg(value.channel, value.auth, value.channelData.value_or(QStringLiteral("<none>")));
            else if constexpr (std::is_same_v<T, Unsubscribe>)
                return QStringLiteral("Unsubscribe(%1)").arg(value.channel);
            else if constexpr (std::is_same_v<T, SubscriptionSucceeded>)
                return QStringLiteral("SubscriptionSucceeded(%1, %2)")
                    .arg(value.channel, value.members ? members(*value.members) : QStringLiteral("<no presence>"));
            else if constexpr (std::is_same_v<T, SubscriptionError>)
                return QStringLiteral("SubscriptionError(%1, %2, %3, %4)")
                    .arg(value.channel, value.type, value.error, optionalInt(value.status));
            else if constexpr (std::is_same_v<T, MemberAdded>)
                return QStringLiteral("MemberAdded(%1, %2)").arg(value.channel, members({value.member}));
            else if constexpr (std::is_same_v<T, MemberRemoved>)
                return QStringLiteral("MemberRemoved(%1, %2)").arg(value.channel, value.userId);
            else if constexpr (std::is_same_v<T, ChannelEvent>)
                return QStringLiteral("ChannelEvent(%1, %2, %3, %4)")
                    .arg(value.channel, value.event, QString::fromUtf8(value.payload), value.userId);
            else
                return QStringLiteral("IgnoredMessage(%1, %2)").arg(value.event, value.channel);
        },
        message);
}

inline char *toString(const Message &message)
{
    return QTest::toString(describe(message));
}

inline QString describe(const DecodeResult &result)
{
    if (const auto *error = std::get_if<DecodeError>(&result))
        return QStringLiteral("DecodeError(%1)").arg(error->message);
    return describe(std::get<Message>(result));
}

// For QCOMPARE only (Qt Test frees what it gets); messages of QVERIFY2 use
// qPrintable(describe(...)), which leaves nothing to free.
inline char *toString(const DecodeResult &result)
{
    return QTest::toString(describe(result));
}

} // namespace shuriken::pusher
