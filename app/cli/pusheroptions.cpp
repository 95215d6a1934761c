#include "pusheroptions.h"

#include "pushermessage.h"
#include "secretbox.h"
#include "subscription.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shuriken::cli {

PusherOptions::PusherOptions()
    : m_key(QStringLiteral("pusher-key"),
            tr("Connect to a Pusher-protocol server (Pusher Channels, soketi, Reverb, Ably) with this app key "
               "instead of the Shuriken API."),
            tr("key"))
    , m_cluster(QStringLiteral("cluster"), tr("Pusher Channels cluster: the server is ws-CLUSTER.pusher.com (TLS)."),
                tr("cluster"))
    , m_host(QStringLiteral("ws-host"), tr("The server's host (soketi, Reverb, ...); plain ws unless --tls."),
             tr("host"))
    , m_port(QStringLiteral("ws-port"), tr("The server's port (default 80, or 443 with --tls)."), tr("port"))
    , m_tls(QStringLiteral("tls"), tr("Use wss (TLS) with --ws-host."))
    , m_path(QStringLiteral("ws-path"), tr("Path before /app/KEY (pusher-js' wsPath)."), tr("path"))
    , m_authEndpoint(QStringLiteral("auth-endpoint"),
                     tr("Channel authorization endpoint for private and presence channels (a form POST of "
                        "socket_id and channel_name)."),
                     tr("url"))
    , m_authHeader(QStringLiteral("auth-header"),
                   tr("A header for the auth endpoints, 'Name: value' (a cookie, a CSRF token, a bearer token); "
                      "repeatable. Its value never appears in the output."),
                   tr("header"))
    , m_authParam(QStringLiteral("auth-param"),
                  tr("An extra form parameter for the auth endpoints, name=value; "
                     "repeatable."),
                  tr("param"))
    , m_userAuthEndpoint(QStringLiteral("user-auth-endpoint"),
                         tr("User authentication endpoint: sign in (pusher:signin) after connecting."), tr("url"))
    , m_appId(QStringLiteral("app-id"), tr("The app id (with --app-secret, for the HTTP API)."), tr("id"))
    , m_appSecret(QStringLiteral("app-secret"),
                  tr("The app secret: private and presence channels are signed here instead of through the auth "
                     "endpoint (or set PUSHER_APP_SECRET, which keeps it out of the process list)."),
                  tr("secret"))
    , m_masterKey(QStringLiteral("encryption-master-key"),
                  tr("Base64 of the app's 32-byte encryption master key, for private-encrypted- channels signed "
                     "here (or set PUSHER_ENCRYPTION_MASTER_KEY)."),
                  tr("base64"))
    , m_userId(QStringLiteral("user-id"), tr("Presence user_id when signing here (default qt-monitor)."), tr("id"))
    , m_userInfo(QStringLiteral("user-info"), tr("Presence user_info (a JSON object) when signing here."), tr("json"))
    , m_channel(QStringLiteral("channel"),
                tr("Subscribe to this channel (public, private-, presence- or private-encrypted-) and print every "
                   "event on it; repeatable."),
                tr("name"))
    , m_bind(QStringLiteral("bind"),
             tr("The event name your application binds: events that arrive only under other names are "
                "explained on stderr."),
             tr("event"))
{ }

void PusherOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_key, m_cluster, m_host, m_port, m_tls, m_path, m_authEndpoint, m_authHeader, m_authParam,
                       m_userAuthEndpoint, m_appId, m_appSecret, m_masterKey, m_userId, m_userInfo, m_channel, m_bind});
}

bool PusherOptions::anySet(const QCommandLineParser &parser) const
{
    return serverOptionSet(parser) || parser.isSet(m_channel) || parser.isSet(m_bind);
}

const QCommandLineOption *PusherOptions::serverOptionSet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption *option :
         {&m_key, &m_cluster, &m_host, &m_port, &m_tls, &m_path, &m_authEndpoint, &m_authHeader, &m_authParam,
          &m_userAuthEndpoint, &m_appId, &m_appSecret, &m_masterKey, &m_userId, &m_userInfo}) {
        if (parser.isSet(*option))
            return option;
    }
    return nullptr;
}

std::optional<QList<SubscriptionRequest>> PusherOptions::readChannels(const QCommandLineParser &parser,
                                                                      QString *error) const
{
    QList<SubscriptionRequest> channels;
    const QString bind = parser.value(m_bind).trimmed();
    const QStringList names = parser.values(m_channel);
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (!pusher::isValidChannelName(name)) {
            *error = tr("--channel \"%1\" is not a valid channel name (letters, digits and _ - = @ , . ; only, at "
                        "most 164 characters)")
                         .arg(raw);
            return std::nullopt;
        }
        SubscriptionRequest request {name, {}};
        if (!bind.isEmpty())
            request.filter.insert(Subscription::bindFilterKey(), bind);
        channels.append(request);
    }
    if (channels.isEmpty()) {
        *error = tr("give at least one --channel");
        return std::nullopt;
    }
    return channels;
}

