#include "simulatorpusher.h"

#include "simulatorconfig.h"
#include "simulatorserver.h"

namespace shuriken {

PusherSettings simulatorPusherSettings(const sim::SimulatorServer &server, const sim::SimulatorConfig &config,
                                       bool signLocally)
{
    PusherSettings settings = PusherSettings::forPreset(PusherSettings::Preset::Custom);
    const QUrl base = server.baseUrl();
    settings.appKey = config.effectiveAppKey();
    settings.host = base.host();
    settings.wsPort = server.port();
    settings.wssPort = server.port();
    settings.tls = false;
    settings.channelAuthEndpoint = base.resolved(QUrl(QStringLiteral("/pusher/auth")));
    settings.userAuthEndpoint = base.resolved(QUrl(QStringLiteral("/pusher/user-auth")));
    settings.appId = config.appId;
    settings.httpApiUrl = base;
    if (signLocally) {
        settings.appSecret = config.appSecret;
        settings.encryptionMasterKey = config.encryptionMasterKey;
    }
    return settings;
}

} // namespace shuriken
