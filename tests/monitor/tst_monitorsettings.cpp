#include "displayfilter.h"
#include "fakesecretstore.h"
#include "monitorsettings.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shuriken;

class TestMonitorSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstRunOffersSimulatorAndShurikenApi();
    void profilesRoundTrip();
    void simulatorCannotBeRemoved();
    void brokenProfilesAreSkipped();
    void capacitiesAreClamped();
    void recentValuesAreMostRecentFirstAndBounded();
    void savedSubscriptionsPerProfile();
    void savedDisplayFiltersRoundTrip();
    void recentDisplayFiltersAreMostRecentFirstAndBounded();
    void colouringRulesRoundTrip();
    void customColumnsPerStream();
    void savedSubscriptionsSurviveGarbage();
    void keysNeverReachTheFile();
    void pusherProfileRoundTripKeepsSecretsInTheStore();
    void brokenPusherProfileIsSkipped();
    void recentChannelsPerProfile();
    void discoveredColumnsPerStream();

private:
    std::unique_ptr<QSettings> freshSettings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("monitor.ini")), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMonitorSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMonitorSettings::firstRunOffersSimulatorAndShurikenApi()
{
    MonitorSettings settings(freshSettings());
    const QList<Profile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles[0].kind, Profile::Kind::Simulator);
    QCOMPARE(profiles[1].kind, Profile::Kind::PusherSimulator);
    QCOMPARE(profiles[2].kind, Profile::Kind::ShurikenApi);
    QCOMPARE(profiles[2].baseUrl, QUrl(QStringLiteral("https://api.shuriken.trade")));
    QCOMPARE(settings.lastProfileId(), Profile::simulatorId());
    QCOMPARE(settings.tableCapacity(), 100000);
}

void TestMonitorSettings::profilesRoundTrip()
{
    QList<Profile> profiles = Profile::defaults();
    profiles.append(
        Profile::newCustom(QStringLiteral("Staging"), QUrl(QStringLiteral("https://staging.example.test"))));
    {
        MonitorSettings settings(freshSettings());
        QSignalSpy changed(&settings, &MonitorSettings::profilesChanged);
        settings.setProfiles(profiles);
        QCOMPARE(changed.size(), 1);
        settings.setProfiles(profiles);
        QCOMPARE(changed.size(), 1); // same list, no signal
        settings.setLastProfileId(profiles[3].id);
        settings.sync();
    }
    MonitorSettings reread(freshSettings());
    QCOMPARE(reread.profiles(), profiles);
    QCOMPARE(reread.lastProfileId(), profiles[3].id);
    QCOMPARE(reread.profile(profiles[3].id).name, QStringLiteral("Staging"));
    // An unknown id falls back to the simulator rather than to nothing.
    QCOMPARE(reread.profile(QStringLiteral("gone")).kind, Profile::Kind::Simulator);
}

void TestMonitorSettings::simulatorCannotBeRemoved()
{
    MonitorSettings settings(freshSettings());
    settings.setProfiles({});
    const QList<Profile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 2);
    QVERIFY(profiles[0].isSimulator());
    QCOMPARE(profiles[1].kind, Profile::Kind::PusherSimulator);
}

void TestMonitorSettings::brokenProfilesAreSkipped()
{
    {
        auto raw = freshSettings();
        raw->beginWriteArray(QStringLiteral("profiles"));
        raw->setArrayIndex(0);
        raw->setValue(QStringLiteral("id"), QStringLiteral("ok"));
        raw->setValue(QStringLiteral("name"), QStringLiteral("Fine"));
        raw->setValue(QStringLiteral("kind"), QStringLiteral("custom"));
        raw->setValue(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:9000"));
        raw->setArrayIndex(1);
        raw->setValue(QStringLiteral("id"), QStringLiteral("badkind"));
        raw->setValue(QStringLiteral("name"), QStringLiteral("Bad kind"));
        raw->setValue(QStringLiteral("kind"), QStringLiteral("warp"));
        raw->setArrayIndex(2);
        raw->setValue(QStringLiteral("id"), QStringLiteral("badurl"));
        raw->setValue(QStringLiteral("name"), QStringLiteral("Bad URL"));
        raw->setValue(QStringLiteral("kind"), QStringLiteral("custom"));
        raw->setValue(QStringLiteral("baseUrl"), QStringLiteral("ftp://nope"));
        raw->endArray();
    }
    MonitorSettings settings(freshSettings());
    const QList<Profile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles[2].id, QStringLiteral("ok"));
}

