#pragma once

#include "pushersettings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace shuriken {

/// Where the monitor connects: the built-in simulator, the Shuriken API, any other base URL, or
/// a Pusher-protocol server directly (no Shuriken REST bootstrap, no catalog).
/// No secret is part of a profile as stored: the API key lives in the SecretStore under
/// secretKey(), a Pusher profile's secrets (PusherSecrets) under pusherSecretKey().
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::Profile)

public:
    enum class Kind
    {
        Simulator, // the embedded SimulatorServer on an ephemeral loopback port; no key
        ShurikenApi, // https://api.shuriken.trade with an agent key
        CustomUrl, // any base URL (staging, a local shuriken-sim), with or without a key
        Pusher, // any Pusher-protocol server (Pusher Channels, soketi, Reverb, Ably), directly
        PusherSimulator, // the embedded SimulatorServer as a plain Pusher server; built in
    };

    QString id; // stable: the secret key and the saved subscriptions hang off it
    QString name;
    Kind kind = Kind::Simulator;
    QUrl baseUrl; // unused for the simulator, whose port is only known once it listens
    /// The server of a Pusher profile (its secret fields are empty as stored). For the Pusher
    /// simulator it is filled when the simulator listens.
    PusherSettings pusher;

    bool isSimulator() const { return kind == Kind::Simulator; }
    /// The profiles the monitor always has and nobody edits or removes.
    bool isBuiltIn() const { return kind == Kind::Simulator || kind == Kind::PusherSimulator; }
    /// Activating the profile starts the embedded SimulatorServer.
    bool runsSimulator() const { return isBuiltIn(); }
    /// Direct mode: channels by name, no catalog (StreamClient::Options::pusher).
    bool isPusher() const { return kind == Kind::Pusher || kind == Kind::PusherSimulator; }
    /// The Shuriken API cannot be used without a key; a custom server may not need one.
    bool requiresKey() const { return kind == Kind::ShurikenApi; }
    bool acceptsKey() const { return kind == Kind::ShurikenApi || kind == Kind::CustomUrl; }
    QString secretKey() const { return secretKeyFor(id); }
    QString pusherSecretKey() const { return pusherSecretKeyFor(id); }
    /// Where the SecretStore keeps the key of the profile with this id.
    static QString secretKeyFor(const QString &profileId)
    {
        return QStringLiteral("profile/") + profileId + QStringLiteral("/apiKey");
    }
    /// Where the SecretStore keeps the PusherSecrets of the profile with this id.
    static QString pusherSecretKeyFor(const QString &profileId)
    {
        return QStringLiteral("profile/") + profileId + QStringLiteral("/pusherSecrets");
    }

    static QString kindText(Kind kind);
    /// Where the profile connects, for tooltips: a base URL or a Pusher server; no secret.
    QString whereText() const;
    static QUrl defaultApiUrl() { return QUrl(QStringLiteral("https://api.shuriken.trade")); }
    static QString simulatorId() { return QStringLiteral("simulator"); }
    static QString pusherSimulatorId() { return QStringLiteral("simulator-pusher"); }
    static QString shurikenApiId() { return QStringLiteral("shuriken-api"); }
    /// The profiles every installation starts with: the two built-in simulators, then the
    /// Shuriken API.
    static QList<Profile> defaults();
    /// The simulator in plain Pusher mode (its server settings are filled when it listens).
    static Profile pusherSimulator();
    /// A new custom profile with a fresh id.
    static Profile newCustom(const QString &name, const QUrl &baseUrl);
    /// A new Pusher profile with a fresh id, starting from @p preset's values.
    static Profile newPusher(const QString &name, PusherSettings::Preset preset);

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// The secrets of a Pusher profile: the app secret, the encryption master key and the auth
/// headers. They are kept together as one SecretStore entry (Profile::pusherSecretKey()), never
/// in QSettings. The header list goes there whole, names with values: a header's name is part
/// of the credential's meaning, and one entry cannot disagree with the settings file (a copied
/// INI file, a keychain entry lost) the way names in one place and values in another could; it
/// is also one keychain lookup per connection instead of several.
struct PusherSecrets
{
    QString appSecret;
    QByteArray encryptionMasterKey; // raw bytes
    QList<QPair<QByteArray, QByteArray>> authHeaders;

    bool isEmpty() const { return appSecret.isEmpty() && encryptionMasterKey.isEmpty() && authHeaders.isEmpty(); }
    /// The secret fields of @p settings.
    static PusherSecrets of(const PusherSettings &settings);
    /// Fills the secret fields of @p settings.
    void applyTo(PusherSettings &settings) const;
    /// Clears the secret fields of @p settings (what is stored in QSettings).
    static void strip(PusherSettings &settings);

    /// The SecretStore text: compact JSON, the key in base64.
    QString toText() const;
    /// Reads toText(); anything unreadable gives empty secrets.
    static PusherSecrets fromText(const QString &text);

    friend bool operator==(const PusherSecrets &, const PusherSecrets &) = default;
};

/// Checks a base URL typed by the user: absolute http(s) with a host. Returns an error text or an
/// empty string.
QString validateBaseUrl(const QUrl &url);

} // namespace shuriken
