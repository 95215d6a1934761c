// PresencePanel: its states (no subscription, not a presence channel, waiting), then the members
// of a presence channel on the in-process simulator in generic Pusher mode: our own user marked,
// a second connection joining and leaving, filtering, copying a member as JSON. Loopback only.

#include "presencemembermodel.h"
#include "presencepanel.h"
#include "simulatorconfig.h"
#include "simulatorserver.h"
#include "streamclient.h"

#include <QApplication>
#include <QClipboard>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace shuriken;

namespace {

constexpr int WaitMs = 15000;

PusherSettings settingsFor(const sim::SimulatorServer &server, const QString &userId)
{
    PusherSettings settings;
    settings.appKey = server.config().effectiveAppKey();
    settings.host = server.baseUrl().host();
    settings.wsPort = server.port();
    settings.tls = false;
    settings.appId = server.config().appId;
    settings.appSecret = server.config().appSecret; // presence channels signed here
    settings.userId = userId;
    settings.userInfo = QJsonObject {{QStringLiteral("name"), userId.toUpper()}};
    settings.httpApiUrl = server.baseUrl();
    return settings;
}

std::unique_ptr<StreamClient> directClient(QNetworkAccessManager *network, const PusherSettings &settings)
{
    auto client = std::make_unique<StreamClient>(network);
    StreamClient::Options options;
    options.pusher = settings;
    options.fallbackBackoffMs = {200, 400};
    options.jitterSeed = 3;
    client->setOptions(options);
    return client;
}

} // namespace

class TestPresencePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states()
    {
        PresencePanel panel;
        QCOMPARE(panel.state(), PresencePanel::State::NoSubscription);
        QVERIFY(!panel.placeholderText().isEmpty());
        QVERIFY(!panel.findChild<QLineEdit *>(QStringLiteral("presenceFilter"))->isEnabled());

        QNetworkAccessManager network;
        PusherSettings settings;
        settings.appKey = QStringLiteral("key");
        settings.host = QStringLiteral("127.0.0.1");
        auto client = directClient(&network, settings); // never connected: nothing leaves
        Subscription *news = client->subscribe(QStringLiteral("news"));
        panel.setSubscription(news);
        QCOMPARE(panel.state(), PresencePanel::State::NotPresence);
        QVERIFY(panel.placeholderText().contains(QLatin1String("news")));
        QCOMPARE(panel.headerText(), QStringLiteral("Not a presence channel"));

        Subscription *room = client->subscribe(QStringLiteral("presence-room"));
        panel.setSubscription(room);
        QCOMPARE(panel.state(), PresencePanel::State::Waiting);
        QCOMPARE(panel.headerText(), QStringLiteral("Waiting for subscription"));
        QVERIFY(panel.placeholderText().startsWith(QLatin1String("Waiting for the subscription")));

        // Unsubscribed: the panel lets go.
        client->unsubscribe(room);
        QCOMPARE(panel.state(), PresencePanel::State::NoSubscription);
        QVERIFY(!panel.subscription());
    }

    void membersOfAPresenceChannel()
    {
        sim::SimulatorConfig config;
        config.genericPusher = true;
        sim::SimulatorServer server(config);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QNetworkAccessManager network;
        const QString channel = QStringLiteral("presence-room");

        auto alice = directClient(&network, settingsFor(server, QStringLiteral("alice")));
        Subscription *subscription = alice->subscribe(channel);
        PresencePanel panel;
        panel.setSubscription(subscription);
        panel.show();
        QSignalSpy counts(&panel, &PresencePanel::memberCountChanged);
        alice->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(panel.state(), PresencePanel::State::Members, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->count(), 1, WaitMs);
        QCOMPARE(panel.headerText(), QStringLiteral("1 member(s)"));
        QCOMPARE(panel.model()->ownUserId(), QStringLiteral("alice"));
        QVERIFY(panel.model()->index(0, 0).data(PresenceMemberModel::IsOwnRole).toBool());
        QVERIFY(panel.view()->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

        // Bob joins on a second connection, then leaves: one row in, one row out.
        QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(panel.model(), &QAbstractItemModel::rowsRemoved);
        auto bob = directClient(&network, settingsFor(server, QStringLiteral("bob")));
        Subscription *bobs = bob->subscribe(channel);
        bob->connectToService();
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->count(), 2, WaitMs);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(panel.headerText(), QStringLiteral("2 member(s)"));
        const int bobRow = panel.model()->rowOf(QStringLiteral("bob"));
        QCOMPARE(bobRow, 1);
        QCOMPARE(panel.model()->index(bobRow, PresenceMemberModel::UserInfoColumn).data().toString(),
                 QStringLiteral("{\"name\":\"BOB\"}"));

        // Filtering by text: the header says how many are shown.
        panel.setFilterText(QStringLiteral("BOB"));
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        QCOMPARE(panel.headerText(), QStringLiteral("2 member(s), 1 shown"));

        // Copying the member as JSON (Ctrl+C on the list).
        panel.view()->setFocus();
        panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0));
        QTest::keySequence(panel.view(), QKeySequence::Copy);
        const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied.value(QStringLiteral("user_id")).toString(), QStringLiteral("bob"));
        QCOMPARE(copied.value(QStringLiteral("user_info")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("BOB"));
        panel.setFilterText(QString());
        QCOMPARE(panel.headerText(), QStringLiteral("2 member(s)"));

        bob->unsubscribe(bobs);
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->count(), 1, WaitMs);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(counts.last().at(0).toInt(), 1);

        alice->disconnectFromService();
        bob->disconnectFromService();
    }
};

QTEST_MAIN(TestPresencePanel)
#include "tst_presencepanel.moc"