std::optional<PusherOptions::Result> PusherOptions::read(const QCommandLineParser &parser,
                                                         const std::function<QString(const char *)> &environment,
                                                         QString *error) const
{
    Result result;
    PusherSettings &settings = result.settings;
    settings.appKey = parser.value(m_key).trimmed();
    if (settings.appKey.isEmpty()) {
        *error = tr("--pusher-key is required to connect to a Pusher-protocol server");
        return std::nullopt;
    }
    if (parser.isSet(m_cluster) == parser.isSet(m_host)) {
        *error = tr("give either --cluster (Pusher Channels) or --ws-host (any other server)");
        return std::nullopt;
    }
    if (parser.isSet(m_cluster)) {
        settings.cluster = parser.value(m_cluster).trimmed();
        settings.tls = true;
    } else {
        settings.host = parser.value(m_host).trimmed();
        settings.tls = parser.isSet(m_tls);
    }
    if (parser.isSet(m_port)) {
        bool ok = false;
        const uint port = parser.value(m_port).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = tr("--ws-port needs a port number from 1 to 65535");
            return std::nullopt;
        }
        // The one port given is the one used, plain or TLS.
        settings.wsPort = quint16(port);
        settings.wssPort = quint16(port);
    }
    settings.path = parser.value(m_path).trimmed();
    const auto url = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? QUrl(parser.value(option).trimmed(), QUrl::StrictMode) : QUrl();
    };
    settings.channelAuthEndpoint = url(m_authEndpoint);
    settings.userAuthEndpoint = url(m_userAuthEndpoint);
    const QStringList headers = parser.values(m_authHeader);
    for (const QString &line : headers) {
        QPair<QByteArray, QByteArray> header;
        if (!parseHeaderLine(line, &header)) {
            // The value may be a secret ("Authorization Bearer <token>" lacks the colon): name only
            // what comes before the first colon or space.
            const QString trimmed = line.trimmed();
            qsizetype end = 0;
            while (end < trimmed.size() && trimmed.at(end) != u':' && !trimmed.at(end).isSpace())
                ++end;
            *error = tr("--auth-header needs 'Name: value' (got a header named \"%1\")").arg(trimmed.left(end));
            return std::nullopt;
        }
        settings.authHeaders.append(header);
    }
    const QStringList params = parser.values(m_authParam);
    for (const QString &param : params) {
        const qsizetype equals = param.indexOf(u'=');
        if (equals <= 0) {
            // The value may be a secret (a _token): say what is wrong without echoing it.
            *error = tr("--auth-param needs name=value");
            return std::nullopt;
        }
        settings.authParams.append({param.left(equals), param.mid(equals + 1)});
    }
    settings.appId = parser.value(m_appId).trimmed();
    settings.appSecret = parser.isSet(m_appSecret) ? parser.value(m_appSecret) : environment("PUSHER_APP_SECRET");
    const QString masterKey
        = parser.isSet(m_masterKey) ? parser.value(m_masterKey) : environment("PUSHER_ENCRYPTION_MASTER_KEY");
    if (!masterKey.isEmpty()) {
        QString problem;
        settings.encryptionMasterKey = pusher::decodeSecretKey(masterKey, &problem);
        if (settings.encryptionMasterKey.isEmpty()) {
            *error = tr("--encryption-master-key: %1").arg(problem);
            return std::nullopt;
        }
    }
    if (parser.isSet(m_userId))
        settings.userId = parser.value(m_userId);
    if (parser.isSet(m_userInfo)) {
        const QJsonDocument info = QJsonDocument::fromJson(parser.value(m_userInfo).toUtf8());
        if (!info.isObject()) {
            *error = tr("--user-info must be a JSON object");
            return std::nullopt;
        }
        settings.userInfo = info.object();
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    auto channels = readChannels(parser, error);
    if (!channels)
        return std::nullopt;
    result.channels = *channels;
    for (const SubscriptionRequest &channel : std::as_const(result.channels)) {
        const auto type = pusher::channelType(channel.stream);
        if (type != pusher::ChannelType::Public && !settings.signsLocally() && settings.channelAuthEndpoint.isEmpty()) {
            *error = tr("--channel %1 needs --auth-endpoint or --app-secret (private and presence channels are "
                        "authorized)")
                         .arg(channel.stream);
            return std::nullopt;
        }
    }
    return result;
}

} // namespace shuriken::cli
