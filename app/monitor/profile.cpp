#include "profile.h"

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
    }
    return {};
}

QList<Profile> Profile::defaults()
{
    return {
        Profile {simulatorId(), tr("Simulator"), Kind::Simulator, QUrl()},
        Profile {shurikenApiId(), tr("Shuriken API"), Kind::ShurikenApi, defaultApiUrl()},
    };
}

Profile Profile::newCustom(const QString &name, const QUrl &baseUrl)
{
    return Profile {QUuid::createUuid().toString(QUuid::WithoutBraces), name, Kind::CustomUrl, baseUrl};
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
