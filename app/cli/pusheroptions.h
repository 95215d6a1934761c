#pragma once

// shuriken-stream's options for any Pusher-protocol server (--pusher-key, --cluster, --ws-host,
// --channel, ...): pusher-js' settings on the command line, read into a PusherSettings.

#include "dto.h"
#include "pushersettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shuriken::cli {

class PusherOptions
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::cli::PusherOptions)

public:
    PusherOptions();

    void addTo(QCommandLineParser &parser) const;
    /// Whether any of these options was given (the run is then a direct Pusher run).
    bool anySet(const QCommandLineParser &parser) const;

    struct Result
    {
        PusherSettings settings;
        /// One per --channel: the stream is the channel name, the filter names --bind's event.
        QList<SubscriptionRequest> channels;
    };
    /// The settings and channels; nullopt and a usage error in @p error. @p environment gives
    /// PUSHER_APP_SECRET and PUSHER_ENCRYPTION_MASTER_KEY when the options do not.
    /// The first option given that names a server or credentials (--simulator has its own), or
    /// nullptr.
    const QCommandLineOption *serverOptionSet(const QCommandLineParser &parser) const;
    std::optional<Result> read(const QCommandLineParser &parser,
                               const std::function<QString(const char *)> &environment, QString *error) const;
    /// Reads only --channel and --bind (an embedded simulator fills in the server); any option
    /// naming a server or credentials is then a usage error.
    std::optional<QList<SubscriptionRequest>> readChannels(const QCommandLineParser &parser, QString *error) const;

private:
    QCommandLineOption m_key;
    QCommandLineOption m_cluster;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_tls;
    QCommandLineOption m_path;
    QCommandLineOption m_authEndpoint;
    QCommandLineOption m_authHeader;
    QCommandLineOption m_authParam;
    QCommandLineOption m_userAuthEndpoint;
    QCommandLineOption m_appId;
    QCommandLineOption m_appSecret;
    QCommandLineOption m_masterKey;
    QCommandLineOption m_userId;
    QCommandLineOption m_userInfo;
    QCommandLineOption m_channel;
    QCommandLineOption m_bind;
};

} // namespace shuriken::cli