void TestMonitorSettings::capacitiesAreClamped()
{
    MonitorSettings settings(freshSettings());
    QSignalSpy changed(&settings, &MonitorSettings::capacitiesChanged);
    settings.setTableCapacity(5);
    QCOMPARE(settings.tableCapacity(), MonitorSettings::MinCapacity);
    settings.setRecorderMegabytes(1000000000);
    QCOMPARE(settings.recorderMegabytes(), MonitorSettings::MaxRecorderMegabytes);
    QCOMPARE(changed.size(), 2);
    settings.setRecorderMegabytes(MonitorSettings::MaxRecorderMegabytes);
    QCOMPARE(changed.size(), 2);
    settings.setRecorderMinutes(0);
    QCOMPARE(settings.recorderMinutes(), MonitorSettings::MinRecorderMinutes);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(settings.recorderLimits().maxBytes, qint64(MonitorSettings::MaxRecorderMegabytes) * 1024 * 1024);
    QCOMPARE(settings.recorderLimits().maxAgeMs, 60000);
    QCOMPARE(settings.updateIntervalMs(), MonitorSettings::DefaultUpdateIntervalMs);
    settings.setUpdateIntervalMs(1);
    QCOMPARE(settings.updateIntervalMs(), MonitorSettings::MinUpdateIntervalMs);
    settings.setUpdateIntervalMs(60000);
    QCOMPARE(settings.updateIntervalMs(), MonitorSettings::MaxUpdateIntervalMs);
    QCOMPARE(changed.size(), 5);
}

void TestMonitorSettings::recentValuesAreMostRecentFirstAndBounded()
{
    MonitorSettings settings(freshSettings());
    for (int i = 0; i < MonitorSettings::MaxRecentValues + 3; ++i)
        settings.rememberFilterValue(QStringLiteral("tokenAddress"), QStringLiteral("value%1").arg(i));
    settings.rememberFilterValue(QStringLiteral("tokenAddress"), QStringLiteral(" value5 "));
    settings.rememberFilterValue(QStringLiteral("tokenAddress"), QString());
    const QStringList values = settings.recentFilterValues(QStringLiteral("tokenAddress"));
    QCOMPARE(values.size(), MonitorSettings::MaxRecentValues);
    QCOMPARE(values.first(), QStringLiteral("value5"));
    QCOMPARE(values.count(QStringLiteral("value5")), 1);
    QVERIFY(!values.contains(QStringLiteral("value0")));
    QVERIFY(settings.recentFilterValues(QStringLiteral("chainId")).isEmpty());
}

void TestMonitorSettings::savedSubscriptionsPerProfile()
{
    MonitorSettings settings(freshSettings());
    const QList<SubscriptionRequest> simulator {
        {QStringLiteral("svm.token.swaps"), {{QStringLiteral("tokenAddress"), QStringLiteral("So1")}}},
        {QStringLiteral("svm.bondingCurve.creations"), {}},
    };
    settings.setSavedSubscriptions(Profile::simulatorId(), simulator);
    settings.setSavedSubscriptions(Profile::shurikenApiId(), {});
    QCOMPARE(settings.savedSubscriptions(Profile::simulatorId()), simulator);
    QVERIFY(settings.savedSubscriptions(Profile::shurikenApiId()).isEmpty());
    QVERIFY(settings.savedSubscriptions(QStringLiteral("other")).isEmpty());
}

void TestMonitorSettings::customColumnsPerStream()
{
    const QStringList swaps {QStringLiteral("fees.gasLamports"), QStringLiteral("tokens[0].mint")};
    {
        MonitorSettings settings(freshSettings());
        QVERIFY(settings.customColumns(QStringLiteral("svm.token.swaps")).isEmpty());
        settings.setCustomColumns(QStringLiteral("svm.token.swaps"), swaps);
        settings.setCustomColumns(QStringLiteral("svm.token.balances"), {QStringLiteral("decimals")});
        settings.setCustomColumns(QStringLiteral("svm.token.balances"), {});
        settings.sync();
    }
    MonitorSettings reread(freshSettings());
    QCOMPARE(reread.customColumns(QStringLiteral("svm.token.swaps")), swaps);
    QVERIFY(reread.customColumns(QStringLiteral("svm.token.balances")).isEmpty());
    QVERIFY(!reread.settings()->contains(QStringLiteral("columns/svm.token.balances")));
    QVERIFY(reread.settings()->contains(QStringLiteral("columns/svm.token.swaps")));
}

