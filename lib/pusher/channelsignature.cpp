#include "channelsignature.h"

#include "textutil.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace shuriken::pusher {

namespace {

QByteArray signatureHex(const QByteArray &appSecret, const QString &socketId, const QString &channel,
                        const std::optional<QString> &channelData)
{
    QByteArray message = socketId.toUtf8();
    message.append(':');
    message.append(channel.toUtf8());
    if (channelData) {
        message.append(':');
        message.append(channelData->toUtf8());
    }
    return QMessageAuthenticationCode::hash(message, appSecret, QCryptographicHash::Sha256).toHex();
}

QByteArray userSignatureHex(const QByteArray &appSecret, const QString &socketId, const QString &userData)
{
    // The string Pusher signs for user authentication: socket id, "::user::", the user data.
    QByteArray message = socketId.toUtf8();
    message.append("::user::");
    message.append(userData.toUtf8());
    return QMessageAuthenticationCode::hash(message, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString signChannel(const QString &appKey, const QByteArray &appSecret, const QString &socketId, const QString &channel,
                    const std::optional<QString> &channelData)
{
    return appKey + QLatin1Char(':') + QString::fromLatin1(signatureHex(appSecret, socketId, channel, channelData));
}

bool verifyChannelSignature(const QString &auth, const QString &appKey, const QByteArray &appSecret,
                            const QString &socketId, const QString &channel, const std::optional<QString> &channelData)
{
    QByteArray expected = appKey.toUtf8();
    expected.append(':');
    expected.append(signatureHex(appSecret, socketId, channel, channelData));
    return constantTimeEquals(QByteArrayView(auth.toUtf8()), QByteArrayView(expected));
}

QString signUserAuthentication(const QString &appKey, const QByteArray &appSecret, const QString &socketId,
                               const QString &userData)
{
    return appKey + QLatin1Char(':') + QString::fromLatin1(userSignatureHex(appSecret, socketId, userData));
}

bool verifyUserAuthentication(const QString &auth, const QString &appKey, const QByteArray &appSecret,
                              const QString &socketId, const QString &userData)
{
    QByteArray expected = appKey.toUtf8();
    expected.append(':');
    expected.append(userSignatureHex(appSecret, socketId, userData));
    return constantTimeEquals(QByteArrayView(auth.toUtf8()), QByteArrayView(expected));
}

} // namespace shuriken::pusher
