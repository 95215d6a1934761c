#include "pushermessage.h"

#include <type_traits>

namespace shuriken::pusher {

ChannelType channelType(const QString &channel)
{
    if (channel.startsWith(QLatin1String("private-encrypted-")))
        return ChannelType::PrivateEncrypted;
    if (channel.startsWith(QLatin1String("private-")))
        return ChannelType::Private;
    if (channel.startsWith(QLatin1String("presence-")))
        return ChannelType::Presence;
    return ChannelType::Public;
}

bool isValidChannelName(const QString &channel)
{
    if (channel.isEmpty() || channel.size() > 164)
        return false;
    for (const QChar character : channel) {
        const char16_t unit = character.unicode();
        const bool letterOrDigit
            = (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') || (unit >= u'0' && unit <= u'9');
        if (letterOrDigit)
            continue;
        switch (unit) {
        case u'_':
        case u'-':
        case u'=':
        case u'@':
        case u',':
        case u'.':
        case u';':
            continue;
        default:
            return false;
        }
    }
    return true;
}

QString eventName(const Message &message)
{
    return std::visit(
        [](const auto &value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, ConnectionEstablished>)
                return QStringLiteral("pusher:connection_established");
            else if constexpr (std::is_same_v<T, PusherError>)
                return QStringLiteral("pusher:error");
            else if constexpr (std::is_same_v<T, Ping>)
                return QStringLiteral("pusher:ping");
            else if constexpr (std::is_same_v<T, Pong>)
                return QStringLiteral("pusher:pong");
            else if constexpr (std::is_same_v<T, Subscribe>)
                return QStringLiteral("pusher:subscribe");
            else if constexpr (std::is_same_v<T, Unsubscribe>)
                return QStringLiteral("pusher:unsubscribe");
            else if constexpr (std::is_same_v<T, SubscriptionSucceeded>)
                return QStringLiteral("pusher_internal:subscription_succeeded");
            else if constexpr (std::is_same_v<T, SubscriptionError>)
                return QStringLiteral("pusher:subscription_error");
            else if constexpr (std::is_same_v<T, MemberAdded>)
                return QStringLiteral("pusher_internal:member_added");
            else if constexpr (std::is_same_v<T, MemberRemoved>)
                return QStringLiteral("pusher_internal:member_removed");
            else
                return value.event; // ChannelEvent, IgnoredMessage
        },
        message);
}

QString channelName(const Message &message)
{
    return std::visit(
        [](const auto &value) -> QString {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T,
                                         ConnectionEstablished> || std::is_same_v<T, Ping> || std::is_same_v<T, Pong>)
                return QString();
            else
                return value.channel;
        },
        message);
}

} // namespace shuriken::pusher
