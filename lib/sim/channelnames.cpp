#include "channelnames.h"

#include "simulatorconfig.h"

#include <QCryptographicHash>

namespace shuriken::sim {

namespace {

QString filterHash(const QString &streamId, const StreamFilter &filter)
{
    const QByteArray key = QString(streamId + u'{' + canonicalFilterText(filter) + u'}').toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool isChannelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'
        || c == u'=' || c == u'@' || c == u',' || c == u'.' || c == u';';
}

} // namespace

QString channelSafeUserId(const QString &userId)
{
    QString safe = userId.left(64);
    for (QChar &c : safe) {
        if (!isChannelChar(c))
            c = u'_';
    }
    return safe.isEmpty() ? QStringLiteral("anonymous") : safe;
}

namespace {

QString baseChannelName(const StreamDescriptor &stream, const StreamFilter &filter, const QString &userId)
{
    const QString hash = filter.isEmpty() ? QString() : u'-' + filterHash(stream.id, filter);
    if (stream.visibility != Visibility::Presence)
        return stream.id + hash;

    const QString user = channelSafeUserId(userId);
    if (stream.id == QLatin1String("alpha.personal"))
        return QStringLiteral("presence-alpha-") + user + hash;
    if (stream.id == QLatin1String("portfolio.notifications"))
        return QStringLiteral("presence-notification_") + user + hash;
    if (stream.id == QLatin1String("automation.updates"))
        return QStringLiteral("presence-automation-") + user + hash;
    if (stream.id == QLatin1String("alpha.signalFeedPersonal"))
        return QStringLiteral("presence-signal-feed-") + user + hash;
    if (stream.id == QLatin1String("alpha.signalFeedNamed"))
        return QStringLiteral("presence-signal-feed-named-") + user + hash;
    if (stream.id == QLatin1String("alpha.signalFeedProfile"))
        return QStringLiteral("presence-signal-profile-") + user + hash;
    // A presence stream added to the catalog later still gets a well-formed channel.
    QString id = stream.id;
    id.replace(u'.', u'-');
    return QStringLiteral("presence-") + id + u'-' + user + hash;
}

} // namespace

QString channelNameFor(const StreamDescriptor &stream, const StreamFilter &filter, const QString &userId, quint32 epoch)
{
    // A suffix, not a prefix: Pusher tells a channel's type by its prefix.
    return baseChannelName(stream, filter, userId) + SimulatorConfig::epochSuffix(epoch);
}

} // namespace shuriken::sim
