#include "pusherhttpapi.h"

#include "httpapisignature.h"
#include "pusherexplain.h"
#include "pushermessage.h"
#include "secretbox.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace shuriken {

namespace {

const QLatin1String encryptedPrefix("private-encrypted-");

bool isEncryptedChannel(const QString &channel)
{
    return channel.startsWith(encryptedPrefix);
}

/// The server's answer as bytes again, for the explanation to read its wording.
QByteArray answerBody(const ApiResponse &response)
{
    if (!response.body.isEmpty())
        return QJsonDocument(response.body).toJson(QJsonDocument::Compact);
    return response.error ? response.error->message().toUtf8() : QByteArray();
}

/// @p error with what it most likely means appended, when the server answered or could not be
/// reached at all; a request our own policy refused keeps its own reason.
ApiError explained(ApiError error, const ApiResponse &response)
{
    const bool unreachable = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Tls
        || error.kind() == ApiError::Kind::Timeout;
    if (response.httpStatus == 0 && !unreachable)
        return error;
    const pusher::Explanation explanation = pusher::explainHttpApiFailure(response.httpStatus, answerBody(response));
    if (explanation.isEmpty())
        return error;
    error.setMessage(
        error.message().isEmpty()
            ? explanation.text()
            : PusherHttpApi::tr("%1 — %2", "server's words — their meaning").arg(error.message(), explanation.text()));
    return error;
}

} // namespace

PusherHttpApi::PusherHttpApi(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    Q_ASSERT(client);
}

void PusherHttpApi::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); });
}

QString PusherHttpApi::credentialsError() const
{
    // The id goes into the request path: anything but an id's characters would change the path.
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (m_credentials.appId.isEmpty())
        return tr("The app id is missing: the HTTP API needs it in every request path");
    if (!idPattern.match(m_credentials.appId).hasMatch())
        return tr("The app id \"%1\" has characters an app id cannot have").arg(m_credentials.appId);
    if (m_credentials.appKey.isEmpty())
        return tr("The app key is missing: every HTTP API request is signed for it");
    if (m_credentials.appSecret.isEmpty())
        return tr("The app secret is missing: every HTTP API request is signed with it");
    return {};
}

