#include "pushersettings.h"

#include "secretbox.h"

namespace shuriken {

PusherSettings PusherSettings::forPreset(Preset preset)
{
    PusherSettings settings;
    settings.preset = preset;
    switch (preset) {
    case Preset::Custom:
        break;
    case Preset::PusherChannels:
        settings.cluster = QStringLiteral("mt1");
        settings.channelAuthEndpoint = QUrl(QStringLiteral("http://localhost:3000/pusher/auth"));
        break;
    case Preset::Soketi:
        // soketi's defaults (SOKETI_DEFAULT_APP_ID / _KEY / _SECRET), plain ws on 6001.
        settings.host = QStringLiteral("127.0.0.1");
        settings.wsPort = 6001;
        settings.wssPort = 6001;
        settings.tls = false;
        settings.appKey = QStringLiteral("app-key");
        settings.appId = QStringLiteral("app-id");
        settings.channelAuthEndpoint = QUrl(QStringLiteral("http://127.0.0.1:3000/pusher/auth"));
        break;
    case Preset::Reverb:
        // php artisan reverb:start listens on 0.0.0.0:8080; Laravel's auth route is
        // /broadcasting/auth on the application (php artisan serve: port 8000).
        settings.host = QStringLiteral("localhost");
        settings.wsPort = 8080;
        settings.wssPort = 443;
        settings.tls = false;
        settings.channelAuthEndpoint = QUrl(QStringLiteral("http://localhost:8000/broadcasting/auth"));
        break;
    case Preset::Ably:
        settings.host = QStringLiteral("realtime-pusher.ably.io");
        settings.wsPort = 80;
        settings.wssPort = 443;
        settings.tls = true;
        settings.httpApiUrl = QUrl(QStringLiteral("https://rest-pusher.ably.io"));
        break;
    }
    return settings;
}

PusherSettings PusherSettings::forReplay()
{
    PusherSettings settings;
    settings.appKey = QStringLiteral("replay");
    settings.host = QStringLiteral("replay.invalid");
    return settings;
}

QString PusherSettings::presetText(Preset preset)
{
    switch (preset) {
    case Preset::Custom:
        return tr("Other Pusher-protocol server");
    case Preset::PusherChannels:
        return tr("Pusher Channels");
    case Preset::Soketi:
        return tr("soketi");
    case Preset::Reverb:
        return tr("Laravel Reverb");
    case Preset::Ably:
        return tr("Ably (Pusher adapter)");
    }
    return {};
}

QString PusherSettings::presetId(Preset preset)
{
    switch (preset) {
    case Preset::Custom:
        return QStringLiteral("custom");
    case Preset::PusherChannels:
        return QStringLiteral("pusher");
    case Preset::Soketi:
        return QStringLiteral("soketi");
    case Preset::Reverb:
        return QStringLiteral("reverb");
    case Preset::Ably:
        return QStringLiteral("ably");
    }
    return {};
}

std::optional<PusherSettings::Preset> PusherSettings::presetFromId(const QString &id)
{
    for (Preset preset : {Preset::Custom, Preset::PusherChannels, Preset::Soketi, Preset::Reverb, Preset::Ably}) {
        if (presetId(preset) == id)
            return preset;
    }
    return std::nullopt;
}

QString PusherSettings::effectiveHost() const
{
    if (!host.isEmpty())
        return host;
    if (!cluster.isEmpty())
        return QStringLiteral("ws-") + cluster + QStringLiteral(".pusher.com");
    return {};
}

pusher::PusherEndpoint PusherSettings::endpoint() const
{
    pusher::PusherEndpoint endpoint;
    endpoint.host = effectiveHost();
    endpoint.tls = tls;
    endpoint.port = tls ? wssPort : wsPort;
    endpoint.tlsFallbackPort = wssPort;
    endpoint.appKey = appKey;
    endpoint.path = path;
    return endpoint;
}

QUrl PusherSettings::effectiveHttpApiUrl() const
{
    if (!httpApiUrl.isEmpty())
        return httpApiUrl;
    QUrl url;
    if (host.isEmpty() && !cluster.isEmpty()) {
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("api-") + cluster + QStringLiteral(".pusher.com"));
        return url;
    }
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(effectiveHost());
    const quint16 port = tls ? wssPort : wsPort;
    if (port != (tls ? 443 : 80))
        url.setPort(port);
    return url;
}

QString PusherSettings::validate() const
{
    if (appKey.trimmed().isEmpty())
        return tr("the app key is missing");
    if (appKey.contains(u':'))
        return tr("the app key must not contain ':' (for Ably, use the part of the key before the colon)");
    if (effectiveHost().isEmpty())
        return tr("give a cluster or a host");
    if (effectiveHost().contains(u'/') || effectiveHost().contains(u':'))
        return tr("the host must be a bare host name, without scheme, port or path");
    if ((tls ? wssPort : wsPort) == 0)
        return tr("the port must be between 1 and 65535");
    if (!path.isEmpty() && !path.startsWith(u'/'))
        return tr("the path must start with '/'");
    for (const QUrl &url : {channelAuthEndpoint, userAuthEndpoint, httpApiUrl}) {
        if (url.isEmpty())
            continue;
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("%1 is not an absolute http(s) URL").arg(url.toDisplayString());
    }
    if (!encryptionMasterKey.isEmpty() && encryptionMasterKey.size() != pusher::kSecretBoxKeyBytes)
        return tr("the encryption master key must be %1 bytes (base64 of 32 bytes)").arg(pusher::kSecretBoxKeyBytes);
    return {};
}

QString PusherSettings::describe() const
{
    const pusher::PusherEndpoint e = endpoint();
    return tr("%1://%2:%3%4 (key %5)")
        .arg(e.tls ? QStringLiteral("wss") : QStringLiteral("ws"), e.host)
        .arg(e.port)
        .arg(e.path, appKey);
}

bool parseHeaderLine(const QString &line, QPair<QByteArray, QByteArray> *header)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return false;
    const QString name = line.left(colon).trimmed();
    if (name.isEmpty() || name.contains(u' '))
        return false;
    *header = {name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()};
    return true;
}

} // namespace shuriken
