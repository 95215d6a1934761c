#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace shuriken {

/// Where the monitor connects: the built-in simulator, the Shuriken API, or any other base URL.
/// The API key is not part of a profile: it lives in the SecretStore under secretKey().
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(shuriken::Profile)

public:
    enum class Kind
    {
        Simulator, // the embedded SimulatorServer on an ephemeral loopback port; no key
        ShurikenApi, // https://api.shuriken.trade with an agent key
        CustomUrl, // any base URL (staging, a local shuriken-sim), with or without a key
    };

    QString id; // stable: the secret key and the saved subscriptions hang off it
    QString name;
    Kind kind = Kind::Simulator;
    QUrl baseUrl; // unused for the simulator, whose port is only known once it listens

    bool isSimulator() const { return kind == Kind::Simulator; }
    /// The Shuriken API cannot be used without a key; a custom server may not need one.
    bool requiresKey() const { return kind == Kind::ShurikenApi; }
    bool acceptsKey() const { return kind != Kind::Simulator; }
    QString secretKey() const { return secretKeyFor(id); }
    /// Where the SecretStore keeps the key of the profile with this id.
    static QString secretKeyFor(const QString &profileId)
    {
        return QStringLiteral("profile/") + profileId + QStringLiteral("/apiKey");
    }

    static QString kindText(Kind kind);
    static QUrl defaultApiUrl() { return QUrl(QStringLiteral("https://api.shuriken.trade")); }
    static QString simulatorId() { return QStringLiteral("simulator"); }
    static QString shurikenApiId() { return QStringLiteral("shuriken-api"); }
    /// The two profiles every installation starts with.
    static QList<Profile> defaults();
    /// A new custom profile with a fresh id.
    static Profile newCustom(const QString &name, const QUrl &baseUrl);

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// Checks a base URL typed by the user: absolute http(s) with a host. Returns an error text or an
/// empty string.
QString validateBaseUrl(const QUrl &url);

} // namespace shuriken