std::variant<QByteArray, QString> PusherHttpApi::eventBody(const PusherEvent &event) const
{
    if (QString error = credentialsError(); !error.isEmpty())
        return error;
    if (event.name.isEmpty())
        return tr("The event needs a name");
    if (event.name.size() > maxEventNameLength)
        return tr("The event name has %1 characters; at most %2 are allowed")
            .arg(event.name.size())
            .arg(maxEventNameLength);
    if (event.name.startsWith(QLatin1String("pusher:")) || event.name.startsWith(QLatin1String("pusher_internal:")))
        return tr("Event names starting with pusher: or pusher_internal: are reserved for the protocol");
    if (event.channels.isEmpty())
        return tr("The event needs at least one channel");
    if (event.channels.size() > maxChannels)
        return tr("The event names %1 channels; at most %2 are allowed per request")
            .arg(event.channels.size())
            .arg(maxChannels);
    for (const QString &channel : event.channels) {
        if (!pusher::isValidChannelName(channel))
            return tr("\"%1\" is not a valid channel name (letters, digits and _ - = @ , . ; up to 164 characters)")
                .arg(channel);
    }
    const bool encrypted = std::any_of(event.channels.cbegin(), event.channels.cend(), isEncryptedChannel);
    if (encrypted && event.channels.size() > 1)
        return tr("An event on a private-encrypted- channel must be triggered on that channel alone: each channel "
                  "has its own key");
    static const QRegularExpression socketIdPattern(QStringLiteral("^\\d+\\.\\d+$"));
    if (!event.excludeSocketId.isEmpty() && !socketIdPattern.match(event.excludeSocketId).hasMatch())
        return tr("\"%1\" is not a socket id (two numbers joined by a dot, like 123.456)").arg(event.excludeSocketId);
    if (event.data.isEmpty())
        return tr("The event needs data; send {} for an empty object");

    QByteArray data = event.data.toUtf8();
    if (encrypted) {
        const QByteArray &masterKey = m_credentials.encryptionMasterKey;
        if (masterKey.isEmpty())
            return tr("Triggering on a private-encrypted- channel needs the app's encryption master key");
        if (masterKey.size() != pusher::kSecretBoxKeyBytes)
            return tr("The encryption master key must be %1 bytes").arg(pusher::kSecretBoxKeyBytes);
        data = pusher::encryptPayload(data, pusher::encryptedChannelSecret(event.channels.constFirst(), masterKey));
        if (data.isEmpty())
            return tr("The event data could not be encrypted (libsodium is not usable)");
    }
    if (data.size() > maxDataBytes) {
        return encrypted
            ? tr("The encrypted event data has %1 bytes; the HTTP API accepts at most %2 (encryption "
                 "adds about a third)")
                  .arg(data.size())
                  .arg(maxDataBytes)
            : tr("The event data has %1 bytes; the HTTP API accepts at most %2").arg(data.size()).arg(maxDataBytes);
    }

    QJsonObject body {
        {QStringLiteral("name"), event.name},
        {QStringLiteral("data"), QString::fromUtf8(data)},
        {QStringLiteral("channels"), QJsonArray::fromStringList(event.channels)},
    };
    if (!event.excludeSocketId.isEmpty())
        body.insert(QStringLiteral("socket_id"), event.excludeSocketId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString PusherHttpApi::validate(const PusherEvent &event) const
{
    const auto body = eventBody(event);
    return std::holds_alternative<QString>(body) ? std::get<QString>(body) : QString();
}

quint64 PusherHttpApi::trigger(const PusherEvent &event, QObject *context, Callback callback)
{
    const auto body = eventBody(event);
    if (const QString *error = std::get_if<QString>(&body)) {
        refuse(*error, context, std::move(callback));
        return 0;
    }
    return send(QByteArrayLiteral("POST"), QStringLiteral("/apps/%1/events").arg(m_credentials.appId),
                std::get<QByteArray>(body), {}, context, std::move(callback));
}

quint64 PusherHttpApi::channels(const QString &prefix, QObject *context, Callback callback)
{
    QString error = credentialsError();
    if (error.isEmpty() && !prefix.isEmpty() && !pusher::isValidChannelName(prefix))
        error = tr("\"%1\" cannot start a channel name").arg(prefix);
    if (!error.isEmpty()) {
        refuse(error, context, std::move(callback));
        return 0;
    }
    QList<QPair<QString, QString>> extra;
    if (!prefix.isEmpty())
        extra.append({QStringLiteral("filter_by_prefix"), prefix});
    return send(QByteArrayLiteral("GET"), QStringLiteral("/apps/%1/channels").arg(m_credentials.appId), {}, extra,
                context, std::move(callback));
}

quint64 PusherHttpApi::send(const QByteArray &method, const QString &pathInApi, const QByteArray &body,
                            const QList<QPair<QString, QString>> &extra, QObject *context, Callback callback)
{
    // The signature covers the path the server sees, including a prefix of the base URL.
    QUrl url = m_client->resolve(QUrl(pathInApi));
    url.setQuery(pusher::signHttpApiRequest(method, url.path(), body, m_credentials.appKey,
                                            m_credentials.appSecret.toUtf8(), m_clock(), extra));
    auto answer = [callback = std::move(callback)](const ApiResponse &response) {
        if (response.ok())
            callback(response.body);
        else
            callback(explained(*response.error, response));
    };
    if (method == "GET")
        return m_client->get(url, context, std::move(answer));
    return m_client->post(url, QByteArrayLiteral("application/json"), body, context, std::move(answer));
}

void PusherHttpApi::refuse(const QString &reason, QObject *context, Callback callback)
{
    // Asynchronous like every ApiClient answer, so callers have one code path; a context that
    // is gone by then takes the queued call with it.
    QMetaObject::invokeMethod(
        context ? context : this,
        [reason, callback = std::move(callback)] { callback(ApiError(ApiError::Kind::Refused, reason)); },
        Qt::QueuedConnection);
}

} // namespace shuriken
