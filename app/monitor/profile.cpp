#include "profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace shuriken {

QString Profile::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Simulator:
        return tr("Built-in simulator");
    case Kind::ShurikenApi:
        return tr("Shuriken API");
    case Kind::CustomUrl:
        return tr("Custom base URL");
    case Kind::Pusher:
        return tr("Pusher-protocol server");
    case Kind::PusherSimulator:
        return tr("Built-in simulator (Pusher mode)");
    }
    return {};
}

QString Profile::whereText() const
{
    switch (kind) {
    case Kind::Simulator:
    case Kind::PusherSimulator:
        return kindText(kind);
    case Kind::Pusher:
        return pusher.describe();
    case Kind::ShurikenApi:
    case Kind::CustomUrl:
        break;
    }
    return baseUrl.toString();
}

QList<Profile> Profile::defaults()
{
    return {
        Profile {simulatorId(), tr("Simulator"), Kind::Simulator, QUrl(), {}},
        pusherSimulator(),
        Profile {shurikenApiId(), tr("Shuriken API"), Kind::ShurikenApi, defaultApiUrl(), {}},
    };
}

Profile Profile::pusherSimulator()
{
    return Profile {pusherSimulatorId(), tr("Simulator (Pusher mode)"), Kind::PusherSimulator, QUrl(), {}};
}

Profile Profile::newCustom(const QString &name, const QUrl &baseUrl)
{
    return Profile {QUuid::createUuid().toString(QUuid::WithoutBraces), name, Kind::CustomUrl, baseUrl, {}};
}

Profile Profile::newPusher(const QString &name, PusherSettings::Preset preset)
{
    return Profile {QUuid::createUuid().toString(QUuid::WithoutBraces), name, Kind::Pusher, QUrl(),
                    PusherSettings::forPreset(preset)};
}

PusherSecrets PusherSecrets::of(const PusherSettings &settings)
{
    return PusherSecrets {settings.appSecret, settings.encryptionMasterKey, settings.authHeaders};
}

void PusherSecrets::applyTo(PusherSettings &settings) const
{
    settings.appSecret = appSecret;
    settings.encryptionMasterKey = encryptionMasterKey;
    settings.authHeaders = authHeaders;
}

void PusherSecrets::strip(PusherSettings &settings)
{
    PusherSecrets().applyTo(settings);
}

QString PusherSecrets::toText() const
{
    QJsonObject object;
    if (!appSecret.isEmpty())
        object.insert(QStringLiteral("appSecret"), appSecret);
    if (!encryptionMasterKey.isEmpty())
        object.insert(QStringLiteral("encryptionMasterKey"), QString::fromLatin1(encryptionMasterKey.toBase64()));
    QJsonArray headers;
    for (const auto &[name, value] : authHeaders)
        headers.append(QJsonArray {QString::fromLatin1(name), QString::fromUtf8(value)});
    if (!headers.isEmpty())
        object.insert(QStringLiteral("authHeaders"), headers);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

PusherSecrets PusherSecrets::fromText(const QString &text)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    PusherSecrets secrets;
    secrets.appSecret = object.value(QStringLiteral("appSecret")).toString();
    secrets.encryptionMasterKey
        = QByteArray::fromBase64(object.value(QStringLiteral("encryptionMasterKey")).toString().toLatin1(),
                                 QByteArray::AbortOnBase64DecodingErrors);
    const QJsonArray headers = object.value(QStringLiteral("authHeaders")).toArray();
    for (const auto &header : headers) {
        const QJsonArray pair = header.toArray();
        const QString name = pair.at(0).toString();
        if (pair.size() == 2 && !name.isEmpty())
            secrets.authHeaders.append({name.toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return secrets;
}

QString validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return Profile::tr("Enter an absolute URL such as https://api.shuriken.trade.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Profile::tr("The base URL must start with http:// or https://.");
    if (url.host().isEmpty())
        return Profile::tr("The base URL has no host.");
    if (!url.userInfo().isEmpty())
        return Profile::tr("Put the API key in the key field, not in the URL.");
    return {};
}

} // namespace shuriken