void TestMonitorSettings::savedSubscriptionsSurviveGarbage()
{
    {
        auto raw = freshSettings();
        raw->setValue(QStringLiteral("sessions/simulator/subscriptions"),
                      QStringLiteral(R"([{"stream":"svm.token.swaps","filter":{"tokenAddress":"A"}},)"
                                     R"({"stream":7},{"filter":{}},"text",)"
                                     R"({"stream":"svm.token.swaps","filter":{"tokenAddress":"A"}}])"));
        raw->setValue(QStringLiteral("sessions/other/subscriptions"), QStringLiteral("{not json"));
    }
    MonitorSettings settings(freshSettings());
    const QList<SubscriptionRequest> restored = settings.savedSubscriptions(Profile::simulatorId());
    QCOMPARE(restored.size(), 1);
    QCOMPARE(restored[0].filter.value(QStringLiteral("tokenAddress")), QStringLiteral("A"));
    QVERIFY(settings.savedSubscriptions(QStringLiteral("other")).isEmpty());
}

void TestMonitorSettings::keysNeverReachTheFile()
{
    // MonitorSettings has no API for secrets; prove the profile list does not carry one either.
    {
        MonitorSettings settings(freshSettings());
        QList<Profile> profiles = Profile::defaults();
        settings.setProfiles(profiles);
        settings.sync();
    }
    QFile file(m_dir->filePath(QStringLiteral("monitor.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("sk_"));
    QVERIFY(!text.toLower().contains("apikey"));
}

void TestMonitorSettings::savedDisplayFiltersRoundTrip()
{
    {
        MonitorSettings settings(freshSettings());
        QSignalSpy changed(&settings, &MonitorSettings::displayFiltersChanged);
        QVERIFY(settings.savedDisplayFilters().isEmpty());
        settings.saveDisplayFilter(QStringLiteral("Big buys"), QStringLiteral("isBuy && sizeUsd > 10000"));
        settings.saveDisplayFilter(QStringLiteral(" Sells "), QStringLiteral(" !isBuy "));
        settings.saveDisplayFilter(QStringLiteral("Unnamed"), QString());
        settings.saveDisplayFilter(QString(), QStringLiteral("isBuy"));
        // The same name again replaces the filter where it is.
        settings.saveDisplayFilter(QStringLiteral("Big buys"), QStringLiteral("isBuy && sizeUsd > 50000"));
        QCOMPARE(changed.count(), 3);
        settings.sync();
    }
    MonitorSettings settings(freshSettings());
    const QList<SavedDisplayFilter> expected {
        {QStringLiteral("Big buys"), QStringLiteral("isBuy && sizeUsd > 50000")},
        {QStringLiteral("Sells"), QStringLiteral("!isBuy")},
    };
    QCOMPARE(settings.savedDisplayFilters(), expected);
    QCOMPARE(settings.settings()->value(QStringLiteral("filters/saved/2/expression")).toString(),
             QStringLiteral("!isBuy"));

    QSignalSpy changed(&settings, &MonitorSettings::displayFiltersChanged);
    settings.removeSavedDisplayFilter(QStringLiteral("no such filter"));
    QCOMPARE(changed.count(), 0);
    settings.removeSavedDisplayFilter(QStringLiteral("Big buys"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.savedDisplayFilters(),
             QList<SavedDisplayFilter>({{QStringLiteral("Sells"), QStringLiteral("!isBuy")}}));
}

void TestMonitorSettings::recentDisplayFiltersAreMostRecentFirstAndBounded()
{
    MonitorSettings settings(freshSettings());
    QSignalSpy changed(&settings, &MonitorSettings::displayFiltersChanged);
    for (int i = 0; i < 12; ++i)
        settings.rememberDisplayFilter(QStringLiteral("seq == %1").arg(i));
    settings.rememberDisplayFilter(QStringLiteral(" seq == 5 "));
    settings.rememberDisplayFilter(QStringLiteral("seq == 5"));
    settings.rememberDisplayFilter(QString());
    QCOMPARE(changed.count(), 13);
    const QStringList recent = settings.recentDisplayFilters();
    QCOMPARE(recent.size(), MonitorSettings::MaxRecentDisplayFilters);
    QCOMPARE(recent.first(), QStringLiteral("seq == 5"));
    QCOMPARE(recent.at(1), QStringLiteral("seq == 11"));
    QCOMPARE(recent.count(QStringLiteral("seq == 5")), 1);
    QVERIFY(!recent.contains(QStringLiteral("seq == 1")));
    QCOMPARE(settings.settings()->value(QStringLiteral("filters/recent")).toStringList(), recent);

    settings.clearRecentDisplayFilters();
    QVERIFY(settings.recentDisplayFilters().isEmpty());
    QCOMPARE(changed.count(), 14);
}

void TestMonitorSettings::colouringRulesRoundTrip()
{
    const QList<ColouringRule> rules {
        {QStringLiteral("Whales"), QStringLiteral("sizeUsd > 100000"), QColor(0x10, 0x20, 0x30), QColor(), true},
        {QStringLiteral("Off"), QStringLiteral("isBuy"), QColor(), QColor(0xaa, 0xbb, 0xcc), false},
    };
    {
        MonitorSettings settings(freshSettings());
        // Until the user sets rules: the defaults, and every one of them parses.
        const QList<ColouringRule> defaults = settings.colouringRules();
        QCOMPARE(defaults, MonitorSettings::defaultColouringRules());
        QVERIFY(defaults.size() >= 3);
        for (const ColouringRule &rule : defaults) {
            QVERIFY2(DisplayFilter::parse(rule.filter).isValid(), qPrintable(rule.filter));
            QVERIFY(rule.foreground.isValid() && rule.background.isValid());
        }
        QSignalSpy changed(&settings, &MonitorSettings::colouringRulesChanged);
        settings.setColouringRules(rules);
        settings.setColouringRules(rules);
        QCOMPARE(changed.count(), 1);
        settings.sync();
    }
    MonitorSettings settings(freshSettings());
    QCOMPARE(settings.colouringRules(), rules);
    QCOMPARE(settings.settings()->value(QStringLiteral("filters/colouring/1/foreground")).toString(),
             QStringLiteral("#102030"));
    // No rules is a choice too, not a way back to the defaults.
    settings.setColouringRules({});
    QVERIFY(settings.colouringRules().isEmpty());
}

// The app secret, the encryption master key and the auth headers reach the SecretStore as one
// PusherSecrets entry; the settings file holds the rest and no secret.
void TestMonitorSettings::pusherProfileRoundTripKeepsSecretsInTheStore()
{
    Profile profile = Profile::newPusher(QStringLiteral("Production"), PusherSettings::Preset::PusherChannels);
    PusherSettings &pusher = profile.pusher;
    pusher.appKey = QStringLiteral("0123abcd");
    pusher.cluster = QStringLiteral("eu");
    pusher.path = QStringLiteral("/ws");
    pusher.wsPort = 8081;
    pusher.channelAuthEndpoint = QUrl(QStringLiteral("https://app.example.test/broadcasting/auth"));
    pusher.authParams = {{QStringLiteral("team"), QStringLiteral("7")}, {QStringLiteral("a"), QStringLiteral("b=c")}};
    pusher.userAuthEndpoint = QUrl(QStringLiteral("https://app.example.test/pusher/user-auth"));
    pusher.appId = QStringLiteral("1234");
    pusher.userId = QStringLiteral("user-9");
    pusher.userInfo = QJsonObject {{QStringLiteral("name"), QStringLiteral("Ada")}};
    pusher.httpApiUrl = QUrl(QStringLiteral("https://api-eu.pusher.com"));
    pusher.appSecret = QStringLiteral("SECRET-app-5f4dcc3b");
    pusher.encryptionMasterKey = QByteArray(32, 'M');
    pusher.authHeaders = {{"Authorization", "Bearer SECRET-token-e99a18c4"}, {"X-Tenant", "SECRET-tenant-77"}};

    test::FakeSecretStore store;
    {
        MonitorSettings settings(freshSettings());
        QList<Profile> profiles = Profile::defaults();
        profiles.append(profile);
        settings.setProfiles(profiles);
        store.writeSecret(profile.pusherSecretKey(), PusherSecrets::of(profile.pusher).toText());
        settings.sync();
    }
    QFile file(m_dir->filePath(QStringLiteral("monitor.ini")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("0123abcd"));
    QVERIFY2(!text.contains("SECRET"), text.constData());
    QVERIFY(!text.contains(QByteArray(32, 'M').toBase64()));
    QVERIFY(!text.contains("Authorization"));

    MonitorSettings reread(freshSettings());
    Profile read = reread.profile(profile.id);
    QCOMPARE(read.kind, Profile::Kind::Pusher);
    QVERIFY(PusherSecrets::of(read.pusher).isEmpty());
    // The secrets come back from the store, as the controller reads them.
    QSignalSpy answered(&store, &SecretStore::secretRead);
    store.readSecret(read.pusherSecretKey());
    QVERIFY(answered.wait(5000));
    PusherSecrets::fromText(answered.at(0).at(2).toString()).applyTo(read.pusher);
    QCOMPARE(read, profile);
}

void TestMonitorSettings::brokenPusherProfileIsSkipped()
{
    {
        auto raw = freshSettings();
        raw->beginWriteArray(QStringLiteral("profiles"));
        raw->setArrayIndex(0);
        raw->setValue(QStringLiteral("id"), QStringLiteral("nokey"));
        raw->setValue(QStringLiteral("name"), QStringLiteral("No key"));
        raw->setValue(QStringLiteral("kind"), QStringLiteral("pusher"));
        raw->setValue(QStringLiteral("pusher/cluster"), QStringLiteral("eu"));
        raw->setArrayIndex(1);
        raw->setValue(QStringLiteral("id"), QStringLiteral("builtin"));
        raw->setValue(QStringLiteral("name"), QStringLiteral("A second built-in"));
        raw->setValue(QStringLiteral("kind"), QStringLiteral("simulator-pusher"));
        raw->endArray();
    }
    MonitorSettings settings(freshSettings());
    QCOMPARE(settings.profiles().size(), 2);
}

void TestMonitorSettings::recentChannelsPerProfile()
{
    MonitorSettings settings(freshSettings());
    settings.rememberChannel(QStringLiteral("p"), QStringLiteral("orders"));
    settings.rememberChannel(QStringLiteral("p"), QStringLiteral(" private-user.1 "));
    settings.rememberChannel(QStringLiteral("p"), QStringLiteral("orders"));
    settings.rememberChannel(QStringLiteral("p"), QString());
    QCOMPARE(settings.recentChannels(QStringLiteral("p")),
             (QStringList {QStringLiteral("orders"), QStringLiteral("private-user.1")}));
    QVERIFY(settings.recentChannels(QStringLiteral("q")).isEmpty());
    for (int i = 0; i < 20; ++i)
        settings.rememberChannel(QStringLiteral("p"), QStringLiteral("c%1").arg(i));
    QCOMPARE(settings.recentChannels(QStringLiteral("p")).size(), MonitorSettings::MaxRecentValues);
    QCOMPARE(settings.recentChannels(QStringLiteral("p")).constFirst(), QStringLiteral("c19"));
}

void TestMonitorSettings::discoveredColumnsPerStream()
{
    MonitorSettings settings(freshSettings());
    settings.setDiscoveredColumns(QStringLiteral("private-a/b"), {QStringLiteral("event"), QStringLiteral("x")});
    QCOMPARE(settings.discoveredColumns(QStringLiteral("private-a/b")),
             (QStringList {QStringLiteral("event"), QStringLiteral("x")}));
    QVERIFY(settings.discoveredColumns(QStringLiteral("other")).isEmpty());
    settings.setDiscoveredColumns(QStringLiteral("private-a/b"), {});
    QVERIFY(settings.discoveredColumns(QStringLiteral("private-a/b")).isEmpty());
}

QTEST_MAIN(TestMonitorSettings)
#include "tst_monitorsettings.moc"
